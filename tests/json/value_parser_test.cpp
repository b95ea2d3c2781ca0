// Tests of callmap::json::value_parser through callmap::parse / parse_into: every member kind a
// described struct can hold, arena-backed spans nested several levels deep, the key policies,
// the limits, and reuse of one destination and one arena across parses.
#include "callmap/json/value_parser.hpp"

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <gtest/gtest.h>

#include "callmap/json/writer.hpp"
#include "callmap/parse.hpp"

namespace callmap {
// Readable error codes in assertion messages.
inline void PrintTo(error_code code, std::ostream* os) {
    *os << static_cast<int>(code) << " (" << describe(code) << ")";
}
}  // namespace callmap

namespace value_parser_test {

using callmap::arena;
using callmap::error_code;
using callmap::parse_options;
using callmap::raw_json;

enum class channel {
    mono,
    stereo
};
BOOST_DESCRIBE_ENUM(channel, mono, stereo)

struct scalars {
    std::string_view name;
    std::string owned;
    std::int64_t i64 = 0;
    std::int32_t i32 = 0;
    std::uint64_t u64 = 0;
    double ratio = 0;
    float small = 0;
    bool flag = false;
};
BOOST_DESCRIBE_STRUCT(scalars, (), (name, owned, i64, i32, u64, ratio, small, flag))

struct optionals {
    std::optional<std::int64_t> count;
    std::optional<std::string_view> note;
    std::optional<channel> mode;
};
BOOST_DESCRIBE_STRUCT(optionals, (), (count, note, mode))

struct person {
    std::string_view name;
    std::int64_t id = 0;
};
BOOST_DESCRIBE_STRUCT(person, (), (name, id))

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

struct timed {
    std::span<const word> words;
};
BOOST_DESCRIBE_STRUCT(timed, (), (words))

struct labelled {
    std::string_view id;
    callmap::map<std::string_view> labels;
    callmap::map<raw_json> extra;
    raw_json payload;
};
BOOST_DESCRIBE_STRUCT(labelled, (), (id, labels, extra, payload))

struct inner {
    std::int64_t x = 0;
};
BOOST_DESCRIBE_STRUCT(inner, (), (x))

struct outer {
    inner in;
    std::vector<inner> list;
    std::optional<inner> maybe;
};
BOOST_DESCRIBE_STRUCT(outer, (), (in, list, maybe))

struct with_vectors {
    std::vector<std::int64_t> values;
    std::vector<std::string> names;
};
BOOST_DESCRIBE_STRUCT(with_vectors, (), (values, names))

struct with_span {
    std::span<const std::int64_t> values;
};
BOOST_DESCRIBE_STRUCT(with_span, (), (values))

struct with_enum {
    channel mode = channel::mono;
};
BOOST_DESCRIBE_STRUCT(with_enum, (), (mode))

struct base_record {
    std::int64_t id = 0;
};
BOOST_DESCRIBE_STRUCT(base_record, (), (id))

struct derived_record : base_record {
    std::string_view name;
};
BOOST_DESCRIBE_STRUCT(derived_record, (base_record), (name))

// --- helpers ------------------------------------------------------------------------------

struct error_case {
    const char* name;
    std::string_view json;
    error_code code;
    std::size_t offset;
    std::string_view message;
    std::string_view path;
};

template <class T>
void expect_errors(std::span<const error_case> cases, const parse_options& options = {}) {
    for (const error_case& c : cases) {
        SCOPED_TRACE(c.name);
        arena memory;
        const callmap::result<T> r = callmap::parse<T>(c.json, memory, options);
        ASSERT_FALSE(r.has_value());
        const callmap::parse_error& e = r.error();
        EXPECT_EQ(e.code, c.code);
        EXPECT_EQ(e.offset, c.offset);
        EXPECT_EQ(e.message, c.message);
        EXPECT_EQ(e.path, c.path);
    }
}

bool points_into(std::string_view part, std::string_view whole) {
    return part.data() >= whole.data() && part.data() + part.size() <= whole.data() + whole.size();
}

// --- scalars and strings ------------------------------------------------------------------

TEST(ValueParser, ReadsEveryScalarMemberKind) {
    const std::string_view json =
        R"({"flag":true,"name":"Ada","owned":"x\ty","i64":-9223372036854775808,)"
        R"("i32":2147483647,"u64":18446744073709551615,"ratio":0.25,"small":0.1})";
    arena memory;
    const callmap::result<scalars> r = callmap::parse<scalars>(json, memory);
    ASSERT_TRUE(r.has_value()) << r.error();
    EXPECT_EQ(r->name, "Ada");
    EXPECT_EQ(r->owned, "x\ty");
    EXPECT_EQ(r->i64, std::numeric_limits<std::int64_t>::min());
    EXPECT_EQ(r->i32, std::numeric_limits<std::int32_t>::max());
    EXPECT_EQ(r->u64, std::numeric_limits<std::uint64_t>::max());
    EXPECT_EQ(r->ratio, 0.25);
    EXPECT_EQ(r->small, 0.1f);
    EXPECT_TRUE(r->flag);
}

TEST(ValueParser, StringViewsWithoutEscapesPointIntoTheInput) {
    const std::string_view json = R"({"name":"Ada","id":1})";
    arena memory;
    const callmap::result<person> r = callmap::parse<person>(json, memory);
    ASSERT_TRUE(r.has_value()) << r.error();
    EXPECT_EQ(r->name, "Ada");
    EXPECT_EQ(r->name.data(), json.data() + 9);
    EXPECT_EQ(memory.bytes_used(), 0u);  // nothing was copied

    const std::string_view escaped = R"({"name":"A\u0064a","id":1})";
    const callmap::result<person> e = callmap::parse<person>(escaped, memory);
    ASSERT_TRUE(e.has_value()) << e.error();
    EXPECT_EQ(e->name, "Ada");
    EXPECT_FALSE(points_into(e->name, escaped));  // decoded into the arena
    EXPECT_GT(memory.bytes_used(), 0u);
}

TEST(ValueParser, TypeMismatchesNameTheExpectedAndFoundTypes) {
    const error_case scalar_cases[] = {
        {"string_for_integer", R"({"i64":"1"})", error_code::type_mismatch, 7,
         "expected integer, found string", "$.i64"},
        {"fraction_for_integer", R"({"i32":1.5})", error_code::type_mismatch, 7,
         "expected integer, found number", "$.i32"},
        {"number_for_bool", R"({"flag":1})", error_code::type_mismatch, 8,
         "expected boolean, found number", "$.flag"},
        {"number_for_string", R"({"name":5})", error_code::type_mismatch, 8,
         "expected string, found number", "$.name"},
        {"null_for_string", R"({"owned":null})", error_code::type_mismatch, 9,
         "expected string, found null", "$.owned"},
        {"object_for_double", R"({"ratio":{}})", error_code::type_mismatch, 9,
         "expected number, found object", "$.ratio"},
        {"array_for_root", "[]", error_code::type_mismatch, 0, "expected object, found array", "$"},
        {"int32_overflow", R"({"i32":2147483648})", error_code::number_out_of_range, 7,
         "number out of range", "$.i32"},
        {"uint64_negative", R"({"u64":-1})", error_code::number_out_of_range, 7,
         "number out of range", "$.u64"},
    };
    expect_errors<scalars>(scalar_cases);

    const error_case nested_cases[] = {
        {"string_for_word_start", R"({"words":[{"text":"a","start":"x","end":1}]})",
         error_code::type_mismatch, 30, "expected number, found string", "$.words[0].start"},
        {"second_word_end", R"({"words":[{"text":"a","start":0,"end":1},{"text":"b","end":true}])",
         error_code::type_mismatch, 59, "expected number, found boolean", "$.words[1].end"},
        {"object_for_words", R"({"words":{}})", error_code::type_mismatch, 9,
         "expected array, found object", "$.words"},
        {"number_for_word", R"({"words":[1]})", error_code::type_mismatch, 10,
         "expected object, found number", "$.words[0]"},
    };
    expect_errors<timed>(nested_cases);
}

// --- optionals ----------------------------------------------------------------------------

TEST(ValueParser, OptionalMembersMayBeAbsentNullOrPresent) {
    struct optional_case {
        const char* name;
        std::string_view json;
        std::optional<std::int64_t> count;
        std::optional<std::string_view> note;
        std::optional<channel> mode;
    };
    const optional_case cases[] = {
        {"all_absent", "{}", std::nullopt, std::nullopt, std::nullopt},
        {"all_null", R"({"count":null,"note":null,"mode":null})", std::nullopt, std::nullopt,
         std::nullopt},
        {"all_present", R"({"count":0,"note":"","mode":"stereo"})", 0, "", channel::stereo},
        {"mixed", R"({"note":"n","count":null})", std::nullopt, "n", std::nullopt},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        arena memory;
        const callmap::result<optionals> r = callmap::parse<optionals>(c.json, memory);
        ASSERT_TRUE(r.has_value()) << r.error();
        EXPECT_EQ(r->count, c.count);
        EXPECT_EQ(r->note, c.note);
        EXPECT_EQ(r->mode, c.mode);
    }
    const error_case bad[] = {
        {"string_for_integer", R"({"count":"5"})", error_code::type_mismatch, 9,
         "expected integer, found string", "$.count"},
        {"wrong_type", R"({"note":1})", error_code::type_mismatch, 8,
         "expected string, found number", "$.note"},
    };
    expect_errors<optionals>(bad);
}

TEST(ValueParser, ParseIntoResetsOptionalMembersAbsentFromTheNewPayload) {
    arena memory;
    optionals out;
    const std::string_view first = R"({"count":5,"note":"hi","mode":"mono"})";
    ASSERT_TRUE(callmap::parse_into(out, first, memory).has_value());
    EXPECT_EQ(out.count, 5);
    EXPECT_EQ(out.note, "hi");
    memory.reset();
    const std::string_view second = R"({"mode":"stereo"})";
    ASSERT_TRUE(callmap::parse_into(out, second, memory).has_value());
    EXPECT_EQ(out.count, std::nullopt);
    EXPECT_EQ(out.note, std::nullopt);  // not a view into the first payload
    EXPECT_EQ(out.mode, channel::stereo);
}

// --- arrays -------------------------------------------------------------------------------

TEST(ValueParser, VectorsAndSpansHoldEveryElement) {
    const std::string_view json = R"({"values":[3,-1,0],"names":["a","b\"c",""]})";
    arena memory;
    const callmap::result<with_vectors> v = callmap::parse<with_vectors>(json, memory);
    ASSERT_TRUE(v.has_value()) << v.error();
    EXPECT_EQ(v->values, (std::vector<std::int64_t>{3, -1, 0}));
    EXPECT_EQ(v->names, (std::vector<std::string>{"a", "b\"c", ""}));

    const std::string_view span_json = R"({"values":[ 7 , 8,9 ]})";
    const callmap::result<with_span> s = callmap::parse<with_span>(span_json, memory);
    ASSERT_TRUE(s.has_value()) << s.error();
    ASSERT_EQ(s->values.size(), 3u);
    EXPECT_EQ(s->values[0], 7);
    EXPECT_EQ(s->values[1], 8);
    EXPECT_EQ(s->values[2], 9);

    const callmap::result<with_span> empty = callmap::parse<with_span>(R"({"values":[]})", memory);
    ASSERT_TRUE(empty.has_value()) << empty.error();
    EXPECT_TRUE(empty->values.empty());
}

