// CALLMAP_JSON_KEYS and CALLMAP_JSON_DEFAULTED (json/member_keys.hpp): renamed keys are what
// parse<T> reads and to_json writes, defaulted members may be absent and keep their default.
#include "callmap/json/member_keys.hpp"

#include <cstdint>
#include <optional>
#include <string_view>

#include <boost/describe/class.hpp>
#include <gtest/gtest.h>

#include "callmap/json/writer.hpp"
#include "callmap/parse.hpp"

namespace member_keys_test {

struct retell_call {
    std::string_view call_id;
    std::string_view agent_id;
    std::int64_t retries = 3;
    std::string_view region = "us";
    std::optional<std::int64_t> duration_ms;
};
BOOST_DESCRIBE_STRUCT(retell_call, (), (call_id, agent_id, retries, region, duration_ms))
CALLMAP_JSON_KEYS(retell_call, {"call_id", "callId"}, {"duration_ms", "durationMs"})
CALLMAP_JSON_DEFAULTED(retell_call, "retries", "region")

static_assert(callmap::json::detail::json_key<retell_call>("call_id") == "callId");
static_assert(callmap::json::detail::json_key<retell_call>("agent_id") == "agent_id");
static_assert(callmap::json::detail::is_defaulted<retell_call>("retries"));
static_assert(!callmap::json::detail::is_defaulted<retell_call>("agent_id"));

TEST(member_keys, renamed_members_are_read_by_their_json_key) {
    constexpr std::string_view json =
        R"({"callId":"c1","agent_id":"a1","retries":5,"region":"eu","durationMs":1200})";
    callmap::arena memory;
    const callmap::result<retell_call> r = callmap::parse<retell_call>(json, memory);
    ASSERT_TRUE(r.has_value()) << r.error();
    EXPECT_EQ(r->call_id, "c1");
    EXPECT_EQ(r->agent_id, "a1");
    EXPECT_EQ(r->retries, 5);
    EXPECT_EQ(r->region, "eu");
    EXPECT_EQ(r->duration_ms, 1200);
}

TEST(member_keys, the_member_name_of_a_renamed_member_is_an_unknown_key) {
    constexpr std::string_view json = R"({"call_id":"c1","agent_id":"a1"})";
    callmap::arena memory;
    callmap::parse_options strict;
    strict.unknown_keys = callmap::unknown_key_policy::error;
    const callmap::result<retell_call> r = callmap::parse<retell_call>(json, memory, strict);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, callmap::error_code::unknown_key);
    EXPECT_EQ(r.error().offset, 1u);
}

TEST(member_keys, an_absent_required_member_is_named_by_its_json_key) {
    constexpr std::string_view json = R"({"agent_id":"a1"})";
    callmap::arena memory;
    const callmap::result<retell_call> r = callmap::parse<retell_call>(json, memory);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, callmap::error_code::missing_field);
    EXPECT_EQ(r.error().message, "missing required field 'callId'");
}

TEST(member_keys, absent_defaulted_members_keep_their_default_initializers) {
    constexpr std::string_view json = R"({"callId":"c1","agent_id":"a1"})";
    callmap::arena memory;
    const callmap::result<retell_call> r = callmap::parse<retell_call>(json, memory);
    ASSERT_TRUE(r.has_value()) << r.error();
    EXPECT_EQ(r->retries, 3);
    EXPECT_EQ(r->region, "us");
    EXPECT_FALSE(r->duration_ms.has_value());

    // a reused destination gets the defaults back, not the last payload's values
    retell_call reused;
    ASSERT_TRUE(callmap::parse_into(
        reused, R"({"callId":"c2","agent_id":"a2","retries":9,"region":"ap"})", memory));
    EXPECT_EQ(reused.retries, 9);
    ASSERT_TRUE(callmap::parse_into(reused, json, memory));
    EXPECT_EQ(reused.retries, 3);
    EXPECT_EQ(reused.region, "us");
}

TEST(member_keys, to_json_writes_the_json_keys) {
    retell_call c;
    c.call_id = "c1";
    c.agent_id = "a1";
    c.duration_ms = 7;
    EXPECT_EQ(callmap::json::to_json(c),
              R"({"callId":"c1","agent_id":"a1","retries":3,"region":"us","durationMs":7})");
}

}  // namespace member_keys_test
