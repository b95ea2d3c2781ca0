# The tutorial docs/your-own-provider.md, followed as a reader would, run as
#   cmake -DDOC=<docs/your-own-provider.md> -DCALLMAP_BINARY_DIR=<build> -DWORK_DIR=<scratch>
#         -DCXX_COMPILER=<c++> [-DINSTALL_CMAKEDIR=share/cmake/callmap] -P tutorial.cmake
#
# Installs callmap (CALLMAP_BINARY_DIR) into WORK_DIR/prefix, then performs the page's steps in
# order in WORK_DIR/project. A step is a fenced block right after a marker line:
#   <!-- tutorial: file PATH -->    the block is the whole content of PATH
#   <!-- tutorial: append PATH -->  the block is added at the end of PATH
#   <!-- tutorial: run -->          the block runs with `sh -e` (CMAKE_PREFIX_PATH = the
#                                   prefix, its bin/ first in PATH) and must exit 0
#   <!-- tutorial: output -->       the block is exactly what the last run printed on stdout
# The test fails if the page has no run step, so the tutorial cannot silently stop being one.
cmake_minimum_required(VERSION 3.23)

foreach(var DOC CALLMAP_BINARY_DIR WORK_DIR CXX_COMPILER)
    if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
        message(FATAL_ERROR "tutorial.cmake: -D${var}=... is required")
    endif()
endforeach()
if(NOT INSTALL_CMAKEDIR)
    set(INSTALL_CMAKEDIR share/cmake/callmap)
endif()

file(REMOVE_RECURSE "${WORK_DIR}")
set(prefix "${WORK_DIR}/prefix")
set(project "${WORK_DIR}/project")
file(MAKE_DIRECTORY "${project}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${CALLMAP_BINARY_DIR}" --prefix "${prefix}"
    RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "tutorial: cmake --install failed (${result})")
endif()
set(ENV{CMAKE_PREFIX_PATH} "${prefix}")
set(ENV{PATH} "${prefix}/bin:$ENV{PATH}")  # callmap-gen, as an install to /usr/local gives it
set(ENV{CXX} "${CXX_COMPILER}")
set(ENV{CMAKE_GENERATOR} "Unix Makefiles")

file(READ "${DOC}" text)
string(REPLACE "\r\n" "\n" text "${text}")
set(marker_open "<!-- tutorial: ")
set(runs 0)
set(last_output "")
set(last_command "")
while(TRUE)
    string(FIND "${text}" "${marker_open}" at)
    if(at EQUAL -1)
        break()
    endif()
    string(LENGTH "${marker_open}" skip)
    math(EXPR at "${at} + ${skip}")
    string(SUBSTRING "${text}" ${at} -1 text)
    string(FIND "${text}" " -->" end)
    string(SUBSTRING "${text}" 0 ${end} step)
    # the fenced block that follows: from the line after "```<info>" to the closing "\n```"
    string(FIND "${text}" "\n```" fence)
    if(fence EQUAL -1)
        message(FATAL_ERROR "tutorial: the step '${step}' has no fenced block after it")
    endif()
    math(EXPR fence "${fence} + 4")
    string(SUBSTRING "${text}" ${fence} -1 text)
    string(FIND "${text}" "\n" body_start)
    math(EXPR body_start "${body_start} + 1")
    string(SUBSTRING "${text}" ${body_start} -1 text)
    string(FIND "${text}" "\n```" close)
    if(close EQUAL -1)
        message(FATAL_ERROR "tutorial: the block of '${step}' is not closed")
    endif()
    math(EXPR close "${close} + 1")  # the body keeps its last newline
    string(SUBSTRING "${text}" 0 ${close} body)
    string(SUBSTRING "${text}" ${close} -1 text)

    if(step MATCHES "^file (.+)$")
        file(WRITE "${project}/${CMAKE_MATCH_1}" "${body}")
    elseif(step MATCHES "^append (.+)$")
        file(APPEND "${project}/${CMAKE_MATCH_1}" "\n${body}")
    elseif(step STREQUAL "run")
        message(STATUS "tutorial: ${body}")
        execute_process(COMMAND sh -e -c "${body}" WORKING_DIRECTORY "${project}"
            RESULT_VARIABLE result OUTPUT_VARIABLE last_output ERROR_VARIABLE errors)
        if(NOT result EQUAL 0)
            message(FATAL_ERROR "tutorial: failed (${result}):\n${body}\nstdout:\n${last_output}\n"
                "stderr:\n${errors}")
        endif()
        set(last_command "${body}")
        math(EXPR runs "${runs} + 1")
    elseif(step STREQUAL "output")
        if(NOT last_output STREQUAL body)
            message(FATAL_ERROR "tutorial: the page says\n${last_command}\nprints\n${body}\n"
                "but it printed\n${last_output}")
        endif()
    else()
        message(FATAL_ERROR "tutorial: unknown step '${step}'")
    endif()
endwhile()
if(runs EQUAL 0)
    message(FATAL_ERROR "tutorial: ${DOC} has no run step")
endif()
message(STATUS "tutorial: ${runs} commands ran as the page says")
