// generated from schemas/vapi.yaml by callmap-gen -- do not edit.
// Vapi — Call object (GET /call/{id})
// https://docs.vapi.ai/api-reference/calls/get
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include "callmap/drift_shape.hpp"
#include "callmap/json/object_members.hpp"
#include "callmap/json/parse.hpp"
#include "callmap/json/reader.hpp"
#include "callmap/json/types.hpp"
#include "callmap/json/value_parser.hpp"
#include "callmap/json/wire_values.hpp"
#include "callmap/mapping.hpp"
#include "callmap/version.hpp"

#if CALLMAP_CODEGEN_VERSION != 1
#error "vapi.hpp was generated for another callmap runtime; regenerate it"
#endif

#include <array>
#include <cstddef>

namespace callmap::vapi {

enum class type : std::uint8_t {
    inboundPhoneCall,
    outboundPhoneCall,
    webCall,
    vapi_websocketCall,
};
BOOST_DESCRIBE_ENUM(type, inboundPhoneCall, outboundPhoneCall, webCall, vapi_websocketCall)

struct cost_item {
    std::string_view type{};
    std::optional<::callmap::decimal> cost{};
};
BOOST_DESCRIBE_STRUCT(cost_item, (), (type, cost))

struct assistant {
    std::optional<std::string_view> name{};
};
BOOST_DESCRIBE_STRUCT(assistant, (), (name))

struct phone_number {
    std::optional<std::string_view> number{};
};
BOOST_DESCRIBE_STRUCT(phone_number, (), (number))

struct customer {
    std::optional<std::string_view> number{};
    std::optional<std::string_view> sip_uri{};  // "sipUri"
    std::optional<std::string_view> name{};
};
BOOST_DESCRIBE_STRUCT(customer, (), (number, sip_uri, name))

struct message {
    std::string_view role{};
    std::optional<std::string_view> message{};
    std::optional<double> time{};
    std::optional<double> end_time{};  // "endTime"
    std::optional<double> seconds_from_start{};  // "secondsFromStart"
    std::optional<double> duration{};
};
BOOST_DESCRIBE_STRUCT(message, (), (role, message, time, end_time, seconds_from_start, duration))

struct artifact {
    std::optional<std::string_view> recording_url{};  // "recordingUrl"
    std::optional<std::string_view> stereo_recording_url{};  // "stereoRecordingUrl"
    std::optional<std::string_view> transcript{};
    std::optional<std::span<const ::callmap::vapi::message>> messages{};
    std::optional<::callmap::raw_json> performance_metrics{};  // "performanceMetrics"
    std::optional<::callmap::map<::callmap::raw_json>> variable_values{};  // "variableValues"
};
BOOST_DESCRIBE_STRUCT(artifact, (), (recording_url, stereo_recording_url, transcript, messages, performance_metrics, variable_values))

struct call {
    std::string_view id{};
    std::optional<std::string_view> org_id{};  // "orgId"
    std::optional<::callmap::open_enum<::callmap::vapi::type>> type{};
    std::string_view status{};
    std::optional<std::string_view> ended_reason{};  // "endedReason"
    std::optional<std::string_view> ended_message{};  // "endedMessage"
    std::optional<std::string_view> created_at{};  // "createdAt"
    std::optional<std::string_view> updated_at{};  // "updatedAt"
    std::optional<std::string_view> started_at{};  // "startedAt"
    std::optional<std::string_view> ended_at{};  // "endedAt"
    std::optional<::callmap::decimal> cost{};
    std::optional<::callmap::raw_json> cost_breakdown{};  // "costBreakdown"
    std::optional<std::span<const ::callmap::vapi::cost_item>> costs{};
    std::optional<std::string_view> phone_call_provider{};  // "phoneCallProvider"
    std::optional<std::string_view> phone_call_transport{};  // "phoneCallTransport"
    std::optional<std::string_view> phone_call_provider_id{};  // "phoneCallProviderId"
    std::optional<std::string_view> assistant_id{};  // "assistantId"
    std::optional<::callmap::vapi::assistant> assistant{};
    std::optional<std::string_view> squad_id{};  // "squadId"
    std::optional<std::string_view> workflow_id{};  // "workflowId"
    std::optional<std::string_view> phone_number_id{};  // "phoneNumberId"
    std::optional<::callmap::vapi::phone_number> phone_number{};  // "phoneNumber"
    std::optional<std::string_view> customer_id{};  // "customerId"
    std::optional<::callmap::vapi::customer> customer{};
    std::optional<std::string_view> campaign_id{};  // "campaignId"
    std::optional<::callmap::raw_json> messages{};
    std::optional<::callmap::vapi::artifact> artifact{};
    std::optional<::callmap::raw_json> analysis{};
};
BOOST_DESCRIBE_STRUCT(call, (), (id, org_id, type, status, ended_reason, ended_message, created_at, updated_at, started_at, ended_at, cost, cost_breakdown, costs, phone_call_provider, phone_call_transport, phone_call_provider_id, assistant_id, assistant, squad_id, workflow_id, phone_number_id, phone_number, customer_id, customer, campaign_id, messages, artifact, analysis))

}  // namespace callmap::vapi

namespace callmap {

template <>
struct enum_spelling<::callmap::vapi::type> {
    static constexpr std::array<std::string_view, 4> values{"inboundPhoneCall", "outboundPhoneCall", "webCall", "vapi.websocketCall"};
    static constexpr bool case_insensitive = false;
};

}  // namespace callmap

