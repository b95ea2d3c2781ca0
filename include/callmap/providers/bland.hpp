// generated from schemas/bland.yaml by callmap-gen -- do not edit.
// Bland AI — call details
// https://docs.bland.ai/api-v1/get/calls-id
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
#error "bland.hpp was generated for another callmap runtime; regenerate it"
#endif

namespace callmap::bland {

struct transcript_line {
    std::optional<std::int64_t> id{};
    std::optional<std::string_view> created_at{};
    std::string_view text{};
    std::string_view user{};
    std::optional<std::string_view> c_id{};
};
BOOST_DESCRIBE_STRUCT(transcript_line, (), (
    id,
    created_at,
    text,
    user,
    c_id))

struct call {
    std::string_view call_id{};
    std::optional<std::string_view> c_id{};
    std::optional<std::string_view> batch_id{};
    std::optional<std::string_view> to{};
    std::optional<std::string_view> from{};
    std::optional<bool> inbound{};
    std::optional<bool> completed{};
    std::optional<std::string_view> status{};
    std::optional<std::string_view> queue_status{};
    std::optional<std::string_view> created_at{};
    std::optional<std::string_view> started_at{};
    std::optional<std::string_view> end_at{};
    std::optional<::callmap::decimal> call_length{};
    std::optional<::callmap::decimal> corrected_duration{};
    std::optional<::callmap::decimal> max_duration{};
    std::optional<std::string_view> answered_by{};
    std::optional<std::string_view> call_ended_by{};
    std::optional<std::string_view> error_message{};
    std::optional<std::string_view> transferred_to{};
    std::optional<std::string_view> transferred_at{};
    std::optional<bool> record{};
    std::optional<std::string_view> recording_url{};
    std::optional<::callmap::decimal> price{};
    std::optional<std::string_view> summary{};
    std::optional<std::string_view> concatenated_transcript{};
    std::optional<std::span<const ::callmap::bland::transcript_line>> transcripts{};
    std::optional<::callmap::map<::callmap::raw_json>> variables{};
    std::optional<::callmap::raw_json> metadata{};
    std::optional<::callmap::raw_json> request_data{};
    std::optional<::callmap::raw_json> analysis{};
    std::optional<::callmap::raw_json> analysis_schema{};
    std::optional<::callmap::raw_json> pathway_logs{};
    std::optional<std::string_view> endpoint_url{};
    std::optional<bool> local_dialing{};
};
BOOST_DESCRIBE_STRUCT(call, (), (
    call_id,
    c_id,
    batch_id,
    to,
    from,
    inbound,
    completed,
    status,
    queue_status,
    created_at,
    started_at,
    end_at,
    call_length,
    corrected_duration,
    max_duration,
    answered_by,
    call_ended_by,
    error_message,
    transferred_to,
    transferred_at,
    record,
    recording_url,
    price,
    summary,
    concatenated_transcript,
    transcripts,
    variables,
    metadata,
    request_data,
    analysis,
    analysis_schema,
    pathway_logs,
    endpoint_url,
    local_dialing))

struct corrected_line {
    ::callmap::decimal start{};
    ::callmap::decimal end{};
    std::string_view text{};
    std::optional<std::int64_t> speaker{};
    std::optional<std::string_view> speaker_label{};
    std::optional<::callmap::decimal> confidence{};
};
BOOST_DESCRIBE_STRUCT(corrected_line, (), (
    start,
    end,
    text,
    speaker,
    speaker_label,
    confidence))

struct corrected_transcript {
    std::optional<std::string_view> status{};
    std::optional<std::string_view> message{};
    std::optional<::callmap::raw_json> errors{};
    std::optional<std::span<const ::callmap::bland::corrected_line>> corrected{};
    std::optional<std::span<const ::callmap::bland::transcript_line>> aligned{};
};
BOOST_DESCRIBE_STRUCT(corrected_transcript, (), (
    status,
    message,
    errors,
    corrected,
    aligned))

}  // namespace callmap::bland

namespace callmap {

}  // namespace callmap

