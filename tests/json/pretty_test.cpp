// Tests of callmap::json::pretty_print: exact output at several indents, empty containers on one
// line, tokens (strings with escapes, numbers) kept byte for byte, and invalid input refused
// with the validation error.
#include "callmap/json/pretty.hpp"

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

namespace callmap {
// Readable error codes in assertion messages.
inline void PrintTo(error_code code, std::ostream* os) {
    *os << static_cast<int>(code) << " (" << describe(code) << ")";
}
}  // namespace callmap

namespace {

using callmap::error_code;
using callmap::json::pretty_print;

struct pretty_case {
    const char* name;
    std::string_view input;
    unsigned indent;
    std::string_view output;
};

void expect_pretty(const pretty_case& c) {
    SCOPED_TRACE(c.name);
    const callmap::result<std::string> r = pretty_print(c.input, c.indent);
    ASSERT_TRUE(r.has_value()) << r.error();
    EXPECT_EQ(*r, c.output);
}

TEST(PrettyPrint, SmallNestedDocumentAtIndentTwoAndFour) {
    const pretty_case cases[] = {
        {"indent_2", R"({"a":[1,2],"b":{"c":null},"d":"x"})", 2,
         "{\n"
         "  \"a\": [\n"
         "    1,\n"
         "    2\n"
         "  ],\n"
         "  \"b\": {\n"
         "    \"c\": null\n"
         "  },\n"
         "  \"d\": \"x\"\n"
         "}\n"},
        {"indent_4", R"({"a":[1,2],"b":{"c":null},"d":"x"})", 4,
         "{\n"
         "    \"a\": [\n"
         "        1,\n"
         "        2\n"
         "    ],\n"
         "    \"b\": {\n"
         "        \"c\": null\n"
         "    },\n"
         "    \"d\": \"x\"\n"
         "}\n"},
        {"indent_0", R"({"a":[1,2]})", 0,
         "{\n"
         "\"a\": [\n"
         "1,\n"
         "2\n"
         "]\n"
         "}\n"},
        {"array_of_objects", R"([{"id":1,"ok":true},{"id":2,"ok":false}])", 2,
         "[\n"
         "  {\n"
         "    \"id\": 1,\n"
         "    \"ok\": true\n"
         "  },\n"
         "  {\n"
         "    \"id\": 2,\n"
         "    \"ok\": false\n"
         "  }\n"
         "]\n"},
        {"deep", R"({"a":{"b":{"c":[true,[null]]}}})", 2,
         "{\n"
         "  \"a\": {\n"
         "    \"b\": {\n"
         "      \"c\": [\n"
         "        true,\n"
         "        [\n"
         "          null\n"
         "        ]\n"
         "      ]\n"
         "    }\n"
         "  }\n"
         "}\n"},
    };
    for (const auto& c : cases) expect_pretty(c);
}

TEST(PrettyPrint, DefaultIndentIsTwo) {
    const callmap::result<std::string> r = pretty_print(R"({"a":1})");
    ASSERT_TRUE(r.has_value()) << r.error();
    EXPECT_EQ(*r, "{\n  \"a\": 1\n}\n");
}

TEST(PrettyPrint, EmptyContainersStayOnOneLine) {
    const pretty_case cases[] = {
        {"empty_object", "{}", 2, "{}\n"},
        {"empty_array", "[]", 2, "[]\n"},
        {"empty_object_with_space", "{ \n\t}", 2, "{}\n"},
        {"empty_array_with_space", "[\r\n ]", 4, "[]\n"},
        {"empty_inside_array", "[[],{},[ ]]", 2, "[\n  [],\n  {},\n  []\n]\n"},
        {"empty_members", R"({"a":{},"b":[]})", 2, "{\n  \"a\": {},\n  \"b\": []\n}\n"},
        {"nested_empty", "[[[]]]", 2, "[\n  [\n    []\n  ]\n]\n"},
    };
    for (const auto& c : cases) expect_pretty(c);
}

TEST(PrettyPrint, InsignificantWhitespaceIsReplaced) {
    const pretty_case cases[] = {
        {"spread_out", " {\n\t\"a\" :\r\n [ 1 ,2 ] ,\"b\":{ } } \n", 2,
         "{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": {}\n}\n"},
        {"already_pretty", "{\n  \"a\": [\n    1\n  ]\n}\n", 2, "{\n  \"a\": [\n    1\n  ]\n}\n"},
    };
    for (const auto& c : cases) expect_pretty(c);
}

TEST(PrettyPrint, TokensAreKeptByteForByte) {
    const pretty_case cases[] = {
        {"string_escapes", R"({"k\"ey":"a\\b\n\u00e9 \/ {[,:]} \""})", 2,
         "{\n  \"k\\\"ey\": \"a\\\\b\\n\\u00e9 \\/ {[,:]} \\\"\"\n}\n"},
        {"structure_inside_strings", R"(["[",  "{", ",", ":", "]", "}"])", 0,
         "[\n\"[\",\n\"{\",\n\",\",\n\":\",\n\"]\",\n\"}\"\n]\n"},
        {"utf8", "[\"caf\xC3\xA9 \xF0\x9F\x98\x80\"]", 1,
         "[\n \"caf\xC3\xA9 \xF0\x9F\x98\x80\"\n]\n"},
        {"numbers_not_reformatted", "[-0.0,1E+2,1e-07,100000000000000000000000]", 2,
         "[\n  -0.0,\n  1E+2,\n  1e-07,\n  100000000000000000000000\n]\n"},
        {"scalar_number", " -1.5e+3 ", 2, "-1.5e+3\n"},
        {"scalar_string", R"("s p\tace")", 2, "\"s p\\tace\"\n"},
        {"scalar_literal", "\ttrue\n", 2, "true\n"},
    };
    for (const auto& c : cases) expect_pretty(c);
}

