# Builds and runs a consumer project, run as
#   cmake -DMODE=installed|subdirectory|fetchcontent -DCALLMAP_SOURCE_DIR=... -DCALLMAP_BINARY_DIR=...
#         -DWORK_DIR=... -DGENERATOR=... -DCXX_COMPILER=... [-DMAKE_PROGRAM=...]
#         [-DBUILD_TYPE=...] [-DBoost_DIR=...] [-DINSTALL_CMAKEDIR=share/cmake/callmap]
#         -P run.cmake
# installed:    `cmake --install` CALLMAP_BINARY_DIR into WORK_DIR/prefix, then build
#               tests/consumer/installed against that prefix with find_package(callmap).
# subdirectory: build tests/consumer/subdirectory, which add_subdirectory()s the sources.
# fetchcontent: build tests/consumer/fetchcontent, which FetchContent()s them from their path.
# Each builds tests/consumer/project.cmake: its own provider (acme) and corrected zudu in the
# registry myco::providers, the callmap tool over it (acme_callmap), and a staleness test of
# checked-in headers; then the vendor changes its API (specs/v2/acme.yaml) and the test
# checks that one rebuild reads the new payloads.
cmake_minimum_required(VERSION 3.23)

foreach(var MODE CALLMAP_SOURCE_DIR CALLMAP_BINARY_DIR WORK_DIR GENERATOR CXX_COMPILER)
    if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
        message(FATAL_ERROR "run.cmake: -D${var}=... is required")
    endif()
endforeach()
if(NOT MODE MATCHES "^(installed|subdirectory|fetchcontent)$")
    message(FATAL_ERROR "run.cmake: MODE must be installed, subdirectory or fetchcontent, not "
        "${MODE}")
endif()

function(run)
    list(JOIN ARGN " " line)
    message(STATUS "consumer_${MODE}: ${line}")
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "consumer_${MODE}: failed (${result}): ${line}")
    endif()
endfunction()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(build_dir "${WORK_DIR}/build")
set(prefix "${WORK_DIR}/prefix")
if(NOT INSTALL_CMAKEDIR)
    set(INSTALL_CMAKEDIR share/cmake/callmap)
endif()

set(configure_args
    -G "${GENERATOR}"
    "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}"
    -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF)
if(MAKE_PROGRAM)
    list(APPEND configure_args "-DCMAKE_MAKE_PROGRAM=${MAKE_PROGRAM}")
endif()
if(BUILD_TYPE)
    list(APPEND configure_args "-DCMAKE_BUILD_TYPE=${BUILD_TYPE}")
endif()
if(Boost_DIR)
    list(APPEND configure_args "-DBoost_DIR=${Boost_DIR}")
endif()

if(MODE STREQUAL "installed")
    run("${CMAKE_COMMAND}" --install "${CALLMAP_BINARY_DIR}" --prefix "${prefix}")
    foreach(file
            include/callmap/callmap.hpp
            ${INSTALL_CMAKEDIR}/callmapConfig.cmake
            ${INSTALL_CMAKEDIR}/callmapConfigVersion.cmake
            ${INSTALL_CMAKEDIR}/callmapTargets.cmake
            ${INSTALL_CMAKEDIR}/callmapGenTargets.cmake
            ${INSTALL_CMAKEDIR}/callmap_add_providers.cmake
            ${INSTALL_CMAKEDIR}/callmap_add_cli.cmake
            ${INSTALL_CMAKEDIR}/cli/tool.hpp
            ${INSTALL_CMAKEDIR}/tables/retell_end_reasons.yaml)
        if(NOT EXISTS "${prefix}/${file}")
            message(FATAL_ERROR "consumer_installed: the install lacks ${file}")
        endif()
    endforeach()
    list(APPEND configure_args "-DCMAKE_PREFIX_PATH=${prefix}")
else()
    list(APPEND configure_args "-DCALLMAP_SOURCE_DIR=${CALLMAP_SOURCE_DIR}")
endif()

# compiled mode (COMPILED) is built and checked in one way in only: its CMake is the same
set(tools acme_callmap)
if(MODE STREQUAL "subdirectory")
    list(APPEND configure_args -DCONSUMER_COMPILED=ON)
    list(APPEND tools acme_callmap_compiled)
