// generated from tests/codegen/specs/mapped.yaml by callmap-gen -- do not edit.
// A spec that uses every mapping construct
// https://example.com/mapped
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
#error "mapped.hpp was generated for another callmap runtime; regenerate it"
#endif

#include <array>
#include <cstddef>

namespace callmap::mapped {

enum class direction : std::uint8_t {
    INBOUND,
    OUTBOUND,
};
BOOST_DESCRIBE_ENUM(direction, INBOUND, OUTBOUND)

struct product {
    std::string_view product{};
    ::callmap::decimal cost{};
    std::optional<::callmap::decimal> unit_price{};
};
BOOST_DESCRIBE_STRUCT(product, (), (product, cost, unit_price))

struct cost {
    ::callmap::decimal combined_cost{};
    std::optional<std::span<const ::callmap::mapped::product>> product_costs{};
};
BOOST_DESCRIBE_STRUCT(cost, (), (combined_cost, product_costs))

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
    std::optional<std::span<const ::callmap::mapped::word>> words{};
};
BOOST_DESCRIBE_STRUCT(turn, (), (role, content, timestamp, words))

struct stage {
    std::optional<double> min{};
    std::optional<double> max{};
    std::optional<double> p50{};
    std::optional<std::int64_t> num{};
    std::optional<std::span<const double>> values{};
};
BOOST_DESCRIBE_STRUCT(stage, (), (min, max, p50, num, values))

struct event {
    std::optional<std::int64_t> timestamp{};
    std::string_view event{};
    std::optional<std::int64_t> session_time{};
    std::optional<::callmap::raw_json> data{};
};
BOOST_DESCRIBE_STRUCT(event, (), (timestamp, event, session_time, data))

struct choice {
    std::string_view key{};
    std::string_view title{};
    std::int64_t total{};
};
BOOST_DESCRIBE_STRUCT(choice, (), (key, title, total))

/// "answer" of ivr_result: one of (string | choice)[], told apart by the JSON type.
struct ivr_result_answer {
    std::optional<std::string_view> as_string{};
    std::optional<::callmap::mapped::choice> as_choice{};
};
BOOST_DESCRIBE_STRUCT(ivr_result_answer, (), (as_string, as_choice))

struct ivr_result {
    std::string_view question{};
    std::string_view type{};
    std::span<const ::callmap::mapped::ivr_result_answer> answer{};
};
BOOST_DESCRIBE_STRUCT(ivr_result, (), (question, type, answer))

struct call {
    std::string_view call_id{};
    std::optional<std::string_view> uuid{};
    std::optional<std::string_view> agent_id{};
    std::optional<::callmap::open_enum<::callmap::mapped::direction>> direction{};
    std::optional<std::string_view> call_type{};
    std::optional<std::string_view> from_number{};
    std::optional<std::string_view> to_number{};
    std::optional<std::string_view> caller_id_used{};
    std::string_view call_status{};
    std::optional<std::string_view> disconnection_reason{};
    std::optional<std::int64_t> start_timestamp{};
    std::optional<std::int64_t> end_timestamp{};
    std::optional<std::string_view> answered_at{};
    std::optional<::callmap::decimal> duration{};
    std::optional<::callmap::mapped::cost> call_cost{};
    std::optional<std::string_view> recording_url{};
    std::optional<std::string_view> multi_url{};
    std::optional<std::string_view> transcript{};
    std::optional<std::span<const ::callmap::mapped::turn>> transcript_object{};
    std::optional<::callmap::map<::callmap::mapped::stage>> latency{};
    std::optional<::callmap::raw_json> metadata{};
    std::optional<::callmap::map<::callmap::raw_json>> variables{};
    std::optional<std::span<const ::callmap::mapped::event>> events{};
    std::optional<std::span<const ::callmap::mapped::ivr_result>> result{};
};
BOOST_DESCRIBE_STRUCT(call, (), (call_id, uuid, agent_id, direction, call_type, from_number, to_number, caller_id_used, call_status, disconnection_reason, start_timestamp, end_timestamp, answered_at, duration, call_cost, recording_url, multi_url, transcript, transcript_object, latency, metadata, variables, events, result))

struct envelope {
    std::string_view status{};
    std::optional<std::string_view> message{};
    std::optional<::callmap::mapped::call> data{};
};
BOOST_DESCRIBE_STRUCT(envelope, (), (status, message, data))

}  // namespace callmap::mapped

namespace callmap {

template <>
struct enum_spelling<::callmap::mapped::direction> {
    static constexpr std::array<std::string_view, 2> values{"INBOUND", "OUTBOUND"};
    static constexpr bool case_insensitive = true;
};

}  // namespace callmap

