# callmap-gen infer, end to end on the built-in providers' fixtures, run as
#   cmake -DGENERATOR=<callmap-gen> -DTOOLCHAIN_FILE=<callmap_test_toolchain.cmake>
#         -DFIXTURES=<tests/providers/fixtures> -DWORK_DIR=<scratch> -P infer_drafts.cmake
#
# For each provider: a draft spec inferred from its fixtures (those with an expected record),
# compiled by callmap-gen (namespace inferred::<provider>); then one program with all ten
# drafts normalizes every one of those fixtures with its provider's draft: the draft must
# load, check, compile and read every sample it came from.
cmake_minimum_required(VERSION 3.23)

foreach(var GENERATOR TOOLCHAIN_FILE FIXTURES WORK_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "infer_drafts.cmake: -D${var}=... is required")
    endif()
endforeach()
include("${TOOLCHAIN_FILE}")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/specs")

file(GLOB provider_dirs LIST_DIRECTORIES true "${FIXTURES}/*")
set(includes "")
set(entries "")
set(arguments "")
set(count 0)
foreach(dir IN LISTS provider_dirs)
    if(NOT IS_DIRECTORY "${dir}")
        continue()
    endif()
    get_filename_component(provider "${dir}" NAME)
    file(GLOB expected "${dir}/*.expected.json")
    list(SORT expected)
    set(samples "")
    foreach(file IN LISTS expected)
        string(REGEX REPLACE "\\.expected\\.json$" ".json" sample "${file}")
        list(APPEND samples "${sample}")
        list(APPEND arguments "${provider}" "${sample}")
        math(EXPR count "${count} + 1")
    endforeach()
    set(spec "${WORK_DIR}/specs/${provider}.yaml")
    execute_process(COMMAND "${GENERATOR}" infer --provider ${provider} ${samples}
        OUTPUT_FILE "${spec}" RESULT_VARIABLE result ERROR_VARIABLE errors)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "infer_drafts: callmap-gen infer for ${provider} failed:\n${errors}")
    endif()
    execute_process(COMMAND "${GENERATOR}" --namespace inferred
            --out "${WORK_DIR}/include/inferred/providers" "${spec}"
        RESULT_VARIABLE result ERROR_VARIABLE errors)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "infer_drafts: the draft of ${provider} does not compile:\n${errors}")
    endif()
    string(APPEND includes "#include <inferred/providers/${provider}.hpp>\n")
    string(APPEND entries "    inferred::${provider}::provider,\n")
endforeach()

file(WRITE "${WORK_DIR}/read_samples.cpp" "// Normalizes each PROVIDER FILE pair with the provider's draft.
${includes}
#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

int main(int argc, char** argv) {
    constexpr std::array drafts{
${entries}    };
    int read = 0;
    for (int i = 1; i + 1 < argc; i += 2) {
        std::ifstream in(argv[i + 1], std::ios::binary);
        std::ostringstream text;  // (an istreambuf_iterator trips GCC 12's -Wnull-dereference)
        text << in.rdbuf();
        const std::string payload = text.str();
        const auto* draft = callmap::find_provider(drafts, argv[i]);
        callmap::arena memory;
        const auto call = draft->normalize(payload, memory, {});
        if (!call) {
            std::printf(\"%s: %s\\n\", argv[i + 1], call.error().to_string().c_str());
            return 1;
        }
        ++read;
    }
    std::printf(\"%d payloads read by their drafts\\n\", read);
}
")

set(include_flags "-I${WORK_DIR}/include" ${CALLMAP_INCLUDE_FLAGS})
execute_process(COMMAND ${CALLMAP_CXX} ${CALLMAP_CXX_STD_FLAG} ${CALLMAP_CXX_FLAGS}
        ${CALLMAP_WARNING_FLAGS} ${CALLMAP_SANITIZER_FLAGS} ${include_flags}
        "${WORK_DIR}/read_samples.cpp" -o "${WORK_DIR}/read_samples"
    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "infer_drafts: the drafts' headers do not compile:\n${out}${errors}")
endif()
execute_process(COMMAND "${WORK_DIR}/read_samples" ${arguments}
    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE errors)
if(NOT result EQUAL 0 OR NOT out STREQUAL "${count} payloads read by their drafts\n")
    message(FATAL_ERROR "infer_drafts: a sample is not read by its draft (${result}):\n"
        "${out}${errors}")
endif()
message(STATUS "infer_drafts: ${out}")
