#include <callmap/mapping.hpp>

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <random>
#include <span>
#include <string>
#include <string_view>

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

}  // namespace
