// generated from schemas/vapi.yaml by callmap-gen -- do not edit.
// Vapi — Call object (GET /call/{id})
// https://docs.vapi.ai/api-reference/calls/get
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include "callmap/config.hpp"
#include "callmap/drift_shape.hpp"
#include "callmap/json/object_members.hpp"
#include "callmap/json/reader.hpp"
#include "callmap/json/value_parser.hpp"
#include "callmap/json/wire_values.hpp"
#include "callmap/mapping.hpp"
#include "callmap/normalize.hpp"
#include "callmap/parse.hpp"
#include "callmap/types.hpp"
#include "callmap/version.hpp"

#if CALLMAP_CODEGEN_VERSION != 2
#error "vapi.hpp was generated for another callmap runtime; regenerate it"
#endif

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
BOOST_DESCRIBE_STRUCT(cost_item, (), (
    type,
    cost))

struct assistant {
    std::optional<std::string_view> name{};
};
BOOST_DESCRIBE_STRUCT(assistant, (), (
    name))

struct phone_number {
    std::optional<std::string_view> number{};
};
BOOST_DESCRIBE_STRUCT(phone_number, (), (
    number))

struct customer {
    std::optional<std::string_view> number{};
    std::optional<std::string_view> sip_uri{};  // "sipUri"
    std::optional<std::string_view> name{};
};
BOOST_DESCRIBE_STRUCT(customer, (), (
    number,
    sip_uri,
    name))

struct destination {
    std::optional<std::string_view> type{};
    std::optional<std::string_view> number{};
    std::optional<std::string_view> sip_uri{};  // "sipUri"
    std::optional<std::string_view> extension{};
};
BOOST_DESCRIBE_STRUCT(destination, (), (
    type,
    number,
    sip_uri,
    extension))

struct message {
    std::string_view role{};
    std::optional<std::string_view> message{};
    std::optional<double> time{};
    std::optional<double> end_time{};  // "endTime"
    std::optional<double> seconds_from_start{};  // "secondsFromStart"
    std::optional<double> duration{};
};
BOOST_DESCRIBE_STRUCT(message, (), (
    role,
    message,
    time,
    end_time,
    seconds_from_start,
    duration))

struct artifact {
    std::optional<std::string_view> recording_url{};  // "recordingUrl"
    std::optional<std::string_view> stereo_recording_url{};  // "stereoRecordingUrl"
    std::optional<std::string_view> transcript{};
    std::optional<std::span<const ::callmap::vapi::message>> messages{};
    std::optional<::callmap::raw_json> performance_metrics{};  // "performanceMetrics"
    std::optional<::callmap::map<::callmap::raw_json>> variable_values{};  // "variableValues"
};
BOOST_DESCRIBE_STRUCT(artifact, (), (
    recording_url,
    stereo_recording_url,
    transcript,
    messages,
    performance_metrics,
    variable_values))

struct call {
    std::string_view id{};
    std::optional<std::string_view> org_id{};  // "orgId"
    std::optional<::callmap::open_enum<::callmap::vapi::type>> type{};
    std::optional<std::string_view> status{};
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
    std::optional<::callmap::vapi::destination> destination{};
    std::optional<std::string_view> campaign_id{};  // "campaignId"
    std::optional<::callmap::raw_json> messages{};
    std::optional<::callmap::vapi::artifact> artifact{};
    std::optional<::callmap::raw_json> analysis{};
    std::optional<::callmap::decimal> timestamp{};
};
BOOST_DESCRIBE_STRUCT(call, (), (
    id,
    org_id,
    type,
    status,
    ended_reason,
    ended_message,
    created_at,
    updated_at,
    started_at,
    ended_at,
    cost,
    cost_breakdown,
    costs,
    phone_call_provider,
    phone_call_transport,
    phone_call_provider_id,
    assistant_id,
    assistant,
    squad_id,
    workflow_id,
    phone_number_id,
    phone_number,
    customer_id,
    customer,
    destination,
    campaign_id,
    messages,
    artifact,
    analysis,
    timestamp))

}  // namespace callmap::vapi

namespace callmap {

template <>
struct enum_spelling<::callmap::vapi::type> {
    static constexpr std::array<std::string_view, 4> values{"inboundPhoneCall", "outboundPhoneCall",
                                                            "webCall", "vapi.websocketCall"};
    static constexpr bool case_insensitive = false;
};

}  // namespace callmap

namespace callmap::json {

template <>
struct value_parser<::callmap::vapi::cost_item> {
    struct field {
        enum : int {
            type,
            cost,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "type",
        "cost",
    });
    static constexpr auto required = required_fields<keys.size()>({field::type});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 4:
                switch (key[0]) {
                    case 't': return key == "type" ? field::type : -1;
                    case 'c': return key == "cost" ? field::cost : -1;
                    default: return -1;
                }
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::vapi::cost_item& out);
};

