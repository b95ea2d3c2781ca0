// A payload mapped onto callmap::call through a golden generated header: every mapping
// construct (paths, conversions, tables, refinement, conditions, fallbacks, derived values,
// groups, collections, the error envelope), compared as exact canonical JSON.
#include "codegen/golden/mapped.hpp"

#include <gtest/gtest.h>

#include <array>

#include <string>
#include <string_view>

#include "callmap/parse.hpp"
#include "callmap/supplement.hpp"

namespace {

/// The canonical JSON of a payload, or the error text.
std::string normalize(std::string_view payload) {
    callmap::arena arena;
    const auto wire = callmap::parse<callmap::mapped::envelope>(payload, arena);
    if (!wire) return "parse error: " + wire.error().to_string();
    const auto call = callmap::mapped::to_call(*wire, arena);
    if (!call) return "error: " + call.error().to_string();
    return callmap::to_json(*call);
}

TEST(generated_mapping, full_payload) {
    constexpr std::string_view payload = R"({"status":"success","data":{
        "call_id":"c1","uuid":"u-1","agent_id":"ag","direction":"OUTBOUND","call_type":"PHONE_CALL",
        "from_number":"+14155550100","caller_id_used":"+61298374152","to_number":"+595984153762",
        "call_status":"ENDED","disconnection_reason":"dial_busy","start_timestamp":1703097600000,
        "end_timestamp":1703097660000,"answered_at":"2023-12-20T18:40:10Z","duration":"60.5",
        "call_cost":{"combined_cost":0.15,"product_costs":[{"product":"llm","cost":0.05,"unit_price":0.001}]},
        "recording_url":"https://r/1.wav","transcript":"Hi",
        "transcript_object":[{"role":"assistant","content":"Hi","timestamp":1703097601000,
          "words":[{"word":"Hi","start":1703097601000,"end":1703097601500}]}],
        "latency":{"e2e":{"min":1.5,"max":3,"num":2,"values":[1.5,3]}},
        "metadata":{"k":1},"variables":{"a":"b"},
        "events":[{"timestamp":1703097600000,"event":"Call created","session_time":0,"data":{}}]}})";
    EXPECT_EQ(
        normalize(payload),
        R"({"provider":"mapped","id":"c1","source":{"shape":"get"},"external_ids":{"uuid":"u-1"},"agent":{"id":"ag","kind":"ai"},)"
        R"("direction":"outbound","channel":"pstn","from":{"raw":"+61298374152","e164":"+61298374152"},)"
        R"("to":{"raw":"+595984153762","e164":"+595984153762"},"status":"busy","status_raw":"ENDED",)"
        R"("end_reason":"busy","end_reason_raw":"dial_busy","started_at":"2023-12-20T18:40:00.000Z",)"
        R"("answered_at":"2023-12-20T18:40:10.000Z","ended_at":"2023-12-20T18:41:00.000Z",)"
        R"("duration_ms":60500,"talk_ms":50000,"cost":{"amount_micros":150000,"currency":"USD",)"
        R"("currency_assumed":true,"components":[{"name":"llm","amount_micros":50000,)"
        R"("unit_price_micros":1000}]},"recordings":[{"url":"https://r/1.wav","kind":"mixed"}],)"
        R"("transcript":{"text":"Hi","turns":[{"role":"agent","text":"Hi","at":"2023-12-20T18:40:01.000Z",)"
        R"("words":[{"text":"Hi","start_ms":1000,"end_ms":1500}]}]},)"
        R"("latency":{"e2e":{"min":1.5,"max":3,"count":2,"samples":[1.5,3]}},"variables":{"a":"b"},)"
        R"("metadata":{"k":1},"events":[{"at":"2023-12-20T18:40:00.000Z","session_ms":0,)"
        R"("name":"Call created","data":{}}],"warnings":["currency assumed 'USD'"]})");
}

