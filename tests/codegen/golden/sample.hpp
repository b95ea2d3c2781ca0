// generated from tests/codegen/specs/sample.yaml by callmap-gen -- do not edit.
// A small spec that uses every wire construct
// https://example.com/get-call
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
#include "callmap/parse.hpp"
#include "callmap/types.hpp"
#include "callmap/version.hpp"

#if CALLMAP_CODEGEN_VERSION != 2
#error "sample.hpp was generated for another callmap runtime; regenerate it"
#endif

namespace callmap::sample {

enum class call_status : std::uint8_t {
    REGISTERED,
    ONGOING,
    ENDED,
};
BOOST_DESCRIBE_ENUM(call_status, REGISTERED, ONGOING, ENDED)

enum class direction : std::uint8_t {
    inbound,
    outbound,
    in_progress,
};
BOOST_DESCRIBE_ENUM(direction, inbound, outbound, in_progress)

struct word {
    std::string_view word{};
    std::int64_t start{};
    std::int64_t end{};
};
BOOST_DESCRIBE_STRUCT(word, (), (
    word,
    start,
    end))

struct choice {
    std::string_view key{};
    std::string_view title{};
    std::int64_t total{};
};
BOOST_DESCRIBE_STRUCT(choice, (), (
    key,
    title,
    total))

/// "answer" of ivr_step: one of (string | choice | int)[], told apart by the JSON type.
struct ivr_step_answer {
    std::optional<std::string_view> as_string{};
    std::optional<::callmap::sample::choice> as_choice{};
    std::optional<std::int64_t> as_int{};
};
BOOST_DESCRIBE_STRUCT(ivr_step_answer, (), (as_string, as_choice, as_int))

struct ivr_step {
    std::string_view question{};
    std::span<const ::callmap::sample::ivr_step_answer> answer{};
};
BOOST_DESCRIBE_STRUCT(ivr_step, (), (
    question,
    answer))

struct call {
    std::string_view id{};
    ::callmap::open_enum<::callmap::sample::call_status> call_status{};  // "callStatus"
    std::optional<::callmap::open_enum<::callmap::sample::direction>> direction{};
    std::optional<std::string_view> phone_register_id{};
    std::optional<bool> is_new{};  // "new"
    std::optional<::callmap::decimal> duration{};
    std::optional<std::int64_t> start_timestamp{};
    std::span<const ::callmap::sample::word> words{};
    std::optional<std::span<const double>> values{};
    std::optional<::callmap::map<std::string_view>> tags{};
    std::optional<::callmap::raw_json> metadata{};
    std::optional<std::span<const ::callmap::sample::ivr_step>> steps{};
};
BOOST_DESCRIBE_STRUCT(call, (), (
    id,
    call_status,
    direction,
    phone_register_id,
    is_new,
    duration,
    start_timestamp,
    words,
    values,
    tags,
    metadata,
    steps))

struct response {
    std::string_view status{};
    std::optional<std::string_view> message{};
    std::optional<::callmap::sample::call> data{};
};
BOOST_DESCRIBE_STRUCT(response, (), (
    status,
    message,
    data))

}  // namespace callmap::sample

namespace callmap {

template <>
struct enum_spelling<::callmap::sample::call_status> {
    static constexpr std::array<std::string_view, 3> values{"REGISTERED", "ONGOING", "ENDED"};
    static constexpr bool case_insensitive = true;
};

template <>
struct enum_spelling<::callmap::sample::direction> {
    static constexpr std::array<std::string_view, 3> values{"inbound", "outbound", "in-progress"};
    static constexpr bool case_insensitive = false;
};

}  // namespace callmap

namespace callmap::json {

template <>
struct value_parser<::callmap::sample::word> {
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
    static bool parse(reader& r, ::callmap::sample::word& out);
};

template <>
struct value_parser<::callmap::sample::choice> {
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
    static bool parse(reader& r, ::callmap::sample::choice& out);
};

template <>
struct value_parser<::callmap::sample::ivr_step_answer> {
    static bool parse(reader& r, ::callmap::sample::ivr_step_answer& out);
};

template <>
struct value_parser<::callmap::sample::ivr_step> {
    struct field {
        enum : int {
            question,
            answer,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "question",
        "answer",
    });
    static constexpr auto required = required_fields<keys.size()>({field::question, field::answer});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 6: return key == "answer" ? field::answer : -1;
            case 8: return key == "question" ? field::question : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::sample::ivr_step& out);
};

template <>
struct value_parser<::callmap::sample::call> {
    struct field {
        enum : int {
            id,
            call_status,
            direction,
            phone_register_id,
            is_new,
            duration,
            start_timestamp,
            words,
            values,
            tags,
            metadata,
            steps,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "id",
        "callStatus",
        "direction",
        "phone_register_id",
        "new",
        "duration",
        "start_timestamp",
        "words",
        "values",
        "tags",
        "metadata",
        "steps",
    });
    static constexpr auto required =
        required_fields<keys.size()>({field::id, field::call_status, field::words});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 2: return key == "id" ? field::id : -1;
            case 3: return key == "new" ? field::is_new : -1;
            case 4: return key == "tags" ? field::tags : -1;
            case 5:
                switch (key[0]) {
                    case 'w': return key == "words" ? field::words : -1;
                    case 's': return key == "steps" ? field::steps : -1;
                    default: return -1;
                }
            case 6: return key == "values" ? field::values : -1;
            case 8:
                switch (key[0]) {
                    case 'p': return key == "phone_id" ? field::phone_register_id : -1;
                    case 'd': return key == "duration" ? field::duration : -1;
                    case 'm': return key == "metadata" ? field::metadata : -1;
                    default: return -1;
                }
            case 9: return key == "direction" ? field::direction : -1;
            case 10: return key == "callStatus" ? field::call_status : -1;
            case 15: return key == "start_timestamp" ? field::start_timestamp : -1;
            case 17: return key == "phone_register_id" ? field::phone_register_id : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::sample::call& out);
};