TEST(PrettyPrint, OutputIsValidAndPrettyPrintingItAgainChangesNothing) {
    const std::string_view input =
        R"({"a":[1,{"b":[[],{}],"c":"x\"y"}],"d":{"e":null,"f":[true,false]},"g":-0.5})";
    for (const unsigned indent : {0u, 1u, 2u, 3u, 8u}) {
        SCOPED_TRACE(indent);
        const callmap::result<std::string> once = pretty_print(input, indent);
        ASSERT_TRUE(once.has_value()) << once.error();
        const callmap::result<std::string> twice = pretty_print(*once, indent);
        ASSERT_TRUE(twice.has_value()) << twice.error();
        EXPECT_EQ(*twice, *once);
        // Same tokens: removing all whitespace outside strings gives back the compact input.
        std::string compact;
        bool in_string = false;
        for (std::size_t i = 0; i < once->size(); ++i) {
            const char c = (*once)[i];
            if (in_string) {
                compact += c;
                if (c == '\\') {
                    compact += (*once)[++i];
                } else if (c == '"') {
                    in_string = false;
                }
            } else if (c == '"') {
                in_string = true;
                compact += c;
            } else if (c != ' ' && c != '\n') {
                compact += c;
            }
        }
        EXPECT_EQ(compact, input);
    }
}

TEST(PrettyPrint, InvalidInputReturnsTheValidationError) {
    struct invalid_case {
        const char* name;
        std::string_view input;
        error_code code;
        std::size_t offset;
        std::string_view path;
    };
    const invalid_case cases[] = {
        {"empty", "", error_code::empty_input, 0, "$"},
        {"trailing_comma", "[1,]", error_code::expected_value, 3, "$[1]"},
        {"unclosed", R"({"a":[1)", error_code::unexpected_end, 7, "$.a"},
        {"trailing_content", "{} {}", error_code::trailing_content, 3, "$"},
        {"byte_order_mark", "\xEF\xBB\xBF{}", error_code::byte_order_mark, 0, "$"},
        {"bad_escape", R"({"a":"\q"})", error_code::invalid_escape, 6, "$.a"},
        {"bad_utf8", "[\"\xC3\"]", error_code::invalid_utf8, 2, "$[0]"},
        {"unterminated_string", R"(["abc)", error_code::unexpected_end, 5, "$[0]"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        const callmap::result<std::string> r = pretty_print(c.input);
        ASSERT_FALSE(r.has_value());
        EXPECT_EQ(r.error().code, c.code);
        EXPECT_EQ(r.error().offset, c.offset);
        EXPECT_EQ(r.error().path, c.path);
        EXPECT_EQ(r.error().message, callmap::describe(c.code));
    }
}

TEST(PrettyPrint, OptionsAreAppliedByTheValidation) {
    callmap::parse_options shallow;
    shallow.max_depth = 1;
    const callmap::result<std::string> r = pretty_print("[[1]]", 2, shallow);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, error_code::depth_limit_exceeded);
    EXPECT_EQ(r.error().offset, 1u);

    callmap::parse_options small;
    small.max_input_bytes = 3;
    const callmap::result<std::string> big = pretty_print("[10]", 2, small);
    ASSERT_FALSE(big.has_value());
    EXPECT_EQ(big.error().code, error_code::input_too_large);
    const callmap::result<std::string> fits = pretty_print("[1]", 2, small);
    ASSERT_TRUE(fits.has_value()) << fits.error();
    EXPECT_EQ(*fits, "[\n  1\n]\n");
}

}  // namespace
