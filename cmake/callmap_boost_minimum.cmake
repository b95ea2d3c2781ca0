# callmap_boost_minimum(<out-var> <source-dir>): the oldest Boost callmap compiles with, as
# "major.minor", read from CALLMAP_BOOST_MIN_VERSION in include/callmap/version.hpp (the one
# place it is stated, in BOOST_VERSION's encoding: 107800 is 1.78). Used by CMakeLists.txt for
# find_package(Boost) and by tests/packaging/boost_api.cmake.
function(callmap_boost_minimum out_var source_dir)
    file(STRINGS "${source_dir}/include/callmap/version.hpp" line
        REGEX "^#define CALLMAP_BOOST_MIN_VERSION [0-9]+$")
    if(NOT line)
        message(FATAL_ERROR "include/callmap/version.hpp defines no CALLMAP_BOOST_MIN_VERSION")
    endif()
    string(REGEX REPLACE ".* ([0-9]+)$" "\\1" encoded "${line}")
    math(EXPR major "${encoded} / 100000")
    math(EXPR minor "${encoded} / 100 % 1000")
    set(${out_var} "${major}.${minor}" PARENT_SCOPE)
endfunction()
