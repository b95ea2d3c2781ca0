// JSON strings: detail::scan_string (validation, closing quote, error class and position),
// detail::decode_string (escape decoding), and reader::read_string (views into the input for
// plain strings, decoded copies in the arena for escaped ones).
#include "callmap/json/string.hpp"

#include <gtest/gtest.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <memory>
#include <ostream>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "callmap/arena.hpp"
#include "callmap/error.hpp"
#include "callmap/json/detail/block_scan.hpp"
#include "callmap/json/reader.hpp"
#include "callmap/options.hpp"
#include "support/concat.hpp"

namespace callmap {
// Lets GoogleTest print an error_code by name instead of as a raw byte.
void PrintTo(error_code code, std::ostream* os) {
    *os << "error_code(" << static_cast<int>(code) << ": " << describe(code) << ')';
}
}  // namespace callmap

namespace {

using namespace std::literals;
using callmap::error_code;

/// A heap copy of `text` with no spare byte after it: AddressSanitizer reports any read past
/// the end, so the block scanner's "no padding demanded" promise is checked by every case.
class exact_copy {
public:
    explicit exact_copy(std::string_view text)
        : bytes_(std::make_unique<char[]>(text.size())), size_(text.size()) {
        if (size_ != 0) std::memcpy(bytes_.get(), text.data(), size_);
    }
    const char* begin() const noexcept { return bytes_.get(); }
    const char* end() const noexcept { return bytes_.get() + size_; }
    std::string_view view() const noexcept { return {bytes_.get(), size_}; }
    /// True when `p` points into this buffer (or one past its end).
    bool holds(const char* p) const noexcept {
        return !std::less<const char*>{}(p, begin()) && !std::less<const char*>{}(end(), p);
    }

private:
    std::unique_ptr<char[]> bytes_;
    std::size_t size_;
};

/// Escapes bytes that would be unreadable in a failure message.
std::string printable(std::string_view text) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : text) {
        const auto b = static_cast<unsigned char>(c);
        if (b < 0x20 || b >= 0x7F) {
            out += "\\x";
            out += hex[b >> 4];
            out += hex[b & 0xF];
        } else {
            out += c;
        }
    }
    return out;
}

/// Names a parameterized test after its case.
template <class Case>
std::string case_name(const ::testing::TestParamInfo<Case>& test) {
    return test.param.name;
}

/// What reader::read_string did with one document.
struct read_outcome {
    bool ok = false;
    std::string_view value;
    error_code error = error_code::ok;
    std::size_t error_offset = 0;
    std::size_t offset = 0;  ///< the reader's position afterwards
};

read_outcome read_string(std::string_view document, callmap::arena& memory) {
    const callmap::parse_options options;
    callmap::json::reader r(document, memory, options);
    read_outcome out;
    out.ok = r.read_string(out.value);
    out.error = r.error();
    if (!out.ok) out.error_offset = r.error_offset();
    out.offset = r.offset();
    return out;
}

// --- valid strings ---------------------------------------------------------------------------

struct valid_case {
    const char* name;
    std::string_view body;     ///< the text between the quotes, as written in the JSON
    std::string_view decoded;  ///< the string it stands for
};

void PrintTo(const valid_case& c, std::ostream* os) {
    *os << c.name << ": \"" << printable(c.body) << '"';
}

bool has_backslash(std::string_view body) {
    return body.find('\\') != std::string_view::npos;
}

