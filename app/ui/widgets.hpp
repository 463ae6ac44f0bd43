#pragma once
// Small ImGui building blocks the panels share: wrapped labelled values, bullet and numbered
// lists, links to other muscles, and recording where a widget is for the state dump.

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "app_state.hpp"

namespace myo::ui {

// Remembers the last item's screen rectangle under `name` (AppState::widgets).
void recordLastItem(AppState& state, const std::string& name);

void labelledText(const char* label, const std::string& value);  // "Origin: ..." wrapped
void bulletList(const std::vector<std::string>& items);
void numberedSteps(const std::vector<std::string>& steps);
void subheading(const char* text);  // a coloured line of text that starts a group

// Text drawn as a link; true when clicked.
bool textLink(const std::string& label, const void* id);

// Before a button of this label after the first of a row: on the same line when it fits, else
// on the next. besidesText: what the widget adds to its label's width (a radio's circle).
void sameLineIfItFits(const char* nextLabel, float besidesText = 0.0f);

// ImGui's check box and radio button, their label wrapped beside them when it is wider than the
// room left (ImGui would let the column's edge cut it); clicking the wrapped label works as
// clicking the box. True when the value changed.
bool checkbox(const char* label, bool* value);
bool radioButton(const char* label, int* value, int button);

// A selectable line (a row of a list) whose text wraps when it is wider than the room left; true
// when clicked.
bool wrappedSelectable(const std::string& label, bool selected);

// Radio buttons on one line; true when the choice changed.
bool radioRow(std::initializer_list<const char*> labels, int& value);

// A multi-line text field that shows `placeholder` while it is empty and not being edited
// (ImGui 1.86 has no hint for multi-line fields); true when the text changed.
bool multilineField(const char* id, std::string& text, float lines, const char* placeholder);

// A muted hint below a control.
void hint(const std::string& text);

}  // namespace myo::ui
