// generated from schemas/bland.yaml by callmap-gen -- do not edit.
// Bland AI — call details
// https://docs.bland.ai/api-v1/get/calls-id
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
#error "bland.hpp was generated for another callmap runtime; regenerate it"
#endif

#include <array>
#include <cstddef>

namespace callmap::bland {

struct transcript_line {
    std::optional<std::int64_t> id{};
    std::optional<std::string_view> created_at{};
    std::string_view text{};
    std::string_view user{};
    std::optional<std::string_view> c_id{};
};
BOOST_DESCRIBE_STRUCT(transcript_line, (), (id, created_at, text, user, c_id))

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
BOOST_DESCRIBE_STRUCT(call, (), (call_id, c_id, batch_id, to, from, inbound, completed, status, queue_status, created_at, started_at, end_at, call_length, corrected_duration, max_duration, answered_by, call_ended_by, error_message, transferred_to, transferred_at, record, recording_url, price, summary, concatenated_transcript, transcripts, variables, metadata, request_data, analysis, analysis_schema, pathway_logs, endpoint_url, local_dialing))

}  // namespace callmap::bland

namespace callmap {

}  // namespace callmap

namespace callmap::json {

template <>
struct value_parser<::callmap::bland::transcript_line> {
    static constexpr std::array<std::string_view, 5> keys{"id", "created_at", "text", "user", "c_id"};
    static constexpr std::array<bool, 5> required{false, false, true, true, false};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 2:
                return key == "id" ? 0 : -1;
            case 4:
                switch (key[0]) {
                    case 't': return key == "text" ? 2 : -1;
                    case 'u': return key == "user" ? 3 : -1;
                    case 'c': return key == "c_id" ? 4 : -1;
                    default: return -1;
                }
            case 10:
                return key == "created_at" ? 1 : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::bland::transcript_line& out) {
        out = {};
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<std::optional<std::int64_t>>::parse(r, out.id);
                case 1: return value_parser<std::optional<std::string_view>>::parse(r, out.created_at);
                case 2: return value_parser<std::string_view>::parse(r, out.text);
                case 3: return value_parser<std::string_view>::parse(r, out.user);
                case 4: return value_parser<std::optional<std::string_view>>::parse(r, out.c_id);
                default: return false;
            }
        });
    }
};

