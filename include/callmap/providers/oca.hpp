// generated from schemas/oca.yaml by callmap-gen -- do not edit.
// OCA Telkom Call API v2 — get call detail / status
// https://docs.ocaindonesia.co.id/call-api/endpoint/get-call-detail-status
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
#error "oca.hpp was generated for another callmap runtime; regenerate it"
#endif

namespace callmap::oca {

struct choice {
    std::string_view key{};
    std::string_view title{};
    std::int64_t total{};
};
BOOST_DESCRIBE_STRUCT(choice, (), (
    key,
    title,
    total))

/// "answer" of ivr_result: one of (string | choice)[]?, told apart by the JSON type.
struct ivr_result_answer {
    std::optional<std::string_view> as_string{};
    std::optional<::callmap::oca::choice> as_choice{};
};
BOOST_DESCRIBE_STRUCT(ivr_result_answer, (), (as_string, as_choice))

struct ivr_result {
    std::string_view question{};
    std::string_view type{};
    std::optional<std::span<const ::callmap::oca::ivr_result_answer>> answer{};
};
BOOST_DESCRIBE_STRUCT(ivr_result, (), (
    question,
    type,
    answer))

struct call {
    std::string_view from_number{};
    std::string_view to_number{};
    std::optional<std::string_view> ivr_id{};
    std::string_view call_id{};
    std::optional<std::string_view> application_id{};
    std::optional<std::string_view> call_start{};
    std::optional<std::string_view> call_answer{};
    std::optional<std::string_view> call_end{};
    std::optional<std::int64_t> duration{};
    std::optional<std::int64_t> talk_duration{};
    std::optional<std::int64_t> tta{};
    std::optional<std::string_view> hangup_cause{};
    std::string_view status{};
    std::optional<std::string_view> created_at{};
    std::optional<std::string_view> updated_at{};
    std::optional<std::span<const ::callmap::oca::ivr_result>> result{};
};
BOOST_DESCRIBE_STRUCT(call, (), (
    from_number,
    to_number,
    ivr_id,
    call_id,
    application_id,
    call_start,
    call_answer,
    call_end,
    duration,
    talk_duration,
    tta,
    hangup_cause,
    status,
    created_at,
    updated_at,
    result))

}  // namespace callmap::oca

namespace callmap {

}  // namespace callmap

namespace callmap::json {

template <>
struct value_parser<::callmap::oca::choice> {
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
    static bool parse(reader& r, ::callmap::oca::choice& out);
};

template <>
struct value_parser<::callmap::oca::ivr_result_answer> {
    static bool parse(reader& r, ::callmap::oca::ivr_result_answer& out);
};

template <>
struct value_parser<::callmap::oca::ivr_result> {
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
    static constexpr auto required = required_fields<keys.size()>({field::question, field::type});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 4: return key == "type" ? field::type : -1;
            case 6: return key == "answer" ? field::answer : -1;
            case 8: return key == "question" ? field::question : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::oca::ivr_result& out);
};

template <>
struct value_parser<::callmap::oca::call> {
    struct field {
        enum : int {
            from_number,
            to_number,
            ivr_id,
            call_id,
            application_id,
            call_start,
            call_answer,
            call_end,
            duration,
            talk_duration,
            tta,
            hangup_cause,
            status,
            created_at,
            updated_at,
            result,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "from_number",
        "to_number",
        "ivr_id",
        "call_id",
        "application_id",
        "call_start",
        "call_answer",
        "call_end",
        "duration",
        "talk_duration",
        "tta",
        "hangup_cause",
        "status",
        "created_at",
        "updated_at",
        "result",
    });
    static constexpr auto required =
        required_fields<keys.size()>({field::from_number, field::to_number, field::call_id,
                                      field::status});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 3: return key == "tta" ? field::tta : -1;
            case 6:
                switch (key[0]) {
                    case 'i': return key == "ivr_id" ? field::ivr_id : -1;
                    case 's': return key == "status" ? field::status : -1;
                    case 'r': return key == "result" ? field::result : -1;
                    default: return -1;
                }
            case 7: return key == "call_id" ? field::call_id : -1;
            case 8:
                switch (key[0]) {
                    case 'c': return key == "call_end" ? field::call_end : -1;
                    case 'd': return key == "duration" ? field::duration : -1;
                    default: return -1;
                }
            case 9: return key == "to_number" ? field::to_number : -1;
            case 10:
                switch (key[1]) {
                    case 'a': return key == "call_start" ? field::call_start : -1;
                    case 'r': return key == "created_at" ? field::created_at : -1;
                    case 'p': return key == "updated_at" ? field::updated_at : -1;
                    default: return -1;
                }
            case 11:
                switch (key[0]) {
                    case 'f': return key == "from_number" ? field::from_number : -1;
                    case 'c': return key == "call_answer" ? field::call_answer : -1;
                    default: return -1;
                }
            case 12: return key == "hangup_cause" ? field::hangup_cause : -1;
            case 13: return key == "talk_duration" ? field::talk_duration : -1;
            case 14: return key == "application_id" ? field::application_id : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::oca::call& out);
};

}  // namespace callmap::json

