// Tests of callmap::json::locate: 1-based line and byte column, and the JSON path of the value
// at or around a byte offset; and end to end, the location that validate() errors carry.
#include "callmap/json/error_location.hpp"

#include <cstddef>
#include <iterator>
#include <ostream>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "callmap/error.hpp"
#include "callmap/json/validate.hpp"

namespace callmap {
// Readable error codes in assertion messages.
inline void PrintTo(error_code code, std::ostream* os) {
    *os << static_cast<int>(code) << " (" << describe(code) << ")";
}
}  // namespace callmap

namespace {

using namespace std::string_view_literals;
using callmap::error_code;
using callmap::json::locate;
using callmap::json::source_location;

struct locate_case {
    const char* name;
    std::string_view doc;
    std::size_t offset;
    std::size_t line;
    std::size_t column;
    std::string_view path;
};

void expect_location(const locate_case& c) {
    SCOPED_TRACE(c.name);
    const source_location loc = locate(c.doc, c.offset);
    EXPECT_EQ(loc.line, c.line);
    EXPECT_EQ(loc.column, c.column);
    EXPECT_EQ(loc.path, c.path);
}

TEST(Locate, PathsOfValuesInObjectsAndArrays) {
    const locate_case cases[] = {
        {"root_at_start", "[1]", 0, 1, 1, "$"},
        {"root_scalar", "  x", 2, 1, 3, "$"},
        {"member", R"({"a":x})", 5, 1, 6, "$.a"},
        {"nested_member_element", R"({"a":{"b":[0,1,2,x]}})", 17, 1, 18, "$.a.b[3]"},
        {"element", "[0,1,x]", 5, 1, 6, "$[2]"},
        {"first_element", "[x]", 1, 1, 2, "$[0]"},
        {"element_of_element", "[[1],[2,x]]", 8, 1, 9, "$[1][1]"},
        {"after_closed_array", "[[1,2],x]", 7, 1, 8, "$[1]"},
        {"after_closed_object", R"({"a":{"b":1},"c":x})", 17, 1, 18, "$.c"},
        {"after_string_element", R"([{"a":1},"s",x])", 13, 1, 14, "$[2]"},
        {"after_empty_containers", R"({"a":[],"b":[{},x]})", 16, 1, 17, "$.b[1]"},
        {"inside_a_number", "[1234]", 3, 1, 4, "$[0]"},
        {"inside_a_literal", R"({"t":true})", 7, 1, 8, "$.t"},
        {"object_in_array_member", R"([{"id":1},{"id":x}])", 16, 1, 17, "$[1].id"},
        {"identifier_with_digits_and_underscore", R"({"_x9":{"A_b":x}})", 14, 1, 15, "$._x9.A_b"},
    };
    for (const auto& c : cases) expect_location(c);
}

TEST(Locate, KeysThatAreNotIdentifiersUseQuotedBracketsWithEscapes) {
    const locate_case cases[] = {
        {"space", R"({"odd key":x})", 11, 1, 12, R"($["odd key"])"},
        {"leading_digit", R"({"1a":x})", 6, 1, 7, R"($["1a"])"},
        {"dash", R"({"call-id":[x]})", 12, 1, 13, R"($["call-id"][0])"},
        {"empty", R"({"":x})", 4, 1, 5, R"($[""])"},
        {"dot", R"({"a.b":x})", 7, 1, 8, R"($["a.b"])"},
        {"quote", R"({"a\"b":x})", 8, 1, 9, R"($["a\"b"])"},
        {"backslash", R"({"a\\b":x})", 8, 1, 9, R"($["a\\b"])"},
        {"escaped_newline", R"({"a\nb":x})", 8, 1, 9, R"($["a\u000ab"])"},
        {"escaped_control", R"({"\u001f":x})", 10, 1, 11, R"($["\u001f"])"},
        {"utf8", "{\"caf\xC3\xA9\":x}", 9, 1, 10, "$[\"caf\xC3\xA9\"]"},
        {"unicode_escape_to_utf8", R"({"caf\u00e9":x})", 13, 1, 14, "$[\"caf\xC3\xA9\"]"},
        {"nested_mixed", R"({"a":{"b c":{"d":x}}})", 17, 1, 18, R"($.a["b c"].d)"},
    };
    for (const auto& c : cases) expect_location(c);
}

TEST(Locate, EscapedKeysAreDecodedInThePath) {
    const locate_case cases[] = {
        {"escaped_identifier", R"({"\u0061":[1,x]})", 13, 1, 14, "$.a[1]"},
        {"partly_escaped", R"({"i\u0064":x})", 11, 1, 12, "$.id"},
        {"escaped_solidus", R"({"a\/b":x})", 8, 1, 9, R"($["a/b"])"},
        {"surrogate_pair", R"({"\uD83D\uDE00":x})", 16, 1, 17, "$[\"\xF0\x9F\x98\x80\"]"},
    };
    for (const auto& c : cases) expect_location(c);
}

