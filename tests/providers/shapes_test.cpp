// The shapes a provider delivers calls in (callmap/shapes.hpp, spec shapes:): list pages and
// webhooks, end to end over the built-in providers.
//
// tests/providers/shapes/<provider>/<case>.json (and .form, form-encoded bodies) are
// vendor-published payloads (README.md there says where each comes from). Read by callmap::normalize_page, auto-detected and with the
// provider named, each must give <case>.expected.txt exactly: one canonical record per line,
// then "cursor <value>" when the page has one, then "skipped <error>" per call left out; or,
// for a payload that must fail, <case>.error.txt.
#include "callmap/builtin.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

const fs::path shapes_dir = fs::path(CALLMAP_TESTS_DIR) / "providers" / "shapes";
const fs::path fixtures_dir = fs::path(CALLMAP_TESTS_DIR) / "providers" / "fixtures";

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

/// A page as the expected files write it.
std::string page_text(const callmap::page& p) {
    std::string out;
    for (const callmap::call& c : p.calls) out += callmap::to_json(c) + "\n";
    if (p.cursor) out += "cursor " + std::string(*p.cursor) + "\n";
    for (const auto& e : p.skipped) out += "skipped " + e.to_string() + "\n";
    return out;
}

struct shape_fixture {
    std::string provider;
    fs::path payload;
};

void PrintTo(const shape_fixture& f, std::ostream* os) {
    *os << f.provider << "/" << f.payload.filename().string();
}

std::vector<shape_fixture> all_shape_fixtures() {
    std::vector<shape_fixture> out;
    for (const auto& dir : fs::directory_iterator(shapes_dir)) {
        if (!dir.is_directory()) continue;
        for (const auto& file : fs::directory_iterator(dir.path())) {
            if (file.path().extension() == ".json" || file.path().extension() == ".form")
                out.push_back({dir.path().filename().string(), file.path()});
        }
    }
    std::sort(out.begin(), out.end(),
              [](const shape_fixture& a, const shape_fixture& b) { return a.payload < b.payload; });
    return out;
}

class vendor_shape : public testing::TestWithParam<shape_fixture> {};

TEST_P(vendor_shape, reads_to_the_expected_records) {
    const shape_fixture& f = GetParam();
    const std::string payload = read_file(f.payload);
    fs::path expected = f.payload;
    expected.replace_extension(".expected.txt");
    fs::path error = f.payload;
    error.replace_extension(".error.txt");
    ASSERT_TRUE(fs::exists(expected) != fs::exists(error))
        << "give " << f.payload << " exactly one of " << expected.filename() << " or "
        << error.filename();
    for (const std::string_view provider :
         {std::string_view("auto"), std::string_view(f.provider)}) {
        SCOPED_TRACE(provider);
        callmap::arena memory;
        const callmap::result<callmap::page> p = callmap::normalize_page(payload, memory, provider);
        if (fs::exists(error)) {
            ASSERT_FALSE(p) << page_text(*p);
            EXPECT_EQ(p.error().to_string() + "\n", read_file(error));
            continue;
        }
        ASSERT_TRUE(p) << p.error().to_string();
        EXPECT_EQ(page_text(*p), read_file(expected));
        for (const auto& c : p->calls) EXPECT_EQ(c.provider, f.provider);
    }
}

INSTANTIATE_TEST_SUITE_P(shapes, vendor_shape, testing::ValuesIn(all_shape_fixtures()),
                         [](const testing::TestParamInfo<shape_fixture>& param_info) {
                             std::string name = param_info.param.provider + "_" +
                                                param_info.param.payload.stem().string();
                             std::replace_if(
                                 name.begin(), name.end(),
                                 [](char c) {
                                     return std::isalnum(static_cast<unsigned char>(c)) == 0;
                                 },
                                 '_');
                             return name;
                         });

// --- list pages --------------------------------------------------------------------------------

