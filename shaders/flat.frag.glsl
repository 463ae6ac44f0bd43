#version 330 core
uniform vec4 u_color;  // display-encoded
out vec4 outColor;
void main() { outColor = u_color; }
