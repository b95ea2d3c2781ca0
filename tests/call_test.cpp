#include <callmap/call.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include <callmap/json/validate.hpp>
#include <gtest/gtest.h>

namespace {

using callmap::map_entry;
using callmap::raw_json;
using callmap::timestamp;

// The JSON of a call must always be a valid document.
void expect_valid_json(const std::string& text) {
    const auto r = callmap::json::validate(text);
    EXPECT_TRUE(r.has_value()) << r.error() << "\n" << text;
}

callmap::call minimal_call() {
    callmap::call c;
    c.provider = "p";
    c.id = "1";
    return c;
}

constexpr std::string_view minimal_json =
    R"({"provider":"p","id":"1","source":{"shape":"get"},"status":"unknown"})";

// minimal_json without its closing brace, to append one member to.
std::string minimal_json_plus(std::string_view member) {
    std::string out(minimal_json.substr(0, minimal_json.size() - 1));
    out += ',';
    out += member;
    out += '}';
    return out;
}

TEST(call_to_json, default_call_writes_only_the_required_members) {
    const std::string out = callmap::to_json(minimal_call());
    EXPECT_EQ(out, minimal_json);
    expect_valid_json(out);
}

TEST(call_to_json, default_constructed_call_writes_empty_strings) {
    const std::string out = callmap::to_json(callmap::call{});
    EXPECT_EQ(out, R"({"provider":"","id":"","source":{"shape":"get"},"status":"unknown"})");
    expect_valid_json(out);
}

TEST(call_to_json, empty_top_level_collections_are_omitted) {
    // Non-null but empty spans and maps: still omitted at the top level.
    const map_entry<std::string_view> no_ids[1] = {};
    const callmap::recording no_recordings[1] = {};
    const map_entry<callmap::latency_stats> no_latency[1] = {};
    const callmap::ivr_step no_ivr[1] = {};
    const map_entry<raw_json> no_variables[1] = {};
    const callmap::event no_events[1] = {};
    const std::string_view no_warnings[1] = {};
    callmap::call c = minimal_call();
    c.external_ids.entries = std::span(no_ids, 0);
    c.recordings = std::span(no_recordings, 0);
    c.latency.entries = std::span(no_latency, 0);
    c.ivr = std::span(no_ivr, 0);
    c.variables.entries = std::span(no_variables, 0);
    c.events = std::span(no_events, 0);
    c.warnings = std::span(no_warnings, 0);
    EXPECT_EQ(callmap::to_json(c), minimal_json);
}

TEST(call_to_json, fully_populated_call) {
    const map_entry<std::string_view> external_ids[] = {{"twilio_sid", "CA0123"},
                                                        {"crm", "lead-9"}};
    const callmap::cost_component components[] = {
        {"transport", 12300, 4100},
        {"llm", 140000, std::nullopt},
    };
    const callmap::recording recordings[] = {
        {"https://r.example/mixed.wav", callmap::recording_kind::mixed},
        {"https://r.example/stereo.wav", callmap::recording_kind::multichannel},
        {"https://r.example/other.ogg", callmap::recording_kind::other},
    };
    const callmap::word agent_words[] = {{"Hi", 0, 800}};
    const callmap::word user_words[] = {{"Hel", 900, 1100}, {"lo", 1100, 1400}};
    callmap::turn turns[3];
    turns[0].role = callmap::turn_role::agent;
    turns[0].text = "Hi";
    turns[0].at = timestamp{1722448872000};
    turns[0].start_ms = 0;
    turns[0].end_ms = 800;
    turns[0].words = agent_words;
    turns[1].role = callmap::turn_role::user;
    turns[1].text = "Hello";
    turns[1].start_ms = 900;
    turns[1].words = user_words;
    turns[2].role = callmap::turn_role::tool;  // no optional fields, no words
    turns[2].text = "lookup \"Bob\"";
    const double e2e_samples[] = {120.5, 300.25, 900.0, std::numeric_limits<double>::quiet_NaN()};
    callmap::latency_stats e2e;
    e2e.min = 120.5;
    e2e.max = 900.0;
    e2e.p50 = 300.25;
    e2e.count = 4;
    e2e.samples = e2e_samples;
    callmap::latency_stats llm;  // only p90..p99, no samples
    llm.p90 = 0.1;
    llm.p95 = 1e21;
    llm.p99 = 1e-7;
    const map_entry<callmap::latency_stats> latency[] = {{"e2e", e2e}, {"llm", llm}};
    const std::string_view choice_answers[] = {"1"};
    const callmap::ivr_choice choices[] = {{"1", "Sales", 4}, {"2", "Support", 0}};
    const std::string_view recording_answers[] = {"https://r.example/msg.wav"};
    const std::string_view digit_answers[] = {"1234", "#"};
    const callmap::ivr_step ivr[] = {
        {"Press 1 for sales, 2 for support", callmap::ivr_kind::choice, choice_answers, choices},
        {"Leave a message", callmap::ivr_kind::recording, recording_answers, {}},
        {"Enter your PIN", callmap::ivr_kind::digits, digit_answers, {}},
        {"Anything else?", callmap::ivr_kind::other, {}, {}},
    };
    const map_entry<raw_json> variables[] = {
        {"customer", raw_json{R"({"name":"Bob","vip":true})"}},
        {"attempt", raw_json{"2"}},
        {"unset", raw_json{}},
        {"explicit_null", raw_json{"null"}},
        {"note", raw_json{R"("caf\u00e9")"}},
    };
    const callmap::event events[] = {
        {timestamp{1722448866000}, 0, "call.started", raw_json{R"({"by":"api"})"}},
        {std::nullopt, 124999, "hangup", raw_json{}},
        {std::nullopt, std::nullopt, "note", raw_json{"[1,2]"}},
    };
    const std::string_view warnings[] = {"currency not given; assumed USD",
                                         "status \"ended\" read as completed"};

    callmap::call c;
    c.provider = "vapi";
    c.id = "call-123";
    c.source = {callmap::payload_shape::webhook, "end-of-call-report"};
    c.external_ids.entries = external_ids;
    c.agent = callmap::agent_info{"asst_1", "Zo\xc3\xab \"Ava\"", callmap::agent_kind::ai};
    c.direction = callmap::direction::outbound;
    c.channel = callmap::channel::pstn;
    c.from = callmap::party{"+1 (415) 555-0100", "+14155550100"};
    c.to = callmap::party{"sip:alice@example.com", std::nullopt};
    c.status = callmap::call_status::completed;
    c.status_raw = "ended";
    c.end_reason = callmap::end_reason::customer_hangup;
    c.end_reason_raw = "customer-ended-call";
    c.created_at = timestamp{1722448800000};
    c.started_at = timestamp{1722448866000};
    c.answered_at = timestamp{1722448871250};
    c.ended_at = timestamp{1722448990999};
    c.updated_at = timestamp{1722449000001};
    c.duration_ms = 124999;
    c.talk_ms = 119749;
    c.ring_ms = 5250;
    c.billed_ms = 180000;
    c.cost = callmap::cost{152300, "USD", true, components};
    c.recordings = recordings;
    c.transcript = callmap::transcript{"AI: Hi\nUser: Hello", turns};
    c.latency.entries = latency;
    c.ivr = ivr;
    c.variables.entries = variables;
    c.metadata = raw_json{R"({"source":"test","tags":["a","b"]})"};
    c.events = events;
    c.warnings = warnings;

    // One member per line here; the output is compact.
    const std::string_view expected_members[] = {
        R"({"provider":"vapi")",
        R"("id":"call-123")",
        R"("source":{"shape":"webhook","event":"end-of-call-report"})",
        R"("external_ids":{"twilio_sid":"CA0123","crm":"lead-9"})",
        "\"agent\":{\"id\":\"asst_1\",\"name\":\"Zo\xc3\xab \\\"Ava\\\"\",\"kind\":\"ai\"}",
        R"("direction":"outbound")",
        R"("channel":"pstn")",
        R"("from":{"raw":"+1 (415) 555-0100","e164":"+14155550100"})",
        R"("to":{"raw":"sip:alice@example.com"})",
        R"("status":"completed")",
        R"("status_raw":"ended")",
        R"("end_reason":"customer_hangup")",
        R"("end_reason_raw":"customer-ended-call")",
        R"("created_at":"2024-07-31T18:00:00.000Z")",
        R"("started_at":"2024-07-31T18:01:06.000Z")",
        R"("answered_at":"2024-07-31T18:01:11.250Z")",
        R"("ended_at":"2024-07-31T18:03:10.999Z")",
        R"("updated_at":"2024-07-31T18:03:20.001Z")",
        R"("duration_ms":124999)",
        R"("talk_ms":119749)",
        R"("ring_ms":5250)",
        R"("billed_ms":180000)",
        R"("cost":{"amount_micros":152300,"currency":"USD","currency_assumed":true,)"
        R"("components":[{"name":"transport","amount_micros":12300,"unit_price_micros":4100},)"
        R"({"name":"llm","amount_micros":140000}]})",
        R"("recordings":[{"url":"https://r.example/mixed.wav","kind":"mixed"},)"
        R"({"url":"https://r.example/stereo.wav","kind":"multichannel"},)"
        R"({"url":"https://r.example/other.ogg","kind":"other"}])",
        R"("transcript":{"text":"AI: Hi\nUser: Hello","turns":[)"
        R"({"role":"agent","text":"Hi","at":"2024-07-31T18:01:12.000Z","start_ms":0,)"
        R"("end_ms":800,"words":[{"text":"Hi","start_ms":0,"end_ms":800}]},)"
        R"({"role":"user","text":"Hello","start_ms":900,"words":[)"
        R"({"text":"Hel","start_ms":900,"end_ms":1100},)"
        R"({"text":"lo","start_ms":1100,"end_ms":1400}]},)"
        R"({"role":"tool","text":"lookup \"Bob\"","words":[]}]})",
        R"("latency":{"e2e":{"min":120.5,"max":900,"p50":300.25,"count":4,)"
        R"("samples":[120.5,300.25,900,null]},)"
        R"("llm":{"p90":0.1,"p95":1e+21,"p99":1e-07,"samples":[]}})",
        R"("ivr":[{"question":"Press 1 for sales, 2 for support","kind":"choice",)"
        R"("answers":["1"],"choices":[{"key":"1","title":"Sales","count":4},)"
        R"({"key":"2","title":"Support","count":0}]},)"
        R"({"question":"Leave a message","kind":"recording",)"
        R"("answers":["https://r.example/msg.wav"],"choices":[]},)"
        R"({"question":"Enter your PIN","kind":"digits","answers":["1234","#"],"choices":[]},)"
        R"({"question":"Anything else?","kind":"other","answers":[],"choices":[]}])",
        R"("variables":{"customer":{"name":"Bob","vip":true},"attempt":2,"unset":null,)"
        R"("explicit_null":null,"note":"caf\u00e9"})",
        R"("metadata":{"source":"test","tags":["a","b"]})",
        R"("events":[{"at":"2024-07-31T18:01:06.000Z","session_ms":0,"name":"call.started",)"
        R"("data":{"by":"api"}},{"session_ms":124999,"name":"hangup","data":null},)"
        R"({"name":"note","data":[1,2]}])",
        R"("warnings":["currency not given; assumed USD","status \"ended\" read as completed"]})",
    };
    std::string expected;
    for (const auto member : expected_members) {
        if (!expected.empty()) expected += ',';
        expected += member;
    }

    const std::string out = callmap::to_json(c);
    EXPECT_EQ(out, expected);
    expect_valid_json(out);
}