const valid_case valid_cases[] = {
    {"empty", ""sv, ""sv},
    {"ascii", "hello, world"sv, "hello, world"sv},
    {"quote", "\\\""sv, "\""sv},
    {"backslash", "\\\\"sv, "\\"sv},
    {"solidus", "\\/"sv, "/"sv},
    {"unescaped_solidus", "a/b"sv, "a/b"sv},
    {"backspace", "\\b"sv, "\b"sv},
    {"form_feed", "\\f"sv, "\f"sv},
    {"line_feed", "\\n"sv, "\n"sv},
    {"carriage_return", "\\r"sv, "\r"sv},
    {"tab", "\\t"sv, "\t"sv},
    {"u0000", "\\u0000"sv, "\0"sv},
    {"u0041", "\\u0041"sv, "A"sv},
    {"u001f", "\\u001f"sv, "\x1F"sv},
    {"u007f", "\\u007f"sv, "\x7F"sv},
    {"u0080", "\\u0080"sv, "\xC2\x80"sv},
    {"u00e9_lower", "\\u00e9"sv, "\xC3\xA9"sv},
    {"u00E9_upper", "\\u00E9"sv, "\xC3\xA9"sv},
    {"u07ff", "\\u07ff"sv, "\xDF\xBF"sv},
    {"u0800", "\\u0800"sv, "\xE0\xA0\x80"sv},
    {"u20ac_lower", "\\u20ac"sv, "\xE2\x82\xAC"sv},
    {"u20AC_upper", "\\u20AC"sv, "\xE2\x82\xAC"sv},
    {"uD7FF", "\\uD7FF"sv, "\xED\x9F\xBF"sv},
    {"uE000", "\\uE000"sv, "\xEE\x80\x80"sv},
    {"uFFFF", "\\uFFFF"sv, "\xEF\xBF\xBF"sv},
    {"pair_upper", "\\uD83D\\uDE00"sv, "\xF0\x9F\x98\x80"sv},
    {"pair_lower", "\\ud83d\\ude00"sv, "\xF0\x9F\x98\x80"sv},
    {"pair_mixed_case", "\\uD83d\\udE00"sv, "\xF0\x9F\x98\x80"sv},
    {"pair_first", "\\uD800\\uDC00"sv, "\xF0\x90\x80\x80"sv},
    {"pair_last", "\\uDBFF\\uDFFF"sv, "\xF4\x8F\xBF\xBF"sv},
    {"raw_7f", "\x7F"sv, "\x7F"sv},
    {"raw_2_byte", "\xC3\xA9"sv, "\xC3\xA9"sv},
    {"raw_3_byte", "\xE2\x82\xAC"sv, "\xE2\x82\xAC"sv},
    {"raw_4_byte", "\xF0\x9F\x98\x80"sv, "\xF0\x9F\x98\x80"sv},
    {"raw_mixed", "caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80!"sv,
     "caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80!"sv},
    {"every_short_escape", "a\\\"b\\\\c\\/d\\be\\ff\\ng\\rh\\ti"sv, "a\"b\\c/d\be\ff\ng\rh\ti"sv},
    {"escaped_backslash_then_u", "\\\\u0041"sv, "\\u0041"sv},
    {"escape_then_raw_utf8", "\\u00e9\xC3\xA9\\n"sv, "\xC3\xA9\xC3\xA9\n"sv},
    {"pair_between_text", "x\\uD83D\\uDE00y"sv, "x\xF0\x9F\x98\x80y"sv},
    {"long_escaped",
     "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\\n"
     "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\\u20ac"sv,
     "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n"
     "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\xE2\x82\xAC"sv},
};

class valid_string : public ::testing::TestWithParam<valid_case> {};

TEST_P(valid_string, scan_stops_at_the_closing_quote) {
    const valid_case& c = GetParam();
    const exact_copy text(std::string(c.body) + "\"");
    const auto s = callmap::json::detail::scan_string(text.begin(), text.end());
    EXPECT_EQ(s.error, error_code::ok);
    EXPECT_EQ(s.close, text.begin() + c.body.size());
    EXPECT_EQ(s.error_at, nullptr);
    EXPECT_EQ(s.has_escapes, has_backslash(c.body));
}

TEST_P(valid_string, decode_writes_the_exact_bytes) {
    const valid_case& c = GetParam();
    const exact_copy text(c.body);
    // exactly the encoded size: the decoder promises never to write more
    const auto out = std::make_unique<char[]>(c.body.size());
    const std::size_t n = callmap::json::detail::decode_string(text.begin(), text.end(), out.get());
    EXPECT_EQ(std::string_view(out.get(), n), c.decoded);
}

/// Reads a valid case followed by `padding`, with `memory` as it is; checks the value, where it
/// lives, and the arena bytes it keeps when it has escapes.
void expect_valid_read(const valid_case& c, callmap::arena& memory, std::size_t padding,
                       std::size_t escaped_arena_bytes) {
    const exact_copy document(support::concat("\"", c.body, "\"", std::string(padding, ' ')));
    const std::size_t used_before = memory.bytes_used();
    const read_outcome r = read_string(document.view(), memory);
    ASSERT_TRUE(r.ok) << "error " << static_cast<int>(r.error) << " at " << r.error_offset;
    EXPECT_EQ(r.value, c.decoded);
    EXPECT_EQ(r.offset, c.body.size() + 2);
    if (has_backslash(c.body)) {
        EXPECT_FALSE(document.holds(r.value.data()));
        EXPECT_EQ(memory.bytes_used() - used_before, escaped_arena_bytes);
    } else {
        EXPECT_EQ(r.value.data(), document.begin() + 1);
        EXPECT_EQ(memory.bytes_used(), used_before);
    }
}

