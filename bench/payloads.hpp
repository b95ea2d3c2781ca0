// The benchmark payloads. Everything large is generated here, deterministically (fixed seed);
// the small ones are the provider fixtures under tests/providers/fixtures.
//   small        Zudu's documented call (tests/providers/fixtures/zudu/documented.json),
//                pretty-printed as documented
//   small_minified  the same call minified, as APIs and webhooks send it
//   small_<p>    the documented call of every other registered provider (callmap only)
//   transcript   a long Zudu call: ~2,000 turns of 5-25 words with per-word timings, escapes
//                (\", \n, \\, \u00e9, surrogate pairs), raw UTF-8, events and a full text
//   latency      a Zudu call whose latency stages hold >= 1M float samples in total
//   mixed        an NDJSON stream of thousands of calls of every registered provider: their
//                fixtures that normalize (those with an .expected.json), minified, in a
//                seeded random order
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace bench {

/// Bytes that simdjson needs readable after the end of its input (SIMDJSON_PADDING).
inline constexpr std::size_t input_padding = 64;

struct payload {
    std::string name;  ///< "small", "transcript", "latency", "small_oca", ...
    std::string provider;
    /// The JSON text. Its capacity exceeds its size by at least input_padding, so that
    /// simdjson can read it in place (callmap needs no padding).
    std::string text;
    std::string_view view() const noexcept { return text; }
};

struct mixed_stream {
    std::string text;  ///< NDJSON: one minified call per line
    struct line {
        std::string_view json;  ///< into text, without the newline
        std::string_view provider;
    };
    std::vector<line> lines;
    std::size_t json_bytes = 0;  ///< sum of the lines' sizes
};

struct payload_options {
    double scale = 1.0;        ///< multiplies turns, latency samples and stream length
    std::string fixtures_dir;  ///< tests/providers/fixtures
    /// The registered providers (static strings: callmap's registry); "zudu" must be one.
    std::vector<std::string_view> providers;
};

struct payload_set {
    payload small;                   ///< Zudu, filled by every library
    payload small_minified;          ///< Zudu, filled by every library
    payload transcript;              ///< Zudu, filled by every library
    payload latency;                 ///< Zudu, filled by every library
    std::vector<payload> providers;  ///< small_<provider> for the other providers
    mixed_stream mixed;

    /// The payloads every library fills (the parse/<payload>/<library> rows), in table order.
    std::vector<const payload*> shared() const {
        return {&small, &small_minified, &transcript, &latency};
    }
};

/// Builds every payload; throws std::runtime_error when a fixture cannot be read.
payload_set make_payloads(const payload_options& options);

/// `json` without insignificant whitespace (the input must be valid JSON).
std::string minify(std::string_view json);

/// A copy of `text` whose capacity leaves input_padding bytes after the end.
std::string padded_copy(std::string_view text);

}  // namespace bench