namespace callmap::json {

template <>
struct value_parser<::callmap::mapped::product> {
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
    static bool parse(reader& r, ::callmap::mapped::product& out) {
        out = {};
        return parse_object_members(r, keys, required, &field_index, [&](int field) {
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
struct value_parser<::callmap::mapped::cost> {
    static constexpr std::array<std::string_view, 2> keys{"combined_cost", "product_costs"};
    static constexpr std::array<bool, 2> required{true, false};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 13:
                switch (key[0]) {
                    case 'c': return key == "combined_cost" ? 0 : -1;
                    case 'p': return key == "product_costs" ? 1 : -1;
                    default: return -1;
                }
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::mapped::cost& out) {
        out = {};
        return parse_object_members(r, keys, required, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<::callmap::decimal>::parse(r, out.combined_cost);
                case 1: return value_parser<std::optional<std::span<const ::callmap::mapped::product>>>::parse(r, out.product_costs);
                default: return false;
            }
        });
    }
};

template <>
struct value_parser<::callmap::mapped::word> {
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
    static bool parse(reader& r, ::callmap::mapped::word& out) {
        out = {};
        return parse_object_members(r, keys, required, &field_index, [&](int field) {
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
struct value_parser<::callmap::mapped::turn> {
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
    static bool parse(reader& r, ::callmap::mapped::turn& out) {
        out = {};
        return parse_object_members(r, keys, required, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<std::string_view>::parse(r, out.role);
                case 1: return value_parser<std::string_view>::parse(r, out.content);
                case 2: return value_parser<std::optional<std::int64_t>>::parse(r, out.timestamp);
                case 3: return value_parser<std::optional<std::span<const ::callmap::mapped::word>>>::parse(r, out.words);
                default: return false;
            }
        });
    }
};

template <>
struct value_parser<::callmap::mapped::stage> {
    static constexpr std::array<std::string_view, 5> keys{"min", "max", "p50", "num", "values"};
    static constexpr std::array<bool, 5> required{false, false, false, false, false};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 3:
                switch (key[1]) {
                    case 'i': return key == "min" ? 0 : -1;
                    case 'a': return key == "max" ? 1 : -1;
                    case '5': return key == "p50" ? 2 : -1;
                    case 'u': return key == "num" ? 3 : -1;
                    default: return -1;
                }
            case 6:
                return key == "values" ? 4 : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::mapped::stage& out) {
        out = {};
        return parse_object_members(r, keys, required, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<std::optional<double>>::parse(r, out.min);
                case 1: return value_parser<std::optional<double>>::parse(r, out.max);
                case 2: return value_parser<std::optional<double>>::parse(r, out.p50);
                case 3: return value_parser<std::optional<std::int64_t>>::parse(r, out.num);
                case 4: return value_parser<std::optional<std::span<const double>>>::parse(r, out.values);
                default: return false;
            }
        });
    }
};

template <>
struct value_parser<::callmap::mapped::event> {
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
    static bool parse(reader& r, ::callmap::mapped::event& out) {
        out = {};
        return parse_object_members(r, keys, required, &field_index, [&](int field) {
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
struct value_parser<::callmap::mapped::choice> {
    static constexpr std::array<std::string_view, 3> keys{"key", "title", "total"};
    static constexpr std::array<bool, 3> required{true, true, true};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 3:
                return key == "key" ? 0 : -1;
            case 5:
                switch (key[1]) {
                    case 'i': return key == "title" ? 1 : -1;
                    case 'o': return key == "total" ? 2 : -1;
                    default: return -1;
                }
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::mapped::choice& out) {
        out = {};
        return parse_object_members(r, keys, required, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<std::string_view>::parse(r, out.key);
                case 1: return value_parser<std::string_view>::parse(r, out.title);
                case 2: return value_parser<std::int64_t>::parse(r, out.total);
                default: return false;
            }
        });
    }
};

template <>
struct value_parser<::callmap::mapped::ivr_result_answer> {
    static bool parse(reader& r, ::callmap::mapped::ivr_result_answer& out) {
        out = {};
        switch (r.peek()) {
            case '"':
                return value_parser<std::string_view>::parse(r, out.as_string.emplace());
            case '{':
                return value_parser<::callmap::mapped::choice>::parse(r, out.as_choice.emplace());
            default: return r.fail_type("string or choice");
        }
    }
};

template <>
struct value_parser<::callmap::mapped::ivr_result> {
    static constexpr std::array<std::string_view, 3> keys{"question", "type", "answer"};
    static constexpr std::array<bool, 3> required{true, true, true};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 4:
                return key == "type" ? 1 : -1;
            case 6:
                return key == "answer" ? 2 : -1;
            case 8:
                return key == "question" ? 0 : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::mapped::ivr_result& out) {
        out = {};
        return parse_object_members(r, keys, required, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<std::string_view>::parse(r, out.question);
                case 1: return value_parser<std::string_view>::parse(r, out.type);
                case 2: return value_parser<std::span<const ::callmap::mapped::ivr_result_answer>>::parse(r, out.answer);
                default: return false;
            }
        });
    }
};

template <>
struct value_parser<::callmap::mapped::call> {
    static constexpr std::array<std::string_view, 24> keys{"call_id", "uuid", "agent_id", "direction", "call_type", "from_number", "to_number", "caller_id_used", "call_status", "disconnection_reason", "start_timestamp", "end_timestamp", "answered_at", "duration", "call_cost", "recording_url", "multi_url", "transcript", "transcript_object", "latency", "metadata", "variables", "events", "result"};
    static constexpr std::array<bool, 24> required{true, false, false, false, false, false, false, false, true, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 4:
                return key == "uuid" ? 1 : -1;
            case 6:
                switch (key[0]) {
                    case 'e': return key == "events" ? 22 : -1;
                    case 'r': return key == "result" ? 23 : -1;
                    default: return -1;
                }
            case 7:
                switch (key[0]) {
                    case 'c': return key == "call_id" ? 0 : -1;
                    case 'l': return key == "latency" ? 19 : -1;
                    default: return -1;
                }
            case 8:
                switch (key[0]) {
                    case 'a': return key == "agent_id" ? 2 : -1;
                    case 'd': return key == "duration" ? 13 : -1;
                    case 'm': return key == "metadata" ? 20 : -1;
                    default: return -1;
                }
            case 9:
                switch (key[6]) {
                    case 'i': return key == "direction" ? 3 : -1;
                    case 'y': return key == "call_type" ? 4 : -1;
                    case 'b': return key == "to_number" ? 6 : -1;
                    case 'o': return key == "call_cost" ? 14 : -1;
                    case 'u': return key == "multi_url" ? 16 : -1;
                    case 'l': return key == "variables" ? 21 : -1;
                    default: return -1;
                }
            case 10:
                return key == "transcript" ? 17 : -1;
            case 11:
                switch (key[0]) {
                    case 'f': return key == "from_number" ? 5 : -1;
                    case 'c': return key == "call_status" ? 8 : -1;
                    case 'a': return key == "answered_at" ? 12 : -1;
                    default: return -1;
                }
            case 13:
                switch (key[0]) {
                    case 'e': return key == "end_timestamp" ? 11 : -1;
                    case 'r': return key == "recording_url" ? 15 : -1;
                    default: return -1;
                }
            case 14:
                return key == "caller_id_used" ? 7 : -1;
            case 15:
                return key == "start_timestamp" ? 10 : -1;
            case 17:
                return key == "transcript_object" ? 18 : -1;
            case 20:
                return key == "disconnection_reason" ? 9 : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::mapped::call& out) {
        out = {};
        return parse_object_members(r, keys, required, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<std::string_view>::parse(r, out.call_id);
                case 1: return value_parser<std::optional<std::string_view>>::parse(r, out.uuid);
                case 2: return value_parser<std::optional<std::string_view>>::parse(r, out.agent_id);
                case 3: return value_parser<std::optional<::callmap::open_enum<::callmap::mapped::direction>>>::parse(r, out.direction);
                case 4: return value_parser<std::optional<std::string_view>>::parse(r, out.call_type);
                case 5: return value_parser<std::optional<std::string_view>>::parse(r, out.from_number);
                case 6: return value_parser<std::optional<std::string_view>>::parse(r, out.to_number);
                case 7: return value_parser<std::optional<std::string_view>>::parse(r, out.caller_id_used);
                case 8: return value_parser<std::string_view>::parse(r, out.call_status);
                case 9: return value_parser<std::optional<std::string_view>>::parse(r, out.disconnection_reason);
                case 10: return value_parser<std::optional<std::int64_t>>::parse(r, out.start_timestamp);
                case 11: return value_parser<std::optional<std::int64_t>>::parse(r, out.end_timestamp);
                case 12: return value_parser<std::optional<std::string_view>>::parse(r, out.answered_at);
                case 13: return value_parser<std::optional<::callmap::decimal>>::parse(r, out.duration);
                case 14: return value_parser<std::optional<::callmap::mapped::cost>>::parse(r, out.call_cost);
                case 15: return value_parser<std::optional<std::string_view>>::parse(r, out.recording_url);
                case 16: return value_parser<std::optional<std::string_view>>::parse(r, out.multi_url);
                case 17: return value_parser<std::optional<std::string_view>>::parse(r, out.transcript);
                case 18: return value_parser<std::optional<std::span<const ::callmap::mapped::turn>>>::parse(r, out.transcript_object);
                case 19: return value_parser<std::optional<::callmap::map<::callmap::mapped::stage>>>::parse(r, out.latency);
                case 20: return value_parser<std::optional<::callmap::raw_json>>::parse(r, out.metadata);
                case 21: return value_parser<std::optional<::callmap::map<::callmap::raw_json>>>::parse(r, out.variables);
                case 22: return value_parser<std::optional<std::span<const ::callmap::mapped::event>>>::parse(r, out.events);
                case 23: return value_parser<std::optional<std::span<const ::callmap::mapped::ivr_result>>>::parse(r, out.result);
                default: return false;
            }
        });
    }
};

