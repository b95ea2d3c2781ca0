# Compile-failure check, run as
#   cmake -DTOOLCHAIN_FILE=<callmap_test_toolchain.cmake> -DSOURCE=<file.cpp> -P check.cmake
#
# SOURCE states the errors it expects, one comment line each:
#   // EXPECT-ERROR: <text>           for every compiler
#   // EXPECT-ERROR(gcc): <text>      only when compiling with GCC
#   // EXPECT-ERROR(clang): <text>    only when compiling with Clang
# The check passes only if compiling SOURCE fails AND the diagnostics contain every
# applicable <text>, so a file that fails for an unrelated reason (a typo, a missing
# include) fails the check. Diagnostics are taken in the C locale (ASCII quotes), without
# colors or echoed source lines, and with SOURCE's path replaced by "<source>".
# If SOURCE mentions CALLMAP_COMPILE_FAIL_CONTROL, it is also compiled with
# -DCALLMAP_COMPILE_FAIL_CONTROL=1, which must succeed: the control shows the same code
# compiles once the misuse is taken out.
cmake_minimum_required(VERSION 3.23)

foreach(var TOOLCHAIN_FILE SOURCE)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "check.cmake: -D${var}=... is required")
    endif()
endforeach()
include("${TOOLCHAIN_FILE}")

if(CALLMAP_CXX_COMPILER_ID STREQUAL "GNU")
    set(compiler_tag gcc)
    set(diagnostic_flags -fno-diagnostics-show-caret -fdiagnostics-color=never)
elseif(CALLMAP_CXX_COMPILER_ID MATCHES "Clang")
    set(compiler_tag clang)
    set(diagnostic_flags -fno-caret-diagnostics -fno-color-diagnostics)
else()
    message(FATAL_ERROR "check.cmake supports GCC and Clang, not ${CALLMAP_CXX_COMPILER_ID}")
endif()

file(STRINGS "${SOURCE}" expect_lines REGEX "//[ \t]*EXPECT-ERROR(\\([a-z]+\\))?:")
if(NOT expect_lines)
    message(FATAL_ERROR "${SOURCE}: no `// EXPECT-ERROR: <text>` comment; "
        "every compile-failure test must say which error it expects")
endif()
set(expected "")
foreach(line IN LISTS expect_lines)
    string(REGEX MATCH "//[ \t]*EXPECT-ERROR(\\(([a-z]+)\\))?:[ \t]*(.*)$" _ "${line}")
    set(tag "${CMAKE_MATCH_2}")
    string(STRIP "${CMAKE_MATCH_3}" text)
    if(NOT tag STREQUAL "" AND NOT tag MATCHES "^(gcc|clang)$")
        message(FATAL_ERROR "${SOURCE}: unknown compiler `${tag}` in: ${line}")
    endif()
    if(text STREQUAL "")
        message(FATAL_ERROR "${SOURCE}: empty expectation in: ${line}")
    endif()
    if(tag STREQUAL "" OR tag STREQUAL compiler_tag)
        list(APPEND expected "${text}")
    endif()
endforeach()
if(NOT expected)
    message(FATAL_ERROR "${SOURCE}: no EXPECT-ERROR line applies to ${compiler_tag}")
endif()

set(include_flags ${CALLMAP_INCLUDE_FLAGS})
set(compile "${CMAKE_COMMAND}" -E env LC_ALL=C LANG=C
    ${CALLMAP_CXX} ${CALLMAP_CXX_STD_FLAG} -fsyntax-only ${diagnostic_flags} ${include_flags})

execute_process(
    COMMAND ${compile} "${SOURCE}"
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
string(REPLACE "${SOURCE}" "<source>" output "${output}")
list(JOIN compile " " compile_line)
if(result EQUAL 0)
    message(FATAL_ERROR "${SOURCE} compiled, but it must not.\n  ${compile_line} ${SOURCE}")
endif()
foreach(text IN LISTS expected)
    string(FIND "${output}" "${text}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${SOURCE} failed to compile, but not with the expected error\n"
            "  expected text: ${text}\n  ${compile_line} ${SOURCE}\n"
            "--- compiler output ---\n${output}")
    endif()
endforeach()
message(STATUS "${SOURCE}: fails to compile as expected (${expected})")

file(READ "${SOURCE}" content)
string(FIND "${content}" "CALLMAP_COMPILE_FAIL_CONTROL" uses_control)
if(NOT uses_control EQUAL -1)
    execute_process(
        COMMAND ${compile} -DCALLMAP_COMPILE_FAIL_CONTROL=1 "${SOURCE}"
        RESULT_VARIABLE result
        OUTPUT_VARIABLE output
        ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${SOURCE}: the control build (-DCALLMAP_COMPILE_FAIL_CONTROL) "
            "must compile but did not\n  ${compile_line} -DCALLMAP_COMPILE_FAIL_CONTROL=1 "
            "${SOURCE}\n--- compiler output ---\n${output}")
    endif()
    message(STATUS "${SOURCE}: control build compiles")
endif()
