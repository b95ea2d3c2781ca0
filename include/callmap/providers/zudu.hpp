// generated from schemas/zudu.yaml by callmap-gen -- do not edit.
// Zudu AI voice agents — get call by id
// https://docs.zudu.ai/api-reference/calls/get-calls-call-id
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
#error "zudu.hpp was generated for another callmap runtime; regenerate it"
#endif

namespace callmap::zudu {

enum class call_status : std::uint8_t {
    REGISTERED,
    ONGOING,
    ENDED,
    ERROR_,
    SCHEDULED,
};
BOOST_DESCRIBE_ENUM(call_status, REGISTERED, ONGOING, ENDED, ERROR_, SCHEDULED)

enum class call_type : std::uint8_t {
    PHONE_CALL,
    WEB_CALL,
};
BOOST_DESCRIBE_ENUM(call_type, PHONE_CALL, WEB_CALL)

enum class direction : std::uint8_t {
    INBOUND,
    OUTBOUND,
};
BOOST_DESCRIBE_ENUM(direction, INBOUND, OUTBOUND)

struct event {
    std::optional<std::int64_t> timestamp{};
    std::string_view event{};
    std::optional<std::int64_t> session_time{};
    std::optional<::callmap::raw_json> data{};
};
BOOST_DESCRIBE_STRUCT(event, (), (
    timestamp,
    event,
    session_time,
    data))

struct word {
    std::string_view word{};
    std::int64_t start{};
    std::int64_t end{};
};
BOOST_DESCRIBE_STRUCT(word, (), (
    word,
    start,
    end))

struct turn {
    std::string_view role{};
    std::string_view content{};
    std::optional<std::int64_t> timestamp{};
    std::optional<std::span<const ::callmap::zudu::word>> words{};
};
BOOST_DESCRIBE_STRUCT(turn, (), (
    role,
    content,
    timestamp,
    words))

struct latency_stage {
    std::optional<double> min{};
    std::optional<double> max{};
    std::optional<std::int64_t> num{};
    std::optional<double> p50{};
    std::optional<double> p90{};
    std::optional<double> p95{};
    std::optional<double> p99{};
    std::optional<std::span<const double>> values{};
};
BOOST_DESCRIBE_STRUCT(latency_stage, (), (
    min,
    max,
    num,
    p50,
    p90,
    p95,
    p99,
    values))

struct product_cost {
    std::string_view product{};
    ::callmap::decimal cost{};
    std::optional<::callmap::decimal> unit_price{};
};
BOOST_DESCRIBE_STRUCT(product_cost, (), (
    product,
    cost,
    unit_price))

struct call_cost {
    std::optional<::callmap::decimal> combined_cost{};
    std::optional<std::span<const ::callmap::zudu::product_cost>> product_costs{};
    std::optional<::callmap::decimal> total_duration_seconds{};
    std::optional<::callmap::decimal> total_duration_unit_price{};
    std::optional<::callmap::decimal> total_one_time_price{};
};
BOOST_DESCRIBE_STRUCT(call_cost, (), (
    combined_cost,
    product_costs,
    total_duration_seconds,
    total_duration_unit_price,
    total_one_time_price))

struct telephony_identifier {
    std::optional<std::string_view> call_sid{};
    std::optional<std::string_view> conference_sid{};
};
BOOST_DESCRIBE_STRUCT(telephony_identifier, (), (
    call_sid,
    conference_sid))

struct call {
    std::optional<std::string_view> id{};
    std::optional<std::string_view> agent_id{};
    std::string_view call_id{};
    std::optional<std::string_view> organization_id{};
    ::callmap::open_enum<::callmap::zudu::call_status> call_status{};
    std::optional<::callmap::open_enum<::callmap::zudu::call_type>> call_type{};
    std::optional<::callmap::open_enum<::callmap::zudu::direction>> direction{};
    std::optional<std::string_view> from_number{};
    std::optional<std::string_view> to_number{};
    std::optional<std::int64_t> created_at{};
    std::optional<std::int64_t> updated_at{};
    std::optional<std::int64_t> start_timestamp{};
    std::optional<std::int64_t> end_timestamp{};
    std::optional<std::int64_t> call_duration{};
    std::optional<std::string_view> disconnection_reason{};
    std::optional<std::string_view> recording_url{};
    std::optional<std::string_view> public_log_url{};
    std::optional<bool> opt_out_sensitive_data_storage{};
    std::optional<::callmap::raw_json> metadata{};
    std::optional<std::span<const ::callmap::zudu::event>> events{};
    std::optional<std::string_view> transcript{};
    std::optional<std::span<const ::callmap::zudu::turn>> transcript_object{};
    std::optional<::callmap::raw_json> transcript_with_tool_calls{};
    std::optional<::callmap::map<::callmap::zudu::latency_stage>> latency{};
    std::optional<::callmap::raw_json> call_analysis{};
    std::optional<::callmap::zudu::call_cost> call_cost{};
    std::optional<::callmap::zudu::telephony_identifier> telephony_identifier{};
};
BOOST_DESCRIBE_STRUCT(call, (), (
    id,
    agent_id,
    call_id,
    organization_id,
    call_status,
    call_type,
    direction,
    from_number,
    to_number,
    created_at,
    updated_at,
    start_timestamp,
    end_timestamp,
    call_duration,
    disconnection_reason,
    recording_url,
    public_log_url,
    opt_out_sensitive_data_storage,
    metadata,
    events,
    transcript,
    transcript_object,
    transcript_with_tool_calls,
    latency,
    call_analysis,
    call_cost,
    telephony_identifier))

struct envelope {
    std::optional<std::string_view> message{};
    std::string_view status{};
    std::optional<std::string_view> error{};
    std::optional<::callmap::zudu::call> data{};
};
BOOST_DESCRIBE_STRUCT(envelope, (), (
    message,
    status,
    error,
    data))

}  // namespace callmap::zudu