TEST_P(valid_string, reader_returns_a_view_into_the_input_or_a_decoded_copy) {
    const valid_case& c = GetParam();
    // a fresh arena has no block to decode into while scanning: the string is scanned, then
    // decoded into an allocation of its encoded size
    callmap::arena memory;
    expect_valid_read(c, memory, 0, c.body.size());
}

INSTANTIATE_TEST_SUITE_P(string, valid_string, ::testing::ValuesIn(valid_cases),
                         case_name<valid_case>);

// --- invalid strings -------------------------------------------------------------------------

struct invalid_case {
    const char* name;
    std::string_view document;  ///< starts with the opening quote
    error_code code;
    std::size_t offset;  ///< of the error, from the opening quote
};

void PrintTo(const invalid_case& c, std::ostream* os) {
    *os << c.name << ": " << printable(c.document);
}

const invalid_case invalid_cases[] = {
    // escapes that do not exist
    {"escape_x", "\"\\x\""sv, error_code::invalid_escape, 1},
    {"escape_x_after_text", "\"ab\\x\""sv, error_code::invalid_escape, 3},
    {"escape_a", "\"\\a\""sv, error_code::invalid_escape, 1},
    {"escape_apostrophe", "\"\\'\""sv, error_code::invalid_escape, 1},
    {"escape_zero", "\"\\0\""sv, error_code::invalid_escape, 1},
    {"escape_upper_u", "\"\\U0041\""sv, error_code::invalid_escape, 1},
    {"escape_space", "\"\\ \""sv, error_code::invalid_escape, 1},
    {"escape_newline", "\"\\\n\""sv, error_code::invalid_escape, 1},
    {"escape_non_ascii", "\"\\\xC3\xA9\""sv, error_code::invalid_escape, 1},
    // \u with fewer than 4 hex digits, or a non-hex digit
    {"u_two_digits", "\"\\u12\""sv, error_code::invalid_unicode_escape, 1},
    {"u_two_digits_then_text", "\"\\u12\" , 1"sv, error_code::invalid_unicode_escape, 1},
    {"u_no_digits", "\"\\u\""sv, error_code::invalid_unicode_escape, 1},
    {"u_g_third", "\"\\u12G4\""sv, error_code::invalid_unicode_escape, 1},
    {"u_g_first", "\"\\uG123\""sv, error_code::invalid_unicode_escape, 1},
    {"u_g_last", "\"\\u123g\""sv, error_code::invalid_unicode_escape, 1},
    {"u_sign", "\"\\u-123\""sv, error_code::invalid_unicode_escape, 1},
    {"u_space", "\"\\u 123\""sv, error_code::invalid_unicode_escape, 1},
    {"u_after_text", "\"abc\\u00\""sv, error_code::invalid_unicode_escape, 4},
    // surrogates that do not form a pair
    {"high_alone", "\"\\uD800\""sv, error_code::lone_surrogate, 1},
    {"high_then_text", "\"\\uD800abcdefgh\""sv, error_code::lone_surrogate, 1},
    {"high_then_u0041", "\"\\uD800\\u0041\""sv, error_code::lone_surrogate, 1},
    {"high_then_high", "\"\\uD800\\uD800\""sv, error_code::lone_surrogate, 1},
    {"high_then_last_high", "\"\\uD83D\\uDBFF\""sv, error_code::lone_surrogate, 1},
    {"high_then_uE000", "\"\\uD83D\\uE000\""sv, error_code::lone_surrogate, 1},
    {"high_then_short_escape", "\"\\uD83D\\n\""sv, error_code::lone_surrogate, 1},
    {"high_then_raw_low", "\"\\uD83D\xED\xB8\x80\""sv, error_code::lone_surrogate, 1},
    {"last_high_alone", "\"\\uDBFF\""sv, error_code::lone_surrogate, 1},
    {"high_after_text", "\"ab\\uD83Dx\""sv, error_code::lone_surrogate, 3},
    {"low_alone", "\"\\uDC00\""sv, error_code::lone_surrogate, 1},
    {"last_low_alone", "\"\\uDFFF\""sv, error_code::lone_surrogate, 1},
    {"low_then_high", "\"\\uDE00\\uD83D\""sv, error_code::lone_surrogate, 1},
    {"low_after_pair", "\"\\uD83D\\uDE00\\uDE00\""sv, error_code::lone_surrogate, 13},
    {"high_then_bad_hex", "\"\\uD83D\\uDE0G\""sv, error_code::invalid_unicode_escape, 1},
    {"high_then_short_hex", "\"\\uD83D\\uDE0\""sv, error_code::invalid_unicode_escape, 1},
    // unescaped control characters (0x7F is allowed: see valid_cases)
    {"raw_nul", "\"\0\""sv, error_code::control_character_in_string, 1},
    {"raw_tab", "\"a\tb\""sv, error_code::control_character_in_string, 2},
    {"raw_line_feed", "\"abc\n\""sv, error_code::control_character_in_string, 4},
    {"raw_1f", "\"\x1F\""sv, error_code::control_character_in_string, 1},
    {"raw_control_after_escape", "\"\\n\x01\""sv, error_code::control_character_in_string, 3},
    // the input ends inside the string
    {"unterminated_empty", "\""sv, error_code::unexpected_end, 1},
    {"unterminated_text", "\"abc"sv, error_code::unexpected_end, 4},
    {"unterminated_utf8", "\"\xC3\xA9"sv, error_code::unexpected_end, 3},
    {"unterminated_after_escape", "\"\\n"sv, error_code::unexpected_end, 3},
    {"unterminated_after_pair", "\"\\uD83D\\uDE00"sv, error_code::unexpected_end, 13},
    {"unterminated_long",
     "\"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123"sv,
     error_code::unexpected_end, 69},
    {"escaped_closing_quote", "\"abc\\\""sv, error_code::unexpected_end, 6},
    // the input ends inside an escape
    {"truncated_backslash", "\"\\"sv, error_code::unexpected_end, 2},
    {"truncated_u", "\"\\u"sv, error_code::unexpected_end, 3},
    {"truncated_u_1", "\"\\u0"sv, error_code::unexpected_end, 4},
    {"truncated_u_3", "\"\\u00e"sv, error_code::unexpected_end, 6},
    {"truncated_u_bad_digit", "\"\\u0x"sv, error_code::invalid_unicode_escape, 1},
    {"truncated_after_high", "\"\\uD83D"sv, error_code::unexpected_end, 7},
    {"truncated_after_high_backslash", "\"\\uD83D\\"sv, error_code::unexpected_end, 8},
    {"truncated_after_high_u", "\"\\uD83D\\u"sv, error_code::unexpected_end, 9},
    {"truncated_in_low", "\"\\uD83D\\uDE0"sv, error_code::unexpected_end, 12},
    {"truncated_high_then_text", "\"\\uD83Dx"sv, error_code::lone_surrogate, 1},
    {"truncated_high_then_short", "\"\\uD83D\\n"sv, error_code::lone_surrogate, 1},
    {"truncated_low_bad_digit", "\"\\uD83D\\uDx"sv, error_code::invalid_unicode_escape, 1},
};