TEST(generated_mapping, each_first_maps_the_first_list_present) {
    const auto with = [](std::string_view lists) {
        return normalize(R"({"status":"success","data":{"call_id":"c3","call_status":"ENDED",)" +
                         std::string(lists) + "}}");
    };
    constexpr std::string_view prefix =
        R"({"provider":"mapped","id":"c3","source":{"shape":"get"},"status":"completed",)"
        R"("status_raw":"ENDED","transcript":{"turns":[)";
    // only the second list: its turns
    EXPECT_EQ(with(R"("transcript_object":[{"role":"user","content":"Hello"}])"),
              std::string(prefix) + R"({"role":"user","text":"Hello","words":[]}]}})");
    // both: the first one's, whatever the second holds
    EXPECT_EQ(with(R"("transcript_object":[{"role":"user","content":"Hello"}],)"
                   R"("transcript_edited":[{"role":"assistant","content":"Hi"},)"
                   R"({"role":"user","content":"Hello!"}])"),
              std::string(prefix) + R"({"role":"agent","text":"Hi","words":[]},)"
                                    R"({"role":"user","text":"Hello!","words":[]}]}})");
    // the first one null: the second one's
    EXPECT_EQ(
        with(R"("transcript_edited":null,"transcript_object":[{"role":"user","content":"Hi"}])"),
        std::string(prefix) + R"({"role":"user","text":"Hi","words":[]}]}})");
    // the first one empty is present: no turns (and a transcript of nothing is left out)
    EXPECT_EQ(
        with(R"("transcript_edited":[],"transcript_object":[{"role":"user","content":"Hi"}])"),
        R"({"provider":"mapped","id":"c3","source":{"shape":"get"},"status":"completed",)"
        R"("status_raw":"ENDED"})");
}

TEST(generated_mapping, absent_values_stay_absent) {
    EXPECT_EQ(normalize(R"({"status":"success","data":{"call_id":"c2","call_status":"ONGOING"}})"),
              R"({"provider":"mapped","id":"c2","source":{"shape":"get"},)"
              R"("status":"in_progress","status_raw":"ONGOING"})");
}

struct mapping_case {
    const char* name;
    std::string_view data;  // the members of "data" besides call_id
    std::string_view expected_fragment;
};

class generated_mapping_cases : public testing::TestWithParam<mapping_case> {};

TEST_P(generated_mapping_cases, produce) {
    const std::string payload =
        R"({"status":"success","data":{"call_id":"c",)" + std::string(GetParam().data) + "}}";
    const std::string json = normalize(payload);
    EXPECT_NE(json.find(GetParam().expected_fragment), std::string::npos) << json;
}

