// generated from tests/codegen/specs/mapped.yaml by callmap-gen -- do not edit.
// A spec that uses every mapping construct
// https://example.com/mapped
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
#error "mapped.hpp was generated for another callmap runtime; regenerate it"
#endif

namespace callmap::mapped {

enum class direction : std::uint8_t {
    INBOUND,
    OUTBOUND,
};
BOOST_DESCRIBE_ENUM(direction, INBOUND, OUTBOUND)

struct endpoint {
    std::optional<std::string_view> number{};
    std::optional<std::string_view> sip{};
};
BOOST_DESCRIBE_STRUCT(endpoint, (), (
    number,
    sip))

struct product {
    std::string_view product{};
    ::callmap::decimal cost{};
    std::optional<::callmap::decimal> unit_price{};
};
BOOST_DESCRIBE_STRUCT(product, (), (
    product,
    cost,
    unit_price))

struct cost {
    ::callmap::decimal combined_cost{};
    std::optional<std::span<const ::callmap::mapped::product>> product_costs{};
};
BOOST_DESCRIBE_STRUCT(cost, (), (
    combined_cost,
    product_costs))

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
    std::optional<std::span<const ::callmap::mapped::word>> words{};
};
BOOST_DESCRIBE_STRUCT(turn, (), (
    role,
    content,
    timestamp,
    words))

struct stage {
    std::optional<double> min{};
    std::optional<double> max{};
    std::optional<double> p50{};
    std::optional<std::int64_t> num{};
    std::optional<std::span<const double>> values{};
};
BOOST_DESCRIBE_STRUCT(stage, (), (
    min,
    max,
    p50,
    num,
    values))

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

struct choice {
    std::string_view key{};
    std::string_view title{};
    std::int64_t total{};
};
BOOST_DESCRIBE_STRUCT(choice, (), (
    key,
    title,
    total))

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
BOOST_DESCRIBE_STRUCT(ivr_result, (), (
    question,
    type,
    answer))

/// "callee" of call: one of (string | endpoint | endpoint[])?, told apart by the JSON type.
struct call_callee {
    std::optional<std::string_view> as_string{};
    std::optional<::callmap::mapped::endpoint> as_endpoint{};
    std::optional<std::span<const ::callmap::mapped::endpoint>> as_endpoint_list{};
};
BOOST_DESCRIBE_STRUCT(call_callee, (), (as_string, as_endpoint, as_endpoint_list))

/// "ringing" of call: one of (string | int)?, told apart by the JSON type.
struct call_ringing {
    std::optional<std::string_view> as_string{};
    std::optional<std::int64_t> as_int{};
};
BOOST_DESCRIBE_STRUCT(call_ringing, (), (as_string, as_int))

struct call {
    std::string_view call_id{};
    std::optional<std::string_view> uuid{};
    std::optional<std::string_view> agent_id{};
    std::optional<::callmap::open_enum<::callmap::mapped::direction>> direction{};
    std::optional<std::string_view> call_type{};
    std::optional<std::string_view> from_number{};
    std::optional<std::string_view> to_number{};
    std::optional<::callmap::mapped::call_callee> callee{};
    std::optional<::callmap::mapped::call_ringing> ringing{};
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
    std::optional<std::span<const ::callmap::mapped::turn>> transcript_edited{};
    std::optional<::callmap::map<::callmap::mapped::stage>> latency{};
    std::optional<::callmap::raw_json> metadata{};
    std::optional<::callmap::map<::callmap::raw_json>> variables{};
    std::optional<std::span<const ::callmap::mapped::event>> events{};
    std::optional<std::span<const ::callmap::mapped::ivr_result>> result{};
};
BOOST_DESCRIBE_STRUCT(call, (), (
    call_id,
    uuid,
    agent_id,
    direction,
    call_type,
    from_number,
    to_number,
    callee,
    ringing,
    caller_id_used,
    call_status,
    disconnection_reason,
    start_timestamp,
    end_timestamp,
    answered_at,
    duration,
    call_cost,
    recording_url,
    multi_url,
    transcript,
    transcript_object,
    transcript_edited,
    latency,
    metadata,
    variables,
    events,
    result))

struct envelope {
    std::string_view status{};
    std::optional<std::string_view> message{};
    std::optional<::callmap::mapped::call> data{};
};
BOOST_DESCRIBE_STRUCT(envelope, (), (
    status,
    message,
    data))

struct review {
    std::optional<std::string_view> review_of{};
    std::optional<std::string_view> verdict{};
    std::optional<std::string_view> fault{};
    std::optional<std::span<const ::callmap::mapped::turn>> edited{};
};
BOOST_DESCRIBE_STRUCT(review, (), (
    review_of,
    verdict,
    fault,
    edited))

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
struct value_parser<::callmap::mapped::endpoint> {
    struct field {
        enum : int {
            number,
            sip,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "number",
        "sip",
    });
    static constexpr auto required = required_fields<keys.size()>({});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 3: return key == "sip" ? field::sip : -1;
            case 6: return key == "number" ? field::number : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::mapped::endpoint& out);
};

template <>
struct value_parser<::callmap::mapped::product> {
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
    static bool parse(reader& r, ::callmap::mapped::product& out);
};

