// The built-in providers' parsers and mappings, compiled once for the tests that link
// callmap_test_builtin (tests/CMakeLists.txt): compiled mode, callmap/config.hpp.
#include "callmap/src.hpp"