INSTANTIATE_TEST_SUITE_P(
    table, generated_mapping_cases,
    testing::Values(
        // status refined by the end reason only when the reason implies a status
        mapping_case{"ended_by_hangup",
                     R"("call_status":"ENDED","disconnection_reason":"user_hangup")",
                     R"("status":"completed","status_raw":"ENDED","end_reason":"customer_hangup")"},
        mapping_case{"ended_no_answer",
                     R"("call_status":"ended","disconnection_reason":"DIAL_NO_ANSWER")",
                     R"("status":"no_answer","status_raw":"ended","end_reason":"no_answer")"},
        mapping_case{"pattern_in_shared_table",
                     R"("call_status":"ENDED","disconnection_reason":"error_llm_websocket")",
                     R"("status":"failed","status_raw":"ENDED","end_reason":"platform_error")"},
        mapping_case{"error_status_not_refined",
                     R"("call_status":"ERROR","disconnection_reason":"dial_busy")",
                     R"("status":"failed")"},
        mapping_case{
            "unmapped_status_warns", R"("call_status":"PAUSED")",
            R"("status":"unknown","status_raw":"PAUSED","warnings":["unmapped status value 'PAUSED'"])"},
        mapping_case{
            "unmapped_end_reason_warns", R"("call_status":"ENDED","disconnection_reason":"alien")",
            R"("end_reason":"unknown","end_reason_raw":"alien","warnings":["unmapped end_reason value 'alien'"])"},
        // conditional pick and fallback
        mapping_case{"inbound_from_number",
                     R"("call_status":"ONGOING","direction":"inbound","from_number":"12345")",
                     R"("direction":"inbound","from":{"raw":"12345"})"},
        mapping_case{
            "outbound_falls_back",
            R"("call_status":"ONGOING","direction":"outbound","from_number":"+34911234567")",
            R"("from":{"raw":"+34911234567","e164":"+34911234567"})"},
        // derived value needs both operands
        mapping_case{"no_talk_without_answer",
                     R"("call_status":"ENDED","end_timestamp":1703097660000)",
                     R"("ended_at":"2023-12-20T18:41:00.000Z"})"},
        // second recording only
        mapping_case{"second_recording", R"("call_status":"ENDED","multi_url":"https://r/m.wav")",
                     R"("recordings":[{"url":"https://r/m.wav","kind":"multichannel"}])"},
        // a time that cannot be read is a warning, not an error
        mapping_case{"bad_iso_time", R"("call_status":"ENDED","answered_at":"yesterday")",
                     R"("warnings":["unreadable ISO 8601 time 'yesterday'"])"},
        mapping_case{"zone_assumed", R"("call_status":"ENDED","answered_at":"2023-12-20T18:40:10")",
                     R"("answered_at":"2023-12-20T18:40:10.000Z")"}),
    [](const testing::TestParamInfo<mapping_case>& p) { return std::string(p.param.name); });

TEST(generated_mapping, ivr_answers_of_either_json_type) {
    constexpr std::string_view payload =
        R"({"status":"success","data":{"call_id":"c","call_status":"ENDED","result":[
        {"question":"Q1","type":"record_speach","answer":["https://x/a.wav"]},
        {"question":"Q2","type":"multiple_choice","answer":[{"key":"1","title":"Key 1","total":1},
                                                          {"key":"2","title":"Key 2","total":0}]},
        {"question":"Q3","type":"collect_number","answer":["854672"]},
        {"question":"Q4","type":"survey","answer":[]}]}})";
    EXPECT_EQ(
        normalize(payload),
        R"({"provider":"mapped","id":"c","source":{"shape":"get"},"status":"completed",)"
        R"("status_raw":"ENDED","ivr":[{"question":"Q1","kind":"recording","answers":["https://x/a.wav"],)"
        R"("choices":[]},{"question":"Q2","kind":"choice","answers":[],"choices":[{"key":"1","title":"Key 1",)"
        R"("count":1},{"key":"2","title":"Key 2","count":0}]},{"question":"Q3","kind":"digits",)"
        R"("answers":["854672"],"choices":[]},{"question":"Q4","kind":"other","answers":[],"choices":[]}],)"
        R"("warnings":["unmapped kind value 'survey'"]})");
}

// `callee: (string | endpoint | endpoint[])?` mapped by
// `to: {first: [data.to_number, data.callee.number, data.callee.sip, data.callee]}`, and
// `ringing: (string | int)?` by `ring_ms: {from: data.ringing, scale: 1000}`.
struct union_case {
    const char* name;
    const char* fields;  // inside data, after call_id and call_status
    const char* to;      // the record's "to" member, or ""
    const char* after;   // its members after status_raw
};

class union_paths : public testing::TestWithParam<union_case> {};

TEST_P(union_paths, read_the_alternative_the_payload_holds) {
    const union_case& c = GetParam();
    const std::string payload = std::string(R"({"status":"success","data":{"call_id":"c",)") +
                                R"("call_status":"ONGOING")" + c.fields + "}}";
    EXPECT_EQ(normalize(payload),
              std::string(R"({"provider":"mapped","id":"c","source":{"shape":"get"},)") + c.to +
                  R"("status":"in_progress","status_raw":"ONGOING")" + c.after + "}");
}