/// A Twilio page of the documented call (fixtures/twilio/documented.json) `n` times, with the
/// call's status replaced in element `bad` (when given) by `bad_status`.
std::string twilio_page(int n, int bad = -1, const std::string& bad_status = "") {
    const std::string documented = read_file(fixtures_dir / "twilio" / "documented.json");
    std::string page =
        R"({"first_page_uri": "/p0", "page_size": 50, "next_page_uri": "/p1", "calls": [)";
    for (int i = 0; i < n; ++i) {
        std::string call = documented;
        if (i == bad) {
            const std::size_t at = call.find("\"status\": \"completed\"");
            call.replace(at, std::string("\"status\": \"completed\"").size(),
                         "\"status\": " + bad_status);
        }
        page += (i == 0 ? "" : ",") + call;
    }
    return page + "]}";
}

TEST(list_page, yields_every_call_in_order_and_the_cursor) {
    const std::string payload = twilio_page(3);
    callmap::arena memory;
    const auto p = callmap::normalize_page(payload, memory);
    ASSERT_TRUE(p) << p.error().to_string();
    EXPECT_EQ(p->shape, callmap::payload_shape::list);
    ASSERT_EQ(p->calls.size(), 3u);
    for (const auto& c : p->calls) {
        EXPECT_EQ(c.provider, "twilio");
        EXPECT_EQ(c.id, "CA8e2f4a6b0c1d3e5f7a9b2c4d6e8f0a1b");
        EXPECT_EQ(c.source.shape, callmap::payload_shape::list);
        EXPECT_FALSE(c.source.event);
    }
    EXPECT_EQ(p->cursor, "/p1");
    EXPECT_TRUE(p->skipped.empty());
}

TEST(list_page, one_bad_call_fails_the_page_with_its_own_path) {
    const std::string payload = twilio_page(20, 17, "42");
    callmap::arena memory;
    const auto p = callmap::normalize_page(payload, memory, "twilio");
    ASSERT_FALSE(p);
    EXPECT_EQ(p.error().code, callmap::error_code::type_mismatch);
    EXPECT_EQ(p.error().path, "$.calls[17].status");
}

TEST(list_page, skip_invalid_calls_reports_the_bad_one_and_delivers_the_others) {
    const std::string payload = twilio_page(20, 17, "42");
    callmap::arena memory;
    callmap::parse_options options;
    options.skip_invalid_calls = true;
    const auto p = callmap::normalize_page(payload, memory, "twilio", options);
    ASSERT_TRUE(p) << p.error().to_string();
    EXPECT_EQ(p->calls.size(), 19u);
    ASSERT_EQ(p->skipped.size(), 1u);
    EXPECT_EQ(p->skipped[0].code, callmap::error_code::type_mismatch);
    EXPECT_EQ(p->skipped[0].path, "$.calls[17].status");
    EXPECT_EQ(p->cursor, "/p1");
}

TEST(list_page, json_that_is_not_well_formed_fails_the_page_even_when_skipping) {
    const std::string payload = twilio_page(3, 1, "[Object]");
    callmap::arena memory;
    callmap::parse_options options;
    options.skip_invalid_calls = true;
    const auto p = callmap::normalize_page(payload, memory, "twilio", options);
    ASSERT_FALSE(p);
    EXPECT_EQ(p.error().code, callmap::error_code::expected_value);
    EXPECT_EQ(p.error().path, "$.calls[1].status[0]");
}

TEST(list_page, a_repeated_calls_key_is_an_error_or_the_last_one_wins) {
    const std::string documented = read_file(fixtures_dir / "twilio" / "documented.json");
    const std::string payload = R"({"first_page_uri": "/p0", "page_size": 50, "calls": [)" +
                                documented + "," + documented + R"(], "calls": [)" + documented +
                                "]}";
    callmap::arena memory;
    const auto strict = callmap::normalize_page(payload, memory, "twilio");
    ASSERT_FALSE(strict);
    EXPECT_EQ(strict.error().code, callmap::error_code::duplicate_key);
    callmap::parse_options options;
    options.duplicate_keys = callmap::duplicate_key_policy::last_wins;
    const auto last = callmap::normalize_page(payload, memory, "twilio", options);
    ASSERT_TRUE(last) << last.error().to_string();
    EXPECT_EQ(last->calls.size(), 1u);
}