namespace callmap::json {

template <>
struct value_parser<::callmap::bland::transcript_line> {
    struct field {
        enum : int {
            id,
            created_at,
            text,
            user,
            c_id,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "id",
        "created_at",
        "text",
        "user",
        "c_id",
    });
    static constexpr auto required = required_fields<keys.size()>({field::text, field::user});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 2: return key == "id" ? field::id : -1;
            case 4:
                switch (key[0]) {
                    case 't': return key == "text" ? field::text : -1;
                    case 'u': return key == "user" ? field::user : -1;
                    case 'c': return key == "c_id" ? field::c_id : -1;
                    default: return -1;
                }
            case 10: return key == "created_at" ? field::created_at : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::bland::transcript_line& out);
};

template <>
struct value_parser<::callmap::bland::call> {
    struct field {
        enum : int {
            call_id,
            c_id,
            batch_id,
            to,
            from,
            inbound,
            completed,
            status,
            queue_status,
            created_at,
            started_at,
            end_at,
            call_length,
            corrected_duration,
            max_duration,
            answered_by,
            call_ended_by,
            error_message,
            transferred_to,
            transferred_at,
            record,
            recording_url,
            price,
            summary,
            concatenated_transcript,
            transcripts,
            variables,
            metadata,
            request_data,
            analysis,
            analysis_schema,
            pathway_logs,
            endpoint_url,
            local_dialing,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "call_id",
        "c_id",
        "batch_id",
        "to",
        "from",
        "inbound",
        "completed",
        "status",
        "queue_status",
        "created_at",
        "started_at",
        "end_at",
        "call_length",
        "corrected_duration",
        "max_duration",
        "answered_by",
        "call_ended_by",
        "error_message",
        "transferred_to",
        "transferred_at",
        "record",
        "recording_url",
        "price",
        "summary",
        "concatenated_transcript",
        "transcripts",
        "variables",
        "metadata",
        "request_data",
        "analysis",
        "analysis_schema",
        "pathway_logs",
        "endpoint_url",
        "local_dialing",
    });
    static constexpr auto required = required_fields<keys.size()>({field::call_id});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 2: return key == "to" ? field::to : -1;
            case 4:
                switch (key[0]) {
                    case 'c': return key == "c_id" ? field::c_id : -1;
                    case 'f': return key == "from" ? field::from : -1;
                    default: return -1;
                }
            case 5: return key == "price" ? field::price : -1;
            case 6:
                switch (key[0]) {
                    case 's': return key == "status" ? field::status : -1;
                    case 'e': return key == "end_at" ? field::end_at : -1;
                    case 'r': return key == "record" ? field::record : -1;
                    default: return -1;
                }
            case 7:
                switch (key[0]) {
                    case 'c': return key == "call_id" ? field::call_id : -1;
                    case 'i': return key == "inbound" ? field::inbound : -1;
                    case 's': return key == "summary" ? field::summary : -1;
                    default: return -1;
                }
            case 8:
                switch (key[0]) {
                    case 'b': return key == "batch_id" ? field::batch_id : -1;
                    case 'm': return key == "metadata" ? field::metadata : -1;
                    case 'a': return key == "analysis" ? field::analysis : -1;
                    default: return -1;
                }
            case 9:
                switch (key[0]) {
                    case 'c': return key == "completed" ? field::completed : -1;
                    case 'v': return key == "variables" ? field::variables : -1;
                    default: return -1;
                }
            case 10:
                switch (key[0]) {
                    case 'c': return key == "created_at" ? field::created_at : -1;
                    case 's': return key == "started_at" ? field::started_at : -1;
                    default: return -1;
                }
            case 11:
                switch (key[0]) {
                    case 'c': return key == "call_length" ? field::call_length : -1;
                    case 'a': return key == "answered_by" ? field::answered_by : -1;
                    case 't': return key == "transcripts" ? field::transcripts : -1;
                    default: return -1;
                }
            case 12:
                switch (key[0]) {
                    case 'q': return key == "queue_status" ? field::queue_status : -1;
                    case 'm': return key == "max_duration" ? field::max_duration : -1;
                    case 'r': return key == "request_data" ? field::request_data : -1;
                    case 'p': return key == "pathway_logs" ? field::pathway_logs : -1;
                    case 'e': return key == "endpoint_url" ? field::endpoint_url : -1;
                    default: return -1;
                }
            case 13:
                switch (key[0]) {
                    case 'c': return key == "call_ended_by" ? field::call_ended_by : -1;
                    case 'e': return key == "error_message" ? field::error_message : -1;
                    case 'r': return key == "recording_url" ? field::recording_url : -1;
                    case 'l': return key == "local_dialing" ? field::local_dialing : -1;
                    default: return -1;
                }
            case 14:
                switch (key[12]) {
                    case 't': return key == "transferred_to" ? field::transferred_to : -1;
                    case 'a': return key == "transferred_at" ? field::transferred_at : -1;
                    default: return -1;
                }
            case 15: return key == "analysis_schema" ? field::analysis_schema : -1;
            case 18: return key == "corrected_duration" ? field::corrected_duration : -1;
            case 23: return key == "concatenated_transcript" ? field::concatenated_transcript : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::bland::call& out);
};