INSTANTIATE_TEST_SUITE_P(
    generated_mapping, union_paths,
    testing::Values(union_case{"object", R"(,"callee":{"number":"+14155550111"})",
                               R"("to":{"raw":"+14155550111","e164":"+14155550111"},)", ""},
                    union_case{"object_second_field", R"(,"callee":{"sip":"sip:a@example.com"})",
                               R"("to":{"raw":"sip:a@example.com"},)", ""},
                    union_case{"list_of_one", R"(,"callee":[{"number":"+14155550111"}])",
                               R"("to":{"raw":"+14155550111","e164":"+14155550111"},)", ""},
                    union_case{
                        "list_of_two_reads_the_first_only",
                        R"(,"callee":[{"sip":"sip:a@example.com"},{"number":"+14155550111"}])",
                        R"("to":{"raw":"sip:a@example.com"},)",
                        R"(,"warnings":["only the first of several values mapped 'data.callee'"])"},
                    union_case{"empty_list", R"(,"callee":[])", "", ""},
                    union_case{"string", R"(,"callee":"+14155550111")",
                               R"("to":{"raw":"+14155550111","e164":"+14155550111"},)", ""},
                    union_case{"null", R"(,"callee":null)", "", ""},
                    union_case{"plain_field_first", R"(,"to_number":"x","callee":{"number":"y"})",
                               R"("to":{"raw":"x"},)", ""},
                    union_case{"number_alternative", R"(,"ringing":12)", "", R"(,"ring_ms":12000)"},
                    union_case{"string_where_a_number_is_read", R"(,"ringing":"12")", "", ""}),
    [](const testing::TestParamInfo<union_case>& p) { return std::string(p.param.name); });

TEST(generated_mapping, union_of_another_json_type_is_a_type_error) {
    EXPECT_EQ(normalize(R"({"status":"success","data":{"call_id":"c","call_status":"ONGOING",)"
                        R"("callee":12}})"),
              "parse error: expected string, endpoint or endpoint[], found number at $.data.callee "
              "(byte 75, line 1, col 76)");
}

// --- a webhook's envelope: `report` fills the answer's status and message ----------------------

/// The records (or the error) of a `report` webhook, one per line.
std::string report(std::string_view payload, const callmap::parse_options& options = {}) {
    callmap::arena arena;
    const auto page = callmap::mapped::read_report(payload, arena, options);
    if (!page) return "error: " + page.error().to_string();
    std::string out;
    for (const callmap::call& c : page->calls) out += callmap::to_json(c) + "\n";
    return out;
}

constexpr std::string_view ongoing = R"({"call_id":"c","call_status":"ONGOING"})";

TEST(envelope_fields, fill_the_call_whether_before_or_after_it) {
    const std::string body =
        R"({"status":"error","message":"from the call","data":)" + std::string(ongoing) + "}";
    const std::string after =
        R"({"report":{"kind":"update","body":)" + body + R"(,"state":"success","note":"n"}})";
    const std::string before =
        R"({"report":{"state":"success","note":"n","kind":"update","body":)" + body + "}}";
    for (const std::string& payload : {after, before}) {
        EXPECT_EQ(report(payload),
                  R"({"provider":"mapped","id":"c","source":{"shape":"webhook","event":"update"},)"
                  R"("status":"in_progress","status_raw":"ONGOING"})"
                  "\n");
    }
}

TEST(envelope_fields, fill_the_call_before_it_is_mapped) {
    const std::string payload = R"({"report":{"kind":"update","state":"error","note":"busy line",)"
                                R"("body":{"status":"success","data":)" +
                                std::string(ongoing) + "}}}";
    EXPECT_EQ(report(payload),
              "error: mapped returned an error: busy line at $.report.body (byte 69, line 1, col "
              "70)");
}