// ---- nested values are written whole; only the call's own members are omitted -----------

struct nested_case {
    std::string_view name;
    callmap::call call;
    std::string expected;
};

std::vector<nested_case> nested_cases() {
    std::vector<nested_case> cases;
    // `member` goes last: every case below sets a member declared after `status`.
    auto add = [&cases](std::string_view name, std::string_view member, auto&& set) {
        callmap::call c = minimal_call();
        set(c);
        cases.push_back({name, c, minimal_json_plus(member)});
    };
    callmap::call record = minimal_call();
    record.agent = callmap::agent_info{};
    cases.push_back(
        {"agent_without_optionals", record,
         R"({"provider":"p","id":"1","source":{"shape":"get"},"agent":{"kind":"unknown"},)"
         R"("status":"unknown"})"});
    record.agent = callmap::agent_info{"a", std::nullopt, callmap::agent_kind::human};
    cases.push_back(
        {"agent_with_id_only", record,
         R"({"provider":"p","id":"1","source":{"shape":"get"},"agent":{"id":"a","kind":"human"},)"
         R"("status":"unknown"})"});
    record = minimal_call();
    record.from = callmap::party{};
    record.to = callmap::party{"", "+1"};
    cases.push_back({"parties_with_empty_raw", record,
                     R"({"provider":"p","id":"1","source":{"shape":"get"},)"
                     R"("from":{"raw":""},"to":{"raw":"","e164":"+1"},"status":"unknown"})"});
    add("cost_without_components",
        R"("cost":{"amount_micros":0,"currency_assumed":false,)"
        R"("components":[]})",
        [](callmap::call& c) { c.cost = callmap::cost{}; });
    add("negative_cost",
        R"("cost":{"amount_micros":-2500,"currency":"EUR",)"
        R"("currency_assumed":false,"components":[]})",
        [](callmap::call& c) {
            c.cost = callmap::cost{-2500, "EUR", false, {}};
        });
    add("empty_transcript", R"("transcript":{"turns":[]})",
        [](callmap::call& c) { c.transcript = callmap::transcript{}; });
    add("metadata_without_text", R"("metadata":null)",
        [](callmap::call& c) { c.metadata = raw_json{}; });
    add("metadata_null", R"("metadata":null)",
        [](callmap::call& c) { c.metadata = raw_json{"null"}; });
    add("empty_status_raw", R"("status_raw":"")",
        [](callmap::call& c) { c.status_raw = std::string_view{}; });
    add("end_reason_unknown", R"("end_reason":"unknown")",
        [](callmap::call& c) { c.end_reason = callmap::end_reason::unknown; });
    add("zero_duration", R"("duration_ms":0)", [](callmap::call& c) { c.duration_ms = 0; });
    add("largest_duration", R"("duration_ms":9223372036854775807)",
        [](callmap::call& c) { c.duration_ms = std::numeric_limits<std::int64_t>::max(); });
    add("smallest_duration", R"("duration_ms":-9223372036854775808)",
        [](callmap::call& c) { c.duration_ms = std::numeric_limits<std::int64_t>::min(); });
    add("epoch", R"("created_at":"1970-01-01T00:00:00.000Z")",
        [](callmap::call& c) { c.created_at = timestamp{0}; });
    add("before_epoch", R"("created_at":"1969-12-31T23:59:59.999Z")",
        [](callmap::call& c) { c.created_at = timestamp{-1}; });
    add("year_10000", R"("created_at":"+010000-01-01T00:00:00.000Z")",
        [](callmap::call& c) { c.created_at = timestamp{253402300800000}; });
    return cases;
}