namespace callmap::oca::shape {

inline constexpr auto choice_fields = std::to_array<::callmap::drift::field_shape>({
    {"key", 1, 0, false, false, -1, {}, false},
    {"title", 1, 0, false, false, -1, {}, false},
    {"total", 2, 0, false, false, -1, {}, false},
});
inline constexpr auto ivr_result_fields = std::to_array<::callmap::drift::field_shape>({
    {"question", 1, 0, false, false, -1, {}, false},
    {"type", 1, 0, false, false, -1, {}, false},
    {"answer", 9, 1, false, true, 0, {}, false},
});
inline constexpr auto call_fields = std::to_array<::callmap::drift::field_shape>({
    {"from_number", 1, 0, false, false, -1, {}, false},
    {"to_number", 1, 0, false, false, -1, {}, false},
    {"ivr_id", 1, 0, false, true, -1, {}, false},
    {"call_id", 1, 0, false, false, -1, {}, false},
    {"application_id", 1, 0, false, true, -1, {}, false},
    {"call_start", 1, 0, false, true, -1, {}, false},
    {"call_answer", 1, 0, false, true, -1, {}, false},
    {"call_end", 1, 0, false, true, -1, {}, false},
    {"duration", 2, 0, false, true, -1, {}, false},
    {"talk_duration", 2, 0, false, true, -1, {}, false},
    {"tta", 2, 0, false, true, -1, {}, false},
    {"hangup_cause", 1, 0, false, true, -1, {}, false},
    {"status", 1, 0, false, false, -1, {}, false},
    {"created_at", 1, 0, false, true, -1, {}, false},
    {"updated_at", 1, 0, false, true, -1, {}, false},
    {"result", 8, 1, false, true, 1, {}, false},
});
inline constexpr std::array<::callmap::drift::object_shape, 3> objects{{
    {"choice", choice_fields},
    {"ivr_result", ivr_result_fields},
    {"call", call_fields},
}};
inline constexpr int root = 2;

}  // namespace callmap::oca::shape

namespace callmap::oca {

/// Maps a parsed oca payload onto the canonical call record. The result holds views
/// into the payload and into `memory`. A provider error answer is an error result.
::callmap::result<::callmap::call> to_call(const call& in, ::callmap::arena& memory);

}  // namespace callmap::oca

namespace callmap::oca {

/// The top-level keys that every oca payload has (auto-detection).
inline constexpr auto detect_keys = std::to_array<std::string_view>({
    "from_number",
    "to_number",
    "call_id",
    "status",
});

/// Parses a oca payload and maps it onto the canonical call record (what the
/// registry entry calls). LIFETIME: the call holds views into `payload` and `memory`.
::callmap::result<::callmap::call> normalize(std::string_view payload, ::callmap::arena& memory,
                                             const ::callmap::parse_options& options = {});

/// This provider in a registry (callmap/normalize.hpp): on its own, or with the
/// built-in ones through callmap::with_builtin (callmap/builtin.hpp).
inline constexpr ::callmap::provider_entry provider{
    "oca",
    "OCA Telkom Call API v2 — get call detail / status",
    "https://docs.ocaindonesia.co.id/call-api/endpoint/get-call-detail-status",
    detect_keys,
    &normalize,
    shape::objects,
    shape::root};

}  // namespace callmap::oca

// The parsers and the mapping: inline in every translation unit (header-only, the
// default), or compiled once, in the translation unit that defines CALLMAP_SOURCE
// before it includes this header, when the program defines
// CALLMAP_SEPARATE_COMPILATION (callmap/config.hpp).
#if !defined(CALLMAP_SEPARATE_COMPILATION) || defined(CALLMAP_SOURCE)