template <>
struct value_parser<::callmap::mapped::cost> {
    struct field {
        enum : int {
            combined_cost,
            product_costs,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "combined_cost",
        "product_costs",
    });
    static constexpr auto required = required_fields<keys.size()>({field::combined_cost});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 13:
                switch (key[0]) {
                    case 'c': return key == "combined_cost" ? field::combined_cost : -1;
                    case 'p': return key == "product_costs" ? field::product_costs : -1;
                    default: return -1;
                }
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::mapped::cost& out);
};

template <>
struct value_parser<::callmap::mapped::word> {
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
    static bool parse(reader& r, ::callmap::mapped::word& out);
};

template <>
struct value_parser<::callmap::mapped::turn> {
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
    static bool parse(reader& r, ::callmap::mapped::turn& out);
};

template <>
struct value_parser<::callmap::mapped::stage> {
    struct field {
        enum : int {
            min,
            max,
            p50,
            num,
            values,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "min",
        "max",
        "p50",
        "num",
        "values",
    });
    static constexpr auto required = required_fields<keys.size()>({});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 3:
                switch (key[1]) {
                    case 'i': return key == "min" ? field::min : -1;
                    case 'a': return key == "max" ? field::max : -1;
                    case '5': return key == "p50" ? field::p50 : -1;
                    case 'u': return key == "num" ? field::num : -1;
                    default: return -1;
                }
            case 6: return key == "values" ? field::values : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::mapped::stage& out);
};

template <>
struct value_parser<::callmap::mapped::event> {
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
    static bool parse(reader& r, ::callmap::mapped::event& out);
};

template <>
struct value_parser<::callmap::mapped::choice> {
    struct field {
        enum : int {
            key,
            title,
            total,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "key",
        "title",
        "total",
    });
    static constexpr auto required =
        required_fields<keys.size()>({field::key, field::title, field::total});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 3: return key == "key" ? field::key : -1;
            case 5:
                switch (key[1]) {
                    case 'i': return key == "title" ? field::title : -1;
                    case 'o': return key == "total" ? field::total : -1;
                    default: return -1;
                }
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::mapped::choice& out);
};

template <>
struct value_parser<::callmap::mapped::ivr_result_answer> {
    static bool parse(reader& r, ::callmap::mapped::ivr_result_answer& out);
};

template <>
struct value_parser<::callmap::mapped::ivr_result> {
    struct field {
        enum : int {
            question,
            type,
            answer,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "question",
        "type",
        "answer",
    });
    static constexpr auto required =
        required_fields<keys.size()>({field::question, field::type, field::answer});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 4: return key == "type" ? field::type : -1;
            case 6: return key == "answer" ? field::answer : -1;
            case 8: return key == "question" ? field::question : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::mapped::ivr_result& out);
};

template <>
struct value_parser<::callmap::mapped::call_callee> {
    static bool parse(reader& r, ::callmap::mapped::call_callee& out);
};

template <>
struct value_parser<::callmap::mapped::call_ringing> {
    static bool parse(reader& r, ::callmap::mapped::call_ringing& out);
};

template <>
struct value_parser<::callmap::mapped::call> {
    struct field {
        enum : int {
            call_id,
            uuid,
            agent_id,
            direction,
            call_type,
            from_number,
            to_number,
            callee,
            ringing,
            caller_id_used,
            call_status,
            disconnection_reason,
            start_timestamp,
            end_timestamp,
            answered_at,
            duration,
            call_cost,
            recording_url,
            multi_url,
            transcript,
            transcript_object,
            transcript_edited,
            latency,
            metadata,
            variables,
            events,
            result,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "call_id",
        "uuid",
        "agent_id",
        "direction",
        "call_type",
        "from_number",
        "to_number",
        "callee",
        "ringing",
        "caller_id_used",
        "call_status",
        "disconnection_reason",
        "start_timestamp",
        "end_timestamp",
        "answered_at",
        "duration",
        "call_cost",
        "recording_url",
        "multi_url",
        "transcript",
        "transcript_object",
        "transcript_edited",
        "latency",
        "metadata",
        "variables",
        "events",
        "result",
    });
    static constexpr auto required =
        required_fields<keys.size()>({field::call_id, field::call_status});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 4: return key == "uuid" ? field::uuid : -1;
            case 6:
                switch (key[0]) {
                    case 'c': return key == "callee" ? field::callee : -1;
                    case 'e': return key == "events" ? field::events : -1;
                    case 'r': return key == "result" ? field::result : -1;
                    default: return -1;
                }
            case 7:
                switch (key[0]) {
                    case 'c': return key == "call_id" ? field::call_id : -1;
                    case 'r': return key == "ringing" ? field::ringing : -1;
                    case 'l': return key == "latency" ? field::latency : -1;
                    default: return -1;
                }
            case 8:
                switch (key[0]) {
                    case 'a': return key == "agent_id" ? field::agent_id : -1;
                    case 'd': return key == "duration" ? field::duration : -1;
                    case 'm': return key == "metadata" ? field::metadata : -1;
                    default: return -1;
                }
            case 9:
                switch (key[6]) {
                    case 'i': return key == "direction" ? field::direction : -1;
                    case 'y': return key == "call_type" ? field::call_type : -1;
                    case 'b': return key == "to_number" ? field::to_number : -1;
                    case 'o': return key == "call_cost" ? field::call_cost : -1;
                    case 'u': return key == "multi_url" ? field::multi_url : -1;
                    case 'l': return key == "variables" ? field::variables : -1;
                    default: return -1;
                }
            case 10: return key == "transcript" ? field::transcript : -1;
            case 11:
                switch (key[0]) {
                    case 'f': return key == "from_number" ? field::from_number : -1;
                    case 'c': return key == "call_status" ? field::call_status : -1;
                    case 'a': return key == "answered_at" ? field::answered_at : -1;
                    default: return -1;
                }
            case 13:
                switch (key[0]) {
                    case 'e': return key == "end_timestamp" ? field::end_timestamp : -1;
                    case 'r': return key == "recording_url" ? field::recording_url : -1;
                    default: return -1;
                }
            case 14: return key == "caller_id_used" ? field::caller_id_used : -1;
            case 15: return key == "start_timestamp" ? field::start_timestamp : -1;
            case 17:
                switch (key[11]) {
                    case 'o': return key == "transcript_object" ? field::transcript_object : -1;
                    case 'e': return key == "transcript_edited" ? field::transcript_edited : -1;
                    default: return -1;
                }
            case 20: return key == "disconnection_reason" ? field::disconnection_reason : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::mapped::call& out);
};

