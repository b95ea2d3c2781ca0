// generated from schemas/zudu.yaml by callmap-gen -- do not edit.
// Zudu AI voice agents — get call by id
// https://docs.zudu.ai/api-reference/calls/get-calls-call-id
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
#error "zudu.hpp was generated for another callmap runtime; regenerate it"
#endif

#include <array>
#include <cstddef>

namespace callmap::zudu {

enum class call_status : std::uint8_t {
    REGISTERED,
    ONGOING,
    ENDED,
    ERROR,
    SCHEDULED,
};
BOOST_DESCRIBE_ENUM(call_status, REGISTERED, ONGOING, ENDED, ERROR, SCHEDULED)

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
BOOST_DESCRIBE_STRUCT(event, (), (timestamp, event, session_time, data))

struct word {
    std::string_view word{};
    std::int64_t start{};
    std::int64_t end{};
};
BOOST_DESCRIBE_STRUCT(word, (), (word, start, end))

struct turn {
    std::string_view role{};
    std::string_view content{};
    std::optional<std::int64_t> timestamp{};
    std::optional<std::span<const ::callmap::zudu::word>> words{};
};
BOOST_DESCRIBE_STRUCT(turn, (), (role, content, timestamp, words))

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
BOOST_DESCRIBE_STRUCT(latency_stage, (), (min, max, num, p50, p90, p95, p99, values))

struct product_cost {
    std::string_view product{};
    ::callmap::decimal cost{};
    std::optional<::callmap::decimal> unit_price{};
};
BOOST_DESCRIBE_STRUCT(product_cost, (), (product, cost, unit_price))

struct call_cost {
    std::optional<::callmap::decimal> combined_cost{};
    std::optional<std::span<const ::callmap::zudu::product_cost>> product_costs{};
    std::optional<::callmap::decimal> total_duration_seconds{};
    std::optional<::callmap::decimal> total_duration_unit_price{};
    std::optional<::callmap::decimal> total_one_time_price{};
};
BOOST_DESCRIBE_STRUCT(call_cost, (), (combined_cost, product_costs, total_duration_seconds, total_duration_unit_price, total_one_time_price))

struct telephony_identifier {
    std::optional<std::string_view> call_sid{};
    std::optional<std::string_view> conference_sid{};
};
BOOST_DESCRIBE_STRUCT(telephony_identifier, (), (call_sid, conference_sid))

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
BOOST_DESCRIBE_STRUCT(call, (), (id, agent_id, call_id, organization_id, call_status, call_type, direction, from_number, to_number, created_at, updated_at, start_timestamp, end_timestamp, call_duration, disconnection_reason, recording_url, public_log_url, opt_out_sensitive_data_storage, metadata, events, transcript, transcript_object, transcript_with_tool_calls, latency, call_analysis, call_cost, telephony_identifier))

struct envelope {
    std::optional<std::string_view> message{};
    std::string_view status{};
    std::optional<std::string_view> error{};
    std::optional<::callmap::zudu::call> data{};
};
BOOST_DESCRIBE_STRUCT(envelope, (), (message, status, error, data))

}  // namespace callmap::zudu

namespace callmap {

template <>
struct enum_spelling<::callmap::zudu::call_status> {
    static constexpr std::array<std::string_view, 5> values{"REGISTERED", "ONGOING", "ENDED", "ERROR", "SCHEDULED"};
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
    static constexpr std::array<std::string_view, 4> keys{"timestamp", "event", "session_time", "data"};
    static constexpr std::array<bool, 4> required{false, true, false, false};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 4:
                return key == "data" ? 3 : -1;
            case 5:
                return key == "event" ? 1 : -1;
            case 9:
                return key == "timestamp" ? 0 : -1;
            case 12:
                return key == "session_time" ? 2 : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::zudu::event& out) {
        out = {};
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<std::optional<std::int64_t>>::parse(r, out.timestamp);
                case 1: return value_parser<std::string_view>::parse(r, out.event);
                case 2: return value_parser<std::optional<std::int64_t>>::parse(r, out.session_time);
                case 3: return value_parser<std::optional<::callmap::raw_json>>::parse(r, out.data);
                default: return false;
            }
        });
    }
};

template <>
struct value_parser<::callmap::zudu::word> {
    static constexpr std::array<std::string_view, 3> keys{"word", "start", "end"};
    static constexpr std::array<bool, 3> required{true, true, true};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 3:
                return key == "end" ? 2 : -1;
            case 4:
                return key == "word" ? 0 : -1;
            case 5:
                return key == "start" ? 1 : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::zudu::word& out) {
        out = {};
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<std::string_view>::parse(r, out.word);
                case 1: return value_parser<std::int64_t>::parse(r, out.start);
                case 2: return value_parser<std::int64_t>::parse(r, out.end);
                default: return false;
            }
        });
    }
};

template <>
struct value_parser<::callmap::zudu::turn> {
    static constexpr std::array<std::string_view, 4> keys{"role", "content", "timestamp", "words"};
    static constexpr std::array<bool, 4> required{true, true, false, false};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 4:
                return key == "role" ? 0 : -1;
            case 5:
                return key == "words" ? 3 : -1;
            case 7:
                return key == "content" ? 1 : -1;
            case 9:
                return key == "timestamp" ? 2 : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::zudu::turn& out) {
        out = {};
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<std::string_view>::parse(r, out.role);
                case 1: return value_parser<std::string_view>::parse(r, out.content);
                case 2: return value_parser<std::optional<std::int64_t>>::parse(r, out.timestamp);
                case 3: return value_parser<std::optional<std::span<const ::callmap::zudu::word>>>::parse(r, out.words);
                default: return false;
            }
        });
    }
};

