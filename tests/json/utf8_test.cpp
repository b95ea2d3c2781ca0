// UTF-8 validation: callmap::json::is_valid_utf8, detail::utf8_sequence_length and
// detail::encode_utf8 against the Unicode rules (table 3-7: no overlongs, no surrogates,
// nothing above U+10FFFF, no truncated sequences), and the same bytes inside a JSON string.
#include "callmap/json/utf8.hpp"

#include <gtest/gtest.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

#include "callmap/arena.hpp"
#include "callmap/error.hpp"
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
using callmap::json::is_valid_utf8;
using callmap::json::detail::encode_utf8;
using callmap::json::detail::utf8_sequence_length;

/// A heap copy of `text` with no spare byte after it: AddressSanitizer reports any read past
/// the end.
class exact_copy {
public:
    explicit exact_copy(std::string_view text)
        : bytes_(std::make_unique<char[]>(text.size())), size_(text.size()) {
        if (size_ != 0) std::memcpy(bytes_.get(), text.data(), size_);
    }
    const char* begin() const noexcept { return bytes_.get(); }
    const char* end() const noexcept { return bytes_.get() + size_; }
    std::string_view view() const noexcept { return {bytes_.get(), size_}; }

private:
    std::unique_ptr<char[]> bytes_;
    std::size_t size_;
};

std::string hex_bytes(std::string_view text) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : text) {
        const auto b = static_cast<unsigned char>(c);
        if (!out.empty()) out += ' ';
        out += hex[b >> 4];
        out += hex[b & 0xF];
    }
    return out;
}

template <class Case>
std::string case_name(const ::testing::TestParamInfo<Case>& test) {
    return test.param.name;
}

/// utf8_sequence_length on an exact copy of `bytes` (whose first byte is >= 0x80).
std::size_t sequence_length(std::string_view bytes) {
    const exact_copy text(bytes);
    return utf8_sequence_length(text.begin(), text.end());
}

bool valid(std::string_view bytes) {
    return is_valid_utf8(exact_copy(bytes).view());
}

// --- multi-byte sequences, including every boundary of table 3-7 ---------------------------------

TEST(utf8_encode, code_points_below_0x80_are_one_byte) {
    for (std::uint32_t cp = 0; cp < 0x80; ++cp) {
        std::array<char, 4> out{};
        ASSERT_EQ(encode_utf8(cp, out.data()), 1u) << cp;
        EXPECT_EQ(static_cast<unsigned char>(out[0]), cp) << cp;
    }
}

struct valid_case {
    const char* name;
    std::uint32_t code_point;
    std::string_view bytes;
};

void PrintTo(const valid_case& c, std::ostream* os) {
    *os << c.name << ": " << hex_bytes(c.bytes);
}

const valid_case valid_cases[] = {
    {"u0080_first_2_byte", 0x0080, "\xC2\x80"sv},
    {"u00e9", 0x00E9, "\xC3\xA9"sv},
    {"u07ff_last_2_byte", 0x07FF, "\xDF\xBF"sv},
    {"u0800_first_3_byte", 0x0800, "\xE0\xA0\x80"sv},
    {"u0fff_last_e0", 0x0FFF, "\xE0\xBF\xBF"sv},
    {"u1000_first_e1", 0x1000, "\xE1\x80\x80"sv},
    {"u20ac", 0x20AC, "\xE2\x82\xAC"sv},
    {"ucfff_last_ec", 0xCFFF, "\xEC\xBF\xBF"sv},
    {"ud000_first_ed", 0xD000, "\xED\x80\x80"sv},
    {"ud7ff_before_surrogates", 0xD7FF, "\xED\x9F\xBF"sv},
    {"ue000_after_surrogates", 0xE000, "\xEE\x80\x80"sv},
    {"ufdd0_noncharacter", 0xFDD0, "\xEF\xB7\x90"sv},
    {"ufeff_bom", 0xFEFF, "\xEF\xBB\xBF"sv},
    {"ufffd_replacement", 0xFFFD, "\xEF\xBF\xBD"sv},
    {"uffff_last_3_byte", 0xFFFF, "\xEF\xBF\xBF"sv},
    {"u10000_first_4_byte", 0x10000, "\xF0\x90\x80\x80"sv},
    {"u1f600", 0x1F600, "\xF0\x9F\x98\x80"sv},
    {"u3ffff_last_f0", 0x3FFFF, "\xF0\xBF\xBF\xBF"sv},
    {"u40000_first_f1", 0x40000, "\xF1\x80\x80\x80"sv},
    {"ufffff_last_f3", 0xFFFFF, "\xF3\xBF\xBF\xBF"sv},
    {"u100000_first_f4", 0x100000, "\xF4\x80\x80\x80"sv},
    {"u10ffff_last", 0x10FFFF, "\xF4\x8F\xBF\xBF"sv},
};

