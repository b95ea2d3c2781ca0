// Inputs no provider sends but an attacker (or a broken proxy) might — each refused or
// accepted exactly as documented, with the exact error code and byte, through validate(), each
// provider's parse<root> + to_call, and callmap::normalize (auto-detection):
//   nesting 100,000 deep; a 100 MB string; numbers with 10,000 digits; invalid UTF-8 of every
//   class in keys, in skipped values and in typed values; NUL bytes; byte order marks; trailing
//   garbage.
// The provider cases put the hostile value into one good fixture per provider: as a member
// the spec does not know (validated and skipped), or in place of a typed value.
#include <cstring>

#include "hostile.hpp"
#include "support/concat.hpp"

namespace {

using callmap::error_code;
using hostile::outcome;

void expect_error(const outcome& o, error_code code, std::size_t offset, std::string_view input,
                  const char* where) {
    SCOPED_TRACE(where);
    ASSERT_FALSE(o.ok) << "accepted";
    EXPECT_EQ(o.error.code, code) << o.text().substr(0, 300);
    EXPECT_EQ(o.error.offset, offset) << o.text().substr(0, 300);
    EXPECT_TRUE(hostile::well_formed(o, input));
}

/// The typed paths report exactly validate()'s syntax error.
void expect_typed_error(const outcome& o, error_code code, std::size_t offset,
                        std::string_view input, const char* where) {
    expect_error(o, code, offset, input, where);
}

/// validate, every provider's typed parser (the payload is built per provider by `make`, which
/// also says where the error is), and normalize with auto-detection.
template <class Make>
void expect_everywhere(error_code code, Make&& make) {
    for (const hostile::fixture* f : hostile::one_good_fixture_per_provider()) {
        SCOPED_TRACE(f->name);
        const auto [payload, offset] = make(*f);
        const hostile::provider_api& api = *hostile::find_api(f->provider);
        expect_error(hostile::validate(payload), code, offset, payload, "validate");
        expect_typed_error(hostile::parse_and_map(api, payload), code, offset, payload,
                           "parse + to_call");
        expect_typed_error(hostile::normalize(payload), code, offset, payload, "normalize auto");
        if (testing::Test::HasFatalFailure()) return;
    }
}

/// The payload is accepted and maps to the same record as the fixture.
template <class Make>
void expect_same_record_everywhere(Make&& make, const callmap::parse_options& options = {}) {
    for (const hostile::fixture* f : hostile::one_good_fixture_per_provider()) {
        SCOPED_TRACE(f->name);
        const std::string payload = make(*f);
        const hostile::provider_api& api = *hostile::find_api(f->provider);
        const outcome base = hostile::parse_and_map(api, f->text);
        EXPECT_TRUE(hostile::validate(payload, options).ok) << hostile::validate(payload, options);
        EXPECT_EQ(hostile::parse_and_map(api, payload, options), base);
        EXPECT_EQ(hostile::normalize(payload, "auto", options), base);
    }
}

/// Offset of the first byte of `member`'s value once with_root_member put it into `f`.
std::size_t root_member_at(const hostile::fixture& f) {
    return f.text.find('{') + 1;
}

// --- nesting ---------------------------------------------------------------------------------

constexpr std::size_t deep = 100'000;

TEST(nesting, hundred_thousand_open_arrays_stop_at_the_depth_limit) {
    const std::string open(deep, '[');
    expect_error(hostile::validate(open), error_code::depth_limit_exceeded, 1024, open, "open");
    const std::string closed = open + std::string(deep, ']');
    const outcome o = hostile::validate(closed);
    expect_error(o, error_code::depth_limit_exceeded, 1024, closed, "closed");
    EXPECT_EQ(o.error.line, 1u);
    EXPECT_EQ(o.error.column, 1025u);
}

TEST(nesting, hundred_thousand_open_objects_stop_at_the_depth_limit) {
    std::string open;
    for (std::size_t i = 0; i < deep; ++i) open += "{\"a\":";
    expect_error(hostile::validate(open), error_code::depth_limit_exceeded, 5 * 1024, open,
                 "objects");
    std::string mixed;
    for (std::size_t i = 0; i < deep / 2; ++i) mixed += "[{\"k\":";
    // "[{\"k\":" is two levels in 6 bytes: level 1025 is the '[' of the 513th repetition
    expect_error(hostile::validate(mixed), error_code::depth_limit_exceeded, 512 * 6, mixed,
                 "mixed");
}

TEST(nesting, inside_every_provider_payload_under_an_unknown_key) {
    const std::string value = std::string(deep, '[') + std::string(deep, ']');
    expect_everywhere(error_code::depth_limit_exceeded, [&](const hostile::fixture& f) {
        const std::string payload = hostile::with_root_member(f.text, "\"zz_deep\":" + value);
        // the root object is depth 1: the 1024th '[' is the first too deep
        return std::pair{payload, root_member_at(f) + std::strlen("\"zz_deep\":") + 1023};
    });
}

TEST(nesting, is_accepted_when_the_limit_allows_it_and_nothing_recurses) {
    callmap::parse_options o;
    o.max_depth = 2 * deep;
    const std::string closed = std::string(deep, '[') + std::string(deep, ']');
    EXPECT_TRUE(hostile::validate(closed, o).ok);
    const std::string open(deep, '[');
    expect_error(hostile::validate(open, o), error_code::unexpected_end, deep, open, "open");
    const std::string mismatched = std::string(deep, '[') + "1}";
    expect_error(hostile::validate(mismatched, o), error_code::expected_comma_or_array_end,
                 deep + 1, mismatched, "mismatched");
    expect_same_record_everywhere(
        [&](const hostile::fixture& f) {
            return hostile::with_root_member(f.text, "\"zz_deep\":" + closed);
        },
        o);
}

// --- a 100 MB string -------------------------------------------------------------------------

constexpr std::size_t big = 100u << 20;

TEST(big_string, hundred_megabytes_validate) {
    std::string s = "\"" + std::string(big, 'a') + "\"";
    EXPECT_TRUE(hostile::validate(s).ok);
    callmap::parse_options limited;
    limited.max_input_bytes = big;
    expect_error(hostile::validate(s, limited), error_code::input_too_large, 0, s, "limit");
    {
        const std::string_view unterminated(s.data(), s.size() - 1);
        expect_error(hostile::validate(unterminated), error_code::unexpected_end,
                     unterminated.size(), unterminated, "unterminated");
    }
    s[s.size() - 2] = '\xC3';  // a lead byte whose continuation is the closing quote
    expect_error(hostile::validate(s), error_code::invalid_utf8, s.size() - 2, s,
                 "bad UTF-8 at the end");
    s[s.size() - 2] = 'a';
    s[big / 2] = '\n';
    expect_error(hostile::validate(s), error_code::control_character_in_string, big / 2, s,
                 "control character in the middle");
}

TEST(big_string, hundred_megabytes_as_an_unknown_member) {
    // skipping is the same code for every provider: one payload carries the 100 MB
    const auto good = hostile::one_good_fixture_per_provider();
    ASSERT_FALSE(good.empty());
    const hostile::fixture& f = *good.front();
    const std::string payload =
        hostile::with_root_member(f.text, "\"zz_big\":\"" + std::string(big, 'x') + "\"");
    const hostile::provider_api& api = *hostile::find_api(f.provider);
    const outcome base = hostile::parse_and_map(api, f.text);
    EXPECT_EQ(hostile::parse_and_map(api, payload), base);
    EXPECT_EQ(hostile::normalize(payload), base);
}

TEST(big_string, one_megabyte_as_an_unknown_member_of_every_provider_payload) {
    expect_same_record_everywhere([](const hostile::fixture& g) {
        return hostile::with_root_member(g.text,
                                         "\"zz_big\":\"" + std::string(1u << 20, 'y') + "\"");
    });
}

TEST(big_string, hundred_megabytes_as_a_typed_value_decoded_into_the_arena) {
    // twochat's cdr.uuid is the record's id: a 100 MB id, 10% of it escapes
    if (hostile::find_api("twochat") == nullptr) GTEST_SKIP() << "twochat not compiled in";
    std::string id;
    id.reserve(big + 8);
    std::size_t escapes = 0;
    for (std::size_t i = 0; id.size() < big; ++i) {
        if (i % 9 == 8) {
            id += "\\n";
            ++escapes;
        } else {
            id += "abcdefgh";
        }
    }
    const std::string prefix = R"({"success":true,"cdr":{"uuid":)";
    const std::string payload = prefix + "\"" + id + "\"}}";
    callmap::arena memory;
    const callmap::result<callmap::call> c = hostile::normalize_call(payload, memory, "twochat");
    ASSERT_TRUE(c) << c.error();
    EXPECT_EQ(c->id.size(), id.size() - escapes);  // each "\\n" (2 bytes) became 1
    // an arena limit below the decoded size: the limit's own error, at the string
    callmap::arena small(1u << 20);
    const callmap::result<callmap::call> refused =
        hostile::normalize_call(payload, small, "twochat");
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, error_code::arena_limit_exceeded) << refused.error();
    EXPECT_EQ(refused.error().offset, prefix.size()) << refused.error();
}