template <>
struct value_parser<::callmap::bland::corrected_line> {
    struct field {
        enum : int {
            start,
            end,
            text,
            speaker,
            speaker_label,
            confidence,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "start",
        "end",
        "text",
        "speaker",
        "speaker_label",
        "confidence",
    });
    static constexpr auto required =
        required_fields<keys.size()>({field::start, field::end, field::text});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 3: return key == "end" ? field::end : -1;
            case 4: return key == "text" ? field::text : -1;
            case 5: return key == "start" ? field::start : -1;
            case 7: return key == "speaker" ? field::speaker : -1;
            case 10: return key == "confidence" ? field::confidence : -1;
            case 13: return key == "speaker_label" ? field::speaker_label : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::bland::corrected_line& out);
};

template <>
struct value_parser<::callmap::bland::corrected_transcript> {
    struct field {
        enum : int {
            status,
            message,
            errors,
            corrected,
            aligned,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "status",
        "message",
        "errors",
        "corrected",
        "aligned",
    });
    static constexpr auto required = required_fields<keys.size()>({});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 6:
                switch (key[0]) {
                    case 's': return key == "status" ? field::status : -1;
                    case 'e': return key == "errors" ? field::errors : -1;
                    default: return -1;
                }
            case 7:
                switch (key[0]) {
                    case 'm': return key == "message" ? field::message : -1;
                    case 'a': return key == "aligned" ? field::aligned : -1;
                    default: return -1;
                }
            case 9: return key == "corrected" ? field::corrected : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::bland::corrected_transcript& out);
};

}  // namespace callmap::json

