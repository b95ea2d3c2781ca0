// Shared by the libFuzzer targets in this directory: invariant checks that abort with a
// message (libFuzzer then saves the input as a crash artifact), and small helpers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "callmap/error.hpp"
#include "callmap/json/validate.hpp"

namespace callmap::fuzz {

[[noreturn]] inline void fail(const char* what, const std::string& detail = {}) {
    std::fprintf(stderr, "\n*** callmap fuzz invariant violated: %s\n%s\n", what, detail.c_str());
    std::fflush(stderr);
    std::abort();
}

#define CALLMAP_FUZZ_CHECK(cond, detail)                                                           \
    do {                                                                                           \
        if (!(cond))                                                                               \
            ::callmap::fuzz::fail(#cond " (" __FILE__ ":" CALLMAP_FUZZ_STR(__LINE__) ")",          \
                                  (detail));                                                       \
    } while (false)
#define CALLMAP_FUZZ_STR(x) CALLMAP_FUZZ_STR2(x)
#define CALLMAP_FUZZ_STR2(x) #x

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) noexcept {
    return {reinterpret_cast<const char*>(data), size};
}

/// What every error must look like: a real code, an offset inside the input (or at its end),
/// a 1-based line and column whenever it has a place, a message.
inline void check_error(const parse_error& e, std::string_view input) {
    CALLMAP_FUZZ_CHECK(e.code != error_code::ok, e.to_string());
    CALLMAP_FUZZ_CHECK(!e.message.empty(), std::to_string(static_cast<int>(e.code)));
    if (e.line != 0) {
        CALLMAP_FUZZ_CHECK(e.offset <= input.size(), e.to_string());
        CALLMAP_FUZZ_CHECK(e.column >= 1, e.to_string());
        CALLMAP_FUZZ_CHECK(!e.path.empty() && e.path[0] == '$', e.to_string());
    }
    (void)e.to_string();
}

/// A small deterministic hash of the input, to vary options without consuming input bytes.
inline std::uint64_t hash(std::string_view text) noexcept {
    std::uint64_t h = 1469598103934665603u;
    for (const char c : text) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211u;
    return h;
}

/// Text the library produced (the canonical JSON of a record) must be strict JSON itself.
inline void check_produces_valid_json(const std::string& json, std::string_view input) {
    const result<void> ok = json::validate(json);
    CALLMAP_FUZZ_CHECK(ok, "output: " + json +
                               "\nerror: " + (ok ? std::string() : ok.error().to_string()) +
                               "\ninput size: " + std::to_string(input.size()));
}

}  // namespace callmap::fuzz