template <>
struct value_parser<::callmap::vapi::assistant> {
    struct field {
        enum : int {
            name,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "name",
    });
    static constexpr auto required = required_fields<keys.size()>({});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 4: return key == "name" ? field::name : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::vapi::assistant& out);
};

template <>
struct value_parser<::callmap::vapi::phone_number> {
    struct field {
        enum : int {
            number,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "number",
    });
    static constexpr auto required = required_fields<keys.size()>({});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 6: return key == "number" ? field::number : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::vapi::phone_number& out);
};

template <>
struct value_parser<::callmap::vapi::customer> {
    struct field {
        enum : int {
            number,
            sip_uri,
            name,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "number",
        "sipUri",
        "name",
    });
    static constexpr auto required = required_fields<keys.size()>({});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 4: return key == "name" ? field::name : -1;
            case 6:
                switch (key[0]) {
                    case 'n': return key == "number" ? field::number : -1;
                    case 's': return key == "sipUri" ? field::sip_uri : -1;
                    default: return -1;
                }
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::vapi::customer& out);
};

template <>
struct value_parser<::callmap::vapi::destination> {
    struct field {
        enum : int {
            type,
            number,
            sip_uri,
            extension,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "type",
        "number",
        "sipUri",
        "extension",
    });
    static constexpr auto required = required_fields<keys.size()>({});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 4: return key == "type" ? field::type : -1;
            case 6:
                switch (key[0]) {
                    case 'n': return key == "number" ? field::number : -1;
                    case 's': return key == "sipUri" ? field::sip_uri : -1;
                    default: return -1;
                }
            case 9: return key == "extension" ? field::extension : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::vapi::destination& out);
};

template <>
struct value_parser<::callmap::vapi::message> {
    struct field {
        enum : int {
            role,
            message,
            time,
            end_time,
            seconds_from_start,
            duration,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "role",
        "message",
        "time",
        "endTime",
        "secondsFromStart",
        "duration",
    });
    static constexpr auto required = required_fields<keys.size()>({field::role});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 4:
                switch (key[0]) {
                    case 'r': return key == "role" ? field::role : -1;
                    case 't': return key == "time" ? field::time : -1;
                    default: return -1;
                }
            case 7:
                switch (key[0]) {
                    case 'm': return key == "message" ? field::message : -1;
                    case 'e': return key == "endTime" ? field::end_time : -1;
                    default: return -1;
                }
            case 8: return key == "duration" ? field::duration : -1;
            case 16: return key == "secondsFromStart" ? field::seconds_from_start : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::vapi::message& out);
};

template <>
struct value_parser<::callmap::vapi::artifact> {
    struct field {
        enum : int {
            recording_url,
            stereo_recording_url,
            transcript,
            messages,
            performance_metrics,
            variable_values,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "recordingUrl",
        "stereoRecordingUrl",
        "transcript",
        "messages",
        "performanceMetrics",
        "variableValues",
    });
    static constexpr auto required = required_fields<keys.size()>({});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 8: return key == "messages" ? field::messages : -1;
            case 10: return key == "transcript" ? field::transcript : -1;
            case 12: return key == "recordingUrl" ? field::recording_url : -1;
            case 14: return key == "variableValues" ? field::variable_values : -1;
            case 18:
                switch (key[0]) {
                    case 's': return key == "stereoRecordingUrl" ? field::stereo_recording_url : -1;
                    case 'p': return key == "performanceMetrics" ? field::performance_metrics : -1;
                    default: return -1;
                }
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::vapi::artifact& out);
};