namespace callmap {

template <>
struct enum_spelling<::callmap::zudu::call_status> {
    static constexpr std::array<std::string_view, 5> values{"REGISTERED", "ONGOING", "ENDED",
                                                            "ERROR", "SCHEDULED"};
    static constexpr bool case_insensitive = true;
};

template <>
struct enum_spelling<::callmap::zudu::call_type> {
    static constexpr std::array<std::string_view, 2> values{"PHONE_CALL", "WEB_CALL"};
    static constexpr bool case_insensitive = true;
};

template <>
struct enum_spelling<::callmap::zudu::direction> {
    static constexpr std::array<std::string_view, 2> values{"INBOUND", "OUTBOUND"};
    static constexpr bool case_insensitive = true;
};

}  // namespace callmap

namespace callmap::json {

template <>
struct value_parser<::callmap::zudu::event> {
    struct field {
        enum : int {
            timestamp,
            event,
            session_time,
            data,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "timestamp",
        "event",
        "session_time",
        "data",
    });
    static constexpr auto required = required_fields<keys.size()>({field::event});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 4: return key == "data" ? field::data : -1;
            case 5: return key == "event" ? field::event : -1;
            case 9: return key == "timestamp" ? field::timestamp : -1;
            case 12: return key == "session_time" ? field::session_time : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::zudu::event& out);
};

template <>
struct value_parser<::callmap::zudu::word> {
    struct field {
        enum : int {
            word,
            start,
            end,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "word",
        "start",
        "end",
    });
    static constexpr auto required =
        required_fields<keys.size()>({field::word, field::start, field::end});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 3: return key == "end" ? field::end : -1;
            case 4: return key == "word" ? field::word : -1;
            case 5: return key == "start" ? field::start : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::zudu::word& out);
};

template <>
struct value_parser<::callmap::zudu::turn> {
    struct field {
        enum : int {
            role,
            content,
            timestamp,
            words,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "role",
        "content",
        "timestamp",
        "words",
    });
    static constexpr auto required = required_fields<keys.size()>({field::role, field::content});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 4: return key == "role" ? field::role : -1;
            case 5: return key == "words" ? field::words : -1;
            case 7: return key == "content" ? field::content : -1;
            case 9: return key == "timestamp" ? field::timestamp : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::zudu::turn& out);
};

template <>
struct value_parser<::callmap::zudu::latency_stage> {
    struct field {
        enum : int {
            min,
            max,
            num,
            p50,
            p90,
            p95,
            p99,
            values,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "min",
        "max",
        "num",
        "p50",
        "p90",
        "p95",
        "p99",
        "values",
    });
    static constexpr auto required = required_fields<keys.size()>({});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 3:
                if (key == "min") return field::min;
                if (key == "max") return field::max;
                if (key == "num") return field::num;
                if (key == "p50") return field::p50;
                if (key == "p90") return field::p90;
                if (key == "p95") return field::p95;
                if (key == "p99") return field::p99;
                return -1;
            case 6: return key == "values" ? field::values : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::zudu::latency_stage& out);
};

template <>
struct value_parser<::callmap::zudu::product_cost> {
    struct field {
        enum : int {
            product,
            cost,
            unit_price,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "product",
        "cost",
        "unit_price",
    });
    static constexpr auto required = required_fields<keys.size()>({field::product, field::cost});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 4: return key == "cost" ? field::cost : -1;
            case 7: return key == "product" ? field::product : -1;
            case 10: return key == "unit_price" ? field::unit_price : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::zudu::product_cost& out);
};

template <>
struct value_parser<::callmap::zudu::call_cost> {
    struct field {
        enum : int {
            combined_cost,
            product_costs,
            total_duration_seconds,
            total_duration_unit_price,
            total_one_time_price,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "combined_cost",
        "product_costs",
        "total_duration_seconds",
        "total_duration_unit_price",
        "total_one_time_price",
    });
    static constexpr auto required = required_fields<keys.size()>({});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 13:
                switch (key[0]) {
                    case 'c': return key == "combined_cost" ? field::combined_cost : -1;
                    case 'p': return key == "product_costs" ? field::product_costs : -1;
                    default: return -1;
                }
            case 20: return key == "total_one_time_price" ? field::total_one_time_price : -1;
            case 22: return key == "total_duration_seconds" ? field::total_duration_seconds : -1;
            case 25:
                return key == "total_duration_unit_price" ? field::total_duration_unit_price : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::zudu::call_cost& out);
};

