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
    ::callmap::result<::callmap::call> answer(std::in_place);  // mapped in place
    ::callmap::call& out = *answer;
    out.provider = "oca";
    [&]() -> bool {
        const auto* v1 = [&]() -> const std::string_view* {
            return &in.call_id;
        }();
        if (v1 == nullptr) return false;
        out.id = ::callmap::text_of(*v1);
        return true;
    }();
    [&]() -> bool {
        out.direction = ::callmap::direction::outbound;
        return true;
    }();
    [&]() -> bool {
        out.channel = ::callmap::channel::pstn;
        return true;
    }();
    [&]() -> bool {
        const auto* v2 = [&]() -> const std::string_view* {
            return &in.from_number;
        }();
        if (v2 == nullptr) return false;
        ::callmap::set_party(out.from, ::callmap::text_of(*v2));
        return true;
    }();
    [&]() -> bool {
        const auto* v3 = [&]() -> const std::string_view* {
            return &in.to_number;
        }();
        if (v3 == nullptr) return false;
        ::callmap::set_party(out.to, ::callmap::text_of(*v3));
        return true;
    }();
    [&]() -> bool {
        if ([&]() -> bool {
            const auto* w4 = [&]() -> const std::string_view* {
                if (!in.call_answer) return nullptr;
                return &*in.call_answer;
            }();
            if (w4 != nullptr) return [&]() -> bool {
                const auto* v5 = [&]() -> const std::string_view* {
                    if (!in.hangup_cause) return nullptr;
                    return &*in.hangup_cause;
                }();
                if (v5 == nullptr) return false;
                const std::string_view raw6 = ::callmap::text_of(*v5);
                out.end_reason_raw = raw6;
                const std::optional<::callmap::end_reason> mapped7 = ::callmap::lookup<::callmap::end_reason>(mapping_tables::shared_q850_hangup_causes, raw6);
                if (!mapped7) ctx.warn("unmapped end_reason value", raw6);
                ::callmap::end_reason value8 = mapped7 ? *mapped7 : ::callmap::end_reason::unknown;
                out.end_reason = value8;
                return true;
            }();
            return false;
        }()) return true;
        if ([&]() -> bool {
            const auto* w9 = [&]() -> const std::string_view* {
                if (!in.hangup_cause) return nullptr;
                return &*in.hangup_cause;
            }();
            if (w9 != nullptr && ::callmap::matches_any(::callmap::text_of(*w9), {"NORMAL_CLEARING"})) {
                out.end_reason_raw = ::callmap::text_of(*w9);
                return [&]() -> bool {
                out.end_reason = ::callmap::end_reason::unknown;
                return true;
            }();
            }
            return false;
        }()) return true;
        if ([&]() -> bool {
            const auto* v10 = [&]() -> const std::string_view* {
                if (!in.hangup_cause) return nullptr;
                return &*in.hangup_cause;
            }();
            if (v10 == nullptr) return false;
            const std::string_view raw11 = ::callmap::text_of(*v10);
            out.end_reason_raw = raw11;
            const std::optional<::callmap::end_reason> mapped12 = ::callmap::lookup<::callmap::end_reason>(mapping_tables::shared_q850_hangup_causes, raw11);
            if (!mapped12) ctx.warn("unmapped end_reason value", raw11);
            ::callmap::end_reason value13 = mapped12 ? *mapped12 : ::callmap::end_reason::unknown;
            out.end_reason = value13;
            return true;
        }()) return true;
        return false;
    }();
    [&]() -> bool {
        if ([&]() -> bool {
            const auto* w14 = [&]() -> const std::string_view* {
                return &in.status;
            }();
            if (w14 != nullptr && ::callmap::matches_any(::callmap::text_of(*w14), {"answered"})) {
                out.status_raw = ::callmap::text_of(*w14);
                return [&]() -> bool {
                const auto* w15 = [&]() -> const std::string_view* {
                    if (!in.call_end) return nullptr;
                    return &*in.call_end;
                }();
                if (w15 != nullptr) return [&]() -> bool {
                    out.status = ::callmap::call_status::completed;
                    return true;
                }();
                return [&]() -> bool {
                    out.status = ::callmap::call_status::in_progress;
                    return true;
                }();
            }();
            }
            return false;
        }()) return true;
        if ([&]() -> bool {
            const auto* v16 = [&]() -> const std::string_view* {
                return &in.status;
            }();
            if (v16 == nullptr) return false;
            const std::string_view raw17 = ::callmap::text_of(*v16);
            out.status_raw = raw17;
            const std::optional<::callmap::call_status> mapped18 = ::callmap::lookup<::callmap::call_status>(mapping_tables::table_1, raw17);
            if (!mapped18) ctx.warn("unmapped status value", raw17);
            ::callmap::call_status value19 = mapped18 ? *mapped18 : ::callmap::call_status::unknown;
            if (::callmap::matches_any(raw17, {"success", "failed"})) value19 = ::callmap::refine_status(value19, out.end_reason);
            out.status = value19;
            return true;
        }()) return true;
        return false;
    }();
    [&]() -> bool {
        const auto* v20 = [&]() -> const std::string_view* {
            if (!in.created_at) return nullptr;
            return &*in.created_at;
        }();
        if (v20 == nullptr) return false;
        ::callmap::timestamp t21;
        if (!::callmap::read_instant(ctx, *v20, ::callmap::time_format::iso8601, t21)) return false;
        out.created_at = t21;
        return true;
    }();
    [&]() -> bool {
        const auto* v22 = [&]() -> const std::string_view* {
            if (!in.call_start) return nullptr;
            return &*in.call_start;
        }();
        if (v22 == nullptr) return false;
        ::callmap::timestamp t23;
        if (!::callmap::read_instant(ctx, *v22, ::callmap::time_format::iso8601, t23)) return false;
        out.started_at = t23;
        return true;
    }();
    [&]() -> bool {
        const auto* v24 = [&]() -> const std::string_view* {
            if (!in.call_answer) return nullptr;
            return &*in.call_answer;
        }();
        if (v24 == nullptr) return false;
        ::callmap::timestamp t25;
        if (!::callmap::read_instant(ctx, *v24, ::callmap::time_format::iso8601, t25)) return false;
        out.answered_at = t25;
        return true;
    }();
    [&]() -> bool {
        const auto* v26 = [&]() -> const std::string_view* {
            if (!in.call_end) return nullptr;
            return &*in.call_end;
        }();
        if (v26 == nullptr) return false;
        ::callmap::timestamp t27;
        if (!::callmap::read_instant(ctx, *v26, ::callmap::time_format::iso8601, t27)) return false;
        out.ended_at = t27;
        return true;
    }();
    [&]() -> bool {
        const auto* v28 = [&]() -> const std::string_view* {
            if (!in.updated_at) return nullptr;
            return &*in.updated_at;
        }();
        if (v28 == nullptr) return false;
        ::callmap::timestamp t29;
        if (!::callmap::read_instant(ctx, *v28, ::callmap::time_format::iso8601, t29)) return false;
        out.updated_at = t29;
        return true;
    }();
    [&]() -> bool {
        const auto* v30 = [&]() -> const std::int64_t* {
            if (!in.duration) return nullptr;
            return &*in.duration;
        }();
        if (v30 == nullptr) return false;
        const auto r31 = ::callmap::scaled_integer(*v30, 1000);
        if (!r31) return false;
        out.duration_ms = *r31;
        return true;
    }();
    [&]() -> bool {
        const auto* v32 = [&]() -> const std::int64_t* {
            if (!in.talk_duration) return nullptr;
            return &*in.talk_duration;
        }();
        if (v32 == nullptr) return false;
        const auto r33 = ::callmap::scaled_integer(*v32, 1000);
        if (!r33) return false;
        out.talk_ms = *r33;
        return true;
    }();
    [&]() -> bool {
        const auto* v34 = [&]() -> const std::int64_t* {
            if (!in.tta) return nullptr;
            return &*in.tta;
        }();
        if (v34 == nullptr) return false;
        const auto r35 = ::callmap::scaled_integer(*v34, 1000);
        if (!r35) return false;
        out.ring_ms = *r35;
        return true;
    }();
    [&]() -> bool {
        const auto* v36 = [&]() -> const std::int64_t* {
            if (!in.talk_duration) return nullptr;
            return &*in.talk_duration;
        }();
        if (v36 == nullptr) return false;
        const auto r37 = ::callmap::scaled_integer(*v36, 1000);
        if (!r37) return false;
        out.billed_ms = *r37;
        return true;
    }();
    out.external_ids.entries = ::callmap::build_array<::callmap::map_entry<std::string_view>>(ctx, 2, [&](std::size_t i38, ::callmap::map_entry<std::string_view>& entry39) -> bool {
        switch (i38) {
            case 0: return [&]() -> bool {
                const auto* v40 = [&]() -> const std::string_view* {
                    if (!in.application_id) return nullptr;
                    return &*in.application_id;
                }();
                if (v40 == nullptr) return false;
                entry39 = {"application_id", ::callmap::text_of(*v40)};
                return true;
            }();
            case 1: return [&]() -> bool {
                const auto* v41 = [&]() -> const std::string_view* {
                    if (!in.ivr_id) return nullptr;
                    return &*in.ivr_id;
                }();
                if (v41 == nullptr) return false;
                entry39 = {"ivr_id", ::callmap::text_of(*v41)};
                return true;
            }();
            default: return false;
        }
    });
    {
        ::callmap::agent_info& g42 = out.agent.emplace();
        bool present43 = false;
        if ([&]() -> bool {
            const auto* v44 = [&]() -> const std::string_view* {
                if (!in.ivr_id) return nullptr;
                return &*in.ivr_id;
            }();
            if (v44 == nullptr) return false;
            g42.id = ::callmap::text_of(*v44);
            return true;
        }()) present43 = true;
        g42.kind = ::callmap::agent_kind::ivr;
        if (!present43) out.agent.reset();
    }
    if (const auto* items45 = [&]() -> const std::span<const ::callmap::oca::ivr_result>* {
        if (!in.result) return nullptr;
        return &*in.result;
    }()) {
        out.ivr = ::callmap::build_array<::callmap::ivr_step>(ctx, (*items45).size(), [&](std::size_t i46, ::callmap::ivr_step& g48) -> bool {
            const auto& e47 = (*items45)[i46];
            [&]() -> bool {
                const auto* v49 = [&]() -> const std::string_view* {
                    return &e47.question;
                }();
                if (v49 == nullptr) return false;
                g48.question = ::callmap::text_of(*v49);
                return true;
            }();
            [&]() -> bool {
                const auto* v50 = [&]() -> const std::string_view* {
                    return &e47.type;
                }();
                if (v50 == nullptr) return false;
                const std::string_view raw51 = ::callmap::text_of(*v50);
                const std::optional<::callmap::ivr_kind> mapped52 = ::callmap::lookup<::callmap::ivr_kind>(mapping_tables::table_2, raw51);
                ::callmap::ivr_kind value53 = mapped52 ? *mapped52 : ::callmap::ivr_kind::other;
                g48.kind = value53;
                return true;
            }();
            [&]() -> bool {
                const auto* v54 = [&]() -> const std::span<const ::callmap::oca::ivr_result_answer>* {
                    if (!e47.answer) return nullptr;
                    return &*e47.answer;
                }();
                if (v54 == nullptr) return false;
                g48.answers = ::callmap::build_array<std::string_view>(ctx, v54->size(), [&](std::size_t i55, std::string_view& g56) -> bool {
                    if (!(*v54)[i55].as_string) return false;
                    g56 = *(*v54)[i55].as_string;
                    return true;
                });
                return true;
            }();
            if (const auto* items57 = [&]() -> const std::span<const ::callmap::oca::ivr_result_answer>* {
                if (!e47.answer) return nullptr;
                return &*e47.answer;
            }()) {
                g48.choices = ::callmap::build_array<::callmap::ivr_choice>(ctx, (*items57).size(), [&](std::size_t i58, ::callmap::ivr_choice& g60) -> bool {
                    const auto& alt61 = (*items57)[i58].as_choice;
                    if (!alt61) return false;
                    const auto& e59 = *alt61;
                    [&]() -> bool {
                        const auto* v62 = [&]() -> const std::string_view* {
                            return &e59.key;
                        }();
                        if (v62 == nullptr) return false;
                        g60.key = ::callmap::text_of(*v62);
                        return true;
                    }();
                    [&]() -> bool {
                        const auto* v63 = [&]() -> const std::string_view* {
                            return &e59.title;
                        }();
                        if (v63 == nullptr) return false;
                        g60.title = ::callmap::text_of(*v63);
                        return true;
                    }();
                    [&]() -> bool {
                        const auto* v64 = [&]() -> const std::int64_t* {
                            return &e59.total;
                        }();
                        if (v64 == nullptr) return false;
                        const auto r65 = ::callmap::scaled_integer(*v64, 1);
                        if (!r65) return false;
                        g60.count = *r65;
                        return true;
                    }();
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
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

}  // namespace callmap::oca