class invalid_string : public ::testing::TestWithParam<invalid_case> {};

TEST_P(invalid_string, scan_reports_the_error_class_and_position) {
    const invalid_case& c = GetParam();
    const exact_copy text(c.document.substr(1));
    const auto s = callmap::json::detail::scan_string(text.begin(), text.end());
    EXPECT_EQ(s.error, c.code);
    ASSERT_NE(s.error_at, nullptr);
    EXPECT_EQ(s.error_at - text.begin(), static_cast<std::ptrdiff_t>(c.offset) - 1);
}

TEST_P(invalid_string, reader_reports_the_error_class_and_offset) {
    const invalid_case& c = GetParam();
    const exact_copy document(c.document);
    callmap::arena memory;
    const read_outcome r = read_string(document.view(), memory);
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.error, c.code);
    EXPECT_EQ(r.error_offset, c.offset);
    EXPECT_EQ(r.offset, 0u);  // nothing consumed
}

INSTANTIATE_TEST_SUITE_P(string, invalid_string, ::testing::ValuesIn(invalid_cases),
                         case_name<invalid_case>);

TEST(string_control_characters, every_byte_below_0x20_is_refused_and_0x7f_is_not) {
    callmap::arena memory;
    for (int b = 0; b <= 0x7F; ++b) {
        const char c = static_cast<char>(b);
        const bool control = b < 0x20;
        if (b == '"' || b == '\\') continue;  // not plain characters
        for (const std::size_t prefix : {std::size_t{0}, std::size_t{3}, std::size_t{70}}) {
            const std::string body = std::string(prefix, 'a') + c + "z";
            const exact_copy document("\"" + body + "\"");
            memory.reset();
            const read_outcome r = read_string(document.view(), memory);
            SCOPED_TRACE("byte " + std::to_string(b) + " after " + std::to_string(prefix));
            if (control) {
                EXPECT_FALSE(r.ok);
                EXPECT_EQ(r.error, error_code::control_character_in_string);
                EXPECT_EQ(r.error_offset, prefix + 1);
            } else {
                EXPECT_TRUE(r.ok);
                EXPECT_EQ(r.value, body);
            }
        }
    }
}

