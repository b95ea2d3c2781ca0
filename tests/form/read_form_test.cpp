// callmap/form/read_form.hpp: a form value read as its member's type, and a form-encoded shape
// end to end, through Twilio's status callback (schemas/twilio.yaml, shapes: status_callback)
// and callmap::normalize / normalize_page / detect.
#include "callmap/form/read_form.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "callmap/builtin.hpp"

namespace {

using callmap::error_code;

// --- form::read_value ----------------------------------------------------------------------

template <class T>
callmap::form::value_status read(std::string_view text, T& out) {
    callmap::arena memory;
    return callmap::form::read_value(text, out, memory, {});
}

TEST(form_read_value, a_decimal_is_a_json_number_kept_as_text) {
    callmap::decimal d;
    EXPECT_EQ(read("15", d).code, error_code::ok);
    EXPECT_EQ(d.text, "15");
    EXPECT_EQ(read("-0.05400", d).code, error_code::ok);
    EXPECT_EQ(d.text, "-0.05400");
    for (const std::string_view bad : {"", "abc", " 15", "15 ", "+1", "0x10", "1.", "\"15\""}) {
        const auto status = read(bad, d);
        EXPECT_EQ(status.code, error_code::type_mismatch) << bad;
        EXPECT_EQ(status.expected, "a number");
    }
}

TEST(form_read_value, integers_floats_and_bools_read_as_json_would) {
    std::int64_t i = 0;
    EXPECT_EQ(read("-42", i).code, error_code::ok);
    EXPECT_EQ(i, -42);
    EXPECT_EQ(read("1.5", i).code, error_code::type_mismatch);
    EXPECT_EQ(read("99999999999999999999", i).code, error_code::number_out_of_range);
    EXPECT_EQ(read("4 2", i).code, error_code::trailing_content);
    EXPECT_EQ(read("null", i).code, error_code::type_mismatch);
    double x = 0;
    EXPECT_EQ(read("2.5e1", x).code, error_code::ok);
    EXPECT_EQ(x, 25.0);
    bool b = false;
    EXPECT_EQ(read("true", b).code, error_code::ok);
    EXPECT_TRUE(b);
    EXPECT_EQ(read("false", b).code, error_code::ok);
    EXPECT_FALSE(b);
    const auto yes = read("yes", b);
    EXPECT_EQ(yes.code, error_code::type_mismatch);
    EXPECT_EQ(yes.expected, "true or false");
    EXPECT_EQ(read("trueish", b).code, error_code::trailing_content);
}

TEST(form_read_value, an_empty_value_leaves_an_optional_absent) {
    std::optional<std::string_view> s = "before";
    EXPECT_EQ(read("", s).code, error_code::ok);
    EXPECT_FALSE(s);
    EXPECT_EQ(read("x", s).code, error_code::ok);
    EXPECT_EQ(s, "x");
    std::optional<callmap::decimal> d;
    EXPECT_EQ(read("", d).code, error_code::ok);
    EXPECT_FALSE(d);
    EXPECT_EQ(read("x", d).code, error_code::type_mismatch);
    std::string_view required = "before";  // a required string may be empty
    EXPECT_EQ(read("", required).code, error_code::ok);
    EXPECT_EQ(required, "");
}

// --- Twilio's status callback --------------------------------------------------------------

const std::string completed =
    "AccountSid=ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa&CallDuration=15"
    "&CallSid=CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa&CallStatus=completed&Called=%2B18005551212"
    "&Direction=outbound-api&From=%2B14158675310"
    "&Timestamp=Tue%2C+10+Aug+2010+03%3A17%3A15+%2B0000&To=%2B18005551212";

TEST(status_callback, normalizes_like_the_json_of_the_same_call) {
    callmap::arena memory;
    const auto c = callmap::normalize(completed, memory);
    ASSERT_TRUE(c) << c.error().to_string();
    EXPECT_EQ(c->provider, "twilio");
    EXPECT_EQ(c->id, "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    EXPECT_EQ(c->source.shape, callmap::payload_shape::callback);
    EXPECT_EQ(c->source.event, "completed");
    EXPECT_EQ(c->status, callmap::call_status::completed);
    EXPECT_EQ(c->direction, callmap::direction::outbound);
    ASSERT_TRUE(c->from);
    EXPECT_EQ(c->from->raw, "+14158675310");  // decoded into the arena
    EXPECT_EQ(c->duration_ms, 15000);
    EXPECT_NE(callmap::to_json(*c).find("\"updated_at\":\"2010-08-10T03:17:15.000Z\""),
              std::string::npos)
        << callmap::to_json(*c);

    const auto named = callmap::normalize(completed, memory, "twilio");
    ASSERT_TRUE(named) << named.error().to_string();
    EXPECT_EQ(callmap::to_json(*named), callmap::to_json(*c));
    const auto detected = callmap::detect(completed);
    ASSERT_TRUE(detected) << detected.error().to_string();
    EXPECT_EQ(*detected, "twilio");
}

TEST(status_callback, an_initiated_event_is_queued) {
    const std::string body =
        "CallSid=CA1&AccountSid=AC1&CallStatus=initiated&Direction=inbound&From=%2B1&To=%2B2";
    callmap::arena memory;
    const auto p = callmap::normalize_page(body, memory);
    ASSERT_TRUE(p) << p.error().to_string();
    EXPECT_EQ(p->shape, callmap::payload_shape::callback);
    ASSERT_EQ(p->calls.size(), 1u);
    EXPECT_EQ(p->calls[0].status, callmap::call_status::queued);
    EXPECT_EQ(p->calls[0].status_raw, "initiated");
    EXPECT_EQ(p->calls[0].source.event, "initiated");
    EXPECT_FALSE(p->calls[0].duration_ms);
    EXPECT_TRUE(p->calls[0].warnings.empty());
}

TEST(status_callback, answered_by_is_what_machine_detection_said) {
    const std::string body =
        "CallSid=CA1&AccountSid=AC1&CallStatus=in-progress&AnsweredBy=machine_end_beep";
    callmap::arena memory;
    const auto c = callmap::normalize(body, memory);
    ASSERT_TRUE(c) << c.error().to_string();
    EXPECT_EQ(c->answered_by, callmap::answered_by::machine);
    EXPECT_EQ(c->answered_by_raw, "machine_end_beep");
    EXPECT_EQ(c->status, callmap::call_status::in_progress);
}

TEST(status_callback, empty_values_are_absent) {
    const std::string body =
        "CallSid=CA1&AccountSid=AC1&CallStatus=ringing&CallDuration=&From=&To=&CallerName=";
    callmap::arena memory;
    const auto c = callmap::normalize(body, memory);
    ASSERT_TRUE(c) << c.error().to_string();
    EXPECT_FALSE(c->duration_ms);
    EXPECT_EQ(callmap::to_json(*c).find("\"from\""), std::string::npos) << callmap::to_json(*c);
}

TEST(status_callback, a_value_of_the_wrong_type_fails_at_its_key) {
    const std::string body = "CallSid=CA1&AccountSid=AC1&CallStatus=completed&CallDuration=15s";
    callmap::arena memory;
    const auto c = callmap::normalize(body, memory);
    ASSERT_FALSE(c);
    EXPECT_EQ(c.error().code, error_code::type_mismatch);
    EXPECT_EQ(c.error().to_string(),
              "expected a number, found '15s' at $.CallDuration (byte 61, line 1, col 62)");
}

TEST(status_callback, a_repeated_key_fails_or_the_last_wins_by_the_policy) {
    const std::string body = "CallSid=CA1&AccountSid=AC1&CallStatus=ringing&CallStatus=completed";
    callmap::arena memory;
    const auto strict = callmap::normalize(body, memory);
    ASSERT_FALSE(strict);
    EXPECT_EQ(strict.error().to_string(),
              "duplicate key 'CallStatus' at $.CallStatus (byte 46, line 1, col 47)");

    callmap::parse_options last_wins;
    last_wins.duplicate_keys = callmap::duplicate_key_policy::last_wins;
    const auto c = callmap::normalize(body, memory, callmap::builtin_providers, "auto", last_wins);
    ASSERT_TRUE(c) << c.error().to_string();
    EXPECT_EQ(c->status, callmap::call_status::completed);
    EXPECT_EQ(c->source.event, "completed");
}

TEST(status_callback, strict_mode_refuses_a_key_the_shape_does_not_read) {
    const std::string body = "CallSid=CA1&AccountSid=AC1&CallStatus=ringing&Digits=12";
    callmap::parse_options strict;
    strict.unknown_keys = callmap::unknown_key_policy::error;
    callmap::arena memory;
    const auto c = callmap::normalize(body, memory, callmap::builtin_providers, "twilio", strict);
    ASSERT_FALSE(c);
    EXPECT_EQ(c.error().to_string(), "unknown key 'Digits' at $.Digits (byte 46, line 1, col 47)");
}

TEST(status_callback, a_required_key_missing_is_named) {
    callmap::arena memory;
    const auto p =
        callmap::twilio::read_status_callback("AccountSid=AC1&CallStatus=ringing", memory);
    ASSERT_FALSE(p);
    EXPECT_EQ(p.error().code, error_code::missing_field);
    EXPECT_EQ(p.error().to_string(),
              "missing required field 'CallSid' at $ (byte 33, line 1, col 34)");
}

TEST(status_callback, a_malformed_body_fails_with_the_readers_error) {
    callmap::arena memory;
    const auto c =
        callmap::normalize(std::string_view("CallSid=CA1&AccountSid=AC1&CallStatus=%G1"), memory);
    ASSERT_FALSE(c);
    EXPECT_EQ(c.error().code, error_code::invalid_escape);
    EXPECT_EQ(c.error().offset, 38u);
}

TEST(status_callback, keys_no_form_shape_has_name_no_provider) {
    callmap::arena memory;
    const auto c = callmap::normalize(std::string_view("CallSid=CA1&Digits=1"), memory);
    ASSERT_FALSE(c);
    EXPECT_EQ(c.error().to_string(), "no known provider has a form shape with these keys");
}

TEST(status_callback, the_encoding_can_be_named) {
    callmap::arena memory;
    callmap::parse_options json;
    json.encoding = callmap::payload_encoding::json;
    const auto as_json =
        callmap::normalize(completed, memory, callmap::builtin_providers, "auto", json);
    ASSERT_FALSE(as_json);
    EXPECT_EQ(as_json.error().offset, 0u);

    callmap::parse_options form;
    form.encoding = callmap::payload_encoding::form;
    const auto named =
        callmap::normalize(completed, memory, callmap::builtin_providers, "twilio", form);
    EXPECT_TRUE(named) << named.error().to_string();
    // a form body whose first key starts like a JSON literal is read when the form is named
    const std::string body = "CallStatus=completed&CallSid=CA1&AccountSid=AC1";
    EXPECT_TRUE(callmap::normalize(body, memory, callmap::builtin_providers, "auto", form));
    const auto not_a_form = callmap::normalize(std::string_view(R"({"sid":"CA1"})"), memory,
                                               callmap::builtin_providers, "auto", form);
    ASSERT_FALSE(not_a_form);
    EXPECT_EQ(not_a_form.error().to_string(), "no known provider has a form shape with these keys");
    const auto no_form_shape =
        callmap::normalize(completed, memory, callmap::builtin_providers, "vapi", form);
    ASSERT_FALSE(no_form_shape);
    EXPECT_EQ(no_form_shape.error().to_string(), "no provider here has a form-encoded shape");
}

TEST(status_callback, the_json_get_answer_of_a_named_provider_is_unchanged) {
    const std::string get =
        R"({"sid":"CA1","account_sid":"AC1","status":"completed","direction":"inbound"})";
    callmap::arena memory;
    const auto c = callmap::normalize(get, memory, callmap::builtin_providers, "twilio");
    ASSERT_TRUE(c) << c.error().to_string();
    EXPECT_EQ(c->source.shape, callmap::payload_shape::get);
}

}  // namespace
