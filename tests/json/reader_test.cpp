// Tests of callmap::json::reader: skip_value on every kind of value and on invalid input inside
// skipped values, the depth limit (inline and heap bracket stacks), literals, the
// object/array protocol, read_raw_value and the four whitespace bytes.
#include "callmap/json/reader.hpp"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace callmap {
// Readable error codes in assertion messages.
inline void PrintTo(error_code code, std::ostream* os) {
    *os << static_cast<int>(code) << " (" << describe(code) << ")";
}
}  // namespace callmap

namespace {

using callmap::arena;
using callmap::error_code;
using callmap::parse_options;
using callmap::json::reader;

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

struct skip_outcome {
    bool ok = false;
    error_code code = error_code::ok;
    std::size_t error_offset = 0;  ///< only when !ok
    std::size_t end_offset = 0;    ///< the cursor after skip_value
};

skip_outcome skip(std::string_view text, const parse_options& options = {}) {
    const exact_buffer buffer(text);
    arena memory;
    reader r(buffer.view(), memory, options);
    skip_outcome out;
    out.ok = r.skip_value();
    out.code = r.error();
    if (!out.ok) out.error_offset = r.error_offset();
    out.end_offset = r.offset();
    return out;
}

std::string repeat(std::string_view piece, std::size_t times) {
    std::string out;
    out.reserve(piece.size() * times);
    for (std::size_t i = 0; i < times; ++i) out += piece;
    return out;
}

/// `depth` nested arrays around a 0.
std::string nested_arrays(std::size_t depth) {
    return std::string(depth, '[') + "0" + std::string(depth, ']');
}

/// Containers nested as `kinds` says from the outside in (true = object {"a":...}).
std::string nested(const std::vector<bool>& kinds) {
    std::string out;
    for (const bool is_object : kinds) out += is_object ? "{\"a\":" : "[";
    out += '0';
    for (std::size_t i = kinds.size(); i-- > 0;) out += kinds[i] ? '}' : ']';
    return out;
}

// --- skip_value on valid values -----------------------------------------------------------

struct valid_case {
    const char* name;
    std::string_view text;
    std::size_t end_offset;  ///< where the value ends (the cursor after skip_value)
};

TEST(ReaderSkipValue, SkipsEveryKindOfValueAndStopsRightAfterIt) {
    const valid_case cases[] = {
        {"zero", "0", 1},
        {"negative_zero", "-0", 2},
        {"integer", "12345", 5},
        {"negative_integer", "-987", 4},
        {"fraction", "3.25", 4},
        {"exponent", "1e10", 4},
        {"exponent_upper_signed", "-2.5E+3", 7},
        {"exponent_negative", "6.02e-23", 8},
        {"huge_integer_not_converted", "123456789012345678901234567890", 30},
        {"huge_exponent_not_converted", "1e99999", 7},
        {"empty_string", "\"\"", 2},
        {"string", "\"hello\"", 7},
        {"string_with_escapes", R"("a\"b\\c\/d\b\f\n\r\t")", 22},
        {"string_with_unicode_escape", R"("\u00e9\uD834\uDD1E")", 20},
        {"string_with_utf8", "\"caf\xC3\xA9 \xF0\x9F\x98\x80\"", 12},
        {"true", "true", 4},
        {"false", "false", 5},
        {"null", "null", 4},
        {"empty_array", "[]", 2},
        {"empty_array_with_space", "[ ]", 3},
        {"empty_object", "{}", 2},
        {"empty_object_with_newline", "{\n}", 3},
        {"array_of_scalars", "[1,\"a\",true,false,null,-0.5]", 28},
        {"object", R"({"a":1,"b":"x","c":null})", 24},
        {"nested", R"({"a":[{"b":[]},{}],"c":{"d":[[1],[2,3]]}})", 41},
        {"object_with_empty_key", R"({"":0})", 6},
        {"duplicate_keys", R"({"a":1,"a":2})", 13},
        {"stops_before_trailing_content", "[1,2] tail", 5},
        {"stops_after_number_before_comma", "42,43", 2},
        {"stops_after_string", "\"s\"x", 3},
        {"leading_whitespace_is_skipped", "  \n\ttrue", 8},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        const skip_outcome r = skip(c.text);
        EXPECT_TRUE(r.ok) << "error " << static_cast<int>(r.code) << " at " << r.error_offset;
        EXPECT_EQ(r.code, error_code::ok);
        EXPECT_EQ(r.end_offset, c.end_offset);
    }
}

// --- skip_value on invalid input ----------------------------------------------------------

struct invalid_case {
    const char* name;
    std::string_view text;
    error_code code;
    std::size_t offset;
};

TEST(ReaderSkipValue, RefusesInvalidInputInsideSkippedValuesAtTheExactByte) {
    const invalid_case cases[] = {
        // literals
        {"junk_literal_tru", "tru", error_code::invalid_literal, 0},
        {"junk_literal_tru_in_array", "[tru]", error_code::invalid_literal, 1},
        {"junk_literal_in_object", R"({"a":nul})", error_code::invalid_literal, 5},
        {"literal_wrong_case", "True", error_code::expected_value, 0},
        {"literal_too_long_in_array", "[truex]", error_code::expected_comma_or_array_end, 5},
        // objects
        {"missing_colon", R"({"x" 1})", error_code::expected_colon, 5},
        {"missing_value", R"({"x":})", error_code::expected_value, 5},
        {"unquoted_key", "{x:1}", error_code::expected_key, 1},
        {"single_quoted_key", "{'x':1}", error_code::expected_key, 1},
        {"number_key", "{1:1}", error_code::expected_key, 1},
        {"missing_comma_between_members", R"({"a":1 "b":2})",
         error_code::expected_comma_or_object_end, 7},
        {"trailing_comma_in_object", R"({"a":1,})", error_code::expected_key, 7},
        {"leading_comma_in_object", "{,}", error_code::expected_key, 1},
        {"object_closed_by_bracket", R"({"a":1])", error_code::expected_comma_or_object_end, 6},
        {"empty_object_closed_by_bracket", "{]", error_code::expected_key, 1},
        {"key_without_value_at_end", R"({"a")", error_code::unexpected_end, 4},
        {"colon_at_end", R"({"a":)", error_code::unexpected_end, 5},
        {"object_at_end", "{", error_code::unexpected_end, 1},
        {"object_after_member_at_end", R"({"a":1)", error_code::unexpected_end, 6},
        // arrays
        {"array_closed_by_brace", "[1}", error_code::expected_comma_or_array_end, 2},
        {"empty_array_closed_by_brace", "[}", error_code::expected_value, 1},
        {"nested_mismatch", "[[1}]", error_code::expected_comma_or_array_end, 3},
        {"trailing_comma_in_array", "[1,]", error_code::expected_value, 3},
        {"leading_comma_in_array", "[,1]", error_code::expected_value, 1},
        {"double_comma", "[1,,2]", error_code::expected_value, 3},
        {"missing_comma_between_elements", "[1 2]", error_code::expected_comma_or_array_end, 3},
        {"missing_comma_between_strings", R"(["a" "b"])", error_code::expected_comma_or_array_end,
         5},
        {"array_at_end", "[", error_code::unexpected_end, 1},
        {"array_after_comma_at_end", "[1,", error_code::unexpected_end, 3},
        {"array_after_element_at_end", "[1", error_code::unexpected_end, 2},
        {"deep_array_at_end", "[[[", error_code::unexpected_end, 3},
        {"colon_in_array", "[1:2]", error_code::expected_comma_or_array_end, 2},
        // numbers
        {"leading_zero", "01", error_code::invalid_number, 0},
        {"leading_zero_in_array", "[01]", error_code::invalid_number, 1},
        {"negative_leading_zero", "[-01]", error_code::invalid_number, 2},
        {"plus_sign", "+1", error_code::expected_value, 0},
        {"leading_point", "[.5]", error_code::expected_value, 1},
        {"point_without_digits", "[1.]", error_code::invalid_number, 3},
        {"point_at_end", "1.", error_code::unexpected_end, 2},
        {"exponent_without_digits", "[1e]", error_code::invalid_number, 3},
        {"exponent_sign_at_end", "1e+", error_code::unexpected_end, 3},
        {"lone_minus", "[-]", error_code::invalid_number, 2},
        {"minus_at_end", "-", error_code::unexpected_end, 1},
        {"hex_number", "[0x1]", error_code::expected_comma_or_array_end, 2},
        // strings
        {"bad_escape", R"("bad\q")", error_code::invalid_escape, 4},
        {"bad_escape_in_key", R"({"a\q":1})", error_code::invalid_escape, 3},
        {"bad_escape_in_nested_value", R"({"a":["bad\q"]})", error_code::invalid_escape, 10},
        {"bad_unicode_escape", R"(["\u12G4"])", error_code::invalid_unicode_escape, 2},
        {"lone_low_surrogate", R"(["\uDC00"])", error_code::lone_surrogate, 2},
        {"raw_tab_in_string", "[\"a\tb\"]", error_code::control_character_in_string, 3},
        {"invalid_utf8_in_string", "[\"\xC3\x28\"]", error_code::invalid_utf8, 2},
        {"unterminated_string", "[\"abc", error_code::unexpected_end, 5},
        {"unterminated_escape", "[\"abc\\", error_code::unexpected_end, 6},
        // not a value at all
        {"empty", "", error_code::unexpected_end, 0},
        {"whitespace_only", " \t\r\n", error_code::unexpected_end, 4},
        {"closing_bracket", "]", error_code::expected_value, 0},
        {"closing_brace", "}", error_code::expected_value, 0},
        {"comma", ",", error_code::expected_value, 0},
        {"single_quotes", "'a'", error_code::expected_value, 0},
        {"nul_byte", std::string_view("\0", 1), error_code::expected_value, 0},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        const skip_outcome r = skip(c.text);
        EXPECT_FALSE(r.ok);
        EXPECT_EQ(r.code, c.code);
        EXPECT_EQ(r.error_offset, c.offset);
    }
}

// --- literals -----------------------------------------------------------------------------

TEST(ReaderSkipValue, TruncatedLiteralsAreInvalidLiteralsAtTheirFirstByte) {
    const char* const words[] = {"true", "false", "null"};
    for (const std::string_view word : words) {
        for (std::size_t n = 1; n < word.size(); ++n) {
            const std::string prefix(word.substr(0, n));
            SCOPED_TRACE(prefix);
            const skip_outcome alone = skip(prefix);
            EXPECT_FALSE(alone.ok);
            EXPECT_EQ(alone.code, error_code::invalid_literal);
            EXPECT_EQ(alone.error_offset, 0u);
            const skip_outcome in_array = skip("[" + prefix + "]");
            EXPECT_FALSE(in_array.ok);
            EXPECT_EQ(in_array.code, error_code::invalid_literal);
            EXPECT_EQ(in_array.error_offset, 1u);
        }
        const skip_outcome whole = skip(word);
        EXPECT_TRUE(whole.ok);
        EXPECT_EQ(whole.end_offset, word.size());
    }
}

TEST(ReaderLiterals, TryNullConsumesOnlyACompleteNull) {
    arena memory;
    const exact_buffer ok_text(" null");
    reader ok(ok_text.view(), memory);
    EXPECT_TRUE(ok.try_null());
    EXPECT_EQ(ok.offset(), 5u);

    const exact_buffer short_text(" nul");
    reader truncated(short_text.view(), memory);
    EXPECT_FALSE(truncated.try_null());
    EXPECT_FALSE(truncated.failed());
    EXPECT_EQ(truncated.offset(), 1u);  // only the whitespace went

    const exact_buffer other_text("1");
    reader other(other_text.view(), memory);
    EXPECT_FALSE(other.try_null());
    EXPECT_EQ(other.offset(), 0u);
}

TEST(ReaderLiterals, ReadBoolAndReadNullReportInvalidLiteralsAndTypeMismatches) {
    struct literal_case {
        const char* name;
        std::string_view text;
        bool is_bool;  ///< read_bool (else read_null)
        error_code code;
        std::size_t offset;
        const char* message;
    };
    const literal_case cases[] = {
        {"bool_tru", " tru", true, error_code::invalid_literal, 1, "invalid literal"},
        {"bool_fals", "fals", true, error_code::invalid_literal, 0, "invalid literal"},
        {"bool_number", "1", true, error_code::type_mismatch, 0, "expected boolean, found number"},
        {"bool_null", "null", true, error_code::type_mismatch, 0, "expected boolean, found null"},
        {"bool_at_end", "  ", true, error_code::unexpected_end, 2, "unexpected end of input"},
        {"null_nul", "nul", false, error_code::invalid_literal, 0, "invalid literal"},
        {"null_string", "\"null\"", false, error_code::type_mismatch, 0,
         "expected null, found string"},
        {"null_false", "false", false, error_code::type_mismatch, 0,
         "expected null, found boolean"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        const exact_buffer text(c.text);
        arena memory;
        reader r(text.view(), memory);
        bool value = false;
        const bool ok = c.is_bool ? r.read_bool(value) : r.read_null();
        EXPECT_FALSE(ok);
        EXPECT_EQ(r.error(), c.code);
        EXPECT_EQ(r.error_offset(), c.offset);
        EXPECT_EQ(r.make_error().message, c.message);
    }
    arena memory;
    const exact_buffer text("[true,false,null]");
    reader r(text.view(), memory);
    bool more = false;
    bool a = false;
    bool b = true;
    ASSERT_TRUE(r.array_start(more));
    ASSERT_TRUE(r.read_bool(a));
    ASSERT_TRUE(r.array_next(more));
    ASSERT_TRUE(r.read_bool(b));
    ASSERT_TRUE(r.array_next(more));
    ASSERT_TRUE(r.read_null());
    ASSERT_TRUE(r.array_next(more));
    EXPECT_TRUE(a);
    EXPECT_FALSE(b);
    EXPECT_FALSE(more);
    EXPECT_EQ(r.offset(), 17u);
}

// --- depth --------------------------------------------------------------------------------

TEST(ReaderDepth, NestingExactlyAtTheDefaultLimitIsAcceptedOneMoreIsRefusedAtThatBracket) {
    const std::uint32_t limit = parse_options{}.max_depth;
    ASSERT_EQ(limit, 1024u);
    const skip_outcome at_limit = skip(nested_arrays(limit));
    EXPECT_TRUE(at_limit.ok);
    EXPECT_EQ(at_limit.end_offset, 2u * limit + 1);

    const skip_outcome over = skip(nested_arrays(limit + 1));
    EXPECT_FALSE(over.ok);
    EXPECT_EQ(over.code, error_code::depth_limit_exceeded);
    EXPECT_EQ(over.error_offset, limit);  // the '[' at index 1024 is the 1025th level
}

TEST(ReaderDepth, ConfiguredLimitCountsArraysAndObjectsAlike) {
    struct depth_case {
        const char* name;
        std::uint32_t max_depth;
        std::string text;
        bool ok;
        std::size_t offset;  ///< of the bracket that exceeded
    };
    const depth_case cases[] = {
        {"arrays_at_limit", 5, nested_arrays(5), true, 0},
        {"arrays_over_limit", 5, nested_arrays(6), false, 5},
        {"objects_at_limit", 3, R"({"a":{"a":{"a":1}}})", true, 0},
        {"objects_over_limit", 3, R"({"a":{"a":{"a":{"a":1}}}})", false, 15},
        {"mixed_over_limit", 3, R"([{"a":[[1]]}])", false, 7},
        {"empty_container_counts", 2, "[[[]]]", false, 2},
        {"depth_one_scalar_array", 1, "[1,2]", true, 0},
        {"depth_one_nested", 1, "[1,[2]]", false, 3},
        {"depth_zero_scalar", 0, "7", true, 0},
        {"depth_zero_array", 0, "[]", false, 0},
        {"siblings_do_not_add_up", 2, "[[1],[2],{\"a\":3}]", true, 0},
        {"whitespace_before_bracket", 1, "[ \n [1]]", false, 4},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        parse_options options;
        options.max_depth = c.max_depth;
        const skip_outcome r = skip(c.text, options);
        EXPECT_EQ(r.ok, c.ok);
        if (c.ok) {
            EXPECT_EQ(r.end_offset, c.text.size());
        } else {
            EXPECT_EQ(r.code, error_code::depth_limit_exceeded);
            EXPECT_EQ(r.error_offset, c.offset);
        }
    }
}

TEST(ReaderDepth, HundredThousandOpenBracketsAreRefusedWithoutCrashing) {
    const std::string text(100'000, '[');
    const skip_outcome r = skip(text);
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.code, error_code::depth_limit_exceeded);
    EXPECT_EQ(r.error_offset, 1024u);

    // With a limit above the input's depth, all of it is walked (heap stack) to the end.
    parse_options deep;
    deep.max_depth = 200'000;
    const skip_outcome walked = skip(text, deep);
    EXPECT_FALSE(walked.ok);
    EXPECT_EQ(walked.code, error_code::unexpected_end);
    EXPECT_EQ(walked.error_offset, 100'000u);

    const std::string objects = repeat("{\"a\":", 100'000);
    const skip_outcome object_walk = skip(objects, deep);
    EXPECT_FALSE(object_walk.ok);
    EXPECT_EQ(object_walk.code, error_code::unexpected_end);
    EXPECT_EQ(object_walk.error_offset, objects.size());
}

TEST(ReaderDepth, ConfiguredLimitAbove1024UsesTheHeapStack) {
    parse_options options;
    options.max_depth = 5000;
    const skip_outcome three_thousand = skip(nested_arrays(3000), options);
    EXPECT_TRUE(three_thousand.ok);
    EXPECT_EQ(three_thousand.end_offset, 6001u);

    const skip_outcome at_limit = skip(nested_arrays(5000), options);
    EXPECT_TRUE(at_limit.ok);
    EXPECT_EQ(at_limit.end_offset, 10001u);

    const skip_outcome over = skip(nested_arrays(5001), options);
    EXPECT_FALSE(over.ok);
    EXPECT_EQ(over.code, error_code::depth_limit_exceeded);
    EXPECT_EQ(over.error_offset, 5000u);
}

TEST(ReaderDepth, BitStackRemembersBracketKindsBeyond1024Levels) {
    parse_options options;
    options.max_depth = 5000;
    // {"a":[{"a":[ ... 0 ... ]}]}: alternating kinds, 3000 levels.
    std::vector<bool> kinds(3000);
    for (std::size_t i = 0; i < kinds.size(); ++i) kinds[i] = i % 2 == 0;
    const std::string text = nested(kinds);
    ASSERT_EQ(text.substr(0, 12), R"({"a":[{"a":[)");
    const skip_outcome ok = skip(text, options);
    EXPECT_TRUE(ok.ok) << "error " << static_cast<int>(ok.code) << " at " << ok.error_offset;
    EXPECT_EQ(ok.end_offset, text.size());

    // Irregular kinds: objects on every third level only.
    std::vector<bool> irregular(2500);
    for (std::size_t i = 0; i < irregular.size(); ++i) irregular[i] = i % 3 == 1;
    const std::string irregular_text = nested(irregular);
    const skip_outcome irregular_ok = skip(irregular_text, options);
    EXPECT_TRUE(irregular_ok.ok);
    EXPECT_EQ(irregular_ok.end_offset, irregular_text.size());
}

TEST(ReaderDepth, WrongClosingBracketIsFoundAtAnyLevelOfTheBitStack) {
    parse_options options;
    options.max_depth = 5000;
    std::vector<bool> kinds(3000);
    for (std::size_t i = 0; i < kinds.size(); ++i) kinds[i] = i % 2 == 0;
    const std::string good = nested(kinds);
    // The closing bracket of level L sits at good.size() - 1 - L.
    const std::size_t levels[] = {2999, 2000, 1025, 1024, 1023, 500, 64, 63, 1, 0};
    for (const std::size_t level : levels) {
        SCOPED_TRACE(level);
        std::string bad = good;
        const std::size_t at = bad.size() - 1 - level;
        ASSERT_EQ(bad[at], kinds[level] ? '}' : ']');
        bad[at] = kinds[level] ? ']' : '}';
        const skip_outcome r = skip(bad, options);
        EXPECT_FALSE(r.ok);
        EXPECT_EQ(r.code, kinds[level] ? error_code::expected_comma_or_object_end
                                       : error_code::expected_comma_or_array_end);
        EXPECT_EQ(r.error_offset, at);
    }
}

TEST(ReaderDepth, BitStackStaysRightWhenNestingCrosses1024LevelsTwice) {
    parse_options options;
    options.max_depth = 5000;
    // 1100 arrays, back down to 500 open, then 700 objects in the next element: the second
    // crossing of level 1024 must not bring back the kinds of the first descent.
    const std::string arrays_then_objects = std::string(1100, '[') + "0" + std::string(600, ']') +
                                            "," + repeat("{\"a\":", 700) + "0" +
                                            std::string(700, '}') + std::string(500, ']');
    const skip_outcome first = skip(arrays_then_objects, options);
    EXPECT_TRUE(first.ok) << "error " << static_cast<int>(first.code) << " at "
                          << first.error_offset;
    EXPECT_EQ(first.end_offset, arrays_then_objects.size());

    const std::string objects_then_arrays = repeat("{\"a\":", 1100) + "0" + std::string(600, '}') +
                                            ",\"b\":" + std::string(700, '[') + "0" +
                                            std::string(700, ']') + std::string(500, '}');
    const skip_outcome second = skip(objects_then_arrays, options);
    EXPECT_TRUE(second.ok) << "error " << static_cast<int>(second.code) << " at "
                           << second.error_offset;
    EXPECT_EQ(second.end_offset, objects_then_arrays.size());
}

TEST(ReaderDepth, SkipValueCountsContainersOpenedThroughTheProtocol) {
    parse_options options;
    options.max_depth = 3;
    struct inner_case {
        std::string_view text;
        bool ok;
        std::size_t offset;
    };
    const inner_case cases[] = {
        {R"({"a":[[1]]})", true, 0},     // depth 1 + 2
        {R"({"a":[[[1]]]})", false, 7},  // the third '[' is level 4
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        const exact_buffer text(c.text);
        arena memory;
        reader r(text.view(), memory, options);
        bool more = false;
        std::string_view key;
        ASSERT_TRUE(r.object_start(more));
        ASSERT_TRUE(r.object_key(key));
        EXPECT_EQ(r.skip_value(), c.ok);
        if (c.ok) {
            EXPECT_EQ(r.depth(), 1u);
            ASSERT_TRUE(r.object_next(more));
            EXPECT_FALSE(more);
            EXPECT_EQ(r.depth(), 0u);
        } else {
            EXPECT_EQ(r.error(), error_code::depth_limit_exceeded);
            EXPECT_EQ(r.error_offset(), c.offset);
        }
    }
}

TEST(ReaderDepth, ObjectStartAndArrayStartRefuseTheLevelOverTheLimit) {
    parse_options options;
    options.max_depth = 1;
    arena memory;
    const exact_buffer text(R"({"a":{}})");
    reader r(text.view(), memory, options);
    bool more = false;
    std::string_view key;
    ASSERT_TRUE(r.object_start(more));
    ASSERT_TRUE(r.object_key(key));
    EXPECT_FALSE(r.object_start(more));
    EXPECT_EQ(r.error(), error_code::depth_limit_exceeded);
    EXPECT_EQ(r.error_offset(), 5u);

    const exact_buffer array_text("[[]]");
    reader a(array_text.view(), memory, options);
    ASSERT_TRUE(a.array_start(more));
    EXPECT_FALSE(a.array_start(more));
    EXPECT_EQ(a.error(), error_code::depth_limit_exceeded);
    EXPECT_EQ(a.error_offset(), 1u);
}

// --- object / array protocol --------------------------------------------------------------

TEST(ReaderProtocol, WalksObjectsAndArraysTokenByToken) {
    const exact_buffer text(R"( {"a" : 1, "b":[true ,null], "c":{ }, "d":[]} )");
    const std::string_view doc = text.view();
    arena memory;
    reader r(doc, memory);
    ASSERT_TRUE(r.document_start());
    bool more = false;
    std::string_view key;

    ASSERT_TRUE(r.object_start(more));
    EXPECT_TRUE(more);
    EXPECT_EQ(r.depth(), 1u);
    ASSERT_TRUE(r.object_key(key));
    EXPECT_EQ(key, "a");
    EXPECT_EQ(key.data(), doc.data() + 3);  // keys without escapes are views into the input
    EXPECT_EQ(r.key_position(), doc.data() + 2);
    std::int64_t a = 0;
    ASSERT_TRUE(r.read_integer(a));
    EXPECT_EQ(a, 1);
    ASSERT_TRUE(r.object_next(more));
    EXPECT_TRUE(more);

    ASSERT_TRUE(r.object_key(key));
    EXPECT_EQ(key, "b");
    EXPECT_EQ(r.key_position(), doc.data() + 11);
    ASSERT_TRUE(r.array_start(more));
    EXPECT_TRUE(more);
    EXPECT_EQ(r.depth(), 2u);
    bool flag = false;
    ASSERT_TRUE(r.read_bool(flag));
    EXPECT_TRUE(flag);
    ASSERT_TRUE(r.array_next(more));
    EXPECT_TRUE(more);
    ASSERT_TRUE(r.read_null());
    ASSERT_TRUE(r.array_next(more));
    EXPECT_FALSE(more);
    EXPECT_EQ(r.depth(), 1u);
    ASSERT_TRUE(r.object_next(more));
    EXPECT_TRUE(more);

    ASSERT_TRUE(r.object_key(key));
    EXPECT_EQ(key, "c");
    ASSERT_TRUE(r.object_start(more));
    EXPECT_FALSE(more);  // "{ }" consumed whole
    EXPECT_EQ(r.depth(), 1u);
    ASSERT_TRUE(r.object_next(more));
    EXPECT_TRUE(more);

    ASSERT_TRUE(r.object_key(key));
    EXPECT_EQ(key, "d");
    ASSERT_TRUE(r.array_start(more));
    EXPECT_FALSE(more);
    EXPECT_EQ(r.depth(), 1u);
    ASSERT_TRUE(r.object_next(more));
    EXPECT_FALSE(more);
    EXPECT_EQ(r.depth(), 0u);
    EXPECT_EQ(r.offset(), doc.size() - 1);
    EXPECT_TRUE(r.document_end());
    EXPECT_FALSE(r.failed());
}

TEST(ReaderProtocol, EscapedKeysAreDecodedIntoTheArena) {
    const exact_buffer text(R"({"\u0069d":1})");
    const std::string_view doc = text.view();
    arena memory;
    reader r(doc, memory);
    bool more = false;
    std::string_view key;
    ASSERT_TRUE(r.object_start(more));
    ASSERT_TRUE(r.object_key(key));
    EXPECT_EQ(key, "id");
    EXPECT_FALSE(key.data() >= doc.data() && key.data() < doc.data() + doc.size());
    EXPECT_EQ(r.key_position(), doc.data() + 1);
}

TEST(ReaderProtocol, ReportsEachProtocolErrorAtTheOffendingByte) {
    enum class step {
        object_start,
        object_key,
        object_next,
        array_start,
        array_next,
        integer
    };
    using enum step;
    struct protocol_case {
        const char* name;
        std::string_view text;
        std::vector<step> steps;  ///< all but the last succeed
        error_code code;
        std::size_t offset;
    };
    const protocol_case cases[] = {
        {"key_not_a_string", "{1:2}", {object_start, object_key}, error_code::expected_key, 1},
        {"key_missing_colon",
         R"({"a" 1})",
         {object_start, object_key},
         error_code::expected_colon,
         5},
        {"key_at_end", "{ ", {object_start, object_key}, error_code::unexpected_end, 2},
        {"key_colon_at_end", R"({"a" )", {object_start, object_key}, error_code::unexpected_end, 5},
        {"key_bad_escape",
         R"({"\x":1})",
         {object_start, object_key},
         error_code::invalid_escape,
         2},
        {"array_start_on_object", "{}", {array_start}, error_code::type_mismatch, 0},
        {"object_start_on_array", " []", {object_start}, error_code::type_mismatch, 1},
        {"object_start_at_end", "   ", {object_start}, error_code::unexpected_end, 3},
        {"array_next_brace",
         "[1}",
         {array_start, integer, array_next},
         error_code::expected_comma_or_array_end,
         2},
        {"array_next_missing_comma",
         "[1 2]",
         {array_start, integer, array_next},
         error_code::expected_comma_or_array_end,
         3},
        {"array_next_at_end",
         "[1 ",
         {array_start, integer, array_next},
         error_code::unexpected_end,
         3},
        {"object_next_bracket",
         R"({"a":1])",
         {object_start, object_key, integer, object_next},
         error_code::expected_comma_or_object_end,
         6},
        {"object_next_missing_comma",
         R"({"a":1 "b":2})",
         {object_start, object_key, integer, object_next},
         error_code::expected_comma_or_object_end,
         7},
        {"object_next_at_end",
         R"({"a":1)",
         {object_start, object_key, integer, object_next},
         error_code::unexpected_end,
         6},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        const exact_buffer text(c.text);
        arena memory;
        reader r(text.view(), memory);
        bool ok = true;
        for (std::size_t i = 0; i < c.steps.size(); ++i) {
            bool more = false;
            std::string_view key;
            std::int64_t value = 0;
            switch (c.steps[i]) {
                case object_start: ok = r.object_start(more); break;
                case object_key: ok = r.object_key(key); break;
                case object_next: ok = r.object_next(more); break;
                case array_start: ok = r.array_start(more); break;
                case array_next: ok = r.array_next(more); break;
                case integer: ok = r.read_integer(value); break;
            }
            if (i + 1 < c.steps.size()) {
                ASSERT_TRUE(ok) << "step " << i;
            }
        }
        EXPECT_FALSE(ok);
        EXPECT_EQ(r.error(), c.code);
        EXPECT_EQ(r.error_offset(), c.offset);
    }
}

TEST(ReaderProtocol, FirstErrorWins) {
    const exact_buffer text("[1,2]");
    arena memory;
    reader r(text.view(), memory);
    EXPECT_FALSE(r.failed());
    EXPECT_FALSE(r.fail(error_code::invalid_value, r.input().data() + 3, "first"));
    EXPECT_FALSE(r.fail(error_code::missing_field, r.input().data() + 1, "second"));
    EXPECT_TRUE(r.failed());
    EXPECT_EQ(r.error(), error_code::invalid_value);
    EXPECT_EQ(r.error_offset(), 3u);
    EXPECT_EQ(r.make_error().message, "invalid value 'first'");
}

TEST(ReaderProtocol, TypeMismatchMessagesNameWhatWasFound) {
    struct found_case {
        std::string_view text;
        const char* message;
    };
    const found_case cases[] = {
        {"1", "expected string, found number"},     {"-1", "expected string, found number"},
        {"{}", "expected string, found object"},    {"[]", "expected string, found array"},
        {"true", "expected string, found boolean"}, {"false", "expected string, found boolean"},
        {"null", "expected string, found null"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        const exact_buffer text(c.text);
        arena memory;
        reader r(text.view(), memory);
        std::string_view out;
        EXPECT_FALSE(r.read_string(out));
        EXPECT_EQ(r.error(), error_code::type_mismatch);
        EXPECT_EQ(r.error_offset(), 0u);
        EXPECT_EQ(r.make_error().message, c.message);
    }
}

TEST(ReaderProtocol, AMalformedTokenWhereATypedValueStandsIsValidatesSyntaxError) {
    // the same error validate() gives for these bytes, not a type mismatch
    struct token_case {
        std::string_view text;
        error_code code;
        std::size_t offset;
    };
    const token_case cases[] = {
        {"x", error_code::expected_value, 0},    {" nul", error_code::invalid_literal, 1},
        {"tru", error_code::invalid_literal, 0}, {"fals", error_code::invalid_literal, 0},
        {"-x", error_code::invalid_number, 1},   {"\"ab", error_code::unexpected_end, 3},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        const exact_buffer text(c.text);
        arena memory;
        reader r(text.view(), memory);
        bool out = false;
        EXPECT_FALSE(r.read_bool(out));
        EXPECT_EQ(r.error(), c.code);
        EXPECT_EQ(r.error_offset(), c.offset);
    }
}

// --- scalars through the reader -----------------------------------------------------------

TEST(ReaderScalars, ReadStringIsZeroCopyWithoutEscapesAndDecodedWithThem) {
    const exact_buffer plain_text(R"(  "plain")");
    arena memory;
    reader plain(plain_text.view(), memory);
    std::string_view out;
    ASSERT_TRUE(plain.read_string(out));
    EXPECT_EQ(out, "plain");
    EXPECT_EQ(out.data(), plain_text.view().data() + 3);
    EXPECT_EQ(plain.offset(), 9u);

    const exact_buffer escaped_text(R"("a\nb\u00e9")");
    reader escaped(escaped_text.view(), memory);
    ASSERT_TRUE(escaped.read_string(out));
    EXPECT_EQ(out, "a\nb\xC3\xA9");
    EXPECT_EQ(escaped.offset(), 12u);

    std::string_view raw;
    bool has_escapes = false;
    reader raw_reader(escaped_text.view(), memory);
    ASSERT_TRUE(raw_reader.read_raw_string(raw, has_escapes));
    EXPECT_EQ(raw, R"(a\nb\u00e9)");
    EXPECT_TRUE(has_escapes);
    reader raw_plain(plain_text.view(), memory);
    ASSERT_TRUE(raw_plain.read_raw_string(raw, has_escapes));
    EXPECT_EQ(raw, "plain");
    EXPECT_FALSE(has_escapes);
}

TEST(ReaderScalars, NumbersThroughTheReader) {
    arena memory;
    const exact_buffer int_text(" -42");
    reader ints(int_text.view(), memory);
    std::int32_t i32 = 0;
    ASSERT_TRUE(ints.read_integer(i32));
    EXPECT_EQ(i32, -42);
    EXPECT_EQ(ints.offset(), 4u);

    const exact_buffer frac_text("1.5");
    reader frac(frac_text.view(), memory);
    std::int64_t i64 = 0;
    EXPECT_FALSE(frac.read_integer(i64));
    EXPECT_EQ(frac.error(), error_code::type_mismatch);
    EXPECT_EQ(frac.make_error().message, "expected integer, found number");

    const exact_buffer double_text("2.5e-1");
    reader dbl(double_text.view(), memory);
    double d = 0;
    ASSERT_TRUE(dbl.read_double(d));
    EXPECT_EQ(d, 0.25);

    const exact_buffer micros_text("0.0594");
    reader micros(micros_text.view(), memory);
    std::int64_t m = 0;
    ASSERT_TRUE(micros.read_micros(m));
    EXPECT_EQ(m, 59400);

    const exact_buffer number_text("[-1.25E+2]");
    reader number(number_text.view(), memory);
    bool more = false;
    std::string_view text;
    ASSERT_TRUE(number.array_start(more));
    ASSERT_TRUE(number.read_number_text(text));
    EXPECT_EQ(text, "-1.25E+2");
    EXPECT_EQ(number.offset(), 9u);

    const exact_buffer overflow_text("128");
    reader overflow(overflow_text.view(), memory);
    std::int8_t small = 0;
    EXPECT_FALSE(overflow.read_integer(small));
    EXPECT_EQ(overflow.error(), error_code::number_out_of_range);
    EXPECT_EQ(overflow.error_offset(), 0u);
}

// --- read_raw_value -----------------------------------------------------------------------

TEST(ReaderRawValue, ReturnsTheExactTextOfOneValue) {
    struct raw_case {
        std::string_view text;
        std::string_view raw;
    };
    const raw_case cases[] = {
        {R"(  {"a" : [1, 2]}  ,)", R"({"a" : [1, 2]})"},
        {R"("x\ny")", R"("x\ny")"},
        {"\t-1.5e3 ", "-1.5e3"},
        {"true]", "true"},
        {"null", "null"},
        {"[]", "[]"},
        {"[ {\n} ]x", "[ {\n} ]"},
        {R"("caf\u00e9")", R"("caf\u00e9")"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        const exact_buffer text(c.text);
        arena memory;
        reader r(text.view(), memory);
        std::string_view raw;
        ASSERT_TRUE(r.read_raw_value(raw));
        EXPECT_EQ(raw, c.raw);
        EXPECT_EQ(raw.data() + raw.size(), r.position());
    }

    const exact_buffer member_text(R"({"k": [1,{"z":null}] })");
    arena memory;
    reader member(member_text.view(), memory);
    bool more = false;
    std::string_view key;
    std::string_view raw;
    ASSERT_TRUE(member.object_start(more));
    ASSERT_TRUE(member.object_key(key));
    ASSERT_TRUE(member.read_raw_value(raw));
    EXPECT_EQ(raw, R"([1,{"z":null}])");
    ASSERT_TRUE(member.object_next(more));
    EXPECT_FALSE(more);

    const exact_buffer bad_text("[1,]");
    reader bad(bad_text.view(), memory);
    EXPECT_FALSE(bad.read_raw_value(raw));
    EXPECT_EQ(bad.error(), error_code::expected_value);
    EXPECT_EQ(bad.error_offset(), 3u);
}

// --- whitespace ---------------------------------------------------------------------------

TEST(ReaderWhitespace, AllFourWhitespaceBytesAreAcceptedEverywhere) {
    const std::string ws = " \t\n\r";
    const std::string text = ws + "{" + ws + "\"a\"" + ws + ":" + ws + "[" + ws + "1" + ws + "," +
                             ws + "true" + ws + "]" + ws + "," + ws + "\"b\"" + ws + ":" + ws +
                             "{" + ws + "}" + ws + "}" + ws;
    const skip_outcome r = skip(text);
    EXPECT_TRUE(r.ok);
    EXPECT_EQ(r.end_offset, text.size() - ws.size());  // trailing whitespace is not consumed

    for (const char c : ws) {
        SCOPED_TRACE(static_cast<int>(c));
        const std::string one = std::string("[") + c + "1" + c + "]";
        const skip_outcome single = skip(one);
        EXPECT_TRUE(single.ok);
        EXPECT_EQ(single.end_offset, 5u);
    }
}

// Runs of spaces (indentation) of every length, at every distance from the end of the input:
// whitespace skipping stops at the exact byte.
TEST(ReaderWhitespace, SpaceRunsOfEveryLengthStopAtTheNextToken) {
    for (std::size_t run = 0; run <= 40; ++run) {
        const std::string spaces(run, ' ');
        SCOPED_TRACE(run);
        const std::string text = "{\n" + spaces + "\"a\":\n" + spaces + "[\n" + spaces + "1,\t" +
                                 spaces + "2\r\n" + spaces + "]\n" + spaces + "}";
        const skip_outcome r = skip(text);
        EXPECT_TRUE(r.ok);
        EXPECT_EQ(r.end_offset, text.size());
        for (std::size_t tail = 0; tail <= 10; ++tail) {
            // spaces then a non-whitespace byte close to the end: the error is at that byte
            const std::string bad = "[1,\n" + spaces + "\v" + std::string(tail, ' ');
            const skip_outcome e = skip(bad);
            EXPECT_FALSE(e.ok);
            EXPECT_EQ(e.code, error_code::expected_value);
            EXPECT_EQ(e.error_offset, 4 + run);
            // spaces up to the end of the input: the value is missing at the end
            const std::string open = "[1,\n" + spaces + std::string(tail, ' ');
            const skip_outcome end = skip(open);
            EXPECT_FALSE(end.ok);
            EXPECT_EQ(end.code, error_code::unexpected_end);
            EXPECT_EQ(end.error_offset, open.size());
        }
    }
}

TEST(ReaderWhitespace, OtherSpaceLikeBytesAreNotWhitespace) {
    const invalid_case cases[] = {
        {"form_feed", "[\f1]", error_code::expected_value, 1},
        {"vertical_tab", "[\v1]", error_code::expected_value, 1},
        {"nbsp_utf8",
         "[\xC2\xA0"
         "1]",
         error_code::expected_value, 1},
        {"nbsp_latin1",
         "[\xA0"
         "1]",
         error_code::expected_value, 1},
        {"ideographic_space", "[1\xE3\x80\x80]", error_code::expected_comma_or_array_end, 2},
        {"form_feed_after_value", "[1\f]", error_code::expected_comma_or_array_end, 2},
        {"form_feed_before_colon", "{\"a\"\f:1}", error_code::expected_colon, 4},
        {"vertical_tab_before_key", "{\v\"a\":1}", error_code::expected_key, 1},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        const skip_outcome r = skip(c.text);
        EXPECT_FALSE(r.ok);
        EXPECT_EQ(r.code, c.code);
        EXPECT_EQ(r.error_offset, c.offset);
    }
}

// --- document ------------------------------------------------------------------------------

TEST(ReaderDocument, StartAndEndCheckWhatSurroundsTheValue) {
    struct document_case {
        const char* name;
        std::string_view text;
        error_code code;  ///< ok: the document is accepted
        std::size_t offset;
    };
    const document_case cases[] = {
        {"value", " [1] \n", error_code::ok, 0},
        {"empty", "", error_code::empty_input, 0},
        {"whitespace_only", " \r\n\t", error_code::empty_input, 4},
        {"byte_order_mark", "\xEF\xBB\xBF[1]", error_code::byte_order_mark, 0},
        {"trailing_content", "[1] x", error_code::trailing_content, 4},
        {"second_value", "1 2", error_code::trailing_content, 2},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        const exact_buffer text(c.text);
        arena memory;
        reader r(text.view(), memory);
        const bool ok = r.document_start() && r.skip_value() && r.document_end();
        EXPECT_EQ(ok, c.code == error_code::ok);
        EXPECT_EQ(r.error(), c.code);
        if (!ok) {
            EXPECT_EQ(r.error_offset(), c.offset);
        }
    }

    parse_options small;
    small.max_input_bytes = 2;
    const exact_buffer text("[1]");
    arena memory;
    reader r(text.view(), memory, small);
    EXPECT_FALSE(r.document_start());
    EXPECT_EQ(r.error(), error_code::input_too_large);
    EXPECT_EQ(r.error_offset(), 0u);
}

}  // namespace