namespace callmap::bland::shape {

inline constexpr auto transcript_line_fields = std::to_array<::callmap::drift::field_shape>({
    {"id", 2, 0, false, true, -1, {}, false},
    {"created_at", 1, 0, false, true, -1, {}, false},
    {"text", 1, 0, false, false, -1, {}, false},
    {"user", 1, 0, false, false, -1, {}, false},
    {"c_id", 1, 0, false, true, -1, {}, false},
});
inline constexpr auto call_fields = std::to_array<::callmap::drift::field_shape>({
    {"call_id", 1, 0, false, false, -1, {}, false},
    {"c_id", 1, 0, false, true, -1, {}, false},
    {"batch_id", 1, 0, false, true, -1, {}, false},
    {"to", 1, 0, false, true, -1, {}, false},
    {"from", 1, 0, false, true, -1, {}, false},
    {"inbound", 4, 0, false, true, -1, {}, false},
    {"completed", 4, 0, false, true, -1, {}, false},
    {"status", 1, 0, false, true, -1, {}, false},
    {"queue_status", 1, 0, false, true, -1, {}, false},
    {"created_at", 1, 0, false, true, -1, {}, false},
    {"started_at", 1, 0, false, true, -1, {}, false},
    {"end_at", 1, 0, false, true, -1, {}, false},
    {"call_length", 3, 0, false, true, -1, {}, false},
    {"corrected_duration", 3, 0, false, true, -1, {}, false},
    {"max_duration", 3, 0, false, true, -1, {}, false},
    {"answered_by", 1, 0, false, true, -1, {}, false},
    {"call_ended_by", 1, 0, false, true, -1, {}, false},
    {"error_message", 1, 0, false, true, -1, {}, false},
    {"transferred_to", 1, 0, false, true, -1, {}, false},
    {"transferred_at", 1, 0, false, true, -1, {}, false},
    {"record", 4, 0, false, true, -1, {}, false},
    {"recording_url", 1, 0, false, true, -1, {}, false},
    {"price", 3, 0, false, true, -1, {}, false},
    {"summary", 1, 0, false, true, -1, {}, false},
    {"concatenated_transcript", 1, 0, false, true, -1, {}, false},
    {"transcripts", 8, 1, false, true, 0, {}, false},
    {"variables", 31, 0, true, true, -1, {}, false},
    {"metadata", 31, 0, false, true, -1, {}, false},
    {"request_data", 31, 0, false, true, -1, {}, false},
    {"analysis", 31, 0, false, true, -1, {}, false},
    {"analysis_schema", 31, 0, false, true, -1, {}, false},
    {"pathway_logs", 31, 0, false, true, -1, {}, false},
    {"endpoint_url", 1, 0, false, true, -1, {}, false},
    {"local_dialing", 4, 0, false, true, -1, {}, false},
});
inline constexpr auto corrected_line_fields = std::to_array<::callmap::drift::field_shape>({
    {"start", 3, 0, false, false, -1, {}, false},
    {"end", 3, 0, false, false, -1, {}, false},
    {"text", 1, 0, false, false, -1, {}, false},
    {"speaker", 2, 0, false, true, -1, {}, false},
    {"speaker_label", 1, 0, false, true, -1, {}, false},
    {"confidence", 3, 0, false, true, -1, {}, false},
});
inline constexpr auto corrected_transcript_fields = std::to_array<::callmap::drift::field_shape>({
    {"status", 1, 0, false, true, -1, {}, false},
    {"message", 1, 0, false, true, -1, {}, false},
    {"errors", 31, 0, false, true, -1, {}, false},
    {"corrected", 8, 1, false, true, 2, {}, false},
    {"aligned", 8, 1, false, true, 0, {}, false},
});
inline constexpr std::array<::callmap::drift::object_shape, 4> objects{{
    {"transcript_line", transcript_line_fields},
    {"call", call_fields},
    {"corrected_line", corrected_line_fields},
    {"corrected_transcript", corrected_transcript_fields},
}};
inline constexpr int root = 1;

}  // namespace callmap::bland::shape

namespace callmap::bland {

/// Maps a parsed bland payload onto the canonical call record. The result holds views
/// into the payload and into `memory`. A provider error answer is an error result.
::callmap::result<::callmap::call> to_call(const call& in, ::callmap::arena& memory);

/// Maps a parsed bland corrected supplement onto the fields of a call it gives, the
/// others absent (callmap::apply_supplement merges them into a call). The result
/// holds views into the payload and into `memory`.
::callmap::result<::callmap::call> map_corrected(const corrected_transcript& in,
                                                 ::callmap::arena& memory);

}  // namespace callmap::bland