template <>
struct value_parser<::callmap::vapi::call> {
    struct field {
        enum : int {
            id,
            org_id,
            type,
            status,
            ended_reason,
            ended_message,
            created_at,
            updated_at,
            started_at,
            ended_at,
            cost,
            cost_breakdown,
            costs,
            phone_call_provider,
            phone_call_transport,
            phone_call_provider_id,
            assistant_id,
            assistant,
            squad_id,
            workflow_id,
            phone_number_id,
            phone_number,
            customer_id,
            customer,
            destination,
            campaign_id,
            messages,
            artifact,
            analysis,
            timestamp,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "id",
        "orgId",
        "type",
        "status",
        "endedReason",
        "endedMessage",
        "createdAt",
        "updatedAt",
        "startedAt",
        "endedAt",
        "cost",
        "costBreakdown",
        "costs",
        "phoneCallProvider",
        "phoneCallTransport",
        "phoneCallProviderId",
        "assistantId",
        "assistant",
        "squadId",
        "workflowId",
        "phoneNumberId",
        "phoneNumber",
        "customerId",
        "customer",
        "destination",
        "campaignId",
        "messages",
        "artifact",
        "analysis",
        "timestamp",
    });
    static constexpr auto required = required_fields<keys.size()>({field::id});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 2: return key == "id" ? field::id : -1;
            case 4:
                switch (key[0]) {
                    case 't': return key == "type" ? field::type : -1;
                    case 'c': return key == "cost" ? field::cost : -1;
                    default: return -1;
                }
            case 5:
                switch (key[0]) {
                    case 'o': return key == "orgId" ? field::org_id : -1;
                    case 'c': return key == "costs" ? field::costs : -1;
                    default: return -1;
                }
            case 6: return key == "status" ? field::status : -1;
            case 7:
                switch (key[0]) {
                    case 'e': return key == "endedAt" ? field::ended_at : -1;
                    case 's': return key == "squadId" ? field::squad_id : -1;
                    default: return -1;
                }
            case 8:
                switch (key[1]) {
                    case 'u': return key == "customer" ? field::customer : -1;
                    case 'e': return key == "messages" ? field::messages : -1;
                    case 'r': return key == "artifact" ? field::artifact : -1;
                    case 'n': return key == "analysis" ? field::analysis : -1;
                    default: return -1;
                }
            case 9:
                switch (key[0]) {
                    case 'c': return key == "createdAt" ? field::created_at : -1;
                    case 'u': return key == "updatedAt" ? field::updated_at : -1;
                    case 's': return key == "startedAt" ? field::started_at : -1;
                    case 'a': return key == "assistant" ? field::assistant : -1;
                    case 't': return key == "timestamp" ? field::timestamp : -1;
                    default: return -1;
                }
            case 10:
                switch (key[1]) {
                    case 'o': return key == "workflowId" ? field::workflow_id : -1;
                    case 'u': return key == "customerId" ? field::customer_id : -1;
                    case 'a': return key == "campaignId" ? field::campaign_id : -1;
                    default: return -1;
                }
            case 11:
                switch (key[0]) {
                    case 'e': return key == "endedReason" ? field::ended_reason : -1;
                    case 'a': return key == "assistantId" ? field::assistant_id : -1;
                    case 'p': return key == "phoneNumber" ? field::phone_number : -1;
                    case 'd': return key == "destination" ? field::destination : -1;
                    default: return -1;
                }
            case 12: return key == "endedMessage" ? field::ended_message : -1;
            case 13:
                switch (key[0]) {
                    case 'c': return key == "costBreakdown" ? field::cost_breakdown : -1;
                    case 'p': return key == "phoneNumberId" ? field::phone_number_id : -1;
                    default: return -1;
                }
            case 17: return key == "phoneCallProvider" ? field::phone_call_provider : -1;
            case 18: return key == "phoneCallTransport" ? field::phone_call_transport : -1;
            case 19: return key == "phoneCallProviderId" ? field::phone_call_provider_id : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::vapi::call& out);
};

}  // namespace callmap::json

namespace callmap::vapi::shape {

inline constexpr auto cost_item_fields = std::to_array<::callmap::drift::field_shape>({
    {"type", 1, 0, false, false, -1, {}, false},
    {"cost", 3, 0, false, true, -1, {}, false},
});
inline constexpr auto assistant_fields = std::to_array<::callmap::drift::field_shape>({
    {"name", 1, 0, false, true, -1, {}, false},
});
inline constexpr auto phone_number_fields = std::to_array<::callmap::drift::field_shape>({
    {"number", 1, 0, false, true, -1, {}, false},
});
inline constexpr auto customer_fields = std::to_array<::callmap::drift::field_shape>({
    {"number", 1, 0, false, true, -1, {}, false},
    {"sipUri", 1, 0, false, true, -1, {}, false},
    {"name", 1, 0, false, true, -1, {}, false},
});
inline constexpr auto destination_fields = std::to_array<::callmap::drift::field_shape>({
    {"type", 1, 0, false, true, -1, {}, false},
    {"number", 1, 0, false, true, -1, {}, false},
    {"sipUri", 1, 0, false, true, -1, {}, false},
    {"extension", 1, 0, false, true, -1, {}, false},
});
inline constexpr auto message_fields = std::to_array<::callmap::drift::field_shape>({
    {"role", 1, 0, false, false, -1, {}, false},
    {"message", 1, 0, false, true, -1, {}, false},
    {"time", 2, 0, false, true, -1, {}, false},
    {"endTime", 2, 0, false, true, -1, {}, false},
    {"secondsFromStart", 2, 0, false, true, -1, {}, false},
    {"duration", 2, 0, false, true, -1, {}, false},
});
inline constexpr auto artifact_fields = std::to_array<::callmap::drift::field_shape>({
    {"recordingUrl", 1, 0, false, true, -1, {}, false},
    {"stereoRecordingUrl", 1, 0, false, true, -1, {}, false},
    {"transcript", 1, 0, false, true, -1, {}, false},
    {"messages", 8, 1, false, true, 5, {}, false},
    {"performanceMetrics", 31, 0, false, true, -1, {}, false},
    {"variableValues", 31, 0, true, true, -1, {}, false},
});
inline constexpr auto call_fields = std::to_array<::callmap::drift::field_shape>({
    {"id", 1, 0, false, false, -1, {}, false},
    {"orgId", 1, 0, false, true, -1, {}, false},
    {"type", 1, 0, false, true, -1, ::callmap::enum_spelling<::callmap::vapi::type>::values,
     ::callmap::enum_spelling<::callmap::vapi::type>::case_insensitive},
    {"status", 1, 0, false, true, -1, {}, false},
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
    {"destination", 8, 0, false, true, 4, {}, false},
    {"campaignId", 1, 0, false, true, -1, {}, false},
    {"messages", 31, 0, false, true, -1, {}, false},
    {"artifact", 8, 0, false, true, 6, {}, false},
    {"analysis", 31, 0, false, true, -1, {}, false},
    {"timestamp", 3, 0, false, true, -1, {}, false},
});
inline constexpr std::array<::callmap::drift::object_shape, 8> objects{{
    {"cost_item", cost_item_fields},
    {"assistant", assistant_fields},
    {"phone_number", phone_number_fields},
    {"customer", customer_fields},
    {"destination", destination_fields},
    {"message", message_fields},
    {"artifact", artifact_fields},
    {"call", call_fields},
}};
inline constexpr int root = 7;

}  // namespace callmap::vapi::shape

