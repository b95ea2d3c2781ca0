// Fuzz target: reader::skip_value and read_raw_value, against the reader's token API.
//
// A walker reads the document through the token API (object_start / object_key / read_string /
// read_number_text / ...) and, at values chosen by a hash of their offset, hands over to
// skip_value instead — at every depth, inside objects and arrays. Invariants:
//   * the walk accepts exactly what validate accepts, and where both refuse, with the same
//     error code at the same byte (skip_value and the token API implement one grammar);
//   * skip_value leaves the depth where it found it; read_raw_value's text is itself valid JSON;
//   * decoded strings and keys are valid UTF-8;
//   * number conversions agree: an exact int64 converts to the same double, and exact micros
//     are within rounding of the double.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "callmap/arena.hpp"
#include "callmap/json/number.hpp"
#include "callmap/json/reader.hpp"
#include "callmap/json/utf8.hpp"
#include "callmap/json/validate.hpp"
#include "common.hpp"

namespace {

using callmap::error_code;
using callmap::json::reader;

void check_number(std::string_view text) {
    namespace d = callmap::json::detail;
    const char* end = text.data() + text.size();
    const d::number_scan s = d::scan_number(text.data(), end);
    CALLMAP_FUZZ_CHECK(s.error == error_code::ok && s.end == end, std::string(text));
    double dbl = 0;
    const bool has_double = d::to_double(text.data(), s, dbl);
    std::int64_t i = 0;
    if (d::to_integer(text.data(), s, i) == error_code::ok) {
        CALLMAP_FUZZ_CHECK(has_double && dbl == static_cast<double>(i), std::string(text));
    }
    std::int64_t micros = 0;
    if (callmap::json::parse_decimal_micros(text, micros) == error_code::ok && has_double) {
        const double expected = dbl * 1e6;
        const double tolerance = 1.0 + std::fabs(expected) * 1e-12;
        CALLMAP_FUZZ_CHECK(std::fabs(expected - static_cast<double>(micros)) <= tolerance,
                           std::string(text) + " -> " + std::to_string(micros));
    }
}

struct walker {
    reader& r;
    std::uint64_t seed;

    bool skip_here() const noexcept {
        std::uint64_t x = seed ^ (r.offset() * 0x9E3779B97F4A7C15u);
        x ^= x >> 29;
        x *= 0xBF58476D1CE4E5B9u;
        x ^= x >> 32;
        return (x & 3u) == 0;
    }

    bool value() {
        const char c = r.peek();
        if (skip_here()) {
            const std::uint32_t depth = r.depth();
            std::string_view raw;
            if (!r.read_raw_value(raw)) return false;
            CALLMAP_FUZZ_CHECK(r.depth() == depth, "skip_value changed the depth");
            const callmap::result<void> alone = callmap::json::validate(raw);
            CALLMAP_FUZZ_CHECK(alone, std::string(raw) + "\n" +
                                          (alone ? std::string() : alone.error().to_string()));
            return true;
        }
        switch (c) {
            case '{': {
                bool more = false;
                if (!r.object_start(more)) return false;
                while (more) {
                    std::string_view key;
                    if (!r.object_key(key)) return false;
                    CALLMAP_FUZZ_CHECK(callmap::json::is_valid_utf8(key), "key not UTF-8");
                    if (!value() || !r.object_next(more)) return false;
                }
                return true;
            }
            case '[': {
                bool more = false;
                if (!r.array_start(more)) return false;
                while (more) {
                    if (!value() || !r.array_next(more)) return false;
                }
                return true;
            }
            case '"': {
                std::string_view text;
                if (!r.read_string(text)) return false;
                CALLMAP_FUZZ_CHECK(callmap::json::is_valid_utf8(text), "string not UTF-8");
                return true;
            }
            case 't':
            case 'f': {
                bool b = false;
                return r.read_bool(b);
            }
            case 'n': return r.read_null();
            default: {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    std::string_view text;
                    if (!r.read_number_text(text)) return false;
                    check_number(text);
                    return true;
                }
                return r.skip_value();  // reports the error skip_value reports
            }
        }
    }
};

void walk_and_compare(std::string_view input, const callmap::parse_options& options,
                      std::uint64_t seed) {
    callmap::arena memory;
    reader r(input, memory, options);
    walker w{r, seed};
    const bool walked = r.document_start() && w.value() && r.document_end();
    const callmap::result<void> valid = callmap::json::validate(input, options);
    CALLMAP_FUZZ_CHECK(walked == bool(valid),
                       walked ? valid.error().to_string() : r.make_error().to_string());
    if (!walked) {
        const callmap::parse_error e = r.make_error();
        callmap::fuzz::check_error(e, input);
        CALLMAP_FUZZ_CHECK(e.code == valid.error().code && e.offset == valid.error().offset,
                           "walk: " + e.to_string() + "\nvalidate: " + valid.error().to_string());
    } else {
        CALLMAP_FUZZ_CHECK(r.depth() == 0, "depth not back to 0");
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input = callmap::fuzz::as_text(data, size);
    const std::uint64_t h = callmap::fuzz::hash(input);
    walk_and_compare(input, {}, h);
    callmap::parse_options shallow;
    shallow.max_depth = 1 + static_cast<std::uint32_t>(h % 6);
    walk_and_compare(input, shallow, h >> 7);
    return 0;
}