TEST(ValueParser, TopLevelValuesOtherThanStructs) {
    arena memory;
    const callmap::result<std::vector<std::int64_t>> v =
        callmap::parse<std::vector<std::int64_t>>(" [1, 2] ", memory);
    ASSERT_TRUE(v.has_value()) << v.error();
    EXPECT_EQ(*v, (std::vector<std::int64_t>{1, 2}));

    const callmap::result<std::span<const double>> s =
        callmap::parse<std::span<const double>>("[0.5,1e2]", memory);
    ASSERT_TRUE(s.has_value()) << s.error();
    ASSERT_EQ(s->size(), 2u);
    EXPECT_EQ((*s)[0], 0.5);
    EXPECT_EQ((*s)[1], 100.0);

    const callmap::result<std::optional<std::int32_t>> null =
        callmap::parse<std::optional<std::int32_t>>("null", memory);
    ASSERT_TRUE(null.has_value()) << null.error();
    EXPECT_EQ(*null, std::nullopt);

    const callmap::result<channel> c = callmap::parse<channel>(R"("stereo")", memory);
    ASSERT_TRUE(c.has_value()) << c.error();
    EXPECT_EQ(*c, channel::stereo);

    const callmap::result<std::int64_t> trailing = callmap::parse<std::int64_t>("1 2", memory);
    ASSERT_FALSE(trailing.has_value());
    EXPECT_EQ(trailing.error().code, error_code::trailing_content);
    EXPECT_EQ(trailing.error().offset, 2u);
}