TEST(call_to_json, nested_values) {
    for (const auto& c : nested_cases()) {
        SCOPED_TRACE(c.name);
        const std::string out = callmap::to_json(c.call);
        EXPECT_EQ(out, c.expected);
        expect_valid_json(out);
    }
}

TEST(call_to_json, nested_empty_spans_are_written) {
    // A turn without optional fields still writes "words":[]; a latency stage without samples
    // writes "samples":[]; an ivr step writes "answers":[] and "choices":[].
    const callmap::turn turns[1] = {};
    const map_entry<callmap::latency_stats> latency[] = {{"e2e", callmap::latency_stats{}}};
    const callmap::ivr_step ivr[1] = {};
    callmap::call c = minimal_call();
    c.transcript = callmap::transcript{std::nullopt, turns};
    c.latency.entries = latency;
    c.ivr = ivr;
    const std::string out = callmap::to_json(c);
    EXPECT_EQ(out, minimal_json_plus(R"("transcript":{"turns":[{"role":"other","text":"",)"
                                     R"("words":[]}]},"latency":{"e2e":{"samples":[]}},)"
                                     R"("ivr":[{"question":"","kind":"other","answers":[],)"
                                     R"("choices":[]}])"));
    expect_valid_json(out);
}

// ---- enum spellings ---------------------------------------------------------------------

