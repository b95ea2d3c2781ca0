#include <callmap/mapping.hpp>

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <random>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

// lookup() rejects rows by their characters' classes and by length before it compares; these
// tests pin that it still answers exactly as the first row whose pattern loosely matches.

namespace {

using callmap::lookup;
using callmap::table_entry;
using callmap::detail::loose_match;

enum class colour : std::uint8_t {
    red,
    green,
    blue,
    other,
    exact_dash
};

constexpr table_entry<colour> colours[] = {
    {"red", colour::red},           {"green_light", colour::green},    {"*blu*e*", colour::blue},
    {"*user*hang*", colour::other}, {"no-answer", colour::exact_dash}, {"*é*", colour::other},
    {"*", colour::other},
};

constexpr table_entry<colour> no_catch_all[] = {
    {"red", colour::red},
    {"green_light", colour::green},
    {"*blu*e*", colour::blue},
    {"*1*", colour::exact_dash},
};

TEST(table_entry, notes_pattern_and_classes_at_compile_time) {
    static_assert(!colours[0].pattern);
    static_assert(colours[2].pattern);
    static_assert(colours[6].needs == 0);  // "*" needs no character
    static_assert(colours[4].needs == callmap::detail::char_classes("NO_ANSWER"));
    static_assert(colours[0].needs == callmap::detail::char_classes("der"));
    static_assert(colours[0].needs != callmap::detail::char_classes("re"));
    SUCCEED();
}

TEST(lookup, exact_values) {
    const std::span<const table_entry<colour>> table(no_catch_all);
    EXPECT_EQ(lookup(table, "RED"), colour::red);
    EXPECT_EQ(lookup(table, "Green-Light"), colour::green);
    EXPECT_EQ(lookup(table, "green light"), std::nullopt);
    EXPECT_EQ(lookup(table, "dark-BLUE-ish"), colour::blue);
    EXPECT_EQ(lookup(table, "bluish"), std::nullopt);  // no 'e' after "blu"
    EXPECT_EQ(lookup(table, "reds"), std::nullopt);
    EXPECT_EQ(lookup(table, "re"), std::nullopt);
    EXPECT_EQ(lookup(table, ""), std::nullopt);
    EXPECT_EQ(lookup(table, "sip:1@x"), colour::exact_dash);
    const std::span<const table_entry<colour>> all(colours);
    EXPECT_EQ(lookup(all, "User hung up, HANGUP"), colour::other);
    EXPECT_EQ(lookup(all, "NO_ANSWER"), colour::exact_dash);
    EXPECT_EQ(lookup(all, "anything"), colour::other);
    EXPECT_EQ(lookup(all, ""), colour::other);
}

// The first row whose key loosely matches, found the plain way.
std::optional<colour> first_match(std::span<const table_entry<colour>> table,
                                  std::string_view raw) {
    for (const auto& entry : table) {
        if (loose_match(entry.key, raw)) return entry.value;
    }
    return std::nullopt;
}

TEST(lookup, agrees_with_plain_first_match) {
    const char alphabet[] = {'r', 'E', 'd', 'g', 'N', 'l', 'i', 'h', 't', 'b',    'U',   'e',
                             's', 'a', 'o', 'w', '-', '_', ' ', '*', '1', '\xc3', '\xa9'};
    std::mt19937_64 rng(20261123);
    auto next = [&rng](std::uint64_t bound) {
        return rng() % bound;
    };
    std::size_t matched = 0;
    for (int i = 0; i < 200000; ++i) {
        std::string raw(next(14), ' ');
        for (char& c : raw) c = alphabet[next(std::size(alphabet))];
        for (const auto table : {std::span<const table_entry<colour>>(colours),
                                 std::span<const table_entry<colour>>(no_catch_all)}) {
            const std::optional<colour> expected = first_match(table, raw);
            ASSERT_EQ(lookup(table, raw), expected) << '"' << raw << '"';
            matched += expected.has_value() ? 1u : 0u;
        }
    }
    EXPECT_GT(matched, 200000u);  // the catch-all table matches every text, the other some
}

// Texts one edit away from a table key (case flipped, '-' and '_' swapped, a byte inserted,
// deleted or replaced, a '*' filled in): the rows without '*' are reached with texts of their
// own length and classes, where only the comparison decides.
TEST(lookup, agrees_with_plain_first_match_near_keys) {
    const std::span<const table_entry<colour>> table(no_catch_all);
    const char bytes[] = {'r', 'E', 'd', '-', '_', 'x', '1', '*', '\xc3'};
    std::mt19937_64 rng(2026);
    auto next = [&rng](std::uint64_t bound) {
        return rng() % bound;
    };
    std::size_t exact_hits = 0, misses = 0;
    for (int i = 0; i < 100000; ++i) {
        std::string text(table[next(table.size())].key);
        for (char& c : text) {
            if (c == '*') c = bytes[next(std::size(bytes))];
            if (next(4) == 0 && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
            if (next(4) == 0 && (c == '_' || c == '-')) c = c == '_' ? '-' : '_';
        }
        const std::size_t at = next(text.size() + 1);
        switch (next(4)) {
            case 0: text.insert(at, 1, bytes[next(std::size(bytes))]); break;
            case 1:
                if (at < text.size()) text.erase(at, 1);
                break;
            case 2:
                if (at < text.size()) text[at] = bytes[next(std::size(bytes))];
                break;
            default: break;  // unedited
        }
        const std::optional<colour> expected = first_match(table, text);
        ASSERT_EQ(lookup(table, text), expected) << '"' << text << '"';
        if (expected == colour::red || expected == colour::green) ++exact_hits;
        if (!expected) ++misses;
    }
    EXPECT_GT(exact_hits, 10000u);
    EXPECT_GT(misses, 10000u);
}

// set_party builds the party in place for generated code: it must equal to_party exactly.
TEST(party, e164_only_when_the_text_already_is_one) {
    const struct {
        std::string_view raw;
        bool e164;
    } cases[] = {
        {"+14155550100", true},
        {"+12345678", true},  // 8 digits, the fewest
        {"+123456789012345", true},
        {"+1234567", false},  // 15 digits, 7 digits
        {"+1234567890123456", false},
        {"+04155550100", false},  // 16 digits, leading 0
        {"14155550100", false},
        {"+1 415 555 0100", false},  // no '+', spaces
        {"+1415555010a", false},
        {"", false},
        {"+", false},
        {"sip:alice@example.com", false},
    };
    for (const auto& c : cases) {
        const callmap::party made = callmap::to_party(c.raw);
        EXPECT_EQ(made.raw, c.raw);
        EXPECT_EQ(made.e164, c.e164 ? std::optional<std::string_view>(c.raw) : std::nullopt)
            << c.raw;
        EXPECT_EQ(callmap::is_e164(c.raw), c.e164) << c.raw;
        std::optional<callmap::party> in_place = callmap::party{"stale", "stale"};
        callmap::set_party(in_place, c.raw);
        ASSERT_TRUE(in_place.has_value());
        EXPECT_EQ(in_place->raw, made.raw);
        EXPECT_EQ(in_place->e164, made.e164) << c.raw;
    }
}

/// The warnings a mapping context collected.
std::vector<std::string> warnings_of(callmap::mapping_context& ctx) {
    callmap::call out;
    const callmap::result<callmap::call> done = ctx.finish(out);
    std::vector<std::string> texts;
    for (const std::string_view w : done->warnings) texts.emplace_back(w);
    return texts;
}

// read_instant fills a timestamp for generated code; to_instant is the same as an optional.
TEST(instant, read_instant_reads_every_format_and_warns_on_what_it_cannot) {
    using callmap::time_format;
    callmap::arena memory;
    const struct {
        std::string_view text;
        time_format format;
        std::optional<std::int64_t> epoch_ms;
        std::string_view warning;
    } cases[] = {
        {"2025-02-10T17:02:11.402913+00:00", time_format::iso8601, 1739206931403, ""},
        {"2025-02-10T17:02:19Z", time_format::iso8601, 1739206939000, ""},
        {"2025-02-10 17:02:19", time_format::iso8601, 1739206939000,
         "time without a zone read as UTC '2025-02-10 17:02:19'"},
        {"2025-02-30T17:02:19Z", time_format::iso8601, std::nullopt,
         "unreadable ISO 8601 time '2025-02-30T17:02:19Z'"},
        {"Tue, 30 Jan 2024 13:39:53 +0000", time_format::rfc2822, 1706621993000, ""},
        {"Tue, 30 Jan 2024 13:39:53", time_format::rfc2822, std::nullopt,
         "unreadable RFC 2822 time 'Tue, 30 Jan 2024 13:39:53'"},
    };
    for (const auto& c : cases) {
        for (const bool as_optional : {false, true}) {
            memory.reset();
            callmap::mapping_context ctx(memory);
            std::optional<std::int64_t> got;
            if (as_optional) {
                if (const auto t = callmap::to_instant(ctx, c.text, c.format)) got = t->epoch_ms;
            } else {
                callmap::timestamp t{-1};
                if (callmap::read_instant(ctx, c.text, c.format, t)) got = t.epoch_ms;
            }
            EXPECT_EQ(got, c.epoch_ms) << c.text;
            const std::vector<std::string> warnings = warnings_of(ctx);
            if (c.warning.empty()) {
                EXPECT_TRUE(warnings.empty()) << c.text;
            } else {
                EXPECT_EQ(warnings, std::vector<std::string>{std::string(c.warning)}) << c.text;
            }
        }
    }
}

TEST(instant, text_of_any_kind_is_read_as_text_not_as_an_epoch) {
    callmap::arena memory;
    callmap::mapping_context ctx(memory);
    const std::string owned = "2025-02-10T17:02:19Z";
    const char* pointer = owned.c_str();
    callmap::timestamp t;
    ASSERT_TRUE(callmap::read_instant(ctx, owned, callmap::time_format::iso8601, t));
    EXPECT_EQ(t.epoch_ms, 1739206939000);
    t = {};
    ASSERT_TRUE(callmap::read_instant(ctx, pointer, callmap::time_format::iso8601, t));
    EXPECT_EQ(t.epoch_ms, 1739206939000);
    const auto literal =
        callmap::to_instant(ctx, "Tue, 30 Jan 2024 13:39:53 +0000", callmap::time_format::rfc2822);
    ASSERT_TRUE(literal.has_value());
    EXPECT_EQ(literal->epoch_ms, 1706621993000);
    EXPECT_TRUE(warnings_of(ctx).empty());
}

TEST(instant, read_instant_reads_epochs_and_warns_when_out_of_range) {
    callmap::arena memory;
    callmap::mapping_context ctx(memory);
    callmap::timestamp t;
    ASSERT_TRUE(
        callmap::read_instant(ctx, std::int64_t{1739206939}, callmap::time_format::epoch_s, t));
    EXPECT_EQ(t.epoch_ms, 1739206939000);
    ASSERT_TRUE(
        callmap::read_instant(ctx, std::int64_t{1739206939123}, callmap::time_format::epoch_ms, t));
    EXPECT_EQ(t.epoch_ms, 1739206939123);
    EXPECT_FALSE(callmap::read_instant(ctx, std::int64_t{9'223'372'036'854'776},
                                       callmap::time_format::epoch_s, t));
    EXPECT_EQ(t.epoch_ms, 1739206939123);  // untouched
    EXPECT_EQ(warnings_of(ctx), std::vector<std::string>{"epoch time out of range"});
}

// Generated to_call maps into result<call>(std::in_place) and seals it with finish_into.
TEST(mapping_context, finish_into_keeps_the_record_and_its_warnings_in_place) {
    callmap::arena memory;
    callmap::mapping_context ctx(memory);
    callmap::result<callmap::call> answer(std::in_place);
    ASSERT_TRUE(answer.has_value());
    EXPECT_TRUE(answer->id.empty());
    EXPECT_EQ(answer->status, callmap::call_status::unknown);
    answer->id = "c-1";
    for (int i = 0; i < 40; ++i) ctx.warn("unmapped status value", std::to_string(i));  // 32 kept
    ctx.warn("no call id in the payload");  // the 33rd: dropped
    ctx.finish_into(answer);
    ASSERT_TRUE(answer.has_value());
    EXPECT_EQ(answer->id, "c-1");
    ASSERT_EQ(answer->warnings.size(), callmap::mapping_context::max_warnings);
    for (std::size_t i = 0; i < answer->warnings.size(); ++i)
        EXPECT_EQ(answer->warnings[i], "unmapped status value '" + std::to_string(i) + "'");
}

TEST(mapping_context, a_warning_the_record_has_is_not_repeated) {
    callmap::arena memory;
    callmap::mapping_context ctx(memory);
    ctx.warn("amount finer than a micro, rounded", "0.116667");
    ctx.warn("no call id in the payload");
    ctx.warn("amount finer than a micro, rounded", "0.116667");
    ctx.warn("no call id in the payload");
    ctx.warn("amount finer than a micro, rounded", "0.11667");
    ctx.warn("amount finer than a micro", "x, rounded '0.116667");  // same length, other text
    EXPECT_EQ(warnings_of(ctx),
              (std::vector<std::string>{"amount finer than a micro, rounded '0.116667'",
                                        "no call id in the payload",
                                        "amount finer than a micro, rounded '0.11667'",
                                        "amount finer than a micro 'x, rounded '0.116667'"}));
}

TEST(money, exact_amounts_convert_silently) {
    callmap::arena memory;
    callmap::mapping_context ctx(memory);
    using callmap::money_unit;
    EXPECT_EQ(callmap::money_micros(ctx, callmap::decimal{"0.0594"}, money_unit::major), 59400);
    EXPECT_EQ(callmap::money_micros(ctx, callmap::decimal{"-1.250000000"}, money_unit::major),
              -1250000);
    EXPECT_EQ(callmap::money_micros(ctx, callmap::decimal{"12.3456"}, money_unit::cents), 123456);
    EXPECT_EQ(callmap::money_micros(ctx, callmap::decimal{"5e-6"}, money_unit::major), 5);
    EXPECT_EQ(callmap::money_micros(ctx, callmap::decimal{"1.5E2"}, money_unit::cents), 1500000);
    EXPECT_EQ(callmap::money_micros(ctx, std::int64_t{125}, money_unit::cents), 1250000);
    EXPECT_EQ(callmap::money_micros(ctx, 0.0594, money_unit::major), 59400);
    EXPECT_EQ(callmap::money_micros(ctx, 0.1 + 0.2, money_unit::major), 300000);
    EXPECT_TRUE(warnings_of(ctx).empty());
}

TEST(money, an_amount_finer_than_a_micro_is_rounded_with_a_warning) {
    callmap::arena memory;
    callmap::mapping_context ctx(memory);
    using callmap::money_unit;
    // Vonage sends prices to the eighth decimal place
    EXPECT_EQ(callmap::money_micros(ctx, callmap::decimal{"0.00333333"}, money_unit::major), 3333);
    // Retell sends cents to the sixth: 9.517756 cents = 95177.56 micros
    EXPECT_EQ(callmap::money_micros(ctx, callmap::decimal{"9.517756"}, money_unit::cents), 95178);
    EXPECT_EQ(callmap::money_micros(ctx, callmap::decimal{"5e-7"}, money_unit::major), 0);
    EXPECT_EQ(callmap::money_micros(ctx, 0.0000015, money_unit::major), 2);
    EXPECT_EQ(warnings_of(ctx), (std::vector<std::string>{
                                    "amount finer than a micro, rounded '0.00333333'",
                                    "amount finer than a micro, rounded '9.517756'",
                                    "amount finer than a micro, rounded '5e-7'",
                                    "amount finer than a micro, rounded '1.5e-06'",
                                }));
}

TEST(money, has_digits_past_reads_the_decimal_place_of_the_last_nonzero_digit) {
    using callmap::has_digits_past;
    EXPECT_FALSE(has_digits_past("0", 6));
    EXPECT_FALSE(has_digits_past("-0.000000", 6));
    EXPECT_FALSE(has_digits_past("123.456789", 6));
    EXPECT_TRUE(has_digits_past("123.4567891", 6));
    EXPECT_FALSE(has_digits_past("123.45678900", 6));
    EXPECT_FALSE(has_digits_past("1e-6", 6));
    EXPECT_TRUE(has_digits_past("1e-7", 6));
    EXPECT_FALSE(has_digits_past("0.1234567e1", 6));
    EXPECT_TRUE(has_digits_past("0.12345678E+1", 6));
    EXPECT_FALSE(has_digits_past("100e-8", 6));
    EXPECT_TRUE(has_digits_past("0.00001", 4));
}

TEST(mapping_context, finish_into_turns_a_full_arena_into_an_error) {
    callmap::arena memory(64);  // too small for a warning's text and the warnings array
    callmap::mapping_context ctx(memory);
    callmap::result<callmap::call> answer(std::in_place);
    ctx.warn("unreadable ISO 8601 time", std::string(100, '9'));
    ctx.finish_into(answer);
    ASSERT_FALSE(answer.has_value());
    EXPECT_EQ(answer.error().code, callmap::error_code::arena_limit_exceeded);
    EXPECT_EQ(answer.error().message, "arena memory limit exceeded while mapping the call record");
}

TEST(status_after_event, moves_a_stated_status_forward_never_back_from_a_final_one) {
    using callmap::call_status;
    using callmap::end_reason;
    using callmap::status_after_event;
    // a stale or missing status becomes the event's
    EXPECT_EQ(status_after_event(call_status::queued, call_status::completed, std::nullopt),
              call_status::completed);
    EXPECT_EQ(status_after_event(call_status::unknown, call_status::in_progress, std::nullopt),
              call_status::in_progress);
    // the event's completed, refined by the end reason
    EXPECT_EQ(
        status_after_event(call_status::in_progress, call_status::completed, end_reason::voicemail),
        call_status::voicemail);
    EXPECT_EQ(status_after_event(call_status::queued, call_status::completed,
                                 end_reason::customer_hangup),
              call_status::completed);
    // a final status the call object states stays
    EXPECT_EQ(status_after_event(call_status::failed, call_status::completed, std::nullopt),
              call_status::failed);
    EXPECT_EQ(status_after_event(call_status::completed, call_status::in_progress, std::nullopt),
              call_status::completed);
}

}  // namespace
