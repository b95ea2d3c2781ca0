// A generated type with more members than one BOOST_DESCRIBE_STRUCT takes (52): the generator
// emits a chain of described bases, and parsing and reflection still see every member.
#include "codegen/golden/wide.hpp"

#include <gtest/gtest.h>

#include <string>

#include "callmap/json/writer.hpp"
#include "callmap/parse.hpp"
#include "support/concat.hpp"

namespace {

TEST(generated_wide_type, every_member_is_parsed_and_described) {
    std::string payload = "{";
    for (int i = 1; i <= 57; ++i)
        payload += support::concat(i > 1 ? "," : "", "\"f", std::to_string(i),
                                   "\":", std::to_string(i * 10));
    payload += "}";
    callmap::arena arena;
    const auto r = callmap::parse<callmap::wide::wide>(payload, arena);
    ASSERT_TRUE(r) << r.error();
    EXPECT_EQ(r->f1, 10);
    EXPECT_EQ(r->f52, 520);
    EXPECT_EQ(r->f53, 530);  // a member of the derived part
    EXPECT_EQ(r->f57, 570);
    // the reflection writer walks the described bases too: every member, in order
    EXPECT_EQ(callmap::json::to_json(*r), payload);
    static_assert(std::is_base_of_v<callmap::wide::wide_part1, callmap::wide::wide>);
}

}  // namespace