template <class E>
struct spelling {
    E value;
    std::string_view name;
};

TEST(call_to_json, direction_spellings) {
    const spelling<callmap::direction> cases[] = {{callmap::direction::unknown, "unknown"},
                                                  {callmap::direction::inbound, "inbound"},
                                                  {callmap::direction::outbound, "outbound"}};
    for (const auto& s : cases) {
        callmap::call c = minimal_call();
        c.direction = s.value;
        EXPECT_EQ(
            callmap::to_json(c),
            std::string(R"({"provider":"p","id":"1","source":{"shape":"get"},"direction":")") +
                std::string(s.name) + R"(","status":"unknown"})");
    }
}

TEST(call_to_json, channel_spellings) {
    const spelling<callmap::channel> cases[] = {{callmap::channel::unknown, "unknown"},
                                                {callmap::channel::pstn, "pstn"},
                                                {callmap::channel::sip, "sip"},
                                                {callmap::channel::web, "web"},
                                                {callmap::channel::whatsapp, "whatsapp"}};
    for (const auto& s : cases) {
        callmap::call c = minimal_call();
        c.channel = s.value;
        EXPECT_EQ(callmap::to_json(c),
                  std::string(R"({"provider":"p","id":"1","source":{"shape":"get"},"channel":")") +
                      std::string(s.name) + R"(","status":"unknown"})");
    }
}