class valid_utf8 : public ::testing::TestWithParam<valid_case> {};

TEST_P(valid_utf8, is_valid_alone_and_between_ascii) {
    const valid_case& c = GetParam();
    EXPECT_TRUE(valid(c.bytes));
    EXPECT_TRUE(valid(support::concat("a", c.bytes, "z")));
    EXPECT_TRUE(valid(std::string(c.bytes) + std::string(c.bytes)));
}

TEST_P(valid_utf8, sequence_length_is_the_encoded_length) {
    const valid_case& c = GetParam();
    EXPECT_EQ(sequence_length(c.bytes), c.bytes.size());
    EXPECT_EQ(sequence_length(std::string(c.bytes) + "\x80\x80xyz"), c.bytes.size());
}

TEST_P(valid_utf8, every_truncation_is_refused) {
    const valid_case& c = GetParam();
    for (std::size_t n = 1; n < c.bytes.size(); ++n) {
        const std::string_view head = c.bytes.substr(0, n);
        EXPECT_EQ(sequence_length(head), 0u) << n;
        EXPECT_FALSE(valid(head)) << n;
        EXPECT_FALSE(valid(support::concat("a", head))) << n;
        EXPECT_FALSE(valid(std::string(head) + "a")) << n;
    }
}

TEST_P(valid_utf8, encode_writes_these_bytes) {
    const valid_case& c = GetParam();
    std::array<char, 4> out{};
    const std::size_t n = encode_utf8(c.code_point, out.data());
    EXPECT_EQ(std::string_view(out.data(), n), c.bytes);
}

TEST_P(valid_utf8, reader_returns_the_bytes_in_place) {
    const valid_case& c = GetParam();
    const exact_copy document(support::concat("\"", c.bytes, "\""));
    const callmap::parse_options options;
    callmap::arena memory;
    callmap::json::reader r(document.view(), memory, options);
    std::string_view value;
    ASSERT_TRUE(r.read_string(value));
    EXPECT_EQ(value, c.bytes);
    EXPECT_EQ(value.data(), document.begin() + 1);
}

INSTANTIATE_TEST_SUITE_P(utf8, valid_utf8, ::testing::ValuesIn(valid_cases), case_name<valid_case>);

// --- invalid sequences: the bad lead byte is always the first one ----------------------------

struct invalid_case {
    const char* name;
    std::string_view bytes;
};

void PrintTo(const invalid_case& c, std::ostream* os) {
    *os << c.name << ": " << hex_bytes(c.bytes);
}

