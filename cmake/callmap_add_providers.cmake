# callmap_add_providers: compile your own provider specs with callmap-gen, in your build.
#
#   callmap_add_providers(<target> SPECS <spec.yaml>... [TABLES <dir>...] [NAMESPACE <ns>]
#                         [REGISTRY <name>] [COMPILED])
#
# Each spec `acme.yaml` becomes <build dir>/callmap_providers/<target>/callmap/providers/acme.hpp,
# used exactly like a built-in provider: `#include <callmap/providers/acme.hpp>`, namespace
# callmap::acme. With NAMESPACE myco it is <myco/providers/acme.hpp>, namespace myco::acme: so
# a spec of your own may share a built-in provider's name (a corrected zudu.yaml is myco::zudu,
# beside callmap::zudu). The headers are generated into the build tree (never a source tree)
# before <target> compiles, and again when a spec, a table it reads or callmap-gen changes
# (callmap-gen writes a depfile). <target> gets the include directory and callmap::callmap
# (PUBLIC for a library, INTERFACE for an interface library). A spec's shared tables are looked
# up in tables/ next to it, then in each TABLES directory, then among the tables callmap ships
# (retell_end_reasons ...).
#
# REGISTRY myco::providers also writes <myco/providers.hpp>, which defines the constant registry
# myco::providers: the providers of these specs, then every built-in provider that none of them
# replaces (same name), for callmap::normalize(payload, memory, myco::providers), detect and
# callmap_add_cli(). Calls for the same <target> may name the same REGISTRY: it holds the specs
# of all of them, in call order. (Two targets may each have a registry of the same name.)
#
# COMPILED (compiled mode, for big programs): the headers only declare the parsers and mappings,
# and each is compiled once, in the static library <target>_callmap (one generated .cpp per
# spec) that <target> links; the built-in providers likewise, in callmap_builtin_compiled.
# CALLMAP_SEPARATE_COMPILATION is then defined for <target> and for whatever links it
# (callmap/config.hpp); use one mode in a program, and the same for every call of <target>.
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
    cmake_parse_arguments(PARSE_ARGV 1 arg "COMPILED" "NAMESPACE;REGISTRY" "SPECS;TABLES")
    if(arg_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "callmap_add_providers: unknown arguments ${arg_UNPARSED_ARGUMENTS}")
    endif()
    if(NOT arg_SPECS)
        message(FATAL_ERROR "callmap_add_providers(${target}): SPECS <spec.yaml>... is required")
    endif()
    if(NOT TARGET ${target})
        message(FATAL_ERROR "callmap_add_providers: '${target}' is not a target")
    endif()
    _callmap_require_generator(callmap_add_providers)

    set(root "${CMAKE_CURRENT_BINARY_DIR}/callmap_providers/${target}")
    _callmap_generator_args(generator_args "${arg_TABLES}" "${arg_NAMESPACE}")
    _callmap_output_dir(out "${root}" "${arg_NAMESPACE}")
    # the generator's file, and the target that builds it when it is not imported
    set(generator_dependencies "$<TARGET_FILE:callmap::gen>")
    get_target_property(generator callmap::gen ALIASED_TARGET)
    if(generator)
        list(APPEND generator_dependencies ${generator})
    endif()
    if(arg_REGISTRY AND NOT arg_REGISTRY MATCHES "^([A-Za-z_][A-Za-z0-9_]*::)*[A-Za-z_][A-Za-z0-9_]*$")
        message(FATAL_ERROR "callmap_add_providers(${target}): REGISTRY '${arg_REGISTRY}' is not "
            "a C++ name (e.g. myco::providers)")
    endif()
    if(arg_NAMESPACE)
        set(provider_namespace "${arg_NAMESPACE}")
    else()
        set(provider_namespace callmap)
    endif()
    get_target_property(mode ${target} CALLMAP_MODE)
    set(this_mode header-only)
    if(arg_COMPILED)
        set(this_mode compiled)
    endif()
    if(mode AND NOT mode STREQUAL this_mode)
        message(FATAL_ERROR "callmap_add_providers(${target}): COMPILED must be given in every "
            "call for ${target} or in none (one mode per program)")
    endif()
    set_property(TARGET ${target} PROPERTY CALLMAP_MODE ${this_mode})
    if(arg_COMPILED)
        _callmap_compiled_library(library ${target} "${root}")
    endif()
    set(registry_entries "")
    foreach(spec IN LISTS arg_SPECS)
        get_filename_component(spec "${spec}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
        get_filename_component(name "${spec}" NAME_WE)
        set(header "${out}/${name}.hpp")
        file(RELATIVE_PATH shown "${root}" "${header}")
        string(MAKE_C_IDENTIFIER "${shown}" depfile)
        add_custom_command(
            OUTPUT "${header}"
            COMMAND "$<TARGET_FILE:callmap::gen>" --out "${out}" --depfile "${root}/${depfile}.d"
                ${generator_args} "${spec}"
            DEPENDS "${spec}" ${generator_dependencies}
            DEPFILE "${root}/${depfile}.d"
            COMMENT "callmap-gen: ${shown}"
            VERBATIM)
        # One target runs the command, and every target that includes the header depends on
        # it (a command output listed by two targets may run twice at once).
        set(generate "${target}_callmap_${depfile}")
        add_custom_target(${generate} DEPENDS "${header}")
        add_dependencies(${target} ${generate})
        set_property(TARGET ${target} APPEND PROPERTY CALLMAP_GENERATE_TARGETS ${generate})
        list(APPEND registry_entries "${shown}|${provider_namespace}::${name}")
        if(arg_COMPILED)
            # the one translation unit that compiles this provider's parsers and mapping
            set(source "${root}/callmap_sources/${depfile}.cpp")
            file(CONFIGURE OUTPUT "${source}" @ONLY CONTENT
                "// generated by callmap_add_providers(${target} ... COMPILED) -- do not edit.\n#define CALLMAP_SOURCE\n#include <${shown}>\n")
            target_sources(${library} PRIVATE "${source}")
            add_dependencies(${library} ${generate})
        endif()
    endforeach()
    if(arg_REGISTRY)
        _callmap_write_registry(${target} "${root}" "${arg_REGISTRY}" "${registry_entries}")
    endif()

    get_target_property(type ${target} TYPE)
    if(type STREQUAL "INTERFACE_LIBRARY")
        set(scope INTERFACE)
    elseif(type STREQUAL "EXECUTABLE")
        set(scope PRIVATE)
    else()
        set(scope PUBLIC)
    endif()
    target_include_directories(${target} ${scope} "$<BUILD_INTERFACE:${root}>")
    set_property(TARGET ${target} PROPERTY CALLMAP_INCLUDE_DIR "${root}")
    target_link_libraries(${target} ${scope} callmap::callmap)
    if(arg_COMPILED)
        target_link_libraries(${target} ${scope} ${library})
    endif()
endfunction()

# The static library of <target>'s compiled providers (created by its first COMPILED call),
# and callmap_builtin_compiled, the built-in providers compiled once (<callmap/src.hpp>).
function(_callmap_compiled_library out_var target root)
    if(NOT TARGET callmap_builtin_compiled)
        set(source "${CMAKE_BINARY_DIR}/callmap_builtin_compiled/src.cpp")
        file(CONFIGURE OUTPUT "${source}" @ONLY CONTENT
            "// generated by callmap_add_providers(... COMPILED) -- do not edit.\n#include <callmap/src.hpp>\n")
        add_library(callmap_builtin_compiled STATIC "${source}")
        target_compile_definitions(callmap_builtin_compiled PUBLIC CALLMAP_SEPARATE_COMPILATION)
        target_compile_features(callmap_builtin_compiled PUBLIC cxx_std_20)
        target_link_libraries(callmap_builtin_compiled PUBLIC callmap::callmap)
    endif()
    set(library ${target}_callmap)
    if(NOT TARGET ${library})
        add_library(${library} STATIC)
        target_include_directories(${library} PUBLIC "${root}")
        target_link_libraries(${library} PUBLIC callmap_builtin_compiled)
        set_property(TARGET ${target} PROPERTY CALLMAP_COMPILED_LIBRARY ${library})
    endif()
    set(${out_var} ${library} PARENT_SCOPE)
endfunction()

# callmap_check_providers: for a project that checks its generated headers in.
#
#   callmap_check_providers(<name> DIR <dir> SPECS <spec.yaml>... [TABLES <dir>...]
#                           [NAMESPACE <ns>])
#
# The headers of SPECS live in <dir>/callmap/providers/ (<dir>/<ns>/providers/ with NAMESPACE),
# committed with the project; add <dir> to your include path yourself. This adds the test
# <name>, which fails when a header is missing or differs from what the specs and tables give
# now (run it in CI), and the target <name>_update, which rewrites the headers that changed.
function(callmap_check_providers name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "DIR;NAMESPACE" "SPECS;TABLES")
    if(arg_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "callmap_check_providers: unknown arguments ${arg_UNPARSED_ARGUMENTS}")
    endif()
    if(NOT arg_DIR OR NOT arg_SPECS)
        message(FATAL_ERROR "callmap_check_providers(${name}): DIR <dir> and SPECS <spec.yaml>... "
            "are required")
    endif()
    _callmap_require_generator(callmap_check_providers)
    get_filename_component(dir "${arg_DIR}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    _callmap_generator_args(generator_args "${arg_TABLES}" "${arg_NAMESPACE}")
    _callmap_output_dir(out "${dir}" "${arg_NAMESPACE}")
    set(specs "")
    foreach(spec IN LISTS arg_SPECS)
        get_filename_component(spec "${spec}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
        list(APPEND specs "${spec}")
    endforeach()
    add_test(NAME ${name}
        COMMAND callmap::gen --check --out "${out}" ${generator_args} ${specs})
    add_custom_target(${name}_update
        COMMAND callmap::gen --out "${out}" ${generator_args} ${specs}
        COMMENT "callmap-gen: rewriting the stale headers in ${out}"
        VERBATIM)
endfunction()

function(_callmap_require_generator caller)
    if(NOT TARGET callmap::gen)
        message(FATAL_ERROR
            "${caller}: callmap-gen is not available. Install callmap with its generator "
            "(yaml-cpp is needed to build it), or add callmap's sources where "
            "find_package(yaml-cpp) succeeds.")
    endif()
endfunction()

# callmap-gen's arguments: where tables are looked up (TABLES, then callmap's), the namespace.
function(_callmap_generator_args out_var tables namespace)
    set(args "")
    foreach(dir IN LISTS tables)
        get_filename_component(dir "${dir}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
        list(APPEND args --tables "${dir}")
    endforeach()
    get_property(builtin_tables GLOBAL PROPERTY CALLMAP_BUILTIN_TABLES_DIR)
    list(APPEND args --tables "${builtin_tables}")
    if(namespace)
        list(APPEND args --namespace "${namespace}")
    endif()
    set(${out_var} "${args}" PARENT_SCOPE)
endfunction()

# Where the headers of a namespace go under an include directory: <ns path>/providers.
function(_callmap_output_dir out_var include_dir namespace)
    if(namespace)
        string(REPLACE "::" "/" namespace_dir "${namespace}")
        set(${out_var} "${include_dir}/${namespace_dir}/providers" PARENT_SCOPE)
    else()
        set(${out_var} "${include_dir}/callmap/providers" PARENT_SCOPE)
    endif()
endfunction()

# The header that defines the registry <name>: myco::providers -> myco/providers.hpp.
function(_callmap_registry_header out_var name)
    string(REPLACE "::" "/" header "${name}")
    set(${out_var} "${header}.hpp" PARENT_SCOPE)
endfunction()

# Writes the header of REGISTRY <name> (configure time: it only lists headers and names) with
# the entries of every call for <target> so far, and records it for callmap_add_cli().
function(_callmap_write_registry target root name entries)
    string(MAKE_C_IDENTIFIER "${name}" key)
    # the targets that have a registry of this name (callmap_add_cli looks it up)
    get_property(owners GLOBAL PROPERTY CALLMAP_REGISTRY_${key}_TARGETS)
    if(NOT target IN_LIST owners)
        set_property(GLOBAL APPEND PROPERTY CALLMAP_REGISTRY_${key}_TARGETS ${target})
    endif()
    set_property(TARGET ${target} APPEND PROPERTY CALLMAP_REGISTRY_${key}_ENTRIES ${entries})
    get_target_property(entries ${target} CALLMAP_REGISTRY_${key}_ENTRIES)

    _callmap_registry_header(header "${name}")
    string(REGEX MATCH "^(.*)::([^:]*)$" qualified "${name}")
    if(qualified)
        set(namespace "${CMAKE_MATCH_1}")
        set(variable "${CMAKE_MATCH_2}")
    else()
        set(namespace "")
        set(variable "${name}")
    endif()

    set(includes "")
    set(providers "")
    set(specs "")
    list(LENGTH entries count)
    foreach(entry IN LISTS entries)
        string(REPLACE "|" ";" entry "${entry}")
        list(GET entry 0 include)
        list(GET entry 1 provider)
        string(APPEND includes "#include <${include}>\n")
        string(APPEND providers "    ::${provider}::provider,\n")
        string(REGEX REPLACE ".*::" "" spec "${provider}")
        list(APPEND specs "${spec}.yaml")
    endforeach()
    list(JOIN specs ", " specs)
    set(text "// generated by callmap_add_providers(${target} ... REGISTRY ${name}) -- do not edit.\n")
    string(APPEND text "// ${name}: the providers of ${specs}, then every built-in provider that\n"
        "// none of them replaces (same name); pass it wherever callmap takes a registry.\n"
        "#pragma once\n\n#include <array>\n\n#include <callmap/builtin.hpp>\n${includes}\n")
    if(namespace)
        string(APPEND text "namespace ${namespace} {\n\n")
    endif()
    string(APPEND text "inline constexpr auto ${variable} = ::callmap::combined(\n"
        "    std::array<::callmap::provider_entry, ${count}>{{\n${providers}    }},\n"
        "    ::callmap::builtin_providers);\n")
    if(namespace)
        string(APPEND text "\n}  // namespace ${namespace}\n")
    endif()
    file(CONFIGURE OUTPUT "${root}/${header}" CONTENT "${text}" @ONLY)
endfunction()