template <>
struct value_parser<::callmap::mapped::envelope> {
    static constexpr std::array<std::string_view, 3> keys{"status", "message", "data"};
    static constexpr std::array<bool, 3> required{true, false, false};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 4:
                return key == "data" ? 2 : -1;
            case 6:
                return key == "status" ? 0 : -1;
            case 7:
                return key == "message" ? 1 : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::mapped::envelope& out) {
        out = {};
        return parse_object_members(r, keys, required, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<std::string_view>::parse(r, out.status);
                case 1: return value_parser<std::optional<std::string_view>>::parse(r, out.message);
                case 2: return value_parser<std::optional<::callmap::mapped::call>>::parse(r, out.data);
                default: return false;
            }
        });
    }
};

}  // namespace callmap::json

namespace callmap::mapped::shape {

inline constexpr std::array<::callmap::drift::field_shape, 3> product_fields{{
    {"product", 1, 0, false, false, -1, {}, false},
    {"cost", 3, 0, false, false, -1, {}, false},
    {"unit_price", 3, 0, false, true, -1, {}, false},
}};
inline constexpr std::array<::callmap::drift::field_shape, 2> cost_fields{{
    {"combined_cost", 3, 0, false, false, -1, {}, false},
    {"product_costs", 8, 1, false, true, 0, {}, false},
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
    {"words", 8, 1, false, true, 2, {}, false},
}};
inline constexpr std::array<::callmap::drift::field_shape, 5> stage_fields{{
    {"min", 2, 0, false, true, -1, {}, false},
    {"max", 2, 0, false, true, -1, {}, false},
    {"p50", 2, 0, false, true, -1, {}, false},
    {"num", 2, 0, false, true, -1, {}, false},
    {"values", 2, 1, false, true, -1, {}, false},
}};
inline constexpr std::array<::callmap::drift::field_shape, 4> event_fields{{
    {"timestamp", 2, 0, false, true, -1, {}, false},
    {"event", 1, 0, false, false, -1, {}, false},
    {"session_time", 2, 0, false, true, -1, {}, false},
    {"data", 31, 0, false, true, -1, {}, false},
}};
inline constexpr std::array<::callmap::drift::field_shape, 3> choice_fields{{
    {"key", 1, 0, false, false, -1, {}, false},
    {"title", 1, 0, false, false, -1, {}, false},
    {"total", 2, 0, false, false, -1, {}, false},
}};
inline constexpr std::array<::callmap::drift::field_shape, 3> ivr_result_fields{{
    {"question", 1, 0, false, false, -1, {}, false},
    {"type", 1, 0, false, false, -1, {}, false},
    {"answer", 9, 1, false, false, 6, {}, false},
}};
inline constexpr std::array<::callmap::drift::field_shape, 24> call_fields{{
    {"call_id", 1, 0, false, false, -1, {}, false},
    {"uuid", 1, 0, false, true, -1, {}, false},
    {"agent_id", 1, 0, false, true, -1, {}, false},
    {"direction", 1, 0, false, true, -1, ::callmap::enum_spelling<::callmap::mapped::direction>::values, ::callmap::enum_spelling<::callmap::mapped::direction>::case_insensitive},
    {"call_type", 1, 0, false, true, -1, {}, false},
    {"from_number", 1, 0, false, true, -1, {}, false},
    {"to_number", 1, 0, false, true, -1, {}, false},
    {"caller_id_used", 1, 0, false, true, -1, {}, false},
    {"call_status", 1, 0, false, false, -1, {}, false},
    {"disconnection_reason", 1, 0, false, true, -1, {}, false},
    {"start_timestamp", 2, 0, false, true, -1, {}, false},
    {"end_timestamp", 2, 0, false, true, -1, {}, false},
    {"answered_at", 1, 0, false, true, -1, {}, false},
    {"duration", 3, 0, false, true, -1, {}, false},
    {"call_cost", 8, 0, false, true, 1, {}, false},
    {"recording_url", 1, 0, false, true, -1, {}, false},
    {"multi_url", 1, 0, false, true, -1, {}, false},
    {"transcript", 1, 0, false, true, -1, {}, false},
    {"transcript_object", 8, 1, false, true, 3, {}, false},
    {"latency", 8, 0, true, true, 4, {}, false},
    {"metadata", 31, 0, false, true, -1, {}, false},
    {"variables", 31, 0, true, true, -1, {}, false},
    {"events", 8, 1, false, true, 5, {}, false},
    {"result", 8, 1, false, true, 7, {}, false},
}};
inline constexpr std::array<::callmap::drift::field_shape, 3> envelope_fields{{
    {"status", 1, 0, false, false, -1, {}, false},
    {"message", 1, 0, false, true, -1, {}, false},
    {"data", 8, 0, false, true, 8, {}, false},
}};
inline constexpr std::array<::callmap::drift::object_shape, 10> objects{{
    {"product", product_fields},
    {"cost", cost_fields},
    {"word", word_fields},
    {"turn", turn_fields},
    {"stage", stage_fields},
    {"event", event_fields},
    {"choice", choice_fields},
    {"ivr_result", ivr_result_fields},
    {"call", call_fields},
    {"envelope", envelope_fields},
}};
inline constexpr int root = 9;

}  // namespace callmap::mapped::shape

