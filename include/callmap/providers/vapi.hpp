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
    ::callmap::call out;
    out.provider = "vapi";
    if (const auto v2 = [&]() -> std::optional<std::string_view> {
        const auto* v1 = [&]() -> const std::string_view* {
            return &in.id;
        }();
        if (v1 == nullptr) return std::nullopt;
        return ::callmap::text_of(*v1);
    }()) out.id = *v2;
    if (const auto v7 = [&]() -> std::optional<::callmap::direction> {
        const auto* v3 = [&]() -> const ::callmap::open_enum<::callmap::vapi::type>* {
            if (!in.type) return nullptr;
            return &*in.type;
        }();
        if (v3 == nullptr) return std::nullopt;
        const std::string_view raw4 = ::callmap::text_of(*v3);
        const std::optional<::callmap::direction> mapped5 = ::callmap::lookup<::callmap::direction>(mapping_tables::table_1, raw4);
        if (!mapped5) ctx.warn("unmapped direction value", raw4);
        ::callmap::direction value6 = mapped5 ? *mapped5 : ::callmap::direction::unknown;
        return value6;
    }()) out.direction = *v7;
    if (const auto v18 = [&]() -> std::optional<::callmap::channel> {
        if (auto r8 = [&]() -> std::optional<::callmap::channel> {
            const auto* v9 = [&]() -> const std::string_view* {
                if (!in.phone_call_transport) return nullptr;
                return &*in.phone_call_transport;
            }();
            if (v9 == nullptr) return std::nullopt;
            const std::string_view raw10 = ::callmap::text_of(*v9);
            const std::optional<::callmap::channel> mapped11 = ::callmap::lookup<::callmap::channel>(mapping_tables::table_2, raw10);
            if (!mapped11) ctx.warn("unmapped channel value", raw10);
            ::callmap::channel value12 = mapped11 ? *mapped11 : ::callmap::channel::unknown;
            return value12;
        }()) return r8;
        if (auto r13 = [&]() -> std::optional<::callmap::channel> {
            const auto* v14 = [&]() -> const ::callmap::open_enum<::callmap::vapi::type>* {
                if (!in.type) return nullptr;
                return &*in.type;
            }();
            if (v14 == nullptr) return std::nullopt;
            const std::string_view raw15 = ::callmap::text_of(*v14);
            const std::optional<::callmap::channel> mapped16 = ::callmap::lookup<::callmap::channel>(mapping_tables::table_3, raw15);
            if (!mapped16) ctx.warn("unmapped channel value", raw15);
            ::callmap::channel value17 = mapped16 ? *mapped16 : ::callmap::channel::unknown;
            return value17;
        }()) return r13;
        return std::nullopt;
    }()) out.channel = *v18;
    if (const auto v31 = [&]() -> std::optional<std::string_view> {
        const auto* w19 = [&]() -> const ::callmap::open_enum<::callmap::vapi::type>* {
            if (!in.type) return nullptr;
            return &*in.type;
        }();
        if (w19 != nullptr && ::callmap::matches_any(::callmap::text_of(*w19), {"outboundPhoneCall"})) return [&]() -> std::optional<std::string_view> {
            if (auto r20 = [&]() -> std::optional<std::string_view> {
                const auto* v21 = [&]() -> const std::string_view* {
                    if (!in.phone_number) return nullptr;
                    const auto& s22 = *in.phone_number;
                    if (!s22.number) return nullptr;
                    return &*s22.number;
                }();
                if (v21 == nullptr) return std::nullopt;
                return ::callmap::text_of(*v21);
            }()) return r20;
            if (auto r23 = [&]() -> std::optional<std::string_view> {
                const auto* v24 = [&]() -> const std::string_view* {
                    if (!in.phone_number_id) return nullptr;
                    return &*in.phone_number_id;
                }();
                if (v24 == nullptr) return std::nullopt;
                return ::callmap::text_of(*v24);
            }()) return r23;
            return std::nullopt;
        }();
        return [&]() -> std::optional<std::string_view> {
            if (auto r25 = [&]() -> std::optional<std::string_view> {
                const auto* v26 = [&]() -> const std::string_view* {
                    if (!in.customer) return nullptr;
                    const auto& s27 = *in.customer;
                    if (!s27.number) return nullptr;
                    return &*s27.number;
                }();
                if (v26 == nullptr) return std::nullopt;
                return ::callmap::text_of(*v26);
            }()) return r25;
            if (auto r28 = [&]() -> std::optional<std::string_view> {
                const auto* v29 = [&]() -> const std::string_view* {
                    if (!in.customer) return nullptr;
                    const auto& s30 = *in.customer;
                    if (!s30.sip_uri) return nullptr;
                    return &*s30.sip_uri;
                }();
                if (v29 == nullptr) return std::nullopt;
                return ::callmap::text_of(*v29);
            }()) return r28;
            return std::nullopt;
        }();
    }()) out.from = ::callmap::to_party(*v31);
    if (const auto v44 = [&]() -> std::optional<std::string_view> {
        const auto* w32 = [&]() -> const ::callmap::open_enum<::callmap::vapi::type>* {
            if (!in.type) return nullptr;
            return &*in.type;
        }();
        if (w32 != nullptr && ::callmap::matches_any(::callmap::text_of(*w32), {"outboundPhoneCall"})) return [&]() -> std::optional<std::string_view> {
            if (auto r33 = [&]() -> std::optional<std::string_view> {
                const auto* v34 = [&]() -> const std::string_view* {
                    if (!in.customer) return nullptr;
                    const auto& s35 = *in.customer;
                    if (!s35.number) return nullptr;
                    return &*s35.number;
                }();
                if (v34 == nullptr) return std::nullopt;
                return ::callmap::text_of(*v34);
            }()) return r33;
            if (auto r36 = [&]() -> std::optional<std::string_view> {
                const auto* v37 = [&]() -> const std::string_view* {
                    if (!in.customer) return nullptr;
                    const auto& s38 = *in.customer;
                    if (!s38.sip_uri) return nullptr;
                    return &*s38.sip_uri;
                }();
                if (v37 == nullptr) return std::nullopt;
                return ::callmap::text_of(*v37);
            }()) return r36;
            return std::nullopt;
        }();
        return [&]() -> std::optional<std::string_view> {
            if (auto r39 = [&]() -> std::optional<std::string_view> {
                const auto* v40 = [&]() -> const std::string_view* {
                    if (!in.phone_number) return nullptr;
                    const auto& s41 = *in.phone_number;
                    if (!s41.number) return nullptr;
                    return &*s41.number;
                }();
                if (v40 == nullptr) return std::nullopt;
                return ::callmap::text_of(*v40);
            }()) return r39;
            if (auto r42 = [&]() -> std::optional<std::string_view> {
                const auto* v43 = [&]() -> const std::string_view* {
                    if (!in.phone_number_id) return nullptr;
                    return &*in.phone_number_id;
                }();
                if (v43 == nullptr) return std::nullopt;
                return ::callmap::text_of(*v43);
            }()) return r42;
            return std::nullopt;
        }();
    }()) out.to = ::callmap::to_party(*v44);
    std::optional<std::string_view> raw45;
    out.end_reason = [&]() -> std::optional<::callmap::end_reason> {
        const auto* v46 = [&]() -> const std::string_view* {
            if (!in.ended_reason) return nullptr;
            return &*in.ended_reason;
        }();
        if (v46 == nullptr) return std::nullopt;
        const std::string_view raw47 = ::callmap::text_of(*v46);
        raw45 = raw47;
        const std::optional<::callmap::end_reason> mapped48 = ::callmap::lookup<::callmap::end_reason>(mapping_tables::shared_vapi_ended_reasons, raw47);
        if (!mapped48) ctx.warn("unmapped end_reason value", raw47);
        ::callmap::end_reason value49 = mapped48 ? *mapped48 : ::callmap::end_reason::unknown;
        return value49;
    }();
    if (raw45) out.end_reason_raw = *raw45;
    std::optional<std::string_view> raw51;
    if (const auto v56 = [&]() -> std::optional<::callmap::call_status> {
        const auto* v52 = [&]() -> const std::string_view* {
            return &in.status;
        }();
        if (v52 == nullptr) return std::nullopt;
        const std::string_view raw53 = ::callmap::text_of(*v52);
        raw51 = raw53;
        const std::optional<::callmap::call_status> mapped54 = ::callmap::lookup<::callmap::call_status>(mapping_tables::table_4, raw53);
        if (!mapped54) ctx.warn("unmapped status value", raw53);
        ::callmap::call_status value55 = mapped54 ? *mapped54 : ::callmap::call_status::unknown;
        if (::callmap::matches_any(raw53, {"ended"})) value55 = ::callmap::refine_status(value55, out.end_reason);
        return value55;
    }()) out.status = *v56;
    if (raw51) out.status_raw = *raw51;
    out.created_at = [&]() -> std::optional<::callmap::timestamp> {
        const auto* v57 = [&]() -> const std::string_view* {
            if (!in.created_at) return nullptr;
            return &*in.created_at;
        }();
        if (v57 == nullptr) return std::nullopt;
        return ::callmap::to_instant(ctx, *v57, ::callmap::time_format::iso8601);
    }();
    out.started_at = [&]() -> std::optional<::callmap::timestamp> {
        const auto* v59 = [&]() -> const std::string_view* {
            if (!in.started_at) return nullptr;
            return &*in.started_at;
        }();
        if (v59 == nullptr) return std::nullopt;
        return ::callmap::to_instant(ctx, *v59, ::callmap::time_format::iso8601);
    }();
    out.ended_at = [&]() -> std::optional<::callmap::timestamp> {
        const auto* v61 = [&]() -> const std::string_view* {
            if (!in.ended_at) return nullptr;
            return &*in.ended_at;
        }();
        if (v61 == nullptr) return std::nullopt;
        return ::callmap::to_instant(ctx, *v61, ::callmap::time_format::iso8601);
    }();
    out.updated_at = [&]() -> std::optional<::callmap::timestamp> {
        const auto* v63 = [&]() -> const std::string_view* {
            if (!in.updated_at) return nullptr;
            return &*in.updated_at;
        }();
        if (v63 == nullptr) return std::nullopt;
        return ::callmap::to_instant(ctx, *v63, ::callmap::time_format::iso8601);
    }();
    out.duration_ms = [&]() -> std::optional<std::int64_t> {
        if (!out.ended_at || !out.started_at) return std::nullopt;
        return out.ended_at->epoch_ms - out.started_at->epoch_ms;
    }();
    if (const auto v68 = [&]() -> std::optional<::callmap::map<::callmap::raw_json>> {
        const auto* v66 = [&]() -> const ::callmap::map<::callmap::raw_json>* {
            if (!in.artifact) return nullptr;
            const auto& s67 = *in.artifact;
            if (!s67.variable_values) return nullptr;
            return &*s67.variable_values;
        }();
        if (v66 == nullptr) return std::nullopt;
        return *v66;
    }()) out.variables = *v68;
    out.external_ids.entries = ::callmap::build_array<::callmap::map_entry<std::string_view>>(ctx, 4, [&](std::size_t i69, ::callmap::map_entry<std::string_view>& entry70) -> bool {
        switch (i69) {
            case 0: {
                const auto v71 = [&]() -> std::optional<std::string_view> {
                    const auto* v72 = [&]() -> const std::string_view* {
                        if (!in.org_id) return nullptr;
                        return &*in.org_id;
                    }();
                    if (v72 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v72);
                }();
                if (!v71) return false;
                entry70 = {"org_id", *v71};
                return true;
            }
            case 1: {
                const auto v73 = [&]() -> std::optional<std::string_view> {
                    const auto* v74 = [&]() -> const std::string_view* {
                        if (!in.phone_call_provider_id) return nullptr;
                        return &*in.phone_call_provider_id;
                    }();
                    if (v74 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v74);
                }();
                if (!v73) return false;
                entry70 = {"phone_call_provider_id", *v73};
                return true;
            }
            case 2: {
                const auto v75 = [&]() -> std::optional<std::string_view> {
                    const auto* v76 = [&]() -> const std::string_view* {
                        if (!in.campaign_id) return nullptr;
                        return &*in.campaign_id;
                    }();
                    if (v76 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v76);
                }();
                if (!v75) return false;
                entry70 = {"campaign_id", *v75};
                return true;
            }
            case 3: {
                const auto v77 = [&]() -> std::optional<std::string_view> {
                    const auto* v78 = [&]() -> const std::string_view* {
                        if (!in.customer_id) return nullptr;
                        return &*in.customer_id;
                    }();
                    if (v78 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v78);
                }();
                if (!v77) return false;
                entry70 = {"customer_id", *v77};
                return true;
            }
            default: return false;
        }
    });
    {
        ::callmap::agent_info g79{};
        bool present80 = false;
        if (const auto v81 = [&]() -> std::optional<std::string_view> {
            if (auto r82 = [&]() -> std::optional<std::string_view> {
                const auto* v83 = [&]() -> const std::string_view* {
                    if (!in.assistant_id) return nullptr;
                    return &*in.assistant_id;
                }();
                if (v83 == nullptr) return std::nullopt;
                return ::callmap::text_of(*v83);
            }()) return r82;
            if (auto r84 = [&]() -> std::optional<std::string_view> {
                const auto* v85 = [&]() -> const std::string_view* {
                    if (!in.squad_id) return nullptr;
                    return &*in.squad_id;
                }();
                if (v85 == nullptr) return std::nullopt;
                return ::callmap::text_of(*v85);
            }()) return r84;
            if (auto r86 = [&]() -> std::optional<std::string_view> {
                const auto* v87 = [&]() -> const std::string_view* {
                    if (!in.workflow_id) return nullptr;
                    return &*in.workflow_id;
                }();
                if (v87 == nullptr) return std::nullopt;
                return ::callmap::text_of(*v87);
            }()) return r86;
            return std::nullopt;
        }()) {
            g79.id = *v81;
            present80 = true;
        }
        if (const auto v88 = [&]() -> std::optional<std::string_view> {
            const auto* v89 = [&]() -> const std::string_view* {
                if (!in.assistant) return nullptr;
                const auto& s90 = *in.assistant;
                if (!s90.name) return nullptr;
                return &*s90.name;
            }();
            if (v89 == nullptr) return std::nullopt;
            return ::callmap::text_of(*v89);
        }()) {
            g79.name = *v88;
            present80 = true;
        }
        g79.kind = ::callmap::agent_kind::ai;
        if (present80) out.agent = g79;
    }
    {
        ::callmap::cost g91{};
        bool present92 = false;
        if (const auto v93 = [&]() -> std::optional<std::int64_t> {
            const auto* v94 = [&]() -> const ::callmap::decimal* {
                if (!in.cost) return nullptr;
                return &*in.cost;
            }();
            if (v94 == nullptr) return std::nullopt;
            return ::callmap::money_micros(*v94, 1'000'000);
        }()) {
            g91.amount_micros = *v93;
            present92 = true;
        }
        g91.currency = std::string_view("USD");
        if (const auto* items95 = [&]() -> const std::span<const ::callmap::vapi::cost_item>* {
            if (!in.costs) return nullptr;
            return &*in.costs;
        }()) {
            g91.components = ::callmap::build_array<::callmap::cost_component>(ctx, (*items95).size(), [&](std::size_t i96, ::callmap::cost_component& g98) -> bool {
                const auto& e97 = (*items95)[i96];
                if (const auto v100 = [&]() -> std::optional<std::string_view> {
                    const auto* v99 = [&]() -> const std::string_view* {
                        return &e97.type;
                    }();
                    if (v99 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v99);
                }()) g98.name = *v100;
                if (const auto v102 = [&]() -> std::optional<std::int64_t> {
                    const auto* v101 = [&]() -> const ::callmap::decimal* {
                        if (!e97.cost) return nullptr;
                        return &*e97.cost;
                    }();
                    if (v101 == nullptr) return std::nullopt;
                    return ::callmap::money_micros(*v101, 1'000'000);
                }()) g98.amount_micros = *v102;
                return true;
            });
        }
        if (present92 && g91.currency_assumed) ctx.warn("currency assumed", g91.currency.value_or(""));
        if (present92) out.cost = g91;
    }
    out.recordings = ::callmap::build_array<::callmap::recording>(ctx, 2, [&](std::size_t i103, ::callmap::recording& g104) -> bool {
        switch (i103) {
            case 0: {
                const auto v105 = [&]() -> std::optional<std::string_view> {
                    const auto* v106 = [&]() -> const std::string_view* {
                        if (!in.artifact) return nullptr;
                        const auto& s107 = *in.artifact;
                        if (!s107.recording_url) return nullptr;
                        return &*s107.recording_url;
                    }();
                    if (v106 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v106);
                }();
                if (!v105) return false;
                if (v105) g104.url = *v105;
                g104.kind = ::callmap::recording_kind::mixed;
                return true;
            }
            case 1: {
                const auto v108 = [&]() -> std::optional<std::string_view> {
                    const auto* v109 = [&]() -> const std::string_view* {
                        if (!in.artifact) return nullptr;
                        const auto& s110 = *in.artifact;
                        if (!s110.stereo_recording_url) return nullptr;
                        return &*s110.stereo_recording_url;
                    }();
                    if (v109 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v109);
                }();
                if (!v108) return false;
                if (v108) g104.url = *v108;
                g104.kind = ::callmap::recording_kind::multichannel;
                return true;
            }
            default: return false;
        }
    });
    {
        ::callmap::transcript g111{};
        bool present112 = false;
        if (const auto v113 = [&]() -> std::optional<std::string_view> {
            const auto* v114 = [&]() -> const std::string_view* {
                if (!in.artifact) return nullptr;
                const auto& s115 = *in.artifact;
                if (!s115.transcript) return nullptr;
                return &*s115.transcript;
            }();
            if (v114 == nullptr) return std::nullopt;
            return ::callmap::text_of(*v114);
        }()) {
            g111.text = *v113;
            present112 = true;
        }
        if (const auto* items116 = [&]() -> const std::span<const ::callmap::vapi::message>* {
            if (!in.artifact) return nullptr;
            const auto& s120 = *in.artifact;
            if (!s120.messages) return nullptr;
            return &*s120.messages;
        }()) {
            g111.turns = ::callmap::build_array<::callmap::turn>(ctx, (*items116).size(), [&](std::size_t i117, ::callmap::turn& g119) -> bool {
                const auto& e118 = (*items116)[i117];
                if (const auto v125 = [&]() -> std::optional<::callmap::turn_role> {
                    const auto* v121 = [&]() -> const std::string_view* {
                        return &e118.role;
                    }();
                    if (v121 == nullptr) return std::nullopt;
                    const std::string_view raw122 = ::callmap::text_of(*v121);
                    const std::optional<::callmap::turn_role> mapped123 = ::callmap::lookup<::callmap::turn_role>(mapping_tables::table_5, raw122);
                    if (!mapped123) ctx.warn("unmapped role value", raw122);
                    ::callmap::turn_role value124 = mapped123 ? *mapped123 : ::callmap::turn_role::other;
                    return value124;
                }()) g119.role = *v125;
                if (const auto v127 = [&]() -> std::optional<std::string_view> {
                    const auto* v126 = [&]() -> const std::string_view* {
                        if (!e118.message) return nullptr;
                        return &*e118.message;
                    }();
                    if (v126 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v126);
                }()) g119.text = *v127;
                g119.at = [&]() -> std::optional<::callmap::timestamp> {
                    const auto* v128 = [&]() -> const double* {
                        if (!e118.time) return nullptr;
                        return &*e118.time;
                    }();
                    if (v128 == nullptr) return std::nullopt;
                    return ::callmap::to_instant(ctx, *v128, ::callmap::time_format::epoch_ms);
                }();
                g119.start_ms = [&]() -> std::optional<std::int64_t> {
                    const auto* v130 = [&]() -> const double* {
                        if (!e118.seconds_from_start) return nullptr;
                        return &*e118.seconds_from_start;
                    }();
                    if (v130 == nullptr) return std::nullopt;
                    const std::optional<std::int64_t> r131 = ::callmap::scaled_integer(*v130, 1000);
                    return r131;
                }();
                g119.end_ms = [&]() -> std::optional<std::int64_t> {
                    const auto* v133 = [&]() -> const double* {
                        if (!e118.end_time) return nullptr;
                        return &*e118.end_time;
                    }();
                    if (v133 == nullptr) return std::nullopt;
                    const std::optional<std::int64_t> r134 = ::callmap::scaled_integer(*v133, 1);
                    if (!r134 || !out.started_at) return std::nullopt;
                    return *r134 - out.started_at->epoch_ms;
                }();
                return true;
            });
        }
        present112 = present112 || !g111.turns.empty();
        if (present112) out.transcript = g111;
    }
    if (out.id.empty()) ctx.warn("no call id in the payload");
    return ctx.finish(out);
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

}  // namespace callmap::vapi