template <>
struct value_parser<::callmap::mapped::envelope> {
    struct field {
        enum : int {
            status,
            message,
            data,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "status",
        "message",
        "data",
    });
    static constexpr auto required = required_fields<keys.size()>({field::status});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 4: return key == "data" ? field::data : -1;
            case 6: return key == "status" ? field::status : -1;
            case 7: return key == "message" ? field::message : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::mapped::envelope& out);
};

template <>
struct value_parser<::callmap::mapped::review> {
    struct field {
        enum : int {
            review_of,
            verdict,
            fault,
            edited,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "review_of",
        "verdict",
        "fault",
        "edited",
    });
    static constexpr auto required = required_fields<keys.size()>({});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 5: return key == "fault" ? field::fault : -1;
            case 6: return key == "edited" ? field::edited : -1;
            case 7: return key == "verdict" ? field::verdict : -1;
            case 9: return key == "review_of" ? field::review_of : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::mapped::review& out);
};

}  // namespace callmap::json

namespace callmap::mapped::shape {

inline constexpr auto endpoint_fields = std::to_array<::callmap::drift::field_shape>({
    {"number", 1, 0, false, true, -1, {}, false},
    {"sip", 1, 0, false, true, -1, {}, false},
});
inline constexpr auto product_fields = std::to_array<::callmap::drift::field_shape>({
    {"product", 1, 0, false, false, -1, {}, false},
    {"cost", 3, 0, false, false, -1, {}, false},
    {"unit_price", 3, 0, false, true, -1, {}, false},
});
inline constexpr auto cost_fields = std::to_array<::callmap::drift::field_shape>({
    {"combined_cost", 3, 0, false, false, -1, {}, false},
    {"product_costs", 8, 1, false, true, 1, {}, false},
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
    {"words", 8, 1, false, true, 3, {}, false},
});
inline constexpr auto stage_fields = std::to_array<::callmap::drift::field_shape>({
    {"min", 2, 0, false, true, -1, {}, false},
    {"max", 2, 0, false, true, -1, {}, false},
    {"p50", 2, 0, false, true, -1, {}, false},
    {"num", 2, 0, false, true, -1, {}, false},
    {"values", 2, 1, false, true, -1, {}, false},
});
inline constexpr auto event_fields = std::to_array<::callmap::drift::field_shape>({
    {"timestamp", 2, 0, false, true, -1, {}, false},
    {"event", 1, 0, false, false, -1, {}, false},
    {"session_time", 2, 0, false, true, -1, {}, false},
    {"data", 31, 0, false, true, -1, {}, false},
});
inline constexpr auto choice_fields = std::to_array<::callmap::drift::field_shape>({
    {"key", 1, 0, false, false, -1, {}, false},
    {"title", 1, 0, false, false, -1, {}, false},
    {"total", 2, 0, false, false, -1, {}, false},
});
inline constexpr auto ivr_result_fields = std::to_array<::callmap::drift::field_shape>({
    {"question", 1, 0, false, false, -1, {}, false},
    {"type", 1, 0, false, false, -1, {}, false},
    {"answer", 9, 1, false, false, 7, {}, false},
});
inline constexpr auto call_fields = std::to_array<::callmap::drift::field_shape>({
    {"call_id", 1, 0, false, false, -1, {}, false},
    {"uuid", 1, 0, false, true, -1, {}, false},
    {"agent_id", 1, 0, false, true, -1, {}, false},
    {"direction", 1, 0, false, true, -1,
     ::callmap::enum_spelling<::callmap::mapped::direction>::values,
     ::callmap::enum_spelling<::callmap::mapped::direction>::case_insensitive},
    {"call_type", 1, 0, false, true, -1, {}, false},
    {"from_number", 1, 0, false, true, -1, {}, false},
    {"to_number", 1, 0, false, true, -1, {}, false},
    {"callee", 25, 0, false, true, 0, {}, false},
    {"ringing", 3, 0, false, true, -1, {}, false},
    {"caller_id_used", 1, 0, false, true, -1, {}, false},
    {"call_status", 1, 0, false, false, -1, {}, false},
    {"disconnection_reason", 1, 0, false, true, -1, {}, false},
    {"start_timestamp", 2, 0, false, true, -1, {}, false},
    {"end_timestamp", 2, 0, false, true, -1, {}, false},
    {"answered_at", 1, 0, false, true, -1, {}, false},
    {"duration", 3, 0, false, true, -1, {}, false},
    {"call_cost", 8, 0, false, true, 2, {}, false},
    {"recording_url", 1, 0, false, true, -1, {}, false},
    {"multi_url", 1, 0, false, true, -1, {}, false},
    {"transcript", 1, 0, false, true, -1, {}, false},
    {"transcript_object", 8, 1, false, true, 4, {}, false},
    {"transcript_edited", 8, 1, false, true, 4, {}, false},
    {"latency", 8, 0, true, true, 5, {}, false},
    {"metadata", 31, 0, false, true, -1, {}, false},
    {"variables", 31, 0, true, true, -1, {}, false},
    {"events", 8, 1, false, true, 6, {}, false},
    {"result", 8, 1, false, true, 8, {}, false},
});
inline constexpr auto envelope_fields = std::to_array<::callmap::drift::field_shape>({
    {"status", 1, 0, false, false, -1, {}, false},
    {"message", 1, 0, false, true, -1, {}, false},
    {"data", 8, 0, false, true, 9, {}, false},
});
inline constexpr auto review_fields = std::to_array<::callmap::drift::field_shape>({
    {"review_of", 1, 0, false, true, -1, {}, false},
    {"verdict", 1, 0, false, true, -1, {}, false},
    {"fault", 1, 0, false, true, -1, {}, false},
    {"edited", 8, 1, false, true, 4, {}, false},
});
inline constexpr std::array<::callmap::drift::object_shape, 12> objects{{
    {"endpoint", endpoint_fields},
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
    {"review", review_fields},
}};
inline constexpr int root = 10;

}  // namespace callmap::mapped::shape