TEST(list_page, a_bare_array_is_told_apart_by_its_first_calls_keys) {
    const std::string retell = read_file(fixtures_dir / "retell" / "documented.json");
    const std::string vapi = read_file(fixtures_dir / "vapi" / "documented.json");
    const std::string retell_page = "[" + retell + "," + retell + "]";
    const std::string vapi_page = "[" + vapi + "]";
    callmap::arena memory;
    const auto r = callmap::normalize_page(retell_page, memory);
    ASSERT_TRUE(r) << r.error().to_string();
    ASSERT_EQ(r->calls.size(), 2u);
    EXPECT_EQ(r->calls[1].provider, "retell");
    EXPECT_EQ(r->calls[1].source.shape, callmap::payload_shape::list);
    const auto v = callmap::normalize_page(vapi_page, memory);
    ASSERT_TRUE(v) << v.error().to_string();
    ASSERT_EQ(v->calls.size(), 1u);
    EXPECT_EQ(v->calls[0].provider, "vapi");
    EXPECT_EQ(*callmap::detect(vapi_page), "vapi");
}

TEST(list_page, an_empty_array_is_a_page_of_no_calls_for_a_named_provider_only) {
    callmap::arena memory;
    const auto named = callmap::normalize_page(" [ ] ", memory, "retell");
    ASSERT_TRUE(named) << named.error().to_string();
    EXPECT_TRUE(named->calls.empty());
    EXPECT_EQ(named->shape, callmap::payload_shape::list);
    const auto detected = callmap::normalize_page("[]", memory);
    ASSERT_FALSE(detected);
    EXPECT_EQ(detected.error().message,
              "an array without a call object names no provider; name the provider");
}

TEST(list_page, retell_v3_pages_carry_the_next_pagination_key) {
    const std::string retell = read_file(fixtures_dir / "retell" / "documented.json");
    const std::string payload =
        R"({"items": [)" + retell + R"(], "has_more": true, "pagination_key": "call_9"})";
    callmap::arena memory;
    const auto p = callmap::normalize_page(payload, memory);
    ASSERT_TRUE(p) << p.error().to_string();
    EXPECT_EQ(p->calls.size(), 1u);
    EXPECT_EQ(p->cursor, "call_9");
}

TEST(list_page, normalize_refuses_a_page_and_says_what_reads_it) {
    const std::string payload = twilio_page(2);
    callmap::arena memory;
    const auto c = callmap::normalize(payload, memory);
    ASSERT_FALSE(c);
    EXPECT_EQ(c.error().message,
              "a twilio list page (2 calls): callmap::normalize_page reads every call of it");
    // named, normalize is the provider's parse + to_call: its parser's error
    const auto named = callmap::normalize(payload, memory, "twilio");
    ASSERT_FALSE(named);
    EXPECT_EQ(named.error().code, callmap::error_code::missing_field);
}

// --- webhooks ----------------------------------------------------------------------------------

TEST(webhook, the_event_is_the_source_and_decides_the_status) {
    const std::string_view started =
        R"({"call": {"call_id": "c1", "call_status": "registered"}, "event": "call_started"})";
    callmap::arena memory;
    const auto c = callmap::normalize(started, memory);
    ASSERT_TRUE(c) << c.error().to_string();
    EXPECT_EQ(
        callmap::to_json(*c),
        R"({"provider":"retell","id":"c1","source":{"shape":"webhook","event":"call_started"},)"
        R"("status":"in_progress","status_raw":"registered"})");
    const std::string_view ended =
        R"({"event": "call_ended", "call": {"call_id": "c1", "call_status": "ended",)"
        R"( "disconnection_reason": "voicemail_reached"}})";
    const auto e = callmap::normalize(ended, memory);
    ASSERT_TRUE(e) << e.error().to_string();
    EXPECT_EQ(e->status, callmap::call_status::voicemail);  // the call's own, refined
    EXPECT_EQ(e->source.event, "call_ended");
}