TEST(big_string, hundred_megabytes_of_whitespace) {
    const std::string ws = std::string(big, ' ') + "{}" + std::string(16, '\n');
    EXPECT_TRUE(hostile::validate(ws).ok);
    const std::string garbage = ws + "x";
    expect_error(hostile::validate(garbage), error_code::trailing_content, ws.size(), garbage,
                 "trailing");
}

// --- numbers with 10,000 digits ---------------------------------------------------------------

std::vector<std::string> huge_numbers() {
    return {
        "1" + std::string(9999, '0'),           // 10^9999
        "-" + std::string(10000, '9'),          // -(10^10000 - 1)
        "0." + std::string(9998, '0') + "1",    // 10^-9999
        "1." + std::string(9998, '5') + "e10",  // many fraction digits
        "1e" + std::string(10000, '9'),         // exponent with 10,000 digits
        "-1e-" + std::string(10000, '9'),       // underflows to -0
    };
}

TEST(huge_numbers, are_valid_json) {
    for (const auto& n : huge_numbers()) {
        EXPECT_TRUE(hostile::validate(n).ok) << n.substr(0, 20);
        EXPECT_TRUE(hostile::validate("[" + n + "]").ok) << n.substr(0, 20);
    }
    const std::string leading_zero = "0" + std::string(10000, '1');
    expect_error(hostile::validate(leading_zero), error_code::invalid_number, 0, leading_zero,
                 "leading zero");
}