template <>
struct value_parser<::callmap::bland::call> {
    static constexpr std::array<std::string_view, 34> keys{"call_id", "c_id", "batch_id", "to", "from", "inbound", "completed", "status", "queue_status", "created_at", "started_at", "end_at", "call_length", "corrected_duration", "max_duration", "answered_by", "call_ended_by", "error_message", "transferred_to", "transferred_at", "record", "recording_url", "price", "summary", "concatenated_transcript", "transcripts", "variables", "metadata", "request_data", "analysis", "analysis_schema", "pathway_logs", "endpoint_url", "local_dialing"};
    static constexpr std::array<bool, 34> required{true, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 2:
                return key == "to" ? 3 : -1;
            case 4:
                switch (key[0]) {
                    case 'c': return key == "c_id" ? 1 : -1;
                    case 'f': return key == "from" ? 4 : -1;
                    default: return -1;
                }
            case 5:
                return key == "price" ? 22 : -1;
            case 6:
                switch (key[0]) {
                    case 's': return key == "status" ? 7 : -1;
                    case 'e': return key == "end_at" ? 11 : -1;
                    case 'r': return key == "record" ? 20 : -1;
                    default: return -1;
                }
            case 7:
                switch (key[0]) {
                    case 'c': return key == "call_id" ? 0 : -1;
                    case 'i': return key == "inbound" ? 5 : -1;
                    case 's': return key == "summary" ? 23 : -1;
                    default: return -1;
                }
            case 8:
                switch (key[0]) {
                    case 'b': return key == "batch_id" ? 2 : -1;
                    case 'm': return key == "metadata" ? 27 : -1;
                    case 'a': return key == "analysis" ? 29 : -1;
                    default: return -1;
                }
            case 9:
                switch (key[0]) {
                    case 'c': return key == "completed" ? 6 : -1;
                    case 'v': return key == "variables" ? 26 : -1;
                    default: return -1;
                }
            case 10:
                switch (key[0]) {
                    case 'c': return key == "created_at" ? 9 : -1;
                    case 's': return key == "started_at" ? 10 : -1;
                    default: return -1;
                }
            case 11:
                switch (key[0]) {
                    case 'c': return key == "call_length" ? 12 : -1;
                    case 'a': return key == "answered_by" ? 15 : -1;
                    case 't': return key == "transcripts" ? 25 : -1;
                    default: return -1;
                }
            case 12:
                switch (key[0]) {
                    case 'q': return key == "queue_status" ? 8 : -1;
                    case 'm': return key == "max_duration" ? 14 : -1;
                    case 'r': return key == "request_data" ? 28 : -1;
                    case 'p': return key == "pathway_logs" ? 31 : -1;
                    case 'e': return key == "endpoint_url" ? 32 : -1;
                    default: return -1;
                }
            case 13:
                switch (key[0]) {
                    case 'c': return key == "call_ended_by" ? 16 : -1;
                    case 'e': return key == "error_message" ? 17 : -1;
                    case 'r': return key == "recording_url" ? 21 : -1;
                    case 'l': return key == "local_dialing" ? 33 : -1;
                    default: return -1;
                }
            case 14:
                switch (key[12]) {
                    case 't': return key == "transferred_to" ? 18 : -1;
                    case 'a': return key == "transferred_at" ? 19 : -1;
                    default: return -1;
                }
            case 15:
                return key == "analysis_schema" ? 30 : -1;
            case 18:
                return key == "corrected_duration" ? 13 : -1;
            case 23:
                return key == "concatenated_transcript" ? 24 : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::bland::call& out) {
        out = {};
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<std::string_view>::parse(r, out.call_id);
                case 1: return value_parser<std::optional<std::string_view>>::parse(r, out.c_id);
                case 2: return value_parser<std::optional<std::string_view>>::parse(r, out.batch_id);
                case 3: return value_parser<std::optional<std::string_view>>::parse(r, out.to);
                case 4: return value_parser<std::optional<std::string_view>>::parse(r, out.from);
                case 5: return value_parser<std::optional<bool>>::parse(r, out.inbound);
                case 6: return value_parser<std::optional<bool>>::parse(r, out.completed);
                case 7: return value_parser<std::optional<std::string_view>>::parse(r, out.status);
                case 8: return value_parser<std::optional<std::string_view>>::parse(r, out.queue_status);
                case 9: return value_parser<std::optional<std::string_view>>::parse(r, out.created_at);
                case 10: return value_parser<std::optional<std::string_view>>::parse(r, out.started_at);
                case 11: return value_parser<std::optional<std::string_view>>::parse(r, out.end_at);
                case 12: return value_parser<std::optional<::callmap::decimal>>::parse(r, out.call_length);
                case 13: return value_parser<std::optional<::callmap::decimal>>::parse(r, out.corrected_duration);
                case 14: return value_parser<std::optional<::callmap::decimal>>::parse(r, out.max_duration);
                case 15: return value_parser<std::optional<std::string_view>>::parse(r, out.answered_by);
                case 16: return value_parser<std::optional<std::string_view>>::parse(r, out.call_ended_by);
                case 17: return value_parser<std::optional<std::string_view>>::parse(r, out.error_message);
                case 18: return value_parser<std::optional<std::string_view>>::parse(r, out.transferred_to);
                case 19: return value_parser<std::optional<std::string_view>>::parse(r, out.transferred_at);
                case 20: return value_parser<std::optional<bool>>::parse(r, out.record);
                case 21: return value_parser<std::optional<std::string_view>>::parse(r, out.recording_url);
                case 22: return value_parser<std::optional<::callmap::decimal>>::parse(r, out.price);
                case 23: return value_parser<std::optional<std::string_view>>::parse(r, out.summary);
                case 24: return value_parser<std::optional<std::string_view>>::parse(r, out.concatenated_transcript);
                case 25: return value_parser<std::optional<std::span<const ::callmap::bland::transcript_line>>>::parse(r, out.transcripts);
                case 26: return value_parser<std::optional<::callmap::map<::callmap::raw_json>>>::parse(r, out.variables);
                case 27: return value_parser<std::optional<::callmap::raw_json>>::parse(r, out.metadata);
                case 28: return value_parser<std::optional<::callmap::raw_json>>::parse(r, out.request_data);
                case 29: return value_parser<std::optional<::callmap::raw_json>>::parse(r, out.analysis);
                case 30: return value_parser<std::optional<::callmap::raw_json>>::parse(r, out.analysis_schema);
                case 31: return value_parser<std::optional<::callmap::raw_json>>::parse(r, out.pathway_logs);
                case 32: return value_parser<std::optional<std::string_view>>::parse(r, out.endpoint_url);
                case 33: return value_parser<std::optional<bool>>::parse(r, out.local_dialing);
                default: return false;
            }
        });
    }
};

}  // namespace callmap::json