namespace callmap::mapped {

/// Maps a parsed mapped payload onto the canonical call record. The result holds views
/// into the payload and into `memory`. A provider error answer is an error result.
::callmap::result<::callmap::call> to_call(const envelope& in, ::callmap::arena& memory);

/// Maps a parsed mapped review supplement onto the fields of a call it gives, the
/// others absent (callmap::apply_supplement merges them into a call). The result
/// holds views into the payload and into `memory`.
::callmap::result<::callmap::call> map_review(const review& in, ::callmap::arena& memory);

}  // namespace callmap::mapped

namespace callmap::mapped {

/// The top-level keys that every mapped payload has (auto-detection).
inline constexpr auto detect_keys = std::to_array<std::string_view>({
    "status",
});

/// Parses a mapped payload and maps it onto the canonical call record (what the
/// registry entry calls). LIFETIME: the call holds views into `payload` and `memory`.
::callmap::result<::callmap::call> normalize(std::string_view payload, ::callmap::arena& memory,
                                             const ::callmap::parse_options& options = {});

/// Where each shape of mapped payloads keeps its calls (spec shapes:), for
/// callmap::read_shape.
namespace layouts {

inline constexpr std::string_view get_detect[] = {"status"};
inline constexpr ::callmap::shape_layout get{::callmap::payload_shape::get, false, {}, {}, {}, {},
                                             {}};
inline constexpr std::string_view report_calls[] = {"report", "body"};
inline constexpr std::string_view report_event[] = {"report", "kind"};
inline constexpr std::string_view report_envelope[] = {"report"};
inline constexpr ::callmap::envelope_field<envelope> report_fields[] = {
    ::callmap::envelope_field<envelope>::fills<&envelope::status>("state"),
    ::callmap::envelope_field<envelope>::fills<&envelope::message>("note"),
};
inline constexpr std::string_view report_detect[] = {"report"};
inline constexpr ::callmap::detect_value report_detect_values[] = {::callmap::detect_value::object};
inline constexpr ::callmap::shape_layout report{::callmap::payload_shape::webhook, false,
                                                report_calls, {}, report_event, {},
                                                report_envelope};

}  // namespace layouts

/// Every call of a mapped get payload (callmap::page). LIFETIME: the page holds
/// views into `payload` and `memory`.
::callmap::result<::callmap::page> read_get(std::string_view payload, ::callmap::arena& memory,
    const ::callmap::parse_options& options = {});
/// Every call of a mapped report payload (callmap::page). LIFETIME: the page holds
/// views into `payload` and `memory`.
::callmap::result<::callmap::page> read_report(std::string_view payload, ::callmap::arena& memory,
    const ::callmap::parse_options& options = {});

/// The shapes of mapped payloads, the get answer first (detection tells them apart).
inline constexpr ::callmap::shape_entry payload_shapes[] = {
    {"get", ::callmap::payload_shape::get, detect_keys, false, &read_get},
    {"report", ::callmap::payload_shape::webhook, layouts::report_detect, false, &read_report,
     false, layouts::report_detect_values},
};

/// The top-level keys of each payload that completes a mapped call (spec supplements:).
namespace layouts {

inline constexpr std::string_view review_detect[] = {"review_of"};

}  // namespace layouts

/// Parses a mapped review supplement and maps it onto the fields of a call it gives.
/// LIFETIME: the call holds views into `payload` and `memory`.
::callmap::result<::callmap::call> normalize_review(
    std::string_view payload, ::callmap::arena& memory,
    const ::callmap::parse_options& options = {});

/// The payloads that complete a mapped call, for callmap::apply_supplement.
inline constexpr ::callmap::supplement_entry supplements[] = {
    {"review", "https://example.com/mapped/review", layouts::review_detect, &normalize_review},
};

/// This provider in a registry (callmap/normalize.hpp): on its own, or with the
/// built-in ones through callmap::with_builtin (callmap/builtin.hpp).
inline constexpr ::callmap::provider_entry provider{
    "mapped",
    "A spec that uses every mapping construct",
    "https://example.com/mapped",
    detect_keys,
    &normalize,
    shape::objects,
    shape::root,
    payload_shapes,
    supplements};

}  // namespace callmap::mapped