template <>
struct value_parser<::callmap::sample::response> {
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
    static bool parse(reader& r, ::callmap::sample::response& out);
};

}  // namespace callmap::json

namespace callmap::sample::shape {

inline constexpr auto word_fields = std::to_array<::callmap::drift::field_shape>({
    {"word", 1, 0, false, false, -1, {}, false},
    {"start", 2, 0, false, false, -1, {}, false},
    {"end", 2, 0, false, false, -1, {}, false},
});
inline constexpr auto choice_fields = std::to_array<::callmap::drift::field_shape>({
    {"key", 1, 0, false, false, -1, {}, false},
    {"title", 1, 0, false, false, -1, {}, false},
    {"total", 2, 0, false, false, -1, {}, false},
});
inline constexpr auto ivr_step_fields = std::to_array<::callmap::drift::field_shape>({
    {"question", 1, 0, false, false, -1, {}, false},
    {"answer", 11, 1, false, false, 1, {}, false},
});
inline constexpr auto call_fields = std::to_array<::callmap::drift::field_shape>({
    {"id", 1, 0, false, false, -1, {}, false},
    {"callStatus", 1, 0, false, false, -1,
     ::callmap::enum_spelling<::callmap::sample::call_status>::values,
     ::callmap::enum_spelling<::callmap::sample::call_status>::case_insensitive},
    {"direction", 1, 0, false, true, -1,
     ::callmap::enum_spelling<::callmap::sample::direction>::values,
     ::callmap::enum_spelling<::callmap::sample::direction>::case_insensitive},
    {"phone_register_id", 1, 0, false, true, -1, {}, false},
    {"phone_id", 1, 0, false, true, -1, {}, false},
    {"new", 4, 0, false, true, -1, {}, false},
    {"duration", 3, 0, false, true, -1, {}, false},
    {"start_timestamp", 2, 0, false, true, -1, {}, false},
    {"words", 8, 1, false, false, 0, {}, false},
    {"values", 2, 1, false, true, -1, {}, false},
    {"tags", 1, 0, true, true, -1, {}, false},
    {"metadata", 31, 0, false, true, -1, {}, false},
    {"steps", 8, 1, false, true, 2, {}, false},
});
inline constexpr auto response_fields = std::to_array<::callmap::drift::field_shape>({
    {"status", 1, 0, false, false, -1, {}, false},
    {"message", 1, 0, false, true, -1, {}, false},
    {"data", 8, 0, false, true, 3, {}, false},
});
inline constexpr std::array<::callmap::drift::object_shape, 5> objects{{
    {"word", word_fields},
    {"choice", choice_fields},
    {"ivr_step", ivr_step_fields},
    {"call", call_fields},
    {"response", response_fields},
}};
inline constexpr int root = 4;

}  // namespace callmap::sample::shape

// The parsers and the mapping: inline in every translation unit (header-only, the
// default), or compiled once, in the translation unit that defines CALLMAP_SOURCE
// before it includes this header, when the program defines
// CALLMAP_SEPARATE_COMPILATION (callmap/config.hpp).
#if !defined(CALLMAP_SEPARATE_COMPILATION) || defined(CALLMAP_SOURCE)

namespace callmap::json {

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::sample::word>::parse(
    reader& r, ::callmap::sample::word& out) {
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

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::sample::choice>::parse(
    reader& r, ::callmap::sample::choice& out) {
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

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::sample::ivr_step_answer>::parse(
    reader& r, ::callmap::sample::ivr_step_answer& out) {
    out = {};
    switch (r.peek()) {
        case '"':
            return value_parser<std::string_view>::parse(r, out.as_string.emplace());
        case '{':
            return value_parser<::callmap::sample::choice>::parse(r, out.as_choice.emplace());
        case '-': case '0': case '1': case '2': case '3': case '4':
        case '5': case '6': case '7': case '8': case '9':
            return value_parser<std::int64_t>::parse(r, out.as_int.emplace());
        default: return r.fail_type("string, choice or int");
    }
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::sample::ivr_step>::parse(
    reader& r, ::callmap::sample::ivr_step& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::question: return read_value(r, out.question);
            case field::answer: return read_value(r, out.answer);
            default: return false;
        }
    });
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::sample::call>::parse(
    reader& r, ::callmap::sample::call& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::id: return read_value(r, out.id);
            case field::call_status: return read_value(r, out.call_status);
            case field::direction: return read_value(r, out.direction);
            case field::phone_register_id: return read_value(r, out.phone_register_id);
            case field::is_new: return read_value(r, out.is_new);
            case field::duration: return read_value(r, out.duration);
            case field::start_timestamp: return read_value(r, out.start_timestamp);
            case field::words: return read_value(r, out.words);
            case field::values: return read_value(r, out.values);
            case field::tags: return read_value(r, out.tags);
            case field::metadata: return read_value(r, out.metadata);
            case field::steps: return read_value(r, out.steps);
            default: return false;
        }
    });
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::sample::response>::parse(
    reader& r, ::callmap::sample::response& out) {
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

}  // namespace callmap::json

#endif  // !CALLMAP_SEPARATE_COMPILATION || CALLMAP_SOURCE
