cmake_minimum_required(VERSION 3.23)
# callmap-gen --depfile and where it writes: the exact rule (the header, the spec, the shared
# tables it read), a depfile named without a directory, nothing written under --check, and an
# output directory that cannot be made: an error, not a crash.
#   cmake -DCALLMAP_GEN=... -DSOURCE_DIR=... -DWORK_DIR=... -P depfile.cmake
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(spec "${SOURCE_DIR}/schemas/retell.yaml")

execute_process(
    COMMAND "${CALLMAP_GEN}" --out out --depfile retell.d "${spec}"
    WORKING_DIRECTORY "${WORK_DIR}" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "callmap-gen --depfile failed (${rc}): ${err}")
endif()
file(READ "${WORK_DIR}/retell.d" rule)
set(expected "${WORK_DIR}/out/retell.hpp: ${spec} ${SOURCE_DIR}/schemas/tables/retell_end_reasons.yaml\n")
if(NOT rule STREQUAL expected)
    message(FATAL_ERROR "depfile:\n${rule}\nexpected:\n${expected}")
endif()

execute_process(
    COMMAND "${CALLMAP_GEN}" --check --out out --depfile checked.d "${spec}"
    WORKING_DIRECTORY "${WORK_DIR}" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR EXISTS "${WORK_DIR}/checked.d")
    message(FATAL_ERROR "--check must pass and write no depfile (${rc}): ${err}")
endif()

file(WRITE "${WORK_DIR}/a_file" "")
execute_process(
    COMMAND "${CALLMAP_GEN}" --out a_file/out "${spec}"
    WORKING_DIRECTORY "${WORK_DIR}" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 1 OR NOT err STREQUAL "a_file/out/retell.hpp: error: cannot write\n")
    message(FATAL_ERROR "an output directory that cannot be made: exit ${rc}, '${err}'")
endif()