// --- nested spans: the scratch stack ------------------------------------------------------

struct expected_turn {
    std::string role;
    std::vector<std::string> texts;
    std::vector<double> starts;
    std::vector<std::int32_t> marks;
};

/// A conversation of `turns` turns with a varying number of words and marks each; some word
/// texts are escaped (so they are decoded into the arena between scratch pushes).
std::string make_conversation(std::size_t turns, std::vector<expected_turn>& expected) {
    std::string json = R"({"id":"conv","turns":[)";
    expected.clear();
    for (std::size_t t = 0; t < turns; ++t) {
        expected_turn e;
        e.role = t % 2 == 0 ? "agent" : "user";
        if (t != 0) json += ',';
        json += R"({"role":")" + e.role + R"(","words":[)";
        const std::size_t words = (t * 7) % 13;  // includes turns without words
        for (std::size_t w = 0; w < words; ++w) {
            const std::string id = std::to_string(t) + "_" + std::to_string(w);
            const bool escaped = w % 3 == 1;
            e.texts.push_back("w" + id);
            e.starts.push_back(static_cast<double>(t * 100 + w) + 0.5);
            if (w != 0) json += ',';
            json += R"({"text":")";
            json += escaped ? R"(\u0077)" + id : "w" + id;
            json += R"(","start":)" + std::to_string(t * 100 + w) + ".5";
            json += R"(,"end":)" + std::to_string(t * 100 + w + 1) + "}";
        }
        json += R"(],"marks":[)";
        for (std::size_t m = 0; m < t % 4; ++m) {
            e.marks.push_back(static_cast<std::int32_t>(t * 10 + m));
            if (m != 0) json += ',';
            json += std::to_string(t * 10 + m);
        }
        json += "]}";
        expected.push_back(std::move(e));
    }
    json += "]}";
    return json;
}

