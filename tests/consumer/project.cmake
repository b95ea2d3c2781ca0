# What every consumer project builds once it has callmap (installed, subdirectory, fetchcontent
# each get callmap their own way, then include this file).

add_executable(consumer ${CMAKE_CURRENT_LIST_DIR}/main.cpp)
target_link_libraries(consumer PRIVATE callmap::callmap)

# A provider of our own, compiled by callmap-gen in this build; and a correction of a built-in
# provider in a namespace of our own (myco::zudu). Both go in the registry myco::providers,
# with the built-in providers that myco::zudu does not replace.
add_executable(consumer_acme ${CMAKE_CURRENT_LIST_DIR}/acme.cpp)
callmap_add_providers(consumer_acme SPECS ${CMAKE_CURRENT_LIST_DIR}/specs/acme.yaml
                      TABLES ${CMAKE_CURRENT_LIST_DIR}/tables REGISTRY myco::providers)
callmap_add_providers(consumer_acme SPECS ${CMAKE_CURRENT_LIST_DIR}/specs/fixed/zudu.yaml
                      NAMESPACE myco REGISTRY myco::providers)

# the callmap tool over that registry
callmap_add_cli(acme_callmap REGISTRY myco::providers FROM consumer_acme)

# A project that checks generated headers in (checked_in/) gets a test that fails when they
# are stale, and a target that rewrites them.
enable_testing()
callmap_check_providers(acme_headers_current DIR ${CMAKE_CURRENT_LIST_DIR}/checked_in
                        SPECS ${CMAKE_CURRENT_LIST_DIR}/specs/acme.yaml
                        TABLES ${CMAKE_CURRENT_LIST_DIR}/tables)

# Compiled mode: the same program, with its providers' and the built-in providers' parsers and
# mappings compiled once (static libraries consumer_acme_compiled_callmap and
# callmap_builtin_compiled) instead of inline in acme.cpp; and the tool over that registry.
# (run.cmake builds it in one of the three ways in, to keep the suite's time down.)
if(NOT CONSUMER_COMPILED)
    return()
endif()
add_executable(consumer_acme_compiled ${CMAKE_CURRENT_LIST_DIR}/acme.cpp)
callmap_add_providers(consumer_acme_compiled SPECS ${CMAKE_CURRENT_LIST_DIR}/specs/acme.yaml
                      TABLES ${CMAKE_CURRENT_LIST_DIR}/tables REGISTRY myco::providers COMPILED)
callmap_add_providers(consumer_acme_compiled SPECS ${CMAKE_CURRENT_LIST_DIR}/specs/fixed/zudu.yaml
                      NAMESPACE myco REGISTRY myco::providers COMPILED)
callmap_add_cli(acme_callmap_compiled REGISTRY myco::providers FROM consumer_acme_compiled)