namespace callmap::vapi {

/// Maps a parsed vapi payload onto the canonical call record. The result holds views
/// into the payload and into `memory`. A provider error answer is an error result.
::callmap::result<::callmap::call> to_call(const call& in, ::callmap::arena& memory);

}  // namespace callmap::vapi

namespace callmap::vapi {

/// The top-level keys that every vapi payload has (auto-detection).
inline constexpr auto detect_keys = std::to_array<std::string_view>({
    "id",
    "orgId",
    "createdAt",
    "updatedAt",
});

/// Parses a vapi payload and maps it onto the canonical call record (what the
/// registry entry calls). LIFETIME: the call holds views into `payload` and `memory`.
::callmap::result<::callmap::call> normalize(std::string_view payload, ::callmap::arena& memory,
                                             const ::callmap::parse_options& options = {});

/// Where each shape of vapi payloads keeps its calls (spec shapes:), for
/// callmap::read_shape.
namespace layouts {

inline constexpr std::string_view get_detect[] = {"id", "orgId", "createdAt", "updatedAt"};
inline constexpr ::callmap::shape_layout get{::callmap::payload_shape::get, false, {}, {}, {}, {},
                                             {}};
inline constexpr std::string_view list_detect[] = {"id", "orgId", "createdAt", "updatedAt"};
inline constexpr ::callmap::shape_layout list{::callmap::payload_shape::list, true, {}, {}, {}, {},
                                              {}};
inline constexpr std::string_view server_message_calls[] = {"message", "call"};
inline constexpr std::string_view server_message_event[] = {"message", "type"};
inline constexpr std::string_view server_message_envelope[] = {"message"};
inline constexpr ::callmap::envelope_field<call> server_message_fields[] = {
    ::callmap::envelope_field<call>::fills<&call::status>("status"),
    ::callmap::envelope_field<call>::fills<&call::ended_reason>("endedReason"),
    ::callmap::envelope_field<call>::fills<&call::started_at>("startedAt"),
    ::callmap::envelope_field<call>::fills<&call::ended_at>("endedAt"),
    ::callmap::envelope_field<call>::fills<&call::cost>("cost"),
    ::callmap::envelope_field<call>::fills<&call::costs>("costs"),
    ::callmap::envelope_field<call>::fills<&call::artifact>("artifact"),
    ::callmap::envelope_field<call>::fills<&call::analysis>("analysis"),
    ::callmap::envelope_field<call>::fills<&call::assistant>("assistant"),
    ::callmap::envelope_field<call>::fills<&call::customer>("customer"),
    ::callmap::envelope_field<call>::fills<&call::phone_number>("phoneNumber"),
    ::callmap::envelope_field<call>::fills<&call::destination>("destination"),
    ::callmap::envelope_field<call>::fills<&call::timestamp>("timestamp"),
};
inline constexpr std::string_view server_message_detect[] = {"message"};
inline constexpr ::callmap::detect_value server_message_detect_values[] =
    {::callmap::detect_value::object};
inline constexpr ::callmap::shape_layout server_message{::callmap::payload_shape::webhook, false,
                                                        server_message_calls, {},
                                                        server_message_event, {},
                                                        server_message_envelope};

}  // namespace layouts

/// Every call of a vapi get payload (callmap::page). LIFETIME: the page holds
/// views into `payload` and `memory`.
::callmap::result<::callmap::page> read_get(std::string_view payload, ::callmap::arena& memory,
    const ::callmap::parse_options& options = {});
/// Every call of a vapi list payload (callmap::page). LIFETIME: the page holds
/// views into `payload` and `memory`.
::callmap::result<::callmap::page> read_list(std::string_view payload, ::callmap::arena& memory,
    const ::callmap::parse_options& options = {});
/// Every call of a vapi server_message payload (callmap::page). LIFETIME: the page holds
/// views into `payload` and `memory`.
::callmap::result<::callmap::page> read_server_message(std::string_view payload,
                                                       ::callmap::arena& memory,
    const ::callmap::parse_options& options = {});

/// The shapes of vapi payloads, the get answer first (detection tells them apart).
inline constexpr ::callmap::shape_entry payload_shapes[] = {
    {"get", ::callmap::payload_shape::get, detect_keys, false, &read_get},
    {"list", ::callmap::payload_shape::list, layouts::list_detect, true, &read_list},
    {"server_message", ::callmap::payload_shape::webhook, layouts::server_message_detect, false,
     &read_server_message, false, layouts::server_message_detect_values},
};

/// This provider in a registry (callmap/normalize.hpp): on its own, or with the
/// built-in ones through callmap::with_builtin (callmap/builtin.hpp).
inline constexpr ::callmap::provider_entry provider{
    "vapi",
    "Vapi — Call object (GET /call/{id})",
    "https://docs.vapi.ai/api-reference/calls/get",
    detect_keys,
    &normalize,
    shape::objects,
    shape::root,
    payload_shapes};

}  // namespace callmap::vapi

