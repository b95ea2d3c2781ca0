// The table of callmap::call targets (keep in step with include/callmap/call.hpp).
#include "canonical.hpp"

namespace callmap::gen {
namespace {

const canonical_enum direction_enum{
    "::callmap::direction", {"unknown", "inbound", "outbound"}, "unknown"};
const canonical_enum channel_enum{
    "::callmap::channel", {"unknown", "pstn", "sip", "web", "whatsapp"}, "unknown"};
const canonical_enum status_enum{"::callmap::call_status",
                                 {"unknown", "scheduled", "queued", "ringing", "in_progress",
                                  "completed", "busy", "no_answer", "failed", "canceled",
                                  "voicemail", "transferred"},
                                 "unknown"};
const canonical_enum end_reason_enum{"::callmap::end_reason",
                                     {"unknown", "customer_hangup", "agent_hangup", "transferred",
                                      "voicemail", "no_answer", "busy", "rejected", "canceled",
                                      "max_duration", "inactivity", "invalid_destination",
                                      "telephony_error", "platform_error"},
                                     "unknown"};
const canonical_enum agent_kind_enum{
    "::callmap::agent_kind", {"unknown", "ai", "human", "ivr"}, "unknown"};
const canonical_enum recording_kind_enum{
    "::callmap::recording_kind", {"mixed", "multichannel", "other"}, "other"};
const canonical_enum turn_role_enum{
    "::callmap::turn_role", {"agent", "user", "system", "tool", "other"}, "other"};
const canonical_enum ivr_kind_enum{
    "::callmap::ivr_kind", {"recording", "choice", "digits", "other"}, "other"};

target leaf(std::string name, target_kind kind, std::string member, bool optional_member,
            const canonical_enum* e = nullptr) {
    target t;
    t.name = std::move(name);
    t.kind = kind;
    t.member = std::move(member);
    t.optional_member = optional_member;
    t.enumeration = e;
    return t;
}

target node(std::string name, target_kind kind, std::string member, bool optional_member,
            std::string element, std::vector<target> children, bool keyed = false) {
    target t = leaf(std::move(name), kind, std::move(member), optional_member);
    t.element_cpp = std::move(element);
    t.children = std::move(children);
    t.keyed = keyed;
    return t;
}

target build_call() {
    using k = target_kind;
    std::vector<target> words = {leaf("text", k::string, "text", false),
                                 leaf("start_ms", k::millis, "start_ms", false),
                                 leaf("end_ms", k::millis, "end_ms", false)};
    std::vector<target> turns = {
        leaf("role", k::enumeration, "role", false, &turn_role_enum),
        leaf("text", k::string, "text", false),
        leaf("at", k::instant, "at", true),
        leaf("start_ms", k::millis, "start_ms", true),
        leaf("end_ms", k::millis, "end_ms", true),
        node("words", k::collection, "words", false, "::callmap::word", words)};
    std::vector<target> components = {leaf("name", k::string, "name", false),
                                      leaf("amount", k::money, "amount_micros", false),
                                      leaf("unit_price", k::money, "unit_price_micros", true)};
    std::vector<target> latency = {leaf("min", k::number, "min", true),
                                   leaf("max", k::number, "max", true),
                                   leaf("p50", k::number, "p50", true),
                                   leaf("p90", k::number, "p90", true),
                                   leaf("p95", k::number, "p95", true),
                                   leaf("p99", k::number, "p99", true),
                                   leaf("count", k::integer, "count", true),
                                   leaf("samples", k::number_array, "samples", false)};
    std::vector<target> choices = {leaf("key", k::string, "key", false),
                                   leaf("title", k::string, "title", false),
                                   leaf("count", k::integer, "count", false)};
    std::vector<target> ivr = {
        leaf("question", k::string, "question", false),
        leaf("kind", k::enumeration, "kind", false, &ivr_kind_enum),
        leaf("answers", k::string_array, "answers", false),
        node("choices", k::collection, "choices", false, "::callmap::ivr_choice", choices)};
    std::vector<target> events = {
        leaf("at", k::instant, "at", true), leaf("session_ms", k::millis, "session_ms", true),
        leaf("name", k::string, "name", false), leaf("data", k::raw, "data", false)};

    std::vector<target> call = {
        leaf("id", k::string, "id", false),
        node("external_ids", k::named_strings, "external_ids", false, "", {}),
        node("agent", k::group, "agent", true, "::callmap::agent_info",
             {leaf("id", k::string, "id", true), leaf("name", k::string, "name", true),
              leaf("kind", k::enumeration, "kind", false, &agent_kind_enum)}),
        leaf("direction", k::enumeration, "direction", false, &direction_enum),
        leaf("channel", k::enumeration, "channel", false, &channel_enum),
        leaf("from", k::party, "from", true),
        leaf("to", k::party, "to", true),
        leaf("status", k::enumeration, "status", false, &status_enum),
        leaf("end_reason", k::enumeration, "end_reason", true, &end_reason_enum),
        leaf("created_at", k::instant, "created_at", true),
        leaf("started_at", k::instant, "started_at", true),
        leaf("answered_at", k::instant, "answered_at", true),
        leaf("ended_at", k::instant, "ended_at", true),
        leaf("updated_at", k::instant, "updated_at", true),
        leaf("duration_ms", k::millis, "duration_ms", true),
        leaf("talk_ms", k::millis, "talk_ms", true),
        leaf("ring_ms", k::millis, "ring_ms", true),
        leaf("billed_ms", k::millis, "billed_ms", true),
        node("cost", k::group, "cost", true, "::callmap::cost",
             {leaf("amount", k::money, "amount_micros", false),
              leaf("currency", k::string, "currency", true),
              leaf("assumed", k::boolean, "currency_assumed", false),
              node("components", k::collection, "components", false, "::callmap::cost_component",
                   components)}),
        node("recordings", k::list, "recordings", false, "::callmap::recording",
             {leaf("url", k::string, "url", false),
              leaf("kind", k::enumeration, "kind", false, &recording_kind_enum)}),
        node("transcript", k::group, "transcript", true, "::callmap::transcript",
             {leaf("text", k::string, "text", true),
              node("turns", k::collection, "turns", false, "::callmap::turn", turns)}),
        node("latency", k::collection, "latency", false, "::callmap::latency_stats", latency, true),
        node("ivr", k::collection, "ivr", false, "::callmap::ivr_step", ivr),
        leaf("variables", k::raw_map, "variables", false),
        leaf("metadata", k::raw, "metadata", true),
        node("events", k::collection, "events", false, "::callmap::event", events),
    };
    for (auto& t : call) {
        if (t.name == "cost") t.presence = "amount";  // a currency alone is no cost
    }
    return node("call", k::group, "", false, "::callmap::call", call);
}

}  // namespace

const target& call_target() {
    static const target root = build_call();
    return root;
}

const std::vector<canonical_enum>& canonical_enums() {
    static const std::vector<canonical_enum> all = {
        direction_enum,  channel_enum,        status_enum,    end_reason_enum,
        agent_kind_enum, recording_kind_enum, turn_role_enum, ivr_kind_enum};
    return all;
}

const target* find_child(const target& parent, std::string_view name) {
    for (const auto& c : parent.children) {
        if (c.name == name) return &c;
    }
    return nullptr;
}

}  // namespace callmap::gen
