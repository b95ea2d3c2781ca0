// The built-in providers' parsers and mappings, compiled once. In a program that defines
// CALLMAP_SEPARATE_COMPILATION (callmap/config.hpp), exactly one .cpp file includes this header,
// before any other header of callmap. callmap_add_providers(... COMPILED) builds that file for
// you (the library callmap_builtin_compiled).
#pragma once

#if !defined(CALLMAP_SEPARATE_COMPILATION)
#error "callmap/src.hpp is only for programs that define CALLMAP_SEPARATE_COMPILATION"
#endif
#if defined(CALLMAP_CODEGEN_VERSION)
#error "callmap/src.hpp must come before every other header of callmap in its file"
#endif

#define CALLMAP_SOURCE
#include "callmap/providers/registry.hpp"