namespace callmap::bland {

/// The top-level keys that every bland payload has (auto-detection).
inline constexpr auto detect_keys = std::to_array<std::string_view>({
    "call_id",
    "c_id",
});

/// Parses a bland payload and maps it onto the canonical call record (what the
/// registry entry calls). LIFETIME: the call holds views into `payload` and `memory`.
::callmap::result<::callmap::call> normalize(std::string_view payload, ::callmap::arena& memory,
                                             const ::callmap::parse_options& options = {});

/// Where each shape of bland payloads keeps its calls (spec shapes:), for
/// callmap::read_shape.
namespace layouts {

inline constexpr std::string_view get_detect[] = {"call_id", "c_id"};
inline constexpr ::callmap::shape_layout get{::callmap::payload_shape::get, false, {}, {}, {}, {},
                                             {}};
inline constexpr std::string_view list_calls[] = {"calls"};
inline constexpr std::string_view list_detect[] = {"count", "calls"};
inline constexpr ::callmap::detect_value list_detect_values[] =
    {::callmap::detect_value::any, ::callmap::detect_value::array};
inline constexpr ::callmap::shape_layout list{::callmap::payload_shape::list, true, list_calls, {},
                                              {}, {}, {}};

}  // namespace layouts

/// Every call of a bland get payload (callmap::page). LIFETIME: the page holds
/// views into `payload` and `memory`.
::callmap::result<::callmap::page> read_get(std::string_view payload, ::callmap::arena& memory,
    const ::callmap::parse_options& options = {});
/// Every call of a bland list payload (callmap::page). LIFETIME: the page holds
/// views into `payload` and `memory`.
::callmap::result<::callmap::page> read_list(std::string_view payload, ::callmap::arena& memory,
    const ::callmap::parse_options& options = {});

/// The shapes of bland payloads, the get answer first (detection tells them apart).
inline constexpr ::callmap::shape_entry payload_shapes[] = {
    {"get", ::callmap::payload_shape::get, detect_keys, false, &read_get},
    {"list", ::callmap::payload_shape::list, layouts::list_detect, false, &read_list, false,
     layouts::list_detect_values},
};

/// The top-level keys of each payload that completes a bland call (spec supplements:).
namespace layouts {

inline constexpr std::string_view corrected_detect[] = {"corrected"};

}  // namespace layouts

/// Parses a bland corrected supplement and maps it onto the fields of a call it gives.
/// LIFETIME: the call holds views into `payload` and `memory`.
::callmap::result<::callmap::call> normalize_corrected(
    std::string_view payload, ::callmap::arena& memory,
    const ::callmap::parse_options& options = {});

/// The payloads that complete a bland call, for callmap::apply_supplement.
inline constexpr ::callmap::supplement_entry supplements[] = {
    {"corrected", "https://docs.bland.ai/api-v1/get/calls-corrected-transcript",
     layouts::corrected_detect, &normalize_corrected},
};

/// This provider in a registry (callmap/normalize.hpp): on its own, or with the
/// built-in ones through callmap::with_builtin (callmap/builtin.hpp).
inline constexpr ::callmap::provider_entry provider{
    "bland",
    "Bland AI — call details",
    "https://docs.bland.ai/api-v1/get/calls-id",
    detect_keys,
    &normalize,
    shape::objects,
    shape::root,
    payload_shapes,
    supplements};

}  // namespace callmap::bland

// The parsers and the mapping: inline in every translation unit (header-only, the
// default), or compiled once, in the translation unit that defines CALLMAP_SOURCE
// before it includes this header, when the program defines
// CALLMAP_SEPARATE_COMPILATION (callmap/config.hpp).
#if !defined(CALLMAP_SEPARATE_COMPILATION) || defined(CALLMAP_SOURCE)

namespace callmap::json {

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::bland::transcript_line>::parse(
    reader& r, ::callmap::bland::transcript_line& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::id: return read_value(r, out.id);
            case field::created_at: return read_value(r, out.created_at);
            case field::text: return read_value(r, out.text);
            case field::user: return read_value(r, out.user);
            case field::c_id: return read_value(r, out.c_id);
            default: return false;
        }
    });
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::bland::call>::parse(
    reader& r, ::callmap::bland::call& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::call_id: return read_value(r, out.call_id);
            case field::c_id: return read_value(r, out.c_id);
            case field::batch_id: return read_value(r, out.batch_id);
            case field::to: return read_value(r, out.to);
            case field::from: return read_value(r, out.from);
            case field::inbound: return read_value(r, out.inbound);
            case field::completed: return read_value(r, out.completed);
            case field::status: return read_value(r, out.status);
            case field::queue_status: return read_value(r, out.queue_status);
            case field::created_at: return read_value(r, out.created_at);
            case field::started_at: return read_value(r, out.started_at);
            case field::end_at: return read_value(r, out.end_at);
            case field::call_length: return read_value(r, out.call_length);
            case field::corrected_duration: return read_value(r, out.corrected_duration);
            case field::max_duration: return read_value(r, out.max_duration);
            case field::answered_by: return read_value(r, out.answered_by);
            case field::call_ended_by: return read_value(r, out.call_ended_by);
            case field::error_message: return read_value(r, out.error_message);
            case field::transferred_to: return read_value(r, out.transferred_to);
            case field::transferred_at: return read_value(r, out.transferred_at);
            case field::record: return read_value(r, out.record);
            case field::recording_url: return read_value(r, out.recording_url);
            case field::price: return read_value(r, out.price);
            case field::summary: return read_value(r, out.summary);
            case field::concatenated_transcript: return read_value(r, out.concatenated_transcript);
            case field::transcripts: return read_value(r, out.transcripts);
            case field::variables: return read_value(r, out.variables);
            case field::metadata: return read_value(r, out.metadata);
            case field::request_data: return read_value(r, out.request_data);
            case field::analysis: return read_value(r, out.analysis);
            case field::analysis_schema: return read_value(r, out.analysis_schema);
            case field::pathway_logs: return read_value(r, out.pathway_logs);
            case field::endpoint_url: return read_value(r, out.endpoint_url);
            case field::local_dialing: return read_value(r, out.local_dialing);
            default: return false;
        }
    });
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::bland::corrected_line>::parse(
    reader& r, ::callmap::bland::corrected_line& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::start: return read_value(r, out.start);
            case field::end: return read_value(r, out.end);
            case field::text: return read_value(r, out.text);
            case field::speaker: return read_value(r, out.speaker);
            case field::speaker_label: return read_value(r, out.speaker_label);
            case field::confidence: return read_value(r, out.confidence);
            default: return false;
        }
    });
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::bland::corrected_transcript>::parse(
    reader& r, ::callmap::bland::corrected_transcript& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::status: return read_value(r, out.status);
            case field::message: return read_value(r, out.message);
            case field::errors: return read_value(r, out.errors);
            case field::corrected: return read_value(r, out.corrected);
            case field::aligned: return read_value(r, out.aligned);
            default: return false;
        }
    });
}

}  // namespace callmap::json

