# callmap_sanitizers: applies CALLMAP_SANITIZE (e.g. "address,undefined") to the compile
# and link of callmap's own targets only. Not exported; consumers are never affected.
set(CALLMAP_SANITIZER_FLAGS "")
if(CALLMAP_SANITIZE)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        message(FATAL_ERROR "CALLMAP_SANITIZE needs GCC or Clang")
    endif()
    set(CALLMAP_SANITIZER_FLAGS
        -fsanitize=${CALLMAP_SANITIZE}
        -fno-omit-frame-pointer
        -fno-sanitize-recover=all)
    message(STATUS "callmap: sanitizers for own targets: ${CALLMAP_SANITIZE}")
endif()

add_library(callmap_sanitizers INTERFACE)
target_compile_options(callmap_sanitizers INTERFACE ${CALLMAP_SANITIZER_FLAGS})
target_link_options(callmap_sanitizers INTERFACE ${CALLMAP_SANITIZER_FLAGS})
