// Differential fuzz target: callmap::json::validate must agree with established strict JSON
// parsers on every input — Boost.JSON's parse (header-only, built into this target) and, when
// found at configure time, simdjson's DOM parser (CALLMAP_FUZZ_HAVE_SIMDJSON).
//
// Known, documented differences are excluded, and only those:
//   * Boost.JSON refuses exponents it cannot represent (error::exponent_overflow, e.g.
//     `1e99999999999999999999`); RFC 8259's grammar allows them and callmap accepts them
//     (validation is grammar; converting such a number is an error of the typed reader).
//   * simdjson refuses numbers outside the double range and integers outside 64 bits
//     (NUMBER_ERROR in simdjson 3.0), which the grammar allows; for those verdicts Boost.JSON
//     decides alone.
// Depth limits are set equal (1024), and both peers are given unpadded, exact-size input.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <boost/json/src.hpp>

#if CALLMAP_FUZZ_HAVE_SIMDJSON
#include <simdjson.h>
#endif

#include "callmap/json/validate.hpp"
#include "common.hpp"

namespace {

enum class verdict {
    accept,
    refuse,
    unknown
};

const char* name(verdict v) {
    return v == verdict::accept ? "accept" : v == verdict::refuse ? "refuse" : "unknown";
}

verdict boost_json(std::string_view input, std::string& why) {
    boost::json::parse_options options;
    options.max_depth = 1024;
    unsigned char buffer[4096];
    boost::json::monotonic_resource memory(buffer, sizeof buffer);
    boost::json::error_code ec;
    boost::json::parse(boost::json::string_view(input.data(), input.size()), ec, &memory, options);
    if (!ec) return verdict::accept;
    why = ec.message();
    if (ec == boost::json::error::exponent_overflow) return verdict::unknown;
    return verdict::refuse;
}

#if CALLMAP_FUZZ_HAVE_SIMDJSON
verdict simdjson_dom(std::string_view input, std::string& why) {
    static simdjson::dom::parser parser(/*max_capacity=*/std::size_t{1} << 28);
    const simdjson::padded_string padded(input.data(), input.size());
    const auto doc = parser.parse(padded);
    if (!doc.error()) return verdict::accept;
    why = simdjson::error_message(doc.error());
    switch (doc.error()) {
        case simdjson::NUMBER_ERROR:
        case simdjson::CAPACITY: return verdict::unknown;
        default: return verdict::refuse;
    }
}
#endif

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input = callmap::fuzz::as_text(data, size);
    const callmap::result<void> ours = callmap::json::validate(input);
    const verdict mine = ours ? verdict::accept : verdict::refuse;
    const std::string our_text = ours ? "accepted" : ours.error().to_string();

    std::string why;
    const verdict boost = boost_json(input, why);
    CALLMAP_FUZZ_CHECK(boost == verdict::unknown || boost == mine, std::string("Boost.JSON: ") +
                                                                       name(boost) + " (" + why +
                                                                       "); callmap: " + our_text);
#if CALLMAP_FUZZ_HAVE_SIMDJSON
    std::string simd_why;
    const verdict simd = simdjson_dom(input, simd_why);
    CALLMAP_FUZZ_CHECK(simd == verdict::unknown || simd == mine, std::string("simdjson: ") +
                                                                     name(simd) + " (" + simd_why +
                                                                     "); callmap: " + our_text);
#endif
    return 0;
}
