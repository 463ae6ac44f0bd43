#pragma once
// Result<T>: a value or an Error for the people reading it. Every loader and every fallible
// operation at a boundary (files, GL compilation, context creation) returns one; nothing throws
// across the engine's public API.
//
//   myo::Result<myo::Image> image = myo::readPng("figure.png");
//   if (!image) { std::cerr << image.error().message << '\n'; return cli::exitCodeFor(image.error()); }
//   use(*image);

#include <string>
#include <utility>
#include <variant>

namespace myo {

// Whose fault a failure is, which decides the exit code of a command (app/cli/exit_code.hpp).
enum class ErrorKind {
  BadInput,  // a file, an option or an id the user gave: they can mend it
  Failure,   // the program's own (no GL context, a shader that does not link, a page cairo cannot lay out)
};

struct Error {
  std::string message;  // complete and self-contained: names the file and the problem
  ErrorKind kind = ErrorKind::BadInput;
};

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}        // NOLINT(google-explicit-constructor)
  Result(Error error) : state_(std::move(error)) {}    // NOLINT(google-explicit-constructor)

  explicit operator bool() const { return state_.index() == 0; }
  bool ok() const { return state_.index() == 0; }

  T& value() & { return std::get<0>(state_); }
  const T& value() const& { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  const Error& error() const { return std::get<1>(state_); }

 private:
  std::variant<T, Error> state_;
};

// The result of an operation that yields nothing but can fail.
class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(Error error) : error_(std::move(error)), failed_(true) {}  // NOLINT
  explicit operator bool() const { return !failed_; }
  bool ok() const { return !failed_; }
  const Error& error() const { return error_; }

 private:
  Error error_;
  bool failed_ = false;
};

}  // namespace myo
