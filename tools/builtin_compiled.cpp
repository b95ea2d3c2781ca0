// The built-in providers' parsers and mappings, compiled once (compiled mode,
// callmap/config.hpp) for the `callmap` tool and the tests that link callmap_own_builtin
// (tools/CMakeLists.txt).
#include "callmap/src.hpp"