TEST(envelope_fields, a_key_it_lacks_leaves_the_call_objects_value) {
    const std::string payload = R"({"report":{"kind":"update","body":)"
                                R"({"status":"error","message":"from the call"}}})";
    EXPECT_EQ(report(payload),
              "error: mapped returned an error: from the call at $.report.body (byte 34, line 1, "
              "col 35)");
}

TEST(envelope_fields, a_key_twice_follows_the_duplicate_key_policy) {
    const std::string payload = R"({"report":{"state":"error","kind":"update","body":)"
                                R"({"status":"success","data":)" +
                                std::string(ongoing) + R"(},"state":"success"}})";
    EXPECT_EQ(report(payload),
              "error: duplicate key 'state' at $.report (byte 118, line 1, col 119)");
    callmap::parse_options last;
    last.duplicate_keys = callmap::duplicate_key_policy::last_wins;
    EXPECT_EQ(report(payload, last),
              R"({"provider":"mapped","id":"c","source":{"shape":"webhook","event":"update"},)"
              R"("status":"in_progress","status_raw":"ONGOING"})"
              "\n");
}

TEST(envelope_fields, a_value_of_the_wrong_type_is_an_error_at_its_path) {
    EXPECT_EQ(report(R"({"report":{"note":7}})"),
              "error: expected string, found number at $.report.note (byte 18, line 1, col 19)");
}

TEST(envelope_fields, without_the_call_it_is_an_error) {
    EXPECT_EQ(report(R"({"report":{"kind":"update","state":"success"}})"),
              "error: no call object at $.report.body");
}

TEST(generated_mapping, zone_assumed_is_a_warning) {
    const std::string json = normalize(
        R"({"status":"success","data":{"call_id":"c","call_status":"ENDED","answered_at":"2023-12-20T18:40:10"}})");
    EXPECT_NE(json.find(R"("warnings":["time without a zone read as UTC '2023-12-20T18:40:10'"])"),
              std::string::npos)
        << json;
}

TEST(generated_mapping, error_envelope_is_an_error_with_the_providers_message) {
    EXPECT_EQ(normalize(R"({"status":"error","message":"Call not found"})"),
              "error: mapped returned an error: Call not found");
    EXPECT_EQ(normalize(R"({"status":"ERROR"})"), "error: mapped returned an error");
}

// --- supplements: map_<name>() and callmap::apply_supplement over the generated entry -----------

/// The call of a payload with the review supplement merged in (the canonical JSON), or the
/// error text; `supplement` names it ("auto": by its keys).
std::string reviewed(std::string_view payload, std::string_view review,
                     std::string_view supplement = "auto") {
    callmap::arena arena;
    const auto wire = callmap::parse<callmap::mapped::envelope>(payload, arena);
    if (!wire) return "parse error: " + wire.error().to_string();
    auto call = callmap::mapped::to_call(*wire, arena);
    if (!call) return "error: " + call.error().to_string();
    const std::array registry{callmap::mapped::provider};
    const std::string before = callmap::to_json(*call);
    const callmap::result<void> applied =
        callmap::apply_supplement(*call, review, arena, registry, supplement);
    if (!applied) {
        if (callmap::to_json(*call) != before) return "changed on error";
        return "error: " + applied.error().to_string();
    }
    return callmap::to_json(*call);
}

constexpr std::string_view reviewed_call =
    R"({"status":"success","data":{"call_id":"c9","call_status":"ENDED","transcript":"Hi there",)"
    R"("transcript_object":[{"role":"assistant","content":"Hi thre"}]}})";

TEST(generated_supplement, maps_only_what_it_gives) {
    callmap::arena arena;
    const auto wire = callmap::parse<callmap::mapped::review>(
        R"({"review_of":"c9","edited":[{"role":"user","content":"Hi there"}]})", arena);
    ASSERT_TRUE(wire) << wire.error();
    const auto part = callmap::mapped::map_review(*wire, arena);
    ASSERT_TRUE(part) << part.error();
    // no "no call id" warning, no status, no source beyond the default
    EXPECT_EQ(callmap::to_json(*part),
              R"({"provider":"mapped","id":"c9","source":{"shape":"get"},"status":"unknown",)"
              R"("transcript":{"turns":[{"role":"user","text":"Hi there","words":[]}]}})");
}