endif()

# the consumer's sources are a copy, so that the test can change its spec tables
file(COPY "${CALLMAP_SOURCE_DIR}/tests/consumer/" DESTINATION "${WORK_DIR}/src")
run("${CMAKE_COMMAND}" -S "${WORK_DIR}/src/${MODE}" -B "${build_dir}" ${configure_args})
if(MODE STREQUAL "installed")
    # The package must come from this prefix, not from a copy installed on the machine.
    file(STRINGS "${build_dir}/CMakeCache.txt" found_dir REGEX "^callmap_DIR:")
    string(REGEX REPLACE "^[^=]*=" "" found_dir "${found_dir}")
    file(REAL_PATH "${prefix}/${INSTALL_CMAKEDIR}" expected_dir)
    if(EXISTS "${found_dir}")
        file(REAL_PATH "${found_dir}" found_dir)
    endif()
    if(NOT found_dir STREQUAL expected_dir)
        message(FATAL_ERROR "consumer_installed: found callmap in '${found_dir}', "
            "expected '${expected_dir}'")
    endif()
endif()
run("${CMAKE_COMMAND}" --build "${build_dir}")
run("${build_dir}/consumer")
run("${build_dir}/consumer_acme")
# the generated headers live in the consumer's build tree, never in a source tree
set(root "${build_dir}/callmap_providers/consumer_acme")
foreach(file callmap/providers/acme.hpp myco/providers/zudu.hpp myco/providers.hpp)
    if(NOT EXISTS "${root}/${file}")
        message(FATAL_ERROR "consumer_${MODE}: ${file} is not in the build tree")
    endif()
endforeach()
if(EXISTS "${CALLMAP_SOURCE_DIR}/include/callmap/providers/acme.hpp")
    message(FATAL_ERROR "consumer_${MODE}: callmap-gen wrote into callmap's source tree")
endif()