// --- every position relative to the scanner's blocks -----------------------------------------

/// A piece inserted into a run of 'a's, and what the reader must make of it.
struct insert_case {
    const char* name;
    std::string_view piece;
    error_code code;           ///< ok when the string is valid
    std::string_view decoded;  ///< what the piece decodes to (when valid)
};

const insert_case insert_cases[] = {
    {"short_escape", "\\n"sv, error_code::ok, "\n"sv},
    {"quote_escape", "\\\""sv, error_code::ok, "\""sv},
    {"u_escape", "\\u20ac"sv, error_code::ok, "\xE2\x82\xAC"sv},
    {"surrogate_pair", "\\uD83D\\uDE00"sv, error_code::ok, "\xF0\x9F\x98\x80"sv},
    {"raw_2_byte", "\xC3\xA9"sv, error_code::ok, "\xC3\xA9"sv},
    {"raw_3_byte", "\xE2\x82\xAC"sv, error_code::ok, "\xE2\x82\xAC"sv},
    {"raw_4_byte", "\xF0\x9F\x98\x80"sv, error_code::ok, "\xF0\x9F\x98\x80"sv},
    {"raw_7f", "\x7F"sv, error_code::ok, "\x7F"sv},
    {"nul", "\0"sv, error_code::control_character_in_string, ""sv},
    {"control_1f", "\x1F"sv, error_code::control_character_in_string, ""sv},
    {"invalid_escape", "\\x"sv, error_code::invalid_escape, ""sv},
    {"lone_surrogate", "\\uDC00"sv, error_code::lone_surrogate, ""sv},
    {"bad_utf8_ff", "\xFF"sv, error_code::invalid_utf8, ""sv},
    {"bad_utf8_overlong", "\xC0\x80"sv, error_code::invalid_utf8, ""sv},
    {"bad_utf8_truncated", "\xE2\x82"sv, error_code::invalid_utf8, ""sv},
    {"bad_utf8_continuation", "\x80"sv, error_code::invalid_utf8, ""sv},
};

// Lengths 0..200 cross every block boundary of every scanner width (8, 16, 32 and 64 bytes).
constexpr std::size_t max_sweep_length = 200;

TEST(string_block_boundaries, a_piece_at_every_position_of_every_length) {
    callmap::arena memory;
    for (const insert_case& c : insert_cases) {
        for (std::size_t length = 0; length <= max_sweep_length; ++length) {
            for (std::size_t at = 0; at <= length; ++at) {
                const std::string before(at, 'a');
                const std::string after(length - at, 'b');
                const std::string body = before + std::string(c.piece) + after;
                const exact_copy document("\"" + body + "\"");
                memory.reset();
                const read_outcome r = read_string(document.view(), memory);
                const auto where = [&] {
                    return std::string(c.name) + " at " + std::to_string(at) + " of " +
                           std::to_string(length);
                };
                if (c.code == error_code::ok) {
                    ASSERT_TRUE(r.ok) << where();
                    ASSERT_EQ(r.value, before + std::string(c.decoded) + after) << where();
                    ASSERT_EQ(r.offset, body.size() + 2) << where();
                    const bool in_place = !has_backslash(c.piece);
                    ASSERT_EQ(r.value.data() == document.begin() + 1, in_place) << where();
                } else {
                    ASSERT_FALSE(r.ok) << where();
                    ASSERT_EQ(r.error, c.code) << where();
                    ASSERT_EQ(r.error_offset, at + 1) << where();
                }
            }
        }
    }
}