// The parsers and the mapping: inline in every translation unit (header-only, the
// default), or compiled once, in the translation unit that defines CALLMAP_SOURCE
// before it includes this header, when the program defines
// CALLMAP_SEPARATE_COMPILATION (callmap/config.hpp).
#if !defined(CALLMAP_SEPARATE_COMPILATION) || defined(CALLMAP_SOURCE)

namespace callmap::json {

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::vapi::cost_item>::parse(
    reader& r, ::callmap::vapi::cost_item& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::type: return read_value(r, out.type);
            case field::cost: return read_value(r, out.cost);
            default: return false;
        }
    });
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::vapi::assistant>::parse(
    reader& r, ::callmap::vapi::assistant& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::name: return read_value(r, out.name);
            default: return false;
        }
    });
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::vapi::phone_number>::parse(
    reader& r, ::callmap::vapi::phone_number& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::number: return read_value(r, out.number);
            default: return false;
        }
    });
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::vapi::customer>::parse(
    reader& r, ::callmap::vapi::customer& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::number: return read_value(r, out.number);
            case field::sip_uri: return read_value(r, out.sip_uri);
            case field::name: return read_value(r, out.name);
            default: return false;
        }
    });
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::vapi::destination>::parse(
    reader& r, ::callmap::vapi::destination& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::type: return read_value(r, out.type);
            case field::number: return read_value(r, out.number);
            case field::sip_uri: return read_value(r, out.sip_uri);
            case field::extension: return read_value(r, out.extension);
            default: return false;
        }
    });
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::vapi::message>::parse(
    reader& r, ::callmap::vapi::message& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::role: return read_value(r, out.role);
            case field::message: return read_value(r, out.message);
            case field::time: return read_value(r, out.time);
            case field::end_time: return read_value(r, out.end_time);
            case field::seconds_from_start: return read_value(r, out.seconds_from_start);
            case field::duration: return read_value(r, out.duration);
            default: return false;
        }
    });
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::vapi::artifact>::parse(
    reader& r, ::callmap::vapi::artifact& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::recording_url: return read_value(r, out.recording_url);
            case field::stereo_recording_url: return read_value(r, out.stereo_recording_url);
            case field::transcript: return read_value(r, out.transcript);
            case field::messages: return read_value(r, out.messages);
            case field::performance_metrics: return read_value(r, out.performance_metrics);
            case field::variable_values: return read_value(r, out.variable_values);
            default: return false;
        }
    });
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::vapi::call>::parse(
    reader& r, ::callmap::vapi::call& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::id: return read_value(r, out.id);
            case field::org_id: return read_value(r, out.org_id);
            case field::type: return read_value(r, out.type);
            case field::status: return read_value(r, out.status);
            case field::ended_reason: return read_value(r, out.ended_reason);
            case field::ended_message: return read_value(r, out.ended_message);
            case field::created_at: return read_value(r, out.created_at);
            case field::updated_at: return read_value(r, out.updated_at);
            case field::started_at: return read_value(r, out.started_at);
            case field::ended_at: return read_value(r, out.ended_at);
            case field::cost: return read_value(r, out.cost);
            case field::cost_breakdown: return read_value(r, out.cost_breakdown);
            case field::costs: return read_value(r, out.costs);
            case field::phone_call_provider: return read_value(r, out.phone_call_provider);
            case field::phone_call_transport: return read_value(r, out.phone_call_transport);
            case field::phone_call_provider_id: return read_value(r, out.phone_call_provider_id);
            case field::assistant_id: return read_value(r, out.assistant_id);
            case field::assistant: return read_value(r, out.assistant);
            case field::squad_id: return read_value(r, out.squad_id);
            case field::workflow_id: return read_value(r, out.workflow_id);
            case field::phone_number_id: return read_value(r, out.phone_number_id);
            case field::phone_number: return read_value(r, out.phone_number);
            case field::customer_id: return read_value(r, out.customer_id);
            case field::customer: return read_value(r, out.customer);
            case field::destination: return read_value(r, out.destination);
            case field::campaign_id: return read_value(r, out.campaign_id);
            case field::messages: return read_value(r, out.messages);
            case field::artifact: return read_value(r, out.artifact);
            case field::analysis: return read_value(r, out.analysis);
            case field::timestamp: return read_value(r, out.timestamp);
            default: return false;
        }
    });
}

}  // namespace callmap::json