// The parsers and the mapping: inline in every translation unit (header-only, the
// default), or compiled once, in the translation unit that defines CALLMAP_SOURCE
// before it includes this header, when the program defines
// CALLMAP_SEPARATE_COMPILATION (callmap/config.hpp).
#if !defined(CALLMAP_SEPARATE_COMPILATION) || defined(CALLMAP_SOURCE)

namespace callmap::json {

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::mapped::endpoint>::parse(
    reader& r, ::callmap::mapped::endpoint& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::number: return read_value(r, out.number);
            case field::sip: return read_value(r, out.sip);
            default: return false;
        }
    });
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::mapped::product>::parse(
    reader& r, ::callmap::mapped::product& out) {
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

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::mapped::cost>::parse(
    reader& r, ::callmap::mapped::cost& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::combined_cost: return read_value(r, out.combined_cost);
            case field::product_costs: return read_value(r, out.product_costs);
            default: return false;
        }
    });
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::mapped::word>::parse(
    reader& r, ::callmap::mapped::word& out) {
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

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::mapped::turn>::parse(
    reader& r, ::callmap::mapped::turn& out) {
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

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::mapped::stage>::parse(
    reader& r, ::callmap::mapped::stage& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::min: return read_value(r, out.min);
            case field::max: return read_value(r, out.max);
            case field::p50: return read_value(r, out.p50);
            case field::num: return read_value(r, out.num);
            case field::values: return read_value(r, out.values);
            default: return false;
        }
    });
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::mapped::event>::parse(
    reader& r, ::callmap::mapped::event& out) {
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

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::mapped::choice>::parse(
    reader& r, ::callmap::mapped::choice& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::key: return read_value(r, out.key);
            case field::title: return read_value(r, out.title);
            case field::total: return read_value(r, out.total);
            default: return false;
        }
    });
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::mapped::ivr_result_answer>::parse(
    reader& r, ::callmap::mapped::ivr_result_answer& out) {
    out = {};
    switch (r.peek()) {
        case '"':
            return value_parser<std::string_view>::parse(r, out.as_string.emplace());
        case '{':
            return value_parser<::callmap::mapped::choice>::parse(r, out.as_choice.emplace());
        default: return r.fail_type("string or choice");
    }
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::mapped::ivr_result>::parse(
    reader& r, ::callmap::mapped::ivr_result& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::question: return read_value(r, out.question);
            case field::type: return read_value(r, out.type);
            case field::answer: return read_value(r, out.answer);
            default: return false;
        }
    });
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::mapped::call_callee>::parse(
    reader& r, ::callmap::mapped::call_callee& out) {
    out = {};
    switch (r.peek()) {
        case '"':
            return value_parser<std::string_view>::parse(r, out.as_string.emplace());
        case '{':
            return value_parser<::callmap::mapped::endpoint>::parse(r, out.as_endpoint.emplace());
        case '[':
            return value_parser<std::span<const ::callmap::mapped::endpoint>>::parse(r,
                out.as_endpoint_list.emplace());
        default: return r.fail_type("string, endpoint or endpoint[]");
    }
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::mapped::call_ringing>::parse(
    reader& r, ::callmap::mapped::call_ringing& out) {
    out = {};
    switch (r.peek()) {
        case '"':
            return value_parser<std::string_view>::parse(r, out.as_string.emplace());
        case '-': case '0': case '1': case '2': case '3': case '4':
        case '5': case '6': case '7': case '8': case '9':
            return value_parser<std::int64_t>::parse(r, out.as_int.emplace());
        default: return r.fail_type("string or int");
    }
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::mapped::call>::parse(
    reader& r, ::callmap::mapped::call& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::call_id: return read_value(r, out.call_id);
            case field::uuid: return read_value(r, out.uuid);
            case field::agent_id: return read_value(r, out.agent_id);
            case field::direction: return read_value(r, out.direction);
            case field::call_type: return read_value(r, out.call_type);
            case field::from_number: return read_value(r, out.from_number);
            case field::to_number: return read_value(r, out.to_number);
            case field::callee: return read_value(r, out.callee);
            case field::ringing: return read_value(r, out.ringing);
            case field::caller_id_used: return read_value(r, out.caller_id_used);
            case field::call_status: return read_value(r, out.call_status);
            case field::disconnection_reason: return read_value(r, out.disconnection_reason);
            case field::start_timestamp: return read_value(r, out.start_timestamp);
            case field::end_timestamp: return read_value(r, out.end_timestamp);
            case field::answered_at: return read_value(r, out.answered_at);
            case field::duration: return read_value(r, out.duration);
            case field::call_cost: return read_value(r, out.call_cost);
            case field::recording_url: return read_value(r, out.recording_url);
            case field::multi_url: return read_value(r, out.multi_url);
            case field::transcript: return read_value(r, out.transcript);
            case field::transcript_object: return read_value(r, out.transcript_object);
            case field::transcript_edited: return read_value(r, out.transcript_edited);
            case field::latency: return read_value(r, out.latency);
            case field::metadata: return read_value(r, out.metadata);
            case field::variables: return read_value(r, out.variables);
            case field::events: return read_value(r, out.events);
            case field::result: return read_value(r, out.result);
            default: return false;
        }
    });
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::mapped::envelope>::parse(
    reader& r, ::callmap::mapped::envelope& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::status: return read_value(r, out.status);
            case field::message: return read_value(r, out.message);
            case field::data: return read_value(r, out.data);
            default: return false;
        }
    });
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::mapped::review>::parse(
    reader& r, ::callmap::mapped::review& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::review_of: return read_value(r, out.review_of);
            case field::verdict: return read_value(r, out.verdict);
            case field::fault: return read_value(r, out.fault);
            case field::edited: return read_value(r, out.edited);
            default: return false;
        }
    });
}

}  // namespace callmap::json