namespace callmap::json {

template <>
struct value_parser<::callmap::vapi::cost_item> {
    static constexpr std::array<std::string_view, 2> keys{"type", "cost"};
    static constexpr std::array<bool, 2> required{true, false};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 4:
                switch (key[0]) {
                    case 't': return key == "type" ? 0 : -1;
                    case 'c': return key == "cost" ? 1 : -1;
                    default: return -1;
                }
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::vapi::cost_item& out) {
        out = {};
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<std::string_view>::parse(r, out.type);
                case 1: return value_parser<std::optional<::callmap::decimal>>::parse(r, out.cost);
                default: return false;
            }
        });
    }
};

template <>
struct value_parser<::callmap::vapi::assistant> {
    static constexpr std::array<std::string_view, 1> keys{"name"};
    static constexpr std::array<bool, 1> required{false};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 4:
                return key == "name" ? 0 : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::vapi::assistant& out) {
        out = {};
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<std::optional<std::string_view>>::parse(r, out.name);
                default: return false;
            }
        });
    }
};

template <>
struct value_parser<::callmap::vapi::phone_number> {
    static constexpr std::array<std::string_view, 1> keys{"number"};
    static constexpr std::array<bool, 1> required{false};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 6:
                return key == "number" ? 0 : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::vapi::phone_number& out) {
        out = {};
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<std::optional<std::string_view>>::parse(r, out.number);
                default: return false;
            }
        });
    }
};

template <>
struct value_parser<::callmap::vapi::customer> {
    static constexpr std::array<std::string_view, 3> keys{"number", "sipUri", "name"};
    static constexpr std::array<bool, 3> required{false, false, false};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 4:
                return key == "name" ? 2 : -1;
            case 6:
                switch (key[0]) {
                    case 'n': return key == "number" ? 0 : -1;
                    case 's': return key == "sipUri" ? 1 : -1;
                    default: return -1;
                }
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::vapi::customer& out) {
        out = {};
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<std::optional<std::string_view>>::parse(r, out.number);
                case 1: return value_parser<std::optional<std::string_view>>::parse(r, out.sip_uri);
                case 2: return value_parser<std::optional<std::string_view>>::parse(r, out.name);
                default: return false;
            }
        });
    }
};

template <>
struct value_parser<::callmap::vapi::message> {
    static constexpr std::array<std::string_view, 6> keys{"role", "message", "time", "endTime", "secondsFromStart", "duration"};
    static constexpr std::array<bool, 6> required{true, false, false, false, false, false};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 4:
                switch (key[0]) {
                    case 'r': return key == "role" ? 0 : -1;
                    case 't': return key == "time" ? 2 : -1;
                    default: return -1;
                }
            case 7:
                switch (key[0]) {
                    case 'm': return key == "message" ? 1 : -1;
                    case 'e': return key == "endTime" ? 3 : -1;
                    default: return -1;
                }
            case 8:
                return key == "duration" ? 5 : -1;
            case 16:
                return key == "secondsFromStart" ? 4 : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::vapi::message& out) {
        out = {};
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<std::string_view>::parse(r, out.role);
                case 1: return value_parser<std::optional<std::string_view>>::parse(r, out.message);
                case 2: return value_parser<std::optional<double>>::parse(r, out.time);
                case 3: return value_parser<std::optional<double>>::parse(r, out.end_time);
                case 4: return value_parser<std::optional<double>>::parse(r, out.seconds_from_start);
                case 5: return value_parser<std::optional<double>>::parse(r, out.duration);
                default: return false;
            }
        });
    }
};

template <>
struct value_parser<::callmap::vapi::artifact> {
    static constexpr std::array<std::string_view, 6> keys{"recordingUrl", "stereoRecordingUrl", "transcript", "messages", "performanceMetrics", "variableValues"};
    static constexpr std::array<bool, 6> required{false, false, false, false, false, false};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 8:
                return key == "messages" ? 3 : -1;
            case 10:
                return key == "transcript" ? 2 : -1;
            case 12:
                return key == "recordingUrl" ? 0 : -1;
            case 14:
                return key == "variableValues" ? 5 : -1;
            case 18:
                switch (key[0]) {
                    case 's': return key == "stereoRecordingUrl" ? 1 : -1;
                    case 'p': return key == "performanceMetrics" ? 4 : -1;
                    default: return -1;
                }
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::vapi::artifact& out) {
        out = {};
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<std::optional<std::string_view>>::parse(r, out.recording_url);
                case 1: return value_parser<std::optional<std::string_view>>::parse(r, out.stereo_recording_url);
                case 2: return value_parser<std::optional<std::string_view>>::parse(r, out.transcript);
                case 3: return value_parser<std::optional<std::span<const ::callmap::vapi::message>>>::parse(r, out.messages);
                case 4: return value_parser<std::optional<::callmap::raw_json>>::parse(r, out.performance_metrics);
                case 5: return value_parser<std::optional<::callmap::map<::callmap::raw_json>>>::parse(r, out.variable_values);
                default: return false;
            }
        });
    }
};