namespace callmap::json {

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::oca::choice>::parse(
    reader& r, ::callmap::oca::choice& out) {
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

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::oca::ivr_result_answer>::parse(
    reader& r, ::callmap::oca::ivr_result_answer& out) {
    out = {};
    switch (r.peek()) {
        case '"':
            return value_parser<std::string_view>::parse(r, out.as_string.emplace());
        case '{':
            return value_parser<::callmap::oca::choice>::parse(r, out.as_choice.emplace());
        default: return r.fail_type("string or choice");
    }
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::oca::ivr_result>::parse(
    reader& r, ::callmap::oca::ivr_result& out) {
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

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::oca::call>::parse(
    reader& r, ::callmap::oca::call& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::from_number: return read_value(r, out.from_number);
            case field::to_number: return read_value(r, out.to_number);
            case field::ivr_id: return read_value(r, out.ivr_id);
            case field::call_id: return read_value(r, out.call_id);
            case field::application_id: return read_value(r, out.application_id);
            case field::call_start: return read_value(r, out.call_start);
            case field::call_answer: return read_value(r, out.call_answer);
            case field::call_end: return read_value(r, out.call_end);
            case field::duration: return read_value(r, out.duration);
            case field::talk_duration: return read_value(r, out.talk_duration);
            case field::tta: return read_value(r, out.tta);
            case field::hangup_cause: return read_value(r, out.hangup_cause);
            case field::status: return read_value(r, out.status);
            case field::created_at: return read_value(r, out.created_at);
            case field::updated_at: return read_value(r, out.updated_at);
            case field::result: return read_value(r, out.result);
            default: return false;
        }
    });
}

}  // namespace callmap::json