const invalid_case invalid_cases[] = {
    // overlong forms
    {"overlong_2_c0_80", "\xC0\x80"sv},
    {"overlong_2_c0_af", "\xC0\xAF"sv},
    {"overlong_2_c1_bf", "\xC1\xBF"sv},
    {"overlong_3_e0_80_80", "\xE0\x80\x80"sv},
    {"overlong_3_e0_9f_bf", "\xE0\x9F\xBF"sv},
    {"overlong_4_f0_80_80_80", "\xF0\x80\x80\x80"sv},
    {"overlong_4_f0_8f_bf_bf", "\xF0\x8F\xBF\xBF"sv},
    // UTF-16 surrogates encoded as UTF-8
    {"surrogate_ed_a0_80", "\xED\xA0\x80"sv},
    {"surrogate_ed_af_bf", "\xED\xAF\xBF"sv},
    {"surrogate_ed_b0_80", "\xED\xB0\x80"sv},
    {"surrogate_ed_bf_bf", "\xED\xBF\xBF"sv},
    {"surrogate_pair_as_utf8", "\xED\xA0\xBD\xED\xB8\x80"sv},
    // above U+10FFFF, and lead bytes that never occur
    {"above_max_f4_90_80_80", "\xF4\x90\x80\x80"sv},
    {"above_max_f4_bf_bf_bf", "\xF4\xBF\xBF\xBF"sv},
    {"lead_f5", "\xF5\x80\x80\x80"sv},
    {"lead_f7", "\xF7\xBF\xBF\xBF"sv},
    {"lead_f8_5_byte", "\xF8\x88\x80\x80\x80"sv},
    {"lead_fc_6_byte", "\xFC\x84\x80\x80\x80\x80"sv},
    {"lead_fe", "\xFE"sv},
    {"lead_ff", "\xFF"sv},
    // continuation bytes without a lead
    {"lone_80", "\x80"sv},
    {"lone_bf", "\xBF"sv},
    {"lone_continuations", "\x80\x80\x80"sv},
    // a lead followed by a non-continuation
    {"c3_then_ascii", "\xC3("sv},
    {"c3_then_lead", "\xC3\xC3\xA9"sv},
    {"e2_then_ascii", "\xE2(\xA1"sv},
    {"e2_82_then_ascii", "\xE2\x82("sv},
    {"e2_then_c0", "\xE2\xC0\x80"sv},
    {"f0_then_ascii", "\xF0(\x8C\xBC"sv},
    {"f0_90_then_ascii", "\xF0\x90(\xBC"sv},
    {"f0_90_8c_then_ascii", "\xF0\x90\x8C("sv},
    {"f0_9f_98_then_ff", "\xF0\x9F\x98\xFF"sv},
    // truncated by the end of the text
    {"truncated_c3", "\xC3"sv},
    {"truncated_e2", "\xE2"sv},
    {"truncated_e2_82", "\xE2\x82"sv},
    {"truncated_f0", "\xF0"sv},
    {"truncated_f0_9f", "\xF0\x9F"sv},
    {"truncated_f0_9f_98", "\xF0\x9F\x98"sv},
    {"truncated_f4_8f_bf", "\xF4\x8F\xBF"sv},
};

class invalid_utf8 : public ::testing::TestWithParam<invalid_case> {};

TEST_P(invalid_utf8, is_refused_alone_between_ascii_and_after_valid_text) {
    const invalid_case& c = GetParam();
    const std::string bytes(c.bytes);
    EXPECT_FALSE(valid(bytes));
    EXPECT_FALSE(valid("abc" + bytes));
    EXPECT_FALSE(valid(bytes + "abc"));
    EXPECT_FALSE(valid("\xC3\xA9\xE2\x82\xAC" + bytes + "\xF0\x9F\x98\x80"));
    EXPECT_FALSE(valid(std::string(100, 'a') + bytes + std::string(100, 'z')));
}

TEST_P(invalid_utf8, sequence_length_at_the_lead_is_zero) {
    const invalid_case& c = GetParam();
    EXPECT_EQ(sequence_length(c.bytes), 0u);
}

TEST_P(invalid_utf8, reader_reports_the_offset_of_the_lead_byte) {
    const invalid_case& c = GetParam();
    // short and long prefixes: the byte is found by the scalar tail and by the block scanner
    for (const std::string_view before :
         {""sv, "ab"sv, "\xC3\xA9"sv, "x\\n"sv,
          "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789"sv}) {
        for (const std::string_view after : {"\""sv, "cd\""sv, "\xC3\xA9\""sv}) {
            const exact_copy document(" \"" + std::string(before) + std::string(c.bytes) +
                                      std::string(after));
            const callmap::parse_options options;
            callmap::arena memory;
            callmap::json::reader r(document.view(), memory, options);
            std::string_view value;
            EXPECT_FALSE(r.read_string(value));
            EXPECT_EQ(r.error(), error_code::invalid_utf8)
                << hex_bytes(before) << " | " << hex_bytes(after);
            EXPECT_EQ(r.error_offset(), 2 + before.size())
                << hex_bytes(before) << " | " << hex_bytes(after);
        }
    }
}

INSTANTIATE_TEST_SUITE_P(utf8, invalid_utf8, ::testing::ValuesIn(invalid_cases),
                         case_name<invalid_case>);

