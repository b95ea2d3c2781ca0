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
    ::callmap::result<::callmap::call> answer(std::in_place);  // mapped in place
    ::callmap::call& out = *answer;
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
        answer = ::callmap::provider_error("zudu", message);
        return answer;
    }
    [&]() -> bool {
        const auto* v4 = [&]() -> const std::string_view* {
            if (!in.data) return nullptr;
            const auto& s5 = *in.data;
            return &s5.call_id;
        }();
        if (v4 == nullptr) return false;
        out.id = ::callmap::text_of(*v4);
        return true;
    }();
    [&]() -> bool {
        const auto* v6 = [&]() -> const ::callmap::open_enum<::callmap::zudu::direction>* {
            if (!in.data) return nullptr;
            const auto& s7 = *in.data;
            if (!s7.direction) return nullptr;
            return &*s7.direction;
        }();
        if (v6 == nullptr) return false;
        const std::string_view raw8 = ::callmap::text_of(*v6);
        const std::optional<::callmap::direction> mapped9 = ::callmap::lookup<::callmap::direction>(mapping_tables::table_1, raw8);
        if (!mapped9) ctx.warn("unmapped direction value", raw8);
        ::callmap::direction value10 = mapped9 ? *mapped9 : ::callmap::direction::unknown;
        out.direction = value10;
        return true;
    }();
    [&]() -> bool {
        const auto* v11 = [&]() -> const ::callmap::open_enum<::callmap::zudu::call_type>* {
            if (!in.data) return nullptr;
            const auto& s12 = *in.data;
            if (!s12.call_type) return nullptr;
            return &*s12.call_type;
        }();
        if (v11 == nullptr) return false;
        const std::string_view raw13 = ::callmap::text_of(*v11);
        const std::optional<::callmap::channel> mapped14 = ::callmap::lookup<::callmap::channel>(mapping_tables::table_2, raw13);
        if (!mapped14) ctx.warn("unmapped channel value", raw13);
        ::callmap::channel value15 = mapped14 ? *mapped14 : ::callmap::channel::unknown;
        out.channel = value15;
        return true;
    }();
    [&]() -> bool {
        const auto* v16 = [&]() -> const std::string_view* {
            if (!in.data) return nullptr;
            const auto& s17 = *in.data;
            if (!s17.from_number) return nullptr;
            return &*s17.from_number;
        }();
        if (v16 == nullptr) return false;
        ::callmap::set_party(out.from, ::callmap::text_of(*v16));
        return true;
    }();
    [&]() -> bool {
        const auto* v18 = [&]() -> const std::string_view* {
            if (!in.data) return nullptr;
            const auto& s19 = *in.data;
            if (!s19.to_number) return nullptr;
            return &*s19.to_number;
        }();
        if (v18 == nullptr) return false;
        ::callmap::set_party(out.to, ::callmap::text_of(*v18));
        return true;
    }();
    [&]() -> bool {
        const auto* v20 = [&]() -> const std::string_view* {
            if (!in.data) return nullptr;
            const auto& s21 = *in.data;
            if (!s21.disconnection_reason) return nullptr;
            return &*s21.disconnection_reason;
        }();
        if (v20 == nullptr) return false;
        const std::string_view raw22 = ::callmap::text_of(*v20);
        out.end_reason_raw = raw22;
        const std::optional<::callmap::end_reason> mapped23 = ::callmap::lookup<::callmap::end_reason>(mapping_tables::shared_retell_end_reasons, raw22);
        if (!mapped23) ctx.warn("unmapped end_reason value", raw22);
        ::callmap::end_reason value24 = mapped23 ? *mapped23 : ::callmap::end_reason::unknown;
        out.end_reason = value24;
        return true;
    }();
    [&]() -> bool {
        const auto* v25 = [&]() -> const ::callmap::open_enum<::callmap::zudu::call_status>* {
            if (!in.data) return nullptr;
            const auto& s26 = *in.data;
            return &s26.call_status;
        }();
        if (v25 == nullptr) return false;
        const std::string_view raw27 = ::callmap::text_of(*v25);
        out.status_raw = raw27;
        const std::optional<::callmap::call_status> mapped28 = ::callmap::lookup<::callmap::call_status>(mapping_tables::table_3, raw27);
        if (!mapped28) ctx.warn("unmapped status value", raw27);
        ::callmap::call_status value29 = mapped28 ? *mapped28 : ::callmap::call_status::unknown;
        if (::callmap::matches_any(raw27, {"ENDED"})) value29 = ::callmap::refine_status(value29, out.end_reason);
        out.status = value29;
        return true;
    }();
    [&]() -> bool {
        const auto* v30 = [&]() -> const std::int64_t* {
            if (!in.data) return nullptr;
            const auto& s31 = *in.data;
            if (!s31.created_at) return nullptr;
            return &*s31.created_at;
        }();
        if (v30 == nullptr) return false;
        ::callmap::timestamp t32;
        if (!::callmap::read_instant(ctx, *v30, ::callmap::time_format::epoch_ms, t32)) return false;
        out.created_at = t32;
        return true;
    }();
    [&]() -> bool {
        const auto* v33 = [&]() -> const std::int64_t* {
            if (!in.data) return nullptr;
            const auto& s34 = *in.data;
            if (!s34.start_timestamp) return nullptr;
            return &*s34.start_timestamp;
        }();
        if (v33 == nullptr) return false;
        ::callmap::timestamp t35;
        if (!::callmap::read_instant(ctx, *v33, ::callmap::time_format::epoch_ms, t35)) return false;
        out.started_at = t35;
        return true;
    }();
    [&]() -> bool {
        const auto* v36 = [&]() -> const std::int64_t* {
            if (!in.data) return nullptr;
            const auto& s37 = *in.data;
            if (!s37.end_timestamp) return nullptr;
            return &*s37.end_timestamp;
        }();
        if (v36 == nullptr) return false;
        ::callmap::timestamp t38;
        if (!::callmap::read_instant(ctx, *v36, ::callmap::time_format::epoch_ms, t38)) return false;
        out.ended_at = t38;
        return true;
    }();
    [&]() -> bool {
        const auto* v39 = [&]() -> const std::int64_t* {
            if (!in.data) return nullptr;
            const auto& s40 = *in.data;
            if (!s40.updated_at) return nullptr;
            return &*s40.updated_at;
        }();
        if (v39 == nullptr) return false;
        ::callmap::timestamp t41;
        if (!::callmap::read_instant(ctx, *v39, ::callmap::time_format::epoch_ms, t41)) return false;
        out.updated_at = t41;
        return true;
    }();
    [&]() -> bool {
        const auto* v42 = [&]() -> const std::int64_t* {
            if (!in.data) return nullptr;
            const auto& s43 = *in.data;
            if (!s43.call_duration) return nullptr;
            return &*s43.call_duration;
        }();
        if (v42 == nullptr) return false;
        const auto r44 = ::callmap::scaled_integer(*v42, 1);
        if (!r44) return false;
        out.duration_ms = *r44;
        return true;
    }();
    [&]() -> bool {
        const auto* v45 = [&]() -> const ::callmap::raw_json* {
            if (!in.data) return nullptr;
            const auto& s46 = *in.data;
            if (!s46.metadata) return nullptr;
            return &*s46.metadata;
        }();
        if (v45 == nullptr) return false;
        out.metadata = *v45;
        return true;
    }();
    out.external_ids.entries = ::callmap::build_array<::callmap::map_entry<std::string_view>>(ctx, 4, [&](std::size_t i47, ::callmap::map_entry<std::string_view>& entry48) -> bool {
        switch (i47) {
            case 0: return [&]() -> bool {
                const auto* v49 = [&]() -> const std::string_view* {
                    if (!in.data) return nullptr;
                    const auto& s50 = *in.data;
                    if (!s50.id) return nullptr;
                    return &*s50.id;
                }();
                if (v49 == nullptr) return false;
                entry48 = {"call_uuid", ::callmap::text_of(*v49)};
                return true;
            }();
            case 1: return [&]() -> bool {
                const auto* v51 = [&]() -> const std::string_view* {
                    if (!in.data) return nullptr;
                    const auto& s52 = *in.data;
                    if (!s52.organization_id) return nullptr;
                    return &*s52.organization_id;
                }();
                if (v51 == nullptr) return false;
                entry48 = {"organization_id", ::callmap::text_of(*v51)};
                return true;
            }();
            case 2: return [&]() -> bool {
                const auto* v53 = [&]() -> const std::string_view* {
                    if (!in.data) return nullptr;
                    const auto& s54 = *in.data;
                    if (!s54.telephony_identifier) return nullptr;
                    const auto& s55 = *s54.telephony_identifier;
                    if (!s55.call_sid) return nullptr;
                    return &*s55.call_sid;
                }();
                if (v53 == nullptr) return false;
                entry48 = {"twilio_call_sid", ::callmap::text_of(*v53)};
                return true;
            }();
            case 3: return [&]() -> bool {
                const auto* v56 = [&]() -> const std::string_view* {
                    if (!in.data) return nullptr;
                    const auto& s57 = *in.data;
                    if (!s57.telephony_identifier) return nullptr;
                    const auto& s58 = *s57.telephony_identifier;
                    if (!s58.conference_sid) return nullptr;
                    return &*s58.conference_sid;
                }();
                if (v56 == nullptr) return false;
                entry48 = {"twilio_conference_sid", ::callmap::text_of(*v56)};
                return true;
            }();
            default: return false;
        }
    });
    {
        ::callmap::agent_info& g59 = out.agent.emplace();
        bool present60 = false;
        if ([&]() -> bool {
            const auto* v61 = [&]() -> const std::string_view* {
                if (!in.data) return nullptr;
                const auto& s62 = *in.data;
                if (!s62.agent_id) return nullptr;
                return &*s62.agent_id;
            }();
            if (v61 == nullptr) return false;
            g59.id = ::callmap::text_of(*v61);
            return true;
        }()) present60 = true;
        g59.kind = ::callmap::agent_kind::ai;
        if (!present60) out.agent.reset();
    }
    {
        ::callmap::cost& g63 = out.cost.emplace();
        bool present64 = false;
        if ([&]() -> bool {
            const auto* v65 = [&]() -> const ::callmap::decimal* {
                if (!in.data) return nullptr;
                const auto& s66 = *in.data;
                if (!s66.call_cost) return nullptr;
                const auto& s67 = *s66.call_cost;
                if (!s67.combined_cost) return nullptr;
                return &*s67.combined_cost;
            }();
            if (v65 == nullptr) return false;
            const auto r68 = ::callmap::money_micros(*v65, 1'000'000);
            if (!r68) return false;
            g63.amount_micros = *r68;
            return true;
        }()) present64 = true;
        if (const auto* items69 = [&]() -> const std::span<const ::callmap::zudu::product_cost>* {
            if (!in.data) return nullptr;
            const auto& s73 = *in.data;
            if (!s73.call_cost) return nullptr;
            const auto& s74 = *s73.call_cost;
            if (!s74.product_costs) return nullptr;
            return &*s74.product_costs;
        }()) {
            g63.components = ::callmap::build_array<::callmap::cost_component>(ctx, (*items69).size(), [&](std::size_t i70, ::callmap::cost_component& g72) -> bool {
                const auto& e71 = (*items69)[i70];
                [&]() -> bool {
                    const auto* v75 = [&]() -> const std::string_view* {
                        return &e71.product;
                    }();
                    if (v75 == nullptr) return false;
                    g72.name = ::callmap::text_of(*v75);
                    return true;
                }();
                [&]() -> bool {
                    const auto* v76 = [&]() -> const ::callmap::decimal* {
                        return &e71.cost;
                    }();
                    if (v76 == nullptr) return false;
                    const auto r77 = ::callmap::money_micros(*v76, 1'000'000);
                    if (!r77) return false;
                    g72.amount_micros = *r77;
                    return true;
                }();
                [&]() -> bool {
                    const auto* v78 = [&]() -> const ::callmap::decimal* {
                        if (!e71.unit_price) return nullptr;
                        return &*e71.unit_price;
                    }();
                    if (v78 == nullptr) return false;
                    const auto r79 = ::callmap::money_micros(*v78, 1'000'000);
                    if (!r79) return false;
                    g72.unit_price_micros = *r79;
                    return true;
                }();
                return true;
            });
        }
        if (present64 && g63.currency_assumed) ctx.warn("currency assumed", g63.currency.value_or(""));
        if (!present64) out.cost.reset();
    }
    out.recordings = ::callmap::build_array<::callmap::recording>(ctx, 1, [&](std::size_t i80, ::callmap::recording& g81) -> bool {
        switch (i80) {
            case 0: {
                if (![&]() -> bool {
                    const auto* v82 = [&]() -> const std::string_view* {
                        if (!in.data) return nullptr;
                        const auto& s83 = *in.data;
                        if (!s83.recording_url) return nullptr;
                        return &*s83.recording_url;
                    }();
                    if (v82 == nullptr) return false;
                    g81.url = ::callmap::text_of(*v82);
                    return true;
                }()) return false;
                g81.kind = ::callmap::recording_kind::mixed;
                return true;
            }
            default: return false;
        }
    });
    {
        ::callmap::transcript& g84 = out.transcript.emplace();
        bool present85 = false;
        if ([&]() -> bool {
            const auto* v86 = [&]() -> const std::string_view* {
                if (!in.data) return nullptr;
                const auto& s87 = *in.data;
                if (!s87.transcript) return nullptr;
                return &*s87.transcript;
            }();
            if (v86 == nullptr) return false;
            g84.text = ::callmap::text_of(*v86);
            return true;
        }()) present85 = true;
        if (const auto* items88 = [&]() -> const std::span<const ::callmap::zudu::turn>* {
            if (!in.data) return nullptr;
            const auto& s92 = *in.data;
            if (!s92.transcript_object) return nullptr;
            return &*s92.transcript_object;
        }()) {
            g84.turns = ::callmap::build_array<::callmap::turn>(ctx, (*items88).size(), [&](std::size_t i89, ::callmap::turn& g91) -> bool {
                const auto& e90 = (*items88)[i89];
                [&]() -> bool {
                    const auto* v93 = [&]() -> const std::string_view* {
                        return &e90.role;
                    }();
                    if (v93 == nullptr) return false;
                    const std::string_view raw94 = ::callmap::text_of(*v93);
                    const std::optional<::callmap::turn_role> mapped95 = ::callmap::lookup<::callmap::turn_role>(mapping_tables::table_4, raw94);
                    if (!mapped95) ctx.warn("unmapped role value", raw94);
                    ::callmap::turn_role value96 = mapped95 ? *mapped95 : ::callmap::turn_role::other;
                    g91.role = value96;
                    return true;
                }();
                [&]() -> bool {
                    const auto* v97 = [&]() -> const std::string_view* {
                        return &e90.content;
                    }();
                    if (v97 == nullptr) return false;
                    g91.text = ::callmap::text_of(*v97);
                    return true;
                }();
                [&]() -> bool {
                    const auto* v98 = [&]() -> const std::int64_t* {
                        if (!e90.timestamp) return nullptr;
                        return &*e90.timestamp;
                    }();
                    if (v98 == nullptr) return false;
                    ::callmap::timestamp t99;
                    if (!::callmap::read_instant(ctx, *v98, ::callmap::time_format::epoch_ms, t99)) return false;
                    g91.at = t99;
                    return true;
                }();
                [&]() -> bool {
                    const auto* v100 = [&]() -> const std::int64_t* {
                        if (!e90.timestamp) return nullptr;
                        return &*e90.timestamp;
                    }();
                    if (v100 == nullptr) return false;
                    const std::optional<std::int64_t> r101 = ::callmap::scaled_integer(*v100, 1);
                    if (!r101 || !out.started_at) return false;
                    g91.start_ms = *r101 - out.started_at->epoch_ms;
                    return true;
                }();
                if (const auto* items102 = [&]() -> const std::span<const ::callmap::zudu::word>* {
                    if (!e90.words) return nullptr;
                    return &*e90.words;
                }()) {
                    g91.words = ::callmap::build_array<::callmap::word>(ctx, (*items102).size(), [&](std::size_t i103, ::callmap::word& g105) -> bool {
                        const auto& e104 = (*items102)[i103];
                        [&]() -> bool {
                            const auto* v106 = [&]() -> const std::string_view* {
                                return &e104.word;
                            }();
                            if (v106 == nullptr) return false;
                            g105.text = ::callmap::text_of(*v106);
                            return true;
                        }();
                        [&]() -> bool {
                            const auto* v107 = [&]() -> const std::int64_t* {
                                return &e104.start;
                            }();
                            if (v107 == nullptr) return false;
                            const std::optional<std::int64_t> r108 = ::callmap::scaled_integer(*v107, 1);
                            if (!r108 || !out.started_at) return false;
                            g105.start_ms = *r108 - out.started_at->epoch_ms;
                            return true;
                        }();
                        [&]() -> bool {
                            const auto* v109 = [&]() -> const std::int64_t* {
                                return &e104.end;
                            }();
                            if (v109 == nullptr) return false;
                            const std::optional<std::int64_t> r110 = ::callmap::scaled_integer(*v109, 1);
                            if (!r110 || !out.started_at) return false;
                            g105.end_ms = *r110 - out.started_at->epoch_ms;
                            return true;
                        }();
                        return true;
                    });
                }
                return true;
            });
        }
        present85 = present85 || !g84.turns.empty();
        if (!present85) out.transcript.reset();
    }
    if (const auto* items111 = [&]() -> const ::callmap::map<::callmap::zudu::latency_stage>* {
        if (!in.data) return nullptr;
        const auto& s115 = *in.data;
        if (!s115.latency) return nullptr;
        return &*s115.latency;
    }()) {
        out.latency.entries = ::callmap::build_array<::callmap::map_entry<::callmap::latency_stats>>(ctx, items111->entries.size(), [&](std::size_t i112, ::callmap::map_entry<::callmap::latency_stats>& g114) -> bool {
            const auto& e113 = items111->entries[i112];
            g114.key = e113.key;
            [&]() -> bool {
                const auto* v116 = [&]() -> const double* {
                    if (!e113.value.min) return nullptr;
                    return &*e113.value.min;
                }();
                if (v116 == nullptr) return false;
                const auto r117 = ::callmap::to_double(*v116);
                if (!r117) return false;
                g114.value.min = *r117;
                return true;
            }();
            [&]() -> bool {
                const auto* v118 = [&]() -> const double* {
                    if (!e113.value.max) return nullptr;
                    return &*e113.value.max;
                }();
                if (v118 == nullptr) return false;
                const auto r119 = ::callmap::to_double(*v118);
                if (!r119) return false;
                g114.value.max = *r119;
                return true;
            }();
            [&]() -> bool {
                const auto* v120 = [&]() -> const double* {
                    if (!e113.value.p50) return nullptr;
                    return &*e113.value.p50;
                }();
                if (v120 == nullptr) return false;
                const auto r121 = ::callmap::to_double(*v120);
                if (!r121) return false;
                g114.value.p50 = *r121;
                return true;
            }();
            [&]() -> bool {
                const auto* v122 = [&]() -> const double* {
                    if (!e113.value.p90) return nullptr;
                    return &*e113.value.p90;
                }();
                if (v122 == nullptr) return false;
                const auto r123 = ::callmap::to_double(*v122);
                if (!r123) return false;
                g114.value.p90 = *r123;
                return true;
            }();
            [&]() -> bool {
                const auto* v124 = [&]() -> const double* {
                    if (!e113.value.p95) return nullptr;
                    return &*e113.value.p95;
                }();
                if (v124 == nullptr) return false;
                const auto r125 = ::callmap::to_double(*v124);
                if (!r125) return false;
                g114.value.p95 = *r125;
                return true;
            }();
            [&]() -> bool {
                const auto* v126 = [&]() -> const double* {
                    if (!e113.value.p99) return nullptr;
                    return &*e113.value.p99;
                }();
                if (v126 == nullptr) return false;
                const auto r127 = ::callmap::to_double(*v126);
                if (!r127) return false;
                g114.value.p99 = *r127;
                return true;
            }();
            [&]() -> bool {
                const auto* v128 = [&]() -> const std::int64_t* {
                    if (!e113.value.num) return nullptr;
                    return &*e113.value.num;
                }();
                if (v128 == nullptr) return false;
                const auto r129 = ::callmap::scaled_integer(*v128, 1);
                if (!r129) return false;
                g114.value.count = *r129;
                return true;
            }();
            [&]() -> bool {
                const auto* v130 = [&]() -> const std::span<const double>* {
                    if (!e113.value.values) return nullptr;
                    return &*e113.value.values;
                }();
                if (v130 == nullptr) return false;
                g114.value.samples = *v130;
                return true;
            }();
            return true;
        });
    }
    if (const auto* items131 = [&]() -> const std::span<const ::callmap::zudu::event>* {
        if (!in.data) return nullptr;
        const auto& s135 = *in.data;
        if (!s135.events) return nullptr;
        return &*s135.events;
    }()) {
        out.events = ::callmap::build_array<::callmap::event>(ctx, (*items131).size(), [&](std::size_t i132, ::callmap::event& g134) -> bool {
            const auto& e133 = (*items131)[i132];
            [&]() -> bool {
                const auto* v136 = [&]() -> const std::int64_t* {
                    if (!e133.timestamp) return nullptr;
                    return &*e133.timestamp;
                }();
                if (v136 == nullptr) return false;
                ::callmap::timestamp t137;
                if (!::callmap::read_instant(ctx, *v136, ::callmap::time_format::epoch_ms, t137)) return false;
                g134.at = t137;
                return true;
            }();
            [&]() -> bool {
                const auto* v138 = [&]() -> const std::int64_t* {
                    if (!e133.session_time) return nullptr;
                    return &*e133.session_time;
                }();
                if (v138 == nullptr) return false;
                const auto r139 = ::callmap::scaled_integer(*v138, 1);
                if (!r139) return false;
                g134.session_ms = *r139;
                return true;
            }();
            [&]() -> bool {
                const auto* v140 = [&]() -> const std::string_view* {
                    return &e133.event;
                }();
                if (v140 == nullptr) return false;
                g134.name = ::callmap::text_of(*v140);
                return true;
            }();
            [&]() -> bool {
                const auto* v141 = [&]() -> const ::callmap::raw_json* {
                    if (!e133.data) return nullptr;
                    return &*e133.data;
                }();
                if (v141 == nullptr) return false;
                g134.data = *v141;
                return true;
            }();
            return true;
        });
    }
    if (out.id.empty()) ctx.warn("no call id in the payload");
    ctx.finish_into(answer);
    return answer;
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

}  // namespace callmap::zudu
