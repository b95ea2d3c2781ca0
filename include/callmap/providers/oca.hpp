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
#include <bitset>
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
        bool more = false;
        if (!r.object_start(more)) return false;
        std::bitset<3> seen;
        std::size_t expected = 0;  // APIs send fields in a stable order: try the next one first
        while (more) {
            std::string_view key;
            if (!r.object_key(key)) return false;
            const int field = expected < keys.size() && key == keys[expected] ? static_cast<int>(expected)
                                                                           : field_index(key);
            if (field >= 0 && seen.test(static_cast<std::size_t>(field))) {
                if (r.options().duplicate_keys == duplicate_key_policy::error) {
                    return r.fail(error_code::duplicate_key, r.key_position(), key);
                }
            }
            switch (field) {
                case 0:
                    if (!value_parser<std::string_view>::parse(r, out.key)) return false;
                    break;
                case 1:
                    if (!value_parser<std::string_view>::parse(r, out.title)) return false;
                    break;
                case 2:
                    if (!value_parser<std::int64_t>::parse(r, out.total)) return false;
                    break;
                default:
                    if (r.options().unknown_keys == unknown_key_policy::error) {
                        return r.fail(error_code::unknown_key, r.key_position(), key);
                    }
                    if (!r.skip_value()) return false;
            }
            if (field >= 0) {
                seen.set(static_cast<std::size_t>(field));
                expected = static_cast<std::size_t>(field) + 1;
            }
            if (!r.object_next(more)) return false;
        }
        if (!seen.test(0)) return r.fail(error_code::missing_field, r.position() - 1, "key");
        if (!seen.test(1)) return r.fail(error_code::missing_field, r.position() - 1, "title");
        if (!seen.test(2)) return r.fail(error_code::missing_field, r.position() - 1, "total");
        return true;
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
        bool more = false;
        if (!r.object_start(more)) return false;
        std::bitset<3> seen;
        std::size_t expected = 0;  // APIs send fields in a stable order: try the next one first
        while (more) {
            std::string_view key;
            if (!r.object_key(key)) return false;
            const int field = expected < keys.size() && key == keys[expected] ? static_cast<int>(expected)
                                                                           : field_index(key);
            if (field >= 0 && seen.test(static_cast<std::size_t>(field))) {
                if (r.options().duplicate_keys == duplicate_key_policy::error) {
                    return r.fail(error_code::duplicate_key, r.key_position(), key);
                }
            }
            switch (field) {
                case 0:
                    if (!value_parser<std::string_view>::parse(r, out.question)) return false;
                    break;
                case 1:
                    if (!value_parser<std::string_view>::parse(r, out.type)) return false;
                    break;
                case 2:
                    if (!value_parser<std::optional<std::span<const ::callmap::oca::ivr_result_answer>>>::parse(r, out.answer)) return false;
                    break;
                default:
                    if (r.options().unknown_keys == unknown_key_policy::error) {
                        return r.fail(error_code::unknown_key, r.key_position(), key);
                    }
                    if (!r.skip_value()) return false;
            }
            if (field >= 0) {
                seen.set(static_cast<std::size_t>(field));
                expected = static_cast<std::size_t>(field) + 1;
            }
            if (!r.object_next(more)) return false;
        }
        if (!seen.test(0)) return r.fail(error_code::missing_field, r.position() - 1, "question");
        if (!seen.test(1)) return r.fail(error_code::missing_field, r.position() - 1, "type");
        return true;
    }
};

