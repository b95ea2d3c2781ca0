// callmap::json::parse_object_members, the member loop of every generated parser: members in
// declared order take the fast path (one masked compare of `,"key":` between members), and
// every other layout (whitespace, reordered, unknown, repeated, missing, long keys, the end of
// the input within 16 bytes) falls back to the general loop with the same result and errors.
#include "callmap/json/object_members.hpp"

#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

#include "callmap/arena.hpp"
#include "callmap/error.hpp"
#include "callmap/json/value_parser.hpp"

namespace callmap {
inline void PrintTo(error_code code, std::ostream* os) {
    *os << static_cast<int>(code) << " (" << describe(code) << ")";
}
}  // namespace callmap

namespace object_members_test {

using callmap::error_code;
using namespace std::literals;

struct record {
    std::int64_t a = -1;
    std::string_view b;
    std::int64_t long_key = -1;  // "a_key_longer_than_twelve": no member literal
    std::int64_t c = -1;         // optional
};

struct record_parser {
    static constexpr std::array<std::string_view, 4> keys{"a", "b", "a_key_longer_than_twelve",
                                                          "c"};
    static constexpr std::array<bool, 4> required{true, true, true, false};
    static int field_index(std::string_view key) noexcept {
        for (std::size_t i = 0; i < keys.size(); ++i) {
            if (keys[i] == key) return static_cast<int>(i);
        }
        return -1;
    }
    static bool parse(callmap::json::reader& r, record& out) {
        out = {};
        return callmap::json::parse_object_members<keys, required>(r, &field_index, [&](int field) {
            switch (field) {
                case 0: return r.read_integer(out.a);
                case 1: return r.read_string(out.b);
                case 2: return r.read_integer(out.long_key);
                case 3: return r.read_integer(out.c);
                default: return false;
            }
        });
    }
};

struct outcome {
    bool ok = false;
    record value;
    error_code code = error_code::ok;
    std::size_t offset = 0;
};

outcome parse(std::string_view text) {
    callmap::arena memory;
    callmap::json::reader r(text, memory);
    outcome o;
    o.ok = r.document_start() && record_parser::parse(r, o.value) && r.document_end();
    if (!o.ok) {
        o.code = r.error();
        o.offset = r.error_offset();
    }
    return o;
}

void expect_record(std::string_view text, std::int64_t a, std::string_view b, std::int64_t long_key,
                   std::int64_t c) {
    SCOPED_TRACE(std::string(text));
    const outcome o = parse(text);
    ASSERT_TRUE(o.ok) << static_cast<int>(o.code) << " at " << o.offset;
    EXPECT_EQ(o.value.a, a);
    EXPECT_EQ(o.value.b, b);
    EXPECT_EQ(o.value.long_key, long_key);
    EXPECT_EQ(o.value.c, c);
}

void expect_error(std::string_view text, error_code code, std::size_t offset) {
    SCOPED_TRACE(std::string(text));
    const outcome o = parse(text);
    ASSERT_FALSE(o.ok);
    EXPECT_EQ(o.code, code);
    EXPECT_EQ(o.offset, offset);
}

// Padding after the document keeps the member literals' 16-byte loads inside the input for the
// compact cases; the unpadded ones check the fallback near the end of the input.
const std::string pad(40, ' ');

TEST(object_members, declared_order_compact_and_spaced_give_the_same_record) {
    const std::string compact = R"({"a":1,"b":"x","a_key_longer_than_twelve":2,"c":3})";
    expect_record(compact + pad, 1, "x", 2, 3);
    expect_record(compact, 1, "x", 2, 3);
    expect_record(R"({ "a" : 1 , "b" : "x" , "a_key_longer_than_twelve" : 2 , "c" : 3 })" + pad, 1,
                  "x", 2, 3);
    expect_record("{\n  \"a\": 1,\n  \"b\": \"x\",\n  \"a_key_longer_than_twelve\": 2\n}" + pad, 1,
                  "x", 2, -1);
}

TEST(object_members, reordered_unknown_and_escaped_keys_fall_back_to_the_general_loop) {
    expect_record(R"({"b":"x","a":1,"c":3,"a_key_longer_than_twelve":2})" + pad, 1, "x", 2, 3);
    expect_record(R"({"a":1,"zz":[1,{"a":2}],"b":"x","a_key_longer_than_twelve":2})" + pad, 1, "x",
                  2, -1);
    expect_record(R"({"a":1,"\u0062":"x","a_key_longer_than_twelve":2})" + pad, 1, "x", 2, -1);
    // a key that only starts like the next declared one
    expect_record(R"({"a":1,"bb":0,"b":"x","a_key_longer_than_twelve":2})" + pad, 1, "x", 2, -1);
}

TEST(object_members, repeated_missing_and_malformed_members_fail_where_they_stand) {
    expect_error(R"({"a":1,"b":"x","a":2,"a_key_longer_than_twelve":2})" + pad,
                 error_code::duplicate_key, 15);
    expect_error(R"({"a":1,"b":"x","c":3})" + pad, error_code::missing_field, 20);
    expect_error(R"({"a":1,"b":"x";"c":3})" + pad, error_code::expected_comma_or_object_end, 14);
    expect_error(R"({"a":1,"b":"x",)" + pad, error_code::unexpected_end, 55);
    expect_error(R"({"a":1,"b":"x","a_key_longer_than_twelve":2,"c":"3"})" + pad,
                 error_code::type_mismatch, 48);
    expect_error(R"({"a":1,"b" "x"})" + pad, error_code::expected_colon, 11);
}

TEST(object_members, member_literals_are_built_at_compile_time) {
    constexpr callmap::json::member_literal b = callmap::json::make_member_literal("b");
    static_assert(b.size == 5);  // ,"b":
    constexpr callmap::json::member_literal twelve =
        callmap::json::make_member_literal("abcdefghijkl");
    static_assert(twelve.size == 16);
    static_assert(callmap::json::make_member_literal("abcdefghijklm").size == 0);
    EXPECT_EQ(b.words[0] & b.masks[0], 0x3A2262222CULL & b.masks[0]);  // bytes: , " b " :
    EXPECT_EQ(b.masks[1], 0u);
}

}  // namespace object_members_test
