# README snippet test, run as
#   cmake -DTOOLCHAIN_FILE=<callmap_test_toolchain.cmake> -DREADME=<README.md>
#         -DWORK_DIR=<scratch dir> [-DRUN_DIR=<dir>] -P extract.cmake
#
# Every fenced block opened with ```cpp (or ```c++) that contains `int main` is written to
# WORK_DIR/snippet_<n>.cpp (with a #line directive pointing back at README.md), compiled,
# linked and run with the build's compiler, flags, warnings and sanitizers; each must exit 0.
# Programs run in RUN_DIR (the source tree), so they may open e.g. samples/zudu.json.
# The test fails if README.md has no such block: the quick start must stay a real program.
cmake_minimum_required(VERSION 3.23)

foreach(var TOOLCHAIN_FILE README WORK_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "extract.cmake: -D${var}=... is required")
    endif()
endforeach()
if(NOT DEFINED RUN_DIR)
    set(RUN_DIR "${WORK_DIR}")
endif()
include("${TOOLCHAIN_FILE}")
if(NOT EXISTS "${README}")
    message(FATAL_ERROR "${README} does not exist")
endif()

file(READ "${README}" content)
string(REPLACE "\r\n" "\n" content "${content}")
# A leading newline lets a fence on the first line be found like every other one.
set(text "\n${content}")

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

set(include_flags ${CALLMAP_INCLUDE_FLAGS})

set(count 0)
set(pos 0)
while(TRUE)
    # Opening fence: "```<info>" at the start of a line.
    string(SUBSTRING "${text}" ${pos} -1 tail)
    string(FIND "${tail}" "\n```" rel)
    if(rel EQUAL -1)
        break()
    endif()
    math(EXPR info_start "${pos} + ${rel} + 4")
    string(SUBSTRING "${text}" ${info_start} -1 tail)
    string(FIND "${tail}" "\n" rel)
    if(rel EQUAL -1)
        break()
    endif()
    string(SUBSTRING "${tail}" 0 ${rel} info)
    string(STRIP "${info}" info)
    math(EXPR newline_before_body "${info_start} + ${rel}")
    math(EXPR body_start "${newline_before_body} + 1")

    # Closing fence: the next "```" at the start of a line.
    string(SUBSTRING "${text}" ${newline_before_body} -1 tail)
    string(FIND "${tail}" "\n```" rel)
    string(SUBSTRING "${text}" 0 ${info_start} before)
    string(REGEX MATCHALL "\n" newlines "${before}")
    list(LENGTH newlines fence_line)
    if(rel EQUAL -1)
        message(FATAL_ERROR "${README}:${fence_line}: unterminated ``` block")
    endif()
    math(EXPR close "${newline_before_body} + ${rel}")
    math(EXPR body_length "${close} + 1 - ${body_start}")
    string(SUBSTRING "${text}" ${body_start} ${body_length} body)
    math(EXPR pos "${close} + 1")

    if(NOT info MATCHES "^(cpp|c\\+\\+)([ \t{].*)?$")
        continue()
    endif()
    string(FIND "${body}" "int main" has_main)
    if(has_main EQUAL -1)
        continue()
    endif()

    math(EXPR count "${count} + 1")
    math(EXPR first_line "${fence_line} + 1")
    set(where "${README}:${first_line}")
    set(source "${WORK_DIR}/snippet_${count}.cpp")
    set(program "${WORK_DIR}/snippet_${count}")
    file(WRITE "${source}" "#line ${first_line} \"${README}\"\n${body}")

    set(compile ${CALLMAP_CXX} ${CALLMAP_CXX_STD_FLAG} ${CALLMAP_CXX_FLAGS}
        ${CALLMAP_WARNING_FLAGS} ${CALLMAP_SANITIZER_FLAGS} ${include_flags}
        "${source}" -o "${program}")
    list(JOIN compile " " compile_line)
    message(STATUS "snippet ${count} (${where}): compiling")
    execute_process(COMMAND ${compile}
        WORKING_DIRECTORY "${WORK_DIR}"
        RESULT_VARIABLE result
        OUTPUT_VARIABLE output
        ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "README snippet at ${where} does not compile\n  ${compile_line}\n"
            "--- compiler output ---\n${output}")
    endif()

    message(STATUS "snippet ${count} (${where}): running in ${RUN_DIR}")
    execute_process(COMMAND "${program}"
        WORKING_DIRECTORY "${RUN_DIR}"
        TIMEOUT 120
        RESULT_VARIABLE result
        OUTPUT_VARIABLE output
        ERROR_VARIABLE output)
    if(NOT output STREQUAL "")
        message(STATUS "snippet ${count} output:\n${output}")
    endif()
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "README snippet at ${where} exited with ${result}")
    endif()
endwhile()

if(count EQUAL 0)
    message(FATAL_ERROR "${README} has no ```cpp block with `int main`; "
        "the quick start must be a complete program (it is compiled and run by this test)")
endif()
message(STATUS "${count} README snippet(s) compiled and ran")
