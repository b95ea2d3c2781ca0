// callmap/form/reader.hpp: the pairs of an application/x-www-form-urlencoded body, decoded,
// zero-copy when nothing is escaped, and every malformed piece refused with its byte offset.
#include "callmap/form/reader.hpp"

#include <gtest/gtest.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

using callmap::error_code;

struct read_pairs {
    std::vector<callmap::form::pair> pairs;
    std::optional<callmap::parse_error> error;
};

read_pairs read_all(std::string_view body, callmap::arena& memory,
                    const callmap::parse_options& options = {}) {
    read_pairs out;
    callmap::form::reader r(body, memory, options);
    callmap::form::pair p;
    while (r.next(p)) out.pairs.push_back(p);
    if (r.failed()) out.error = r.make_error();
    return out;
}

std::vector<std::pair<std::string, std::string>> texts(const read_pairs& r) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& p : r.pairs) out.emplace_back(p.key, p.value);
    return out;
}

using pairs = std::vector<std::pair<std::string, std::string>>;

TEST(form_reader, yields_the_pairs_in_order) {
    callmap::arena memory;
    const read_pairs r = read_all("CallSid=CA12&CallStatus=completed&CallDuration=15", memory);
    ASSERT_FALSE(r.error);
    EXPECT_EQ(texts(r),
              (pairs{{"CallSid", "CA12"}, {"CallStatus", "completed"}, {"CallDuration", "15"}}));
    EXPECT_EQ(r.pairs[1].key_offset, 13u);
    EXPECT_EQ(r.pairs[1].value_offset, 24u);
}

TEST(form_reader, views_the_body_when_nothing_is_escaped) {
    callmap::arena memory;
    const std::string body = "From=client%3Aalice&To=bob";
    const read_pairs r = read_all(body, memory);
    ASSERT_FALSE(r.error);
    EXPECT_EQ(r.pairs[1].value.data(), body.data() + 23);  // "bob", in place
    EXPECT_NE(r.pairs[0].value.data(), body.data() + 5);   // decoded into the arena
    EXPECT_EQ(r.pairs[0].value, "client:alice");
}

TEST(form_reader, decodes_percent_escapes_and_plus) {
    callmap::arena memory;
    const read_pairs r = read_all(
        "Timestamp=Tue%2C+10+Aug+2010+03%3a17%3A15+%2B0000&Na%6De=%C3%A9t%C3%A9+2", memory);
    ASSERT_FALSE(r.error);
    EXPECT_EQ(texts(r), (pairs{{"Timestamp", "Tue, 10 Aug 2010 03:17:15 +0000"},
                               {"Name", "\xC3\xA9t\xC3\xA9 2"}}));
}

TEST(form_reader, passes_over_empty_pieces_and_reads_a_piece_without_equals_as_an_empty_value) {
    callmap::arena memory;
    const read_pairs r = read_all("&a=1&&b&c=&=d&", memory);
    ASSERT_FALSE(r.error);
    EXPECT_EQ(texts(r), (pairs{{"a", "1"}, {"b", ""}, {"c", ""}, {"", "d"}}));
}

TEST(form_reader, splits_at_the_first_equals_only) {
    callmap::arena memory;
    const read_pairs r = read_all("Url=https://x.test/a?b=c%26d", memory);
    ASSERT_FALSE(r.error);
    EXPECT_EQ(texts(r), (pairs{{"Url", "https://x.test/a?b=c&d"}}));
}

TEST(form_reader, ignores_whitespace_at_the_end_of_the_body_only) {
    callmap::arena memory;
    const read_pairs r = read_all("a=1&b=2\r\n", memory);
    ASSERT_FALSE(r.error);
    EXPECT_EQ(texts(r), (pairs{{"a", "1"}, {"b", "2"}}));

    const read_pairs inside = read_all("a=1\n&b=2", memory);
    ASSERT_TRUE(inside.error);
    EXPECT_EQ(inside.error->code, error_code::unexpected_character);
    EXPECT_EQ(inside.error->offset, 3u);
}

TEST(form_reader, refuses_an_invalid_percent_escape_at_its_offset) {
    for (const auto& [body, offset] : std::vector<std::pair<std::string, std::size_t>>{
             {"a=1&b=%zz", 6}, {"a=1&b=x%4", 7}, {"a=%", 2}, {"k%2=v", 1}, {"a=%%41", 2}}) {
        SCOPED_TRACE(body);
        callmap::arena memory;
        const read_pairs r = read_all(body, memory);
        ASSERT_TRUE(r.error);
        EXPECT_EQ(r.error->code, error_code::invalid_escape);
        EXPECT_EQ(r.error->offset, offset);
        EXPECT_EQ(r.error->to_string(),
                  "invalid percent escape (expected '%' and two hex digits) at $ (byte " +
                      std::to_string(offset) + ", line 1, col " + std::to_string(offset + 1) + ")");
    }
}