TEST(generated_supplement, replaces_the_turns_and_keeps_the_transcript_text) {
    EXPECT_EQ(reviewed(reviewed_call, R"({"review_of":"c9","verdict":"done",)"
                                      R"("edited":[{"role":"assistant","content":"Hi there"}]})"),
              R"({"provider":"mapped","id":"c9","source":{"shape":"get"},"status":"completed",)"
              R"("status_raw":"done","transcript":{"text":"Hi there","turns":[{"role":"agent",)"
              R"("text":"Hi there","words":[]}]}})");
}

TEST(generated_supplement, what_it_does_not_give_stays_the_calls) {
    const std::string alone = reviewed(reviewed_call, R"({"review_of":"c9"})");
    EXPECT_EQ(alone, reviewed(reviewed_call, R"({"review_of":"c9","edited":[]})"));
    EXPECT_EQ(alone, reviewed(reviewed_call, R"({"review_of":"c9","edited":null,"verdict":null})"));
    EXPECT_EQ(alone,
              R"({"provider":"mapped","id":"c9","source":{"shape":"get"},"status":"completed",)"
              R"("status_raw":"ENDED","transcript":{"text":"Hi there","turns":[{"role":"agent",)"
              R"("text":"Hi thre","words":[]}]}})");
}

TEST(generated_supplement, an_unmapped_value_replaces_the_calls_with_its_text_and_a_warning) {
    // status and status_raw go together: the supplement said something the table does not know
    EXPECT_EQ(reviewed(reviewed_call, R"({"review_of":"c9","verdict":"maybe"})"),
              R"({"provider":"mapped","id":"c9","source":{"shape":"get"},"status":"unknown",)"
              R"("status_raw":"maybe","transcript":{"text":"Hi there","turns":[{"role":"agent",)"
              R"("text":"Hi thre","words":[]}]},)"
              R"("warnings":["review supplement: unmapped status value 'maybe'"]})");
}

TEST(generated_supplement, of_another_call_is_an_error_and_changes_nothing) {
    EXPECT_EQ(reviewed(reviewed_call, R"({"review_of":"c8","verdict":"done"})"),
              "error: the review supplement is of call 'c8', not of call 'c9'");
}

TEST(generated_supplement, its_error_answer_is_the_providers_error) {
    EXPECT_EQ(reviewed(reviewed_call, R"({"review_of":"c9","verdict":"rejected","fault":"no"})"),
              "error: mapped returned an error: no");
}

TEST(generated_supplement, is_told_apart_by_its_keys_or_named) {
    EXPECT_EQ(reviewed(reviewed_call, R"({"verdict":"done"})"),
              "error: no supplement of mapped has this payload's top-level keys (it has: review)");
    EXPECT_EQ(reviewed(reviewed_call, R"({"verdict":"done"})", "review"),
              reviewed(reviewed_call, R"({"review_of":"c9","verdict":"done"})"));
    EXPECT_EQ(reviewed(reviewed_call, R"({"review_of":"c9"})", "rating"),
              "error: unknown supplement 'rating' of mapped (it has: review)");
}

TEST(generated_supplement, invalid_json_is_an_error_at_its_place) {
    EXPECT_EQ(reviewed(reviewed_call, R"({"review_of":"c9","edited":[}})"),
              "error: expected a JSON value at $.edited[0] (byte 28, line 1, col 29)");
    EXPECT_EQ(reviewed(reviewed_call, R"({"review_of":"c9","edited":[1]})", "review"),
              "error: expected object, found number at $.edited[0] (byte 28, line 1, col 29)");
}

}  // namespace
