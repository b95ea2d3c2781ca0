// A payload parsed through a golden generated header: the generated parser, key dispatch,
// aliases, open enums, decimals, duplicate and missing-field rules.
#include "codegen/golden/sample.hpp"

#include <gtest/gtest.h>

#include <ostream>
#include <string_view>

#include "callmap/parse.hpp"

namespace {

using callmap::sample::response;

constexpr std::string_view full_payload = R"({
  "status": "success",
  "data": {
    "id": "c1", "callStatus": "ongoing", "direction": "in-progress", "phone_id": "p9",
    "new": true, "duration": "159", "start_timestamp": 1703097600000,
    "words": [{"word": "hi", "start": 1, "end": 2}, {"end": 4, "word": "yo", "start": 3}],
    "values": [1.5, 2], "tags": {"a": "b"}, "metadata": {"x": [1]}, "extra": {"deep": [true]}
  }
})";

TEST(generated_parser, reads_every_construct) {
    callmap::arena arena;
    const auto r = callmap::parse<response>(full_payload, arena);
    ASSERT_TRUE(r) << r.error();
    EXPECT_EQ(r->status, "success");
    EXPECT_FALSE(r->message.has_value());
    ASSERT_TRUE(r->data.has_value());
    const auto& d = *r->data;
    EXPECT_EQ(d.id, "c1");
    EXPECT_EQ(d.call_status.value, callmap::sample::call_status::ONGOING);  // case-insensitive
    EXPECT_EQ(d.call_status.raw, "ongoing");
    ASSERT_TRUE(d.direction.has_value());
    EXPECT_EQ(d.direction->value, callmap::sample::direction::in_progress);
    EXPECT_EQ(d.phone_register_id, "p9");  // through the alias phone_id
    EXPECT_EQ(d.is_new, true);
    ASSERT_TRUE(d.duration.has_value());
    EXPECT_EQ(d.duration->text, "159");
    EXPECT_TRUE(d.duration->quoted);
    EXPECT_EQ(d.start_timestamp, 1703097600000);
    ASSERT_EQ(d.words.size(), 2u);
    EXPECT_EQ(d.words[1].word, "yo");
    EXPECT_EQ(d.words[1].start, 3);
    EXPECT_EQ(d.words[1].end, 4);
    ASSERT_TRUE(d.values.has_value());
    ASSERT_EQ(d.values->size(), 2u);
    EXPECT_EQ((*d.values)[0], 1.5);
    ASSERT_TRUE(d.tags.has_value());
    const std::string_view* tag = d.tags->find("a");
    ASSERT_NE(tag, nullptr);
    EXPECT_EQ(*tag, "b");
    EXPECT_EQ(d.metadata->text, R"({"x": [1]})");
}

TEST(generated_parser, one_of_values_by_json_type) {
    callmap::arena arena;
    const auto r = callmap::parse<response>(
        R"({"status":"s","data":{"id":"c","callStatus":"X","words":[],)"
        R"("steps":[{"question":"q","answer":["text",{"key":"1","title":"One","total":3},42]}]}})",
        arena);
    ASSERT_TRUE(r) << r.error();
    ASSERT_TRUE(r->data->steps.has_value());
    const auto& answers = (*r->data->steps)[0].answer;
    ASSERT_EQ(answers.size(), 3u);
    EXPECT_EQ(answers[0].as_string, "text");
    EXPECT_FALSE(answers[0].as_choice.has_value());
    ASSERT_TRUE(answers[1].as_choice.has_value());
    EXPECT_EQ(answers[1].as_choice->title, "One");
    EXPECT_EQ(answers[1].as_choice->total, 3);
    EXPECT_EQ(answers[2].as_int, 42);
}

TEST(generated_parser, unknown_enum_value_keeps_its_text) {
    callmap::arena arena;
    const auto r = callmap::parse<response>(
        R"({"status":"s","data":{"id":"c","callStatus":"PAUSED","words":[]}})", arena);
    ASSERT_TRUE(r) << r.error();
    EXPECT_FALSE(r->data->call_status.known());
    EXPECT_EQ(r->data->call_status.raw, "PAUSED");
}

struct bad_payload {
    std::string_view json;
    callmap::error_code code;
    std::string_view message;
};

/// gtest prints a parameter as its payload (not byte by byte, padding included).
void PrintTo(const bad_payload& c, std::ostream* os) {
    *os << c.json;
}

class generated_parser_errors : public testing::TestWithParam<bad_payload> {};

TEST_P(generated_parser_errors, reports_exactly) {
    callmap::arena arena;
    const auto r = callmap::parse<response>(GetParam().json, arena);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, GetParam().code);
    EXPECT_EQ(r.error().to_string(), GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    table, generated_parser_errors,
    testing::Values(
        bad_payload{
            R"({"status":"s","data":{"id":"c","callStatus":"X","words":[{"word":"a","start":1}]}})",
            callmap::error_code::missing_field,
            "missing required field 'end' at $.data.words[0] (byte 78, line 1, col 79)"},
        bad_payload{
            R"({"status":"s","data":{"id":"c","phone_id":"1","phone_register_id":"2","callStatus":"X","words":[]}})",
            callmap::error_code::duplicate_key,
            "duplicate key 'phone_register_id' at $.data (byte 46, line 1, col 47)"},
        bad_payload{
            R"({"status":"s","data":{"id":"c","callStatus":"X","words":[],"duration":"12x"}})",
            callmap::error_code::type_mismatch,
            "expected number or numeric string, found string at $.data.duration (byte 70, line 1, "
            "col 71)"},
        bad_payload{R"({"status":"s","data":{"id":7,"callStatus":"X","words":[]}})",
                    callmap::error_code::type_mismatch,
                    "expected string, found number at $.data.id (byte 27, line 1, col 28)"},
        bad_payload{
            R"({"status":"s","data":{"id":"c","callStatus":"X","words":[],"steps":[{"question":"q","answer":[true]}]}})",
            callmap::error_code::type_mismatch,
            "expected string, choice or int, found boolean at $.data.steps[0].answer[0] (byte 94, "
            "line 1, col 95)"},
        bad_payload{R"({"status":"s","data":{"id":"c","callStatus":"X","words":[],"extra":[1,}]}})",
                    callmap::error_code::expected_value,
                    "expected a JSON value at $.data.extra[1] (byte 70, line 1, col 71)"}));

TEST(generated_parser, strict_mode_refuses_unknown_keys) {
    callmap::arena arena;
    callmap::parse_options strict;
    strict.unknown_keys = callmap::unknown_key_policy::error;
    const auto r = callmap::parse<response>(R"({"status":"s","surprise":1})", arena, strict);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().to_string(), "unknown key 'surprise' at $ (byte 14, line 1, col 15)");
}

TEST(generated_parser, reused_destination_is_reset) {
    callmap::arena arena;
    response out;
    ASSERT_TRUE(callmap::parse_into(out, full_payload, arena));
    ASSERT_TRUE(callmap::parse_into(out, R"({"status":"again"})", arena));
    EXPECT_EQ(out.status, "again");
    EXPECT_FALSE(out.data.has_value());
}

}  // namespace
