// Tests of callmap::json::validate: a JSONTestSuite-like table of documents that must pass (y_)
// and must fail (n_) with an exact code and offset, the duplicate key policy, the limits, and
// every proper prefix of the bundled sample payloads (truncation must never be accepted).
#include "callmap/json/validate.hpp"

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#ifndef CALLMAP_SAMPLES_DIR
#define CALLMAP_SAMPLES_DIR "samples"
#endif

namespace callmap {
// Readable error codes in assertion messages.
inline void PrintTo(error_code code, std::ostream* os) {
    *os << static_cast<int>(code) << " (" << describe(code) << ")";
}
}  // namespace callmap

namespace {

using namespace std::string_view_literals;
using callmap::error_code;
using callmap::parse_options;
using callmap::json::validate;

/// The text in a heap block of exactly its size, so that ASan sees any read past the end.
class exact_buffer {
public:
    explicit exact_buffer(std::string_view text)
        : data_(std::make_unique<char[]>(text.size())), size_(text.size()) {
        if (size_ != 0) std::memcpy(data_.get(), text.data(), size_);
    }
    std::string_view view() const noexcept { return {data_.get(), size_}; }

private:
    std::unique_ptr<char[]> data_;
    std::size_t size_;
};

// --- the y_ / n_ table --------------------------------------------------------------------

struct validate_case {
    const char* name;  ///< y_...: must be accepted, n_...: must be refused
    std::string_view text;
    error_code code;  ///< error_code::ok for y_ cases
    std::size_t offset;