void expect_conversation(const conversation& c, const std::vector<expected_turn>& expected) {
    EXPECT_EQ(c.id, "conv");
    ASSERT_EQ(c.turns.size(), expected.size());
    for (std::size_t t = 0; t < expected.size(); ++t) {
        SCOPED_TRACE(t);
        const turn& got = c.turns[t];
        const expected_turn& want = expected[t];
        EXPECT_EQ(got.role, want.role);
        ASSERT_EQ(got.words.size(), want.texts.size());
        for (std::size_t w = 0; w < want.texts.size(); ++w) {
            EXPECT_EQ(got.words[w].text, want.texts[w]);
            EXPECT_EQ(got.words[w].start, want.starts[w]);
            EXPECT_EQ(got.words[w].end, want.starts[w] + 0.5);
        }
        ASSERT_EQ(got.marks.size(), want.marks.size());
        for (std::size_t m = 0; m < want.marks.size(); ++m) EXPECT_EQ(got.marks[m], want.marks[m]);
    }
}

TEST(ValueParserSpans, SmallNestedSpansHoldEveryValue) {
    const std::string_view json =
        R"({"id":"conv","turns":[)"
        R"({"role":"agent","words":[{"text":"hi","start":0,"end":0.5},)"
        R"({"text":"there","start":0.5,"end":1}],"marks":[1,2]},)"
        R"({"role":"user","words":[],"marks":[]},)"
        R"({"role":"agent","words":[{"text":"bye","start":2,"end":2.25}],"marks":[3]}]})";
    arena memory;
    const callmap::result<conversation> r = callmap::parse<conversation>(json, memory);
    ASSERT_TRUE(r.has_value()) << r.error();
    ASSERT_EQ(r->turns.size(), 3u);
    const turn& first = r->turns[0];
    EXPECT_EQ(first.role, "agent");
    ASSERT_EQ(first.words.size(), 2u);
    EXPECT_EQ(first.words[0].text, "hi");
    EXPECT_EQ(first.words[0].start, 0.0);
    EXPECT_EQ(first.words[0].end, 0.5);
    EXPECT_EQ(first.words[1].text, "there");
    EXPECT_EQ(first.words[1].start, 0.5);
    EXPECT_EQ(first.words[1].end, 1.0);
    ASSERT_EQ(first.marks.size(), 2u);
    EXPECT_EQ(first.marks[0], 1);
    EXPECT_EQ(first.marks[1], 2);
    EXPECT_EQ(r->turns[1].role, "user");
    EXPECT_TRUE(r->turns[1].words.empty());
    EXPECT_TRUE(r->turns[1].marks.empty());
    const turn& last = r->turns[2];
    ASSERT_EQ(last.words.size(), 1u);
    EXPECT_EQ(last.words[0].text, "bye");
    EXPECT_EQ(last.words[0].end, 2.25);
    ASSERT_EQ(last.marks.size(), 1u);
    EXPECT_EQ(last.marks[0], 3);
    EXPECT_EQ(memory.scratch_top(), 0u);  // every scratch mark was released
}

TEST(ValueParserSpans, LargeNestedSpansSurviveScratchGrowthAndLaterParses) {
    std::vector<expected_turn> expected_a;
    std::vector<expected_turn> expected_b;
    const std::string json_a = make_conversation(300, expected_a);
    const std::string json_b = make_conversation(57, expected_b);
    arena memory;
    const callmap::result<conversation> a = callmap::parse<conversation>(json_a, memory);
    ASSERT_TRUE(a.has_value()) << a.error();
    expect_conversation(*a, expected_a);
    // A second parse into the same arena (no reset) must leave the first result intact.
    const callmap::result<conversation> b = callmap::parse<conversation>(json_b, memory);
    ASSERT_TRUE(b.has_value()) << b.error();
    expect_conversation(*b, expected_b);
    expect_conversation(*a, expected_a);
    EXPECT_EQ(memory.scratch_top(), 0u);
}

