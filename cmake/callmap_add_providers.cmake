# callmap_add_providers: compile your own provider specs with callmap-gen, in your build.
#
#   callmap_add_providers(<target> SPECS <spec.yaml>... [TABLES <dir>...] [NAMESPACE <ns>])
#
# Each spec `acme.yaml` becomes <build dir>/callmap_providers/<target>/callmap/providers/acme.hpp,
# used exactly like a built-in provider: `#include <callmap/providers/acme.hpp>`, namespace
# callmap::acme. With NAMESPACE myco it is <myco/providers/acme.hpp>, namespace myco::acme: so
# a spec of your own may share a built-in provider's name (a corrected zudu.yaml is myco::zudu,
# beside callmap::zudu; callmap::with_builtin lets myco::zudu::provider replace the built-in). The headers are generated into the build tree (never a source tree) before
# <target> compiles, and again when a spec, a table it reads or callmap-gen changes (callmap-gen
# writes a depfile). <target> gets the include directory and callmap::callmap (PUBLIC for a
# library, INTERFACE for an interface library). A spec's shared tables are looked up in
# tables/ next to it, then in each TABLES directory, then among the tables callmap ships
# (retell_end_reasons ...).
#
# The generator is callmap::gen: installed with the package (find_package(callmap)), or built
# from callmap's sources (add_subdirectory, FetchContent; needs yaml-cpp).
include_guard(GLOBAL)

# The tables callmap ships: next to this file when installed, schemas/tables/ in the sources.
if(EXISTS "${CMAKE_CURRENT_LIST_DIR}/tables")
    set_property(GLOBAL PROPERTY CALLMAP_BUILTIN_TABLES_DIR "${CMAKE_CURRENT_LIST_DIR}/tables")
else()
    get_filename_component(callmap_tables "${CMAKE_CURRENT_LIST_DIR}/../schemas/tables" ABSOLUTE)
    set_property(GLOBAL PROPERTY CALLMAP_BUILTIN_TABLES_DIR "${callmap_tables}")
    unset(callmap_tables)
endif()

function(callmap_add_providers target)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "NAMESPACE" "SPECS;TABLES")
    if(arg_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "callmap_add_providers: unknown arguments ${arg_UNPARSED_ARGUMENTS}")
    endif()
    if(NOT arg_SPECS)
        message(FATAL_ERROR "callmap_add_providers(${target}): SPECS <spec.yaml>... is required")
    endif()
    if(NOT TARGET ${target})
        message(FATAL_ERROR "callmap_add_providers: '${target}' is not a target")
    endif()
    if(NOT TARGET callmap::gen)
        message(FATAL_ERROR
            "callmap_add_providers: callmap-gen is not available. Install callmap with its "
            "generator (yaml-cpp is needed to build it), or add callmap's sources where "
            "find_package(yaml-cpp) succeeds.")
    endif()

    set(table_args "")
    foreach(dir IN LISTS arg_TABLES)
        get_filename_component(dir "${dir}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
        list(APPEND table_args --tables "${dir}")
    endforeach()
    get_property(builtin_tables GLOBAL PROPERTY CALLMAP_BUILTIN_TABLES_DIR)
    list(APPEND table_args --tables "${builtin_tables}")
    # the generator's file, and the target that builds it when it is not imported
    set(generator_dependencies "$<TARGET_FILE:callmap::gen>")
    get_target_property(generator callmap::gen ALIASED_TARGET)
    if(generator)
        list(APPEND generator_dependencies ${generator})
    endif()

    set(root "${CMAKE_CURRENT_BINARY_DIR}/callmap_providers/${target}")
    if(arg_NAMESPACE)
        string(REPLACE "::" "/" namespace_dir "${arg_NAMESPACE}")
        set(out "${root}/${namespace_dir}/providers")
        list(APPEND table_args --namespace "${arg_NAMESPACE}")
    else()
        set(out "${root}/callmap/providers")
    endif()
    set(headers "")
    foreach(spec IN LISTS arg_SPECS)
        get_filename_component(spec "${spec}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
        get_filename_component(name "${spec}" NAME_WE)
        set(header "${out}/${name}.hpp")
        file(RELATIVE_PATH shown "${root}" "${header}")
        string(MAKE_C_IDENTIFIER "${shown}" depfile)
        add_custom_command(
            OUTPUT "${header}"
            COMMAND "$<TARGET_FILE:callmap::gen>" --out "${out}" --depfile "${root}/${depfile}.d"
                ${table_args} "${spec}"
            DEPENDS "${spec}" ${generator_dependencies}
            DEPFILE "${root}/${depfile}.d"
            COMMENT "callmap-gen: ${shown}"
            VERBATIM)
        list(APPEND headers "${header}")
    endforeach()

    get_target_property(type ${target} TYPE)
    if(type STREQUAL "INTERFACE_LIBRARY")
        set(scope INTERFACE)
    elseif(type STREQUAL "EXECUTABLE")
        set(scope PRIVATE)
    else()
        set(scope PUBLIC)
    endif()
    # the headers as sources: the commands run before <target> compiles
    target_sources(${target} PRIVATE ${headers})
    target_include_directories(${target} ${scope} "$<BUILD_INTERFACE:${root}>")
    target_link_libraries(${target} ${scope} callmap::callmap)
endfunction()