    friend std::ostream& operator<<(std::ostream& os, const validate_case& c) {
        return os << c.name;
    }
};

constexpr error_code ok = error_code::ok;

const validate_case validate_cases[] = {
    // --- y_: structure
    {"y_array_empty", "[]"sv, ok, 0},
    {"y_array_nested_empty", "[[]]"sv, ok, 0},
    {"y_array_of_objects", R"([{},{"a":[]}])"sv, ok, 0},
    {"y_array_heterogeneous", R"([null,1,"1",{},[],true,false])"sv, ok, 0},
    {"y_object_empty", "{}"sv, ok, 0},
    {"y_object_simple", R"({"a":1,"b":2})"sv, ok, 0},
    {"y_object_empty_key", R"({"":0})"sv, ok, 0},
    {"y_object_nested", R"({"a":{"b":{"c":[]}}})"sv, ok, 0},
    {"y_object_escaped_key", R"({"\u0061\n":1})"sv, ok, 0},
    {"y_whitespace_around", " \t\r\n[ 1 , 2 ]\n\r\t "sv, ok, 0},
    {"y_whitespace_inside_object", "{ \"a\" :\n1 ,\t\"b\"\r: [ ] }"sv, ok, 0},
    // --- y_: lone values
    {"y_lone_true", "true"sv, ok, 0},
    {"y_lone_false", "false"sv, ok, 0},
    {"y_lone_null", "null"sv, ok, 0},
    {"y_lone_string", R"("a")"sv, ok, 0},
    {"y_lone_empty_string", R"("")"sv, ok, 0},
    {"y_lone_number_with_spaces", " 42 "sv, ok, 0},
    // --- y_: numbers
    {"y_number_zero", "0"sv, ok, 0},
    {"y_number_negative_zero", "-0"sv, ok, 0},
    {"y_number_integer", "[123]"sv, ok, 0},
    {"y_number_negative", "[-1]"sv, ok, 0},
    {"y_number_fraction", "[1.5]"sv, ok, 0},
    {"y_number_zero_fraction", "[0.0]"sv, ok, 0},
    {"y_number_exponent", "[1e5]"sv, ok, 0},
    {"y_number_exponent_upper", "[1E5]"sv, ok, 0},
    {"y_number_exponent_plus", "[1e+5]"sv, ok, 0},
    {"y_number_exponent_minus", "[1E-5]"sv, ok, 0},
    {"y_number_exponent_leading_zeros", "[1e007]"sv, ok, 0},
    {"y_number_all_parts", "[-0.5e-0]"sv, ok, 0},
    {"y_number_huge_integer", "[123456789012345678901234567890]"sv, ok, 0},
    {"y_number_huge_exponent", "[1e999]"sv, ok, 0},  // grammar only: validate converts nothing
    {"y_number_tiny_exponent", "[1e-999]"sv, ok, 0},
    // --- y_: strings
    {"y_string_escapes", R"(["\"\\\/\b\f\n\r\t"])"sv, ok, 0},
    {"y_string_unicode_escape", R"(["\u00e9\u20AC"])"sv, ok, 0},
    {"y_string_escaped_nul", R"(["\u0000"])"sv, ok, 0},
    {"y_string_surrogate_pair", R"(["\uD834\uDD1E"])"sv, ok, 0},
    {"y_string_utf8_two_bytes", "[\"\xC3\xA9\"]"sv, ok, 0},
    {"y_string_utf8_three_bytes", "[\"\xE2\x82\xAC\"]"sv, ok, 0},
    {"y_string_utf8_four_bytes", "[\"\xF0\x9F\x98\x80\"]"sv, ok, 0},
    {"y_string_utf8_max", "[\"\xF4\x8F\xBF\xBF\"]"sv, ok, 0},
    {"y_string_delete_char", "[\"\x7F\"]"sv, ok, 0},
    {"y_string_line_separator", "[\"\xE2\x80\xA8\"]"sv, ok, 0},
    {"y_string_long_ascii",
     "[\"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 !#$%&'()*+,-./:;<=>?@\"]"sv,
     ok, 0},
    // --- n_: input as a whole
    {"n_empty", ""sv, error_code::empty_input, 0},
    {"n_whitespace_only", " \t\r\n"sv, error_code::empty_input, 4},
    {"n_byte_order_mark", "\xEF\xBB\xBF[]"sv, error_code::byte_order_mark, 0},
    {"n_byte_order_mark_alone", "\xEF\xBB\xBF"sv, error_code::byte_order_mark, 0},
    {"n_byte_order_mark_after_space", " \xEF\xBB\xBF[]"sv, error_code::expected_value, 1},
    {"n_nul_after_number", "123\0"sv, error_code::trailing_content, 3},
    {"n_nul_after_array", "[1]\0"sv, error_code::trailing_content, 3},
    {"n_nul_alone", "\0"sv, error_code::expected_value, 0},
    {"n_trailing_garbage", "[1] x"sv, error_code::trailing_content, 4},
    {"n_trailing_bracket", "[1]]"sv, error_code::trailing_content, 3},
    {"n_two_values", "1 2"sv, error_code::trailing_content, 2},
    {"n_two_objects", "{}{}"sv, error_code::trailing_content, 2},
    {"n_trailing_comment", "[1,2]//"sv, error_code::trailing_content, 5},
    {"n_trailing_invalid_utf8", "[1]\xFF"sv, error_code::trailing_content, 3},
    {"n_leading_comment", "/* */ 1"sv, error_code::expected_value, 0},
    {"n_form_feed_whitespace", "\f[]"sv, error_code::expected_value, 0},
    // --- n_: structure
    {"n_array_open", "["sv, error_code::unexpected_end, 1},
    {"n_array_close", "]"sv, error_code::expected_value, 0},
    {"n_object_open", "{"sv, error_code::unexpected_end, 1},
    {"n_object_close", "}"sv, error_code::expected_value, 0},
    {"n_array_trailing_comma", "[1,]"sv, error_code::expected_value, 3},
    {"n_array_leading_comma", "[,1]"sv, error_code::expected_value, 1},
    {"n_array_double_comma", "[1,,2]"sv, error_code::expected_value, 3},
    {"n_array_missing_comma", "[1 2]"sv, error_code::expected_comma_or_array_end, 3},
    {"n_array_closed_by_brace", "[1}"sv, error_code::expected_comma_or_array_end, 2},
    {"n_array_unclosed", R"(["a","b")"sv, error_code::unexpected_end, 8},
    {"n_array_colon", "[\"a\":1]"sv, error_code::expected_comma_or_array_end, 4},
    {"n_object_trailing_comma", R"({"a":1,})"sv, error_code::expected_key, 7},
    {"n_object_missing_colon", R"({"a" 1})"sv, error_code::expected_colon, 5},
    {"n_object_missing_value", R"({"a":})"sv, error_code::expected_value, 5},
    {"n_object_key_without_value", R"({"a":1,"b"})"sv, error_code::expected_colon, 10},
    {"n_object_unquoted_key", "{a:1}"sv, error_code::expected_key, 1},
    {"n_object_single_quoted_key", "{'a':1}"sv, error_code::expected_key, 1},
    {"n_object_number_key", "{1:1}"sv, error_code::expected_key, 1},
    {"n_object_missing_comma", R"({"a":1 "b":2})"sv, error_code::expected_comma_or_object_end, 7},
    {"n_object_closed_by_bracket", R"({"a":1])"sv, error_code::expected_comma_or_object_end, 6},
    {"n_object_comma_only", "{,}"sv, error_code::expected_key, 1},
    {"n_object_in_array_unclosed", "[{]"sv, error_code::expected_key, 2},
    {"n_object_unclosed_key", R"({"a")"sv, error_code::unexpected_end, 4},
    {"n_object_unclosed_colon", R"({"a":)"sv, error_code::unexpected_end, 5},
    {"n_object_array_value_unclosed", R"({"a":[})"sv, error_code::expected_value, 6},
    // --- n_: literals
    {"n_literal_truncated_true", "tru"sv, error_code::invalid_literal, 0},
    {"n_literal_truncated_null", "[nul]"sv, error_code::invalid_literal, 1},
    {"n_literal_truncated_false", "{\"a\":fals}"sv, error_code::invalid_literal, 5},
    {"n_literal_capitalized", "True"sv, error_code::expected_value, 0},
    {"n_literal_too_long", "truex"sv, error_code::trailing_content, 4},
    {"n_literal_nan", "[NaN]"sv, error_code::expected_value, 1},
    {"n_literal_infinity", "[Infinity]"sv, error_code::expected_value, 1},
    {"n_single_quoted_string", "['a']"sv, error_code::expected_value, 1},
    // --- n_: numbers
    {"n_number_leading_zero", "[01]"sv, error_code::invalid_number, 1},
    {"n_number_negative_leading_zero", "[-012]"sv, error_code::invalid_number, 2},
    {"n_number_plus", "[+1]"sv, error_code::expected_value, 1},
    {"n_number_leading_point", "[.5]"sv, error_code::expected_value, 1},
    {"n_number_trailing_point", "[1.]"sv, error_code::invalid_number, 3},
    {"n_number_point_at_end", "1."sv, error_code::unexpected_end, 2},
    {"n_number_point_exponent", "[1.e5]"sv, error_code::invalid_number, 3},
    {"n_number_empty_exponent", "[1e]"sv, error_code::invalid_number, 3},
    {"n_number_exponent_sign_only", "[1e+]"sv, error_code::invalid_number, 4},
    {"n_number_exponent_at_end", "1E"sv, error_code::unexpected_end, 2},
    {"n_number_minus_only", "[-]"sv, error_code::invalid_number, 2},
    {"n_number_minus_at_end", "-"sv, error_code::unexpected_end, 1},
    {"n_number_minus_space", "[- 1]"sv, error_code::invalid_number, 2},
    {"n_number_minus_infinity", "-Infinity"sv, error_code::invalid_number, 1},
    {"n_number_hex", "[0x10]"sv, error_code::expected_comma_or_array_end, 2},
    {"n_number_two_points", "[1.5.5]"sv, error_code::expected_comma_or_array_end, 4},
    {"n_number_comma_decimal", "1,5"sv, error_code::trailing_content, 1},
    // --- n_: strings
    {"n_string_unclosed", "\"abc"sv, error_code::unexpected_end, 4},
    {"n_string_unclosed_in_array", "[\"a"sv, error_code::unexpected_end, 3},
    {"n_string_bad_escape", R"(["\q"])"sv, error_code::invalid_escape, 2},
    {"n_string_hex_escape", R"(["\x41"])"sv, error_code::invalid_escape, 2},
    {"n_string_escaped_apostrophe", R"(["\'"])"sv, error_code::invalid_escape, 2},
    {"n_string_short_unicode_escape", R"(["\u12"])"sv, error_code::invalid_unicode_escape, 2},
    {"n_string_short_unicode_escape_at_end", R"("\u12")"sv, error_code::invalid_unicode_escape, 1},
    {"n_string_truncated_unicode_escape", R"("\u12)"sv, error_code::unexpected_end, 5},
    {"n_string_bad_unicode_escape", R"(["\uZZZZ"])"sv, error_code::invalid_unicode_escape, 2},
    {"n_string_uppercase_u_escape", R"(["\U0041"])"sv, error_code::invalid_escape, 2},
    {"n_string_lone_high_surrogate", R"(["\uD800"])"sv, error_code::lone_surrogate, 2},
    {"n_string_lone_low_surrogate", R"(["\uDC00"])"sv, error_code::lone_surrogate, 2},
    {"n_string_high_then_letter", R"(["\uD800\u0041"])"sv, error_code::lone_surrogate, 2},
    {"n_string_two_high_surrogates", R"(["\uD800\uD800"])"sv, error_code::lone_surrogate, 2},
    {"n_string_raw_tab", "[\"a\tb\"]"sv, error_code::control_character_in_string, 3},
    {"n_string_raw_newline", "[\"a\nb\"]"sv, error_code::control_character_in_string, 3},
    {"n_string_raw_nul", "[\"\0\"]"sv, error_code::control_character_in_string, 2},
    {"n_string_raw_unit_separator", "[\"\x1F\"]"sv, error_code::control_character_in_string, 2},
    {"n_string_utf8_bad_continuation", "[\"\xC3\x28\"]"sv, error_code::invalid_utf8, 2},
    {"n_string_utf8_lone_continuation", "[\"\x80\"]"sv, error_code::invalid_utf8, 2},
    {"n_string_utf8_overlong", "[\"\xC0\xAF\"]"sv, error_code::invalid_utf8, 2},
    {"n_string_utf8_surrogate", "[\"\xED\xA0\x80\"]"sv, error_code::invalid_utf8, 2},
    {"n_string_utf8_above_max", "[\"\xF4\x90\x80\x80\"]"sv, error_code::invalid_utf8, 2},
    {"n_string_utf8_truncated", "[\"\xE2\x82\"]"sv, error_code::invalid_utf8, 2},
    {"n_string_utf8_ff", "[\"\xFF\"]"sv, error_code::invalid_utf8, 2},
    {"n_string_utf8_in_key", "{\"\xFE\":1}"sv, error_code::invalid_utf8, 2},
    {"n_string_bad_utf8_after_block", "[\"0123456789abcdef0123456789abcdef0123456789\xC3\"]"sv,
     error_code::invalid_utf8, 44},
};

class ValidateTable : public ::testing::TestWithParam<validate_case> {};

TEST_P(ValidateTable, AcceptsOrRefusesWithTheExactCodeAndOffset) {
    const validate_case& c = GetParam();
    const exact_buffer text(c.text);
    const callmap::result<void> r = validate(text.view());
    if (c.code == ok) {
        EXPECT_TRUE(r.has_value()) << r.error();
        return;
    }
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, c.code);
    EXPECT_EQ(r.error().offset, c.offset);
    EXPECT_EQ(r.error().message, callmap::describe(c.code));
}