TEST(string_block_boundaries, two_escapes_a_byte_a_block_or_more_apart_decode_exactly) {
    // decode_string copies whole blocks between escapes; the second escape lands in the same
    // block, the next one, or past it
    callmap::arena memory;
    for (const std::size_t gap : {std::size_t{0}, std::size_t{1}, std::size_t{63}, std::size_t{64},
                                  std::size_t{65}, std::size_t{130}}) {
        for (std::size_t at = 0; at <= 140; ++at) {
            const std::string body =
                std::string(at, 'a') + "\\t" + std::string(gap, 'b') + "\\u00e9" + "cc";
            const std::string expected =
                std::string(at, 'a') + "\t" + std::string(gap, 'b') + "\xC3\xA9" + "cc";
            const exact_copy document("\"" + body + "\"");
            memory.reset();
            const read_outcome r = read_string(document.view(), memory);
            ASSERT_TRUE(r.ok) << at << " " << gap;
            ASSERT_EQ(r.value, expected) << at << " " << gap;
        }
    }
}

TEST(string_block_boundaries, the_closing_quote_at_every_position) {
    callmap::arena memory;
    for (std::size_t length = 0; length <= max_sweep_length; ++length) {
        for (std::size_t at = 0; at <= length; ++at) {
            // a string of `at` characters followed by more text after its closing quote
            const std::string text =
                support::concat("\"", std::string(at, 'a'), "\"", std::string(length - at, 'c'));
            const exact_copy document(text);
            memory.reset();
            const read_outcome r = read_string(document.view(), memory);
            ASSERT_TRUE(r.ok) << at << " of " << length;
            ASSERT_EQ(r.value, std::string(at, 'a')) << at << " of " << length;
            ASSERT_EQ(r.value.data(), document.begin() + 1) << at << " of " << length;
            ASSERT_EQ(r.offset, at + 2) << at << " of " << length;
        }
    }
}

TEST(string_block_boundaries, an_unterminated_string_of_every_length) {
    callmap::arena memory;
    for (std::size_t length = 0; length <= max_sweep_length; ++length) {
        for (const std::string_view tail : {""sv, "\xC3\xA9"sv, "\\n"sv}) {
            const std::string text = support::concat("\"", std::string(length, 'a'), tail);
            const exact_copy document(text);
            memory.reset();
            const read_outcome r = read_string(document.view(), memory);
            ASSERT_FALSE(r.ok) << length;
            ASSERT_EQ(r.error, error_code::unexpected_end) << length;
            ASSERT_EQ(r.error_offset, text.size()) << length;
        }
    }
}

TEST(string_block_boundaries, the_scanner_width_is_one_of_the_documented_ones) {
    constexpr std::size_t width = callmap::json::detail::block_scan::width;
    EXPECT_TRUE(width == 8 || width == 16 || width == 32 || width == 64) << width;
    EXPECT_LT(width * 3, max_sweep_length);  // the sweeps cross at least three blocks
}

// --- decoding while scanning, into the arena's unused tail ------------------------------------

/// An arena whose current block has exactly `room` unused bytes.
void leave_room(callmap::arena& memory, std::size_t room) {
    memory.reset();
    if (memory.unused_tail().empty()) {
        ASSERT_NE(memory.allocate(1, 1), nullptr);
        memory.reset();
    }
    const std::size_t tail = memory.unused_tail().size();
    ASSERT_GE(tail, room);
    if (tail != room) {
        ASSERT_NE(memory.allocate(tail - room, 1), nullptr);
    }
    ASSERT_EQ(memory.unused_tail().size(), room);
}

/// Reads `document` with a fresh arena (no tail: the string is scanned, then decoded) and with
/// `room` unused bytes in the arena's block (decoded while scanned, until the room runs out);
/// both must give the same outcome.
void expect_same_outcome_with_room(const exact_copy& document, std::size_t room,
                                   const std::string& what) {
    callmap::arena fresh;
    const read_outcome expected = read_string(document.view(), fresh);
    callmap::arena warm;
    leave_room(warm, room);
    const read_outcome r = read_string(document.view(), warm);
    ASSERT_EQ(r.ok, expected.ok) << what << " room " << room;
    ASSERT_EQ(r.error, expected.error) << what << " room " << room;
    ASSERT_EQ(r.error_offset, expected.error_offset) << what << " room " << room;
    ASSERT_EQ(r.value, expected.value) << what << " room " << room;
    ASSERT_EQ(r.offset, expected.offset) << what << " room " << room;
}