namespace callmap::oca {

namespace mapping_tables {
inline constexpr ::callmap::table_entry<::callmap::end_reason> shared_q850_hangup_causes[] = {
    {"NORMAL_CLEARING", ::callmap::end_reason::customer_hangup},
    {"USER_BUSY", ::callmap::end_reason::busy},
    {"NO_ANSWER", ::callmap::end_reason::no_answer},
    {"NO_USER_RESPONSE", ::callmap::end_reason::no_answer},
    {"SUBSCRIBER_ABSENT", ::callmap::end_reason::no_answer},
    {"CALL_REJECTED", ::callmap::end_reason::rejected},
    {"ORIGINATOR_CANCEL", ::callmap::end_reason::canceled},
    {"UNALLOCATED_NUMBER", ::callmap::end_reason::invalid_destination},
    {"INVALID_NUMBER_FORMAT", ::callmap::end_reason::invalid_destination},
    {"NO_ROUTE_DESTINATION", ::callmap::end_reason::invalid_destination},
    {"ALLOTTED_TIMEOUT", ::callmap::end_reason::max_duration},
    {"NORMAL_TEMPORARY_FAILURE", ::callmap::end_reason::telephony_error},
    {"RECOVERY_ON_TIMER_EXPIRE", ::callmap::end_reason::telephony_error},
    {"NETWORK_OUT_OF_ORDER", ::callmap::end_reason::telephony_error},
    {"DESTINATION_OUT_OF_ORDER", ::callmap::end_reason::telephony_error},
};
inline constexpr ::callmap::table_entry<::callmap::call_status> status[] = {
    {"submitted", ::callmap::call_status::queued},
    {"success", ::callmap::call_status::completed},
    {"failed", ::callmap::call_status::failed},
};
inline constexpr ::callmap::table_entry<::callmap::ivr_kind> ivr_kind[] = {
    {"record_speach", ::callmap::ivr_kind::recording},
    {"multiple_choice", ::callmap::ivr_kind::choice},
    {"collect_number", ::callmap::ivr_kind::digits},
};
}  // namespace mapping_tables

CALLMAP_PROVIDER_INLINE ::callmap::result<::callmap::call> to_call(
    const call& in, ::callmap::arena& memory) {
    ::callmap::mapping_context ctx(memory);
    ::callmap::result<::callmap::call> answer(std::in_place);  // mapped in place
    ::callmap::call& out = *answer;
    out.provider = "oca";
    out.id = in.call_id;
    out.direction = ::callmap::direction::outbound;
    out.channel = ::callmap::channel::pstn;
    ::callmap::set_party(out.from, in.from_number);
    ::callmap::set_party(out.to, in.to_number);
    if (in.call_answer && in.hangup_cause) {
        const std::string_view raw = *in.hangup_cause;
        out.end_reason_raw = raw;
        out.end_reason =
            ::callmap::lookup_or_warn(ctx, mapping_tables::shared_q850_hangup_causes, raw,
                                      ::callmap::end_reason::unknown, "unmapped end_reason value");
    } else if (in.hangup_cause && ::callmap::matches_any(*in.hangup_cause, {"NORMAL_CLEARING"})) {
        out.end_reason_raw = *in.hangup_cause;
        out.end_reason = ::callmap::end_reason::unknown;
    } else if (in.hangup_cause) {
        const std::string_view raw = *in.hangup_cause;
        out.end_reason_raw = raw;
        out.end_reason =
            ::callmap::lookup_or_warn(ctx, mapping_tables::shared_q850_hangup_causes, raw,
                                      ::callmap::end_reason::unknown, "unmapped end_reason value");
    }
    if (::callmap::matches_any(in.status, {"answered"}) && in.call_end) {
        out.status_raw = in.status;
        out.status = ::callmap::call_status::completed;
    } else if (::callmap::matches_any(in.status, {"answered"}) && !in.call_end) {
        out.status_raw = in.status;
        out.status = ::callmap::call_status::in_progress;
    } else {
        const std::string_view raw = in.status;
        out.status_raw = raw;
        out.status =
            ::callmap::lookup_or_warn(ctx, mapping_tables::status, raw,
                                      ::callmap::call_status::unknown, "unmapped status value");
        if (::callmap::matches_any(raw, {"success", "failed"})) {
            out.status = ::callmap::refine_status(out.status, out.end_reason);
        }
    }
    if (in.created_at) {
        ::callmap::set_instant(ctx, *in.created_at, ::callmap::time_format::iso8601,
                               out.created_at);
    }
    if (in.call_start) {
        ::callmap::set_instant(ctx, *in.call_start, ::callmap::time_format::iso8601,
                               out.started_at);
    }
    if (in.call_answer) {
        ::callmap::set_instant(ctx, *in.call_answer, ::callmap::time_format::iso8601,
                               out.answered_at);
    }
    if (in.call_end) {
        ::callmap::set_instant(ctx, *in.call_end, ::callmap::time_format::iso8601, out.ended_at);
    }
    if (in.updated_at) {
        ::callmap::set_instant(ctx, *in.updated_at, ::callmap::time_format::iso8601,
                               out.updated_at);
    }
    if (in.duration) {
        ::callmap::set_if(::callmap::scaled_integer(*in.duration, 1000), out.duration_ms);
    }
    if (in.talk_duration) {
        ::callmap::set_if(::callmap::scaled_integer(*in.talk_duration, 1000), out.talk_ms);
    }
    if (in.tta) ::callmap::set_if(::callmap::scaled_integer(*in.tta, 1000), out.ring_ms);
    if (in.talk_duration) {
        ::callmap::set_if(::callmap::scaled_integer(*in.talk_duration, 1000), out.billed_ms);
    }
    out.external_ids.entries = ::callmap::build_array<::callmap::map_entry<std::string_view>>(
        ctx, 2, [&](std::size_t id_index, auto& id) -> bool {
            switch (id_index) {
                case 0:
                    if (!in.application_id) return false;
                    id = {"application_id", *in.application_id};
                    return true;
                case 1:
                    if (!in.ivr_id) return false;
                    id = {"ivr_id", *in.ivr_id};
                    return true;
                default: return false;
            }
        });
    {
        ::callmap::agent_info& agent = out.agent.emplace();
        bool agent_present = false;
        if (in.ivr_id) {
            agent.id = *in.ivr_id;
            agent_present = true;
        }
        agent.kind = ::callmap::agent_kind::ivr;
        if (!agent_present) out.agent.reset();
    }
    if (in.result) {
        const auto& result = *in.result;
        out.ivr = ::callmap::build_array<::callmap::ivr_step>(
            ctx, result.size(), [&](std::size_t ivr_step_index, auto& ivr_step) -> bool {
                const auto& wire_ivr_step = result[ivr_step_index];
                ivr_step.question = wire_ivr_step.question;
                ivr_step.kind =
                    ::callmap::lookup<::callmap::ivr_kind>(mapping_tables::ivr_kind,
                    wire_ivr_step.type).value_or(::callmap::ivr_kind::other);
                if (wire_ivr_step.answer) {
                    ivr_step.answers =
                        ::callmap::build_array<std::string_view>(ctx,
                                                                 (*wire_ivr_step.answer).size(),
                                                                 [&](std::size_t i,
                        std::string_view& text) -> bool {
                        if (!(*wire_ivr_step.answer)[i].as_string) return false;
                        text = *(*wire_ivr_step.answer)[i].as_string;
                        return true;
                    });
                }
                if (wire_ivr_step.answer) {
                    const auto& answer_list = *wire_ivr_step.answer;
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
                }
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
    return ::callmap::normalize_as<call, &to_call>(payload, memory, options);
}

}  // namespace callmap::oca

#endif  // !CALLMAP_SEPARATE_COMPILATION || CALLMAP_SOURCE