TEST(form_reader, refuses_invalid_utf8_raw_or_escaped_at_the_byte_that_starts_it) {
    for (const auto& [body, offset] : std::vector<std::pair<std::string, std::size_t>>{
             {"a=ok&b=x\xFFy", 8},
             {"a=x%FFy", 3},
             {"a=%C3%A9%C3", 8},  // a lead byte without its continuation
             {"a=%ED%A0%80", 2},  // an encoded surrogate
             {"%C0%80=1", 0}}) {  // an overlong NUL in a key
        SCOPED_TRACE(body);
        callmap::arena memory;
        const read_pairs r = read_all(body, memory);
        ASSERT_TRUE(r.error);
        EXPECT_EQ(r.error->code, error_code::invalid_utf8);
        EXPECT_EQ(r.error->offset, offset);
    }
}

TEST(form_reader, refuses_raw_control_characters_but_decodes_escaped_ones) {
    callmap::arena memory;
    const read_pairs raw = read_all(std::string_view("a=x\0y", 5), memory);
    ASSERT_TRUE(raw.error);
    EXPECT_EQ(raw.error->code, error_code::unexpected_character);
    EXPECT_EQ(raw.error->offset, 3u);

    const read_pairs escaped = read_all("a=line%0Anext%00", memory);
    ASSERT_FALSE(escaped.error);
    EXPECT_EQ(escaped.pairs[0].value, std::string_view("line\nnext\0", 10));
}

TEST(form_reader, refuses_an_empty_body_and_one_over_the_size_limit) {
    callmap::arena memory;
    for (const std::string_view body : {std::string_view(""), std::string_view(" \r\n")}) {
        const read_pairs r = read_all(body, memory);
        ASSERT_TRUE(r.error);
        EXPECT_EQ(r.error->code, error_code::empty_input);
    }
    callmap::parse_options small;
    small.max_input_bytes = 4;
    const read_pairs r = read_all("a=12", memory, small);
    EXPECT_FALSE(r.error);
    const read_pairs over = read_all("a=123", memory, small);
    ASSERT_TRUE(over.error);
    EXPECT_EQ(over.error->code, error_code::input_too_large);
}

TEST(form_reader, reports_a_full_arena) {
    callmap::arena memory(64);  // at most 64 bytes
    const std::string body = "a=" + std::string(100, '+');
    const read_pairs r = read_all(body, memory);
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->code, error_code::arena_limit_exceeded);
    EXPECT_EQ(r.error->offset, 2u);
}

TEST(form_reader, stops_after_an_error) {
    callmap::arena memory;
    callmap::form::reader r("a=%zz&b=1", memory, {});
    callmap::form::pair p;
    EXPECT_FALSE(r.next(p));
    EXPECT_TRUE(r.failed());
    EXPECT_FALSE(r.next(p));
    EXPECT_EQ(r.make_error().code, error_code::invalid_escape);
}

TEST(looks_form_encoded, wants_an_encoded_key_and_equals_that_do_not_start_as_json_does) {
    for (const std::string_view form : {"CallSid=CA1", "a=", "%41=1", "from=x", "nully=1",
                                        "trueish=1", "fa=1", "_x=1&y", "a+b.c-d*e=1"}) {
        EXPECT_TRUE(callmap::form::looks_form_encoded(form)) << form;
    }
    for (const std::string_view json :
         std::initializer_list<std::string_view>{"{\"a\":1}",
                                                 "[1]",
                                                 " {}",
                                                 "\n[]",
                                                 "\"s\"",
                                                 "12",
                                                 "-1",
                                                 "true",
                                                 "false",
                                                 "null",
                                                 "null\n",
                                                 "true ",
                                                 "",
                                                 "@",
                                                 "a",
                                                 "a&b=1",
                                                 std::string_view("\0=1", 3),
                                                 "\x7F=1",
                                                 "\xC3\xA9=1",
                                                 "]\n=",
                                                 "a:b=1",
                                                 "\"a\"=1",
                                                 "a b=1"}) {
        EXPECT_FALSE(callmap::form::looks_form_encoded(json)) << json;
    }
}

}  // namespace
