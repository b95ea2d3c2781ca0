// generated from schemas/oca.yaml by callmap-gen -- do not edit.
// OCA Telkom Call API v2 — get call detail / status
// https://docs.ocaindonesia.co.id/call-api/endpoint/get-call-detail-status
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
#error "oca.hpp was generated for another callmap runtime; regenerate it"
#endif

#include <array>
#include <cstddef>

namespace callmap::oca {

struct choice {
    std::string_view key{};
    std::string_view title{};
    std::int64_t total{};
};
BOOST_DESCRIBE_STRUCT(choice, (), (key, title, total))

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
BOOST_DESCRIBE_STRUCT(ivr_result, (), (question, type, answer))

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
BOOST_DESCRIBE_STRUCT(call, (), (from_number, to_number, ivr_id, call_id, application_id, call_start, call_answer, call_end, duration, talk_duration, tta, hangup_cause, status, created_at, updated_at, result))

}  // namespace callmap::oca

namespace callmap {

}  // namespace callmap

namespace callmap::json {

template <>
struct value_parser<::callmap::oca::choice> {
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
    static bool parse(reader& r, ::callmap::oca::choice& out) {
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
struct value_parser<::callmap::oca::ivr_result_answer> {
    static bool parse(reader& r, ::callmap::oca::ivr_result_answer& out) {
        out = {};
        switch (r.peek()) {
            case '"':
                return value_parser<std::string_view>::parse(r, out.as_string.emplace());
            case '{':
                return value_parser<::callmap::oca::choice>::parse(r, out.as_choice.emplace());
            default: return r.fail_type("string or choice");
        }
    }
};

template <>
struct value_parser<::callmap::oca::ivr_result> {
    static constexpr std::array<std::string_view, 3> keys{"question", "type", "answer"};
    static constexpr std::array<bool, 3> required{true, true, false};
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
    static bool parse(reader& r, ::callmap::oca::ivr_result& out) {
        out = {};
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<std::string_view>::parse(r, out.question);
                case 1: return value_parser<std::string_view>::parse(r, out.type);
                case 2: return value_parser<std::optional<std::span<const ::callmap::oca::ivr_result_answer>>>::parse(r, out.answer);
                default: return false;
            }
        });
    }
};

template <>
struct value_parser<::callmap::oca::call> {
    static constexpr std::array<std::string_view, 16> keys{"from_number", "to_number", "ivr_id", "call_id", "application_id", "call_start", "call_answer", "call_end", "duration", "talk_duration", "tta", "hangup_cause", "status", "created_at", "updated_at", "result"};
    static constexpr std::array<bool, 16> required{true, true, false, true, false, false, false, false, false, false, false, false, true, false, false, false};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 3:
                return key == "tta" ? 10 : -1;
            case 6:
                switch (key[0]) {
                    case 'i': return key == "ivr_id" ? 2 : -1;
                    case 's': return key == "status" ? 12 : -1;
                    case 'r': return key == "result" ? 15 : -1;
                    default: return -1;
                }
            case 7:
                return key == "call_id" ? 3 : -1;
            case 8:
                switch (key[0]) {
                    case 'c': return key == "call_end" ? 7 : -1;
                    case 'd': return key == "duration" ? 8 : -1;
                    default: return -1;
                }
            case 9:
                return key == "to_number" ? 1 : -1;
            case 10:
                switch (key[1]) {
                    case 'a': return key == "call_start" ? 5 : -1;
                    case 'r': return key == "created_at" ? 13 : -1;
                    case 'p': return key == "updated_at" ? 14 : -1;
                    default: return -1;
                }
            case 11:
                switch (key[0]) {
                    case 'f': return key == "from_number" ? 0 : -1;
                    case 'c': return key == "call_answer" ? 6 : -1;
                    default: return -1;
                }
            case 12:
                return key == "hangup_cause" ? 11 : -1;
            case 13:
                return key == "talk_duration" ? 9 : -1;
            case 14:
                return key == "application_id" ? 4 : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::oca::call& out) {
        out = {};
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<std::string_view>::parse(r, out.from_number);
                case 1: return value_parser<std::string_view>::parse(r, out.to_number);
                case 2: return value_parser<std::optional<std::string_view>>::parse(r, out.ivr_id);
                case 3: return value_parser<std::string_view>::parse(r, out.call_id);
                case 4: return value_parser<std::optional<std::string_view>>::parse(r, out.application_id);
                case 5: return value_parser<std::optional<std::string_view>>::parse(r, out.call_start);
                case 6: return value_parser<std::optional<std::string_view>>::parse(r, out.call_answer);
                case 7: return value_parser<std::optional<std::string_view>>::parse(r, out.call_end);
                case 8: return value_parser<std::optional<std::int64_t>>::parse(r, out.duration);
                case 9: return value_parser<std::optional<std::int64_t>>::parse(r, out.talk_duration);
                case 10: return value_parser<std::optional<std::int64_t>>::parse(r, out.tta);
                case 11: return value_parser<std::optional<std::string_view>>::parse(r, out.hangup_cause);
                case 12: return value_parser<std::string_view>::parse(r, out.status);
                case 13: return value_parser<std::optional<std::string_view>>::parse(r, out.created_at);
                case 14: return value_parser<std::optional<std::string_view>>::parse(r, out.updated_at);
                case 15: return value_parser<std::optional<std::span<const ::callmap::oca::ivr_result>>>::parse(r, out.result);
                default: return false;
            }
        });
    }
};

}  // namespace callmap::json