TEST(webhook, the_event_moves_the_calls_status_forward_never_back) {
    const auto status_of = [](std::string_view call_object) {
        callmap::arena memory;
        const std::string payload = R"({"event": "call_ended", "call": {"call_id": "c1", )" +
                                    std::string(call_object) + "}}";
        const auto c = callmap::normalize(payload, memory);
        EXPECT_TRUE(c) << c.error().to_string();
        return c ? callmap::to_json(*c) : std::string();
    };
    // Retell's own call_ended sample still says "registered": the event says the call is over,
    // and its end reason how; status_raw stays the call object's
    EXPECT_EQ(
        status_of(R"("call_status": "registered", "disconnection_reason": "voicemail_reached")"),
        R"({"provider":"retell","id":"c1","source":{"shape":"webhook","event":"call_ended"},)"
        R"("status":"voicemail","status_raw":"registered","end_reason":"voicemail",)"
        R"("end_reason_raw":"voicemail_reached"})");
    // a call object that says how it failed keeps it
    EXPECT_EQ(status_of(R"("call_status": "error")"),
              R"({"provider":"retell","id":"c1","source":{"shape":"webhook","event":"call_ended"},)"
              R"("status":"failed","status_raw":"error"})");
}

TEST(webhook, a_payload_without_its_call_is_an_error) {
    callmap::arena memory;
    const std::string_view payload = R"({"event": "call_started", "call": 7})";
    // detection needs the key that leads to the call to hold an object, and says so
    const auto detected = callmap::normalize_page(payload, memory);
    ASSERT_FALSE(detected);
    EXPECT_EQ(detected.error().code, callmap::error_code::invalid_value);
    EXPECT_EQ(detected.error().message,
              "no known provider has this payload's top-level keys (retell's webhook shape has "
              "these keys, but its 'call' is not an object)");
    // with the provider named, that shape's reader says where
    const auto named = callmap::normalize_page(payload, memory, "retell");
    ASSERT_FALSE(named);
    EXPECT_EQ(named.error().code, callmap::error_code::type_mismatch);
    EXPECT_EQ(named.error().path, "$.call");
    EXPECT_EQ(named.error().offset, 34u);
}

TEST(webhook, transfer_destinations_in_the_call_and_beside_it) {
    callmap::arena memory;
    // Retell's call object: a number or a SIP URI (retell-python-sdk PhoneCallResponse:
    // "SIP URIs are prefixed with "sip:" and may include a ";transport=..." portion")
    const auto sip = callmap::normalize(
        R"({"call_id": "c1", "call_status": "ended", "disconnection_reason": "call_transfer",)"
        R"( "transfer_destination": "sip:+14155550100@sip.example.com;transport=tls"})",
        memory, "retell");
    ASSERT_TRUE(sip) << sip.error().to_string();
    ASSERT_TRUE(sip->transferred_to);
    EXPECT_EQ(sip->transferred_to->raw, "sip:+14155550100@sip.example.com;transport=tls");
    EXPECT_EQ(sip->transferred_to->e164, std::nullopt);
    // a transfer event: beside the call, whatever the call object says
    const auto event = callmap::normalize(
        R"({"event": "transfer_started", "call": {"call_id": "c1", "transfer_destination":)"
        R"( "+14155550111"}, "transfer_destination": {"number": "+14155550122"}})",
        memory);
    ASSERT_TRUE(event) << event.error().to_string();
    ASSERT_TRUE(event->transferred_to);
    EXPECT_EQ(event->transferred_to->raw, "+14155550122");
    // a key beside the call is read once: twice is an error under the default policy
    const auto twice = callmap::normalize(
        R"({"event": "transfer_started", "call": {"call_id": "c1"}, "transfer_destination":)"
        R"( "+1", "transfer_destination": "+2"})",
        memory);
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, callmap::error_code::duplicate_key);
    // Vapi's forwarding status update: the message's destination
    const auto vapi = callmap::normalize(
        R"({"message": {"type": "status-update", "status": "forwarding", "destination":)"
        R"( {"type": "sip", "sipUri": "sip:desk@example.com"}, "call": {"id": "v1"}}})",
        memory);
    ASSERT_TRUE(vapi) << vapi.error().to_string();
    EXPECT_EQ(
        callmap::to_json(*vapi),
        R"({"provider":"vapi","id":"v1","source":{"shape":"webhook","event":"status-update"},)"
        R"("transferred_to":{"raw":"sip:desk@example.com"},"status":"in_progress",)"
        R"("status_raw":"forwarding"})");
}