std::string case_name(const ::testing::TestParamInfo<validate_case>& param_info) {
    return param_info.param.name;
}

INSTANTIATE_TEST_SUITE_P(JsonTestSuite, ValidateTable, ::testing::ValuesIn(validate_cases),
                         case_name);

TEST(Validate, TableNamesMatchTheirExpectation) {
    for (const validate_case& c : validate_cases) {
        const std::string_view name = c.name;
        EXPECT_TRUE(name.starts_with("y_") || name.starts_with("n_")) << name;
        EXPECT_EQ(name.starts_with("y_"), c.code == ok) << name;
    }
}

// --- policy and limits --------------------------------------------------------------------

// RFC 8259 section 4: names within an object SHOULD be unique, but a document with duplicate
// names is still JSON. validate() accepts it; typed parsing (callmap::parse) refuses duplicates
// of the keys a struct declares unless parse_options::duplicate_keys is last_wins.
TEST(Validate, DuplicateKeysAreAcceptedBecauseRfc8259AllowsThem) {
    const std::string_view documents[] = {
        R"({"a":1,"a":2})",
        R"({"a":1,"a":"x","a":[],"a":{}})",
        R"({"a":1,"\u0061":2})",
        R"([{"k":{"k":1,"k":2}},{"k":3}])",
    };
    for (const std::string_view doc : documents) {
        const callmap::result<void> r = validate(doc);
        EXPECT_TRUE(r.has_value()) << doc << ": " << r.error();
    }
}