TEST(ValueParserSpans, AnErrorDeepInsideIsLocatedAndTheArenaStaysUsable) {
    std::vector<expected_turn> expected;
    std::string json = make_conversation(20, expected);
    // Break the last word of the last turn that has words.
    const std::size_t at = json.rfind(R"("end":)");
    ASSERT_NE(at, std::string::npos);
    json.replace(at + 6, 0, "\"");  // "end":"12} -> a string that never ends
    arena memory;
    const callmap::result<conversation> r = callmap::parse<conversation>(json, memory);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, error_code::type_mismatch);
    EXPECT_EQ(r.error().offset, at + 6);
    EXPECT_EQ(r.error().message, "expected number, found string");
    EXPECT_EQ(r.error().path, "$.turns[19].words[2].end");

    // The arena is still usable afterwards.
    memory.reset();
    std::vector<expected_turn> again;
    const std::string good = make_conversation(20, again);
    const callmap::result<conversation> ok = callmap::parse<conversation>(good, memory);
    ASSERT_TRUE(ok.has_value()) << ok.error();
    expect_conversation(*ok, again);
}

// --- maps and raw_json --------------------------------------------------------------------

TEST(ValueParser, MapsAndRawJsonKeepMembersInDocumentOrder) {
    const std::string_view json =
        R"({"id":"r","labels":{"a":"x","\u0063":"y","a":"z"},)"
        R"("extra":{"n":[1, 2],"s":"x\u0041","o":{ }},"payload":  {"k" : [true, null]} })";
    arena memory;
    const callmap::result<labelled> r = callmap::parse<labelled>(json, memory);
    ASSERT_TRUE(r.has_value()) << r.error();

    ASSERT_EQ(r->labels.size(), 3u);
    EXPECT_EQ(r->labels.entries[0].key, "a");
    EXPECT_EQ(r->labels.entries[0].value, "x");
    EXPECT_EQ(r->labels.entries[1].key, "c");  // decoded key
    EXPECT_EQ(r->labels.entries[1].value, "y");
    EXPECT_EQ(r->labels.entries[2].key, "a");
    EXPECT_EQ(r->labels.entries[2].value, "z");
    ASSERT_NE(r->labels.find("a"), nullptr);
    EXPECT_EQ(*r->labels.find("a"), "z");  // the last member of that name
    EXPECT_EQ(r->labels.find("b"), nullptr);

    ASSERT_EQ(r->extra.size(), 3u);
    EXPECT_EQ(r->extra.entries[0].value.text, "[1, 2]");
    EXPECT_EQ(r->extra.entries[1].value.text, R"("x\u0041")");  // escapes untouched
    EXPECT_EQ(r->extra.entries[2].value.text, "{ }");
    EXPECT_TRUE(points_into(r->extra.entries[0].value.text, json));

    EXPECT_EQ(r->payload.text, R"({"k" : [true, null]})");
    EXPECT_TRUE(points_into(r->payload.text, json));
    EXPECT_FALSE(r->payload.is_null());

    const std::string_view null_payload = R"({"id":"","labels":{},"extra":{},"payload":null})";
    const callmap::result<labelled> n = callmap::parse<labelled>(null_payload, memory);
    ASSERT_TRUE(n.has_value()) << n.error();
    EXPECT_TRUE(n->labels.empty());
    EXPECT_TRUE(n->extra.empty());
    EXPECT_TRUE(n->payload.is_null());
}

TEST(ValueParser, RawJsonAndMapsAreValidated) {
    const error_case cases[] = {
        {"raw_trailing_comma", R"({"id":"","labels":{},"extra":{},"payload":[1,]})",
         error_code::expected_value, 45, "expected a JSON value", "$.payload[1]"},
        {"map_value_not_string", R"({"id":"","labels":{"a":1}})", error_code::type_mismatch, 23,
         "expected string, found number", R"($.labels.a)"},
        {"map_not_object", R"({"id":"","labels":[]})", error_code::type_mismatch, 18,
         "expected object, found array", "$.labels"},
        {"map_raw_value_bad", R"({"id":"","labels":{},"extra":{"a":tru}})",
         error_code::invalid_literal, 34, "invalid literal", "$.extra.a"},
    };
    expect_errors<labelled>(cases);
}

// --- nested structs, inheritance, enums ---------------------------------------------------

TEST(ValueParser, NestedStructsVectorsOfStructsAndOptionalStructs) {
    const std::string_view json = R"({"in":{"x":1},"list":[{"x":2},{"x":3}],"maybe":{"x":4}})";
    arena memory;
    const callmap::result<outer> r = callmap::parse<outer>(json, memory);
    ASSERT_TRUE(r.has_value()) << r.error();
    EXPECT_EQ(r->in.x, 1);
    ASSERT_EQ(r->list.size(), 2u);
    EXPECT_EQ(r->list[0].x, 2);
    EXPECT_EQ(r->list[1].x, 3);
    ASSERT_TRUE(r->maybe.has_value());
    EXPECT_EQ(r->maybe->x, 4);

    const callmap::result<outer> absent =
        callmap::parse<outer>(R"({"list":[],"in":{"x":0}})", memory);
    ASSERT_TRUE(absent.has_value()) << absent.error();
    EXPECT_FALSE(absent->maybe.has_value());
}

