# callmap_warnings: the warning set for callmap's own tests, tools and benchmarks.
# Not exported and never linked into callmap::callmap: consumers choose their own flags.
# Every flag here is accepted by both GCC >= 12 and Clang >= 14.
set(CALLMAP_WARNING_FLAGS
    -Wall
    -Wextra
    -Wpedantic
    -Wconversion
    -Wsign-conversion
    -Wshadow
    -Wnon-virtual-dtor
    -Wold-style-cast
    -Wcast-align
    -Wnull-dereference
    -Wdouble-promotion
    -Wimplicit-fallthrough)
if(CALLMAP_WARNINGS_AS_ERRORS)
    list(APPEND CALLMAP_WARNING_FLAGS -Werror)
endif()

add_library(callmap_warnings INTERFACE)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(callmap_warnings INTERFACE ${CALLMAP_WARNING_FLAGS})
elseif(MSVC)
    set(CALLMAP_WARNING_FLAGS /W4 /permissive-)
    if(CALLMAP_WARNINGS_AS_ERRORS)
        list(APPEND CALLMAP_WARNING_FLAGS /WX)
    endif()
    target_compile_options(callmap_warnings INTERFACE ${CALLMAP_WARNING_FLAGS})
endif()