namespace callmap::bland {

namespace mapping_tables {
inline constexpr ::callmap::table_entry<::callmap::direction> direction[] = {
    {"true", ::callmap::direction::inbound},
    {"false", ::callmap::direction::outbound},
};
inline constexpr ::callmap::table_entry<::callmap::end_reason> end_reason[] = {
    {"USER", ::callmap::end_reason::customer_hangup},
    {"ASSISTANT", ::callmap::end_reason::agent_hangup},
};
inline constexpr ::callmap::table_entry<::callmap::call_status> status[] = {
    {"queued", ::callmap::call_status::queued},
    {"ringing", ::callmap::call_status::ringing},
    {"in-progress", ::callmap::call_status::in_progress},
    {"completed", ::callmap::call_status::completed},
    {"busy", ::callmap::call_status::busy},
    {"no-answer", ::callmap::call_status::no_answer},
    {"failed", ::callmap::call_status::failed},
    {"canceled", ::callmap::call_status::canceled},
};
inline constexpr ::callmap::table_entry<::callmap::call_status> status_2[] = {
    {"new", ::callmap::call_status::queued},
    {"queued", ::callmap::call_status::queued},
    {"allocated", ::callmap::call_status::queued},
    {"started", ::callmap::call_status::in_progress},
    {"complete", ::callmap::call_status::completed},
    {"completed", ::callmap::call_status::completed},
    {"complete_error", ::callmap::call_status::completed},
    {"pre_queue_error", ::callmap::call_status::failed},
    {"queue_error", ::callmap::call_status::failed},
    {"call_error", ::callmap::call_status::failed},
};
inline constexpr ::callmap::table_entry<::callmap::answered_by> answered_by[] = {
    {"human", ::callmap::answered_by::human},
    {"voicemail", ::callmap::answered_by::machine},
    {"unknown", ::callmap::answered_by::unknown},
    {"no-answer", ::callmap::answered_by::not_answered},
};
inline constexpr ::callmap::table_entry<::callmap::turn_role> transcript_turns_role[] = {
    {"user", ::callmap::turn_role::user},
    {"assistant", ::callmap::turn_role::agent},
    {"robot", ::callmap::turn_role::agent},
    {"agent-action", ::callmap::turn_role::system},
};
inline constexpr ::callmap::table_entry<::callmap::turn_role> corrected_transcript_turns_role[] = {
    {"user", ::callmap::turn_role::user},
    {"assistant", ::callmap::turn_role::agent},
};
}  // namespace mapping_tables

CALLMAP_PROVIDER_INLINE ::callmap::result<::callmap::call> to_call(
    const call& in, ::callmap::arena& memory) {
    ::callmap::mapping_context ctx(memory);
    ::callmap::result<::callmap::call> answer(std::in_place);  // mapped in place
    ::callmap::call& out = *answer;
    out.provider = "bland";
    out.id = in.call_id;
    if (in.inbound) {
        out.direction =
            ::callmap::lookup_or_warn(ctx, mapping_tables::direction,
                                      ::callmap::text_of(*in.inbound),
                                      ::callmap::direction::unknown, "unmapped direction value");
    }
    out.channel = ::callmap::channel::pstn;
    if (in.from) ::callmap::set_party(out.from, *in.from);
    if (in.to) ::callmap::set_party(out.to, *in.to);
    if (in.transferred_to) ::callmap::set_party(out.transferred_to, *in.transferred_to);
    if (in.transferred_to) {
        out.end_reason = ::callmap::end_reason::transferred;
    } else if (in.answered_by && ::callmap::matches_any(*in.answered_by, {"voicemail"})) {
        out.end_reason = ::callmap::end_reason::voicemail;
    } else if (in.answered_by && ::callmap::matches_any(*in.answered_by, {"no-answer"})) {
        out.end_reason = ::callmap::end_reason::no_answer;
    } else if (in.queue_status && ::callmap::matches_any(*in.queue_status, {"*error"})) {
        out.end_reason = ::callmap::end_reason::platform_error;
    } else if (in.call_ended_by) {
        const std::string_view raw = *in.call_ended_by;
        out.end_reason_raw = raw;
        out.end_reason =
            ::callmap::lookup_or_warn(ctx, mapping_tables::end_reason, raw,
                                      ::callmap::end_reason::unknown, "unmapped end_reason value");
    }
    if (in.status) {
        const std::string_view raw = *in.status;
        out.status_raw = raw;
        out.status =
            ::callmap::lookup_or_warn(ctx, mapping_tables::status, raw,
                                      ::callmap::call_status::unknown, "unmapped status value");
        if (::callmap::matches_any(raw, {"completed"})) {
            out.status = ::callmap::refine_status(out.status, out.end_reason);
        }
    } else if (in.queue_status) {
        const std::string_view raw = *in.queue_status;
        out.status_raw = raw;
        out.status =
            ::callmap::lookup_or_warn(ctx, mapping_tables::status_2, raw,
                                      ::callmap::call_status::unknown, "unmapped status value");
        if (::callmap::matches_any(raw, {"complete", "completed"})) {
            out.status = ::callmap::refine_status(out.status, out.end_reason);
        }
    }
    if (in.answered_by) {
        const std::string_view raw = *in.answered_by;
        out.answered_by_raw = raw;
        out.answered_by =
            ::callmap::lookup_or_warn(ctx, mapping_tables::answered_by, raw,
                                      ::callmap::answered_by::unknown,
                                      "unmapped answered_by value");
    }
    if (in.created_at) {
        ::callmap::set_instant(ctx, *in.created_at, ::callmap::time_format::iso8601,
                               out.created_at);
    }
    if (in.started_at) {
        ::callmap::set_instant(ctx, *in.started_at, ::callmap::time_format::iso8601,
                               out.answered_at);
    }
    if (in.corrected_duration &&
        ::callmap::set_if(::callmap::scaled_integer(*in.corrected_duration, 1000), out.talk_ms)) {
    } else if (in.call_length) {
        ::callmap::set_if(::callmap::scaled_integer(*in.call_length, 60000), out.talk_ms);
    }
    if (out.answered_at && out.talk_ms) {
        out.ended_at = ::callmap::timestamp{out.answered_at->epoch_ms + *out.talk_ms};
    }
    if (in.variables) out.variables = *in.variables;
    if (in.metadata) out.metadata = *in.metadata;
    out.external_ids.entries = ::callmap::build_array<::callmap::map_entry<std::string_view>>(
        ctx, 1, [&](std::size_t id_index, auto& id) -> bool {
            switch (id_index) {
                case 0:
                    if (!in.batch_id) return false;
                    id = {"batch_id", *in.batch_id};
                    return true;
                default: return false;
            }
        });
    {
        ::callmap::call_error& error = out.error.emplace();
        bool error_present = false;
        if (in.error_message) {
            error.message = *in.error_message;
            error_present = true;
        }
        if (!error_present) out.error.reset();
    }
    {
        ::callmap::cost& cost = out.cost.emplace();
        bool cost_present = false;
        if (in.price &&
            ::callmap::set_if(::callmap::money_micros(ctx, *in.price, ::callmap::money_unit::major),
                              cost.amount_micros)) {
            cost_present = true;
        }
        cost.currency = "USD";
        if (cost_present && cost.currency_assumed) ctx.warn("currency assumed 'USD'");
        if (!cost_present) out.cost.reset();
    }
    out.recordings = ::callmap::build_array<::callmap::recording>(
        ctx, 1, [&](std::size_t recording_index, auto& recording) -> bool {
            switch (recording_index) {
                case 0: {
                    if (!in.recording_url) return false;
                    recording.url = *in.recording_url;
                    recording.kind = ::callmap::recording_kind::mixed;
                    return true;
                }
                default: return false;
            }
        });
    {
        ::callmap::transcript& transcript = out.transcript.emplace();
        bool transcript_present = false;
        if (in.concatenated_transcript) {
            transcript.text = *in.concatenated_transcript;
            transcript_present = true;
        }
        if (in.transcripts) {
            const auto& transcripts = *in.transcripts;
            transcript.turns = ::callmap::build_array<::callmap::turn>(
                ctx, transcripts.size(), [&](std::size_t turn_index, auto& turn) -> bool {
                    const auto& wire_turn = transcripts[turn_index];
                    turn.role =
                        ::callmap::lookup_or_warn(ctx, mapping_tables::transcript_turns_role,
                                                  wire_turn.user, ::callmap::turn_role::other,
                                                  "unmapped role value");
                    turn.text = wire_turn.text;
                    if (wire_turn.created_at) {
                        ::callmap::set_instant(ctx, *wire_turn.created_at,
                                               ::callmap::time_format::iso8601, turn.at);
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

CALLMAP_PROVIDER_INLINE ::callmap::result<::callmap::call> map_corrected(
    const corrected_transcript& in, ::callmap::arena& memory) {
    ::callmap::mapping_context ctx(memory);
    ::callmap::result<::callmap::call> answer(std::in_place);  // mapped in place
    ::callmap::call& out = *answer;
    out.provider = "bland";
    if (in.status && ::callmap::matches_any(*in.status, {"error"})) {
        std::string_view message;
        if (message.empty() && in.message) message = *in.message;
        answer = ::callmap::provider_error("bland", message);
        return answer;
    }
    {
        ::callmap::transcript& transcript = out.transcript.emplace();
        bool transcript_present = false;
        if (in.corrected) {
            const auto& corrected = *in.corrected;
            transcript.turns = ::callmap::build_array<::callmap::turn>(
                ctx, corrected.size(), [&](std::size_t turn_index, auto& turn) -> bool {
                    const auto& wire_turn = corrected[turn_index];
                    if (wire_turn.speaker_label) {
                        turn.role =
                            ::callmap::lookup_or_warn(ctx,
                            mapping_tables::corrected_transcript_turns_role,
                                                      *wire_turn.speaker_label,
                                                      ::callmap::turn_role::other,
                                                      "unmapped role value");
                    }
                    turn.text = wire_turn.text;
                    ::callmap::set_if(::callmap::scaled_integer(wire_turn.start, 1000),
                                      turn.start_ms);
                    ::callmap::set_if(::callmap::scaled_integer(wire_turn.end, 1000), turn.end_ms);
                    return true;
                });
        }
        transcript_present = transcript_present || !transcript.turns.empty();
        if (!transcript_present) out.transcript.reset();
    }
    ctx.finish_into(answer);
    return answer;
}

CALLMAP_PROVIDER_INLINE ::callmap::result<::callmap::call> normalize_corrected(
    std::string_view payload, ::callmap::arena& memory,
    const ::callmap::parse_options& options) {
    return ::callmap::normalize_as<corrected_transcript, &map_corrected>(payload, memory, options);
}

}  // namespace callmap::bland

namespace callmap::bland {

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

}  // namespace callmap::bland

#endif  // !CALLMAP_SEPARATE_COMPILATION || CALLMAP_SOURCE