TEST(call_to_json, source_shape_spellings_and_event) {
    const spelling<callmap::payload_shape> cases[] = {
        {callmap::payload_shape::get, "get"},
        {callmap::payload_shape::list, "list"},
        {callmap::payload_shape::webhook, "webhook"},
        {callmap::payload_shape::callback, "callback"}};
    for (const auto& s : cases) {
        callmap::call c = minimal_call();
        c.source.shape = s.value;
        EXPECT_EQ(callmap::to_json(c),
                  std::string(R"({"provider":"p","id":"1","source":{"shape":")") +
                      std::string(s.name) + R"("},"status":"unknown"})");
    }
    callmap::call c = minimal_call();
    c.source = {callmap::payload_shape::callback, "completed"};
    EXPECT_EQ(callmap::to_json(c),
              R"({"provider":"p","id":"1","source":{"shape":"callback","event":"completed"},)"
              R"("status":"unknown"})");
}

TEST(call_to_json, status_spellings) {
    using callmap::call_status;
    const spelling<call_status> cases[] = {
        {call_status::unknown, "unknown"},
        {call_status::scheduled, "scheduled"},
        {call_status::queued, "queued"},
        {call_status::ringing, "ringing"},
        {call_status::in_progress, "in_progress"},
        {call_status::completed, "completed"},
        {call_status::busy, "busy"},
        {call_status::no_answer, "no_answer"},
        {call_status::failed, "failed"},
        {call_status::canceled, "canceled"},
        {call_status::voicemail, "voicemail"},
        {call_status::transferred, "transferred"},
    };
    for (const auto& s : cases) {
        callmap::call c = minimal_call();
        c.status = s.value;
        EXPECT_EQ(callmap::to_json(c),
                  R"({"provider":"p","id":"1","source":{"shape":"get"},"status":")" +
                      std::string(s.name) + "\"}");
    }
}

