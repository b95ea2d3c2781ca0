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
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
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
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
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
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
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
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
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
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
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
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
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
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
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

// GCC 12 reports std::optional members of lambda results as maybe-uninitialized at -O2
// (a known false positive, GCC PR 80635); the code reads no uninitialized value.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
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
    std::optional<std::string_view> raw32;
    out.end_reason = [&]() -> std::optional<::callmap::end_reason> {
        const auto* v33 = [&]() -> const std::string_view* {
            if (!in.data) return nullptr;
            const auto& s34 = *in.data;
            if (!s34.disconnection_reason) return nullptr;
            return &*s34.disconnection_reason;
        }();
        if (v33 == nullptr) return std::nullopt;
        const std::string_view raw35 = ::callmap::text_of(*v33);
        raw32 = raw35;
        const std::optional<::callmap::end_reason> mapped36 = ::callmap::lookup<::callmap::end_reason>(mapping_tables::shared_test_end_reasons, raw35);
        if (!mapped36) ctx.warn("unmapped end_reason value", raw35);
        ::callmap::end_reason value37 = mapped36 ? *mapped36 : ::callmap::end_reason::unknown;
        return value37;
    }();
    if (raw32) out.end_reason_raw = *raw32;
    std::optional<std::string_view> raw39;
    if (const auto v45 = [&]() -> std::optional<::callmap::call_status> {
        const auto* v40 = [&]() -> const std::string_view* {
            if (!in.data) return nullptr;
            const auto& s41 = *in.data;
            return &s41.call_status;
        }();
        if (v40 == nullptr) return std::nullopt;
        const std::string_view raw42 = ::callmap::text_of(*v40);
        raw39 = raw42;
        const std::optional<::callmap::call_status> mapped43 = ::callmap::lookup<::callmap::call_status>(mapping_tables::table_3, raw42);
        if (!mapped43) ctx.warn("unmapped status value", raw42);
        ::callmap::call_status value44 = mapped43 ? *mapped43 : ::callmap::call_status::unknown;
        if (::callmap::matches_any(raw42, {"ENDED"})) value44 = ::callmap::refine_status(value44, out.end_reason);
        return value44;
    }()) out.status = *v45;
    if (raw39) out.status_raw = *raw39;
    out.started_at = [&]() -> std::optional<::callmap::timestamp> {
        const auto* v46 = [&]() -> const std::int64_t* {
            if (!in.data) return nullptr;
            const auto& s47 = *in.data;
            if (!s47.start_timestamp) return nullptr;
            return &*s47.start_timestamp;
        }();
        if (v46 == nullptr) return std::nullopt;
        return ::callmap::to_instant(ctx, *v46, ::callmap::time_format::epoch_ms);
    }();
    out.answered_at = [&]() -> std::optional<::callmap::timestamp> {
        const auto* v49 = [&]() -> const std::string_view* {
            if (!in.data) return nullptr;
            const auto& s50 = *in.data;
            if (!s50.answered_at) return nullptr;
            return &*s50.answered_at;
        }();
        if (v49 == nullptr) return std::nullopt;
        return ::callmap::to_instant(ctx, *v49, ::callmap::time_format::iso8601);
    }();
    out.ended_at = [&]() -> std::optional<::callmap::timestamp> {
        const auto* v52 = [&]() -> const std::int64_t* {
            if (!in.data) return nullptr;
            const auto& s53 = *in.data;
            if (!s53.end_timestamp) return nullptr;
            return &*s53.end_timestamp;
        }();
        if (v52 == nullptr) return std::nullopt;
        return ::callmap::to_instant(ctx, *v52, ::callmap::time_format::epoch_ms);
    }();
    out.duration_ms = [&]() -> std::optional<std::int64_t> {
        const auto* v55 = [&]() -> const ::callmap::decimal* {
            if (!in.data) return nullptr;
            const auto& s56 = *in.data;
            if (!s56.duration) return nullptr;
            return &*s56.duration;
        }();
        if (v55 == nullptr) return std::nullopt;
        const std::optional<std::int64_t> r57 = ::callmap::scaled_integer(*v55, 1000);
        return r57;
    }();
    out.talk_ms = [&]() -> std::optional<std::int64_t> {
        if (!out.ended_at || !out.answered_at) return std::nullopt;
        return out.ended_at->epoch_ms - out.answered_at->epoch_ms;
    }();
    if (const auto v62 = [&]() -> std::optional<::callmap::map<::callmap::raw_json>> {
        const auto* v60 = [&]() -> const ::callmap::map<::callmap::raw_json>* {
            if (!in.data) return nullptr;
            const auto& s61 = *in.data;
            if (!s61.variables) return nullptr;
            return &*s61.variables;
        }();
        if (v60 == nullptr) return std::nullopt;
        return *v60;
    }()) out.variables = *v62;
    out.metadata = [&]() -> std::optional<::callmap::raw_json> {
        const auto* v63 = [&]() -> const ::callmap::raw_json* {
            if (!in.data) return nullptr;
            const auto& s64 = *in.data;
            if (!s64.metadata) return nullptr;
            return &*s64.metadata;
        }();
        if (v63 == nullptr) return std::nullopt;
        return *v63;
    }();
    out.external_ids.entries = ::callmap::build_array<::callmap::map_entry<std::string_view>>(ctx, 1, [&](std::size_t i66, ::callmap::map_entry<std::string_view>& entry67) -> bool {
        switch (i66) {
            case 0: {
                const auto v68 = [&]() -> std::optional<std::string_view> {
                    const auto* v69 = [&]() -> const std::string_view* {
                        if (!in.data) return nullptr;
                        const auto& s70 = *in.data;
                        if (!s70.uuid) return nullptr;
                        return &*s70.uuid;
                    }();
                    if (v69 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v69);
                }();
                if (!v68) return false;
                entry67 = {"uuid", *v68};
                return true;
            }
            default: return false;
        }
    });
    {
        ::callmap::agent_info g71{};
        bool present72 = false;
        if (const auto v73 = [&]() -> std::optional<std::string_view> {
            const auto* v74 = [&]() -> const std::string_view* {
                if (!in.data) return nullptr;
                const auto& s75 = *in.data;
                if (!s75.agent_id) return nullptr;
                return &*s75.agent_id;
            }();
            if (v74 == nullptr) return std::nullopt;
            return ::callmap::text_of(*v74);
        }()) {
            g71.id = *v73;
            present72 = true;
        }
        g71.kind = ::callmap::agent_kind::ai;
        if (present72) out.agent = g71;
    }
    {
        ::callmap::cost g76{};
        bool present77 = false;
        if (const auto v78 = [&]() -> std::optional<std::int64_t> {
            const auto* v79 = [&]() -> const ::callmap::decimal* {
                if (!in.data) return nullptr;
                const auto& s80 = *in.data;
                if (!s80.call_cost) return nullptr;
                const auto& s81 = *s80.call_cost;
                return &s81.combined_cost;
            }();
            if (v79 == nullptr) return std::nullopt;
            return ::callmap::money_micros(*v79, 1'000'000);
        }()) {
            g76.amount_micros = *v78;
            present77 = true;
        }
        g76.currency = std::string_view("USD");
        g76.currency_assumed = true;
        if (const auto* items82 = [&]() -> const std::span<const ::callmap::mapped::product>* {
            if (!in.data) return nullptr;
            const auto& s86 = *in.data;
            if (!s86.call_cost) return nullptr;
            const auto& s87 = *s86.call_cost;
            if (!s87.product_costs) return nullptr;
            return &*s87.product_costs;
        }()) {
            g76.components = ::callmap::build_array<::callmap::cost_component>(ctx, (*items82).size(), [&](std::size_t i83, ::callmap::cost_component& g85) -> bool {
                const auto& e84 = (*items82)[i83];
                if (const auto v89 = [&]() -> std::optional<std::string_view> {
                    const auto* v88 = [&]() -> const std::string_view* {
                        return &e84.product;
                    }();
                    if (v88 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v88);
                }()) g85.name = *v89;
                if (const auto v91 = [&]() -> std::optional<std::int64_t> {
                    const auto* v90 = [&]() -> const ::callmap::decimal* {
                        return &e84.cost;
                    }();
                    if (v90 == nullptr) return std::nullopt;
                    return ::callmap::money_micros(*v90, 1'000'000);
                }()) g85.amount_micros = *v91;
                g85.unit_price_micros = [&]() -> std::optional<std::int64_t> {
                    const auto* v92 = [&]() -> const ::callmap::decimal* {
                        if (!e84.unit_price) return nullptr;
                        return &*e84.unit_price;
                    }();
                    if (v92 == nullptr) return std::nullopt;
                    return ::callmap::money_micros(*v92, 1'000'000);
                }();
                return true;
            });
        }
        if (present77 && g76.currency_assumed) ctx.warn("currency assumed", g76.currency.value_or(""));
        if (present77) out.cost = g76;
    }
    out.recordings = ::callmap::build_array<::callmap::recording>(ctx, 2, [&](std::size_t i94, ::callmap::recording& g95) -> bool {
        switch (i94) {
            case 0: {
                const auto v96 = [&]() -> std::optional<std::string_view> {
                    const auto* v97 = [&]() -> const std::string_view* {
                        if (!in.data) return nullptr;
                        const auto& s98 = *in.data;
                        if (!s98.recording_url) return nullptr;
                        return &*s98.recording_url;
                    }();
                    if (v97 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v97);
                }();
                if (!v96) return false;
                if (v96) g95.url = *v96;
                g95.kind = ::callmap::recording_kind::mixed;
                return true;
            }
            case 1: {
                const auto v99 = [&]() -> std::optional<std::string_view> {
                    const auto* v100 = [&]() -> const std::string_view* {
                        if (!in.data) return nullptr;
                        const auto& s101 = *in.data;
                        if (!s101.multi_url) return nullptr;
                        return &*s101.multi_url;
                    }();
                    if (v100 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v100);
                }();
                if (!v99) return false;
                if (v99) g95.url = *v99;
                g95.kind = ::callmap::recording_kind::multichannel;
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
        if (const auto* items107 = [&]() -> const std::span<const ::callmap::mapped::turn>* {
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
                if (const auto* items121 = [&]() -> const std::span<const ::callmap::mapped::word>* {
                    if (!e109.words) return nullptr;
                    return &*e109.words;
                }()) {
                    g110.words = ::callmap::build_array<::callmap::word>(ctx, (*items121).size(), [&](std::size_t i122, ::callmap::word& g124) -> bool {
                        const auto& e123 = (*items121)[i122];
                        if (const auto v126 = [&]() -> std::optional<std::string_view> {
                            const auto* v125 = [&]() -> const std::string_view* {
                                return &e123.word;
                            }();
                            if (v125 == nullptr) return std::nullopt;
                            return ::callmap::text_of(*v125);
                        }()) g124.text = *v126;
                        if (const auto v129 = [&]() -> std::optional<std::int64_t> {
                            const auto* v127 = [&]() -> const std::int64_t* {
                                return &e123.start;
                            }();
                            if (v127 == nullptr) return std::nullopt;
                            const std::optional<std::int64_t> r128 = ::callmap::scaled_integer(*v127, 1);
                            if (!r128 || !out.started_at) return std::nullopt;
                            return *r128 - out.started_at->epoch_ms;
                        }()) g124.start_ms = *v129;
                        if (const auto v132 = [&]() -> std::optional<std::int64_t> {
                            const auto* v130 = [&]() -> const std::int64_t* {
                                return &e123.end;
                            }();
                            if (v130 == nullptr) return std::nullopt;
                            const std::optional<std::int64_t> r131 = ::callmap::scaled_integer(*v130, 1);
                            if (!r131 || !out.started_at) return std::nullopt;
                            return *r131 - out.started_at->epoch_ms;
                        }()) g124.end_ms = *v132;
                        return true;
                    });
                }
                return true;
            });
        }
        present103 = present103 || !g102.turns.empty();
        if (present103) out.transcript = g102;
    }
    if (const auto* items133 = [&]() -> const ::callmap::map<::callmap::mapped::stage>* {
        if (!in.data) return nullptr;
        const auto& s137 = *in.data;
        if (!s137.latency) return nullptr;
        return &*s137.latency;
    }()) {
        out.latency.entries = ::callmap::build_array<::callmap::map_entry<::callmap::latency_stats>>(ctx, items133->entries.size(), [&](std::size_t i134, ::callmap::map_entry<::callmap::latency_stats>& g136) -> bool {
            const auto& e135 = items133->entries[i134];
            g136.key = e135.key;
            g136.value.min = [&]() -> std::optional<double> {
                const auto* v138 = [&]() -> const double* {
                    if (!e135.value.min) return nullptr;
                    return &*e135.value.min;
                }();
                if (v138 == nullptr) return std::nullopt;
                return ::callmap::to_double(*v138);
            }();
            g136.value.max = [&]() -> std::optional<double> {
                const auto* v140 = [&]() -> const double* {
                    if (!e135.value.max) return nullptr;
                    return &*e135.value.max;
                }();
                if (v140 == nullptr) return std::nullopt;
                return ::callmap::to_double(*v140);
            }();
            g136.value.p50 = [&]() -> std::optional<double> {
                const auto* v142 = [&]() -> const double* {
                    if (!e135.value.p50) return nullptr;
                    return &*e135.value.p50;
                }();
                if (v142 == nullptr) return std::nullopt;
                return ::callmap::to_double(*v142);
            }();
            g136.value.count = [&]() -> std::optional<std::int64_t> {
                const auto* v144 = [&]() -> const std::int64_t* {
                    if (!e135.value.num) return nullptr;
                    return &*e135.value.num;
                }();
                if (v144 == nullptr) return std::nullopt;
                const std::optional<std::int64_t> r145 = ::callmap::scaled_integer(*v144, 1);
                return r145;
            }();
            if (const auto v148 = [&]() -> std::optional<std::span<const double>> {
                const auto* v147 = [&]() -> const std::span<const double>* {
                    if (!e135.value.values) return nullptr;
                    return &*e135.value.values;
                }();
                if (v147 == nullptr) return std::nullopt;
                return *v147;
            }()) g136.value.samples = *v148;
            return true;
        });
    }
    if (const auto* items149 = [&]() -> const std::span<const ::callmap::mapped::ivr_result>* {
        if (!in.data) return nullptr;
        const auto& s153 = *in.data;
        if (!s153.result) return nullptr;
        return &*s153.result;
    }()) {
        out.ivr = ::callmap::build_array<::callmap::ivr_step>(ctx, (*items149).size(), [&](std::size_t i150, ::callmap::ivr_step& g152) -> bool {
            const auto& e151 = (*items149)[i150];
            if (const auto v155 = [&]() -> std::optional<std::string_view> {
                const auto* v154 = [&]() -> const std::string_view* {
                    return &e151.question;
                }();
                if (v154 == nullptr) return std::nullopt;
                return ::callmap::text_of(*v154);
            }()) g152.question = *v155;
            if (const auto v160 = [&]() -> std::optional<::callmap::ivr_kind> {
                const auto* v156 = [&]() -> const std::string_view* {
                    return &e151.type;
                }();
                if (v156 == nullptr) return std::nullopt;
                const std::string_view raw157 = ::callmap::text_of(*v156);
                const std::optional<::callmap::ivr_kind> mapped158 = ::callmap::lookup<::callmap::ivr_kind>(mapping_tables::table_5, raw157);
                if (!mapped158) ctx.warn("unmapped kind value", raw157);
                ::callmap::ivr_kind value159 = mapped158 ? *mapped158 : ::callmap::ivr_kind::other;
                return value159;
            }()) g152.kind = *v160;
            if (const auto v164 = [&]() -> std::optional<std::span<const std::string_view>> {
                const auto* v161 = [&]() -> const std::span<const ::callmap::mapped::ivr_result_answer>* {
                    return &e151.answer;
                }();
                if (v161 == nullptr) return std::nullopt;
                return ::callmap::build_array<std::string_view>(ctx, v161->size(), [&](std::size_t i162, std::string_view& g163) -> bool {
                    if (!(*v161)[i162].as_string) return false;
                    g163 = *(*v161)[i162].as_string;
                    return true;
                });
            }()) g152.answers = *v164;
            if (const auto* items165 = [&]() -> const std::span<const ::callmap::mapped::ivr_result_answer>* {
                return &e151.answer;
            }()) {
                g152.choices = ::callmap::build_array<::callmap::ivr_choice>(ctx, (*items165).size(), [&](std::size_t i166, ::callmap::ivr_choice& g168) -> bool {
                    const auto& alt169 = (*items165)[i166].as_choice;
                    if (!alt169) return false;
                    const auto& e167 = *alt169;
                    if (const auto v171 = [&]() -> std::optional<std::string_view> {
                        const auto* v170 = [&]() -> const std::string_view* {
                            return &e167.key;
                        }();
                        if (v170 == nullptr) return std::nullopt;
                        return ::callmap::text_of(*v170);
                    }()) g168.key = *v171;
                    if (const auto v173 = [&]() -> std::optional<std::string_view> {
                        const auto* v172 = [&]() -> const std::string_view* {
                            return &e167.title;
                        }();
                        if (v172 == nullptr) return std::nullopt;
                        return ::callmap::text_of(*v172);
                    }()) g168.title = *v173;
                    if (const auto v176 = [&]() -> std::optional<std::int64_t> {
                        const auto* v174 = [&]() -> const std::int64_t* {
                            return &e167.total;
                        }();
                        if (v174 == nullptr) return std::nullopt;
                        const std::optional<std::int64_t> r175 = ::callmap::scaled_integer(*v174, 1);
                        return r175;
                    }()) g168.count = *v176;
                    return true;
                });
            }
            return true;
        });
    }
    if (const auto* items177 = [&]() -> const std::span<const ::callmap::mapped::event>* {
        if (!in.data) return nullptr;
        const auto& s181 = *in.data;
        if (!s181.events) return nullptr;
        return &*s181.events;
    }()) {
        out.events = ::callmap::build_array<::callmap::event>(ctx, (*items177).size(), [&](std::size_t i178, ::callmap::event& g180) -> bool {
            const auto& e179 = (*items177)[i178];
            g180.at = [&]() -> std::optional<::callmap::timestamp> {
                const auto* v182 = [&]() -> const std::int64_t* {
                    if (!e179.timestamp) return nullptr;
                    return &*e179.timestamp;
                }();
                if (v182 == nullptr) return std::nullopt;
                return ::callmap::to_instant(ctx, *v182, ::callmap::time_format::epoch_ms);
            }();
            g180.session_ms = [&]() -> std::optional<std::int64_t> {
                const auto* v184 = [&]() -> const std::int64_t* {
                    if (!e179.session_time) return nullptr;
                    return &*e179.session_time;
                }();
                if (v184 == nullptr) return std::nullopt;
                const std::optional<std::int64_t> r185 = ::callmap::scaled_integer(*v184, 1);
                return r185;
            }();
            if (const auto v188 = [&]() -> std::optional<std::string_view> {
                const auto* v187 = [&]() -> const std::string_view* {
                    return &e179.event;
                }();
                if (v187 == nullptr) return std::nullopt;
                return ::callmap::text_of(*v187);
            }()) g180.name = *v188;
            if (const auto v190 = [&]() -> std::optional<::callmap::raw_json> {
                const auto* v189 = [&]() -> const ::callmap::raw_json* {
                    if (!e179.data) return nullptr;
                    return &*e179.data;
                }();
                if (v189 == nullptr) return std::nullopt;
                return *v189;
            }()) g180.data = *v190;
            return true;
        });
    }
    if (out.id.empty()) ctx.warn("no call id in the payload");
    return ctx.finish(out);
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

}  // namespace callmap::mapped