TEST(webhook, retell_turns_come_from_the_transcript_with_tool_calls_when_there_is_one) {
    callmap::arena memory;
    const std::string_view utterance = R"({"role": "agent", "content": "Hi", "words": []})";
    const std::string object_only = R"({"call_id": "c1", "call_status": "ended", )"
                                    R"("transcript_object": [)" +
                                    std::string(utterance) + "]}";
    const auto only_object = callmap::normalize(object_only, memory, "retell");
    ASSERT_TRUE(only_object) << only_object.error().to_string();
    ASSERT_TRUE(only_object->transcript);
    ASSERT_EQ(only_object->transcript->turns.size(), 1u);
    const std::string both =
        R"({"call_id": "c1", "call_status": "ended", "transcript_object": [)" +
        std::string(utterance) + R"(], "transcript_with_tool_calls": [)" + std::string(utterance) +
        R"(, {"role": "tool_call_invocation", "tool_call_id": "t1", "name": "book",)"
        R"( "arguments": "{}"}, {"role": "tool_call_result", "tool_call_id": "t1",)"
        R"( "content": "ok", "successful": true}]})";
    const auto with_tools = callmap::normalize(both, memory, "retell");
    ASSERT_TRUE(with_tools) << with_tools.error().to_string();
    EXPECT_EQ(
        callmap::to_json(*with_tools),
        R"({"provider":"retell","id":"c1","source":{"shape":"get"},"status":"completed",)"
        R"("status_raw":"ended","transcript":{"turns":[{"role":"agent","text":"Hi","words":[]},)"
        R"({"role":"tool","text":"{}","words":[],"tool_call_id":"t1","tool_name":"book"},)"
        R"({"role":"tool","text":"ok","words":[],"tool_call_id":"t1"}]}})");
}

TEST(webhook, a_detect_key_that_leads_to_the_call_must_hold_an_object) {
    callmap::arena memory;
    // error bodies with a `message` string are no Vapi server message: each stays its own
    const std::string_view bland_error =
        R"({"status": "error", "message": "call_not_found", "errors": []})";
    const auto b = callmap::normalize(bland_error, memory);
    ASSERT_FALSE(b);
    EXPECT_EQ(b.error().message,
              "no known provider has this payload's top-level keys (vapi's server_message shape "
              "has these keys, but its 'message' is not an object)");
    // a server message whose way to the call is a string, named: the error is at that string
    const auto named = callmap::normalize_page(R"({"message": "x"})", memory, "vapi");
    ASSERT_FALSE(named);
    EXPECT_EQ(named.error().to_string(),
              "expected object, found string at $.message (byte 12, line 1, col 13)");
    // null on the way to the call is no call
    const auto null_way = callmap::normalize_page(R"({"message": null})", memory, "vapi");
    ASSERT_FALSE(null_way);
    EXPECT_EQ(null_way.error().message, "no call object at $.message.call");
    // an object: the server message
    const auto ok = callmap::normalize_page(
        R"({"message": {"type": "status-update", "status": "ended", "call": {"id": "c1"}}})",
        memory);
    ASSERT_TRUE(ok) << ok.error().to_string();
    ASSERT_EQ(ok->calls.size(), 1u);
    EXPECT_EQ(callmap::to_json(ok->calls[0]),
              R"({"provider":"vapi","id":"c1","source":{"shape":"webhook","event":)"
              R"("status-update"},"status":"completed","status_raw":"ended"})");
}

}  // namespace