template <>
struct value_parser<::callmap::zudu::latency_stage> {
    static constexpr std::array<std::string_view, 8> keys{"min", "max", "num", "p50", "p90", "p95", "p99", "values"};
    static constexpr std::array<bool, 8> required{false, false, false, false, false, false, false, false};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 3:
                if (key == "min") return 0;
                if (key == "max") return 1;
                if (key == "num") return 2;
                if (key == "p50") return 3;
                if (key == "p90") return 4;
                if (key == "p95") return 5;
                if (key == "p99") return 6;
                return -1;
            case 6:
                return key == "values" ? 7 : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::zudu::latency_stage& out) {
        out = {};
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<std::optional<double>>::parse(r, out.min);
                case 1: return value_parser<std::optional<double>>::parse(r, out.max);
                case 2: return value_parser<std::optional<std::int64_t>>::parse(r, out.num);
                case 3: return value_parser<std::optional<double>>::parse(r, out.p50);
                case 4: return value_parser<std::optional<double>>::parse(r, out.p90);
                case 5: return value_parser<std::optional<double>>::parse(r, out.p95);
                case 6: return value_parser<std::optional<double>>::parse(r, out.p99);
                case 7: return value_parser<std::optional<std::span<const double>>>::parse(r, out.values);
                default: return false;
            }
        });
    }
};

template <>
struct value_parser<::callmap::zudu::product_cost> {
    static constexpr std::array<std::string_view, 3> keys{"product", "cost", "unit_price"};
    static constexpr std::array<bool, 3> required{true, true, false};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 4:
                return key == "cost" ? 1 : -1;
            case 7:
                return key == "product" ? 0 : -1;
            case 10:
                return key == "unit_price" ? 2 : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::zudu::product_cost& out) {
        out = {};
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<std::string_view>::parse(r, out.product);
                case 1: return value_parser<::callmap::decimal>::parse(r, out.cost);
                case 2: return value_parser<std::optional<::callmap::decimal>>::parse(r, out.unit_price);
                default: return false;
            }
        });
    }
};

template <>
struct value_parser<::callmap::zudu::call_cost> {
    static constexpr std::array<std::string_view, 5> keys{"combined_cost", "product_costs", "total_duration_seconds", "total_duration_unit_price", "total_one_time_price"};
    static constexpr std::array<bool, 5> required{false, false, false, false, false};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 13:
                switch (key[0]) {
                    case 'c': return key == "combined_cost" ? 0 : -1;
                    case 'p': return key == "product_costs" ? 1 : -1;
                    default: return -1;
                }
            case 20:
                return key == "total_one_time_price" ? 4 : -1;
            case 22:
                return key == "total_duration_seconds" ? 2 : -1;
            case 25:
                return key == "total_duration_unit_price" ? 3 : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::zudu::call_cost& out) {
        out = {};
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<std::optional<::callmap::decimal>>::parse(r, out.combined_cost);
                case 1: return value_parser<std::optional<std::span<const ::callmap::zudu::product_cost>>>::parse(r, out.product_costs);
                case 2: return value_parser<std::optional<::callmap::decimal>>::parse(r, out.total_duration_seconds);
                case 3: return value_parser<std::optional<::callmap::decimal>>::parse(r, out.total_duration_unit_price);
                case 4: return value_parser<std::optional<::callmap::decimal>>::parse(r, out.total_one_time_price);
                default: return false;
            }
        });
    }
};

template <>
struct value_parser<::callmap::zudu::telephony_identifier> {
    static constexpr std::array<std::string_view, 2> keys{"call_sid", "conference_sid"};
    static constexpr std::array<bool, 2> required{false, false};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 8:
                return key == "call_sid" ? 0 : -1;
            case 14:
                return key == "conference_sid" ? 1 : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::zudu::telephony_identifier& out) {
        out = {};
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<std::optional<std::string_view>>::parse(r, out.call_sid);
                case 1: return value_parser<std::optional<std::string_view>>::parse(r, out.conference_sid);
                default: return false;
            }
        });
    }
};

