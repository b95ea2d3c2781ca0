# The Boost minimum callmap states is the real one, run as
#   cmake -DSOURCE_DIR=<callmap> -P boost_api.cmake
# Every Boost header, macro and name the headers under include/ use (generated providers too)
# must be listed in boost_api.txt with the release it first shipped in, and the newest of those
# releases must be exactly CALLMAP_BOOST_MIN_VERSION (include/callmap/version.hpp), which
# CMakeLists.txt passes to find_package(Boost) and README.md states: a newer Boost API cannot be
# used without raising the minimum, and the minimum cannot claim more than the code needs.
cmake_minimum_required(VERSION 3.23)
if(NOT DEFINED SOURCE_DIR)
    message(FATAL_ERROR "boost_api.cmake: -DSOURCE_DIR=... is required")
endif()

# the stated minimum, as "major.minor", read as CMakeLists.txt reads it
include("${SOURCE_DIR}/cmake/callmap_boost_minimum.cmake")
callmap_boost_minimum(minimum "${SOURCE_DIR}")

# the table
file(STRINGS "${CMAKE_CURRENT_LIST_DIR}/boost_api.txt" rows REGEX "^[^#]")
set(known "")
foreach(row IN LISTS rows)
    if(NOT row MATCHES "^([^ ]+) ([0-9]+\\.[0-9]+)$")
        message(FATAL_ERROR "boost_api.txt: not `<name> <release>`: ${row}")
    endif()
    list(APPEND known "${CMAKE_MATCH_1}")
    set("since_${CMAKE_MATCH_1}" "${CMAKE_MATCH_2}")
endforeach()

# what the headers use
file(GLOB_RECURSE headers "${SOURCE_DIR}/include/*.hpp")
set(used "")
foreach(header IN LISTS headers)
    file(READ "${header}" text)
    string(REGEX MATCHALL "#include <boost/[^>]+>|BOOST_DESCRIBE_[A-Z_]+|boost::(describe|mp11)::[A-Za-z_0-9]+"
        found "${text}")
    foreach(name IN LISTS found)
        string(REGEX REPLACE "^#include " "" name "${name}")
        if(NOT name IN_LIST used)
            list(APPEND used "${name}")
        endif()
        if(NOT name IN_LIST known)
            file(RELATIVE_PATH where "${SOURCE_DIR}" "${header}")
            message(SEND_ERROR "${where} uses ${name}, which tests/packaging/boost_api.txt "
                "does not list: add it with the Boost release it first shipped in")
        endif()
    endforeach()
endforeach()
list(LENGTH used count)
if(count EQUAL 0)
    message(FATAL_ERROR "found no Boost use under ${SOURCE_DIR}/include: the scan is broken")
endif()

# the newest release among them is the stated minimum
set(newest "0.0")
set(newest_names "")
foreach(name IN LISTS used)
    if(NOT DEFINED "since_${name}")
        continue()
    endif()
    if(since_${name} VERSION_GREATER newest)
        set(newest "${since_${name}}")
        set(newest_names "${name}")
    elseif(since_${name} VERSION_EQUAL newest)
        list(APPEND newest_names "${name}")
    endif()
endforeach()
if(NOT newest VERSION_EQUAL minimum)
    message(FATAL_ERROR "callmap states Boost >= ${minimum} (CALLMAP_BOOST_MIN_VERSION), but the "
        "newest Boost API its headers use is from ${newest} (${newest_names})")
endif()

# README.md states the same minimum
file(READ "${SOURCE_DIR}/README.md" readme)
string(FIND "${readme}" "Boost ≥ ${minimum} " at)
if(at EQUAL -1)
    message(FATAL_ERROR "README.md does not state `Boost ≥ ${minimum} `")
endif()
string(REGEX MATCHALL "Boost ≥ [0-9]+\\.[0-9]+" stated "${readme}")
foreach(s IN LISTS stated)
    if(NOT s STREQUAL "Boost ≥ ${minimum}")
        message(FATAL_ERROR "README.md states `${s}`, but the minimum is ${minimum}")
    endif()
endforeach()
message(STATUS "Boost >= ${minimum}: ${count} Boost names used, the newest from ${minimum} "
    "(${newest_names})")