namespace callmap::mapped {

namespace mapping_tables {
inline constexpr ::callmap::table_entry<::callmap::direction> direction[] = {
    {"INBOUND", ::callmap::direction::inbound},
    {"OUTBOUND", ::callmap::direction::outbound},
};
inline constexpr ::callmap::table_entry<::callmap::channel> channel[] = {
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
inline constexpr ::callmap::table_entry<::callmap::call_status> status[] = {
    {"REGISTERED", ::callmap::call_status::queued},
    {"ONGOING", ::callmap::call_status::in_progress},
    {"ENDED", ::callmap::call_status::completed},
    {"ERROR", ::callmap::call_status::failed},
};
inline constexpr ::callmap::table_entry<::callmap::turn_role> transcript_turns_role[] = {
    {"assistant", ::callmap::turn_role::agent},
    {"user", ::callmap::turn_role::user},
};
inline constexpr ::callmap::table_entry<::callmap::ivr_kind> ivr_kind[] = {
    {"record_speach", ::callmap::ivr_kind::recording},
    {"multiple_choice", ::callmap::ivr_kind::choice},
    {"collect_number", ::callmap::ivr_kind::digits},
};
inline constexpr ::callmap::table_entry<::callmap::call_status> review_status[] = {
    {"done", ::callmap::call_status::completed},
    {"dropped", ::callmap::call_status::failed},
};
inline constexpr ::callmap::table_entry<::callmap::turn_role> review_transcript_turns_role[] = {
    {"assistant", ::callmap::turn_role::agent},
    {"user", ::callmap::turn_role::user},
};
}  // namespace mapping_tables

CALLMAP_PROVIDER_INLINE ::callmap::result<::callmap::call> to_call(
    const envelope& in, ::callmap::arena& memory) {
    ::callmap::mapping_context ctx(memory);
    ::callmap::result<::callmap::call> answer(std::in_place);  // mapped in place
    ::callmap::call& out = *answer;
    out.provider = "mapped";
    if (::callmap::matches_any(in.status, {"error"})) {
        std::string_view message;
        if (message.empty() && in.message) message = *in.message;
        answer = ::callmap::provider_error("mapped", message);
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
            ::callmap::lookup_or_warn(ctx, mapping_tables::channel, *in.data->call_type,
                                      ::callmap::channel::unknown, "unmapped channel value");
    }
    if (in.data && in.data->direction &&
        ::callmap::matches_any(::callmap::text_of(*in.data->direction), {"OUTBOUND"}) && in.data &&
        in.data->caller_id_used) {
        ::callmap::set_party(out.from, *in.data->caller_id_used);
    } else if (in.data && in.data->direction &&
               ::callmap::matches_any(::callmap::text_of(*in.data->direction), {"OUTBOUND"}) &&
               in.data && in.data->from_number) {
        ::callmap::set_party(out.from, *in.data->from_number);
    } else if (!(in.data && in.data->direction &&
                 ::callmap::matches_any(::callmap::text_of(*in.data->direction), {"OUTBOUND"})) &&
               in.data && in.data->from_number) {
        ::callmap::set_party(out.from, *in.data->from_number);
    }
    if (in.data && in.data->to_number) {
        ::callmap::set_party(out.to, *in.data->to_number);
    } else if (in.data && in.data->callee && in.data->callee->as_endpoint &&
               in.data->callee->as_endpoint->number) {
        ::callmap::set_party(out.to, *in.data->callee->as_endpoint->number);
    } else if (in.data && in.data->callee && in.data->callee->as_endpoint_list &&
               !in.data->callee->as_endpoint_list->empty() &&
               in.data->callee->as_endpoint_list->front().number) {
        if (in.data->callee->as_endpoint_list->size() > 1)
            ctx.warn("only the first of several values mapped", "data.callee");
        ::callmap::set_party(out.to, *in.data->callee->as_endpoint_list->front().number);
    } else if (in.data && in.data->callee && in.data->callee->as_endpoint &&
               in.data->callee->as_endpoint->sip) {
        ::callmap::set_party(out.to, *in.data->callee->as_endpoint->sip);
    } else if (in.data && in.data->callee && in.data->callee->as_endpoint_list &&
               !in.data->callee->as_endpoint_list->empty() &&
               in.data->callee->as_endpoint_list->front().sip) {
        if (in.data->callee->as_endpoint_list->size() > 1)
            ctx.warn("only the first of several values mapped", "data.callee");
        ::callmap::set_party(out.to, *in.data->callee->as_endpoint_list->front().sip);
    } else if (in.data && in.data->callee && in.data->callee->as_string) {
        ::callmap::set_party(out.to, *in.data->callee->as_string);
    }
    if (in.data && in.data->disconnection_reason) {
        const std::string_view raw = *in.data->disconnection_reason;
        out.end_reason_raw = raw;
        out.end_reason =
            ::callmap::lookup_or_warn(ctx, mapping_tables::shared_test_end_reasons, raw,
                                      ::callmap::end_reason::unknown, "unmapped end_reason value");
    }
    if (in.data) {
        const std::string_view raw = in.data->call_status;
        out.status_raw = raw;
        out.status =
            ::callmap::lookup_or_warn(ctx, mapping_tables::status, raw,
                                      ::callmap::call_status::unknown, "unmapped status value");
        if (::callmap::matches_any(raw, {"ENDED"})) {
            out.status = ::callmap::refine_status(out.status, out.end_reason);
        }
    }
    if (in.data && in.data->start_timestamp) {
        ::callmap::set_instant(ctx, *in.data->start_timestamp, ::callmap::time_format::epoch_ms,
                               out.started_at);
    }
    if (in.data && in.data->answered_at) {
        ::callmap::set_instant(ctx, *in.data->answered_at, ::callmap::time_format::iso8601,
                               out.answered_at);
    }
    if (in.data && in.data->end_timestamp) {
        ::callmap::set_instant(ctx, *in.data->end_timestamp, ::callmap::time_format::epoch_ms,
                               out.ended_at);
    }
    if (in.data && in.data->duration) {
        ::callmap::set_if(::callmap::scaled_integer(*in.data->duration, 1000), out.duration_ms);
    }
    if (out.ended_at && out.answered_at) {
        out.talk_ms = out.ended_at->epoch_ms - out.answered_at->epoch_ms;
    }
    if (in.data && in.data->ringing && in.data->ringing->as_int) {
        ::callmap::set_if(::callmap::scaled_integer(*in.data->ringing->as_int, 1000), out.ring_ms);
    }
    if (in.data && in.data->variables) out.variables = *in.data->variables;
    if (in.data && in.data->metadata) out.metadata = *in.data->metadata;
    out.external_ids.entries = ::callmap::build_array<::callmap::map_entry<std::string_view>>(
        ctx, 1, [&](std::size_t id_index, auto& id) -> bool {
            switch (id_index) {
                case 0:
                    if (!(in.data && in.data->uuid)) return false;
                    id = {"uuid", *in.data->uuid};
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
        if (in.data && in.data->call_cost &&
            ::callmap::set_if(::callmap::money_micros(ctx, in.data->call_cost->combined_cost,
                                                      ::callmap::money_unit::major),
                              cost.amount_micros)) {
            cost_present = true;
        }
        cost.currency = "USD";
        cost.currency_assumed = true;
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
        if (cost_present && cost.currency_assumed) ctx.warn("currency assumed 'USD'");
        if (!cost_present) out.cost.reset();
    }
    out.recordings = ::callmap::build_array<::callmap::recording>(
        ctx, 2, [&](std::size_t recording_index, auto& recording) -> bool {
            switch (recording_index) {
                case 0: {
                    if (!(in.data && in.data->recording_url)) return false;
                    recording.url = *in.data->recording_url;
                    recording.kind = ::callmap::recording_kind::mixed;
                    return true;
                }
                case 1: {
                    if (!(in.data && in.data->multi_url)) return false;
                    recording.url = *in.data->multi_url;
                    recording.kind = ::callmap::recording_kind::multichannel;
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
        const auto* const transcript_edited_list = in.data && in.data->transcript_edited ?
            &*in.data->transcript_edited : in.data && in.data->transcript_object ?
            &*in.data->transcript_object : nullptr;
        if (transcript_edited_list != nullptr) {
            const auto& transcript_edited = *transcript_edited_list;
            transcript.turns = ::callmap::build_array<::callmap::turn>(
                ctx, transcript_edited.size(), [&](std::size_t turn_index, auto& turn) -> bool {
                    const auto& wire_turn = transcript_edited[turn_index];
                    turn.role =
                        ::callmap::lookup_or_warn(ctx, mapping_tables::transcript_turns_role,
                                                  wire_turn.role, ::callmap::turn_role::other,
                                                  "unmapped role value");
                    turn.text = wire_turn.content;
                    if (wire_turn.timestamp) {
                        ::callmap::set_instant(ctx, *wire_turn.timestamp,
                                               ::callmap::time_format::epoch_ms, turn.at);
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
                if (wire_latency_stats.value.num) {
                    latency_stats.value.count = *wire_latency_stats.value.num;
                }
                if (wire_latency_stats.value.values) {
                    latency_stats.value.samples = *wire_latency_stats.value.values;
                }
                return true;
            });
    }
    if (in.data && in.data->result) {
        const auto& result = *in.data->result;
        out.ivr = ::callmap::build_array<::callmap::ivr_step>(
            ctx, result.size(), [&](std::size_t ivr_step_index, auto& ivr_step) -> bool {
                const auto& wire_ivr_step = result[ivr_step_index];
                ivr_step.question = wire_ivr_step.question;
                ivr_step.kind =
                    ::callmap::lookup_or_warn(ctx, mapping_tables::ivr_kind, wire_ivr_step.type,
                                              ::callmap::ivr_kind::other, "unmapped kind value");
                ivr_step.answers =
                    ::callmap::build_array<std::string_view>(ctx, wire_ivr_step.answer.size(),
                                                             [&](std::size_t i,
                                                                 std::string_view& text) -> bool {
                    if (!wire_ivr_step.answer[i].as_string) return false;
                    text = *wire_ivr_step.answer[i].as_string;
                    return true;
                });
                const auto& answer_list = wire_ivr_step.answer;
                ivr_step.choices = ::callmap::build_array<::callmap::ivr_choice>(
                    ctx, answer_list.size(),
                        [&](std::size_t ivr_choice_index, auto& ivr_choice) -> bool {
                        if (!answer_list[ivr_choice_index].as_choice) return false;
                        const auto& wire_ivr_choice = *answer_list[ivr_choice_index].as_choice;
                        ivr_choice.key = wire_ivr_choice.key;
                        ivr_choice.title = wire_ivr_choice.title;
                        ivr_choice.count = wire_ivr_choice.total;
                        return true;
                    });
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

CALLMAP_PROVIDER_INLINE ::callmap::result<::callmap::call> map_review(
    const review& in, ::callmap::arena& memory) {
    ::callmap::mapping_context ctx(memory);
    ::callmap::result<::callmap::call> answer(std::in_place);  // mapped in place
    ::callmap::call& out = *answer;
    out.provider = "mapped";
    if (in.verdict && ::callmap::matches_any(*in.verdict, {"rejected"})) {
        std::string_view message;
        if (message.empty() && in.fault) message = *in.fault;
        answer = ::callmap::provider_error("mapped", message);
        return answer;
    }
    if (in.review_of) out.id = *in.review_of;
    if (in.verdict) {
        const std::string_view raw = *in.verdict;
        out.status_raw = raw;
        out.status =
            ::callmap::lookup_or_warn(ctx, mapping_tables::review_status, raw,
                                      ::callmap::call_status::unknown, "unmapped status value");
    }
    {
        ::callmap::transcript& transcript = out.transcript.emplace();
        bool transcript_present = false;
        if (in.edited) {
            const auto& edited = *in.edited;
            transcript.turns = ::callmap::build_array<::callmap::turn>(
                ctx, edited.size(), [&](std::size_t turn_index, auto& turn) -> bool {
                    const auto& wire_turn = edited[turn_index];
                    turn.role =
                        ::callmap::lookup_or_warn(ctx, mapping_tables::review_transcript_turns_role,
                                                  wire_turn.role, ::callmap::turn_role::other,
                                                  "unmapped role value");
                    turn.text = wire_turn.content;
                    return true;
                });
        }
        transcript_present = transcript_present || !transcript.turns.empty();
        if (!transcript_present) out.transcript.reset();
    }
    ctx.finish_into(answer);
    return answer;
}

CALLMAP_PROVIDER_INLINE ::callmap::result<::callmap::call> normalize_review(
    std::string_view payload, ::callmap::arena& memory,
    const ::callmap::parse_options& options) {
    return ::callmap::normalize_as<review, &map_review>(payload, memory, options);
}

}  // namespace callmap::mapped

namespace callmap::mapped {

CALLMAP_PROVIDER_INLINE ::callmap::result<::callmap::page> read_get(
    std::string_view payload, ::callmap::arena& memory,
    const ::callmap::parse_options& options) {
    return ::callmap::read_shape<envelope, &to_call>(
        payload, memory, options, layouts::get);
}

CALLMAP_PROVIDER_INLINE ::callmap::result<::callmap::page> read_report(
    std::string_view payload, ::callmap::arena& memory,
    const ::callmap::parse_options& options) {
    return ::callmap::read_shape<envelope, &to_call>(
        payload, memory, options, layouts::report, layouts::report_fields);
}

}  // namespace callmap::mapped

#endif  // !CALLMAP_SEPARATE_COMPILATION || CALLMAP_SOURCE