TEST(ValueParser, InheritedMembersAreRead) {
    arena memory;
    const callmap::result<derived_record> r =
        callmap::parse<derived_record>(R"({"name":"n","id":7})", memory);
    ASSERT_TRUE(r.has_value()) << r.error();
    EXPECT_EQ(r->id, 7);
    EXPECT_EQ(r->name, "n");
    const error_case missing[] = {
        {"missing_base_member", R"({"name":"n"})", error_code::missing_field, 11,
         "missing required field 'id'", "$"},
    };
    expect_errors<derived_record>(missing);
}

TEST(ValueParser, EnumsAreReadByName) {
    arena memory;
    const callmap::result<with_enum> r = callmap::parse<with_enum>(R"({"mode":"stereo"})", memory);
    ASSERT_TRUE(r.has_value()) << r.error();
    EXPECT_EQ(r->mode, channel::stereo);
    const callmap::result<with_enum> escaped =
        callmap::parse<with_enum>(R"({"mode":"m\u006fno"})", memory);
    ASSERT_TRUE(escaped.has_value()) << escaped.error();
    EXPECT_EQ(escaped->mode, channel::mono);

    const error_case cases[] = {
        {"unknown_value", R"({"mode":"surround"})", error_code::invalid_enum_value, 8,
         "invalid enum value 'surround'", "$.mode"},
        {"wrong_case", R"({"mode": "Mono"})", error_code::invalid_enum_value, 9,
         "invalid enum value 'Mono'", "$.mode"},
        {"number", R"({"mode":1})", error_code::type_mismatch, 8, "expected string, found number",
         "$.mode"},
    };
    expect_errors<with_enum>(cases);
}

// --- keys ---------------------------------------------------------------------------------

TEST(ValueParserKeys, EscapedKeysStillMatchMembers) {
    arena memory;
    const callmap::result<person> r =
        callmap::parse<person>(R"({"\u0069d":1,"n\u0061me":"x"})", memory);
    ASSERT_TRUE(r.has_value()) << r.error();
    EXPECT_EQ(r->id, 1);
    EXPECT_EQ(r->name, "x");
}

TEST(ValueParserKeys, UnknownKeysAreValidatedAndSkippedByDefault) {
    const std::string_view json =
        R"({"zz":{"deep":[1,2,{"x":null}]},"name":"a","extra":"\u00e9","id":3,"more":[]})";
    arena memory;
    const callmap::result<person> r = callmap::parse<person>(json, memory);
    ASSERT_TRUE(r.has_value()) << r.error();
    EXPECT_EQ(r->name, "a");
    EXPECT_EQ(r->id, 3);

    const error_case invalid_skipped[] = {
        {"bad_skipped_value", R"({"zz":[1,],"name":"a","id":1})", error_code::expected_value, 9,
         "expected a JSON value", "$.zz[1]"},
        {"bad_skipped_escape", R"({"name":"a","zz":"\q","id":1})", error_code::invalid_escape, 18,
         "invalid escape sequence", "$.zz"},
    };
    expect_errors<person>(invalid_skipped);
}

TEST(ValueParserKeys, StrictModeRefusesUnknownKeysAtTheKey) {
    parse_options strict;
    strict.unknown_keys = callmap::unknown_key_policy::error;
    const error_case cases[] = {
        {"root", R"({"id":1,"x":2,"name":"a"})", error_code::unknown_key, 8, "unknown key 'x'",
         "$"},
        {"escaped_key", R"({"\u0078y":2})", error_code::unknown_key, 1, "unknown key 'xy'", "$"},
    };
    expect_errors<person>(cases, strict);
    const error_case nested[] = {
        {"nested", R"({"in":{"x":1,"y":2}})", error_code::unknown_key, 13, "unknown key 'y'",
         "$.in"},
        {"in_array", R"({"in":{"x":1},"list":[{"x":1},{"z":1}]})", error_code::unknown_key, 31,
         "unknown key 'z'", "$.list[1]"},
    };
    expect_errors<outer>(nested, strict);

    arena memory;
    const callmap::result<person> known =
        callmap::parse<person>(R"({"id":1,"name":"a"})", memory, strict);
    EXPECT_TRUE(known.has_value()) << known.error();
}

