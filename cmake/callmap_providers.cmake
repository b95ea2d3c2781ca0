# callmap_registry_providers(<out-var>): the providers compiled into callmap, read from the
# generated registry (include/callmap/providers/registry.hpp) as a list of "namespace:root"
# (e.g. "zudu:call_response"), so that a new spec needs no edit in the build files that loop
# over providers (tests/hostile, fuzz). The registry becomes a configure dependency of the
# calling directory.
function(callmap_registry_providers out_var)
    set(registry "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/../include/callmap/providers/registry.hpp")
    file(STRINGS "${registry}" registry_lines REGEX "&normalize_as<")
    set(providers "")
    foreach(line IN LISTS registry_lines)
        if(line MATCHES "normalize_as<([A-Za-z_0-9]+)::([A-Za-z_0-9]+), &")
            list(APPEND providers "${CMAKE_MATCH_1}:${CMAKE_MATCH_2}")
        endif()
    endforeach()
    if(NOT providers)
        message(FATAL_ERROR "no providers found in ${registry}")
    endif()
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${registry}")
    set(${out_var} "${providers}" PARENT_SCOPE)
endfunction()