TEST(call_to_json, end_reason_spellings) {
    using callmap::end_reason;
    const spelling<end_reason> cases[] = {
        {end_reason::unknown, "unknown"},
        {end_reason::customer_hangup, "customer_hangup"},
        {end_reason::agent_hangup, "agent_hangup"},
        {end_reason::transferred, "transferred"},
        {end_reason::voicemail, "voicemail"},
        {end_reason::no_answer, "no_answer"},
        {end_reason::busy, "busy"},
        {end_reason::rejected, "rejected"},
        {end_reason::canceled, "canceled"},
        {end_reason::max_duration, "max_duration"},
        {end_reason::inactivity, "inactivity"},
        {end_reason::invalid_destination, "invalid_destination"},
        {end_reason::telephony_error, "telephony_error"},
        {end_reason::platform_error, "platform_error"},
    };
    for (const auto& s : cases) {
        callmap::call c = minimal_call();
        c.end_reason = s.value;
        EXPECT_EQ(callmap::to_json(c),
                  minimal_json_plus(R"("end_reason":")" + std::string(s.name) + '"'));
    }
}

TEST(call_to_json, agent_kind_spellings) {
    using callmap::agent_kind;
    const spelling<agent_kind> cases[] = {{agent_kind::unknown, "unknown"},
                                          {agent_kind::ai, "ai"},
                                          {agent_kind::human, "human"},
                                          {agent_kind::ivr, "ivr"}};
    for (const auto& s : cases) {
        callmap::call c = minimal_call();
        c.agent = callmap::agent_info{std::nullopt, std::nullopt, s.value};
        EXPECT_EQ(callmap::to_json(c),
                  R"({"provider":"p","id":"1","source":{"shape":"get"},"agent":{"kind":")" +
                      std::string(s.name) +
                      R"("},)"
                      R"("status":"unknown"})");
    }
}

TEST(call_to_json, recording_kind_spellings) {
    using callmap::recording_kind;
    const spelling<recording_kind> cases[] = {{recording_kind::mixed, "mixed"},
                                              {recording_kind::multichannel, "multichannel"},
                                              {recording_kind::other, "other"}};
    for (const auto& s : cases) {
        const callmap::recording recordings[] = {{"u", s.value}};
        callmap::call c = minimal_call();
        c.recordings = recordings;
        EXPECT_EQ(callmap::to_json(c), minimal_json_plus(R"("recordings":[{"url":"u","kind":")" +
                                                         std::string(s.name) + "\"}]"));
    }
}

TEST(call_to_json, turn_role_spellings) {
    using callmap::turn_role;
    const spelling<turn_role> cases[] = {{turn_role::agent, "agent"},
                                         {turn_role::user, "user"},
                                         {turn_role::system, "system"},
                                         {turn_role::tool, "tool"},
                                         {turn_role::other, "other"}};
    for (const auto& s : cases) {
        callmap::turn turns[1];
        turns[0].role = s.value;
        turns[0].text = "t";
        callmap::call c = minimal_call();
        c.transcript = callmap::transcript{std::nullopt, turns};
        EXPECT_EQ(callmap::to_json(c),
                  minimal_json_plus(R"("transcript":{"turns":[{"role":")" + std::string(s.name) +
                                    R"(","text":"t","words":[]}]})"));
    }
}

TEST(call_to_json, ivr_kind_spellings) {
    using callmap::ivr_kind;
    const spelling<ivr_kind> cases[] = {{ivr_kind::recording, "recording"},
                                        {ivr_kind::choice, "choice"},
                                        {ivr_kind::digits, "digits"},
                                        {ivr_kind::other, "other"}};
    for (const auto& s : cases) {
        const callmap::ivr_step ivr[] = {{"q", s.value, {}, {}}};
        callmap::call c = minimal_call();
        c.ivr = ivr;
        EXPECT_EQ(callmap::to_json(c),
                  minimal_json_plus(R"("ivr":[{"question":"q","kind":")" + std::string(s.name) +
                                    R"(","answers":[],"choices":[]}])"));
    }
}

TEST(call_to_json, value_outside_an_enum_is_written_as_its_number) {
    callmap::call c = minimal_call();
    c.status = static_cast<callmap::call_status>(200);
    c.end_reason = static_cast<callmap::end_reason>(14);
    const std::string out = callmap::to_json(c);
    EXPECT_EQ(out, R"({"provider":"p","id":"1","source":{"shape":"get"},)"
                   R"("status":200,"end_reason":14})");
    expect_valid_json(out);
}

// ---- string escaping --------------------------------------------------------------------

struct escape_case {
    std::string_view text;
    std::string_view json;  ///< the quoted JSON string
};

