// callmap version, and the oldest Boost it compiles with. Generated provider headers check the
// version at compile time so that a header generated for one runtime is never compiled against
// another.
#pragma once

#include <boost/version.hpp>

#define CALLMAP_VERSION_MAJOR 0
#define CALLMAP_VERSION_MINOR 1
#define CALLMAP_VERSION_PATCH 0
#define CALLMAP_VERSION                                                                            \
    (CALLMAP_VERSION_MAJOR * 10000 + CALLMAP_VERSION_MINOR * 100 + CALLMAP_VERSION_PATCH)

// The contract between generated provider headers and this runtime; a generated header refuses
// to compile against a runtime with another value (regenerate it with callmap-gen).
#define CALLMAP_CODEGEN_VERSION 2

// The oldest Boost callmap compiles with (BOOST_VERSION's encoding: 107800 is 1.78.0): the
// reflection path uses Boost.Describe's has_describe_members / has_describe_enumerators, new in
// 1.78. CMakeLists.txt reads this number for find_package(Boost); the packaging test
// packaging_boost_api checks every Boost name callmap uses against it.
#define CALLMAP_BOOST_MIN_VERSION 107800
#if BOOST_VERSION < CALLMAP_BOOST_MIN_VERSION
#error                                                                                             \
    "callmap needs Boost 1.78 or newer (Boost.Describe's has_describe_members); this Boost is older"
#endif