template <>
struct value_parser<::callmap::vapi::call> {
    static constexpr std::array<std::string_view, 28> keys{"id", "orgId", "type", "status", "endedReason", "endedMessage", "createdAt", "updatedAt", "startedAt", "endedAt", "cost", "costBreakdown", "costs", "phoneCallProvider", "phoneCallTransport", "phoneCallProviderId", "assistantId", "assistant", "squadId", "workflowId", "phoneNumberId", "phoneNumber", "customerId", "customer", "campaignId", "messages", "artifact", "analysis"};
    static constexpr std::array<bool, 28> required{true, false, false, true, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 2:
                return key == "id" ? 0 : -1;
            case 4:
                switch (key[0]) {
                    case 't': return key == "type" ? 2 : -1;
                    case 'c': return key == "cost" ? 10 : -1;
                    default: return -1;
                }
            case 5:
                switch (key[0]) {
                    case 'o': return key == "orgId" ? 1 : -1;
                    case 'c': return key == "costs" ? 12 : -1;
                    default: return -1;
                }
            case 6:
                return key == "status" ? 3 : -1;
            case 7:
                switch (key[0]) {
                    case 'e': return key == "endedAt" ? 9 : -1;
                    case 's': return key == "squadId" ? 18 : -1;
                    default: return -1;
                }
            case 8:
                switch (key[1]) {
                    case 'u': return key == "customer" ? 23 : -1;
                    case 'e': return key == "messages" ? 25 : -1;
                    case 'r': return key == "artifact" ? 26 : -1;
                    case 'n': return key == "analysis" ? 27 : -1;
                    default: return -1;
                }
            case 9:
                switch (key[0]) {
                    case 'c': return key == "createdAt" ? 6 : -1;
                    case 'u': return key == "updatedAt" ? 7 : -1;
                    case 's': return key == "startedAt" ? 8 : -1;
                    case 'a': return key == "assistant" ? 17 : -1;
                    default: return -1;
                }
            case 10:
                switch (key[1]) {
                    case 'o': return key == "workflowId" ? 19 : -1;
                    case 'u': return key == "customerId" ? 22 : -1;
                    case 'a': return key == "campaignId" ? 24 : -1;
                    default: return -1;
                }
            case 11:
                switch (key[0]) {
                    case 'e': return key == "endedReason" ? 4 : -1;
                    case 'a': return key == "assistantId" ? 16 : -1;
                    case 'p': return key == "phoneNumber" ? 21 : -1;
                    default: return -1;
                }
            case 12:
                return key == "endedMessage" ? 5 : -1;
            case 13:
                switch (key[0]) {
                    case 'c': return key == "costBreakdown" ? 11 : -1;
                    case 'p': return key == "phoneNumberId" ? 20 : -1;
                    default: return -1;
                }
            case 17:
                return key == "phoneCallProvider" ? 13 : -1;
            case 18:
                return key == "phoneCallTransport" ? 14 : -1;
            case 19:
                return key == "phoneCallProviderId" ? 15 : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::vapi::call& out) {
        out = {};
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<std::string_view>::parse(r, out.id);
                case 1: return value_parser<std::optional<std::string_view>>::parse(r, out.org_id);
                case 2: return value_parser<std::optional<::callmap::open_enum<::callmap::vapi::type>>>::parse(r, out.type);
                case 3: return value_parser<std::string_view>::parse(r, out.status);
                case 4: return value_parser<std::optional<std::string_view>>::parse(r, out.ended_reason);
                case 5: return value_parser<std::optional<std::string_view>>::parse(r, out.ended_message);
                case 6: return value_parser<std::optional<std::string_view>>::parse(r, out.created_at);
                case 7: return value_parser<std::optional<std::string_view>>::parse(r, out.updated_at);
                case 8: return value_parser<std::optional<std::string_view>>::parse(r, out.started_at);
                case 9: return value_parser<std::optional<std::string_view>>::parse(r, out.ended_at);
                case 10: return value_parser<std::optional<::callmap::decimal>>::parse(r, out.cost);
                case 11: return value_parser<std::optional<::callmap::raw_json>>::parse(r, out.cost_breakdown);
                case 12: return value_parser<std::optional<std::span<const ::callmap::vapi::cost_item>>>::parse(r, out.costs);
                case 13: return value_parser<std::optional<std::string_view>>::parse(r, out.phone_call_provider);
                case 14: return value_parser<std::optional<std::string_view>>::parse(r, out.phone_call_transport);
                case 15: return value_parser<std::optional<std::string_view>>::parse(r, out.phone_call_provider_id);
                case 16: return value_parser<std::optional<std::string_view>>::parse(r, out.assistant_id);
                case 17: return value_parser<std::optional<::callmap::vapi::assistant>>::parse(r, out.assistant);
                case 18: return value_parser<std::optional<std::string_view>>::parse(r, out.squad_id);
                case 19: return value_parser<std::optional<std::string_view>>::parse(r, out.workflow_id);
                case 20: return value_parser<std::optional<std::string_view>>::parse(r, out.phone_number_id);
                case 21: return value_parser<std::optional<::callmap::vapi::phone_number>>::parse(r, out.phone_number);
                case 22: return value_parser<std::optional<std::string_view>>::parse(r, out.customer_id);
                case 23: return value_parser<std::optional<::callmap::vapi::customer>>::parse(r, out.customer);
                case 24: return value_parser<std::optional<std::string_view>>::parse(r, out.campaign_id);
                case 25: return value_parser<std::optional<::callmap::raw_json>>::parse(r, out.messages);
                case 26: return value_parser<std::optional<::callmap::vapi::artifact>>::parse(r, out.artifact);
                case 27: return value_parser<std::optional<::callmap::raw_json>>::parse(r, out.analysis);
                default: return false;
            }
        });
    }
};

}  // namespace callmap::json