TEST(huge_numbers, as_unknown_members_of_every_provider_payload) {
    for (const auto& n : huge_numbers()) {
        expect_same_record_everywhere([&](const hostile::fixture& f) {
            return hostile::with_root_member(f.text, "\"zz_number\":" + n);
        });
    }
}

TEST(huge_numbers, in_place_of_every_typed_number) {
    // refused as number_out_of_range at the number (an integer field, a double that overflows)
    // or accepted (a decimal kept as text, a double that rounds to 0) — never a crash, and a
    // record that is valid JSON
    std::size_t refused = 0, accepted = 0;
    for (const hostile::fixture* f : hostile::one_good_fixture_per_provider()) {
        const hostile::provider_api& api = *hostile::find_api(f->provider);
        for (const auto& v : hostile::walk_fixture(*f)) {
            if (v.how != hostile::role::typed || v.kind != hostile::json_kind::number) continue;
            for (const auto& n : huge_numbers()) {
                const std::string payload = hostile::splice(f->text, v.start, v.end - v.start, n);
                SCOPED_TRACE(f->name + " " + v.path + " = " + n.substr(0, 12) + "...");
                const outcome o = hostile::parse_and_map(api, payload);
                ASSERT_TRUE(hostile::well_formed(o, payload));
                if (o.ok) {
                    ASSERT_TRUE(hostile::validate(o.json).ok) << o.json.substr(0, 200);
                    ++accepted;
                } else if (o.error.line != 0) {
                    ASSERT_TRUE(o.error.code == error_code::number_out_of_range ||
                                o.error.code == error_code::type_mismatch)  // 1.5 for an integer
                        << o;
                    ASSERT_EQ(o.error.offset, v.start) << o;
                    ASSERT_EQ(o.error.path, v.path) << o;
                    ++refused;
                }
            }
        }
    }
    EXPECT_GT(refused, 0u);
    EXPECT_GT(accepted, 0u);
}

// --- invalid UTF-8 ----------------------------------------------------------------------------

struct bad_utf8 {
    const char* name;
    std::string_view bytes;
};
// Unicode 15 table 3-7, each way to break it
const bad_utf8 utf8_classes[] = {
    {"lone_continuation_80", "\x80"},
    {"lone_continuation_bf", "\xBF"},
    {"overlong_2_byte_c0", "\xC0\x80"},
    {"overlong_2_byte_c1", "\xC1\xBF"},
    {"overlong_3_byte", "\xE0\x80\x80"},
    {"overlong_3_byte_max", "\xE0\x9F\xBF"},
    {"overlong_4_byte", "\xF0\x80\x80\x80"},
    {"overlong_4_byte_max", "\xF0\x8F\xBF\xBF"},
    {"surrogate_high", "\xED\xA0\x80"},
    {"surrogate_low", "\xED\xBF\xBF"},
    {"above_u10ffff", "\xF4\x90\x80\x80"},
    {"lead_f5", "\xF5\x80\x80\x80"},
    {"lead_f8_5_bytes", "\xF8\x88\x80\x80\x80"},
    {"lead_fc_6_bytes", "\xFC\x84\x80\x80\x80\x80"},
    {"byte_fe", "\xFE"},
    {"byte_ff", "\xFF"},
    {"truncated_2_byte", "\xC3"},
    {"truncated_3_byte", "\xE2\x82"},
    {"truncated_4_byte", "\xF0\x9F\x98"},
    {"bad_continuation_2_byte", "\xC3\x28"},
    {"bad_continuation_3_byte", "\xE2\x28\xA1"},
    {"bad_continuation_4_byte", "\xF0\x28\x8C\xBC"},
};