template <>
struct value_parser<::callmap::zudu::telephony_identifier> {
    struct field {
        enum : int {
            call_sid,
            conference_sid,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "call_sid",
        "conference_sid",
    });
    static constexpr auto required = required_fields<keys.size()>({});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 8: return key == "call_sid" ? field::call_sid : -1;
            case 14: return key == "conference_sid" ? field::conference_sid : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::zudu::telephony_identifier& out);
};

template <>
struct value_parser<::callmap::zudu::call> {
    struct field {
        enum : int {
            id,
            agent_id,
            call_id,
            organization_id,
            call_status,
            call_type,
            direction,
            from_number,
            to_number,
            created_at,
            updated_at,
            start_timestamp,
            end_timestamp,
            call_duration,
            disconnection_reason,
            recording_url,
            public_log_url,
            opt_out_sensitive_data_storage,
            metadata,
            events,
            transcript,
            transcript_object,
            transcript_with_tool_calls,
            latency,
            call_analysis,
            call_cost,
            telephony_identifier,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "id",
        "agent_id",
        "call_id",
        "organization_id",
        "call_status",
        "call_type",
        "direction",
        "from_number",
        "to_number",
        "created_at",
        "updated_at",
        "start_timestamp",
        "end_timestamp",
        "call_duration",
        "disconnection_reason",
        "recording_url",
        "public_log_url",
        "opt_out_sensitive_data_storage",
        "metadata",
        "events",
        "transcript",
        "transcript_object",
        "transcript_with_tool_calls",
        "latency",
        "call_analysis",
        "call_cost",
        "telephony_identifier",
    });
    static constexpr auto required =
        required_fields<keys.size()>({field::call_id, field::call_status});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 2: return key == "id" ? field::id : -1;
            case 6: return key == "events" ? field::events : -1;
            case 7:
                switch (key[0]) {
                    case 'c': return key == "call_id" ? field::call_id : -1;
                    case 'l': return key == "latency" ? field::latency : -1;
                    default: return -1;
                }
            case 8:
                switch (key[0]) {
                    case 'a': return key == "agent_id" ? field::agent_id : -1;
                    case 'm': return key == "metadata" ? field::metadata : -1;
                    default: return -1;
                }
            case 9:
                switch (key[6]) {
                    case 'y': return key == "call_type" ? field::call_type : -1;
                    case 'i': return key == "direction" ? field::direction : -1;
                    case 'b': return key == "to_number" ? field::to_number : -1;
                    case 'o': return key == "call_cost" ? field::call_cost : -1;
                    default: return -1;
                }
            case 10:
                switch (key[0]) {
                    case 'c': return key == "created_at" ? field::created_at : -1;
                    case 'u': return key == "updated_at" ? field::updated_at : -1;
                    case 't': return key == "transcript" ? field::transcript : -1;
                    default: return -1;
                }
            case 11:
                switch (key[0]) {
                    case 'c': return key == "call_status" ? field::call_status : -1;
                    case 'f': return key == "from_number" ? field::from_number : -1;
                    default: return -1;
                }
            case 13:
                switch (key[6]) {
                    case 'm': return key == "end_timestamp" ? field::end_timestamp : -1;
                    case 'u': return key == "call_duration" ? field::call_duration : -1;
                    case 'i': return key == "recording_url" ? field::recording_url : -1;
                    case 'n': return key == "call_analysis" ? field::call_analysis : -1;
                    default: return -1;
                }
            case 14: return key == "public_log_url" ? field::public_log_url : -1;
            case 15:
                switch (key[0]) {
                    case 'o': return key == "organization_id" ? field::organization_id : -1;
                    case 's': return key == "start_timestamp" ? field::start_timestamp : -1;
                    default: return -1;
                }
            case 17: return key == "transcript_object" ? field::transcript_object : -1;
            case 20:
                switch (key[0]) {
                    case 'd':
                        return key == "disconnection_reason" ? field::disconnection_reason : -1;
                    case 't':
                        return key == "telephony_identifier" ? field::telephony_identifier : -1;
                    default: return -1;
                }
            case 26:
                return key == "transcript_with_tool_calls" ? field::transcript_with_tool_calls : -1;
            case 30:
                return key == "opt_out_sensitive_data_storage" ?
                    field::opt_out_sensitive_data_storage : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::zudu::call& out);
};

template <>
struct value_parser<::callmap::zudu::envelope> {
    struct field {
        enum : int {
            message,
            status,
            error,
            data,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "message",
        "status",
        "error",
        "data",
    });
    static constexpr auto required = required_fields<keys.size()>({field::status});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 4: return key == "data" ? field::data : -1;
            case 5: return key == "error" ? field::error : -1;
            case 6: return key == "status" ? field::status : -1;
            case 7: return key == "message" ? field::message : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::zudu::envelope& out);
};

}  // namespace callmap::json