namespace callmap::vapi::shape {

inline constexpr std::array<::callmap::drift::field_shape, 2> cost_item_fields{{
    {"type", 1, 0, false, false, -1, {}, false},
    {"cost", 3, 0, false, true, -1, {}, false},
}};
inline constexpr std::array<::callmap::drift::field_shape, 1> assistant_fields{{
    {"name", 1, 0, false, true, -1, {}, false},
}};
inline constexpr std::array<::callmap::drift::field_shape, 1> phone_number_fields{{
    {"number", 1, 0, false, true, -1, {}, false},
}};
inline constexpr std::array<::callmap::drift::field_shape, 3> customer_fields{{
    {"number", 1, 0, false, true, -1, {}, false},
    {"sipUri", 1, 0, false, true, -1, {}, false},
    {"name", 1, 0, false, true, -1, {}, false},
}};
inline constexpr std::array<::callmap::drift::field_shape, 6> message_fields{{
    {"role", 1, 0, false, false, -1, {}, false},
    {"message", 1, 0, false, true, -1, {}, false},
    {"time", 2, 0, false, true, -1, {}, false},
    {"endTime", 2, 0, false, true, -1, {}, false},
    {"secondsFromStart", 2, 0, false, true, -1, {}, false},
    {"duration", 2, 0, false, true, -1, {}, false},
}};
inline constexpr std::array<::callmap::drift::field_shape, 6> artifact_fields{{
    {"recordingUrl", 1, 0, false, true, -1, {}, false},
    {"stereoRecordingUrl", 1, 0, false, true, -1, {}, false},
    {"transcript", 1, 0, false, true, -1, {}, false},
    {"messages", 8, 1, false, true, 4, {}, false},
    {"performanceMetrics", 31, 0, false, true, -1, {}, false},
    {"variableValues", 31, 0, true, true, -1, {}, false},
}};
inline constexpr std::array<::callmap::drift::field_shape, 28> call_fields{{
    {"id", 1, 0, false, false, -1, {}, false},
    {"orgId", 1, 0, false, true, -1, {}, false},
    {"type", 1, 0, false, true, -1, ::callmap::enum_spelling<::callmap::vapi::type>::values, ::callmap::enum_spelling<::callmap::vapi::type>::case_insensitive},
    {"status", 1, 0, false, false, -1, {}, false},
    {"endedReason", 1, 0, false, true, -1, {}, false},
    {"endedMessage", 1, 0, false, true, -1, {}, false},
    {"createdAt", 1, 0, false, true, -1, {}, false},
    {"updatedAt", 1, 0, false, true, -1, {}, false},
    {"startedAt", 1, 0, false, true, -1, {}, false},
    {"endedAt", 1, 0, false, true, -1, {}, false},
    {"cost", 3, 0, false, true, -1, {}, false},
    {"costBreakdown", 31, 0, false, true, -1, {}, false},
    {"costs", 8, 1, false, true, 0, {}, false},
    {"phoneCallProvider", 1, 0, false, true, -1, {}, false},
    {"phoneCallTransport", 1, 0, false, true, -1, {}, false},
    {"phoneCallProviderId", 1, 0, false, true, -1, {}, false},
    {"assistantId", 1, 0, false, true, -1, {}, false},
    {"assistant", 8, 0, false, true, 1, {}, false},
    {"squadId", 1, 0, false, true, -1, {}, false},
    {"workflowId", 1, 0, false, true, -1, {}, false},
    {"phoneNumberId", 1, 0, false, true, -1, {}, false},
    {"phoneNumber", 8, 0, false, true, 2, {}, false},
    {"customerId", 1, 0, false, true, -1, {}, false},
    {"customer", 8, 0, false, true, 3, {}, false},
    {"campaignId", 1, 0, false, true, -1, {}, false},
    {"messages", 31, 0, false, true, -1, {}, false},
    {"artifact", 8, 0, false, true, 5, {}, false},
    {"analysis", 31, 0, false, true, -1, {}, false},
}};
inline constexpr std::array<::callmap::drift::object_shape, 7> objects{{
    {"cost_item", cost_item_fields},
    {"assistant", assistant_fields},
    {"phone_number", phone_number_fields},
    {"customer", customer_fields},
    {"message", message_fields},
    {"artifact", artifact_fields},
    {"call", call_fields},
}};
inline constexpr int root = 6;

}  // namespace callmap::vapi::shape

