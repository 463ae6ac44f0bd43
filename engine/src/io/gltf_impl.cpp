// tinygltf's implementation, compiled once (it is a header-only library). The configuration lives
// in tinygltf.hpp so that this file and its users agree on it.
#define TINYGLTF_IMPLEMENTATION
#include "io/tinygltf.hpp"