namespace callmap::zudu::shape {

inline constexpr auto event_fields = std::to_array<::callmap::drift::field_shape>({
    {"timestamp", 2, 0, false, true, -1, {}, false},
    {"event", 1, 0, false, false, -1, {}, false},
    {"session_time", 2, 0, false, true, -1, {}, false},
    {"data", 31, 0, false, true, -1, {}, false},
});
inline constexpr auto word_fields = std::to_array<::callmap::drift::field_shape>({
    {"word", 1, 0, false, false, -1, {}, false},
    {"start", 2, 0, false, false, -1, {}, false},
    {"end", 2, 0, false, false, -1, {}, false},
});
inline constexpr auto turn_fields = std::to_array<::callmap::drift::field_shape>({
    {"role", 1, 0, false, false, -1, {}, false},
    {"content", 1, 0, false, false, -1, {}, false},
    {"timestamp", 2, 0, false, true, -1, {}, false},
    {"words", 8, 1, false, true, 1, {}, false},
});
inline constexpr auto latency_stage_fields = std::to_array<::callmap::drift::field_shape>({
    {"min", 2, 0, false, true, -1, {}, false},
    {"max", 2, 0, false, true, -1, {}, false},
    {"num", 2, 0, false, true, -1, {}, false},
    {"p50", 2, 0, false, true, -1, {}, false},
    {"p90", 2, 0, false, true, -1, {}, false},
    {"p95", 2, 0, false, true, -1, {}, false},
    {"p99", 2, 0, false, true, -1, {}, false},
    {"values", 2, 1, false, true, -1, {}, false},
});
inline constexpr auto product_cost_fields = std::to_array<::callmap::drift::field_shape>({
    {"product", 1, 0, false, false, -1, {}, false},
    {"cost", 3, 0, false, false, -1, {}, false},
    {"unit_price", 3, 0, false, true, -1, {}, false},
});
inline constexpr auto call_cost_fields = std::to_array<::callmap::drift::field_shape>({
    {"combined_cost", 3, 0, false, true, -1, {}, false},
    {"product_costs", 8, 1, false, true, 4, {}, false},
    {"total_duration_seconds", 3, 0, false, true, -1, {}, false},
    {"total_duration_unit_price", 3, 0, false, true, -1, {}, false},
    {"total_one_time_price", 3, 0, false, true, -1, {}, false},
});
inline constexpr auto telephony_identifier_fields = std::to_array<::callmap::drift::field_shape>({
    {"call_sid", 1, 0, false, true, -1, {}, false},
    {"conference_sid", 1, 0, false, true, -1, {}, false},
});
inline constexpr auto call_fields = std::to_array<::callmap::drift::field_shape>({
    {"id", 1, 0, false, true, -1, {}, false},
    {"agent_id", 1, 0, false, true, -1, {}, false},
    {"call_id", 1, 0, false, false, -1, {}, false},
    {"organization_id", 1, 0, false, true, -1, {}, false},
    {"call_status", 1, 0, false, false, -1,
     ::callmap::enum_spelling<::callmap::zudu::call_status>::values,
     ::callmap::enum_spelling<::callmap::zudu::call_status>::case_insensitive},
    {"call_type", 1, 0, false, true, -1,
     ::callmap::enum_spelling<::callmap::zudu::call_type>::values,
     ::callmap::enum_spelling<::callmap::zudu::call_type>::case_insensitive},
    {"direction", 1, 0, false, true, -1,
     ::callmap::enum_spelling<::callmap::zudu::direction>::values,
     ::callmap::enum_spelling<::callmap::zudu::direction>::case_insensitive},
    {"from_number", 1, 0, false, true, -1, {}, false},
    {"to_number", 1, 0, false, true, -1, {}, false},
    {"created_at", 2, 0, false, true, -1, {}, false},
    {"updated_at", 2, 0, false, true, -1, {}, false},
    {"start_timestamp", 2, 0, false, true, -1, {}, false},
    {"end_timestamp", 2, 0, false, true, -1, {}, false},
    {"call_duration", 2, 0, false, true, -1, {}, false},
    {"disconnection_reason", 1, 0, false, true, -1, {}, false},
    {"recording_url", 1, 0, false, true, -1, {}, false},
    {"public_log_url", 1, 0, false, true, -1, {}, false},
    {"opt_out_sensitive_data_storage", 4, 0, false, true, -1, {}, false},
    {"metadata", 31, 0, false, true, -1, {}, false},
    {"events", 8, 1, false, true, 0, {}, false},
    {"transcript", 1, 0, false, true, -1, {}, false},
    {"transcript_object", 8, 1, false, true, 2, {}, false},
    {"transcript_with_tool_calls", 31, 0, false, true, -1, {}, false},
    {"latency", 8, 0, true, true, 3, {}, false},
    {"call_analysis", 31, 0, false, true, -1, {}, false},
    {"call_cost", 8, 0, false, true, 5, {}, false},
    {"telephony_identifier", 8, 0, false, true, 6, {}, false},
});
inline constexpr auto envelope_fields = std::to_array<::callmap::drift::field_shape>({
    {"message", 1, 0, false, true, -1, {}, false},
    {"status", 1, 0, false, false, -1, {}, false},
    {"error", 1, 0, false, true, -1, {}, false},
    {"data", 8, 0, false, true, 7, {}, false},
});
inline constexpr std::array<::callmap::drift::object_shape, 9> objects{{
    {"event", event_fields},
    {"word", word_fields},
    {"turn", turn_fields},
    {"latency_stage", latency_stage_fields},
    {"product_cost", product_cost_fields},
    {"call_cost", call_cost_fields},
    {"telephony_identifier", telephony_identifier_fields},
    {"call", call_fields},
    {"envelope", envelope_fields},
}};
inline constexpr int root = 8;

}  // namespace callmap::zudu::shape