TEST(ValueParserKeys, DuplicateKnownKeysAreRefusedByDefault) {
    const error_case cases[] = {
        {"second_key", R"({"id":1,"name":"a","id":2})", error_code::duplicate_key, 19,
         "duplicate key 'id'", "$"},
        {"escaped_second_key", R"({"id":1,"\u0069d":2,"name":"a"})", error_code::duplicate_key, 8,
         "duplicate key 'id'", "$"},
        {"whitespace_before_key", "{\"name\":\"a\",\n  \"name\":\"b\",\"id\":1}",
         error_code::duplicate_key, 15, "duplicate key 'name'", "$"},
    };
    expect_errors<person>(cases);

    const error_case nested[] = {
        {"nested", R"({"in":{"x":1,"x":1}})", error_code::duplicate_key, 13, "duplicate key 'x'",
         "$.in"},
    };
    expect_errors<outer>(nested);

    // Duplicates among keys the destination does not declare are not tracked.
    arena memory;
    const callmap::result<person> unknown_twice =
        callmap::parse<person>(R"({"zz":1,"zz":2,"id":1,"name":"a"})", memory);
    EXPECT_TRUE(unknown_twice.has_value()) << unknown_twice.error();
}

TEST(ValueParserKeys, LastWinsPolicyKeepsTheLastOccurrence) {
    parse_options last_wins;
    last_wins.duplicate_keys = callmap::duplicate_key_policy::last_wins;
    arena memory;
    const callmap::result<person> p =
        callmap::parse<person>(R"({"id":1,"name":"a","id":2,"name":"b"})", memory, last_wins);
    ASSERT_TRUE(p.has_value()) << p.error();
    EXPECT_EQ(p->id, 2);
    EXPECT_EQ(p->name, "b");

    const callmap::result<with_vectors> v = callmap::parse<with_vectors>(
        R"({"values":[1,2],"names":["x"],"values":[3],"names":[]})", memory, last_wins);
    ASSERT_TRUE(v.has_value()) << v.error();
    EXPECT_EQ(v->values, (std::vector<std::int64_t>{3}));
    EXPECT_TRUE(v->names.empty());

    const callmap::result<optionals> o = callmap::parse<optionals>(
        R"({"count":1,"count":null,"note":null,"note":"n"})", memory, last_wins);
    ASSERT_TRUE(o.has_value()) << o.error();
    EXPECT_EQ(o->count, std::nullopt);
    EXPECT_EQ(o->note, "n");
}

TEST(ValueParserKeys, MissingRequiredMembersAreReportedAtTheClosingBrace) {
    const error_case cases[] = {
        {"missing_name", R"({"id":1})", error_code::missing_field, 7,
         "missing required field 'name'", "$"},
        {"empty_object_reports_first_declared", "{ }", error_code::missing_field, 2,
         "missing required field 'name'", "$"},
        {"missing_id", R"({"name":"a"})", error_code::missing_field, 11,
         "missing required field 'id'", "$"},
    };
    expect_errors<person>(cases);
    const error_case nested[] = {
        {"nested", R"({"in":{}})", error_code::missing_field, 7, "missing required field 'x'",
         "$.in"},
        {"in_array", R"({"in":{"x":1},"list":[{"x":1},{}]})", error_code::missing_field, 31,
         "missing required field 'x'", "$.list[1]"},
        {"outer_after_inner", R"({"in":{"x":1}})", error_code::missing_field, 13,
         "missing required field 'list'", "$"},
    };
    expect_errors<outer>(nested);
}

// --- limits -------------------------------------------------------------------------------

TEST(ValueParserLimits, ArraysAndMapsLongerThanTheLimitAreRefused) {
    parse_options limit;
    limit.max_array_elements = 3;
    arena memory;
    const callmap::result<with_vectors> at_limit =
        callmap::parse<with_vectors>(R"({"values":[1,2,3],"names":[]})", memory, limit);
    EXPECT_TRUE(at_limit.has_value()) << at_limit.error();

    const error_case vector_cases[] = {
        {"vector", R"({"values":[1,2,3,4],"names":[]})", error_code::array_too_long, 17,
         "array longer than the configured limit", "$.values[3]"},
        {"vector_with_spaces", R"({"names":[],"values":[1, 2, 3, 4]})", error_code::array_too_long,
         31, "array longer than the configured limit", "$.values[3]"},
    };
    expect_errors<with_vectors>(vector_cases, limit);
    const error_case span_cases[] = {
        {"span", R"({"values":[1,2,3,4,5]})", error_code::array_too_long, 17,
         "array longer than the configured limit", "$.values[3]"},
    };
    expect_errors<with_span>(span_cases, limit);
    const error_case map_cases[] = {
        {"map", R"({"id":"","labels":{"a":"1","b":"2","c":"3","d":"4"}})",
         error_code::array_too_long, 43, "array longer than the configured limit", "$.labels"},
    };
    expect_errors<labelled>(map_cases, limit);
}

TEST(ValueParserLimits, InputLargerThanTheLimitIsRefusedUpFront) {
    parse_options limit;
    limit.max_input_bytes = 19;
    arena memory;
    const std::string_view json = R"({"id":1,"name":"a"})";
    ASSERT_EQ(json.size(), 19u);
    EXPECT_TRUE(callmap::parse<person>(json, memory, limit).has_value());
    const error_case cases[] = {
        {"one_byte_over", R"({"id":1,"name":"ab"})", error_code::input_too_large, 0,
         "input larger than the configured limit", "$"},
    };
    expect_errors<person>(cases, limit);
}