/// For every class: `prefix` + the bad bytes + `suffix` as the first member of the root
/// object; the error is at the first bad byte.
void expect_bad_utf8_member(std::string_view prefix, std::string_view suffix, error_code code) {
    for (const bad_utf8& c : utf8_classes) {
        SCOPED_TRACE(c.name);
        const std::string member = std::string(prefix) + std::string(c.bytes) + std::string(suffix);
        expect_everywhere(code, [&](const hostile::fixture& f) {
            return std::pair{hostile::with_root_member(f.text, member),
                             root_member_at(f) + prefix.size()};
        });
    }
}

TEST(utf8, in_a_key) {
    expect_bad_utf8_member("\"k", "\":1", error_code::invalid_utf8);
}

TEST(utf8, in_a_skipped_string) {
    expect_bad_utf8_member("\"zz\":\"ab", "\"", error_code::invalid_utf8);
}

TEST(utf8, deep_in_a_skipped_value) {
    expect_bad_utf8_member("\"zz\":[1,{\"x\":[\"", "\"]}]", error_code::invalid_utf8);
}

TEST(utf8, in_a_key_of_a_skipped_object) {
    expect_bad_utf8_member("\"zz\":{\"ok\":1,\"", "\":2}", error_code::invalid_utf8);
}

TEST(utf8, bare_outside_strings) {
    expect_bad_utf8_member("\"zz\":", "", error_code::expected_value);
}

TEST(utf8, in_a_typed_string) {
    for (const bad_utf8& c : utf8_classes) {
        SCOPED_TRACE(c.name);
        const std::string bytes(c.bytes);
        expect_everywhere(error_code::invalid_utf8, [&](const hostile::fixture& f) {
            for (const auto& v : hostile::walk_fixture(f)) {
                if (v.how == hostile::role::typed && v.kind == hostile::json_kind::string) {
                    return std::pair{
                        hostile::splice(f.text, v.start, v.end - v.start, "\"a" + bytes + "\""),
                        v.start + 2};
                }
            }
            ADD_FAILURE() << "no typed string in " << f.name;
            return std::pair{std::string(), std::size_t{0}};
        });
    }
}

TEST(utf8, cut_by_the_end_of_input) {
    for (const bad_utf8& c : utf8_classes) {
        const std::string bytes(c.bytes);
        const std::string s =
            support::concat("\"", bytes.substr(0, bytes.size() - (bytes.size() > 1 ? 1 : 0)));
        const outcome o = hostile::validate(s);
        ASSERT_FALSE(o.ok) << c.name;
        EXPECT_EQ(o.error.code, error_code::invalid_utf8) << c.name << ": " << o;
        EXPECT_EQ(o.error.offset, 1u) << c.name << ": " << o;
    }
}

TEST(utf8_valid, every_boundary_code_point_is_accepted_in_keys_and_values) {
    const std::string_view good[] = {"\xC2\x80",         "\xDF\xBF",        "\xE0\xA0\x80",
                                     "\xED\x9F\xBF",     "\xEE\x80\x80",    "\xEF\xBF\xBF",
                                     "\xF0\x90\x80\x80", "\xF4\x8F\xBF\xBF"};
    for (const auto g : good) {
        const std::string member = "\"k" + std::string(g) + "\":\"v" + std::string(g) + "\"";
        expect_same_record_everywhere(
            [&](const hostile::fixture& f) { return hostile::with_root_member(f.text, member); });
    }
}

// --- NUL bytes --------------------------------------------------------------------------------

TEST(nul, raw_in_a_key_or_string_is_an_unescaped_control_character) {
    const std::string nul(1, '\0');
    expect_everywhere(error_code::control_character_in_string, [&](const hostile::fixture& f) {
        return std::pair{hostile::with_root_member(f.text, "\"k" + nul + "\":1"),
                         root_member_at(f) + 2};
    });
    expect_everywhere(error_code::control_character_in_string, [&](const hostile::fixture& f) {
        return std::pair{hostile::with_root_member(f.text, "\"zz\":[\"" + nul + "\"]"),
                         root_member_at(f) + 7};
    });
}