namespace callmap::zudu {

/// Maps a parsed zudu payload onto the canonical call record. The result holds views
/// into the payload and into `memory`. A provider error answer is an error result.
::callmap::result<::callmap::call> to_call(const envelope& in, ::callmap::arena& memory);

}  // namespace callmap::zudu

namespace callmap::zudu {

/// The top-level keys that every zudu payload has (auto-detection).
inline constexpr auto detect_keys = std::to_array<std::string_view>({
    "message",
    "status",
    "error",
});

/// Parses a zudu payload and maps it onto the canonical call record (what the
/// registry entry calls). LIFETIME: the call holds views into `payload` and `memory`.
::callmap::result<::callmap::call> normalize(std::string_view payload, ::callmap::arena& memory,
                                             const ::callmap::parse_options& options = {});

/// This provider in a registry (callmap/normalize.hpp): on its own, or with the
/// built-in ones through callmap::with_builtin (callmap/builtin.hpp).
inline constexpr ::callmap::provider_entry provider{
    "zudu",
    "Zudu AI voice agents — get call by id",
    "https://docs.zudu.ai/api-reference/calls/get-calls-call-id",
    detect_keys,
    &normalize,
    shape::objects,
    shape::root};

}  // namespace callmap::zudu

// The parsers and the mapping: inline in every translation unit (header-only, the
// default), or compiled once, in the translation unit that defines CALLMAP_SOURCE
// before it includes this header, when the program defines
// CALLMAP_SEPARATE_COMPILATION (callmap/config.hpp).
#if !defined(CALLMAP_SEPARATE_COMPILATION) || defined(CALLMAP_SOURCE)

namespace callmap::json {

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::zudu::event>::parse(
    reader& r, ::callmap::zudu::event& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::timestamp: return read_value(r, out.timestamp);
            case field::event: return read_value(r, out.event);
            case field::session_time: return read_value(r, out.session_time);
            case field::data: return read_value(r, out.data);
            default: return false;
        }
    });
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::zudu::word>::parse(
    reader& r, ::callmap::zudu::word& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::word: return read_value(r, out.word);
            case field::start: return read_value(r, out.start);
            case field::end: return read_value(r, out.end);
            default: return false;
        }
    });
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::zudu::turn>::parse(
    reader& r, ::callmap::zudu::turn& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::role: return read_value(r, out.role);
            case field::content: return read_value(r, out.content);
            case field::timestamp: return read_value(r, out.timestamp);
            case field::words: return read_value(r, out.words);
            default: return false;
        }
    });
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::zudu::latency_stage>::parse(
    reader& r, ::callmap::zudu::latency_stage& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::min: return read_value(r, out.min);
            case field::max: return read_value(r, out.max);
            case field::num: return read_value(r, out.num);
            case field::p50: return read_value(r, out.p50);
            case field::p90: return read_value(r, out.p90);
            case field::p95: return read_value(r, out.p95);
            case field::p99: return read_value(r, out.p99);
            case field::values: return read_value(r, out.values);
            default: return false;
        }
    });
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::zudu::product_cost>::parse(
    reader& r, ::callmap::zudu::product_cost& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::product: return read_value(r, out.product);
            case field::cost: return read_value(r, out.cost);
            case field::unit_price: return read_value(r, out.unit_price);
            default: return false;
        }
    });
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::zudu::call_cost>::parse(
    reader& r, ::callmap::zudu::call_cost& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::combined_cost: return read_value(r, out.combined_cost);
            case field::product_costs: return read_value(r, out.product_costs);
            case field::total_duration_seconds: return read_value(r, out.total_duration_seconds);
            case field::total_duration_unit_price: return read_value(r,
                                                                     out.total_duration_unit_price);
            case field::total_one_time_price: return read_value(r, out.total_one_time_price);
            default: return false;
        }
    });
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::zudu::telephony_identifier>::parse(
    reader& r, ::callmap::zudu::telephony_identifier& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::call_sid: return read_value(r, out.call_sid);
            case field::conference_sid: return read_value(r, out.conference_sid);
            default: return false;
        }
    });
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::zudu::call>::parse(
    reader& r, ::callmap::zudu::call& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::id: return read_value(r, out.id);
            case field::agent_id: return read_value(r, out.agent_id);
            case field::call_id: return read_value(r, out.call_id);
            case field::organization_id: return read_value(r, out.organization_id);
            case field::call_status: return read_value(r, out.call_status);
            case field::call_type: return read_value(r, out.call_type);
            case field::direction: return read_value(r, out.direction);
            case field::from_number: return read_value(r, out.from_number);
            case field::to_number: return read_value(r, out.to_number);
            case field::created_at: return read_value(r, out.created_at);
            case field::updated_at: return read_value(r, out.updated_at);
            case field::start_timestamp: return read_value(r, out.start_timestamp);
            case field::end_timestamp: return read_value(r, out.end_timestamp);
            case field::call_duration: return read_value(r, out.call_duration);
            case field::disconnection_reason: return read_value(r, out.disconnection_reason);
            case field::recording_url: return read_value(r, out.recording_url);
            case field::public_log_url: return read_value(r, out.public_log_url);
            case field::opt_out_sensitive_data_storage: return read_value(r,
                out.opt_out_sensitive_data_storage);
            case field::metadata: return read_value(r, out.metadata);
            case field::events: return read_value(r, out.events);
            case field::transcript: return read_value(r, out.transcript);
            case field::transcript_object: return read_value(r, out.transcript_object);
            case field::transcript_with_tool_calls: return read_value(r,
                out.transcript_with_tool_calls);
            case field::latency: return read_value(r, out.latency);
            case field::call_analysis: return read_value(r, out.call_analysis);
            case field::call_cost: return read_value(r, out.call_cost);
            case field::telephony_identifier: return read_value(r, out.telephony_identifier);
            default: return false;
        }
    });
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::zudu::envelope>::parse(
    reader& r, ::callmap::zudu::envelope& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::message: return read_value(r, out.message);
            case field::status: return read_value(r, out.status);
            case field::error: return read_value(r, out.error);
            case field::data: return read_value(r, out.data);
            default: return false;
        }
    });
}

}  // namespace callmap::json