/// The room sizes around every point where decoding while scanning must stop: none, less than
/// a block, exactly a block and its 4 spare bytes, and enough.
std::vector<std::size_t> interesting_rooms(std::size_t body_size) {
    constexpr std::size_t width = callmap::json::detail::block_scan::width;
    std::vector<std::size_t> rooms;
    for (std::size_t room = 0; room <= body_size + 2 * width + 8; ++room) rooms.push_back(room);
    rooms.push_back(4096);
    return rooms;
}

TEST_P(valid_string, decoded_in_the_arena_tail_it_keeps_only_its_decoded_size) {
    // with room in the block and a block of input ahead (the padding), it is decoded while
    // it is scanned
    callmap::arena memory;
    leave_room(memory, 4096);
    expect_valid_read(GetParam(), memory, 2 * callmap::json::detail::block_scan::width,
                      GetParam().decoded.size());
}

TEST_P(valid_string, every_room_in_the_arena_tail_gives_the_same_string) {
    const valid_case& c = GetParam();
    // the case three times between plain runs, so that the room runs out before, inside and
    // after its escapes
    const std::string body = std::string(c.body) + std::string(40, 'a') + std::string(c.body) +
                             std::string(70, 'b') + std::string(c.body);
    for (const std::size_t after : {std::size_t{0}, std::size_t{100}}) {
        const exact_copy document("\"" + body + "\"" + std::string(after, ' '));
        for (const std::size_t room : interesting_rooms(body.size())) {
            expect_same_outcome_with_room(document, room, c.name);
        }
    }
}

TEST_P(invalid_string, every_room_in_the_arena_tail_gives_the_same_error) {
    const invalid_case& c = GetParam();
    // behind an escape and a plain run, so that the error is met while decoding in the tail
    // (and, with padding after it, not at the end of the input)
    const std::string prefix = "\"\\t" + std::string(70, 'a');
    for (const std::size_t after : {std::size_t{0}, std::size_t{100}}) {
        const exact_copy document(prefix + std::string(c.document.substr(1)) +
                                  std::string(after, ' '));
        for (const std::size_t room : interesting_rooms(document.view().size())) {
            expect_same_outcome_with_room(document, room, c.name);
        }
    }
}

TEST(string_tail_decoding, random_strings_give_the_same_outcome_with_any_room) {
    // pieces of every kind, invalid ones rarely, in random order and number
    static constexpr std::string_view valid_pieces[] = {"a"sv,
                                                        "plain text "sv,
                                                        "0123456789abcdef0123456789abcdef"sv,
                                                        "\\n"sv,
                                                        "\\\""sv,
                                                        "\\\\"sv,
                                                        "\\/"sv,
                                                        "\\u00e9"sv,
                                                        "\\u20AC"sv,
                                                        "\\uD83D\\uDE00"sv,
                                                        "\xC3\xA9"sv,
                                                        "\xE2\x82\xAC"sv,
                                                        "\xF0\x9F\x98\x80"sv,
                                                        "\x7F"sv};
    static constexpr std::string_view invalid_pieces[] = {"\x01"sv,    "\\x"sv,         "\\uDC00"sv,
                                                          "\\uD83D"sv, "\\u12G4"sv,     "\xFF"sv,
                                                          "\xC3"sv,    "\xED\xA0\x80"sv};
    std::mt19937_64 rng(20261123);
    std::size_t failures_seen = 0;
    for (int n = 0; n < 3000; ++n) {
        std::string body;
        const auto pieces = static_cast<int>(rng() % 40);
        for (int i = 0; i < pieces; ++i) {
            if (rng() % 200 == 0) {
                body += invalid_pieces[rng() % std::size(invalid_pieces)];
            } else {
                body += valid_pieces[rng() % std::size(valid_pieces)];
            }
        }
        const bool closed = rng() % 10 != 0;
        const std::string document_text =
            "\"" + body + (closed ? "\"" : "") + std::string(rng() % 80, ' ');
        const exact_copy document(document_text);
        callmap::arena fresh;
        if (!read_string(document.view(), fresh).ok) ++failures_seen;
        const std::size_t room = rng() % (body.size() + 140);
        expect_same_outcome_with_room(document, room, "random string " + std::to_string(n));
        if (::testing::Test::HasFatalFailure()) return;
    }
    EXPECT_GT(failures_seen, 300u);  // unterminated and invalid strings were among them
}