template <>
struct value_parser<::callmap::oca::call> {
    static constexpr std::array<std::string_view, 16> keys{"from_number", "to_number", "ivr_id", "call_id", "application_id", "call_start", "call_answer", "call_end", "duration", "talk_duration", "tta", "hangup_cause", "status", "created_at", "updated_at", "result"};
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
        bool more = false;
        if (!r.object_start(more)) return false;
        std::bitset<16> seen;
        std::size_t expected = 0;  // APIs send fields in a stable order: try the next one first
        while (more) {
            std::string_view key;
            if (!r.object_key(key)) return false;
            const int field = expected < keys.size() && key == keys[expected] ? static_cast<int>(expected)
                                                                           : field_index(key);
            if (field >= 0 && seen.test(static_cast<std::size_t>(field))) {
                if (r.options().duplicate_keys == duplicate_key_policy::error) {
                    return r.fail(error_code::duplicate_key, r.key_position(), key);
                }
            }
            switch (field) {
                case 0:
                    if (!value_parser<std::string_view>::parse(r, out.from_number)) return false;
                    break;
                case 1:
                    if (!value_parser<std::string_view>::parse(r, out.to_number)) return false;
                    break;
                case 2:
                    if (!value_parser<std::optional<std::string_view>>::parse(r, out.ivr_id)) return false;
                    break;
                case 3:
                    if (!value_parser<std::string_view>::parse(r, out.call_id)) return false;
                    break;
                case 4:
                    if (!value_parser<std::optional<std::string_view>>::parse(r, out.application_id)) return false;
                    break;
                case 5:
                    if (!value_parser<std::optional<std::string_view>>::parse(r, out.call_start)) return false;
                    break;
                case 6:
                    if (!value_parser<std::optional<std::string_view>>::parse(r, out.call_answer)) return false;
                    break;
                case 7:
                    if (!value_parser<std::optional<std::string_view>>::parse(r, out.call_end)) return false;
                    break;
                case 8:
                    if (!value_parser<std::optional<std::int64_t>>::parse(r, out.duration)) return false;
                    break;
                case 9:
                    if (!value_parser<std::optional<std::int64_t>>::parse(r, out.talk_duration)) return false;
                    break;
                case 10:
                    if (!value_parser<std::optional<std::int64_t>>::parse(r, out.tta)) return false;
                    break;
                case 11:
                    if (!value_parser<std::optional<std::string_view>>::parse(r, out.hangup_cause)) return false;
                    break;
                case 12:
                    if (!value_parser<std::string_view>::parse(r, out.status)) return false;
                    break;
                case 13:
                    if (!value_parser<std::optional<std::string_view>>::parse(r, out.created_at)) return false;
                    break;
                case 14:
                    if (!value_parser<std::optional<std::string_view>>::parse(r, out.updated_at)) return false;
                    break;
                case 15:
                    if (!value_parser<std::optional<std::span<const ::callmap::oca::ivr_result>>>::parse(r, out.result)) return false;
                    break;
                default:
                    if (r.options().unknown_keys == unknown_key_policy::error) {
                        return r.fail(error_code::unknown_key, r.key_position(), key);
                    }
                    if (!r.skip_value()) return false;
            }
            if (field >= 0) {
                seen.set(static_cast<std::size_t>(field));
                expected = static_cast<std::size_t>(field) + 1;
            }
            if (!r.object_next(more)) return false;
        }
        if (!seen.test(0)) return r.fail(error_code::missing_field, r.position() - 1, "from_number");
        if (!seen.test(1)) return r.fail(error_code::missing_field, r.position() - 1, "to_number");
        if (!seen.test(3)) return r.fail(error_code::missing_field, r.position() - 1, "call_id");
        if (!seen.test(12)) return r.fail(error_code::missing_field, r.position() - 1, "status");
        return true;
    }
};

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
inline constexpr ::callmap::table_entry<::callmap::call_status> table_1[] = {
    {"submitted", ::callmap::call_status::queued},
    {"success", ::callmap::call_status::completed},
    {"answered", ::callmap::call_status::completed},
    {"failed", ::callmap::call_status::failed},
};
inline constexpr ::callmap::table_entry<::callmap::ivr_kind> table_2[] = {
    {"record_speach", ::callmap::ivr_kind::recording},
    {"multiple_choice", ::callmap::ivr_kind::choice},
    {"collect_number", ::callmap::ivr_kind::digits},
};
}  // namespace mapping_tables

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
    out.end_reason = [&]() -> std::optional<::callmap::end_reason> {
        const auto* v9 = [&]() -> const std::string_view* {
            if (!in.hangup_cause) return nullptr;
            return &*in.hangup_cause;
        }();
        if (v9 == nullptr) return std::nullopt;
        const std::string_view raw10 = ::callmap::text_of(*v9);
        const std::optional<::callmap::end_reason> mapped11 = ::callmap::lookup<::callmap::end_reason>(mapping_tables::shared_q850_hangup_causes, raw10);
        if (!mapped11) ctx.warn("unmapped end_reason value", raw10);
        ::callmap::end_reason value12 = mapped11 ? *mapped11 : ::callmap::end_reason::unknown;
        return value12;
    }();
    if (const auto* v14 = [&]() -> const std::string_view* {
        if (!in.hangup_cause) return nullptr;
        return &*in.hangup_cause;
    }()) out.end_reason_raw = ::callmap::text_of(*v14);
    if (const auto v19 = [&]() -> std::optional<::callmap::call_status> {
        const auto* v15 = [&]() -> const std::string_view* {
            return &in.status;
        }();
        if (v15 == nullptr) return std::nullopt;
        const std::string_view raw16 = ::callmap::text_of(*v15);
        const std::optional<::callmap::call_status> mapped17 = ::callmap::lookup<::callmap::call_status>(mapping_tables::table_1, raw16);
        if (!mapped17) ctx.warn("unmapped status value", raw16);
        ::callmap::call_status value18 = mapped17 ? *mapped17 : ::callmap::call_status::unknown;
        if (::callmap::matches_any(raw16, {"success", "answered", "failed"})) value18 = ::callmap::refine_status(value18, out.end_reason);
        return value18;
    }()) out.status = *v19;
    if (const auto* v20 = [&]() -> const std::string_view* {
        return &in.status;
    }()) out.status_raw = ::callmap::text_of(*v20);
    out.created_at = [&]() -> std::optional<::callmap::timestamp> {
        const auto* v21 = [&]() -> const std::string_view* {
            if (!in.created_at) return nullptr;
            return &*in.created_at;
        }();
        if (v21 == nullptr) return std::nullopt;
        return ::callmap::to_instant(ctx, *v21, ::callmap::time_format::iso8601);
    }();
    out.started_at = [&]() -> std::optional<::callmap::timestamp> {
        const auto* v23 = [&]() -> const std::string_view* {
            if (!in.call_start) return nullptr;
            return &*in.call_start;
        }();
        if (v23 == nullptr) return std::nullopt;
        return ::callmap::to_instant(ctx, *v23, ::callmap::time_format::iso8601);
    }();
    out.answered_at = [&]() -> std::optional<::callmap::timestamp> {
        const auto* v25 = [&]() -> const std::string_view* {
            if (!in.call_answer) return nullptr;
            return &*in.call_answer;
        }();
        if (v25 == nullptr) return std::nullopt;
        return ::callmap::to_instant(ctx, *v25, ::callmap::time_format::iso8601);
    }();
    out.ended_at = [&]() -> std::optional<::callmap::timestamp> {
        const auto* v27 = [&]() -> const std::string_view* {
            if (!in.call_end) return nullptr;
            return &*in.call_end;
        }();
        if (v27 == nullptr) return std::nullopt;
        return ::callmap::to_instant(ctx, *v27, ::callmap::time_format::iso8601);
    }();
    out.updated_at = [&]() -> std::optional<::callmap::timestamp> {
        const auto* v29 = [&]() -> const std::string_view* {
            if (!in.updated_at) return nullptr;
            return &*in.updated_at;
        }();
        if (v29 == nullptr) return std::nullopt;
        return ::callmap::to_instant(ctx, *v29, ::callmap::time_format::iso8601);
    }();
    out.duration_ms = [&]() -> std::optional<std::int64_t> {
        const auto* v31 = [&]() -> const std::int64_t* {
            if (!in.duration) return nullptr;
            return &*in.duration;
        }();
        if (v31 == nullptr) return std::nullopt;
        const std::optional<std::int64_t> r32 = ::callmap::scaled_integer(*v31, 1000);
        return r32;
    }();
    out.talk_ms = [&]() -> std::optional<std::int64_t> {
        const auto* v34 = [&]() -> const std::int64_t* {
            if (!in.talk_duration) return nullptr;
            return &*in.talk_duration;
        }();
        if (v34 == nullptr) return std::nullopt;
        const std::optional<std::int64_t> r35 = ::callmap::scaled_integer(*v34, 1000);
        return r35;
    }();
    out.ring_ms = [&]() -> std::optional<std::int64_t> {
        const auto* v37 = [&]() -> const std::int64_t* {
            if (!in.tta) return nullptr;
            return &*in.tta;
        }();
        if (v37 == nullptr) return std::nullopt;
        const std::optional<std::int64_t> r38 = ::callmap::scaled_integer(*v37, 1000);
        return r38;
    }();
    out.billed_ms = [&]() -> std::optional<std::int64_t> {
        const auto* v40 = [&]() -> const std::int64_t* {
            if (!in.talk_duration) return nullptr;
            return &*in.talk_duration;
        }();
        if (v40 == nullptr) return std::nullopt;
        const std::optional<std::int64_t> r41 = ::callmap::scaled_integer(*v40, 1000);
        return r41;
    }();
    out.external_ids.entries = ::callmap::build_array<::callmap::map_entry<std::string_view>>(ctx, 2, [&](std::size_t i43, ::callmap::map_entry<std::string_view>& entry44) -> bool {
        switch (i43) {
            case 0: {
                const auto v45 = [&]() -> std::optional<std::string_view> {
                    const auto* v46 = [&]() -> const std::string_view* {
                        if (!in.application_id) return nullptr;
                        return &*in.application_id;
                    }();
                    if (v46 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v46);
                }();
                if (!v45) return false;
                entry44 = {"application_id", *v45};
                return true;
            }
            case 1: {
                const auto v47 = [&]() -> std::optional<std::string_view> {
                    const auto* v48 = [&]() -> const std::string_view* {
                        if (!in.ivr_id) return nullptr;
                        return &*in.ivr_id;
                    }();
                    if (v48 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v48);
                }();
                if (!v47) return false;
                entry44 = {"ivr_id", *v47};
                return true;
            }
            default: return false;
        }
    });
    {
        ::callmap::agent_info g49{};
        bool present50 = false;
        if (const auto v51 = [&]() -> std::optional<std::string_view> {
            const auto* v52 = [&]() -> const std::string_view* {
                if (!in.ivr_id) return nullptr;
                return &*in.ivr_id;
            }();
            if (v52 == nullptr) return std::nullopt;
            return ::callmap::text_of(*v52);
        }()) {
            g49.id = *v51;
            present50 = true;
        }
        g49.kind = ::callmap::agent_kind::ivr;
        if (present50) out.agent = g49;
    }
    if (const auto* items53 = [&]() -> const std::span<const ::callmap::oca::ivr_result>* {
        if (!in.result) return nullptr;
        return &*in.result;
    }()) {
        out.ivr = ::callmap::build_array<::callmap::ivr_step>(ctx, (*items53).size(), [&](std::size_t i54, ::callmap::ivr_step& g56) -> bool {
            const auto& e55 = (*items53)[i54];
            if (const auto v58 = [&]() -> std::optional<std::string_view> {
                const auto* v57 = [&]() -> const std::string_view* {
                    return &e55.question;
                }();
                if (v57 == nullptr) return std::nullopt;
                return ::callmap::text_of(*v57);
            }()) g56.question = *v58;
            if (const auto v63 = [&]() -> std::optional<::callmap::ivr_kind> {
                const auto* v59 = [&]() -> const std::string_view* {
                    return &e55.type;
                }();
                if (v59 == nullptr) return std::nullopt;
                const std::string_view raw60 = ::callmap::text_of(*v59);
                const std::optional<::callmap::ivr_kind> mapped61 = ::callmap::lookup<::callmap::ivr_kind>(mapping_tables::table_2, raw60);
                ::callmap::ivr_kind value62 = mapped61 ? *mapped61 : ::callmap::ivr_kind::other;
                return value62;
            }()) g56.kind = *v63;
            if (const auto v67 = [&]() -> std::optional<std::span<const std::string_view>> {
                const auto* v64 = [&]() -> const std::span<const ::callmap::oca::ivr_result_answer>* {
                    if (!e55.answer) return nullptr;
                    return &*e55.answer;
                }();
                if (v64 == nullptr) return std::nullopt;
                return ::callmap::build_array<std::string_view>(ctx, v64->size(), [&](std::size_t i65, std::string_view& g66) -> bool {
                    if (!(*v64)[i65].as_string) return false;
                    g66 = *(*v64)[i65].as_string;
                    return true;
                });
            }()) g56.answers = *v67;
            if (const auto* items68 = [&]() -> const std::span<const ::callmap::oca::ivr_result_answer>* {
                if (!e55.answer) return nullptr;
                return &*e55.answer;
            }()) {
                g56.choices = ::callmap::build_array<::callmap::ivr_choice>(ctx, (*items68).size(), [&](std::size_t i69, ::callmap::ivr_choice& g71) -> bool {
                    const auto& alt72 = (*items68)[i69].as_choice;
                    if (!alt72) return false;
                    const auto& e70 = *alt72;
                    if (const auto v74 = [&]() -> std::optional<std::string_view> {
                        const auto* v73 = [&]() -> const std::string_view* {
                            return &e70.key;
                        }();
                        if (v73 == nullptr) return std::nullopt;
                        return ::callmap::text_of(*v73);
                    }()) g71.key = *v74;
                    if (const auto v76 = [&]() -> std::optional<std::string_view> {
                        const auto* v75 = [&]() -> const std::string_view* {
                            return &e70.title;
                        }();
                        if (v75 == nullptr) return std::nullopt;
                        return ::callmap::text_of(*v75);
                    }()) g71.title = *v76;
                    if (const auto v79 = [&]() -> std::optional<std::int64_t> {
                        const auto* v77 = [&]() -> const std::int64_t* {
                            return &e70.total;
                        }();
                        if (v77 == nullptr) return std::nullopt;
                        const std::optional<std::int64_t> r78 = ::callmap::scaled_integer(*v77, 1);
                        return r78;
                    }()) g71.count = *v79;
                    return true;
                });
            }
            return true;
        });
    }
    if (out.id.empty()) ctx.warn("no call id in the payload");
    out.warnings = ctx.warnings();
    return out;
}

}  // namespace callmap::oca
