// The golden generated provider (tests/codegen/golden/mapped.hpp) compiled once, for a test in
// compiled mode (callmap_own_builtin, tools/CMakeLists.txt) that uses it beside the built-in
// providers.
#define CALLMAP_SOURCE
#include "codegen/golden/mapped.hpp"