TEST(utf8_reader, a_truncated_sequence_at_the_end_of_the_input_is_invalid_utf8) {
    const exact_copy document("\"ab\xF0\x9F\x98"sv);
    const callmap::parse_options options;
    callmap::arena memory;
    callmap::json::reader r(document.view(), memory, options);
    std::string_view value;
    EXPECT_FALSE(r.read_string(value));
    EXPECT_EQ(r.error(), error_code::invalid_utf8);
    EXPECT_EQ(r.error_offset(), 3u);
}

// --- whole texts -----------------------------------------------------------------------------

TEST(utf8_text, empty_and_all_ascii_are_valid) {
    EXPECT_TRUE(valid(""));
    std::string ascii;
    for (int b = 0; b < 0x80; ++b) ascii += static_cast<char>(b);
    EXPECT_TRUE(valid(ascii));
}

TEST(utf8_text, a_single_byte_at_or_above_0x80_is_never_valid) {
    for (int b = 0x80; b <= 0xFF; ++b) {
        const std::string one(1, static_cast<char>(b));
        EXPECT_FALSE(valid(one)) << b;
        EXPECT_EQ(sequence_length(one), 0u) << b;
    }
}

TEST(utf8_text, mixed_text_is_valid_and_one_bad_byte_anywhere_is_not) {
    const std::string text = "caf\xC3\xA9 \xE2\x82\xAC 12 \xF0\x9F\x98\x80 \xF4\x8F\xBF\xBF end";
    ASSERT_TRUE(valid(text));
    for (std::size_t at = 0; at <= text.size(); ++at) {
        std::string bad = text;
        bad.insert(at, 1, '\xFF');
        EXPECT_FALSE(valid(bad)) << at;
    }
}

// --- against a decoder written from the definition -------------------------------------------

/// The length of the well-formed sequence at the start of `b`, decoded the long way: the
/// lead byte gives the length, every other byte must be 10xxxxxx, and the code point must
/// need that length, not be a surrogate and not exceed U+10FFFF. 0 when ill-formed.
std::size_t reference_length(const std::array<unsigned char, 4>& b) {
    std::size_t n = 0;
    std::uint32_t cp = 0;
    if ((b[0] & 0xE0u) == 0xC0u) {
        n = 2;
        cp = b[0] & 0x1Fu;
    } else if ((b[0] & 0xF0u) == 0xE0u) {
        n = 3;
        cp = b[0] & 0x0Fu;
    } else if ((b[0] & 0xF8u) == 0xF0u) {
        n = 4;
        cp = b[0] & 0x07u;
    } else {
        return 0;
    }
    for (std::size_t i = 1; i < n; ++i) {
        if ((b[i] & 0xC0u) != 0x80u) return 0;
        cp = (cp << 6) | (b[i] & 0x3Fu);
    }
    constexpr std::uint32_t shortest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < shortest[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return n;
}

TEST(utf8_reference, sequence_length_agrees_with_the_definition) {
    // every lead and second byte; third and fourth bytes from each class of byte
    constexpr unsigned char samples[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90,
                                         0x9F, 0xA0, 0xBF, 0xC0, 0xF5, 0xFF};
    std::size_t checked = 0;
    std::size_t mismatches = 0;
    for (unsigned lead = 0x80; lead <= 0xFF; ++lead) {
        for (unsigned second = 0; second <= 0xFF; ++second) {
            for (const unsigned char third : samples) {
                for (const unsigned char fourth : samples) {
                    const std::array<unsigned char, 4> b = {static_cast<unsigned char>(lead),
                                                            static_cast<unsigned char>(second),
                                                            third, fourth};
                    char text[4];
                    std::memcpy(text, b.data(), 4);
                    const std::size_t got = utf8_sequence_length(text, text + 4);
                    const std::size_t want = reference_length(b);
                    ++checked;
                    if (got != want && ++mismatches <= 10) {
                        ADD_FAILURE() << hex_bytes({text, 4}) << ": " << got << ", want " << want;
                    }
                }
            }
        }
    }
    EXPECT_EQ(mismatches, 0u);
    EXPECT_EQ(checked, std::size_t{128} * 256 * 12 * 12);
}

}  // namespace
