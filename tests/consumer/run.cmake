# Builds and runs a consumer project, run as
#   cmake -DMODE=installed|subdirectory -DCALLMAP_SOURCE_DIR=... -DCALLMAP_BINARY_DIR=...
#         -DWORK_DIR=... -DGENERATOR=... -DCXX_COMPILER=... [-DMAKE_PROGRAM=...]
#         [-DBUILD_TYPE=...] [-DBoost_DIR=...] [-DINSTALL_CMAKEDIR=share/cmake/callmap]
#         -P run.cmake
# installed:    `cmake --install` CALLMAP_BINARY_DIR into WORK_DIR/prefix, then build
#               tests/consumer/installed against that prefix with find_package(callmap).
# subdirectory: build tests/consumer/subdirectory, which add_subdirectory()s the sources.
cmake_minimum_required(VERSION 3.23)

foreach(var MODE CALLMAP_SOURCE_DIR CALLMAP_BINARY_DIR WORK_DIR GENERATOR CXX_COMPILER)
    if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
        message(FATAL_ERROR "run.cmake: -D${var}=... is required")
    endif()
endforeach()
if(NOT MODE MATCHES "^(installed|subdirectory)$")
    message(FATAL_ERROR "run.cmake: MODE must be installed or subdirectory, not ${MODE}")
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
            ${INSTALL_CMAKEDIR}/tables/retell_end_reasons.yaml)
        if(NOT EXISTS "${prefix}/${file}")
            message(FATAL_ERROR "consumer_installed: the install lacks ${file}")
        endif()
    endforeach()
    list(APPEND configure_args "-DCMAKE_PREFIX_PATH=${prefix}")
else()
    list(APPEND configure_args "-DCALLMAP_SOURCE_DIR=${CALLMAP_SOURCE_DIR}")
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
# the generated header lives in the consumer's build tree, never in a source tree
if(NOT EXISTS "${build_dir}/callmap_providers/consumer_acme/callmap/providers/acme.hpp")
    message(FATAL_ERROR "consumer_${MODE}: acme.hpp is not in the build tree")
endif()
if(EXISTS "${CALLMAP_SOURCE_DIR}/include/callmap/providers/acme.hpp")
    message(FATAL_ERROR "consumer_${MODE}: callmap-gen wrote into callmap's source tree")
endif()
# a table the spec reads changes: the next build regenerates acme.hpp (callmap-gen's depfile)
set(header "${build_dir}/callmap_providers/consumer_acme/callmap/providers/acme.hpp")
file(READ "${header}" generated)
if(generated MATCHES "QUEUED")
    message(FATAL_ERROR "consumer_${MODE}: acme.hpp already maps QUEUED")
endif()
file(APPEND "${WORK_DIR}/src/tables/acme_statuses.yaml" "  QUEUED: queued\n")
run("${CMAKE_COMMAND}" --build "${build_dir}")
file(READ "${header}" generated)
if(NOT generated MATCHES "QUEUED")
    message(FATAL_ERROR "consumer_${MODE}: a changed table did not regenerate acme.hpp")
endif()