TEST(Validate, DepthLimitAppliesToTheWholeDocument) {
    const std::string at_limit = std::string(1024, '[') + std::string(1024, ']');
    EXPECT_TRUE(validate(at_limit).has_value());

    const std::string over = std::string(1025, '[') + std::string(1025, ']');
    const callmap::result<void> r = validate(over);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, error_code::depth_limit_exceeded);
    EXPECT_EQ(r.error().offset, 1024u);
    EXPECT_EQ(r.error().message, "nesting depth limit exceeded");

    parse_options shallow;
    shallow.max_depth = 2;
    const callmap::result<void> s = validate(R"({"a":[{"b":1}]})", shallow);
    ASSERT_FALSE(s.has_value());
    EXPECT_EQ(s.error().code, error_code::depth_limit_exceeded);
    EXPECT_EQ(s.error().offset, 6u);
    EXPECT_EQ(s.error().path, "$.a[0]");
}

TEST(Validate, InputSizeLimitIsCheckedBeforeAnythingElse) {
    parse_options small;
    small.max_input_bytes = 4;
    EXPECT_TRUE(validate("[12]", small).has_value());
    const callmap::result<void> r = validate("[123]", small);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, error_code::input_too_large);
    EXPECT_EQ(r.error().offset, 0u);
    EXPECT_EQ(r.error().line, 1u);
    EXPECT_EQ(r.error().column, 1u);
    // Even an otherwise invalid document reports the size first.
    const callmap::result<void> bad = validate("\xEF\xBB\xBF[1,]", small);
    ASSERT_FALSE(bad.has_value());
    EXPECT_EQ(bad.error().code, error_code::input_too_large);
}