TEST(ValueParserLimits, ArenaLimitIsReportedWhereTheMemoryWasNeeded) {
    arena none(0);
    const callmap::result<person> plain = callmap::parse<person>(R"({"name":"a","id":1})", none);
    EXPECT_TRUE(plain.has_value()) << plain.error();  // zero-copy needs no arena memory

    const callmap::result<person> escaped =
        callmap::parse<person>(R"({"id":1,"name":"a\nb"})", none);
    ASSERT_FALSE(escaped.has_value());
    EXPECT_EQ(escaped.error().code, error_code::arena_limit_exceeded);
    EXPECT_EQ(escaped.error().offset, 15u);
    EXPECT_EQ(escaped.error().path, "$.name");
    EXPECT_EQ(escaped.error().message, "arena memory limit exceeded");

    arena tiny(16);
    const callmap::result<timed> spans = callmap::parse<timed>(
        R"({"words":[{"text":"a","start":1,"end":2},{"text":"b","start":2,"end":3}]})", tiny);
    ASSERT_FALSE(spans.has_value());
    EXPECT_EQ(spans.error().code, error_code::arena_limit_exceeded);
    EXPECT_EQ(spans.error().offset, 40u);  // pushing the first word to the scratch stack
    EXPECT_EQ(spans.error().path, "$.words");
}

// --- reuse --------------------------------------------------------------------------------

TEST(ValueParserReuse, ParseIntoWithAResetArenaStopsGrowingAfterTheFirstParse) {
    std::vector<expected_turn> expected;
    const std::string json = make_conversation(400, expected);
    arena memory;
    conversation out;
    std::size_t reserved[3] = {};
    std::size_t used[3] = {};
    for (std::size_t round = 0; round < 3; ++round) {
        SCOPED_TRACE(round);
        memory.reset();
        const callmap::result<void> r = callmap::parse_into(out, json, memory);
        ASSERT_TRUE(r.has_value()) << r.error();
        expect_conversation(out, expected);
        reserved[round] = memory.bytes_reserved();
        used[round] = memory.bytes_used();
    }
    EXPECT_GT(reserved[0], arena::default_block_size);  // the payload needed several blocks
    EXPECT_EQ(reserved[1], reserved[0]);
    EXPECT_EQ(reserved[2], reserved[0]);
    EXPECT_EQ(used[2], used[1]);
}

// --- std::map / std::unordered_map ---------------------------------------------------------

struct standard_maps {
    std::map<std::string, std::int64_t> counts;
    std::unordered_map<std::string_view, std::vector<std::string_view>> tags;
};
BOOST_DESCRIBE_STRUCT(standard_maps, (), (counts, tags))

TEST(ValueParserStandardMaps, ReadObjectsWithFreeFormKeys) {
    const std::string_view json =
        R"({"counts":{"b":2,"a":1,"c":3.0},"tags":{"x":["p","q"],"y":[]}})";
    arena memory;
    const callmap::result<standard_maps> r = callmap::parse<standard_maps>(json, memory);
    ASSERT_TRUE(r.has_value()) << r.error();
    EXPECT_EQ(r->counts, (std::map<std::string, std::int64_t>{{"a", 1}, {"b", 2}, {"c", 3}}));
    ASSERT_EQ(r->tags.size(), 2u);
    EXPECT_EQ(r->tags.at("x"), (std::vector<std::string_view>{"p", "q"}));
    EXPECT_TRUE(r->tags.at("y").empty());
    EXPECT_EQ(callmap::json::to_json(r->counts), R"({"a":1,"b":2,"c":3})");
}

TEST(ValueParserStandardMaps, RepeatedKeysFollowTheDuplicateKeyPolicy) {
    const std::string_view json = R"({"counts":{"a":1,"a":2},"tags":{}})";
    const error_case cases[] = {
        {"repeated_map_key", json, error_code::duplicate_key, 17, "duplicate key 'a'", "$.counts"},
        {"value_of_wrong_type", R"({"counts":{"a":"1"},"tags":{}})", error_code::type_mismatch, 15,
         "expected integer, found string", "$.counts.a"},
    };
    expect_errors<standard_maps>(cases);  // duplicate keys are errors by default

    parse_options last_wins;
    last_wins.duplicate_keys = callmap::duplicate_key_policy::last_wins;
    arena memory;
    const callmap::result<standard_maps> last =
        callmap::parse<standard_maps>(json, memory, last_wins);
    ASSERT_TRUE(last.has_value()) << last.error();
    EXPECT_EQ(last->counts.at("a"), 2);
}

}  // namespace value_parser_test
