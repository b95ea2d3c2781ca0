// Tests of callmap::json::to_json / write_string / write_double: string escaping (every control
// character, quotes, backslashes, UTF-8 passed through, invalid UTF-8 replaced), shortest
// round-trip doubles, optional members, enums, and round trips through callmap::parse.
#include "callmap/json/writer.hpp"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <iterator>
#include <limits>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <gtest/gtest.h>

#include "callmap/json/validate.hpp"
#include "callmap/parse.hpp"

namespace writer_test {

using namespace std::string_view_literals;
using callmap::arena;
using callmap::raw_json;
using callmap::json::to_json;
using callmap::json::write_double;
using callmap::json::write_string;

enum class channel {
    mono,
    stereo
};
BOOST_DESCRIBE_ENUM(channel, mono, stereo)

// Views into the input or the arena, as parsed.
struct word {
    std::string_view text;
    double start = 0;
    double end = 0;
};
BOOST_DESCRIBE_STRUCT(word, (), (text, start, end))

struct turn {
    std::string_view role;
    std::span<const word> words;
    std::span<const std::int32_t> marks;
};
BOOST_DESCRIBE_STRUCT(turn, (), (role, words, marks))

struct conversation {
    std::string_view id;
    std::span<const turn> turns;
};
BOOST_DESCRIBE_STRUCT(conversation, (), (id, turns))

struct labelled {
    std::string_view id;
    callmap::map<std::string_view> labels;
    callmap::map<raw_json> extra;
    raw_json payload;
};
BOOST_DESCRIBE_STRUCT(labelled, (), (id, labels, extra, payload))

struct optionals {
    std::optional<std::int64_t> count;
    std::optional<std::string_view> note;
    std::optional<channel> mode;
};
BOOST_DESCRIBE_STRUCT(optionals, (), (count, note, mode))

struct scalars {
    std::string_view name;
    std::int64_t i64 = 0;
    std::int32_t i32 = 0;
    std::uint64_t u64 = 0;
    double ratio = 0;
    float small = 0;
    bool flag = false;
};
BOOST_DESCRIBE_STRUCT(scalars, (), (name, i64, i32, u64, ratio, small, flag))

// Owning types, comparable member by member.
struct item {
    std::string label;
    double weight = 0;
    std::optional<bool> flag;
    friend bool operator==(const item&, const item&) = default;
};
BOOST_DESCRIBE_STRUCT(item, (), (label, weight, flag))

struct record {
    std::string name;
    std::int64_t id = 0;
    std::uint64_t big = 0;
    double value = 0;
    bool active = false;
    channel mode = channel::mono;
    std::optional<std::string> note;
    std::optional<double> score;
    std::vector<std::int32_t> marks;
    std::vector<item> items;
    friend bool operator==(const record&, const record&) = default;
};
BOOST_DESCRIBE_STRUCT(record, (), (name, id, big, value, active, mode, note, score, marks, items))

std::string string_json(std::string_view text) {
    std::string out;
    write_string(out, text);
    return out;
}

std::string double_text(double v) {
    std::string out;
    write_double(out, v);
    return out;
}

// --- strings ------------------------------------------------------------------------------

TEST(WriteString, EscapesEveryControlCharacter) {
    const std::string_view expected[0x20] = {
        R"("\u0000")", R"("\u0001")", R"("\u0002")", R"("\u0003")", R"("\u0004")", R"("\u0005")",
        R"("\u0006")", R"("\u0007")", R"("\b")",     R"("\t")",     R"("\n")",     R"("\u000b")",
        R"("\f")",     R"("\r")",     R"("\u000e")", R"("\u000f")", R"("\u0010")", R"("\u0011")",
        R"("\u0012")", R"("\u0013")", R"("\u0014")", R"("\u0015")", R"("\u0016")", R"("\u0017")",
        R"("\u0018")", R"("\u0019")", R"("\u001a")", R"("\u001b")", R"("\u001c")", R"("\u001d")",
        R"("\u001e")", R"("\u001f")",
    };
    for (std::size_t c = 0; c < 0x20; ++c) {
        SCOPED_TRACE(c);
        const char byte = static_cast<char>(c);
        EXPECT_EQ(string_json(std::string_view(&byte, 1)), expected[c]);
    }
}

TEST(WriteString, EscapesQuotesAndBackslashesOnly) {
    struct string_case {
        const char* name;
        std::string_view text;
        std::string_view json;
    };
    const string_case cases[] = {
        {"empty", "", R"("")"},
        {"plain", "abc", R"("abc")"},
        {"quote", "\"", R"("\"")"},
        {"backslash", "\\", R"("\\")"},
        {"solidus_not_escaped", "a/b", R"("a/b")"},
        {"delete_not_escaped", "\x7F", "\"\x7F\""},
        {"mixed", "say \"hi\"\\\n\tbye", R"("say \"hi\"\\\n\tbye")"},
        {"nul_inside", "a\0b"sv, R"("a\u0000b")"},
        {"all_printable_ascii", " !#$%&'()*+,-./0123456789:;<=>?@AZ[]^_`az{|}~",
         R"(" !#$%&'()*+,-./0123456789:;<=>?@AZ[]^_`az{|}~")"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        EXPECT_EQ(string_json(c.text), c.json);
    }
}

TEST(WriteString, PassesValidUtf8ThroughAndReplacesEachInvalidByte) {
    struct utf8_case {
        const char* name;
        std::string_view text;
        std::string_view json;
    };
    const utf8_case cases[] = {
        {"two_bytes", "caf\xC3\xA9", "\"caf\xC3\xA9\""},
        {"three_bytes", "\xE2\x82\xAC", "\"\xE2\x82\xAC\""},
        {"four_bytes", "\xF0\x9F\x98\x80", "\"\xF0\x9F\x98\x80\""},
        {"line_separator", "\xE2\x80\xA8", "\"\xE2\x80\xA8\""},
        {"max_scalar", "\xF4\x8F\xBF\xBF", "\"\xF4\x8F\xBF\xBF\""},
        {"bad_continuation", "\xC3\x28", R"("\ufffd(")"},
        {"lone_continuation", "a\x80-", R"("a\ufffd-")"},
        {"ff", "\xFF", R"("\ufffd")"},
        {"truncated_three", "\xE2\x82", R"("\ufffd\ufffd")"},
        {"truncated_at_end", "ok\xF0\x9F\x98", R"("ok\ufffd\ufffd\ufffd")"},
        {"overlong", "\xC0\xAF", R"("\ufffd\ufffd")"},
        {"surrogate", "\xED\xA0\x80", R"("\ufffd\ufffd\ufffd")"},
        {"above_max", "\xF4\x90\x80\x80", R"("\ufffd\ufffd\ufffd\ufffd")"},
        {"valid_after_invalid", "\xFF\xC3\xA9", "\"\\ufffd\xC3\xA9\""},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        const std::string json = string_json(c.text);
        EXPECT_EQ(json, c.json);
        const callmap::result<void> valid = callmap::json::validate(json);
        EXPECT_TRUE(valid.has_value()) << valid.error();
    }
}

TEST(WriteString, LongStringsWithSpecialBytesAtEveryPosition) {
    // The fast path scans blocks of up to 64 bytes: put one special byte at each position.
    const std::string_view specials[] = {"\"", "\\", "\n", "\x01", "\xC3\xA9", "\xFF"};
    const std::string_view escaped[] = {R"(\")",     R"(\\)",    R"(\n)",
                                        R"(\u0001)", "\xC3\xA9", R"(\ufffd)"};
    for (std::size_t s = 0; s < std::size(specials); ++s) {
        for (std::size_t at = 0; at <= 130; ++at) {
            SCOPED_TRACE(at);
            const std::string text =
                std::string(at, 'a') + std::string(specials[s]) + std::string(130 - at, 'b');
            const std::string want = "\"" + std::string(at, 'a') + std::string(escaped[s]) +
                                     std::string(130 - at, 'b') + "\"";
            ASSERT_EQ(string_json(text), want);
        }
    }
}

TEST(WriteString, AppendsToWhatIsAlreadyThere) {
    std::string out = "x:";
    write_string(out, "y");
    EXPECT_EQ(out, R"(x:"y")");
}

// --- numbers ------------------------------------------------------------------------------

TEST(WriteDouble, ShortestTextThatReadsBackExactly) {
    struct double_case {
        double value;
        std::string_view text;
    };
    const double_case cases[] = {
        {0.1, "0.1"},
        {0.1 + 0.2, "0.30000000000000004"},
        {1e300, "1e+300"},
        {-0.0, "-0"},
        {0.0, "0"},
        {1.0, "1"},
        {-1.5, "-1.5"},
        {100.0, "100"},
        {123456.789, "123456.789"},
        {1e15, "1e+15"},
        {1e21, "1e+21"},
        {1e-7, "1e-07"},
        {-2.5e-5, "-2.5e-05"},
        {0.001, "0.001"},
        {5e-324, "5e-324"},
        {2.2250738585072014e-308, "2.2250738585072014e-308"},
        {std::numeric_limits<double>::max(), "1.7976931348623157e+308"},
        {9007199254740992.0, "9007199254740992"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        const std::string text = double_text(c.value);
        EXPECT_EQ(text, c.text);
        EXPECT_EQ(std::strtod(text.c_str(), nullptr), c.value);
        const callmap::result<void> valid = callmap::json::validate(text);
        EXPECT_TRUE(valid.has_value()) << valid.error();
    }
    EXPECT_TRUE(std::signbit(std::strtod(double_text(-0.0).c_str(), nullptr)));
}

TEST(WriteDouble, NonFiniteValuesBecomeNull) {
    EXPECT_EQ(double_text(std::numeric_limits<double>::quiet_NaN()), "null");
    EXPECT_EQ(double_text(std::numeric_limits<double>::infinity()), "null");
    EXPECT_EQ(double_text(-std::numeric_limits<double>::infinity()), "null");
    EXPECT_EQ(to_json(std::numeric_limits<float>::quiet_NaN()), "null");
    EXPECT_EQ(to_json(-std::numeric_limits<float>::infinity()), "null");
}

TEST(ToJson, ScalarsIntegersAndFloats) {
    EXPECT_EQ(to_json(true), "true");
    EXPECT_EQ(to_json(false), "false");
    EXPECT_EQ(to_json(std::int8_t{-128}), "-128");
    EXPECT_EQ(to_json(std::uint8_t{255}), "255");
    EXPECT_EQ(to_json(std::numeric_limits<std::int64_t>::min()), "-9223372036854775808");
    EXPECT_EQ(to_json(std::numeric_limits<std::uint64_t>::max()), "18446744073709551615");
    EXPECT_EQ(to_json(0.1f), "0.1");  // a float's own shortest text, not its double's
    EXPECT_EQ(to_json(16777216.0f), "16777216");
    EXPECT_EQ(to_json(1.5), "1.5");
    EXPECT_EQ(to_json(std::string_view("a\"b")), R"("a\"b")");
    EXPECT_EQ(to_json(std::string("\t")), R"("\t")");
}

// --- containers, optionals, enums, raw_json ---------------------------------------------

TEST(ToJson, ContainersAndOptionals) {
    EXPECT_EQ(to_json(std::vector<std::int32_t>{}), "[]");
    EXPECT_EQ(to_json(std::vector<std::int32_t>{1, -2, 3}), "[1,-2,3]");
    EXPECT_EQ(to_json(std::vector<std::string>{"a", ""}), R"(["a",""])");
    const double values[] = {0.5, 2.0};
    EXPECT_EQ(to_json(std::span<const double>(values)), "[0.5,2]");
    EXPECT_EQ(to_json(std::vector<std::vector<bool>>{{true}, {}}), "[[true],[]]");
    EXPECT_EQ(to_json(std::optional<std::int32_t>{}), "null");
    EXPECT_EQ(to_json(std::optional<std::int32_t>{4}), "4");
    EXPECT_EQ(to_json(std::vector<std::optional<bool>>{std::nullopt, false}), "[null,false]");

    const callmap::map_entry<std::string_view> entries[] = {{"a", "x"}, {"odd \"key\"", "y"}};
    const callmap::map<std::string_view> m{entries};
    EXPECT_EQ(to_json(m), R"({"a":"x","odd \"key\"":"y"})");
    EXPECT_EQ(to_json(callmap::map<std::int32_t>{}), "{}");

    // raw values lose their insignificant whitespace (one record per line), never string bytes
    EXPECT_EQ(to_json(raw_json{R"({"k" : [1, 2]})"}), R"({"k":[1,2]})");
    EXPECT_EQ(to_json(raw_json{"{\n  \"a b\" :\t\"x  y\\\" z\"\r\n}"}), R"({"a b":"x  y\" z"})");
    EXPECT_EQ(to_json(raw_json{}), "null");
}

TEST(ToJson, EmptyOptionalMembersAreOmitted) {
    EXPECT_EQ(to_json(optionals{}), "{}");
    EXPECT_EQ(to_json(optionals{3, std::nullopt, std::nullopt}), R"({"count":3})");
    EXPECT_EQ(to_json(optionals{std::nullopt, "n", channel::stereo}),
              R"({"note":"n","mode":"stereo"})");
    EXPECT_EQ(to_json(optionals{0, "", channel::mono}), R"({"count":0,"note":"","mode":"mono"})");
}

TEST(ToJson, EnumsAreWrittenByNameOrAsANumberWhenUnnamed) {
    EXPECT_EQ(to_json(channel::mono), R"("mono")");
    EXPECT_EQ(to_json(channel::stereo), R"("stereo")");
    EXPECT_EQ(to_json(static_cast<channel>(7)), "7");
    EXPECT_EQ(to_json(std::vector<channel>{channel::stereo, channel::mono}),
              R"(["stereo","mono"])");
}

TEST(ToJson, StructMembersInDeclarationOrder) {
    record r;
    r.name = "n";
    r.id = -1;
    r.big = 2;
    r.value = 0.5;
    r.active = true;
    r.mode = channel::stereo;
    r.score = 1.0;
    r.marks = {7};
    r.items = {{"i", 2.5, std::nullopt}, {"j", 0, true}};
    EXPECT_EQ(to_json(r), R"({"name":"n","id":-1,"big":2,"value":0.5,"active":true,)"
                          R"("mode":"stereo","score":1,"marks":[7],"items":[)"
                          R"({"label":"i","weight":2.5},{"label":"j","weight":0,"flag":true}]})");
}

// --- round trips --------------------------------------------------------------------------

template <class T>
void expect_text_round_trip(std::span<const std::string_view> texts) {
    for (const std::string_view text : texts) {
        SCOPED_TRACE(text);
        arena memory;
        const callmap::result<T> parsed = callmap::parse<T>(text, memory);
        ASSERT_TRUE(parsed.has_value()) << parsed.error();
        EXPECT_EQ(to_json(*parsed), text);
    }
}

TEST(RoundTrip, CanonicalCompactTextsAreWrittenBackByteForByte) {
    // Canonical: what the writer emits (UTF-8 as is, shortest numbers, no insignificant space).
    const std::string_view conversation_texts[] = {
        R"({"id":"c","turns":[]})",
        "{\"id\":\"c\",\"turns\":[{\"role\":\"agent\",\"words\":[{\"text\":\"hi\",\"start\":0.5,"
        "\"end\":1},{\"text\":\"caf\xC3\xA9\",\"start\":1,\"end\":1.25}],\"marks\":[1,-2]},"
        "{\"role\":\"user\",\"words\":[],\"marks\":[]}]}",
    };
    expect_text_round_trip<conversation>(conversation_texts);

    const std::string_view labelled_texts[] = {
        R"({"id":"x","labels":{},"extra":{},"payload":null})",
        R"({"id":"x","labels":{"a":"b","a":"c"},"extra":{"k":[1,2],"s":"\u0041"},)"
        R"("payload":{"z":[null,true]}})",
    };
    expect_text_round_trip<labelled>(labelled_texts);

    const std::string_view optional_texts[] = {
        "{}",
        R"({"count":3})",
        R"({"count":-1,"note":"n","mode":"stereo"})",
        R"({"mode":"mono"})",
    };
    expect_text_round_trip<optionals>(optional_texts);

    const std::string_view scalar_texts[] = {
        R"({"name":"","i64":-9223372036854775808,"i32":-2147483648,)"
        R"("u64":18446744073709551615,"ratio":1e+300,"small":0.1,"flag":false})",
        R"({"name":"a\"b\\c\n\u0001\u001f/","i64":0,"i32":0,"u64":0,"ratio":-0,"small":-0,)"
        R"("flag":true})",
        "{\"name\":\"\xE2\x82\xAC\xF0\x9F\x98\x80\",\"i64\":1,\"i32\":2,\"u64\":3,"
        "\"ratio\":0.30000000000000004,\"small\":1e+10,\"flag\":true}",
    };
    expect_text_round_trip<scalars>(scalar_texts);
}

TEST(RoundTrip, ParsingWrittenValuesGivesThemBack) {
    record full;
    full.name = "name \"quoted\" \\ \n\t\x01 caf\xC3\xA9 \xF0\x9F\x98\x80";
    full.id = std::numeric_limits<std::int64_t>::min();
    full.big = std::numeric_limits<std::uint64_t>::max();
    full.value = 0.1 + 0.2;
    full.active = true;
    full.mode = channel::stereo;
    full.note = "";
    full.score = 5e-324;
    full.marks = {std::numeric_limits<std::int32_t>::min(), 0,
                  std::numeric_limits<std::int32_t>::max()};
    full.items = {{"a", 1e300, true}, {"", -2.5e-5, std::nullopt}, {"\x7F", 0, false}};

    record sparse;
    sparse.name = "";
    sparse.value = std::numeric_limits<double>::max();

    for (const record& original : {full, sparse}) {
        const std::string text = to_json(original);
        SCOPED_TRACE(text);
        arena memory;
        const callmap::result<record> parsed = callmap::parse<record>(text, memory);
        ASSERT_TRUE(parsed.has_value()) << parsed.error();
        EXPECT_EQ(parsed->name, original.name);
        EXPECT_EQ(parsed->id, original.id);
        EXPECT_EQ(parsed->big, original.big);
        EXPECT_EQ(parsed->value, original.value);
        EXPECT_EQ(parsed->active, original.active);
        EXPECT_EQ(parsed->mode, original.mode);
        EXPECT_EQ(parsed->note, original.note);
        EXPECT_EQ(parsed->score, original.score);
        EXPECT_EQ(parsed->marks, original.marks);
        EXPECT_EQ(parsed->items, original.items);
        EXPECT_TRUE(*parsed == original);
    }
}

TEST(RoundTrip, ArenaBackedValuesSurviveWriteAndParse) {
    const std::string_view text =
        R"({"id":"c","turns":[{"role":"a","words":[{"text":"x\ty","start":0.1,"end":0.2}],)"
        R"("marks":[5]},{"role":"b","words":[],"marks":[6,7]}]})";
    arena memory;
    const callmap::result<conversation> first = callmap::parse<conversation>(text, memory);
    ASSERT_TRUE(first.has_value()) << first.error();
    const std::string written = to_json(*first);
    EXPECT_EQ(written, text);
    const callmap::result<conversation> second = callmap::parse<conversation>(written, memory);
    ASSERT_TRUE(second.has_value()) << second.error();
    ASSERT_EQ(second->turns.size(), 2u);
    ASSERT_EQ(second->turns[0].words.size(), 1u);
    EXPECT_EQ(second->turns[0].words[0].text, "x\ty");
    EXPECT_EQ(second->turns[0].words[0].start, 0.1);
    EXPECT_EQ(second->turns[0].words[0].end, 0.2);
    ASSERT_EQ(second->turns[1].marks.size(), 2u);
    EXPECT_EQ(second->turns[1].marks[1], 7);
}

TEST(RoundTrip, InvalidUtf8ComesBackAsReplacementCharacters) {
    record r;
    r.name = "a\xFF-\xC3";
    const std::string text = to_json(r);
    arena memory;
    const callmap::result<record> parsed = callmap::parse<record>(text, memory);
    ASSERT_TRUE(parsed.has_value()) << parsed.error();
    EXPECT_EQ(parsed->name, "a\xEF\xBF\xBD-\xEF\xBF\xBD");  // U+FFFD in UTF-8
}

}  // namespace writer_test