namespace callmap::vapi {

namespace mapping_tables {
inline constexpr ::callmap::table_entry<::callmap::direction> table_1[] = {
    {"inboundPhoneCall", ::callmap::direction::inbound},
    {"outboundPhoneCall", ::callmap::direction::outbound},
    {"webCall", ::callmap::direction::unknown},
    {"vapi.websocketCall", ::callmap::direction::unknown},
};
inline constexpr ::callmap::table_entry<::callmap::channel> table_2[] = {
    {"sip", ::callmap::channel::sip},
    {"pstn", ::callmap::channel::pstn},
};
inline constexpr ::callmap::table_entry<::callmap::channel> table_3[] = {
    {"webCall", ::callmap::channel::web},
    {"vapi.websocketCall", ::callmap::channel::web},
    {"inboundPhoneCall", ::callmap::channel::pstn},
    {"outboundPhoneCall", ::callmap::channel::pstn},
};
inline constexpr ::callmap::table_entry<::callmap::end_reason> shared_vapi_ended_reasons[] = {
    {"call.ringing.sip-inbound-caller-hungup-before-call-connect", ::callmap::end_reason::customer_hangup},
    {"assistant-said-end-call-phrase", ::callmap::end_reason::agent_hangup},
    {"assistant-forwarded-call", ::callmap::end_reason::transferred},
    {"customer-busy", ::callmap::end_reason::busy},
    {"call.forwarding.operator-busy", ::callmap::end_reason::busy},
    {"customer-did-not-answer", ::callmap::end_reason::no_answer},
    {"assistant-join-timed-out", ::callmap::end_reason::no_answer},
    {"voicemail", ::callmap::end_reason::voicemail},
    {"exceeded-max-duration", ::callmap::end_reason::max_duration},
    {"silence-timed-out", ::callmap::end_reason::inactivity},
    {"manually-canceled", ::callmap::end_reason::canceled},
    {"scheduled-call-deleted", ::callmap::end_reason::canceled},
    {"call-deleted", ::callmap::end_reason::canceled},
    {"twilio-reported-customer-misdialed", ::callmap::end_reason::invalid_destination},
    {"vonage-rejected", ::callmap::end_reason::rejected},
    {"twilio-failed-to-connect-call", ::callmap::end_reason::telephony_error},
    {"vonage-failed-to-connect-call", ::callmap::end_reason::telephony_error},
    {"phone-call-provider-closed-websocket", ::callmap::end_reason::telephony_error},
    {"worker-shutdown", ::callmap::end_reason::platform_error},
    {"call.in-progress.twilio-completed-call", ::callmap::end_reason::customer_hangup},
    {"call.in-progress.sip-completed-call", ::callmap::end_reason::customer_hangup},
    {"vonage-completed", ::callmap::end_reason::customer_hangup},
    {"vonage-disconnected", ::callmap::end_reason::customer_hangup},
    {"customer-ended-call*", ::callmap::end_reason::customer_hangup},
    {"assistant-ended-call*", ::callmap::end_reason::agent_hangup},
    {"call.*.hook-executed-transfer", ::callmap::end_reason::transferred},
    {"*sip*failed*", ::callmap::end_reason::telephony_error},
    {"*failed*sip*", ::callmap::end_reason::telephony_error},
    {"call.in-progress.error-*providerfault*", ::callmap::end_reason::telephony_error},
    {"pipeline-error-*", ::callmap::end_reason::platform_error},
    {"*vapifault*", ::callmap::end_reason::platform_error},
    {"call.in-progress.error-*", ::callmap::end_reason::platform_error},
    {"call.start.error-*", ::callmap::end_reason::platform_error},
    {"assistant-request-*", ::callmap::end_reason::platform_error},
    {"assistant-not-*", ::callmap::end_reason::platform_error},
    {"call-start-error-*", ::callmap::end_reason::platform_error},
};
inline constexpr ::callmap::table_entry<::callmap::call_status> table_4[] = {
    {"scheduled", ::callmap::call_status::scheduled},
    {"queued", ::callmap::call_status::queued},
    {"ringing", ::callmap::call_status::ringing},
    {"in-progress", ::callmap::call_status::in_progress},
    {"forwarding", ::callmap::call_status::in_progress},
    {"ended", ::callmap::call_status::completed},
    {"not-found", ::callmap::call_status::unknown},
    {"deletion-failed", ::callmap::call_status::unknown},
};
inline constexpr ::callmap::table_entry<::callmap::turn_role> table_5[] = {
    {"bot", ::callmap::turn_role::agent},
    {"assistant", ::callmap::turn_role::agent},
    {"user", ::callmap::turn_role::user},
    {"system", ::callmap::turn_role::system},
    {"tool_calls", ::callmap::turn_role::tool},
    {"tool_call_result", ::callmap::turn_role::tool},
};
}  // namespace mapping_tables

// GCC 12 reports std::optional members of lambda results as maybe-uninitialized at -O2
// (a known false positive, GCC PR 80635); the code reads no uninitialized value.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
/// Maps a parsed vapi payload onto the canonical call record. The result holds
/// views into the payload and into `memory`. A provider error answer is an error result.
inline ::callmap::result<::callmap::call> to_call(const call& in, ::callmap::arena& memory) {
    ::callmap::mapping_context ctx(memory);
    ::callmap::result<::callmap::call> answer(std::in_place);  // mapped in place
    ::callmap::call& out = *answer;
    out.provider = "vapi";
    [&]() -> bool {
        const auto* v1 = [&]() -> const std::string_view* {
            return &in.id;
        }();
        if (v1 == nullptr) return false;
        out.id = ::callmap::text_of(*v1);
        return true;
    }();
    [&]() -> bool {
        const auto* v2 = [&]() -> const ::callmap::open_enum<::callmap::vapi::type>* {
            if (!in.type) return nullptr;
            return &*in.type;
        }();
        if (v2 == nullptr) return false;
        const std::string_view raw3 = ::callmap::text_of(*v2);
        const std::optional<::callmap::direction> mapped4 = ::callmap::lookup<::callmap::direction>(mapping_tables::table_1, raw3);
        if (!mapped4) ctx.warn("unmapped direction value", raw3);
        ::callmap::direction value5 = mapped4 ? *mapped4 : ::callmap::direction::unknown;
        out.direction = value5;
        return true;
    }();
    [&]() -> bool {
        if ([&]() -> bool {
            const auto* v6 = [&]() -> const std::string_view* {
                if (!in.phone_call_transport) return nullptr;
                return &*in.phone_call_transport;
            }();
            if (v6 == nullptr) return false;
            const std::string_view raw7 = ::callmap::text_of(*v6);
            const std::optional<::callmap::channel> mapped8 = ::callmap::lookup<::callmap::channel>(mapping_tables::table_2, raw7);
            if (!mapped8) ctx.warn("unmapped channel value", raw7);
            ::callmap::channel value9 = mapped8 ? *mapped8 : ::callmap::channel::unknown;
            out.channel = value9;
            return true;
        }()) return true;
        if ([&]() -> bool {
            const auto* v10 = [&]() -> const ::callmap::open_enum<::callmap::vapi::type>* {
                if (!in.type) return nullptr;
                return &*in.type;
            }();
            if (v10 == nullptr) return false;
            const std::string_view raw11 = ::callmap::text_of(*v10);
            const std::optional<::callmap::channel> mapped12 = ::callmap::lookup<::callmap::channel>(mapping_tables::table_3, raw11);
            if (!mapped12) ctx.warn("unmapped channel value", raw11);
            ::callmap::channel value13 = mapped12 ? *mapped12 : ::callmap::channel::unknown;
            out.channel = value13;
            return true;
        }()) return true;
        return false;
    }();
    [&]() -> bool {
        const auto* w14 = [&]() -> const ::callmap::open_enum<::callmap::vapi::type>* {
            if (!in.type) return nullptr;
            return &*in.type;
        }();
        if (w14 != nullptr && ::callmap::matches_any(::callmap::text_of(*w14), {"outboundPhoneCall"})) return [&]() -> bool {
            if ([&]() -> bool {
                const auto* v15 = [&]() -> const std::string_view* {
                    if (!in.phone_number) return nullptr;
                    const auto& s16 = *in.phone_number;
                    if (!s16.number) return nullptr;
                    return &*s16.number;
                }();
                if (v15 == nullptr) return false;
                ::callmap::set_party(out.from, ::callmap::text_of(*v15));
                return true;
            }()) return true;
            if ([&]() -> bool {
                const auto* v17 = [&]() -> const std::string_view* {
                    if (!in.phone_number_id) return nullptr;
                    return &*in.phone_number_id;
                }();
                if (v17 == nullptr) return false;
                ::callmap::set_party(out.from, ::callmap::text_of(*v17));
                return true;
            }()) return true;
            return false;
        }();
        return [&]() -> bool {
            if ([&]() -> bool {
                const auto* v18 = [&]() -> const std::string_view* {
                    if (!in.customer) return nullptr;
                    const auto& s19 = *in.customer;
                    if (!s19.number) return nullptr;
                    return &*s19.number;
                }();
                if (v18 == nullptr) return false;
                ::callmap::set_party(out.from, ::callmap::text_of(*v18));
                return true;
            }()) return true;
            if ([&]() -> bool {
                const auto* v20 = [&]() -> const std::string_view* {
                    if (!in.customer) return nullptr;
                    const auto& s21 = *in.customer;
                    if (!s21.sip_uri) return nullptr;
                    return &*s21.sip_uri;
                }();
                if (v20 == nullptr) return false;
                ::callmap::set_party(out.from, ::callmap::text_of(*v20));
                return true;
            }()) return true;
            return false;
        }();
    }();
    [&]() -> bool {
        const auto* w22 = [&]() -> const ::callmap::open_enum<::callmap::vapi::type>* {
            if (!in.type) return nullptr;
            return &*in.type;
        }();
        if (w22 != nullptr && ::callmap::matches_any(::callmap::text_of(*w22), {"outboundPhoneCall"})) return [&]() -> bool {
            if ([&]() -> bool {
                const auto* v23 = [&]() -> const std::string_view* {
                    if (!in.customer) return nullptr;
                    const auto& s24 = *in.customer;
                    if (!s24.number) return nullptr;
                    return &*s24.number;
                }();
                if (v23 == nullptr) return false;
                ::callmap::set_party(out.to, ::callmap::text_of(*v23));
                return true;
            }()) return true;
            if ([&]() -> bool {
                const auto* v25 = [&]() -> const std::string_view* {
                    if (!in.customer) return nullptr;
                    const auto& s26 = *in.customer;
                    if (!s26.sip_uri) return nullptr;
                    return &*s26.sip_uri;
                }();
                if (v25 == nullptr) return false;
                ::callmap::set_party(out.to, ::callmap::text_of(*v25));
                return true;
            }()) return true;
            return false;
        }();
        return [&]() -> bool {
            if ([&]() -> bool {
                const auto* v27 = [&]() -> const std::string_view* {
                    if (!in.phone_number) return nullptr;
                    const auto& s28 = *in.phone_number;
                    if (!s28.number) return nullptr;
                    return &*s28.number;
                }();
                if (v27 == nullptr) return false;
                ::callmap::set_party(out.to, ::callmap::text_of(*v27));
                return true;
            }()) return true;
            if ([&]() -> bool {
                const auto* v29 = [&]() -> const std::string_view* {
                    if (!in.phone_number_id) return nullptr;
                    return &*in.phone_number_id;
                }();
                if (v29 == nullptr) return false;
                ::callmap::set_party(out.to, ::callmap::text_of(*v29));
                return true;
            }()) return true;
            return false;
        }();
    }();
    [&]() -> bool {
        const auto* v30 = [&]() -> const std::string_view* {
            if (!in.ended_reason) return nullptr;
            return &*in.ended_reason;
        }();
        if (v30 == nullptr) return false;
        const std::string_view raw31 = ::callmap::text_of(*v30);
        out.end_reason_raw = raw31;
        const std::optional<::callmap::end_reason> mapped32 = ::callmap::lookup<::callmap::end_reason>(mapping_tables::shared_vapi_ended_reasons, raw31);
        if (!mapped32) ctx.warn("unmapped end_reason value", raw31);
        ::callmap::end_reason value33 = mapped32 ? *mapped32 : ::callmap::end_reason::unknown;
        out.end_reason = value33;
        return true;
    }();
    [&]() -> bool {
        const auto* v34 = [&]() -> const std::string_view* {
            return &in.status;
        }();
        if (v34 == nullptr) return false;
        const std::string_view raw35 = ::callmap::text_of(*v34);
        out.status_raw = raw35;
        const std::optional<::callmap::call_status> mapped36 = ::callmap::lookup<::callmap::call_status>(mapping_tables::table_4, raw35);
        if (!mapped36) ctx.warn("unmapped status value", raw35);
        ::callmap::call_status value37 = mapped36 ? *mapped36 : ::callmap::call_status::unknown;
        if (::callmap::matches_any(raw35, {"ended"})) value37 = ::callmap::refine_status(value37, out.end_reason);
        out.status = value37;
        return true;
    }();
    [&]() -> bool {
        const auto* v38 = [&]() -> const std::string_view* {
            if (!in.created_at) return nullptr;
            return &*in.created_at;
        }();
        if (v38 == nullptr) return false;
        ::callmap::timestamp t39;
        if (!::callmap::read_instant(ctx, *v38, ::callmap::time_format::iso8601, t39)) return false;
        out.created_at = t39;
        return true;
    }();
    [&]() -> bool {
        const auto* v40 = [&]() -> const std::string_view* {
            if (!in.started_at) return nullptr;
            return &*in.started_at;
        }();
        if (v40 == nullptr) return false;
        ::callmap::timestamp t41;
        if (!::callmap::read_instant(ctx, *v40, ::callmap::time_format::iso8601, t41)) return false;
        out.started_at = t41;
        return true;
    }();
    [&]() -> bool {
        const auto* v42 = [&]() -> const std::string_view* {
            if (!in.ended_at) return nullptr;
            return &*in.ended_at;
        }();
        if (v42 == nullptr) return false;
        ::callmap::timestamp t43;
        if (!::callmap::read_instant(ctx, *v42, ::callmap::time_format::iso8601, t43)) return false;
        out.ended_at = t43;
        return true;
    }();
    [&]() -> bool {
        const auto* v44 = [&]() -> const std::string_view* {
            if (!in.updated_at) return nullptr;
            return &*in.updated_at;
        }();
        if (v44 == nullptr) return false;
        ::callmap::timestamp t45;
        if (!::callmap::read_instant(ctx, *v44, ::callmap::time_format::iso8601, t45)) return false;
        out.updated_at = t45;
        return true;
    }();
    [&]() -> bool {
        if (!out.ended_at || !out.started_at) return false;
        out.duration_ms = out.ended_at->epoch_ms - out.started_at->epoch_ms;
        return true;
    }();
    [&]() -> bool {
        const auto* v46 = [&]() -> const ::callmap::map<::callmap::raw_json>* {
            if (!in.artifact) return nullptr;
            const auto& s47 = *in.artifact;
            if (!s47.variable_values) return nullptr;
            return &*s47.variable_values;
        }();
        if (v46 == nullptr) return false;
        out.variables = *v46;
        return true;
    }();
    out.external_ids.entries = ::callmap::build_array<::callmap::map_entry<std::string_view>>(ctx, 4, [&](std::size_t i48, ::callmap::map_entry<std::string_view>& entry49) -> bool {
        switch (i48) {
            case 0: return [&]() -> bool {
                const auto* v50 = [&]() -> const std::string_view* {
                    if (!in.org_id) return nullptr;
                    return &*in.org_id;
                }();
                if (v50 == nullptr) return false;
                entry49 = {"org_id", ::callmap::text_of(*v50)};
                return true;
            }();
            case 1: return [&]() -> bool {
                const auto* v51 = [&]() -> const std::string_view* {
                    if (!in.phone_call_provider_id) return nullptr;
                    return &*in.phone_call_provider_id;
                }();
                if (v51 == nullptr) return false;
                entry49 = {"phone_call_provider_id", ::callmap::text_of(*v51)};
                return true;
            }();
            case 2: return [&]() -> bool {
                const auto* v52 = [&]() -> const std::string_view* {
                    if (!in.campaign_id) return nullptr;
                    return &*in.campaign_id;
                }();
                if (v52 == nullptr) return false;
                entry49 = {"campaign_id", ::callmap::text_of(*v52)};
                return true;
            }();
            case 3: return [&]() -> bool {
                const auto* v53 = [&]() -> const std::string_view* {
                    if (!in.customer_id) return nullptr;
                    return &*in.customer_id;
                }();
                if (v53 == nullptr) return false;
                entry49 = {"customer_id", ::callmap::text_of(*v53)};
                return true;
            }();
            default: return false;
        }
    });
    {
        ::callmap::agent_info& g54 = out.agent.emplace();
        bool present55 = false;
        if ([&]() -> bool {
            if ([&]() -> bool {
                const auto* v56 = [&]() -> const std::string_view* {
                    if (!in.assistant_id) return nullptr;
                    return &*in.assistant_id;
                }();
                if (v56 == nullptr) return false;
                g54.id = ::callmap::text_of(*v56);
                return true;
            }()) return true;
            if ([&]() -> bool {
                const auto* v57 = [&]() -> const std::string_view* {
                    if (!in.squad_id) return nullptr;
                    return &*in.squad_id;
                }();
                if (v57 == nullptr) return false;
                g54.id = ::callmap::text_of(*v57);
                return true;
            }()) return true;
            if ([&]() -> bool {
                const auto* v58 = [&]() -> const std::string_view* {
                    if (!in.workflow_id) return nullptr;
                    return &*in.workflow_id;
                }();
                if (v58 == nullptr) return false;
                g54.id = ::callmap::text_of(*v58);
                return true;
            }()) return true;
            return false;
        }()) present55 = true;
        if ([&]() -> bool {
            const auto* v59 = [&]() -> const std::string_view* {
                if (!in.assistant) return nullptr;
                const auto& s60 = *in.assistant;
                if (!s60.name) return nullptr;
                return &*s60.name;
            }();
            if (v59 == nullptr) return false;
            g54.name = ::callmap::text_of(*v59);
            return true;
        }()) present55 = true;
        g54.kind = ::callmap::agent_kind::ai;
        if (!present55) out.agent.reset();
    }
    {
        ::callmap::cost& g61 = out.cost.emplace();
        bool present62 = false;
        if ([&]() -> bool {
            const auto* v63 = [&]() -> const ::callmap::decimal* {
                if (!in.cost) return nullptr;
                return &*in.cost;
            }();
            if (v63 == nullptr) return false;
            const auto r64 = ::callmap::money_micros(*v63, 1'000'000);
            if (!r64) return false;
            g61.amount_micros = *r64;
            return true;
        }()) present62 = true;
        g61.currency = std::string_view("USD");
        if (const auto* items65 = [&]() -> const std::span<const ::callmap::vapi::cost_item>* {
            if (!in.costs) return nullptr;
            return &*in.costs;
        }()) {
            g61.components = ::callmap::build_array<::callmap::cost_component>(ctx, (*items65).size(), [&](std::size_t i66, ::callmap::cost_component& g68) -> bool {
                const auto& e67 = (*items65)[i66];
                [&]() -> bool {
                    const auto* v69 = [&]() -> const std::string_view* {
                        return &e67.type;
                    }();
                    if (v69 == nullptr) return false;
                    g68.name = ::callmap::text_of(*v69);
                    return true;
                }();
                [&]() -> bool {
                    const auto* v70 = [&]() -> const ::callmap::decimal* {
                        if (!e67.cost) return nullptr;
                        return &*e67.cost;
                    }();
                    if (v70 == nullptr) return false;
                    const auto r71 = ::callmap::money_micros(*v70, 1'000'000);
                    if (!r71) return false;
                    g68.amount_micros = *r71;
                    return true;
                }();
                return true;
            });
        }
        if (present62 && g61.currency_assumed) ctx.warn("currency assumed 'USD'");
        if (!present62) out.cost.reset();
    }
    out.recordings = ::callmap::build_array<::callmap::recording>(ctx, 2, [&](std::size_t i72, ::callmap::recording& g73) -> bool {
        switch (i72) {
            case 0: {
                if (![&]() -> bool {
                    const auto* v74 = [&]() -> const std::string_view* {
                        if (!in.artifact) return nullptr;
                        const auto& s75 = *in.artifact;
                        if (!s75.recording_url) return nullptr;
                        return &*s75.recording_url;
                    }();
                    if (v74 == nullptr) return false;
                    g73.url = ::callmap::text_of(*v74);
                    return true;
                }()) return false;
                g73.kind = ::callmap::recording_kind::mixed;
                return true;
            }
            case 1: {
                if (![&]() -> bool {
                    const auto* v76 = [&]() -> const std::string_view* {
                        if (!in.artifact) return nullptr;
                        const auto& s77 = *in.artifact;
                        if (!s77.stereo_recording_url) return nullptr;
                        return &*s77.stereo_recording_url;
                    }();
                    if (v76 == nullptr) return false;
                    g73.url = ::callmap::text_of(*v76);
                    return true;
                }()) return false;
                g73.kind = ::callmap::recording_kind::multichannel;
                return true;
            }
            default: return false;
        }
    });
    {
        ::callmap::transcript& g78 = out.transcript.emplace();
        bool present79 = false;
        if ([&]() -> bool {
            const auto* v80 = [&]() -> const std::string_view* {
                if (!in.artifact) return nullptr;
                const auto& s81 = *in.artifact;
                if (!s81.transcript) return nullptr;
                return &*s81.transcript;
            }();
            if (v80 == nullptr) return false;
            g78.text = ::callmap::text_of(*v80);
            return true;
        }()) present79 = true;
        if (const auto* items82 = [&]() -> const std::span<const ::callmap::vapi::message>* {
            if (!in.artifact) return nullptr;
            const auto& s86 = *in.artifact;
            if (!s86.messages) return nullptr;
            return &*s86.messages;
        }()) {
            g78.turns = ::callmap::build_array<::callmap::turn>(ctx, (*items82).size(), [&](std::size_t i83, ::callmap::turn& g85) -> bool {
                const auto& e84 = (*items82)[i83];
                [&]() -> bool {
                    const auto* v87 = [&]() -> const std::string_view* {
                        return &e84.role;
                    }();
                    if (v87 == nullptr) return false;
                    const std::string_view raw88 = ::callmap::text_of(*v87);
                    const std::optional<::callmap::turn_role> mapped89 = ::callmap::lookup<::callmap::turn_role>(mapping_tables::table_5, raw88);
                    if (!mapped89) ctx.warn("unmapped role value", raw88);
                    ::callmap::turn_role value90 = mapped89 ? *mapped89 : ::callmap::turn_role::other;
                    g85.role = value90;
                    return true;
                }();
                [&]() -> bool {
                    const auto* v91 = [&]() -> const std::string_view* {
                        if (!e84.message) return nullptr;
                        return &*e84.message;
                    }();
                    if (v91 == nullptr) return false;
                    g85.text = ::callmap::text_of(*v91);
                    return true;
                }();
                [&]() -> bool {
                    const auto* v92 = [&]() -> const double* {
                        if (!e84.time) return nullptr;
                        return &*e84.time;
                    }();
                    if (v92 == nullptr) return false;
                    ::callmap::timestamp t93;
                    if (!::callmap::read_instant(ctx, *v92, ::callmap::time_format::epoch_ms, t93)) return false;
                    g85.at = t93;
                    return true;
                }();
                [&]() -> bool {
                    const auto* v94 = [&]() -> const double* {
                        if (!e84.seconds_from_start) return nullptr;
                        return &*e84.seconds_from_start;
                    }();
                    if (v94 == nullptr) return false;
                    const auto r95 = ::callmap::scaled_integer(*v94, 1000);
                    if (!r95) return false;
                    g85.start_ms = *r95;
                    return true;
                }();
                [&]() -> bool {
                    const auto* v96 = [&]() -> const double* {
                        if (!e84.end_time) return nullptr;
                        return &*e84.end_time;
                    }();
                    if (v96 == nullptr) return false;
                    const std::optional<std::int64_t> r97 = ::callmap::scaled_integer(*v96, 1);
                    if (!r97 || !out.started_at) return false;
                    g85.end_ms = *r97 - out.started_at->epoch_ms;
                    return true;
                }();
                return true;
            });
        }
        present79 = present79 || !g78.turns.empty();
        if (!present79) out.transcript.reset();
    }
    if (out.id.empty()) ctx.warn("no call id in the payload");
    ctx.finish_into(answer);
    return answer;
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

}  // namespace callmap::vapi