namespace callmap::bland::shape {

inline constexpr std::array<::callmap::drift::field_shape, 5> transcript_line_fields{{
    {"id", 2, 0, false, true, -1, {}, false},
    {"created_at", 1, 0, false, true, -1, {}, false},
    {"text", 1, 0, false, false, -1, {}, false},
    {"user", 1, 0, false, false, -1, {}, false},
    {"c_id", 1, 0, false, true, -1, {}, false},
}};
inline constexpr std::array<::callmap::drift::field_shape, 34> call_fields{{
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
}};
inline constexpr std::array<::callmap::drift::object_shape, 2> objects{{
    {"transcript_line", transcript_line_fields},
    {"call", call_fields},
}};
inline constexpr int root = 1;

}  // namespace callmap::bland::shape

namespace callmap::bland {

namespace mapping_tables {
inline constexpr ::callmap::table_entry<::callmap::direction> table_1[] = {
    {"true", ::callmap::direction::inbound},
    {"false", ::callmap::direction::outbound},
};
inline constexpr ::callmap::table_entry<::callmap::end_reason> table_2[] = {
    {"USER", ::callmap::end_reason::customer_hangup},
    {"ASSISTANT", ::callmap::end_reason::agent_hangup},
};
inline constexpr ::callmap::table_entry<::callmap::call_status> table_3[] = {
    {"queued", ::callmap::call_status::queued},
    {"ringing", ::callmap::call_status::ringing},
    {"in-progress", ::callmap::call_status::in_progress},
    {"completed", ::callmap::call_status::completed},
    {"busy", ::callmap::call_status::busy},
    {"no-answer", ::callmap::call_status::no_answer},
    {"failed", ::callmap::call_status::failed},
    {"canceled", ::callmap::call_status::canceled},
};
inline constexpr ::callmap::table_entry<::callmap::call_status> table_4[] = {
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
inline constexpr ::callmap::table_entry<::callmap::turn_role> table_5[] = {
    {"user", ::callmap::turn_role::user},
    {"assistant", ::callmap::turn_role::agent},
    {"robot", ::callmap::turn_role::agent},
    {"agent-action", ::callmap::turn_role::system},
};
}  // namespace mapping_tables

// GCC 12 reports std::optional members of lambda results as maybe-uninitialized at -O2
// (a known false positive, GCC PR 80635); the code reads no uninitialized value.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
/// Maps a parsed bland payload onto the canonical call record. The result holds
/// views into the payload and into `memory`. A provider error answer is an error result.
inline ::callmap::result<::callmap::call> to_call(const call& in, ::callmap::arena& memory) {
    ::callmap::mapping_context ctx(memory);
    ::callmap::call out;
    out.provider = "bland";
    if (const auto v2 = [&]() -> std::optional<std::string_view> {
        const auto* v1 = [&]() -> const std::string_view* {
            return &in.call_id;
        }();
        if (v1 == nullptr) return std::nullopt;
        return ::callmap::text_of(*v1);
    }()) out.id = *v2;
    if (const auto v7 = [&]() -> std::optional<::callmap::direction> {
        const auto* v3 = [&]() -> const bool* {
            if (!in.inbound) return nullptr;
            return &*in.inbound;
        }();
        if (v3 == nullptr) return std::nullopt;
        const std::string_view raw4 = ::callmap::text_of(*v3);
        const std::optional<::callmap::direction> mapped5 = ::callmap::lookup<::callmap::direction>(mapping_tables::table_1, raw4);
        if (!mapped5) ctx.warn("unmapped direction value", raw4);
        ::callmap::direction value6 = mapped5 ? *mapped5 : ::callmap::direction::unknown;
        return value6;
    }()) out.direction = *v7;
    if (const auto v8 = [&]() -> std::optional<::callmap::channel> {
        return ::callmap::channel::pstn;
    }()) out.channel = *v8;
    if (const auto v10 = [&]() -> std::optional<std::string_view> {
        const auto* v9 = [&]() -> const std::string_view* {
            if (!in.from) return nullptr;
            return &*in.from;
        }();
        if (v9 == nullptr) return std::nullopt;
        return ::callmap::text_of(*v9);
    }()) out.from = ::callmap::to_party(*v10);
    if (const auto v12 = [&]() -> std::optional<std::string_view> {
        const auto* v11 = [&]() -> const std::string_view* {
            if (!in.to) return nullptr;
            return &*in.to;
        }();
        if (v11 == nullptr) return std::nullopt;
        return ::callmap::text_of(*v11);
    }()) out.to = ::callmap::to_party(*v12);
    std::optional<std::string_view> raw13;
    out.end_reason = [&]() -> std::optional<::callmap::end_reason> {
        if (auto r14 = [&]() -> std::optional<::callmap::end_reason> {
            const auto* w15 = [&]() -> const std::string_view* {
                if (!in.transferred_to) return nullptr;
                return &*in.transferred_to;
            }();
            if (w15 != nullptr) return [&]() -> std::optional<::callmap::end_reason> {
                return ::callmap::end_reason::transferred;
            }();
            return std::nullopt;
        }()) return r14;
        if (auto r16 = [&]() -> std::optional<::callmap::end_reason> {
            const auto* w17 = [&]() -> const std::string_view* {
                if (!in.answered_by) return nullptr;
                return &*in.answered_by;
            }();
            if (w17 != nullptr && ::callmap::matches_any(::callmap::text_of(*w17), {"voicemail"})) return [&]() -> std::optional<::callmap::end_reason> {
                return ::callmap::end_reason::voicemail;
            }();
            return std::nullopt;
        }()) return r16;
        if (auto r18 = [&]() -> std::optional<::callmap::end_reason> {
            const auto* w19 = [&]() -> const std::string_view* {
                if (!in.answered_by) return nullptr;
                return &*in.answered_by;
            }();
            if (w19 != nullptr && ::callmap::matches_any(::callmap::text_of(*w19), {"no-answer"})) return [&]() -> std::optional<::callmap::end_reason> {
                return ::callmap::end_reason::no_answer;
            }();
            return std::nullopt;
        }()) return r18;
        if (auto r20 = [&]() -> std::optional<::callmap::end_reason> {
            const auto* w21 = [&]() -> const std::string_view* {
                if (!in.queue_status) return nullptr;
                return &*in.queue_status;
            }();
            if (w21 != nullptr && ::callmap::matches_any(::callmap::text_of(*w21), {"*error"})) return [&]() -> std::optional<::callmap::end_reason> {
                return ::callmap::end_reason::platform_error;
            }();
            return std::nullopt;
        }()) return r20;
        if (auto r22 = [&]() -> std::optional<::callmap::end_reason> {
            const auto* v23 = [&]() -> const std::string_view* {
                if (!in.call_ended_by) return nullptr;
                return &*in.call_ended_by;
            }();
            if (v23 == nullptr) return std::nullopt;
            const std::string_view raw24 = ::callmap::text_of(*v23);
            raw13 = raw24;
            const std::optional<::callmap::end_reason> mapped25 = ::callmap::lookup<::callmap::end_reason>(mapping_tables::table_2, raw24);
            if (!mapped25) ctx.warn("unmapped end_reason value", raw24);
            ::callmap::end_reason value26 = mapped25 ? *mapped25 : ::callmap::end_reason::unknown;
            return value26;
        }()) return r22;
        return std::nullopt;
    }();
    if (raw13) out.end_reason_raw = *raw13;
    std::optional<std::string_view> raw28;
    if (const auto v39 = [&]() -> std::optional<::callmap::call_status> {
        if (auto r29 = [&]() -> std::optional<::callmap::call_status> {
            const auto* v30 = [&]() -> const std::string_view* {
                if (!in.status) return nullptr;
                return &*in.status;
            }();
            if (v30 == nullptr) return std::nullopt;
            const std::string_view raw31 = ::callmap::text_of(*v30);
            raw28 = raw31;
            const std::optional<::callmap::call_status> mapped32 = ::callmap::lookup<::callmap::call_status>(mapping_tables::table_3, raw31);
            if (!mapped32) ctx.warn("unmapped status value", raw31);
            ::callmap::call_status value33 = mapped32 ? *mapped32 : ::callmap::call_status::unknown;
            if (::callmap::matches_any(raw31, {"completed"})) value33 = ::callmap::refine_status(value33, out.end_reason);
            return value33;
        }()) return r29;
        if (auto r34 = [&]() -> std::optional<::callmap::call_status> {
            const auto* v35 = [&]() -> const std::string_view* {
                if (!in.queue_status) return nullptr;
                return &*in.queue_status;
            }();
            if (v35 == nullptr) return std::nullopt;
            const std::string_view raw36 = ::callmap::text_of(*v35);
            raw28 = raw36;
            const std::optional<::callmap::call_status> mapped37 = ::callmap::lookup<::callmap::call_status>(mapping_tables::table_4, raw36);
            if (!mapped37) ctx.warn("unmapped status value", raw36);
            ::callmap::call_status value38 = mapped37 ? *mapped37 : ::callmap::call_status::unknown;
            if (::callmap::matches_any(raw36, {"complete", "completed"})) value38 = ::callmap::refine_status(value38, out.end_reason);
            return value38;
        }()) return r34;
        return std::nullopt;
    }()) out.status = *v39;
    if (raw28) out.status_raw = *raw28;
    out.created_at = [&]() -> std::optional<::callmap::timestamp> {
        const auto* v40 = [&]() -> const std::string_view* {
            if (!in.created_at) return nullptr;
            return &*in.created_at;
        }();
        if (v40 == nullptr) return std::nullopt;
        return ::callmap::to_instant(ctx, *v40, ::callmap::time_format::iso8601);
    }();
    out.answered_at = [&]() -> std::optional<::callmap::timestamp> {
        const auto* v42 = [&]() -> const std::string_view* {
            if (!in.started_at) return nullptr;
            return &*in.started_at;
        }();
        if (v42 == nullptr) return std::nullopt;
        return ::callmap::to_instant(ctx, *v42, ::callmap::time_format::iso8601);
    }();
    out.talk_ms = [&]() -> std::optional<std::int64_t> {
        if (auto r44 = [&]() -> std::optional<std::int64_t> {
            const auto* v45 = [&]() -> const ::callmap::decimal* {
                if (!in.corrected_duration) return nullptr;
                return &*in.corrected_duration;
            }();
            if (v45 == nullptr) return std::nullopt;
            const std::optional<std::int64_t> r46 = ::callmap::scaled_integer(*v45, 1000);
            return r46;
        }()) return r44;
        if (auto r47 = [&]() -> std::optional<std::int64_t> {
            const auto* v48 = [&]() -> const ::callmap::decimal* {
                if (!in.call_length) return nullptr;
                return &*in.call_length;
            }();
            if (v48 == nullptr) return std::nullopt;
            const std::optional<std::int64_t> r49 = ::callmap::scaled_integer(*v48, 60000);
            return r49;
        }()) return r47;
        return std::nullopt;
    }();
    out.ended_at = [&]() -> std::optional<::callmap::timestamp> {
        if (!out.answered_at || !out.talk_ms) return std::nullopt;
        return ::callmap::timestamp{out.answered_at->epoch_ms + *out.talk_ms};
    }();
    if (const auto v53 = [&]() -> std::optional<::callmap::map<::callmap::raw_json>> {
        const auto* v52 = [&]() -> const ::callmap::map<::callmap::raw_json>* {
            if (!in.variables) return nullptr;
            return &*in.variables;
        }();
        if (v52 == nullptr) return std::nullopt;
        return *v52;
    }()) out.variables = *v53;
    out.metadata = [&]() -> std::optional<::callmap::raw_json> {
        const auto* v54 = [&]() -> const ::callmap::raw_json* {
            if (!in.metadata) return nullptr;
            return &*in.metadata;
        }();
        if (v54 == nullptr) return std::nullopt;
        return *v54;
    }();
    out.external_ids.entries = ::callmap::build_array<::callmap::map_entry<std::string_view>>(ctx, 1, [&](std::size_t i56, ::callmap::map_entry<std::string_view>& entry57) -> bool {
        switch (i56) {
            case 0: {
                const auto v58 = [&]() -> std::optional<std::string_view> {
                    const auto* v59 = [&]() -> const std::string_view* {
                        if (!in.batch_id) return nullptr;
                        return &*in.batch_id;
                    }();
                    if (v59 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v59);
                }();
                if (!v58) return false;
                entry57 = {"batch_id", *v58};
                return true;
            }
            default: return false;
        }
    });
    {
        ::callmap::cost g60{};
        bool present61 = false;
        if (const auto v62 = [&]() -> std::optional<std::int64_t> {
            const auto* v63 = [&]() -> const ::callmap::decimal* {
                if (!in.price) return nullptr;
                return &*in.price;
            }();
            if (v63 == nullptr) return std::nullopt;
            return ::callmap::money_micros(*v63, 1'000'000);
        }()) {
            g60.amount_micros = *v62;
            present61 = true;
        }
        g60.currency = std::string_view("USD");
        g60.currency_assumed = true;
        if (present61 && g60.currency_assumed) ctx.warn("currency assumed", g60.currency.value_or(""));
        if (present61) out.cost = g60;
    }
    out.recordings = ::callmap::build_array<::callmap::recording>(ctx, 1, [&](std::size_t i64, ::callmap::recording& g65) -> bool {
        switch (i64) {
            case 0: {
                const auto v66 = [&]() -> std::optional<std::string_view> {
                    const auto* v67 = [&]() -> const std::string_view* {
                        if (!in.recording_url) return nullptr;
                        return &*in.recording_url;
                    }();
                    if (v67 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v67);
                }();
                if (!v66) return false;
                if (v66) g65.url = *v66;
                g65.kind = ::callmap::recording_kind::mixed;
                return true;
            }
            default: return false;
        }
    });
    {
        ::callmap::transcript g68{};
        bool present69 = false;
        if (const auto v70 = [&]() -> std::optional<std::string_view> {
            const auto* v71 = [&]() -> const std::string_view* {
                if (!in.concatenated_transcript) return nullptr;
                return &*in.concatenated_transcript;
            }();
            if (v71 == nullptr) return std::nullopt;
            return ::callmap::text_of(*v71);
        }()) {
            g68.text = *v70;
            present69 = true;
        }
        if (const auto* items72 = [&]() -> const std::span<const ::callmap::bland::transcript_line>* {
            if (!in.transcripts) return nullptr;
            return &*in.transcripts;
        }()) {
            g68.turns = ::callmap::build_array<::callmap::turn>(ctx, (*items72).size(), [&](std::size_t i73, ::callmap::turn& g75) -> bool {
                const auto& e74 = (*items72)[i73];
                if (const auto v80 = [&]() -> std::optional<::callmap::turn_role> {
                    const auto* v76 = [&]() -> const std::string_view* {
                        return &e74.user;
                    }();
                    if (v76 == nullptr) return std::nullopt;
                    const std::string_view raw77 = ::callmap::text_of(*v76);
                    const std::optional<::callmap::turn_role> mapped78 = ::callmap::lookup<::callmap::turn_role>(mapping_tables::table_5, raw77);
                    if (!mapped78) ctx.warn("unmapped role value", raw77);
                    ::callmap::turn_role value79 = mapped78 ? *mapped78 : ::callmap::turn_role::other;
                    return value79;
                }()) g75.role = *v80;
                if (const auto v82 = [&]() -> std::optional<std::string_view> {
                    const auto* v81 = [&]() -> const std::string_view* {
                        return &e74.text;
                    }();
                    if (v81 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v81);
                }()) g75.text = *v82;
                g75.at = [&]() -> std::optional<::callmap::timestamp> {
                    const auto* v83 = [&]() -> const std::string_view* {
                        if (!e74.created_at) return nullptr;
                        return &*e74.created_at;
                    }();
                    if (v83 == nullptr) return std::nullopt;
                    return ::callmap::to_instant(ctx, *v83, ::callmap::time_format::iso8601);
                }();
                return true;
            });
        }
        present69 = present69 || !g68.turns.empty();
        if (present69) out.transcript = g68;
    }
    if (out.id.empty()) ctx.warn("no call id in the payload");
    return ctx.finish(out);
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

}  // namespace callmap::bland
