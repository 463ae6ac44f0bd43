# CMake glue only: every library comes from a Debian package (scripts/packages.txt).
# Each block turns one system package into an imported target the rest of the build links.
find_package(PkgConfig REQUIRED)
find_package(OpenGL REQUIRED COMPONENTS EGL)

pkg_check_modules(EPOXY REQUIRED IMPORTED_TARGET epoxy)
add_library(myo::epoxy ALIAS PkgConfig::EPOXY)

pkg_check_modules(GLFW REQUIRED IMPORTED_TARGET glfw3)
add_library(myo::glfw ALIAS PkgConfig::GLFW)

# libstb-dev ships a compiled libstb, so no translation unit of ours defines STB_*_IMPLEMENTATION.
pkg_check_modules(STB REQUIRED IMPORTED_TARGET stb)
add_library(myo::stb ALIAS PkgConfig::STB)

find_package(nlohmann_json 3.10 REQUIRED)
add_library(myo::json ALIAS nlohmann_json::nlohmann_json)

# tinygltf is header-only; engine/src/io/gltf_impl.cpp holds its implementation.
add_library(myo_tinygltf INTERFACE)
target_link_libraries(myo_tinygltf INTERFACE myo::json myo::stb)
add_library(myo::tinygltf ALIAS myo_tinygltf)

find_package(assimp REQUIRED)
add_library(myo::assimp ALIAS assimp::assimp)

# Debian's libimgui.a already contains the GLFW and OpenGL3 backends.
find_library(IMGUI_LIBRARY NAMES libimgui.a imgui REQUIRED)
find_path(IMGUI_INCLUDE_DIR imgui.h PATH_SUFFIXES imgui REQUIRED)
add_library(myo_imgui STATIC IMPORTED)
set_target_properties(myo_imgui PROPERTIES
  IMPORTED_LOCATION "${IMGUI_LIBRARY}"
  INTERFACE_INCLUDE_DIRECTORIES "${IMGUI_INCLUDE_DIR};${IMGUI_INCLUDE_DIR}/backends"
  INTERFACE_LINK_LIBRARIES "PkgConfig::GLFW;PkgConfig::STB;OpenGL::GL;${CMAKE_DL_LIBS}")
add_library(myo::imgui ALIAS myo_imgui)

find_package(meshoptimizer REQUIRED)
add_library(myo::meshoptimizer ALIAS meshoptimizer::meshoptimizer)

# The client handout page (PDF and PNG) is composed with cairo.
pkg_check_modules(CAIRO REQUIRED IMPORTED_TARGET cairo)
add_library(myo::cairo ALIAS PkgConfig::CAIRO)

find_package(CLI11 REQUIRED)
add_library(myo::cli11 ALIAS CLI11::CLI11)

find_package(GTest REQUIRED)