namespace callmap::oca::shape {

inline constexpr std::array<::callmap::drift::field_shape, 3> choice_fields{{
    {"key", 1, 0, false, false, -1, {}, false},
    {"title", 1, 0, false, false, -1, {}, false},
    {"total", 2, 0, false, false, -1, {}, false},
}};
inline constexpr std::array<::callmap::drift::field_shape, 3> ivr_result_fields{{
    {"question", 1, 0, false, false, -1, {}, false},
    {"type", 1, 0, false, false, -1, {}, false},
    {"answer", 9, 1, false, true, 0, {}, false},
}};
inline constexpr std::array<::callmap::drift::field_shape, 16> call_fields{{
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
}};
inline constexpr std::array<::callmap::drift::object_shape, 3> objects{{
    {"choice", choice_fields},
    {"ivr_result", ivr_result_fields},
    {"call", call_fields},
}};
inline constexpr int root = 2;

}  // namespace callmap::oca::shape

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
inline constexpr ::callmap::table_entry<::callmap::call_status> table_1[] = {
    {"submitted", ::callmap::call_status::queued},
    {"success", ::callmap::call_status::completed},
    {"failed", ::callmap::call_status::failed},
};
inline constexpr ::callmap::table_entry<::callmap::ivr_kind> table_2[] = {
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
/// Maps a parsed oca payload onto the canonical call record. The result holds
/// views into the payload and into `memory`. A provider error answer is an error result.
inline ::callmap::result<::callmap::call> to_call(const call& in, ::callmap::arena& memory) {
    ::callmap::mapping_context ctx(memory);
    ::callmap::call out;
    out.provider = "oca";
    if (const auto v2 = [&]() -> std::optional<std::string_view> {
        const auto* v1 = [&]() -> const std::string_view* {
            return &in.call_id;
        }();
        if (v1 == nullptr) return std::nullopt;
        return ::callmap::text_of(*v1);
    }()) out.id = *v2;
    if (const auto v3 = [&]() -> std::optional<::callmap::direction> {
        return ::callmap::direction::outbound;
    }()) out.direction = *v3;
    if (const auto v4 = [&]() -> std::optional<::callmap::channel> {
        return ::callmap::channel::pstn;
    }()) out.channel = *v4;
    if (const auto v6 = [&]() -> std::optional<std::string_view> {
        const auto* v5 = [&]() -> const std::string_view* {
            return &in.from_number;
        }();
        if (v5 == nullptr) return std::nullopt;
        return ::callmap::text_of(*v5);
    }()) out.from = ::callmap::to_party(*v6);
    if (const auto v8 = [&]() -> std::optional<std::string_view> {
        const auto* v7 = [&]() -> const std::string_view* {
            return &in.to_number;
        }();
        if (v7 == nullptr) return std::nullopt;
        return ::callmap::text_of(*v7);
    }()) out.to = ::callmap::to_party(*v8);
    std::optional<std::string_view> raw9;
    out.end_reason = [&]() -> std::optional<::callmap::end_reason> {
        if (auto r10 = [&]() -> std::optional<::callmap::end_reason> {
            const auto* w11 = [&]() -> const std::string_view* {
                if (!in.call_answer) return nullptr;
                return &*in.call_answer;
            }();
            if (w11 != nullptr) return [&]() -> std::optional<::callmap::end_reason> {
                const auto* v12 = [&]() -> const std::string_view* {
                    if (!in.hangup_cause) return nullptr;
                    return &*in.hangup_cause;
                }();
                if (v12 == nullptr) return std::nullopt;
                const std::string_view raw13 = ::callmap::text_of(*v12);
                raw9 = raw13;
                const std::optional<::callmap::end_reason> mapped14 = ::callmap::lookup<::callmap::end_reason>(mapping_tables::shared_q850_hangup_causes, raw13);
                if (!mapped14) ctx.warn("unmapped end_reason value", raw13);
                ::callmap::end_reason value15 = mapped14 ? *mapped14 : ::callmap::end_reason::unknown;
                return value15;
            }();
            return std::nullopt;
        }()) return r10;
        if (auto r16 = [&]() -> std::optional<::callmap::end_reason> {
            const auto* w17 = [&]() -> const std::string_view* {
                if (!in.hangup_cause) return nullptr;
                return &*in.hangup_cause;
            }();
            if (w17 != nullptr && ::callmap::matches_any(::callmap::text_of(*w17), {"NORMAL_CLEARING"})) {
                raw9 = ::callmap::text_of(*w17);
                return [&]() -> std::optional<::callmap::end_reason> {
                return ::callmap::end_reason::unknown;
            }();
            }
            return std::nullopt;
        }()) return r16;
        if (auto r18 = [&]() -> std::optional<::callmap::end_reason> {
            const auto* v19 = [&]() -> const std::string_view* {
                if (!in.hangup_cause) return nullptr;
                return &*in.hangup_cause;
            }();
            if (v19 == nullptr) return std::nullopt;
            const std::string_view raw20 = ::callmap::text_of(*v19);
            raw9 = raw20;
            const std::optional<::callmap::end_reason> mapped21 = ::callmap::lookup<::callmap::end_reason>(mapping_tables::shared_q850_hangup_causes, raw20);
            if (!mapped21) ctx.warn("unmapped end_reason value", raw20);
            ::callmap::end_reason value22 = mapped21 ? *mapped21 : ::callmap::end_reason::unknown;
            return value22;
        }()) return r18;
        return std::nullopt;
    }();
    if (raw9) out.end_reason_raw = *raw9;
    std::optional<std::string_view> raw24;
    if (const auto v33 = [&]() -> std::optional<::callmap::call_status> {
        if (auto r25 = [&]() -> std::optional<::callmap::call_status> {
            const auto* w26 = [&]() -> const std::string_view* {
                return &in.status;
            }();
            if (w26 != nullptr && ::callmap::matches_any(::callmap::text_of(*w26), {"answered"})) {
                raw24 = ::callmap::text_of(*w26);
                return [&]() -> std::optional<::callmap::call_status> {
                const auto* w27 = [&]() -> const std::string_view* {
                    if (!in.call_end) return nullptr;
                    return &*in.call_end;
                }();
                if (w27 != nullptr) return [&]() -> std::optional<::callmap::call_status> {
                    return ::callmap::call_status::completed;
                }();
                return [&]() -> std::optional<::callmap::call_status> {
                    return ::callmap::call_status::in_progress;
                }();
            }();
            }
            return std::nullopt;
        }()) return r25;
        if (auto r28 = [&]() -> std::optional<::callmap::call_status> {
            const auto* v29 = [&]() -> const std::string_view* {
                return &in.status;
            }();
            if (v29 == nullptr) return std::nullopt;
            const std::string_view raw30 = ::callmap::text_of(*v29);
            raw24 = raw30;
            const std::optional<::callmap::call_status> mapped31 = ::callmap::lookup<::callmap::call_status>(mapping_tables::table_1, raw30);
            if (!mapped31) ctx.warn("unmapped status value", raw30);
            ::callmap::call_status value32 = mapped31 ? *mapped31 : ::callmap::call_status::unknown;
            if (::callmap::matches_any(raw30, {"success", "failed"})) value32 = ::callmap::refine_status(value32, out.end_reason);
            return value32;
        }()) return r28;
        return std::nullopt;
    }()) out.status = *v33;
    if (raw24) out.status_raw = *raw24;
    out.created_at = [&]() -> std::optional<::callmap::timestamp> {
        const auto* v34 = [&]() -> const std::string_view* {
            if (!in.created_at) return nullptr;
            return &*in.created_at;
        }();
        if (v34 == nullptr) return std::nullopt;
        return ::callmap::to_instant(ctx, *v34, ::callmap::time_format::iso8601);
    }();
    out.started_at = [&]() -> std::optional<::callmap::timestamp> {
        const auto* v36 = [&]() -> const std::string_view* {
            if (!in.call_start) return nullptr;
            return &*in.call_start;
        }();
        if (v36 == nullptr) return std::nullopt;
        return ::callmap::to_instant(ctx, *v36, ::callmap::time_format::iso8601);
    }();
    out.answered_at = [&]() -> std::optional<::callmap::timestamp> {
        const auto* v38 = [&]() -> const std::string_view* {
            if (!in.call_answer) return nullptr;
            return &*in.call_answer;
        }();
        if (v38 == nullptr) return std::nullopt;
        return ::callmap::to_instant(ctx, *v38, ::callmap::time_format::iso8601);
    }();
    out.ended_at = [&]() -> std::optional<::callmap::timestamp> {
        const auto* v40 = [&]() -> const std::string_view* {
            if (!in.call_end) return nullptr;
            return &*in.call_end;
        }();
        if (v40 == nullptr) return std::nullopt;
        return ::callmap::to_instant(ctx, *v40, ::callmap::time_format::iso8601);
    }();
    out.updated_at = [&]() -> std::optional<::callmap::timestamp> {
        const auto* v42 = [&]() -> const std::string_view* {
            if (!in.updated_at) return nullptr;
            return &*in.updated_at;
        }();
        if (v42 == nullptr) return std::nullopt;
        return ::callmap::to_instant(ctx, *v42, ::callmap::time_format::iso8601);
    }();
    out.duration_ms = [&]() -> std::optional<std::int64_t> {
        const auto* v44 = [&]() -> const std::int64_t* {
            if (!in.duration) return nullptr;
            return &*in.duration;
        }();
        if (v44 == nullptr) return std::nullopt;
        const std::optional<std::int64_t> r45 = ::callmap::scaled_integer(*v44, 1000);
        return r45;
    }();
    out.talk_ms = [&]() -> std::optional<std::int64_t> {
        const auto* v47 = [&]() -> const std::int64_t* {
            if (!in.talk_duration) return nullptr;
            return &*in.talk_duration;
        }();
        if (v47 == nullptr) return std::nullopt;
        const std::optional<std::int64_t> r48 = ::callmap::scaled_integer(*v47, 1000);
        return r48;
    }();
    out.ring_ms = [&]() -> std::optional<std::int64_t> {
        const auto* v50 = [&]() -> const std::int64_t* {
            if (!in.tta) return nullptr;
            return &*in.tta;
        }();
        if (v50 == nullptr) return std::nullopt;
        const std::optional<std::int64_t> r51 = ::callmap::scaled_integer(*v50, 1000);
        return r51;
    }();
    out.billed_ms = [&]() -> std::optional<std::int64_t> {
        const auto* v53 = [&]() -> const std::int64_t* {
            if (!in.talk_duration) return nullptr;
            return &*in.talk_duration;
        }();
        if (v53 == nullptr) return std::nullopt;
        const std::optional<std::int64_t> r54 = ::callmap::scaled_integer(*v53, 1000);
        return r54;
    }();
    out.external_ids.entries = ::callmap::build_array<::callmap::map_entry<std::string_view>>(ctx, 2, [&](std::size_t i56, ::callmap::map_entry<std::string_view>& entry57) -> bool {
        switch (i56) {
            case 0: {
                const auto v58 = [&]() -> std::optional<std::string_view> {
                    const auto* v59 = [&]() -> const std::string_view* {
                        if (!in.application_id) return nullptr;
                        return &*in.application_id;
                    }();
                    if (v59 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v59);
                }();
                if (!v58) return false;
                entry57 = {"application_id", *v58};
                return true;
            }
            case 1: {
                const auto v60 = [&]() -> std::optional<std::string_view> {
                    const auto* v61 = [&]() -> const std::string_view* {
                        if (!in.ivr_id) return nullptr;
                        return &*in.ivr_id;
                    }();
                    if (v61 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v61);
                }();
                if (!v60) return false;
                entry57 = {"ivr_id", *v60};
                return true;
            }
            default: return false;
        }
    });
    {
        ::callmap::agent_info g62{};
        bool present63 = false;
        if (const auto v64 = [&]() -> std::optional<std::string_view> {
            const auto* v65 = [&]() -> const std::string_view* {
                if (!in.ivr_id) return nullptr;
                return &*in.ivr_id;
            }();
            if (v65 == nullptr) return std::nullopt;
            return ::callmap::text_of(*v65);
        }()) {
            g62.id = *v64;
            present63 = true;
        }
        g62.kind = ::callmap::agent_kind::ivr;
        if (present63) out.agent = g62;
    }
    if (const auto* items66 = [&]() -> const std::span<const ::callmap::oca::ivr_result>* {
        if (!in.result) return nullptr;
        return &*in.result;
    }()) {
        out.ivr = ::callmap::build_array<::callmap::ivr_step>(ctx, (*items66).size(), [&](std::size_t i67, ::callmap::ivr_step& g69) -> bool {
            const auto& e68 = (*items66)[i67];
            if (const auto v71 = [&]() -> std::optional<std::string_view> {
                const auto* v70 = [&]() -> const std::string_view* {
                    return &e68.question;
                }();
                if (v70 == nullptr) return std::nullopt;
                return ::callmap::text_of(*v70);
            }()) g69.question = *v71;
            if (const auto v76 = [&]() -> std::optional<::callmap::ivr_kind> {
                const auto* v72 = [&]() -> const std::string_view* {
                    return &e68.type;
                }();
                if (v72 == nullptr) return std::nullopt;
                const std::string_view raw73 = ::callmap::text_of(*v72);
                const std::optional<::callmap::ivr_kind> mapped74 = ::callmap::lookup<::callmap::ivr_kind>(mapping_tables::table_2, raw73);
                ::callmap::ivr_kind value75 = mapped74 ? *mapped74 : ::callmap::ivr_kind::other;
                return value75;
            }()) g69.kind = *v76;
            if (const auto v80 = [&]() -> std::optional<std::span<const std::string_view>> {
                const auto* v77 = [&]() -> const std::span<const ::callmap::oca::ivr_result_answer>* {
                    if (!e68.answer) return nullptr;
                    return &*e68.answer;
                }();
                if (v77 == nullptr) return std::nullopt;
                return ::callmap::build_array<std::string_view>(ctx, v77->size(), [&](std::size_t i78, std::string_view& g79) -> bool {
                    if (!(*v77)[i78].as_string) return false;
                    g79 = *(*v77)[i78].as_string;
                    return true;
                });
            }()) g69.answers = *v80;
            if (const auto* items81 = [&]() -> const std::span<const ::callmap::oca::ivr_result_answer>* {
                if (!e68.answer) return nullptr;
                return &*e68.answer;
            }()) {
                g69.choices = ::callmap::build_array<::callmap::ivr_choice>(ctx, (*items81).size(), [&](std::size_t i82, ::callmap::ivr_choice& g84) -> bool {
                    const auto& alt85 = (*items81)[i82].as_choice;
                    if (!alt85) return false;
                    const auto& e83 = *alt85;
                    if (const auto v87 = [&]() -> std::optional<std::string_view> {
                        const auto* v86 = [&]() -> const std::string_view* {
                            return &e83.key;
                        }();
                        if (v86 == nullptr) return std::nullopt;
                        return ::callmap::text_of(*v86);
                    }()) g84.key = *v87;
                    if (const auto v89 = [&]() -> std::optional<std::string_view> {
                        const auto* v88 = [&]() -> const std::string_view* {
                            return &e83.title;
                        }();
                        if (v88 == nullptr) return std::nullopt;
                        return ::callmap::text_of(*v88);
                    }()) g84.title = *v89;
                    if (const auto v92 = [&]() -> std::optional<std::int64_t> {
                        const auto* v90 = [&]() -> const std::int64_t* {
                            return &e83.total;
                        }();
                        if (v90 == nullptr) return std::nullopt;
                        const std::optional<std::int64_t> r91 = ::callmap::scaled_integer(*v90, 1);
                        return r91;
                    }()) g84.count = *v92;
                    return true;
                });
            }
            return true;
        });
    }
    if (out.id.empty()) ctx.warn("no call id in the payload");
    return ctx.finish(out);
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

}  // namespace callmap::oca