TEST(Validate, ErrorCarriesLineColumnPathAndPrintsThem) {
    const callmap::result<void> r = validate("[1,\n 2,\n x]");
    ASSERT_FALSE(r.has_value());
    const callmap::parse_error& e = r.error();
    EXPECT_EQ(e.code, error_code::expected_value);
    EXPECT_EQ(e.offset, 9u);
    EXPECT_EQ(e.line, 3u);
    EXPECT_EQ(e.column, 2u);
    EXPECT_EQ(e.path, "$[2]");
    EXPECT_EQ(e.to_string(), "expected a JSON value at $[2] (byte 9, line 3, col 2)");
    std::ostringstream printed;
    printed << e;
    EXPECT_EQ(printed.str(), e.to_string());
}

// --- truncation of the sample payloads ----------------------------------------------------

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::string text(static_cast<std::size_t>(std::filesystem::file_size(path)), '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    EXPECT_EQ(static_cast<std::size_t>(in.gcount()), text.size()) << path;
    return text;
}

std::vector<std::filesystem::path> sample_files() {
    std::vector<std::filesystem::path> files;
    const std::filesystem::path dir(CALLMAP_SAMPLES_DIR);
    if (!std::filesystem::is_directory(dir)) return files;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.is_regular_file() && entry.path().extension() == ".json") {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

TEST(ValidateTruncation, SamplesAreFoundAndValid) {
    const std::vector<std::filesystem::path> files = sample_files();
    std::vector<std::string> names;
    for (const auto& file : files) names.push_back(file.filename().string());
    for (const char* expected :
         {"diga.json", "oca.json", "talkstack.json", "twochat.json", "zudu.json"}) {
        EXPECT_NE(std::find(names.begin(), names.end(), expected), names.end())
            << expected << " not found in " << CALLMAP_SAMPLES_DIR;
    }
    for (const auto& file : files) {
        const std::string text = read_file(file);
        ASSERT_FALSE(text.empty()) << file;
        const exact_buffer buffer(text);
        const callmap::result<void> r = validate(buffer.view());
        EXPECT_TRUE(r.has_value()) << file << ": " << r.error();
    }
}

// A proper prefix of a document whose root is a container is never a document, unless all it
// drops is trailing whitespace. The error is where the input ran out, or at the start of the
// literal or UTF-8 sequence that the cut went through. Counts each kind of error seen.
struct truncation_counts {
    std::size_t unexpected_end = 0;
    std::size_t invalid_literal = 0;
    std::size_t invalid_utf8 = 0;
};

void check_every_prefix(std::string_view text, truncation_counts& counts) {
    ASSERT_TRUE(text.front() == '{' || text.front() == '[');
    const std::size_t value_end = text.find_last_not_of(" \t\r\n") + 1;
    for (std::size_t size = value_end; size <= text.size(); ++size) {
        const exact_buffer buffer(text.substr(0, size));
        const callmap::result<void> r = validate(buffer.view());
        EXPECT_TRUE(r.has_value()) << "size " << size << ": " << r.error();
    }
    for (std::size_t size = 0; size < value_end; ++size) {
        const exact_buffer buffer(text.substr(0, size));
        const callmap::result<void> r = validate(buffer.view());
        ASSERT_FALSE(r.has_value()) << "prefix of " << size << " bytes was accepted";
        const callmap::parse_error& e = r.error();
        switch (e.code) {
            case error_code::empty_input:
                EXPECT_EQ(size, 0u);
                EXPECT_EQ(e.offset, 0u);
                break;
            case error_code::unexpected_end:
                ++counts.unexpected_end;
                EXPECT_EQ(e.offset, size);
                break;
            case error_code::invalid_literal:  // "tr", "nul", ...
                ++counts.invalid_literal;
                EXPECT_LT(size - e.offset, 5u) << size;
                EXPECT_NE(std::string_view("tfn").find(text[e.offset]), std::string_view::npos)
                    << size;
                break;
            case error_code::invalid_utf8:  // a multi-byte sequence cut short
                ++counts.invalid_utf8;
                EXPECT_LT(size - e.offset, 4u) << size;
                EXPECT_GE(static_cast<unsigned char>(text[e.offset]), 0xC2u) << size;
                break;
            default: ADD_FAILURE() << "prefix of " << size << " bytes: " << e; break;
        }
    }
}

TEST(ValidateTruncation, EveryProperPrefixOfEverySampleIsRefused) {
    const std::vector<std::filesystem::path> files = sample_files();
    ASSERT_GE(files.size(), 5u) << "no samples in " << CALLMAP_SAMPLES_DIR;
    truncation_counts counts;
    for (const auto& file : files) {
        SCOPED_TRACE(file.string());
        const std::string text = read_file(file);
        ASSERT_FALSE(text.empty());
        check_every_prefix(text, counts);
    }
    EXPECT_GT(counts.unexpected_end, 1000u);
    EXPECT_GT(counts.invalid_literal, 0u);
}

TEST(ValidateTruncation, EveryProperPrefixOfADenseDocumentIsRefused) {
    // Every kind of token, multi-byte UTF-8 of each length, and escapes of each kind.
    const std::string_view text =
        "{\"a\":[true,false,null,-0.5e+10,0,12],\"caf\xC3\xA9\":\"\xE2\x82\xAC \xF0\x9F\x98\x80\","
        "\"e\":\"\\u00e9\\uD834\\uDD1E\\n\\\"\",\"o\":{\"x\":[[],{}]}}\r\n";
    truncation_counts counts;
    check_every_prefix(text, counts);
    EXPECT_EQ(counts.invalid_literal, 3u + 4u + 3u);  // tru, fals, nul and their prefixes
    EXPECT_EQ(counts.invalid_utf8, 1u + 2u + 3u);     // é, € and 😀 cut inside
}

}  // namespace