TEST(Locate, OffsetsBetweenValuesNameTheContainer) {
    const locate_case cases[] = {
        {"comma_between_members", R"({"a":1,"b":2})", 6, 1, 7, "$"},
        {"comma_between_elements", R"({"a":[1,2]})", 7, 1, 8, "$.a"},
        {"closing_brace", R"({"a":1})", 6, 1, 7, "$"},
        {"closing_inner_brace", R"({"a":{"b":1}})", 11, 1, 12, "$.a"},
        {"colon", R"({"a":1})", 4, 1, 5, "$"},
        {"space_after_value", R"({"a":[1 ,2]})", 7, 1, 8, "$.a"},
    };
    for (const auto& c : cases) expect_location(c);
}

TEST(Locate, OffsetsInsideStrings) {
    const locate_case cases[] = {
        {"inside_string_value", R"({"a":"hello"})", 8, 1, 9, "$.a"},
        {"at_string_value_quote", R"({"a":"hello"})", 5, 1, 6, "$.a"},
        {"inside_key", R"({"abc":1})", 3, 1, 4, "$"},
        {"inside_unterminated_string", R"({"a":"abc)", 9, 1, 10, "$.a"},
        {"inside_string_with_bad_escape", R"({"a":{"b":"x\qy"}})", 12, 1, 13, "$.a.b"},
        {"string_with_brackets_inside", R"({"a":"[{,:}]","b":x})", 18, 1, 19, "$.b"},
    };
    for (const auto& c : cases) expect_location(c);
}

TEST(Locate, OffsetPastTheEndIsClampedToTheEnd) {
    const locate_case cases[] = {
        {"past_end", "[1,2]", 100, 1, 6, "$"},
        {"at_end", "[1,2]", 5, 1, 6, "$"},
        {"past_end_of_open_member", R"({"a":[1,2)", 1000, 1, 10, "$.a"},
        {"past_end_multiline", "[\n1,\n2", 99, 3, 2, "$"},
        {"empty_document", "", 0, 1, 1, "$"},
        {"empty_document_past_end", "", 7, 1, 1, "$"},
    };
    for (const auto& c : cases) expect_location(c);
}

TEST(Locate, LinesCountNewlinesAndColumnsCountBytes) {
    const locate_case cases[] = {
        {"pretty_printed", "{\n  \"a\": [\n    1,\n    x\n  ]\n}", 22, 4, 5, "$.a[1]"},
        {"start_of_line", "[1,\nx]", 4, 2, 1, "$[1]"},
        {"at_newline", "[1,\nx]", 3, 1, 4, "$[1]"},
        {"crlf", "[\r\n x]", 4, 2, 2, "$[0]"},
        {"cr_alone_is_not_a_line_break", "[1,\rx]", 4, 1, 5, "$[1]"},
        {"multibyte_counts_bytes", "[\"\xC3\xA9\",x]", 6, 1, 7, "$[1]"},
        {"tabs_count_one", "[\t\tx]", 3, 1, 4, "$[0]"},
        {"blank_lines", "\n\n\n[x]", 4, 4, 2, "$[0]"},
    };
    for (const auto& c : cases) expect_location(c);
}

TEST(Locate, EveryOffsetOfASmallDocument) {
    const std::string_view doc = R"({"a":[10,{"b":"xy"}],"c":null})";
    const std::string_view expected[] = {
        "$",        "$",        "$",        "$",        "$",       // {"a":
        "$.a",      "$.a[0]",   "$.a[0]",   "$.a",      "$.a[1]",  // [10,{
        "$.a[1]",   "$.a[1]",   "$.a[1]",   "$.a[1]",              // "b":
        "$.a[1].b", "$.a[1].b", "$.a[1].b", "$.a[1].b",            // "xy"
        "$.a[1]",   "$.a",      "$",                               // }],
        "$",        "$",        "$",        "$",                   // "c":
        "$.c",      "$.c",      "$.c",      "$.c",                 // null
        "$",        "$",                                           // } and the end
    };
    ASSERT_EQ(std::size(expected), doc.size() + 1);
    for (std::size_t offset = 0; offset <= doc.size(); ++offset) {
        SCOPED_TRACE(offset);
        const source_location loc = locate(doc, offset);
        EXPECT_EQ(loc.path, expected[offset]);
        EXPECT_EQ(loc.line, 1u);
        EXPECT_EQ(loc.column, offset + 1);
    }
}