namespace callmap::vapi {

namespace mapping_tables {
inline constexpr ::callmap::table_entry<::callmap::direction> direction[] = {
    {"inboundPhoneCall", ::callmap::direction::inbound},
    {"outboundPhoneCall", ::callmap::direction::outbound},
    {"webCall", ::callmap::direction::unknown},
    {"vapi.websocketCall", ::callmap::direction::unknown},
};
inline constexpr ::callmap::table_entry<::callmap::channel> channel[] = {
    {"sip", ::callmap::channel::sip},
    {"pstn", ::callmap::channel::pstn},
};
inline constexpr ::callmap::table_entry<::callmap::channel> channel_2[] = {
    {"webCall", ::callmap::channel::web},
    {"vapi.websocketCall", ::callmap::channel::web},
    {"inboundPhoneCall", ::callmap::channel::pstn},
    {"outboundPhoneCall", ::callmap::channel::pstn},
};
inline constexpr ::callmap::table_entry<::callmap::end_reason> shared_vapi_ended_reasons[] = {
    {"call.ringing.sip-inbound-caller-hungup-before-call-connect",
     ::callmap::end_reason::customer_hangup},
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
inline constexpr ::callmap::table_entry<::callmap::call_status> status[] = {
    {"scheduled", ::callmap::call_status::scheduled},
    {"queued", ::callmap::call_status::queued},
    {"ringing", ::callmap::call_status::ringing},
    {"in-progress", ::callmap::call_status::in_progress},
    {"forwarding", ::callmap::call_status::in_progress},
    {"ended", ::callmap::call_status::completed},
    {"not-found", ::callmap::call_status::unknown},
    {"deletion-failed", ::callmap::call_status::unknown},
};
inline constexpr ::callmap::table_entry<::callmap::turn_role> transcript_turns_role[] = {
    {"bot", ::callmap::turn_role::agent},
    {"assistant", ::callmap::turn_role::agent},
    {"user", ::callmap::turn_role::user},
    {"system", ::callmap::turn_role::system},
    {"tool_calls", ::callmap::turn_role::tool},
    {"tool_call_result", ::callmap::turn_role::tool},
};
}  // namespace mapping_tables

CALLMAP_PROVIDER_INLINE ::callmap::result<::callmap::call> to_call(
    const call& in, ::callmap::arena& memory) {
    ::callmap::mapping_context ctx(memory);
    ::callmap::result<::callmap::call> answer(std::in_place);  // mapped in place
    ::callmap::call& out = *answer;
    out.provider = "vapi";
    out.id = in.id;
    if (in.type) {
        out.direction =
            ::callmap::lookup_or_warn(ctx, mapping_tables::direction, ::callmap::text_of(*in.type),
                                      ::callmap::direction::unknown, "unmapped direction value");
    }
    if (in.phone_call_transport) {
        out.channel =
            ::callmap::lookup_or_warn(ctx, mapping_tables::channel, *in.phone_call_transport,
                                      ::callmap::channel::unknown, "unmapped channel value");
    } else if (in.type) {
        out.channel =
            ::callmap::lookup_or_warn(ctx, mapping_tables::channel_2, ::callmap::text_of(*in.type),
                                      ::callmap::channel::unknown, "unmapped channel value");
    }
    if (in.type && ::callmap::matches_any(::callmap::text_of(*in.type), {"outboundPhoneCall"}) &&
        in.phone_number && in.phone_number->number) {
        ::callmap::set_party(out.from, *in.phone_number->number);
    } else if (in.type &&
               ::callmap::matches_any(::callmap::text_of(*in.type), {"outboundPhoneCall"}) &&
               in.phone_number_id) {
        ::callmap::set_party(out.from, *in.phone_number_id);
    } else if (!(in.type &&
                 ::callmap::matches_any(::callmap::text_of(*in.type), {"outboundPhoneCall"})) &&
               in.customer && in.customer->number) {
        ::callmap::set_party(out.from, *in.customer->number);
    } else if (!(in.type &&
                 ::callmap::matches_any(::callmap::text_of(*in.type), {"outboundPhoneCall"})) &&
               in.customer && in.customer->sip_uri) {
        ::callmap::set_party(out.from, *in.customer->sip_uri);
    }
    if (in.type && ::callmap::matches_any(::callmap::text_of(*in.type), {"outboundPhoneCall"}) &&
        in.customer && in.customer->number) {
        ::callmap::set_party(out.to, *in.customer->number);
    } else if (in.type &&
               ::callmap::matches_any(::callmap::text_of(*in.type), {"outboundPhoneCall"}) &&
               in.customer && in.customer->sip_uri) {
        ::callmap::set_party(out.to, *in.customer->sip_uri);
    } else if (!(in.type &&
                 ::callmap::matches_any(::callmap::text_of(*in.type), {"outboundPhoneCall"})) &&
               in.phone_number && in.phone_number->number) {
        ::callmap::set_party(out.to, *in.phone_number->number);
    } else if (!(in.type &&
                 ::callmap::matches_any(::callmap::text_of(*in.type), {"outboundPhoneCall"})) &&
               in.phone_number_id) {
        ::callmap::set_party(out.to, *in.phone_number_id);
    }
    if (in.destination && in.destination->number) {
        ::callmap::set_party(out.transferred_to, *in.destination->number);
    } else if (in.destination && in.destination->sip_uri) {
        ::callmap::set_party(out.transferred_to, *in.destination->sip_uri);
    }
    if (in.ended_reason) {
        const std::string_view raw = *in.ended_reason;
        out.end_reason_raw = raw;
        out.end_reason =
            ::callmap::lookup_or_warn(ctx, mapping_tables::shared_vapi_ended_reasons, raw,
                                      ::callmap::end_reason::unknown, "unmapped end_reason value");
    }
    if (in.status) {
        const std::string_view raw = *in.status;
        out.status_raw = raw;
        out.status =
            ::callmap::lookup_or_warn(ctx, mapping_tables::status, raw,
                                      ::callmap::call_status::unknown, "unmapped status value");
        if (::callmap::matches_any(raw, {"ended"})) {
            out.status = ::callmap::refine_status(out.status, out.end_reason);
        }
    }
    if (in.created_at) {
        ::callmap::set_instant(ctx, *in.created_at, ::callmap::time_format::iso8601,
                               out.created_at);
    }
    if (in.started_at) {
        ::callmap::set_instant(ctx, *in.started_at, ::callmap::time_format::iso8601,
                               out.started_at);
    }
    if (in.ended_at) {
        ::callmap::set_instant(ctx, *in.ended_at, ::callmap::time_format::iso8601, out.ended_at);
    }
    if (in.timestamp &&
        ::callmap::set_instant(ctx, *in.timestamp, ::callmap::time_format::epoch_ms,
                               out.updated_at)) {
    } else if (in.updated_at) {
        ::callmap::set_instant(ctx, *in.updated_at, ::callmap::time_format::iso8601,
                               out.updated_at);
    }
    if (out.ended_at && out.started_at) {
        out.duration_ms = out.ended_at->epoch_ms - out.started_at->epoch_ms;
    }
    if (in.artifact && in.artifact->variable_values) out.variables = *in.artifact->variable_values;
    out.external_ids.entries = ::callmap::build_array<::callmap::map_entry<std::string_view>>(
        ctx, 4, [&](std::size_t id_index, auto& id) -> bool {
            switch (id_index) {
                case 0:
                    if (!in.org_id) return false;
                    id = {"org_id", *in.org_id};
                    return true;
                case 1:
                    if (!in.phone_call_provider_id) return false;
                    id = {"phone_call_provider_id", *in.phone_call_provider_id};
                    return true;
                case 2:
                    if (!in.campaign_id) return false;
                    id = {"campaign_id", *in.campaign_id};
                    return true;
                case 3:
                    if (!in.customer_id) return false;
                    id = {"customer_id", *in.customer_id};
                    return true;
                default: return false;
            }
        });
    {
        ::callmap::agent_info& agent = out.agent.emplace();
        bool agent_present = false;
        if (in.assistant_id) {
            agent.id = *in.assistant_id;
            agent_present = true;
        } else if (in.squad_id) {
            agent.id = *in.squad_id;
            agent_present = true;
        } else if (in.workflow_id) {
            agent.id = *in.workflow_id;
            agent_present = true;
        }
        if (in.assistant && in.assistant->name) {
            agent.name = *in.assistant->name;
            agent_present = true;
        }
        agent.kind = ::callmap::agent_kind::ai;
        if (!agent_present) out.agent.reset();
    }
    {
        ::callmap::cost& cost = out.cost.emplace();
        bool cost_present = false;
        if (in.cost &&
            ::callmap::set_if(::callmap::money_micros(ctx, *in.cost, ::callmap::money_unit::major),
                              cost.amount_micros)) {
            cost_present = true;
        }
        cost.currency = "USD";
        if (in.costs) {
            const auto& costs = *in.costs;
            cost.components = ::callmap::build_array<::callmap::cost_component>(
                ctx, costs.size(),
                    [&](std::size_t cost_component_index, auto& cost_component) -> bool {
                    const auto& wire_cost_component = costs[cost_component_index];
                    cost_component.name = wire_cost_component.type;
                    if (wire_cost_component.cost) {
                        ::callmap::set_if(::callmap::money_micros(ctx, *wire_cost_component.cost,
                                                                  ::callmap::money_unit::major),
                                          cost_component.amount_micros);
                    }
                    return true;
                });
        }
        if (cost_present && cost.currency_assumed) ctx.warn("currency assumed 'USD'");
        if (!cost_present) out.cost.reset();
    }
    out.recordings = ::callmap::build_array<::callmap::recording>(
        ctx, 2, [&](std::size_t recording_index, auto& recording) -> bool {
            switch (recording_index) {
                case 0: {
                    if (!(in.artifact && in.artifact->recording_url)) return false;
                    recording.url = *in.artifact->recording_url;
                    recording.kind = ::callmap::recording_kind::mixed;
                    return true;
                }
                case 1: {
                    if (!(in.artifact && in.artifact->stereo_recording_url)) return false;
                    recording.url = *in.artifact->stereo_recording_url;
                    recording.kind = ::callmap::recording_kind::multichannel;
                    return true;
                }
                default: return false;
            }
        });
    {
        ::callmap::transcript& transcript = out.transcript.emplace();
        bool transcript_present = false;
        if (in.artifact && in.artifact->transcript) {
            transcript.text = *in.artifact->transcript;
            transcript_present = true;
        }
        if (in.artifact && in.artifact->messages) {
            const auto& messages = *in.artifact->messages;
            transcript.turns = ::callmap::build_array<::callmap::turn>(
                ctx, messages.size(), [&](std::size_t turn_index, auto& turn) -> bool {
                    const auto& wire_turn = messages[turn_index];
                    turn.role =
                        ::callmap::lookup_or_warn(ctx, mapping_tables::transcript_turns_role,
                                                  wire_turn.role, ::callmap::turn_role::other,
                                                  "unmapped role value");
                    if (wire_turn.message) turn.text = *wire_turn.message;
                    if (wire_turn.time) {
                        ::callmap::set_instant(ctx, *wire_turn.time,
                                               ::callmap::time_format::epoch_ms, turn.at);
                    }
                    if (wire_turn.seconds_from_start) {
                        ::callmap::set_if(::callmap::scaled_integer(*wire_turn.seconds_from_start,
                                                                    1000), turn.start_ms);
                    }
                    if (wire_turn.end_time && out.started_at) {
                        ::callmap::set_if(::callmap::ms_since(*out.started_at,
                            ::callmap::scaled_integer(*wire_turn.end_time, 1)), turn.end_ms);
                    }
                    return true;
                });
        }
        transcript_present = transcript_present || !transcript.turns.empty();
        if (!transcript_present) out.transcript.reset();
    }
    if (out.id.empty()) ctx.warn("no call id in the payload");
    ctx.finish_into(answer);
    return answer;
}

CALLMAP_PROVIDER_INLINE ::callmap::result<::callmap::call> normalize(
    std::string_view payload, ::callmap::arena& memory,
    const ::callmap::parse_options& options) {
    return ::callmap::normalize_as<call, &to_call>(payload, memory, options);
}

}  // namespace callmap::vapi

namespace callmap::vapi {

CALLMAP_PROVIDER_INLINE ::callmap::result<::callmap::page> read_get(
    std::string_view payload, ::callmap::arena& memory,
    const ::callmap::parse_options& options) {
    return ::callmap::read_shape<call, &to_call>(
        payload, memory, options, layouts::get);
}

CALLMAP_PROVIDER_INLINE ::callmap::result<::callmap::page> read_list(
    std::string_view payload, ::callmap::arena& memory,
    const ::callmap::parse_options& options) {
    return ::callmap::read_shape<call, &to_call>(
        payload, memory, options, layouts::list);
}

CALLMAP_PROVIDER_INLINE ::callmap::result<::callmap::page> read_server_message(
    std::string_view payload, ::callmap::arena& memory,
    const ::callmap::parse_options& options) {
    return ::callmap::read_shape<call, &to_call>(
        payload, memory, options, layouts::server_message, layouts::server_message_fields);
}

}  // namespace callmap::vapi

#endif  // !CALLMAP_SEPARATE_COMPILATION || CALLMAP_SOURCE