template <>
struct value_parser<::callmap::zudu::call> {
    static constexpr std::array<std::string_view, 27> keys{"id", "agent_id", "call_id", "organization_id", "call_status", "call_type", "direction", "from_number", "to_number", "created_at", "updated_at", "start_timestamp", "end_timestamp", "call_duration", "disconnection_reason", "recording_url", "public_log_url", "opt_out_sensitive_data_storage", "metadata", "events", "transcript", "transcript_object", "transcript_with_tool_calls", "latency", "call_analysis", "call_cost", "telephony_identifier"};
    static constexpr std::array<bool, 27> required{false, false, true, false, true, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 2:
                return key == "id" ? 0 : -1;
            case 6:
                return key == "events" ? 19 : -1;
            case 7:
                switch (key[0]) {
                    case 'c': return key == "call_id" ? 2 : -1;
                    case 'l': return key == "latency" ? 23 : -1;
                    default: return -1;
                }
            case 8:
                switch (key[0]) {
                    case 'a': return key == "agent_id" ? 1 : -1;
                    case 'm': return key == "metadata" ? 18 : -1;
                    default: return -1;
                }
            case 9:
                switch (key[6]) {
                    case 'y': return key == "call_type" ? 5 : -1;
                    case 'i': return key == "direction" ? 6 : -1;
                    case 'b': return key == "to_number" ? 8 : -1;
                    case 'o': return key == "call_cost" ? 25 : -1;
                    default: return -1;
                }
            case 10:
                switch (key[0]) {
                    case 'c': return key == "created_at" ? 9 : -1;
                    case 'u': return key == "updated_at" ? 10 : -1;
                    case 't': return key == "transcript" ? 20 : -1;
                    default: return -1;
                }
            case 11:
                switch (key[0]) {
                    case 'c': return key == "call_status" ? 4 : -1;
                    case 'f': return key == "from_number" ? 7 : -1;
                    default: return -1;
                }
            case 13:
                switch (key[6]) {
                    case 'm': return key == "end_timestamp" ? 12 : -1;
                    case 'u': return key == "call_duration" ? 13 : -1;
                    case 'i': return key == "recording_url" ? 15 : -1;
                    case 'n': return key == "call_analysis" ? 24 : -1;
                    default: return -1;
                }
            case 14:
                return key == "public_log_url" ? 16 : -1;
            case 15:
                switch (key[0]) {
                    case 'o': return key == "organization_id" ? 3 : -1;
                    case 's': return key == "start_timestamp" ? 11 : -1;
                    default: return -1;
                }
            case 17:
                return key == "transcript_object" ? 21 : -1;
            case 20:
                switch (key[0]) {
                    case 'd': return key == "disconnection_reason" ? 14 : -1;
                    case 't': return key == "telephony_identifier" ? 26 : -1;
                    default: return -1;
                }
            case 26:
                return key == "transcript_with_tool_calls" ? 22 : -1;
            case 30:
                return key == "opt_out_sensitive_data_storage" ? 17 : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::zudu::call& out) {
        out = {};
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<std::optional<std::string_view>>::parse(r, out.id);
                case 1: return value_parser<std::optional<std::string_view>>::parse(r, out.agent_id);
                case 2: return value_parser<std::string_view>::parse(r, out.call_id);
                case 3: return value_parser<std::optional<std::string_view>>::parse(r, out.organization_id);
                case 4: return value_parser<::callmap::open_enum<::callmap::zudu::call_status>>::parse(r, out.call_status);
                case 5: return value_parser<std::optional<::callmap::open_enum<::callmap::zudu::call_type>>>::parse(r, out.call_type);
                case 6: return value_parser<std::optional<::callmap::open_enum<::callmap::zudu::direction>>>::parse(r, out.direction);
                case 7: return value_parser<std::optional<std::string_view>>::parse(r, out.from_number);
                case 8: return value_parser<std::optional<std::string_view>>::parse(r, out.to_number);
                case 9: return value_parser<std::optional<std::int64_t>>::parse(r, out.created_at);
                case 10: return value_parser<std::optional<std::int64_t>>::parse(r, out.updated_at);
                case 11: return value_parser<std::optional<std::int64_t>>::parse(r, out.start_timestamp);
                case 12: return value_parser<std::optional<std::int64_t>>::parse(r, out.end_timestamp);
                case 13: return value_parser<std::optional<std::int64_t>>::parse(r, out.call_duration);
                case 14: return value_parser<std::optional<std::string_view>>::parse(r, out.disconnection_reason);
                case 15: return value_parser<std::optional<std::string_view>>::parse(r, out.recording_url);
                case 16: return value_parser<std::optional<std::string_view>>::parse(r, out.public_log_url);
                case 17: return value_parser<std::optional<bool>>::parse(r, out.opt_out_sensitive_data_storage);
                case 18: return value_parser<std::optional<::callmap::raw_json>>::parse(r, out.metadata);
                case 19: return value_parser<std::optional<std::span<const ::callmap::zudu::event>>>::parse(r, out.events);
                case 20: return value_parser<std::optional<std::string_view>>::parse(r, out.transcript);
                case 21: return value_parser<std::optional<std::span<const ::callmap::zudu::turn>>>::parse(r, out.transcript_object);
                case 22: return value_parser<std::optional<::callmap::raw_json>>::parse(r, out.transcript_with_tool_calls);
                case 23: return value_parser<std::optional<::callmap::map<::callmap::zudu::latency_stage>>>::parse(r, out.latency);
                case 24: return value_parser<std::optional<::callmap::raw_json>>::parse(r, out.call_analysis);
                case 25: return value_parser<std::optional<::callmap::zudu::call_cost>>::parse(r, out.call_cost);
                case 26: return value_parser<std::optional<::callmap::zudu::telephony_identifier>>::parse(r, out.telephony_identifier);
                default: return false;
            }
        });
    }
};

template <>
struct value_parser<::callmap::zudu::envelope> {
    static constexpr std::array<std::string_view, 4> keys{"message", "status", "error", "data"};
    static constexpr std::array<bool, 4> required{false, true, false, false};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 4:
                return key == "data" ? 3 : -1;
            case 5:
                return key == "error" ? 2 : -1;
            case 6:
                return key == "status" ? 1 : -1;
            case 7:
                return key == "message" ? 0 : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::zudu::envelope& out) {
        out = {};
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<std::optional<std::string_view>>::parse(r, out.message);
                case 1: return value_parser<std::string_view>::parse(r, out.status);
                case 2: return value_parser<std::optional<std::string_view>>::parse(r, out.error);
                case 3: return value_parser<std::optional<::callmap::zudu::call>>::parse(r, out.data);
                default: return false;
            }
        });
    }
};

}  // namespace callmap::json