TEST(Locate, LineAndColumnAtEveryOffsetOfAMultilineDocument) {
    const std::string_view doc = "{\n\t\"k\" :\r\n [1,\n\n  \"\xE2\x82\xAC\"]}\n";
    std::size_t line = 1;
    std::size_t column = 1;
    for (std::size_t offset = 0; offset <= doc.size() + 2; ++offset) {
        SCOPED_TRACE(offset);
        const source_location loc = locate(doc, offset);
        EXPECT_EQ(loc.line, line);
        EXPECT_EQ(loc.column, column);
        if (offset < doc.size()) {
            if (doc[offset] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
    }
    EXPECT_EQ(line, 6u);
}

TEST(Locate, ToleratesInputThatIsNotJson) {
    const std::string_view docs[] = {
        "]]]}}}", "{{{",         "[\"abc", "{\"a\\",    "\xFF\xFE",
        "{:,}",   "\"\\uD800\"", "[,,,]",  "{\"a\":[}", "x\ny\nz",
    };
    for (const std::string_view doc : docs) {
        SCOPED_TRACE(doc);
        for (std::size_t offset = 0; offset <= doc.size(); ++offset) {
            const source_location loc = locate(doc, offset);
            EXPECT_GE(loc.line, 1u);
            EXPECT_GE(loc.column, 1u);
            EXPECT_EQ(loc.path.substr(0, 1), "$");
        }
    }
    EXPECT_EQ(locate("]]]}}}", 6).path, "$");
    EXPECT_EQ(locate("x\ny\nz", 4).line, 3u);
}

// --- end to end: validate() errors ----------------------------------------------------------

struct validate_location_case {
    const char* name;
    std::string_view doc;
    error_code code;
    std::size_t offset;
    std::size_t line;
    std::size_t column;
    std::string_view path;
};

TEST(LocateEndToEnd, ValidateErrorsCarryOffsetLineColumnAndPath) {
    const validate_location_case cases[] = {
        {"deep_member_element", R"({"data":{"latency":{"e2e":{"values":[1,2,3,x]}}}})",
         error_code::expected_value, 43, 1, 44, "$.data.latency.e2e.values[3]"},
        {"array_closed_by_brace", R"({"a":[1,2})", error_code::expected_comma_or_array_end, 9, 1,
         10, "$.a"},
        {"bad_escape_in_value", R"({"a":{"b":"x\qy"}})", error_code::invalid_escape, 12, 1, 13,
         "$.a.b"},
        {"bad_escape_in_key", R"({"a":{"b\q":1}})", error_code::invalid_escape, 8, 1, 9, "$.a"},
        {"quoted_key_path", R"({"call id":[nul]})", error_code::invalid_literal, 12, 1, 13,
         R"($["call id"][0])"},
        {"escaped_key_path", R"({"\u0061":[1,x]})", error_code::expected_value, 13, 1, 14,
         "$.a[1]"},
        {"multiline", "{\n  \"values\": [\n    1,\n    tru\n  ]\n}", error_code::invalid_literal,
         27, 4, 5, "$.values[1]"},
        {"missing_colon", "{\n\"a\" 1}", error_code::expected_colon, 6, 2, 5, "$"},
        {"trailing_content", "{}\n\n  x", error_code::trailing_content, 6, 3, 3, "$"},
        {"unexpected_end", "[\n1,\n", error_code::unexpected_end, 5, 3, 1, "$[1]"},
        {"control_character", "{\"a\":[\"x\ty\"]}", error_code::control_character_in_string, 8, 1,
         9, "$.a[0]"},
        {"invalid_utf8", "[0,{\"k\":\"\xC3\"}]", error_code::invalid_utf8, 9, 1, 10, "$[1].k"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        const callmap::result<void> r = callmap::json::validate(c.doc);
        ASSERT_FALSE(r.has_value());
        const callmap::parse_error& e = r.error();
        EXPECT_EQ(e.code, c.code);
        EXPECT_EQ(e.offset, c.offset);
        EXPECT_EQ(e.line, c.line);
        EXPECT_EQ(e.column, c.column);
        EXPECT_EQ(e.path, c.path);
    }
}

TEST(LocateEndToEnd, ToStringNamesMessagePathAndPosition) {
    const callmap::result<void> r =
        callmap::json::validate(R"({"data":{"latency":{"e2e":{"values":[1,2,3,x]}}}})");
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().to_string(),
              "expected a JSON value at $.data.latency.e2e.values[3] (byte 43, line 1, col 44)");

    callmap::parse_error no_path;
    no_path.message = "empty input";
    no_path.line = 1;
    no_path.column = 1;
    EXPECT_EQ(no_path.to_string(), "empty input (byte 0, line 1, col 1)");
}

}  // namespace
