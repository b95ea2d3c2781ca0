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
    ::callmap::result<::callmap::call> answer(std::in_place);  // mapped in place
    ::callmap::call& out = *answer;
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
        answer = ::callmap::provider_error("mapped", message);
        return answer;
    }
    [&]() -> bool {
        const auto* v3 = [&]() -> const std::string_view* {
            if (!in.data) return nullptr;
            const auto& s4 = *in.data;
            return &s4.call_id;
        }();
        if (v3 == nullptr) return false;
        out.id = ::callmap::text_of(*v3);
        return true;
    }();
    [&]() -> bool {
        const auto* v5 = [&]() -> const ::callmap::open_enum<::callmap::mapped::direction>* {
            if (!in.data) return nullptr;
            const auto& s6 = *in.data;
            if (!s6.direction) return nullptr;
            return &*s6.direction;
        }();
        if (v5 == nullptr) return false;
        const std::string_view raw7 = ::callmap::text_of(*v5);
        const std::optional<::callmap::direction> mapped8 = ::callmap::lookup<::callmap::direction>(mapping_tables::table_1, raw7);
        if (!mapped8) ctx.warn("unmapped direction value", raw7);
        ::callmap::direction value9 = mapped8 ? *mapped8 : ::callmap::direction::unknown;
        out.direction = value9;
        return true;
    }();
    [&]() -> bool {
        const auto* v10 = [&]() -> const std::string_view* {
            if (!in.data) return nullptr;
            const auto& s11 = *in.data;
            if (!s11.call_type) return nullptr;
            return &*s11.call_type;
        }();
        if (v10 == nullptr) return false;
        const std::string_view raw12 = ::callmap::text_of(*v10);
        const std::optional<::callmap::channel> mapped13 = ::callmap::lookup<::callmap::channel>(mapping_tables::table_2, raw12);
        if (!mapped13) ctx.warn("unmapped channel value", raw12);
        ::callmap::channel value14 = mapped13 ? *mapped13 : ::callmap::channel::unknown;
        out.channel = value14;
        return true;
    }();
    [&]() -> bool {
        const auto* w15 = [&]() -> const ::callmap::open_enum<::callmap::mapped::direction>* {
            if (!in.data) return nullptr;
            const auto& s16 = *in.data;
            if (!s16.direction) return nullptr;
            return &*s16.direction;
        }();
        if (w15 != nullptr && ::callmap::matches_any(::callmap::text_of(*w15), {"OUTBOUND"})) return [&]() -> bool {
            if ([&]() -> bool {
                const auto* v17 = [&]() -> const std::string_view* {
                    if (!in.data) return nullptr;
                    const auto& s18 = *in.data;
                    if (!s18.caller_id_used) return nullptr;
                    return &*s18.caller_id_used;
                }();
                if (v17 == nullptr) return false;
                ::callmap::set_party(out.from, ::callmap::text_of(*v17));
                return true;
            }()) return true;
            if ([&]() -> bool {
                const auto* v19 = [&]() -> const std::string_view* {
                    if (!in.data) return nullptr;
                    const auto& s20 = *in.data;
                    if (!s20.from_number) return nullptr;
                    return &*s20.from_number;
                }();
                if (v19 == nullptr) return false;
                ::callmap::set_party(out.from, ::callmap::text_of(*v19));
                return true;
            }()) return true;
            return false;
        }();
        return [&]() -> bool {
            const auto* v21 = [&]() -> const std::string_view* {
                if (!in.data) return nullptr;
                const auto& s22 = *in.data;
                if (!s22.from_number) return nullptr;
                return &*s22.from_number;
            }();
            if (v21 == nullptr) return false;
            ::callmap::set_party(out.from, ::callmap::text_of(*v21));
            return true;
        }();
    }();
    [&]() -> bool {
        const auto* v23 = [&]() -> const std::string_view* {
            if (!in.data) return nullptr;
            const auto& s24 = *in.data;
            if (!s24.to_number) return nullptr;
            return &*s24.to_number;
        }();
        if (v23 == nullptr) return false;
        ::callmap::set_party(out.to, ::callmap::text_of(*v23));
        return true;
    }();
    [&]() -> bool {
        const auto* v25 = [&]() -> const std::string_view* {
            if (!in.data) return nullptr;
            const auto& s26 = *in.data;
            if (!s26.disconnection_reason) return nullptr;
            return &*s26.disconnection_reason;
        }();
        if (v25 == nullptr) return false;
        const std::string_view raw27 = ::callmap::text_of(*v25);
        out.end_reason_raw = raw27;
        const std::optional<::callmap::end_reason> mapped28 = ::callmap::lookup<::callmap::end_reason>(mapping_tables::shared_test_end_reasons, raw27);
        if (!mapped28) ctx.warn("unmapped end_reason value", raw27);
        ::callmap::end_reason value29 = mapped28 ? *mapped28 : ::callmap::end_reason::unknown;
        out.end_reason = value29;
        return true;
    }();
    [&]() -> bool {
        const auto* v30 = [&]() -> const std::string_view* {
            if (!in.data) return nullptr;
            const auto& s31 = *in.data;
            return &s31.call_status;
        }();
        if (v30 == nullptr) return false;
        const std::string_view raw32 = ::callmap::text_of(*v30);
        out.status_raw = raw32;
        const std::optional<::callmap::call_status> mapped33 = ::callmap::lookup<::callmap::call_status>(mapping_tables::table_3, raw32);
        if (!mapped33) ctx.warn("unmapped status value", raw32);
        ::callmap::call_status value34 = mapped33 ? *mapped33 : ::callmap::call_status::unknown;
        if (::callmap::matches_any(raw32, {"ENDED"})) value34 = ::callmap::refine_status(value34, out.end_reason);
        out.status = value34;
        return true;
    }();
    [&]() -> bool {
        const auto* v35 = [&]() -> const std::int64_t* {
            if (!in.data) return nullptr;
            const auto& s36 = *in.data;
            if (!s36.start_timestamp) return nullptr;
            return &*s36.start_timestamp;
        }();
        if (v35 == nullptr) return false;
        ::callmap::timestamp t37;
        if (!::callmap::read_instant(ctx, *v35, ::callmap::time_format::epoch_ms, t37)) return false;
        out.started_at = t37;
        return true;
    }();
    [&]() -> bool {
        const auto* v38 = [&]() -> const std::string_view* {
            if (!in.data) return nullptr;
            const auto& s39 = *in.data;
            if (!s39.answered_at) return nullptr;
            return &*s39.answered_at;
        }();
        if (v38 == nullptr) return false;
        ::callmap::timestamp t40;
        if (!::callmap::read_instant(ctx, *v38, ::callmap::time_format::iso8601, t40)) return false;
        out.answered_at = t40;
        return true;
    }();
    [&]() -> bool {
        const auto* v41 = [&]() -> const std::int64_t* {
            if (!in.data) return nullptr;
            const auto& s42 = *in.data;
            if (!s42.end_timestamp) return nullptr;
            return &*s42.end_timestamp;
        }();
        if (v41 == nullptr) return false;
        ::callmap::timestamp t43;
        if (!::callmap::read_instant(ctx, *v41, ::callmap::time_format::epoch_ms, t43)) return false;
        out.ended_at = t43;
        return true;
    }();
    [&]() -> bool {
        const auto* v44 = [&]() -> const ::callmap::decimal* {
            if (!in.data) return nullptr;
            const auto& s45 = *in.data;
            if (!s45.duration) return nullptr;
            return &*s45.duration;
        }();
        if (v44 == nullptr) return false;
        const auto r46 = ::callmap::scaled_integer(*v44, 1000);
        if (!r46) return false;
        out.duration_ms = *r46;
        return true;
    }();
    [&]() -> bool {
        if (!out.ended_at || !out.answered_at) return false;
        out.talk_ms = out.ended_at->epoch_ms - out.answered_at->epoch_ms;
        return true;
    }();
    [&]() -> bool {
        const auto* v47 = [&]() -> const ::callmap::map<::callmap::raw_json>* {
            if (!in.data) return nullptr;
            const auto& s48 = *in.data;
            if (!s48.variables) return nullptr;
            return &*s48.variables;
        }();
        if (v47 == nullptr) return false;
        out.variables = *v47;
        return true;
    }();
    [&]() -> bool {
        const auto* v49 = [&]() -> const ::callmap::raw_json* {
            if (!in.data) return nullptr;
            const auto& s50 = *in.data;
            if (!s50.metadata) return nullptr;
            return &*s50.metadata;
        }();
        if (v49 == nullptr) return false;
        out.metadata = *v49;
        return true;
    }();
    out.external_ids.entries = ::callmap::build_array<::callmap::map_entry<std::string_view>>(ctx, 1, [&](std::size_t i51, ::callmap::map_entry<std::string_view>& entry52) -> bool {
        switch (i51) {
            case 0: return [&]() -> bool {
                const auto* v53 = [&]() -> const std::string_view* {
                    if (!in.data) return nullptr;
                    const auto& s54 = *in.data;
                    if (!s54.uuid) return nullptr;
                    return &*s54.uuid;
                }();
                if (v53 == nullptr) return false;
                entry52 = {"uuid", ::callmap::text_of(*v53)};
                return true;
            }();
            default: return false;
        }
    });
    {
        ::callmap::agent_info& g55 = out.agent.emplace();
        bool present56 = false;
        if ([&]() -> bool {
            const auto* v57 = [&]() -> const std::string_view* {
                if (!in.data) return nullptr;
                const auto& s58 = *in.data;
                if (!s58.agent_id) return nullptr;
                return &*s58.agent_id;
            }();
            if (v57 == nullptr) return false;
            g55.id = ::callmap::text_of(*v57);
            return true;
        }()) present56 = true;
        g55.kind = ::callmap::agent_kind::ai;
        if (!present56) out.agent.reset();
    }
    {
        ::callmap::cost& g59 = out.cost.emplace();
        bool present60 = false;
        if ([&]() -> bool {
            const auto* v61 = [&]() -> const ::callmap::decimal* {
                if (!in.data) return nullptr;
                const auto& s62 = *in.data;
                if (!s62.call_cost) return nullptr;
                const auto& s63 = *s62.call_cost;
                return &s63.combined_cost;
            }();
            if (v61 == nullptr) return false;
            const auto r64 = ::callmap::money_micros(*v61, 1'000'000);
            if (!r64) return false;
            g59.amount_micros = *r64;
            return true;
        }()) present60 = true;
        g59.currency = std::string_view("USD");
        g59.currency_assumed = true;
        if (const auto* items65 = [&]() -> const std::span<const ::callmap::mapped::product>* {
            if (!in.data) return nullptr;
            const auto& s69 = *in.data;
            if (!s69.call_cost) return nullptr;
            const auto& s70 = *s69.call_cost;
            if (!s70.product_costs) return nullptr;
            return &*s70.product_costs;
        }()) {
            g59.components = ::callmap::build_array<::callmap::cost_component>(ctx, (*items65).size(), [&](std::size_t i66, ::callmap::cost_component& g68) -> bool {
                const auto& e67 = (*items65)[i66];
                [&]() -> bool {
                    const auto* v71 = [&]() -> const std::string_view* {
                        return &e67.product;
                    }();
                    if (v71 == nullptr) return false;
                    g68.name = ::callmap::text_of(*v71);
                    return true;
                }();
                [&]() -> bool {
                    const auto* v72 = [&]() -> const ::callmap::decimal* {
                        return &e67.cost;
                    }();
                    if (v72 == nullptr) return false;
                    const auto r73 = ::callmap::money_micros(*v72, 1'000'000);
                    if (!r73) return false;
                    g68.amount_micros = *r73;
                    return true;
                }();
                [&]() -> bool {
                    const auto* v74 = [&]() -> const ::callmap::decimal* {
                        if (!e67.unit_price) return nullptr;
                        return &*e67.unit_price;
                    }();
                    if (v74 == nullptr) return false;
                    const auto r75 = ::callmap::money_micros(*v74, 1'000'000);
                    if (!r75) return false;
                    g68.unit_price_micros = *r75;
                    return true;
                }();
                return true;
            });
        }
        if (present60 && g59.currency_assumed) ctx.warn("currency assumed 'USD'");
        if (!present60) out.cost.reset();
    }
    out.recordings = ::callmap::build_array<::callmap::recording>(ctx, 2, [&](std::size_t i76, ::callmap::recording& g77) -> bool {
        switch (i76) {
            case 0: {
                if (![&]() -> bool {
                    const auto* v78 = [&]() -> const std::string_view* {
                        if (!in.data) return nullptr;
                        const auto& s79 = *in.data;
                        if (!s79.recording_url) return nullptr;
                        return &*s79.recording_url;
                    }();
                    if (v78 == nullptr) return false;
                    g77.url = ::callmap::text_of(*v78);
                    return true;
                }()) return false;
                g77.kind = ::callmap::recording_kind::mixed;
                return true;
            }
            case 1: {
                if (![&]() -> bool {
                    const auto* v80 = [&]() -> const std::string_view* {
                        if (!in.data) return nullptr;
                        const auto& s81 = *in.data;
                        if (!s81.multi_url) return nullptr;
                        return &*s81.multi_url;
                    }();
                    if (v80 == nullptr) return false;
                    g77.url = ::callmap::text_of(*v80);
                    return true;
                }()) return false;
                g77.kind = ::callmap::recording_kind::multichannel;
                return true;
            }
            default: return false;
        }
    });
    {
        ::callmap::transcript& g82 = out.transcript.emplace();
        bool present83 = false;
        if ([&]() -> bool {
            const auto* v84 = [&]() -> const std::string_view* {
                if (!in.data) return nullptr;
                const auto& s85 = *in.data;
                if (!s85.transcript) return nullptr;
                return &*s85.transcript;
            }();
            if (v84 == nullptr) return false;
            g82.text = ::callmap::text_of(*v84);
            return true;
        }()) present83 = true;
        if (const auto* items86 = [&]() -> const std::span<const ::callmap::mapped::turn>* {
            if (!in.data) return nullptr;
            const auto& s90 = *in.data;
            if (!s90.transcript_object) return nullptr;
            return &*s90.transcript_object;
        }()) {
            g82.turns = ::callmap::build_array<::callmap::turn>(ctx, (*items86).size(), [&](std::size_t i87, ::callmap::turn& g89) -> bool {
                const auto& e88 = (*items86)[i87];
                [&]() -> bool {
                    const auto* v91 = [&]() -> const std::string_view* {
                        return &e88.role;
                    }();
                    if (v91 == nullptr) return false;
                    const std::string_view raw92 = ::callmap::text_of(*v91);
                    const std::optional<::callmap::turn_role> mapped93 = ::callmap::lookup<::callmap::turn_role>(mapping_tables::table_4, raw92);
                    if (!mapped93) ctx.warn("unmapped role value", raw92);
                    ::callmap::turn_role value94 = mapped93 ? *mapped93 : ::callmap::turn_role::other;
                    g89.role = value94;
                    return true;
                }();
                [&]() -> bool {
                    const auto* v95 = [&]() -> const std::string_view* {
                        return &e88.content;
                    }();
                    if (v95 == nullptr) return false;
                    g89.text = ::callmap::text_of(*v95);
                    return true;
                }();
                [&]() -> bool {
                    const auto* v96 = [&]() -> const std::int64_t* {
                        if (!e88.timestamp) return nullptr;
                        return &*e88.timestamp;
                    }();
                    if (v96 == nullptr) return false;
                    ::callmap::timestamp t97;
                    if (!::callmap::read_instant(ctx, *v96, ::callmap::time_format::epoch_ms, t97)) return false;
                    g89.at = t97;
                    return true;
                }();
                if (const auto* items98 = [&]() -> const std::span<const ::callmap::mapped::word>* {
                    if (!e88.words) return nullptr;
                    return &*e88.words;
                }()) {
                    g89.words = ::callmap::build_array<::callmap::word>(ctx, (*items98).size(), [&](std::size_t i99, ::callmap::word& g101) -> bool {
                        const auto& e100 = (*items98)[i99];
                        [&]() -> bool {
                            const auto* v102 = [&]() -> const std::string_view* {
                                return &e100.word;
                            }();
                            if (v102 == nullptr) return false;
                            g101.text = ::callmap::text_of(*v102);
                            return true;
                        }();
                        [&]() -> bool {
                            const auto* v103 = [&]() -> const std::int64_t* {
                                return &e100.start;
                            }();
                            if (v103 == nullptr) return false;
                            const std::optional<std::int64_t> r104 = ::callmap::scaled_integer(*v103, 1);
                            if (!r104 || !out.started_at) return false;
                            g101.start_ms = *r104 - out.started_at->epoch_ms;
                            return true;
                        }();
                        [&]() -> bool {
                            const auto* v105 = [&]() -> const std::int64_t* {
                                return &e100.end;
                            }();
                            if (v105 == nullptr) return false;
                            const std::optional<std::int64_t> r106 = ::callmap::scaled_integer(*v105, 1);
                            if (!r106 || !out.started_at) return false;
                            g101.end_ms = *r106 - out.started_at->epoch_ms;
                            return true;
                        }();
                        return true;
                    });
                }
                return true;
            });
        }
        present83 = present83 || !g82.turns.empty();
        if (!present83) out.transcript.reset();
    }
    if (const auto* items107 = [&]() -> const ::callmap::map<::callmap::mapped::stage>* {
        if (!in.data) return nullptr;
        const auto& s111 = *in.data;
        if (!s111.latency) return nullptr;
        return &*s111.latency;
    }()) {
        out.latency.entries = ::callmap::build_array<::callmap::map_entry<::callmap::latency_stats>>(ctx, items107->entries.size(), [&](std::size_t i108, ::callmap::map_entry<::callmap::latency_stats>& g110) -> bool {
            const auto& e109 = items107->entries[i108];
            g110.key = e109.key;
            [&]() -> bool {
                const auto* v112 = [&]() -> const double* {
                    if (!e109.value.min) return nullptr;
                    return &*e109.value.min;
                }();
                if (v112 == nullptr) return false;
                const auto r113 = ::callmap::to_double(*v112);
                if (!r113) return false;
                g110.value.min = *r113;
                return true;
            }();
            [&]() -> bool {
                const auto* v114 = [&]() -> const double* {
                    if (!e109.value.max) return nullptr;
                    return &*e109.value.max;
                }();
                if (v114 == nullptr) return false;
                const auto r115 = ::callmap::to_double(*v114);
                if (!r115) return false;
                g110.value.max = *r115;
                return true;
            }();
            [&]() -> bool {
                const auto* v116 = [&]() -> const double* {
                    if (!e109.value.p50) return nullptr;
                    return &*e109.value.p50;
                }();
                if (v116 == nullptr) return false;
                const auto r117 = ::callmap::to_double(*v116);
                if (!r117) return false;
                g110.value.p50 = *r117;
                return true;
            }();
            [&]() -> bool {
                const auto* v118 = [&]() -> const std::int64_t* {
                    if (!e109.value.num) return nullptr;
                    return &*e109.value.num;
                }();
                if (v118 == nullptr) return false;
                const auto r119 = ::callmap::scaled_integer(*v118, 1);
                if (!r119) return false;
                g110.value.count = *r119;
                return true;
            }();
            [&]() -> bool {
                const auto* v120 = [&]() -> const std::span<const double>* {
                    if (!e109.value.values) return nullptr;
                    return &*e109.value.values;
                }();
                if (v120 == nullptr) return false;
                g110.value.samples = *v120;
                return true;
            }();
            return true;
        });
    }
    if (const auto* items121 = [&]() -> const std::span<const ::callmap::mapped::ivr_result>* {
        if (!in.data) return nullptr;
        const auto& s125 = *in.data;
        if (!s125.result) return nullptr;
        return &*s125.result;
    }()) {
        out.ivr = ::callmap::build_array<::callmap::ivr_step>(ctx, (*items121).size(), [&](std::size_t i122, ::callmap::ivr_step& g124) -> bool {
            const auto& e123 = (*items121)[i122];
            [&]() -> bool {
                const auto* v126 = [&]() -> const std::string_view* {
                    return &e123.question;
                }();
                if (v126 == nullptr) return false;
                g124.question = ::callmap::text_of(*v126);
                return true;
            }();
            [&]() -> bool {
                const auto* v127 = [&]() -> const std::string_view* {
                    return &e123.type;
                }();
                if (v127 == nullptr) return false;
                const std::string_view raw128 = ::callmap::text_of(*v127);
                const std::optional<::callmap::ivr_kind> mapped129 = ::callmap::lookup<::callmap::ivr_kind>(mapping_tables::table_5, raw128);
                if (!mapped129) ctx.warn("unmapped kind value", raw128);
                ::callmap::ivr_kind value130 = mapped129 ? *mapped129 : ::callmap::ivr_kind::other;
                g124.kind = value130;
                return true;
            }();
            [&]() -> bool {
                const auto* v131 = [&]() -> const std::span<const ::callmap::mapped::ivr_result_answer>* {
                    return &e123.answer;
                }();
                if (v131 == nullptr) return false;
                g124.answers = ::callmap::build_array<std::string_view>(ctx, v131->size(), [&](std::size_t i132, std::string_view& g133) -> bool {
                    if (!(*v131)[i132].as_string) return false;
                    g133 = *(*v131)[i132].as_string;
                    return true;
                });
                return true;
            }();
            if (const auto* items134 = [&]() -> const std::span<const ::callmap::mapped::ivr_result_answer>* {
                return &e123.answer;
            }()) {
                g124.choices = ::callmap::build_array<::callmap::ivr_choice>(ctx, (*items134).size(), [&](std::size_t i135, ::callmap::ivr_choice& g137) -> bool {
                    const auto& alt138 = (*items134)[i135].as_choice;
                    if (!alt138) return false;
                    const auto& e136 = *alt138;
                    [&]() -> bool {
                        const auto* v139 = [&]() -> const std::string_view* {
                            return &e136.key;
                        }();
                        if (v139 == nullptr) return false;
                        g137.key = ::callmap::text_of(*v139);
                        return true;
                    }();
                    [&]() -> bool {
                        const auto* v140 = [&]() -> const std::string_view* {
                            return &e136.title;
                        }();
                        if (v140 == nullptr) return false;
                        g137.title = ::callmap::text_of(*v140);
                        return true;
                    }();
                    [&]() -> bool {
                        const auto* v141 = [&]() -> const std::int64_t* {
                            return &e136.total;
                        }();
                        if (v141 == nullptr) return false;
                        const auto r142 = ::callmap::scaled_integer(*v141, 1);
                        if (!r142) return false;
                        g137.count = *r142;
                        return true;
                    }();
                    return true;
                });
            }
            return true;
        });
    }
    if (const auto* items143 = [&]() -> const std::span<const ::callmap::mapped::event>* {
        if (!in.data) return nullptr;
        const auto& s147 = *in.data;
        if (!s147.events) return nullptr;
        return &*s147.events;
    }()) {
        out.events = ::callmap::build_array<::callmap::event>(ctx, (*items143).size(), [&](std::size_t i144, ::callmap::event& g146) -> bool {
            const auto& e145 = (*items143)[i144];
            [&]() -> bool {
                const auto* v148 = [&]() -> const std::int64_t* {
                    if (!e145.timestamp) return nullptr;
                    return &*e145.timestamp;
                }();
                if (v148 == nullptr) return false;
                ::callmap::timestamp t149;
                if (!::callmap::read_instant(ctx, *v148, ::callmap::time_format::epoch_ms, t149)) return false;
                g146.at = t149;
                return true;
            }();
            [&]() -> bool {
                const auto* v150 = [&]() -> const std::int64_t* {
                    if (!e145.session_time) return nullptr;
                    return &*e145.session_time;
                }();
                if (v150 == nullptr) return false;
                const auto r151 = ::callmap::scaled_integer(*v150, 1);
                if (!r151) return false;
                g146.session_ms = *r151;
                return true;
            }();
            [&]() -> bool {
                const auto* v152 = [&]() -> const std::string_view* {
                    return &e145.event;
                }();
                if (v152 == nullptr) return false;
                g146.name = ::callmap::text_of(*v152);
                return true;
            }();
            [&]() -> bool {
                const auto* v153 = [&]() -> const ::callmap::raw_json* {
                    if (!e145.data) return nullptr;
                    return &*e145.data;
                }();
                if (v153 == nullptr) return false;
                g146.data = *v153;
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

}  // namespace callmap::mapped