// --- the reader around the string ------------------------------------------------------------

TEST(string_reader, skips_leading_whitespace_and_consumes_only_the_string) {
    const exact_copy document(" \t\r\n\"ab\\n\" , \"next\""sv);
    callmap::arena memory;
    const read_outcome r = read_string(document.view(), memory);
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(r.value, "ab\n");
    EXPECT_EQ(r.offset, 10u);
}

struct not_a_string_case {
    const char* name;
    std::string_view document;
    error_code code;
    std::size_t offset;
};

TEST(string_reader, refuses_a_value_that_is_not_a_string) {
    const not_a_string_case cases[] = {
        {"number", "123"sv, error_code::type_mismatch, 0},
        {"object_after_space", "  {}"sv, error_code::type_mismatch, 2},
        {"single_quotes", "'a'"sv, error_code::expected_value, 0},
        {"empty", ""sv, error_code::unexpected_end, 0},
        {"only_whitespace", " \n "sv, error_code::unexpected_end, 3},
    };
    for (const not_a_string_case& c : cases) {
        const exact_copy document(c.document);
        callmap::arena memory;
        const read_outcome r = read_string(document.view(), memory);
        EXPECT_FALSE(r.ok) << c.name;
        EXPECT_EQ(r.error, c.code) << c.name;
        EXPECT_EQ(r.error_offset, c.offset) << c.name;
    }
}

TEST(string_reader, an_escaped_string_fails_when_the_arena_limit_is_reached) {
    const exact_copy document("  \"0123456789\\n0123456789\""sv);
    callmap::arena memory(16);  // smaller than the 22 bytes the decoded copy reserves
    const read_outcome r = read_string(document.view(), memory);
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.error, error_code::arena_limit_exceeded);
    EXPECT_EQ(r.error_offset, 2u);  // the opening quote
    EXPECT_EQ(memory.bytes_reserved(), 0u);
}

TEST(string_reader, an_unescaped_string_needs_no_arena_memory) {
    const exact_copy document("\"0123456789 0123456789\""sv);
    callmap::arena memory(0);
    const read_outcome r = read_string(document.view(), memory);
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(r.value, "0123456789 0123456789");
    EXPECT_EQ(r.value.data(), document.begin() + 1);
}

TEST(string_reader, decoded_strings_stay_valid_while_more_are_read) {
    // several escaped keys and values, each decoded into the same arena
    const exact_copy document(R"({"a\n":"x\u00e9","b\t":"y\/","plain":"z"})"sv);
    const callmap::parse_options options;
    callmap::arena memory;
    callmap::json::reader r(document.view(), memory, options);
    std::vector<std::string_view> seen;
    bool more = false;
    ASSERT_TRUE(r.object_start(more));
    while (more) {
        std::string_view key, value;
        ASSERT_TRUE(r.object_key(key));
        ASSERT_TRUE(r.read_string(value));
        seen.push_back(key);
        seen.push_back(value);
        ASSERT_TRUE(r.object_next(more));
    }
    const std::vector<std::string_view> expected = {"a\n"sv, "x\xC3\xA9"sv, "b\t"sv,
                                                    "y/"sv,  "plain"sv,     "z"sv};
    EXPECT_EQ(seen, expected);
    EXPECT_EQ(seen[4].data(), document.begin() + 30);  // unescaped: in place
    EXPECT_EQ(seen[5].data(), document.begin() + 38);
}

TEST(string_reader, a_whole_document_with_default_options) {
    // the options argument defaults to a temporary: the reader must not keep a reference to it
    const exact_copy document(" \"a\\tb\" "sv);
    callmap::arena memory;
    callmap::json::reader r(document.view(), memory);
    std::string_view value;
    ASSERT_TRUE(r.document_start());
    ASSERT_TRUE(r.read_string(value));
    ASSERT_TRUE(r.document_end());
    EXPECT_EQ(value, "a\tb");
    EXPECT_EQ(r.options().max_depth, callmap::parse_options{}.max_depth);
}

}  // namespace
