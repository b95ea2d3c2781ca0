// How the generated providers are compiled. Header-only is the default: a provider header
// holds its parsers and mapping as inline functions, compiled in every translation unit that
// uses them. Compiled mode is for big programs: define CALLMAP_SEPARATE_COMPILATION in the
// whole program, and the headers only declare them; they are then compiled once, in a
// translation unit that defines CALLMAP_SOURCE before it includes the headers
// (<callmap/src.hpp> for the built-in providers; callmap_add_providers(... COMPILED) writes
// one per spec of yours).
#pragma once

#if defined(CALLMAP_SEPARATE_COMPILATION)
#define CALLMAP_PROVIDER_INLINE
#else
#define CALLMAP_PROVIDER_INLINE inline
#endif