# Runs the consumer's tool, header-only and compiled; expects exit status `status` and exactly
# `expected` on stdout from both.
function(expect_tool status expected)
    list(JOIN ARGN " " line)
    foreach(tool IN LISTS tools)
        execute_process(COMMAND "${build_dir}/${tool}" ${ARGN} WORKING_DIRECTORY "${WORK_DIR}/src"
            RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
        if(NOT result EQUAL status OR NOT out STREQUAL expected)
            message(FATAL_ERROR "consumer_${MODE}: ${tool} ${line}: exit ${result} (expected "
                "${status})\nstdout:\n${out}\nexpected:\n${expected}\nstderr:\n${err}")
        endif()
    endforeach()
    set(tool_stderr "${err}" PARENT_SCOPE)
endfunction()

# Compiled mode: the object of acme.cpp only declares the parsers and mappings (the libraries
# define them), where the header-only build of the same file defines them.
if("acme_callmap_compiled" IN_LIST tools)
    run("${build_dir}/consumer_acme_compiled")
    find_program(NM nm REQUIRED)
    foreach(target consumer_acme consumer_acme_compiled)
        file(GLOB_RECURSE object "${build_dir}/CMakeFiles/${target}.dir/*acme.cpp.o")
        execute_process(COMMAND "${NM}" -C --defined-only ${object} OUTPUT_VARIABLE defined
            RESULT_VARIABLE result)
        if(NOT result EQUAL 0)
            message(FATAL_ERROR "consumer_${MODE}: nm ${object} failed")
        endif()
        set(definitions "")
        foreach(symbol "callmap::acme::to_call" "myco::zudu::to_call" "callmap::vapi::to_call"
                "callmap::json::value_parser<callmap::acme::call>::parse")
            string(FIND "${defined}" " ${symbol}(" at)  # the function, not a template argument
            if(NOT at EQUAL -1)
                list(APPEND definitions "${symbol}")
            endif()
        endforeach()
        list(LENGTH definitions count)
        if(target STREQUAL "consumer_acme" AND count EQUAL 0)
            message(FATAL_ERROR "consumer_${MODE}: header-only acme.cpp.o defines none of them")
        elseif(target STREQUAL "consumer_acme_compiled" AND NOT count EQUAL 0)
            message(FATAL_ERROR "consumer_${MODE}: compiled-mode acme.cpp.o defines "
                "${definitions}")
        endif()
    endforeach()
endif()

# the tool over myco::providers: acme first, then the corrected zudu, then the built-in nine
execute_process(COMMAND "${build_dir}/acme_callmap" providers OUTPUT_VARIABLE listed)
string(REGEX REPLACE "\t[^\n]*" "" listed "${listed}")
string(REPLACE "\n" " " listed "${listed}")
if(NOT listed STREQUAL "acme zudu bland diga oca retell talkstack twilio twochat vapi vonage ")
    message(FATAL_ERROR "consumer_${MODE}: acme_callmap providers listed: ${listed}")
endif()
expect_tool(0 "payloads/acme_v1.json: acme\n" detect payloads/acme_v1.json)
expect_tool(0 [=[{"provider":"acme","id":"A-17","source":{"shape":"get"},"channel":"pstn","status":"completed","status_raw":"DONE","end_reason":"customer_hangup","end_reason_raw":"user_hangup","started_at":"2023-12-20T18:40:00.000Z","duration_ms":42000}
]=] normalize payloads/acme_v1.json)

# a project that checks its headers in: the update target writes them, the test passes
run("${CMAKE_COMMAND}" --build "${build_dir}" --target acme_headers_current_update)
run("${CMAKE_CTEST_COMMAND}" --test-dir "${build_dir}" -R "^acme_headers_current$"
    --output-on-failure)

# Acme changes its API. The new payload is refused by the spec we have...
expect_tool(1 "" normalize --provider acme payloads/acme_v2.json)
if(NOT tool_stderr MATCHES "callRef")
    message(FATAL_ERROR "consumer_${MODE}: the v2 payload failed for another reason: "
        "${tool_stderr}")
endif()
# ... a table the spec reads gains a value, and the spec a renamed field (alias), a new field
# and a new enum value. The checked-in headers are now stale and their test says so,
file(APPEND "${WORK_DIR}/src/tables/acme_statuses.yaml" "  QUEUED: queued\n")
file(COPY_FILE "${WORK_DIR}/src/specs/v2/acme.yaml" "${WORK_DIR}/src/specs/acme.yaml")
execute_process(COMMAND "${CMAKE_CTEST_COMMAND}" --test-dir "${build_dir}"
    -R "^acme_headers_current$" RESULT_VARIABLE result OUTPUT_QUIET)
if(result EQUAL 0)
    message(FATAL_ERROR "consumer_${MODE}: acme_headers_current passed with stale headers")
endif()
# and one build regenerates what changed (callmap-gen's depfile) and reads the new payloads.
file(READ "${root}/callmap/providers/acme.hpp" before)
run("${CMAKE_COMMAND}" --build "${build_dir}")
file(READ "${root}/callmap/providers/acme.hpp" after)
if(after STREQUAL before OR NOT after MATCHES "callReference" OR NOT after MATCHES "QUEUED")
    message(FATAL_ERROR "consumer_${MODE}: the spec and table edits did not regenerate acme.hpp")
endif()
run("${build_dir}/consumer_acme")
if("acme_callmap_compiled" IN_LIST tools)
    run("${build_dir}/consumer_acme_compiled")
endif()
expect_tool(0 [=[{"provider":"acme","id":"A-18","source":{"shape":"get"},"channel":"web","status":"completed","status_raw":"DONE","started_at":"2023-12-20T18:46:40.000Z","duration_ms":7000,"recordings":[{"url":"https://rec.acme.example/A-18.mp3","kind":"mixed"}]}
]=] normalize payloads/acme_v2.json)
expect_tool(0 "payloads/acme_v1.json: acme\n" detect payloads/acme_v1.json)
run("${CMAKE_COMMAND}" --build "${build_dir}" --target acme_headers_current_update)
run("${CMAKE_CTEST_COMMAND}" --test-dir "${build_dir}" -R "^acme_headers_current$")