namespace callmap::zudu {

namespace mapping_tables {
inline constexpr ::callmap::table_entry<::callmap::direction> direction[] = {
    {"INBOUND", ::callmap::direction::inbound},
    {"OUTBOUND", ::callmap::direction::outbound},
};
inline constexpr ::callmap::table_entry<::callmap::channel> channel[] = {
    {"PHONE_CALL", ::callmap::channel::pstn},
    {"WEB_CALL", ::callmap::channel::web},
};
inline constexpr ::callmap::table_entry<::callmap::end_reason> shared_retell_end_reasons[] = {
    {"user_hangup", ::callmap::end_reason::customer_hangup},
    {"agent_hangup", ::callmap::end_reason::agent_hangup},
    {"call_transfer", ::callmap::end_reason::transferred},
    {"transfer_bridged", ::callmap::end_reason::transferred},
    {"transfer_cancelled", ::callmap::end_reason::transferred},
    {"call_take_over", ::callmap::end_reason::transferred},
    {"voicemail_reached", ::callmap::end_reason::voicemail},
    {"machine_detected", ::callmap::end_reason::voicemail},
    {"ivr_reached", ::callmap::end_reason::voicemail},
    {"inactivity", ::callmap::end_reason::inactivity},
    {"max_duration_reached", ::callmap::end_reason::max_duration},
    {"concurrency_limit_reached", ::callmap::end_reason::platform_error},
    {"no_concurrency_fallback", ::callmap::end_reason::platform_error},
    {"no_valid_payment", ::callmap::end_reason::platform_error},
    {"scam_detected", ::callmap::end_reason::rejected},
    {"marked_as_spam", ::callmap::end_reason::rejected},
    {"dial_busy", ::callmap::end_reason::busy},
    {"dial_no_answer", ::callmap::end_reason::no_answer},
    {"user_declined", ::callmap::end_reason::rejected},
    {"dial_failed", ::callmap::end_reason::telephony_error},
    {"telephony_provider_permission_denied", ::callmap::end_reason::telephony_error},
    {"telephony_provider_unavailable", ::callmap::end_reason::telephony_error},
    {"sip_routing_error", ::callmap::end_reason::telephony_error},
    {"error_twilio", ::callmap::end_reason::telephony_error},
    {"invalid_destination", ::callmap::end_reason::invalid_destination},
    {"error_user_not_joined", ::callmap::end_reason::no_answer},
    {"registered_call_timeout", ::callmap::end_reason::no_answer},
    {"manual_stopped", ::callmap::end_reason::canceled},
    {"error_*", ::callmap::end_reason::platform_error},
};
inline constexpr ::callmap::table_entry<::callmap::call_status> status[] = {
    {"SCHEDULED", ::callmap::call_status::scheduled},
    {"REGISTERED", ::callmap::call_status::queued},
    {"ONGOING", ::callmap::call_status::in_progress},
    {"ENDED", ::callmap::call_status::completed},
    {"ERROR", ::callmap::call_status::failed},
};
inline constexpr ::callmap::table_entry<::callmap::turn_role> transcript_turns_role[] = {
    {"assistant", ::callmap::turn_role::agent},
    {"agent", ::callmap::turn_role::agent},
    {"user", ::callmap::turn_role::user},
    {"system", ::callmap::turn_role::system},
    {"tool*", ::callmap::turn_role::tool},
};
}  // namespace mapping_tables

CALLMAP_PROVIDER_INLINE ::callmap::result<::callmap::call> to_call(
    const envelope& in, ::callmap::arena& memory) {
    ::callmap::mapping_context ctx(memory);
    ::callmap::result<::callmap::call> answer(std::in_place);  // mapped in place
    ::callmap::call& out = *answer;
    out.provider = "zudu";
    if (::callmap::matches_any(in.status, {"error"})) {
        std::string_view message;
        if (message.empty() && in.error) message = *in.error;
        if (message.empty() && in.message) message = *in.message;
        answer = ::callmap::provider_error("zudu", message);
        return answer;
    }
    if (in.data) out.id = in.data->call_id;
    if (in.data && in.data->direction) {
        out.direction =
            ::callmap::lookup_or_warn(ctx, mapping_tables::direction,
                                      ::callmap::text_of(*in.data->direction),
                                      ::callmap::direction::unknown, "unmapped direction value");
    }
    if (in.data && in.data->call_type) {
        out.channel =
            ::callmap::lookup_or_warn(ctx, mapping_tables::channel,
                                      ::callmap::text_of(*in.data->call_type),
                                      ::callmap::channel::unknown, "unmapped channel value");
    }
    if (in.data && in.data->from_number) ::callmap::set_party(out.from, *in.data->from_number);
    if (in.data && in.data->to_number) ::callmap::set_party(out.to, *in.data->to_number);
    if (in.data && in.data->disconnection_reason) {
        const std::string_view raw = *in.data->disconnection_reason;
        out.end_reason_raw = raw;
        out.end_reason =
            ::callmap::lookup_or_warn(ctx, mapping_tables::shared_retell_end_reasons, raw,
                                      ::callmap::end_reason::unknown, "unmapped end_reason value");
    }
    if (in.data) {
        const std::string_view raw = ::callmap::text_of(in.data->call_status);
        out.status_raw = raw;
        out.status =
            ::callmap::lookup_or_warn(ctx, mapping_tables::status, raw,
                                      ::callmap::call_status::unknown, "unmapped status value");
        if (::callmap::matches_any(raw, {"ENDED"})) {
            out.status = ::callmap::refine_status(out.status, out.end_reason);
        }
    }
    if (in.data && in.data->created_at) {
        ::callmap::set_instant(ctx, *in.data->created_at, ::callmap::time_format::epoch_ms,
                               out.created_at);
    }
    if (in.data && in.data->start_timestamp) {
        ::callmap::set_instant(ctx, *in.data->start_timestamp, ::callmap::time_format::epoch_ms,
                               out.started_at);
    }
    if (in.data && in.data->end_timestamp) {
        ::callmap::set_instant(ctx, *in.data->end_timestamp, ::callmap::time_format::epoch_ms,
                               out.ended_at);
    }
    if (in.data && in.data->updated_at) {
        ::callmap::set_instant(ctx, *in.data->updated_at, ::callmap::time_format::epoch_ms,
                               out.updated_at);
    }
    if (in.data && in.data->call_duration) out.duration_ms = *in.data->call_duration;
    if (in.data && in.data->metadata) out.metadata = *in.data->metadata;
    out.external_ids.entries = ::callmap::build_array<::callmap::map_entry<std::string_view>>(
        ctx, 4, [&](std::size_t id_index, auto& id) -> bool {
            switch (id_index) {
                case 0:
                    if (!(in.data && in.data->id)) return false;
                    id = {"call_uuid", *in.data->id};
                    return true;
                case 1:
                    if (!(in.data && in.data->organization_id)) return false;
                    id = {"organization_id", *in.data->organization_id};
                    return true;
                case 2:
                    if (!(in.data && in.data->telephony_identifier &&
                          in.data->telephony_identifier->call_sid)) {
                        return false;
                    }
                    id = {"twilio_call_sid", *in.data->telephony_identifier->call_sid};
                    return true;
                case 3:
                    if (!(in.data && in.data->telephony_identifier &&
                          in.data->telephony_identifier->conference_sid)) {
                        return false;
                    }
                    id = {"twilio_conference_sid", *in.data->telephony_identifier->conference_sid};
                    return true;
                default: return false;
            }
        });
    {
        ::callmap::agent_info& agent = out.agent.emplace();
        bool agent_present = false;
        if (in.data && in.data->agent_id) {
            agent.id = *in.data->agent_id;
            agent_present = true;
        }
        agent.kind = ::callmap::agent_kind::ai;
        if (!agent_present) out.agent.reset();
    }
    {
        ::callmap::cost& cost = out.cost.emplace();
        bool cost_present = false;
        if (in.data && in.data->call_cost && in.data->call_cost->combined_cost &&
            ::callmap::set_if(::callmap::money_micros(ctx, *in.data->call_cost->combined_cost,
                                                      ::callmap::money_unit::major),
                              cost.amount_micros)) {
            cost_present = true;
        }
        if (in.data && in.data->call_cost && in.data->call_cost->product_costs) {
            const auto& product_costs = *in.data->call_cost->product_costs;
            cost.components = ::callmap::build_array<::callmap::cost_component>(
                ctx, product_costs.size(),
                    [&](std::size_t cost_component_index, auto& cost_component) -> bool {
                    const auto& wire_cost_component = product_costs[cost_component_index];
                    cost_component.name = wire_cost_component.product;
                    ::callmap::set_if(::callmap::money_micros(ctx, wire_cost_component.cost,
                                                              ::callmap::money_unit::major),
                                      cost_component.amount_micros);
                    if (wire_cost_component.unit_price) {
                        ::callmap::set_if(::callmap::money_micros(ctx,
                                                                  *wire_cost_component.unit_price,
                                                                  ::callmap::money_unit::major),
                                          cost_component.unit_price_micros);
                    }
                    return true;
                });
        }
        if (cost_present && cost.currency_assumed) {
            ctx.warn("currency assumed", cost.currency.value_or(""));
        }
        if (!cost_present) out.cost.reset();
    }
    out.recordings = ::callmap::build_array<::callmap::recording>(
        ctx, 1, [&](std::size_t recording_index, auto& recording) -> bool {
            switch (recording_index) {
                case 0: {
                    if (!(in.data && in.data->recording_url)) return false;
                    recording.url = *in.data->recording_url;
                    recording.kind = ::callmap::recording_kind::mixed;
                    return true;
                }
                default: return false;
            }
        });
    {
        ::callmap::transcript& transcript = out.transcript.emplace();
        bool transcript_present = false;
        if (in.data && in.data->transcript) {
            transcript.text = *in.data->transcript;
            transcript_present = true;
        }
        if (in.data && in.data->transcript_object) {
            const auto& transcript_object = *in.data->transcript_object;
            transcript.turns = ::callmap::build_array<::callmap::turn>(
                ctx, transcript_object.size(), [&](std::size_t turn_index, auto& turn) -> bool {
                    const auto& wire_turn = transcript_object[turn_index];
                    turn.role =
                        ::callmap::lookup_or_warn(ctx, mapping_tables::transcript_turns_role,
                                                  wire_turn.role, ::callmap::turn_role::other,
                                                  "unmapped role value");
                    turn.text = wire_turn.content;
                    if (wire_turn.timestamp) {
                        ::callmap::set_instant(ctx, *wire_turn.timestamp,
                                               ::callmap::time_format::epoch_ms, turn.at);
                    }
                    if (wire_turn.timestamp && out.started_at) {
                        ::callmap::set_if(::callmap::ms_since(*out.started_at,
                                                              *wire_turn.timestamp), turn.start_ms);
                    }
                    if (wire_turn.words) {
                        const auto& words = *wire_turn.words;
                        turn.words = ::callmap::build_array<::callmap::word>(
                            ctx, words.size(), [&](std::size_t word_index, auto& word) -> bool {
                                const auto& wire_word = words[word_index];
                                word.text = wire_word.word;
                                if (out.started_at) {
                                    ::callmap::set_if(::callmap::ms_since(*out.started_at,
                                                                          wire_word.start),
                                                      word.start_ms);
                                }
                                if (out.started_at) {
                                    ::callmap::set_if(::callmap::ms_since(*out.started_at,
                                                                          wire_word.end),
                                                      word.end_ms);
                                }
                                return true;
                            });
                    }
                    return true;
                });
        }
        transcript_present = transcript_present || !transcript.turns.empty();
        if (!transcript_present) out.transcript.reset();
    }
    if (in.data && in.data->latency) {
        const auto& latency = *in.data->latency;
        out.latency.entries =
            ::callmap::build_array<::callmap::map_entry<::callmap::latency_stats>>(
            ctx, latency.entries.size(),
                [&](std::size_t latency_stats_index, auto& latency_stats) -> bool {
                const auto& wire_latency_stats = latency.entries[latency_stats_index];
                latency_stats.key = wire_latency_stats.key;
                if (wire_latency_stats.value.min) {
                    latency_stats.value.min = *wire_latency_stats.value.min;
                }
                if (wire_latency_stats.value.max) {
                    latency_stats.value.max = *wire_latency_stats.value.max;
                }
                if (wire_latency_stats.value.p50) {
                    latency_stats.value.p50 = *wire_latency_stats.value.p50;
                }
                if (wire_latency_stats.value.p90) {
                    latency_stats.value.p90 = *wire_latency_stats.value.p90;
                }
                if (wire_latency_stats.value.p95) {
                    latency_stats.value.p95 = *wire_latency_stats.value.p95;
                }
                if (wire_latency_stats.value.p99) {
                    latency_stats.value.p99 = *wire_latency_stats.value.p99;
                }
                if (wire_latency_stats.value.num) {
                    latency_stats.value.count = *wire_latency_stats.value.num;
                }
                if (wire_latency_stats.value.values) {
                    latency_stats.value.samples = *wire_latency_stats.value.values;
                }
                return true;
            });
    }
    if (in.data && in.data->events) {
        const auto& events = *in.data->events;
        out.events = ::callmap::build_array<::callmap::event>(
            ctx, events.size(), [&](std::size_t event_index, auto& event) -> bool {
                const auto& wire_event = events[event_index];
                if (wire_event.timestamp) {
                    ::callmap::set_instant(ctx, *wire_event.timestamp,
                                           ::callmap::time_format::epoch_ms, event.at);
                }
                if (wire_event.session_time) event.session_ms = *wire_event.session_time;
                event.name = wire_event.event;
                if (wire_event.data) event.data = *wire_event.data;
                return true;
            });
    }
    if (out.id.empty()) ctx.warn("no call id in the payload");
    ctx.finish_into(answer);
    return answer;
}

CALLMAP_PROVIDER_INLINE ::callmap::result<::callmap::call> normalize(
    std::string_view payload, ::callmap::arena& memory,
    const ::callmap::parse_options& options) {
    return ::callmap::normalize_as<envelope, &to_call>(payload, memory, options);
}

}  // namespace callmap::zudu

#endif  // !CALLMAP_SEPARATE_COMPILATION || CALLMAP_SOURCE