namespace callmap::zudu::shape {

inline constexpr std::array<::callmap::drift::field_shape, 4> event_fields{{
    {"timestamp", 2, 0, false, true, -1, {}, false},
    {"event", 1, 0, false, false, -1, {}, false},
    {"session_time", 2, 0, false, true, -1, {}, false},
    {"data", 31, 0, false, true, -1, {}, false},
}};
inline constexpr std::array<::callmap::drift::field_shape, 3> word_fields{{
    {"word", 1, 0, false, false, -1, {}, false},
    {"start", 2, 0, false, false, -1, {}, false},
    {"end", 2, 0, false, false, -1, {}, false},
}};
inline constexpr std::array<::callmap::drift::field_shape, 4> turn_fields{{
    {"role", 1, 0, false, false, -1, {}, false},
    {"content", 1, 0, false, false, -1, {}, false},
    {"timestamp", 2, 0, false, true, -1, {}, false},
    {"words", 8, 1, false, true, 1, {}, false},
}};
inline constexpr std::array<::callmap::drift::field_shape, 8> latency_stage_fields{{
    {"min", 2, 0, false, true, -1, {}, false},
    {"max", 2, 0, false, true, -1, {}, false},
    {"num", 2, 0, false, true, -1, {}, false},
    {"p50", 2, 0, false, true, -1, {}, false},
    {"p90", 2, 0, false, true, -1, {}, false},
    {"p95", 2, 0, false, true, -1, {}, false},
    {"p99", 2, 0, false, true, -1, {}, false},
    {"values", 2, 1, false, true, -1, {}, false},
}};
inline constexpr std::array<::callmap::drift::field_shape, 3> product_cost_fields{{
    {"product", 1, 0, false, false, -1, {}, false},
    {"cost", 3, 0, false, false, -1, {}, false},
    {"unit_price", 3, 0, false, true, -1, {}, false},
}};
inline constexpr std::array<::callmap::drift::field_shape, 5> call_cost_fields{{
    {"combined_cost", 3, 0, false, true, -1, {}, false},
    {"product_costs", 8, 1, false, true, 4, {}, false},
    {"total_duration_seconds", 3, 0, false, true, -1, {}, false},
    {"total_duration_unit_price", 3, 0, false, true, -1, {}, false},
    {"total_one_time_price", 3, 0, false, true, -1, {}, false},
}};
inline constexpr std::array<::callmap::drift::field_shape, 2> telephony_identifier_fields{{
    {"call_sid", 1, 0, false, true, -1, {}, false},
    {"conference_sid", 1, 0, false, true, -1, {}, false},
}};
inline constexpr std::array<::callmap::drift::field_shape, 27> call_fields{{
    {"id", 1, 0, false, true, -1, {}, false},
    {"agent_id", 1, 0, false, true, -1, {}, false},
    {"call_id", 1, 0, false, false, -1, {}, false},
    {"organization_id", 1, 0, false, true, -1, {}, false},
    {"call_status", 1, 0, false, false, -1, ::callmap::enum_spelling<::callmap::zudu::call_status>::values, ::callmap::enum_spelling<::callmap::zudu::call_status>::case_insensitive},
    {"call_type", 1, 0, false, true, -1, ::callmap::enum_spelling<::callmap::zudu::call_type>::values, ::callmap::enum_spelling<::callmap::zudu::call_type>::case_insensitive},
    {"direction", 1, 0, false, true, -1, ::callmap::enum_spelling<::callmap::zudu::direction>::values, ::callmap::enum_spelling<::callmap::zudu::direction>::case_insensitive},
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
}};
inline constexpr std::array<::callmap::drift::field_shape, 4> envelope_fields{{
    {"message", 1, 0, false, true, -1, {}, false},
    {"status", 1, 0, false, false, -1, {}, false},
    {"error", 1, 0, false, true, -1, {}, false},
    {"data", 8, 0, false, true, 7, {}, false},
}};
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

namespace mapping_tables {
inline constexpr ::callmap::table_entry<::callmap::direction> table_1[] = {
    {"INBOUND", ::callmap::direction::inbound},
    {"OUTBOUND", ::callmap::direction::outbound},
};
inline constexpr ::callmap::table_entry<::callmap::channel> table_2[] = {
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
inline constexpr ::callmap::table_entry<::callmap::call_status> table_3[] = {
    {"SCHEDULED", ::callmap::call_status::scheduled},
    {"REGISTERED", ::callmap::call_status::queued},
    {"ONGOING", ::callmap::call_status::in_progress},
    {"ENDED", ::callmap::call_status::completed},
    {"ERROR", ::callmap::call_status::failed},
};
inline constexpr ::callmap::table_entry<::callmap::turn_role> table_4[] = {
    {"assistant", ::callmap::turn_role::agent},
    {"agent", ::callmap::turn_role::agent},
    {"user", ::callmap::turn_role::user},
    {"system", ::callmap::turn_role::system},
    {"tool*", ::callmap::turn_role::tool},
};
}  // namespace mapping_tables

// GCC 12 reports std::optional members of lambda results as maybe-uninitialized at -O2
// (a known false positive, GCC PR 80635); the code reads no uninitialized value.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
/// Maps a parsed zudu payload onto the canonical call record. The result holds
/// views into the payload and into `memory`. A provider error answer is an error result.
inline ::callmap::result<::callmap::call> to_call(const envelope& in, ::callmap::arena& memory) {
    ::callmap::mapping_context ctx(memory);
    ::callmap::call out;
    out.provider = "zudu";
    if (const auto* w1 = [&]() -> const std::string_view* {
        return &in.status;
    }();
        w1 != nullptr && ::callmap::matches_any(::callmap::text_of(*w1), {"error"})) {
        std::string_view message;
        if (const auto* m2 = [&]() -> const std::string_view* {
            if (!in.error) return nullptr;
            return &*in.error;
        }(); message.empty() && m2 != nullptr) message = *m2;
        if (const auto* m3 = [&]() -> const std::string_view* {
            if (!in.message) return nullptr;
            return &*in.message;
        }(); message.empty() && m3 != nullptr) message = *m3;
        return ::callmap::provider_error("zudu", message);
    }
    if (const auto v6 = [&]() -> std::optional<std::string_view> {
        const auto* v4 = [&]() -> const std::string_view* {
            if (!in.data) return nullptr;
            const auto& s5 = *in.data;
            return &s5.call_id;
        }();
        if (v4 == nullptr) return std::nullopt;
        return ::callmap::text_of(*v4);
    }()) out.id = *v6;
    if (const auto v12 = [&]() -> std::optional<::callmap::direction> {
        const auto* v7 = [&]() -> const ::callmap::open_enum<::callmap::zudu::direction>* {
            if (!in.data) return nullptr;
            const auto& s8 = *in.data;
            if (!s8.direction) return nullptr;
            return &*s8.direction;
        }();
        if (v7 == nullptr) return std::nullopt;
        const std::string_view raw9 = ::callmap::text_of(*v7);
        const std::optional<::callmap::direction> mapped10 = ::callmap::lookup<::callmap::direction>(mapping_tables::table_1, raw9);
        if (!mapped10) ctx.warn("unmapped direction value", raw9);
        ::callmap::direction value11 = mapped10 ? *mapped10 : ::callmap::direction::unknown;
        return value11;
    }()) out.direction = *v12;
    if (const auto v18 = [&]() -> std::optional<::callmap::channel> {
        const auto* v13 = [&]() -> const ::callmap::open_enum<::callmap::zudu::call_type>* {
            if (!in.data) return nullptr;
            const auto& s14 = *in.data;
            if (!s14.call_type) return nullptr;
            return &*s14.call_type;
        }();
        if (v13 == nullptr) return std::nullopt;
        const std::string_view raw15 = ::callmap::text_of(*v13);
        const std::optional<::callmap::channel> mapped16 = ::callmap::lookup<::callmap::channel>(mapping_tables::table_2, raw15);
        if (!mapped16) ctx.warn("unmapped channel value", raw15);
        ::callmap::channel value17 = mapped16 ? *mapped16 : ::callmap::channel::unknown;
        return value17;
    }()) out.channel = *v18;
    if (const auto v21 = [&]() -> std::optional<std::string_view> {
        const auto* v19 = [&]() -> const std::string_view* {
            if (!in.data) return nullptr;
            const auto& s20 = *in.data;
            if (!s20.from_number) return nullptr;
            return &*s20.from_number;
        }();
        if (v19 == nullptr) return std::nullopt;
        return ::callmap::text_of(*v19);
    }()) out.from = ::callmap::to_party(*v21);
    if (const auto v24 = [&]() -> std::optional<std::string_view> {
        const auto* v22 = [&]() -> const std::string_view* {
            if (!in.data) return nullptr;
            const auto& s23 = *in.data;
            if (!s23.to_number) return nullptr;
            return &*s23.to_number;
        }();
        if (v22 == nullptr) return std::nullopt;
        return ::callmap::text_of(*v22);
    }()) out.to = ::callmap::to_party(*v24);
    std::optional<std::string_view> raw25;
    out.end_reason = [&]() -> std::optional<::callmap::end_reason> {
        const auto* v26 = [&]() -> const std::string_view* {
            if (!in.data) return nullptr;
            const auto& s27 = *in.data;
            if (!s27.disconnection_reason) return nullptr;
            return &*s27.disconnection_reason;
        }();
        if (v26 == nullptr) return std::nullopt;
        const std::string_view raw28 = ::callmap::text_of(*v26);
        raw25 = raw28;
        const std::optional<::callmap::end_reason> mapped29 = ::callmap::lookup<::callmap::end_reason>(mapping_tables::shared_retell_end_reasons, raw28);
        if (!mapped29) ctx.warn("unmapped end_reason value", raw28);
        ::callmap::end_reason value30 = mapped29 ? *mapped29 : ::callmap::end_reason::unknown;
        return value30;
    }();
    if (raw25) out.end_reason_raw = *raw25;
    std::optional<std::string_view> raw32;
    if (const auto v38 = [&]() -> std::optional<::callmap::call_status> {
        const auto* v33 = [&]() -> const ::callmap::open_enum<::callmap::zudu::call_status>* {
            if (!in.data) return nullptr;
            const auto& s34 = *in.data;
            return &s34.call_status;
        }();
        if (v33 == nullptr) return std::nullopt;
        const std::string_view raw35 = ::callmap::text_of(*v33);
        raw32 = raw35;
        const std::optional<::callmap::call_status> mapped36 = ::callmap::lookup<::callmap::call_status>(mapping_tables::table_3, raw35);
        if (!mapped36) ctx.warn("unmapped status value", raw35);
        ::callmap::call_status value37 = mapped36 ? *mapped36 : ::callmap::call_status::unknown;
        if (::callmap::matches_any(raw35, {"ENDED"})) value37 = ::callmap::refine_status(value37, out.end_reason);
        return value37;
    }()) out.status = *v38;
    if (raw32) out.status_raw = *raw32;
    out.created_at = [&]() -> std::optional<::callmap::timestamp> {
        const auto* v39 = [&]() -> const std::int64_t* {
            if (!in.data) return nullptr;
            const auto& s40 = *in.data;
            if (!s40.created_at) return nullptr;
            return &*s40.created_at;
        }();
        if (v39 == nullptr) return std::nullopt;
        return ::callmap::to_instant(ctx, *v39, ::callmap::time_format::epoch_ms);
    }();
    out.started_at = [&]() -> std::optional<::callmap::timestamp> {
        const auto* v42 = [&]() -> const std::int64_t* {
            if (!in.data) return nullptr;
            const auto& s43 = *in.data;
            if (!s43.start_timestamp) return nullptr;
            return &*s43.start_timestamp;
        }();
        if (v42 == nullptr) return std::nullopt;
        return ::callmap::to_instant(ctx, *v42, ::callmap::time_format::epoch_ms);
    }();
    out.ended_at = [&]() -> std::optional<::callmap::timestamp> {
        const auto* v45 = [&]() -> const std::int64_t* {
            if (!in.data) return nullptr;
            const auto& s46 = *in.data;
            if (!s46.end_timestamp) return nullptr;
            return &*s46.end_timestamp;
        }();
        if (v45 == nullptr) return std::nullopt;
        return ::callmap::to_instant(ctx, *v45, ::callmap::time_format::epoch_ms);
    }();
    out.updated_at = [&]() -> std::optional<::callmap::timestamp> {
        const auto* v48 = [&]() -> const std::int64_t* {
            if (!in.data) return nullptr;
            const auto& s49 = *in.data;
            if (!s49.updated_at) return nullptr;
            return &*s49.updated_at;
        }();
        if (v48 == nullptr) return std::nullopt;
        return ::callmap::to_instant(ctx, *v48, ::callmap::time_format::epoch_ms);
    }();
    out.duration_ms = [&]() -> std::optional<std::int64_t> {
        const auto* v51 = [&]() -> const std::int64_t* {
            if (!in.data) return nullptr;
            const auto& s52 = *in.data;
            if (!s52.call_duration) return nullptr;
            return &*s52.call_duration;
        }();
        if (v51 == nullptr) return std::nullopt;
        const std::optional<std::int64_t> r53 = ::callmap::scaled_integer(*v51, 1);
        return r53;
    }();
    out.metadata = [&]() -> std::optional<::callmap::raw_json> {
        const auto* v55 = [&]() -> const ::callmap::raw_json* {
            if (!in.data) return nullptr;
            const auto& s56 = *in.data;
            if (!s56.metadata) return nullptr;
            return &*s56.metadata;
        }();
        if (v55 == nullptr) return std::nullopt;
        return *v55;
    }();
    out.external_ids.entries = ::callmap::build_array<::callmap::map_entry<std::string_view>>(ctx, 4, [&](std::size_t i58, ::callmap::map_entry<std::string_view>& entry59) -> bool {
        switch (i58) {
            case 0: {
                const auto v60 = [&]() -> std::optional<std::string_view> {
                    const auto* v61 = [&]() -> const std::string_view* {
                        if (!in.data) return nullptr;
                        const auto& s62 = *in.data;
                        if (!s62.id) return nullptr;
                        return &*s62.id;
                    }();
                    if (v61 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v61);
                }();
                if (!v60) return false;
                entry59 = {"call_uuid", *v60};
                return true;
            }
            case 1: {
                const auto v63 = [&]() -> std::optional<std::string_view> {
                    const auto* v64 = [&]() -> const std::string_view* {
                        if (!in.data) return nullptr;
                        const auto& s65 = *in.data;
                        if (!s65.organization_id) return nullptr;
                        return &*s65.organization_id;
                    }();
                    if (v64 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v64);
                }();
                if (!v63) return false;
                entry59 = {"organization_id", *v63};
                return true;
            }
            case 2: {
                const auto v66 = [&]() -> std::optional<std::string_view> {
                    const auto* v67 = [&]() -> const std::string_view* {
                        if (!in.data) return nullptr;
                        const auto& s68 = *in.data;
                        if (!s68.telephony_identifier) return nullptr;
                        const auto& s69 = *s68.telephony_identifier;
                        if (!s69.call_sid) return nullptr;
                        return &*s69.call_sid;
                    }();
                    if (v67 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v67);
                }();
                if (!v66) return false;
                entry59 = {"twilio_call_sid", *v66};
                return true;
            }
            case 3: {
                const auto v70 = [&]() -> std::optional<std::string_view> {
                    const auto* v71 = [&]() -> const std::string_view* {
                        if (!in.data) return nullptr;
                        const auto& s72 = *in.data;
                        if (!s72.telephony_identifier) return nullptr;
                        const auto& s73 = *s72.telephony_identifier;
                        if (!s73.conference_sid) return nullptr;
                        return &*s73.conference_sid;
                    }();
                    if (v71 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v71);
                }();
                if (!v70) return false;
                entry59 = {"twilio_conference_sid", *v70};
                return true;
            }
            default: return false;
        }
    });
    {
        ::callmap::agent_info g74{};
        bool present75 = false;
        if (const auto v76 = [&]() -> std::optional<std::string_view> {
            const auto* v77 = [&]() -> const std::string_view* {
                if (!in.data) return nullptr;
                const auto& s78 = *in.data;
                if (!s78.agent_id) return nullptr;
                return &*s78.agent_id;
            }();
            if (v77 == nullptr) return std::nullopt;
            return ::callmap::text_of(*v77);
        }()) {
            g74.id = *v76;
            present75 = true;
        }
        g74.kind = ::callmap::agent_kind::ai;
        if (present75) out.agent = g74;
    }
    {
        ::callmap::cost g79{};
        bool present80 = false;
        if (const auto v81 = [&]() -> std::optional<std::int64_t> {
            const auto* v82 = [&]() -> const ::callmap::decimal* {
                if (!in.data) return nullptr;
                const auto& s83 = *in.data;
                if (!s83.call_cost) return nullptr;
                const auto& s84 = *s83.call_cost;
                if (!s84.combined_cost) return nullptr;
                return &*s84.combined_cost;
            }();
            if (v82 == nullptr) return std::nullopt;
            return ::callmap::money_micros(*v82, 1'000'000);
        }()) {
            g79.amount_micros = *v81;
            present80 = true;
        }
        if (const auto* items85 = [&]() -> const std::span<const ::callmap::zudu::product_cost>* {
            if (!in.data) return nullptr;
            const auto& s89 = *in.data;
            if (!s89.call_cost) return nullptr;
            const auto& s90 = *s89.call_cost;
            if (!s90.product_costs) return nullptr;
            return &*s90.product_costs;
        }()) {
            g79.components = ::callmap::build_array<::callmap::cost_component>(ctx, (*items85).size(), [&](std::size_t i86, ::callmap::cost_component& g88) -> bool {
                const auto& e87 = (*items85)[i86];
                if (const auto v92 = [&]() -> std::optional<std::string_view> {
                    const auto* v91 = [&]() -> const std::string_view* {
                        return &e87.product;
                    }();
                    if (v91 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v91);
                }()) g88.name = *v92;
                if (const auto v94 = [&]() -> std::optional<std::int64_t> {
                    const auto* v93 = [&]() -> const ::callmap::decimal* {
                        return &e87.cost;
                    }();
                    if (v93 == nullptr) return std::nullopt;
                    return ::callmap::money_micros(*v93, 1'000'000);
                }()) g88.amount_micros = *v94;
                g88.unit_price_micros = [&]() -> std::optional<std::int64_t> {
                    const auto* v95 = [&]() -> const ::callmap::decimal* {
                        if (!e87.unit_price) return nullptr;
                        return &*e87.unit_price;
                    }();
                    if (v95 == nullptr) return std::nullopt;
                    return ::callmap::money_micros(*v95, 1'000'000);
                }();
                return true;
            });
        }
        if (present80 && g79.currency_assumed) ctx.warn("currency assumed", g79.currency.value_or(""));
        if (present80) out.cost = g79;
    }
    out.recordings = ::callmap::build_array<::callmap::recording>(ctx, 1, [&](std::size_t i97, ::callmap::recording& g98) -> bool {
        switch (i97) {
            case 0: {
                const auto v99 = [&]() -> std::optional<std::string_view> {
                    const auto* v100 = [&]() -> const std::string_view* {
                        if (!in.data) return nullptr;
                        const auto& s101 = *in.data;
                        if (!s101.recording_url) return nullptr;
                        return &*s101.recording_url;
                    }();
                    if (v100 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v100);
                }();
                if (!v99) return false;
                if (v99) g98.url = *v99;
                g98.kind = ::callmap::recording_kind::mixed;
                return true;
            }
            default: return false;
        }
    });
    {
        ::callmap::transcript g102{};
        bool present103 = false;
        if (const auto v104 = [&]() -> std::optional<std::string_view> {
            const auto* v105 = [&]() -> const std::string_view* {
                if (!in.data) return nullptr;
                const auto& s106 = *in.data;
                if (!s106.transcript) return nullptr;
                return &*s106.transcript;
            }();
            if (v105 == nullptr) return std::nullopt;
            return ::callmap::text_of(*v105);
        }()) {
            g102.text = *v104;
            present103 = true;
        }
        if (const auto* items107 = [&]() -> const std::span<const ::callmap::zudu::turn>* {
            if (!in.data) return nullptr;
            const auto& s111 = *in.data;
            if (!s111.transcript_object) return nullptr;
            return &*s111.transcript_object;
        }()) {
            g102.turns = ::callmap::build_array<::callmap::turn>(ctx, (*items107).size(), [&](std::size_t i108, ::callmap::turn& g110) -> bool {
                const auto& e109 = (*items107)[i108];
                if (const auto v116 = [&]() -> std::optional<::callmap::turn_role> {
                    const auto* v112 = [&]() -> const std::string_view* {
                        return &e109.role;
                    }();
                    if (v112 == nullptr) return std::nullopt;
                    const std::string_view raw113 = ::callmap::text_of(*v112);
                    const std::optional<::callmap::turn_role> mapped114 = ::callmap::lookup<::callmap::turn_role>(mapping_tables::table_4, raw113);
                    if (!mapped114) ctx.warn("unmapped role value", raw113);
                    ::callmap::turn_role value115 = mapped114 ? *mapped114 : ::callmap::turn_role::other;
                    return value115;
                }()) g110.role = *v116;
                if (const auto v118 = [&]() -> std::optional<std::string_view> {
                    const auto* v117 = [&]() -> const std::string_view* {
                        return &e109.content;
                    }();
                    if (v117 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v117);
                }()) g110.text = *v118;
                g110.at = [&]() -> std::optional<::callmap::timestamp> {
                    const auto* v119 = [&]() -> const std::int64_t* {
                        if (!e109.timestamp) return nullptr;
                        return &*e109.timestamp;
                    }();
                    if (v119 == nullptr) return std::nullopt;
                    return ::callmap::to_instant(ctx, *v119, ::callmap::time_format::epoch_ms);
                }();
                g110.start_ms = [&]() -> std::optional<std::int64_t> {
                    const auto* v121 = [&]() -> const std::int64_t* {
                        if (!e109.timestamp) return nullptr;
                        return &*e109.timestamp;
                    }();
                    if (v121 == nullptr) return std::nullopt;
                    const std::optional<std::int64_t> r122 = ::callmap::scaled_integer(*v121, 1);
                    if (!r122 || !out.started_at) return std::nullopt;
                    return *r122 - out.started_at->epoch_ms;
                }();
                if (const auto* items124 = [&]() -> const std::span<const ::callmap::zudu::word>* {
                    if (!e109.words) return nullptr;
                    return &*e109.words;
                }()) {
                    g110.words = ::callmap::build_array<::callmap::word>(ctx, (*items124).size(), [&](std::size_t i125, ::callmap::word& g127) -> bool {
                        const auto& e126 = (*items124)[i125];
                        if (const auto v129 = [&]() -> std::optional<std::string_view> {
                            const auto* v128 = [&]() -> const std::string_view* {
                                return &e126.word;
                            }();
                            if (v128 == nullptr) return std::nullopt;
                            return ::callmap::text_of(*v128);
                        }()) g127.text = *v129;
                        if (const auto v132 = [&]() -> std::optional<std::int64_t> {
                            const auto* v130 = [&]() -> const std::int64_t* {
                                return &e126.start;
                            }();
                            if (v130 == nullptr) return std::nullopt;
                            const std::optional<std::int64_t> r131 = ::callmap::scaled_integer(*v130, 1);
                            if (!r131 || !out.started_at) return std::nullopt;
                            return *r131 - out.started_at->epoch_ms;
                        }()) g127.start_ms = *v132;
                        if (const auto v135 = [&]() -> std::optional<std::int64_t> {
                            const auto* v133 = [&]() -> const std::int64_t* {
                                return &e126.end;
                            }();
                            if (v133 == nullptr) return std::nullopt;
                            const std::optional<std::int64_t> r134 = ::callmap::scaled_integer(*v133, 1);
                            if (!r134 || !out.started_at) return std::nullopt;
                            return *r134 - out.started_at->epoch_ms;
                        }()) g127.end_ms = *v135;
                        return true;
                    });
                }
                return true;
            });
        }
        present103 = present103 || !g102.turns.empty();
        if (present103) out.transcript = g102;
    }
    if (const auto* items136 = [&]() -> const ::callmap::map<::callmap::zudu::latency_stage>* {
        if (!in.data) return nullptr;
        const auto& s140 = *in.data;
        if (!s140.latency) return nullptr;
        return &*s140.latency;
    }()) {
        out.latency.entries = ::callmap::build_array<::callmap::map_entry<::callmap::latency_stats>>(ctx, items136->entries.size(), [&](std::size_t i137, ::callmap::map_entry<::callmap::latency_stats>& g139) -> bool {
            const auto& e138 = items136->entries[i137];
            g139.key = e138.key;
            g139.value.min = [&]() -> std::optional<double> {
                const auto* v141 = [&]() -> const double* {
                    if (!e138.value.min) return nullptr;
                    return &*e138.value.min;
                }();
                if (v141 == nullptr) return std::nullopt;
                return ::callmap::to_double(*v141);
            }();
            g139.value.max = [&]() -> std::optional<double> {
                const auto* v143 = [&]() -> const double* {
                    if (!e138.value.max) return nullptr;
                    return &*e138.value.max;
                }();
                if (v143 == nullptr) return std::nullopt;
                return ::callmap::to_double(*v143);
            }();
            g139.value.p50 = [&]() -> std::optional<double> {
                const auto* v145 = [&]() -> const double* {
                    if (!e138.value.p50) return nullptr;
                    return &*e138.value.p50;
                }();
                if (v145 == nullptr) return std::nullopt;
                return ::callmap::to_double(*v145);
            }();
            g139.value.p90 = [&]() -> std::optional<double> {
                const auto* v147 = [&]() -> const double* {
                    if (!e138.value.p90) return nullptr;
                    return &*e138.value.p90;
                }();
                if (v147 == nullptr) return std::nullopt;
                return ::callmap::to_double(*v147);
            }();
            g139.value.p95 = [&]() -> std::optional<double> {
                const auto* v149 = [&]() -> const double* {
                    if (!e138.value.p95) return nullptr;
                    return &*e138.value.p95;
                }();
                if (v149 == nullptr) return std::nullopt;
                return ::callmap::to_double(*v149);
            }();
            g139.value.p99 = [&]() -> std::optional<double> {
                const auto* v151 = [&]() -> const double* {
                    if (!e138.value.p99) return nullptr;
                    return &*e138.value.p99;
                }();
                if (v151 == nullptr) return std::nullopt;
                return ::callmap::to_double(*v151);
            }();
            g139.value.count = [&]() -> std::optional<std::int64_t> {
                const auto* v153 = [&]() -> const std::int64_t* {
                    if (!e138.value.num) return nullptr;
                    return &*e138.value.num;
                }();
                if (v153 == nullptr) return std::nullopt;
                const std::optional<std::int64_t> r154 = ::callmap::scaled_integer(*v153, 1);
                return r154;
            }();
            if (const auto v157 = [&]() -> std::optional<std::span<const double>> {
                const auto* v156 = [&]() -> const std::span<const double>* {
                    if (!e138.value.values) return nullptr;
                    return &*e138.value.values;
                }();
                if (v156 == nullptr) return std::nullopt;
                return *v156;
            }()) g139.value.samples = *v157;
            return true;
        });
    }
    if (const auto* items158 = [&]() -> const std::span<const ::callmap::zudu::event>* {
        if (!in.data) return nullptr;
        const auto& s162 = *in.data;
        if (!s162.events) return nullptr;
        return &*s162.events;
    }()) {
        out.events = ::callmap::build_array<::callmap::event>(ctx, (*items158).size(), [&](std::size_t i159, ::callmap::event& g161) -> bool {
            const auto& e160 = (*items158)[i159];
            g161.at = [&]() -> std::optional<::callmap::timestamp> {
                const auto* v163 = [&]() -> const std::int64_t* {
                    if (!e160.timestamp) return nullptr;
                    return &*e160.timestamp;
                }();
                if (v163 == nullptr) return std::nullopt;
                return ::callmap::to_instant(ctx, *v163, ::callmap::time_format::epoch_ms);
            }();
            g161.session_ms = [&]() -> std::optional<std::int64_t> {
                const auto* v165 = [&]() -> const std::int64_t* {
                    if (!e160.session_time) return nullptr;
                    return &*e160.session_time;
                }();
                if (v165 == nullptr) return std::nullopt;
                const std::optional<std::int64_t> r166 = ::callmap::scaled_integer(*v165, 1);
                return r166;
            }();
            if (const auto v169 = [&]() -> std::optional<std::string_view> {
                const auto* v168 = [&]() -> const std::string_view* {
                    return &e160.event;
                }();
                if (v168 == nullptr) return std::nullopt;
                return ::callmap::text_of(*v168);
            }()) g161.name = *v169;
            if (const auto v171 = [&]() -> std::optional<::callmap::raw_json> {
                const auto* v170 = [&]() -> const ::callmap::raw_json* {
                    if (!e160.data) return nullptr;
                    return &*e160.data;
                }();
                if (v170 == nullptr) return std::nullopt;
                return *v170;
            }()) g161.data = *v171;
            return true;
        });
    }
    if (out.id.empty()) ctx.warn("no call id in the payload");
    return ctx.finish(out);
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

}  // namespace callmap::zudu
