// callmap version. Generated provider headers check this at compile time so that a header
// generated for one runtime is never compiled against another.
#pragma once

#define CALLMAP_VERSION_MAJOR 0
#define CALLMAP_VERSION_MINOR 1
#define CALLMAP_VERSION_PATCH 0
#define CALLMAP_VERSION                                                                            \
    (CALLMAP_VERSION_MAJOR * 10000 + CALLMAP_VERSION_MINOR * 100 + CALLMAP_VERSION_PATCH)

// The contract between generated provider headers and this runtime; a generated header refuses
// to compile against a runtime with another value (regenerate it with callmap-gen).
#define CALLMAP_CODEGEN_VERSION 1