// clang-format off
const escape_case escapes[] = {
    {"plain", R"("plain")"},
    {"", R"("")"},
    {"say \"hi\"", R"("say \"hi\"")"},
    {"back\\slash", R"("back\\slash")"},
    {"a/b", R"("a/b")"},
    {"line1\nline2", R"("line1\nline2")"},
    {"\r\t\b\f", R"("\r\t\b\f")"},
    {std::string_view("\0x", 2), R"("\u0000x")"},
    {"\x01\x1f", R"("\u0001\u001f")"},
    {"\x7f", "\"\x7f\""},                                            // DEL needs no escape
    {"caf\xc3\xa9", "\"caf\xc3\xa9\""},                              // U+00E9 kept as UTF-8
    {"\xe2\x82\xac 5", "\"\xe2\x82\xac 5\""},                        // U+20AC
    {"\xf0\x9f\x98\x80", "\"\xf0\x9f\x98\x80\""},                    // U+1F600
    {"\xf4\x8f\xbf\xbf", "\"\xf4\x8f\xbf\xbf\""},                    // U+10FFFF
    {"\xff", R"("\ufffd")"},                                         // never valid
    {"a\xc3", R"("a\ufffd")"},                                       // truncated at the end
    {"\xc3(", R"("\ufffd(")"},                                       // bad continuation
    {"\xc0\x80", R"("\ufffd\ufffd")"},                               // overlong
    {"\xed\xa0\x80", R"("\ufffd\ufffd\ufffd")"},                     // surrogate U+D800
    {"\xf4\x90\x80\x80", R"("\ufffd\ufffd\ufffd\ufffd")"},           // above U+10FFFF
    {"\x80", R"("\ufffd")"},                                         // lone continuation
};
// clang-format on

TEST(call_to_json, strings_are_escaped) {
    for (const auto& e : escapes) {
        SCOPED_TRACE(e.json);
        callmap::call c = minimal_call();
        c.id = e.text;
        const std::string out = callmap::to_json(c);
        EXPECT_EQ(out, R"({"provider":"p","id":)" + std::string(e.json) +
                           R"(,"source":{"shape":"get"},"status":"unknown"})");
        expect_valid_json(out);
    }
}

TEST(call_to_json, escapes_at_every_position_of_a_long_string) {
    // Crosses the 8/16/32/64-byte blocks of the writer's fast scan.
    for (const auto& e : escapes) {
        if (e.text.empty()) continue;
        for (std::size_t before = 0; before <= 130; ++before) {
            const std::size_t after = 130 - before;
            const std::string text =
                std::string(before, 'x') + std::string(e.text) + std::string(after, 'y');
            const std::string_view inner = e.json.substr(1, e.json.size() - 2);
            const std::string expected_id =
                '"' + std::string(before, 'x') + std::string(inner) + std::string(after, 'y') + '"';
            callmap::call c = minimal_call();
            c.id = text;
            const std::string out = callmap::to_json(c);
            ASSERT_EQ(out, R"({"provider":"p","id":)" + expected_id +
                               R"(,"source":{"shape":"get"},"status":"unknown"})")
                << e.json << " after " << before << " bytes";
            const auto r = callmap::json::validate(out);
            ASSERT_TRUE(r.has_value()) << r.error();
        }
    }
}

TEST(call_to_json, keys_and_nested_strings_are_escaped) {
    const map_entry<std::string_view> external_ids[] = {{"a\"b\n", "line\r\nbreak"}};
    const std::string_view warnings[] = {"tab\there", "\xe6\x97\xa5\xe6\x9c\xac"};
    const map_entry<raw_json> variables[] = {{"k\\", raw_json{R"("\n")"}}};
    callmap::call c = minimal_call();
    c.external_ids.entries = external_ids;
    c.variables.entries = variables;
    c.warnings = warnings;
    const std::string out = callmap::to_json(c);
    EXPECT_EQ(out, "{\"provider\":\"p\",\"id\":\"1\",\"source\":{\"shape\":\"get\"},"
                   R"("external_ids":{"a\"b\n":"line\r\nbreak"},)"
                   R"("status":"unknown",)"
                   R"("variables":{"k\\":"\n"},)"
                   "\"warnings\":[\"tab\\there\",\"\xe6\x97\xa5\xe6\x9c\xac\"]}");
    expect_valid_json(out);
}

}  // namespace