TEST(nul, escaped_is_accepted_everywhere) {
    expect_same_record_everywhere([](const hostile::fixture& f) {
        return hostile::with_root_member(f.text, R"("zz\u0000":"\u0000")");
    });
    // in a typed string, the record carries it escaped: still valid JSON
    for (const hostile::fixture* f : hostile::one_good_fixture_per_provider()) {
        for (const auto& v : hostile::walk_fixture(*f)) {
            if (v.how != hostile::role::typed || v.kind != hostile::json_kind::string) continue;
            const std::string payload =
                hostile::splice(f->text, v.start, v.end - v.start, R"("a\u0000b")");
            const outcome o = hostile::parse_and_map(*hostile::find_api(f->provider), payload);
            if (o.ok) {
                EXPECT_TRUE(hostile::validate(o.json).ok) << f->name << " " << v.path;
            }
        }
    }
}

TEST(nul, between_tokens) {
    const std::string nul(1, '\0');
    expect_everywhere(error_code::expected_value, [&](const hostile::fixture& f) {
        return std::pair{hostile::with_root_member(f.text, "\"zz\":" + nul), root_member_at(f) + 5};
    });
    expect_everywhere(error_code::expected_key, [&](const hostile::fixture& f) {
        const std::size_t open = f.text.find('{');
        return std::pair{hostile::splice(f.text, open + 1, 0, nul), open + 1};
    });
    expect_everywhere(error_code::expected_comma_or_object_end, [&](const hostile::fixture& f) {
        return std::pair{hostile::with_root_member(f.text, "\"zz\":1" + nul),
                         root_member_at(f) + 6};
    });
    expect_everywhere(error_code::expected_value, [&](const hostile::fixture& f) {
        return std::pair{nul + f.text, std::size_t{0}};
    });
}

// --- byte order marks ------------------------------------------------------------------------

TEST(bom, utf8_bom_before_the_payload_is_refused_at_byte_0) {
    for (const hostile::fixture* f : hostile::one_good_fixture_per_provider()) {
        SCOPED_TRACE(f->name);
        const std::string payload = "\xEF\xBB\xBF" + f->text;
        const hostile::provider_api& api = *hostile::find_api(f->provider);
        expect_error(hostile::validate(payload), error_code::byte_order_mark, 0, payload, "v");
        expect_error(hostile::parse_and_map(api, payload), error_code::byte_order_mark, 0, payload,
                     "parse");
        expect_error(hostile::normalize(payload), error_code::byte_order_mark, 0, payload, "auto");
        expect_error(hostile::normalize(payload, f->provider), error_code::byte_order_mark, 0,
                     payload, "named");
    }
}

TEST(bom, after_whitespace_or_utf16_is_no_json_value) {
    expect_everywhere(error_code::expected_value, [](const hostile::fixture& f) {
        return std::pair{" \xEF\xBB\xBF" + f.text, std::size_t{1}};
    });
    expect_everywhere(error_code::expected_value, [](const hostile::fixture& f) {
        return std::pair{"\xFF\xFE" + f.text, std::size_t{0}};
    });
}

TEST(bom, inside_a_string_is_an_ordinary_character) {
    expect_same_record_everywhere([](const hostile::fixture& f) {
        return hostile::with_root_member(f.text, "\"zz\":\"\xEF\xBB\xBF\"");
    });
}

// --- trailing garbage -------------------------------------------------------------------------

TEST(trailing, anything_after_the_document_is_refused_where_it_starts) {
    const std::string_view garbage[] = {"x",      std::string_view("\0", 1),
                                        "}",      "]",
                                        ",",      "{}",
                                        "null",   "\"",
                                        "//",     "\xEF\xBB\xBF",
                                        " \n\t x"};
    for (const auto g : garbage) {
        expect_everywhere(error_code::trailing_content, [&](const hostile::fixture& f) {
            const std::string payload = f.text + std::string(g);
            return std::pair{payload, payload.find_first_not_of(" \t\r\n", f.text.size())};
        });
    }
    expect_everywhere(error_code::trailing_content, [](const hostile::fixture& f) {
        const std::string payload = f.text + f.text;
        return std::pair{payload, payload.find_first_not_of(" \t\r\n", f.text.size())};
    });
}

TEST(trailing, whitespace_is_not_garbage) {
    expect_same_record_everywhere(
        [](const hostile::fixture& f) { return "\r\n\t " + f.text + " \t\r\n\n"; });
}

}  // namespace
