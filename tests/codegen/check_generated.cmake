cmake_minimum_required(VERSION 3.23)
# Fails when include/callmap/providers/ is not what callmap-gen makes of schemas/*.yaml.
# In CI (a fresh clone, CI set) it also fails when the build had to regenerate a checked-in
# header, i.e. when a spec was changed without committing the header it generates.
set(fix "run `cmake --build <build-dir> --target callmap_update_generated` and commit include/callmap/providers/")
execute_process(
    COMMAND "${CALLMAP_GEN}" --check --registry --out include/callmap/providers ${SPECS}
    WORKING_DIRECTORY "${SOURCE_DIR}"
    RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "generated headers are stale:\n${err}\n${fix}")
endif()
file(GLOB headers "${SOURCE_DIR}/include/callmap/providers/*.hpp")
foreach(header IN LISTS headers)
    get_filename_component(provider "${header}" NAME_WE)
    if(NOT "schemas/${provider}.yaml" IN_LIST SPECS AND NOT provider STREQUAL "registry")
        message(FATAL_ERROR "${header} has no spec schemas/${provider}.yaml; delete it or add the spec")
    endif()
endforeach()
if(DEFINED ENV{CI} AND EXISTS "${SOURCE_DIR}/.git")
    find_program(GIT git)
    if(GIT)
        execute_process(
            COMMAND "${GIT}" status --porcelain -- include/callmap/providers
            WORKING_DIRECTORY "${SOURCE_DIR}"
            OUTPUT_VARIABLE changed RESULT_VARIABLE rc)
        if(rc EQUAL 0 AND NOT changed STREQUAL "")
            message(FATAL_ERROR "the build regenerated checked-in headers:\n${changed}\n${fix}")
        endif()
    endif()
endif()
message(STATUS "generated headers are current")