namespace callmap::mapped {

namespace mapping_tables {
inline constexpr ::callmap::table_entry<::callmap::direction> table_1[] = {
    {"INBOUND", ::callmap::direction::inbound},
    {"OUTBOUND", ::callmap::direction::outbound},
};
inline constexpr ::callmap::table_entry<::callmap::channel> table_2[] = {
    {"PHONE_CALL", ::callmap::channel::pstn},
    {"WEB_CALL", ::callmap::channel::web},
};
inline constexpr ::callmap::table_entry<::callmap::end_reason> shared_test_end_reasons[] = {
    {"user_hangup", ::callmap::end_reason::customer_hangup},
    {"agent_hangup", ::callmap::end_reason::agent_hangup},
    {"dial_busy", ::callmap::end_reason::busy},
    {"dial_no_answer", ::callmap::end_reason::no_answer},
    {"error_*", ::callmap::end_reason::platform_error},
};
inline constexpr ::callmap::table_entry<::callmap::call_status> table_3[] = {
    {"REGISTERED", ::callmap::call_status::queued},
    {"ONGOING", ::callmap::call_status::in_progress},
    {"ENDED", ::callmap::call_status::completed},
    {"ERROR", ::callmap::call_status::failed},
};
inline constexpr ::callmap::table_entry<::callmap::turn_role> table_4[] = {
    {"assistant", ::callmap::turn_role::agent},
    {"user", ::callmap::turn_role::user},
};
inline constexpr ::callmap::table_entry<::callmap::ivr_kind> table_5[] = {
    {"record_speach", ::callmap::ivr_kind::recording},
    {"multiple_choice", ::callmap::ivr_kind::choice},
    {"collect_number", ::callmap::ivr_kind::digits},
};
}  // namespace mapping_tables

/// Maps a parsed mapped payload onto the canonical call record. The result holds
/// views into the payload and into `memory`. A provider error answer is an error result.
inline ::callmap::result<::callmap::call> to_call(const envelope& in, ::callmap::arena& memory) {
    ::callmap::mapping_context ctx(memory);
    ::callmap::call out;
    out.provider = "mapped";
    if (const auto* w1 = [&]() -> const std::string_view* {
        return &in.status;
    }();
        w1 != nullptr && ::callmap::matches_any(::callmap::text_of(*w1), {"error"})) {
        std::string_view message;
        if (const auto* m2 = [&]() -> const std::string_view* {
            if (!in.message) return nullptr;
            return &*in.message;
        }(); message.empty() && m2 != nullptr) message = *m2;
        return ::callmap::provider_error("mapped", message);
    }
    if (const auto v5 = [&]() -> std::optional<std::string_view> {
        const auto* v3 = [&]() -> const std::string_view* {
            if (!in.data) return nullptr;
            const auto& s4 = *in.data;
            return &s4.call_id;
        }();
        if (v3 == nullptr) return std::nullopt;
        return ::callmap::text_of(*v3);
    }()) out.id = *v5;
    if (const auto v11 = [&]() -> std::optional<::callmap::direction> {
        const auto* v6 = [&]() -> const ::callmap::open_enum<::callmap::mapped::direction>* {
            if (!in.data) return nullptr;
            const auto& s7 = *in.data;
            if (!s7.direction) return nullptr;
            return &*s7.direction;
        }();
        if (v6 == nullptr) return std::nullopt;
        const std::string_view raw8 = ::callmap::text_of(*v6);
        const std::optional<::callmap::direction> mapped9 = ::callmap::lookup<::callmap::direction>(mapping_tables::table_1, raw8);
        if (!mapped9) ctx.warn("unmapped direction value", raw8);
        ::callmap::direction value10 = mapped9 ? *mapped9 : ::callmap::direction::unknown;
        return value10;
    }()) out.direction = *v11;
    if (const auto v17 = [&]() -> std::optional<::callmap::channel> {
        const auto* v12 = [&]() -> const std::string_view* {
            if (!in.data) return nullptr;
            const auto& s13 = *in.data;
            if (!s13.call_type) return nullptr;
            return &*s13.call_type;
        }();
        if (v12 == nullptr) return std::nullopt;
        const std::string_view raw14 = ::callmap::text_of(*v12);
        const std::optional<::callmap::channel> mapped15 = ::callmap::lookup<::callmap::channel>(mapping_tables::table_2, raw14);
        if (!mapped15) ctx.warn("unmapped channel value", raw14);
        ::callmap::channel value16 = mapped15 ? *mapped15 : ::callmap::channel::unknown;
        return value16;
    }()) out.channel = *v17;
    if (const auto v28 = [&]() -> std::optional<std::string_view> {
        const auto* w18 = [&]() -> const ::callmap::open_enum<::callmap::mapped::direction>* {
            if (!in.data) return nullptr;
            const auto& s19 = *in.data;
            if (!s19.direction) return nullptr;
            return &*s19.direction;
        }();
        if (w18 != nullptr && ::callmap::matches_any(::callmap::text_of(*w18), {"OUTBOUND"})) return [&]() -> std::optional<std::string_view> {
            if (auto r20 = [&]() -> std::optional<std::string_view> {
                const auto* v21 = [&]() -> const std::string_view* {
                    if (!in.data) return nullptr;
                    const auto& s22 = *in.data;
                    if (!s22.caller_id_used) return nullptr;
                    return &*s22.caller_id_used;
                }();
                if (v21 == nullptr) return std::nullopt;
                return ::callmap::text_of(*v21);
            }()) return r20;
            if (auto r23 = [&]() -> std::optional<std::string_view> {
                const auto* v24 = [&]() -> const std::string_view* {
                    if (!in.data) return nullptr;
                    const auto& s25 = *in.data;
                    if (!s25.from_number) return nullptr;
                    return &*s25.from_number;
                }();
                if (v24 == nullptr) return std::nullopt;
                return ::callmap::text_of(*v24);
            }()) return r23;
            return std::nullopt;
        }();
        return [&]() -> std::optional<std::string_view> {
            const auto* v26 = [&]() -> const std::string_view* {
                if (!in.data) return nullptr;
                const auto& s27 = *in.data;
                if (!s27.from_number) return nullptr;
                return &*s27.from_number;
            }();
            if (v26 == nullptr) return std::nullopt;
            return ::callmap::text_of(*v26);
        }();
    }()) out.from = ::callmap::to_party(*v28);
    if (const auto v31 = [&]() -> std::optional<std::string_view> {
        const auto* v29 = [&]() -> const std::string_view* {
            if (!in.data) return nullptr;
            const auto& s30 = *in.data;
            if (!s30.to_number) return nullptr;
            return &*s30.to_number;
        }();
        if (v29 == nullptr) return std::nullopt;
        return ::callmap::text_of(*v29);
    }()) out.to = ::callmap::to_party(*v31);
    out.end_reason = [&]() -> std::optional<::callmap::end_reason> {
        const auto* v32 = [&]() -> const std::string_view* {
            if (!in.data) return nullptr;
            const auto& s33 = *in.data;
            if (!s33.disconnection_reason) return nullptr;
            return &*s33.disconnection_reason;
        }();
        if (v32 == nullptr) return std::nullopt;
        const std::string_view raw34 = ::callmap::text_of(*v32);
        const std::optional<::callmap::end_reason> mapped35 = ::callmap::lookup<::callmap::end_reason>(mapping_tables::shared_test_end_reasons, raw34);
        if (!mapped35) ctx.warn("unmapped end_reason value", raw34);
        ::callmap::end_reason value36 = mapped35 ? *mapped35 : ::callmap::end_reason::unknown;
        return value36;
    }();
    if (const auto* v38 = [&]() -> const std::string_view* {
        if (!in.data) return nullptr;
        const auto& s39 = *in.data;
        if (!s39.disconnection_reason) return nullptr;
        return &*s39.disconnection_reason;
    }()) out.end_reason_raw = ::callmap::text_of(*v38);
    if (const auto v45 = [&]() -> std::optional<::callmap::call_status> {
        const auto* v40 = [&]() -> const std::string_view* {
            if (!in.data) return nullptr;
            const auto& s41 = *in.data;
            return &s41.call_status;
        }();
        if (v40 == nullptr) return std::nullopt;
        const std::string_view raw42 = ::callmap::text_of(*v40);
        const std::optional<::callmap::call_status> mapped43 = ::callmap::lookup<::callmap::call_status>(mapping_tables::table_3, raw42);
        if (!mapped43) ctx.warn("unmapped status value", raw42);
        ::callmap::call_status value44 = mapped43 ? *mapped43 : ::callmap::call_status::unknown;
        if (::callmap::matches_any(raw42, {"ENDED"})) value44 = ::callmap::refine_status(value44, out.end_reason);
        return value44;
    }()) out.status = *v45;
    if (const auto* v46 = [&]() -> const std::string_view* {
        if (!in.data) return nullptr;
        const auto& s47 = *in.data;
        return &s47.call_status;
    }()) out.status_raw = ::callmap::text_of(*v46);
    out.started_at = [&]() -> std::optional<::callmap::timestamp> {
        const auto* v48 = [&]() -> const std::int64_t* {
            if (!in.data) return nullptr;
            const auto& s49 = *in.data;
            if (!s49.start_timestamp) return nullptr;
            return &*s49.start_timestamp;
        }();
        if (v48 == nullptr) return std::nullopt;
        return ::callmap::to_instant(ctx, *v48, ::callmap::time_format::epoch_ms);
    }();
    out.answered_at = [&]() -> std::optional<::callmap::timestamp> {
        const auto* v51 = [&]() -> const std::string_view* {
            if (!in.data) return nullptr;
            const auto& s52 = *in.data;
            if (!s52.answered_at) return nullptr;
            return &*s52.answered_at;
        }();
        if (v51 == nullptr) return std::nullopt;
        return ::callmap::to_instant(ctx, *v51, ::callmap::time_format::iso8601);
    }();
    out.ended_at = [&]() -> std::optional<::callmap::timestamp> {
        const auto* v54 = [&]() -> const std::int64_t* {
            if (!in.data) return nullptr;
            const auto& s55 = *in.data;
            if (!s55.end_timestamp) return nullptr;
            return &*s55.end_timestamp;
        }();
        if (v54 == nullptr) return std::nullopt;
        return ::callmap::to_instant(ctx, *v54, ::callmap::time_format::epoch_ms);
    }();
    out.duration_ms = [&]() -> std::optional<std::int64_t> {
        const auto* v57 = [&]() -> const ::callmap::decimal* {
            if (!in.data) return nullptr;
            const auto& s58 = *in.data;
            if (!s58.duration) return nullptr;
            return &*s58.duration;
        }();
        if (v57 == nullptr) return std::nullopt;
        const std::optional<std::int64_t> r59 = ::callmap::scaled_integer(*v57, 1000);
        return r59;
    }();
    out.talk_ms = [&]() -> std::optional<std::int64_t> {
        if (!out.ended_at || !out.answered_at) return std::nullopt;
        return out.ended_at->epoch_ms - out.answered_at->epoch_ms;
    }();
    if (const auto v64 = [&]() -> std::optional<::callmap::map<::callmap::raw_json>> {
        const auto* v62 = [&]() -> const ::callmap::map<::callmap::raw_json>* {
            if (!in.data) return nullptr;
            const auto& s63 = *in.data;
            if (!s63.variables) return nullptr;
            return &*s63.variables;
        }();
        if (v62 == nullptr) return std::nullopt;
        return *v62;
    }()) out.variables = *v64;
    out.metadata = [&]() -> std::optional<::callmap::raw_json> {
        const auto* v65 = [&]() -> const ::callmap::raw_json* {
            if (!in.data) return nullptr;
            const auto& s66 = *in.data;
            if (!s66.metadata) return nullptr;
            return &*s66.metadata;
        }();
        if (v65 == nullptr) return std::nullopt;
        return *v65;
    }();
    out.external_ids.entries = ::callmap::build_array<::callmap::map_entry<std::string_view>>(ctx, 1, [&](std::size_t i68, ::callmap::map_entry<std::string_view>& entry69) -> bool {
        switch (i68) {
            case 0: {
                const auto v70 = [&]() -> std::optional<std::string_view> {
                    const auto* v71 = [&]() -> const std::string_view* {
                        if (!in.data) return nullptr;
                        const auto& s72 = *in.data;
                        if (!s72.uuid) return nullptr;
                        return &*s72.uuid;
                    }();
                    if (v71 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v71);
                }();
                if (!v70) return false;
                entry69 = {"uuid", *v70};
                return true;
            }
            default: return false;
        }
    });
    {
        ::callmap::agent_info g73{};
        bool present74 = false;
        if (const auto v75 = [&]() -> std::optional<std::string_view> {
            const auto* v76 = [&]() -> const std::string_view* {
                if (!in.data) return nullptr;
                const auto& s77 = *in.data;
                if (!s77.agent_id) return nullptr;
                return &*s77.agent_id;
            }();
            if (v76 == nullptr) return std::nullopt;
            return ::callmap::text_of(*v76);
        }()) {
            g73.id = *v75;
            present74 = true;
        }
        g73.kind = ::callmap::agent_kind::ai;
        if (present74) out.agent = g73;
    }
    {
        ::callmap::cost g78{};
        bool present79 = false;
        if (const auto v80 = [&]() -> std::optional<std::int64_t> {
            const auto* v81 = [&]() -> const ::callmap::decimal* {
                if (!in.data) return nullptr;
                const auto& s82 = *in.data;
                if (!s82.call_cost) return nullptr;
                const auto& s83 = *s82.call_cost;
                return &s83.combined_cost;
            }();
            if (v81 == nullptr) return std::nullopt;
            return ::callmap::money_micros(*v81, 1'000'000);
        }()) {
            g78.amount_micros = *v80;
            present79 = true;
        }
        g78.currency = std::string_view("USD");
        g78.currency_assumed = true;
        if (const auto* items84 = [&]() -> const std::span<const ::callmap::mapped::product>* {
            if (!in.data) return nullptr;
            const auto& s88 = *in.data;
            if (!s88.call_cost) return nullptr;
            const auto& s89 = *s88.call_cost;
            if (!s89.product_costs) return nullptr;
            return &*s89.product_costs;
        }()) {
            g78.components = ::callmap::build_array<::callmap::cost_component>(ctx, (*items84).size(), [&](std::size_t i85, ::callmap::cost_component& g87) -> bool {
                const auto& e86 = (*items84)[i85];
                if (const auto v91 = [&]() -> std::optional<std::string_view> {
                    const auto* v90 = [&]() -> const std::string_view* {
                        return &e86.product;
                    }();
                    if (v90 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v90);
                }()) g87.name = *v91;
                if (const auto v93 = [&]() -> std::optional<std::int64_t> {
                    const auto* v92 = [&]() -> const ::callmap::decimal* {
                        return &e86.cost;
                    }();
                    if (v92 == nullptr) return std::nullopt;
                    return ::callmap::money_micros(*v92, 1'000'000);
                }()) g87.amount_micros = *v93;
                g87.unit_price_micros = [&]() -> std::optional<std::int64_t> {
                    const auto* v94 = [&]() -> const ::callmap::decimal* {
                        if (!e86.unit_price) return nullptr;
                        return &*e86.unit_price;
                    }();
                    if (v94 == nullptr) return std::nullopt;
                    return ::callmap::money_micros(*v94, 1'000'000);
                }();
                return true;
            });
        }
        present79 = present79 || !g78.components.empty();
        if (present79 && g78.currency_assumed) ctx.warn("currency assumed", g78.currency.value_or(""));
        if (present79) out.cost = g78;
    }
    out.recordings = ::callmap::build_array<::callmap::recording>(ctx, 2, [&](std::size_t i96, ::callmap::recording& g97) -> bool {
        switch (i96) {
            case 0: {
                const auto v98 = [&]() -> std::optional<std::string_view> {
                    const auto* v99 = [&]() -> const std::string_view* {
                        if (!in.data) return nullptr;
                        const auto& s100 = *in.data;
                        if (!s100.recording_url) return nullptr;
                        return &*s100.recording_url;
                    }();
                    if (v99 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v99);
                }();
                if (!v98) return false;
                if (v98) g97.url = *v98;
                g97.kind = ::callmap::recording_kind::mixed;
                return true;
            }
            case 1: {
                const auto v101 = [&]() -> std::optional<std::string_view> {
                    const auto* v102 = [&]() -> const std::string_view* {
                        if (!in.data) return nullptr;
                        const auto& s103 = *in.data;
                        if (!s103.multi_url) return nullptr;
                        return &*s103.multi_url;
                    }();
                    if (v102 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v102);
                }();
                if (!v101) return false;
                if (v101) g97.url = *v101;
                g97.kind = ::callmap::recording_kind::multichannel;
                return true;
            }
            default: return false;
        }
    });
    {
        ::callmap::transcript g104{};
        bool present105 = false;
        if (const auto v106 = [&]() -> std::optional<std::string_view> {
            const auto* v107 = [&]() -> const std::string_view* {
                if (!in.data) return nullptr;
                const auto& s108 = *in.data;
                if (!s108.transcript) return nullptr;
                return &*s108.transcript;
            }();
            if (v107 == nullptr) return std::nullopt;
            return ::callmap::text_of(*v107);
        }()) {
            g104.text = *v106;
            present105 = true;
        }
        if (const auto* items109 = [&]() -> const std::span<const ::callmap::mapped::turn>* {
            if (!in.data) return nullptr;
            const auto& s113 = *in.data;
            if (!s113.transcript_object) return nullptr;
            return &*s113.transcript_object;
        }()) {
            g104.turns = ::callmap::build_array<::callmap::turn>(ctx, (*items109).size(), [&](std::size_t i110, ::callmap::turn& g112) -> bool {
                const auto& e111 = (*items109)[i110];
                if (const auto v118 = [&]() -> std::optional<::callmap::turn_role> {
                    const auto* v114 = [&]() -> const std::string_view* {
                        return &e111.role;
                    }();
                    if (v114 == nullptr) return std::nullopt;
                    const std::string_view raw115 = ::callmap::text_of(*v114);
                    const std::optional<::callmap::turn_role> mapped116 = ::callmap::lookup<::callmap::turn_role>(mapping_tables::table_4, raw115);
                    if (!mapped116) ctx.warn("unmapped role value", raw115);
                    ::callmap::turn_role value117 = mapped116 ? *mapped116 : ::callmap::turn_role::other;
                    return value117;
                }()) g112.role = *v118;
                if (const auto v120 = [&]() -> std::optional<std::string_view> {
                    const auto* v119 = [&]() -> const std::string_view* {
                        return &e111.content;
                    }();
                    if (v119 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v119);
                }()) g112.text = *v120;
                g112.at = [&]() -> std::optional<::callmap::timestamp> {
                    const auto* v121 = [&]() -> const std::int64_t* {
                        if (!e111.timestamp) return nullptr;
                        return &*e111.timestamp;
                    }();
                    if (v121 == nullptr) return std::nullopt;
                    return ::callmap::to_instant(ctx, *v121, ::callmap::time_format::epoch_ms);
                }();
                if (const auto* items123 = [&]() -> const std::span<const ::callmap::mapped::word>* {
                    if (!e111.words) return nullptr;
                    return &*e111.words;
                }()) {
                    g112.words = ::callmap::build_array<::callmap::word>(ctx, (*items123).size(), [&](std::size_t i124, ::callmap::word& g126) -> bool {
                        const auto& e125 = (*items123)[i124];
                        if (const auto v128 = [&]() -> std::optional<std::string_view> {
                            const auto* v127 = [&]() -> const std::string_view* {
                                return &e125.word;
                            }();
                            if (v127 == nullptr) return std::nullopt;
                            return ::callmap::text_of(*v127);
                        }()) g126.text = *v128;
                        if (const auto v131 = [&]() -> std::optional<std::int64_t> {
                            const auto* v129 = [&]() -> const std::int64_t* {
                                return &e125.start;
                            }();
                            if (v129 == nullptr) return std::nullopt;
                            const std::optional<std::int64_t> r130 = ::callmap::scaled_integer(*v129, 1);
                            if (!r130 || !out.started_at) return std::nullopt;
                            return *r130 - out.started_at->epoch_ms;
                        }()) g126.start_ms = *v131;
                        if (const auto v134 = [&]() -> std::optional<std::int64_t> {
                            const auto* v132 = [&]() -> const std::int64_t* {
                                return &e125.end;
                            }();
                            if (v132 == nullptr) return std::nullopt;
                            const std::optional<std::int64_t> r133 = ::callmap::scaled_integer(*v132, 1);
                            if (!r133 || !out.started_at) return std::nullopt;
                            return *r133 - out.started_at->epoch_ms;
                        }()) g126.end_ms = *v134;
                        return true;
                    });
                }
                return true;
            });
        }
        present105 = present105 || !g104.turns.empty();
        if (present105) out.transcript = g104;
    }
    if (const auto* items135 = [&]() -> const ::callmap::map<::callmap::mapped::stage>* {
        if (!in.data) return nullptr;
        const auto& s139 = *in.data;
        if (!s139.latency) return nullptr;
        return &*s139.latency;
    }()) {
        out.latency.entries = ::callmap::build_array<::callmap::map_entry<::callmap::latency_stats>>(ctx, items135->entries.size(), [&](std::size_t i136, ::callmap::map_entry<::callmap::latency_stats>& g138) -> bool {
            const auto& e137 = items135->entries[i136];
            g138.key = e137.key;
            g138.value.min = [&]() -> std::optional<double> {
                const auto* v140 = [&]() -> const double* {
                    if (!e137.value.min) return nullptr;
                    return &*e137.value.min;
                }();
                if (v140 == nullptr) return std::nullopt;
                return ::callmap::to_double(*v140);
            }();
            g138.value.max = [&]() -> std::optional<double> {
                const auto* v142 = [&]() -> const double* {
                    if (!e137.value.max) return nullptr;
                    return &*e137.value.max;
                }();
                if (v142 == nullptr) return std::nullopt;
                return ::callmap::to_double(*v142);
            }();
            g138.value.p50 = [&]() -> std::optional<double> {
                const auto* v144 = [&]() -> const double* {
                    if (!e137.value.p50) return nullptr;
                    return &*e137.value.p50;
                }();
                if (v144 == nullptr) return std::nullopt;
                return ::callmap::to_double(*v144);
            }();
            g138.value.count = [&]() -> std::optional<std::int64_t> {
                const auto* v146 = [&]() -> const std::int64_t* {
                    if (!e137.value.num) return nullptr;
                    return &*e137.value.num;
                }();
                if (v146 == nullptr) return std::nullopt;
                const std::optional<std::int64_t> r147 = ::callmap::scaled_integer(*v146, 1);
                return r147;
            }();
            if (const auto v150 = [&]() -> std::optional<std::span<const double>> {
                const auto* v149 = [&]() -> const std::span<const double>* {
                    if (!e137.value.values) return nullptr;
                    return &*e137.value.values;
                }();
                if (v149 == nullptr) return std::nullopt;
                return *v149;
            }()) g138.value.samples = *v150;
            return true;
        });
    }
    if (const auto* items151 = [&]() -> const std::span<const ::callmap::mapped::ivr_result>* {
        if (!in.data) return nullptr;
        const auto& s155 = *in.data;
        if (!s155.result) return nullptr;
        return &*s155.result;
    }()) {
        out.ivr = ::callmap::build_array<::callmap::ivr_step>(ctx, (*items151).size(), [&](std::size_t i152, ::callmap::ivr_step& g154) -> bool {
            const auto& e153 = (*items151)[i152];
            if (const auto v157 = [&]() -> std::optional<std::string_view> {
                const auto* v156 = [&]() -> const std::string_view* {
                    return &e153.question;
                }();
                if (v156 == nullptr) return std::nullopt;
                return ::callmap::text_of(*v156);
            }()) g154.question = *v157;
            if (const auto v162 = [&]() -> std::optional<::callmap::ivr_kind> {
                const auto* v158 = [&]() -> const std::string_view* {
                    return &e153.type;
                }();
                if (v158 == nullptr) return std::nullopt;
                const std::string_view raw159 = ::callmap::text_of(*v158);
                const std::optional<::callmap::ivr_kind> mapped160 = ::callmap::lookup<::callmap::ivr_kind>(mapping_tables::table_5, raw159);
                if (!mapped160) ctx.warn("unmapped kind value", raw159);
                ::callmap::ivr_kind value161 = mapped160 ? *mapped160 : ::callmap::ivr_kind::other;
                return value161;
            }()) g154.kind = *v162;
            if (const auto v166 = [&]() -> std::optional<std::span<const std::string_view>> {
                const auto* v163 = [&]() -> const std::span<const ::callmap::mapped::ivr_result_answer>* {
                    return &e153.answer;
                }();
                if (v163 == nullptr) return std::nullopt;
                return ::callmap::build_array<std::string_view>(ctx, v163->size(), [&](std::size_t i164, std::string_view& g165) -> bool {
                    if (!(*v163)[i164].as_string) return false;
                    g165 = *(*v163)[i164].as_string;
                    return true;
                });
            }()) g154.answers = *v166;
            if (const auto* items167 = [&]() -> const std::span<const ::callmap::mapped::ivr_result_answer>* {
                return &e153.answer;
            }()) {
                g154.choices = ::callmap::build_array<::callmap::ivr_choice>(ctx, (*items167).size(), [&](std::size_t i168, ::callmap::ivr_choice& g170) -> bool {
                    const auto& alt171 = (*items167)[i168].as_choice;
                    if (!alt171) return false;
                    const auto& e169 = *alt171;
                    if (const auto v173 = [&]() -> std::optional<std::string_view> {
                        const auto* v172 = [&]() -> const std::string_view* {
                            return &e169.key;
                        }();
                        if (v172 == nullptr) return std::nullopt;
                        return ::callmap::text_of(*v172);
                    }()) g170.key = *v173;
                    if (const auto v175 = [&]() -> std::optional<std::string_view> {
                        const auto* v174 = [&]() -> const std::string_view* {
                            return &e169.title;
                        }();
                        if (v174 == nullptr) return std::nullopt;
                        return ::callmap::text_of(*v174);
                    }()) g170.title = *v175;
                    if (const auto v178 = [&]() -> std::optional<std::int64_t> {
                        const auto* v176 = [&]() -> const std::int64_t* {
                            return &e169.total;
                        }();
                        if (v176 == nullptr) return std::nullopt;
                        const std::optional<std::int64_t> r177 = ::callmap::scaled_integer(*v176, 1);
                        return r177;
                    }()) g170.count = *v178;
                    return true;
                });
            }
            return true;
        });
    }
    if (const auto* items179 = [&]() -> const std::span<const ::callmap::mapped::event>* {
        if (!in.data) return nullptr;
        const auto& s183 = *in.data;
        if (!s183.events) return nullptr;
        return &*s183.events;
    }()) {
        out.events = ::callmap::build_array<::callmap::event>(ctx, (*items179).size(), [&](std::size_t i180, ::callmap::event& g182) -> bool {
            const auto& e181 = (*items179)[i180];
            g182.at = [&]() -> std::optional<::callmap::timestamp> {
                const auto* v184 = [&]() -> const std::int64_t* {
                    if (!e181.timestamp) return nullptr;
                    return &*e181.timestamp;
                }();
                if (v184 == nullptr) return std::nullopt;
                return ::callmap::to_instant(ctx, *v184, ::callmap::time_format::epoch_ms);
            }();
            g182.session_ms = [&]() -> std::optional<std::int64_t> {
                const auto* v186 = [&]() -> const std::int64_t* {
                    if (!e181.session_time) return nullptr;
                    return &*e181.session_time;
                }();
                if (v186 == nullptr) return std::nullopt;
                const std::optional<std::int64_t> r187 = ::callmap::scaled_integer(*v186, 1);
                return r187;
            }();
            if (const auto v190 = [&]() -> std::optional<std::string_view> {
                const auto* v189 = [&]() -> const std::string_view* {
                    return &e181.event;
                }();
                if (v189 == nullptr) return std::nullopt;
                return ::callmap::text_of(*v189);
            }()) g182.name = *v190;
            if (const auto v192 = [&]() -> std::optional<::callmap::raw_json> {
                const auto* v191 = [&]() -> const ::callmap::raw_json* {
                    if (!e181.data) return nullptr;
                    return &*e181.data;
                }();
                if (v191 == nullptr) return std::nullopt;
                return *v191;
            }()) g182.data = *v192;
            return true;
        });
    }
    if (out.id.empty()) ctx.warn("no call id in the payload");
    out.warnings = ctx.warnings();
    return out;
}

}  // namespace callmap::mapped
