// generated from schemas/talkstack.yaml by callmap-gen -- do not edit.
// Talkstack AI — get call data
// https://docs.talkstack.ai/call/get-call-data
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
#error "talkstack.hpp was generated for another callmap runtime; regenerate it"
#endif

#include <array>
#include <bitset>
#include <cstddef>

namespace callmap::talkstack {

struct call {
    std::optional<std::int64_t> seconds{};
    std::optional<::callmap::decimal> cost{};
    std::string_view status{};
    std::optional<std::string_view> from{};
    std::optional<std::string_view> to{};
    std::optional<std::string_view> date{};
    std::optional<std::span<const std::string_view>> recording_urls{};  // "recordingUrls"
    std::optional<std::string_view> phone_number{};  // "phoneNumber"
    std::string_view call_sid{};  // "callSid"
    std::optional<std::string_view> partner_id{};  // "partnerId"
    std::optional<std::string_view> shift_id{};  // "shiftId"
    std::optional<std::string_view> assignment_id{};  // "assignmentId"
    std::optional<::callmap::map<::callmap::raw_json>> data{};
};
BOOST_DESCRIBE_STRUCT(call, (), (seconds, cost, status, from, to, date, recording_urls, phone_number, call_sid, partner_id, shift_id, assignment_id, data))

}  // namespace callmap::talkstack

namespace callmap {

}  // namespace callmap

namespace callmap::json {

template <>
struct value_parser<::callmap::talkstack::call> {
    static constexpr std::array<std::string_view, 13> keys{"seconds", "cost", "status", "from", "to", "date", "recordingUrls", "phoneNumber", "callSid", "partnerId", "shiftId", "assignmentId", "data"};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 2:
                return key == "to" ? 4 : -1;
            case 4:
                switch (key[3]) {
                    case 't': return key == "cost" ? 1 : -1;
                    case 'm': return key == "from" ? 3 : -1;
                    case 'e': return key == "date" ? 5 : -1;
                    case 'a': return key == "data" ? 12 : -1;
                    default: return -1;
                }
            case 6:
                return key == "status" ? 2 : -1;
            case 7:
                switch (key[1]) {
                    case 'e': return key == "seconds" ? 0 : -1;
                    case 'a': return key == "callSid" ? 8 : -1;
                    case 'h': return key == "shiftId" ? 10 : -1;
                    default: return -1;
                }
            case 9:
                return key == "partnerId" ? 9 : -1;
            case 11:
                return key == "phoneNumber" ? 7 : -1;
            case 12:
                return key == "assignmentId" ? 11 : -1;
            case 13:
                return key == "recordingUrls" ? 6 : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::talkstack::call& out) {
        out = {};
        bool more = false;
        if (!r.object_start(more)) return false;
        std::bitset<13> seen;
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
                    if (!value_parser<std::optional<std::int64_t>>::parse(r, out.seconds)) return false;
                    break;
                case 1:
                    if (!value_parser<std::optional<::callmap::decimal>>::parse(r, out.cost)) return false;
                    break;
                case 2:
                    if (!value_parser<std::string_view>::parse(r, out.status)) return false;
                    break;
                case 3:
                    if (!value_parser<std::optional<std::string_view>>::parse(r, out.from)) return false;
                    break;
                case 4:
                    if (!value_parser<std::optional<std::string_view>>::parse(r, out.to)) return false;
                    break;
                case 5:
                    if (!value_parser<std::optional<std::string_view>>::parse(r, out.date)) return false;
                    break;
                case 6:
                    if (!value_parser<std::optional<std::span<const std::string_view>>>::parse(r, out.recording_urls)) return false;
                    break;
                case 7:
                    if (!value_parser<std::optional<std::string_view>>::parse(r, out.phone_number)) return false;
                    break;
                case 8:
                    if (!value_parser<std::string_view>::parse(r, out.call_sid)) return false;
                    break;
                case 9:
                    if (!value_parser<std::optional<std::string_view>>::parse(r, out.partner_id)) return false;
                    break;
                case 10:
                    if (!value_parser<std::optional<std::string_view>>::parse(r, out.shift_id)) return false;
                    break;
                case 11:
                    if (!value_parser<std::optional<std::string_view>>::parse(r, out.assignment_id)) return false;
                    break;
                case 12:
                    if (!value_parser<std::optional<::callmap::map<::callmap::raw_json>>>::parse(r, out.data)) return false;
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
        if (!seen.test(2)) return r.fail(error_code::missing_field, r.position() - 1, "status");
        if (!seen.test(8)) return r.fail(error_code::missing_field, r.position() - 1, "callSid");
        return true;
    }
};

}  // namespace callmap::json

namespace callmap::talkstack {

namespace mapping_tables {
inline constexpr ::callmap::table_entry<::callmap::call_status> table_1[] = {
    {"queued", ::callmap::call_status::queued},
    {"ringing", ::callmap::call_status::ringing},
    {"in-progress", ::callmap::call_status::in_progress},
    {"completed", ::callmap::call_status::completed},
    {"busy", ::callmap::call_status::busy},
    {"voicemail", ::callmap::call_status::voicemail},
    {"silence", ::callmap::call_status::no_answer},
    {"failed", ::callmap::call_status::failed},
    {"no-answer", ::callmap::call_status::no_answer},
    {"canceled", ::callmap::call_status::canceled},
};
}  // namespace mapping_tables

/// Maps a parsed talkstack payload onto the canonical call record. The result holds
/// views into the payload and into `memory`. A provider error answer is an error result.
inline ::callmap::result<::callmap::call> to_call(const call& in, ::callmap::arena& memory) {
    ::callmap::mapping_context ctx(memory);
    ::callmap::call out;
    out.provider = "talkstack";
    if (const auto v2 = [&]() -> std::optional<std::string_view> {
        const auto* v1 = [&]() -> const std::string_view* {
            return &in.call_sid;
        }();
        if (v1 == nullptr) return std::nullopt;
        return ::callmap::text_of(*v1);
    }()) out.id = *v2;
    if (const auto v3 = [&]() -> std::optional<::callmap::channel> {
        return ::callmap::channel::pstn;
    }()) out.channel = *v3;
    if (const auto v5 = [&]() -> std::optional<std::string_view> {
        const auto* v4 = [&]() -> const std::string_view* {
            if (!in.from) return nullptr;
            return &*in.from;
        }();
        if (v4 == nullptr) return std::nullopt;
        return ::callmap::text_of(*v4);
    }()) out.from = ::callmap::to_party(*v5);
    if (const auto v7 = [&]() -> std::optional<std::string_view> {
        const auto* v6 = [&]() -> const std::string_view* {
            if (!in.to) return nullptr;
            return &*in.to;
        }();
        if (v6 == nullptr) return std::nullopt;
        return ::callmap::text_of(*v6);
    }()) out.to = ::callmap::to_party(*v7);
    if (const auto v12 = [&]() -> std::optional<::callmap::call_status> {
        const auto* v8 = [&]() -> const std::string_view* {
            return &in.status;
        }();
        if (v8 == nullptr) return std::nullopt;
        const std::string_view raw9 = ::callmap::text_of(*v8);
        const std::optional<::callmap::call_status> mapped10 = ::callmap::lookup<::callmap::call_status>(mapping_tables::table_1, raw9);
        if (!mapped10) ctx.warn("unmapped status value", raw9);
        ::callmap::call_status value11 = mapped10 ? *mapped10 : ::callmap::call_status::unknown;
        return value11;
    }()) out.status = *v12;
    if (const auto* v13 = [&]() -> const std::string_view* {
        return &in.status;
    }()) out.status_raw = ::callmap::text_of(*v13);
    out.end_reason = [&]() -> std::optional<::callmap::end_reason> {
        return ::callmap::end_reason_from_status(out.status);
    }();
    out.started_at = [&]() -> std::optional<::callmap::timestamp> {
        const auto* v15 = [&]() -> const std::string_view* {
            if (!in.date) return nullptr;
            return &*in.date;
        }();
        if (v15 == nullptr) return std::nullopt;
        return ::callmap::to_instant(ctx, *v15, ::callmap::time_format::rfc2822);
    }();
    out.duration_ms = [&]() -> std::optional<std::int64_t> {
        const auto* v17 = [&]() -> const std::int64_t* {
            if (!in.seconds) return nullptr;
            return &*in.seconds;
        }();
        if (v17 == nullptr) return std::nullopt;
        const std::optional<std::int64_t> r18 = ::callmap::scaled_integer(*v17, 1000);
        return r18;
    }();
    if (const auto v21 = [&]() -> std::optional<::callmap::map<::callmap::raw_json>> {
        const auto* v20 = [&]() -> const ::callmap::map<::callmap::raw_json>* {
            if (!in.data) return nullptr;
            return &*in.data;
        }();
        if (v20 == nullptr) return std::nullopt;
        return *v20;
    }()) out.variables = *v21;
    out.external_ids.entries = ::callmap::build_array<::callmap::map_entry<std::string_view>>(ctx, 4, [&](std::size_t i22, ::callmap::map_entry<std::string_view>& entry23) -> bool {
        switch (i22) {
            case 0: {
                const auto v24 = [&]() -> std::optional<std::string_view> {
                    const auto* v25 = [&]() -> const std::string_view* {
                        return &in.call_sid;
                    }();
                    if (v25 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v25);
                }();
                if (!v24) return false;
                entry23 = {"twilio_call_sid", *v24};
                return true;
            }
            case 1: {
                const auto v26 = [&]() -> std::optional<std::string_view> {
                    const auto* v27 = [&]() -> const std::string_view* {
                        if (!in.partner_id) return nullptr;
                        return &*in.partner_id;
                    }();
                    if (v27 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v27);
                }();
                if (!v26) return false;
                entry23 = {"partner_id", *v26};
                return true;
            }
            case 2: {
                const auto v28 = [&]() -> std::optional<std::string_view> {
                    const auto* v29 = [&]() -> const std::string_view* {
                        if (!in.shift_id) return nullptr;
                        return &*in.shift_id;
                    }();
                    if (v29 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v29);
                }();
                if (!v28) return false;
                entry23 = {"shift_id", *v28};
                return true;
            }
            case 3: {
                const auto v30 = [&]() -> std::optional<std::string_view> {
                    const auto* v31 = [&]() -> const std::string_view* {
                        if (!in.assignment_id) return nullptr;
                        return &*in.assignment_id;
                    }();
                    if (v31 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v31);
                }();
                if (!v30) return false;
                entry23 = {"assignment_id", *v30};
                return true;
            }
            default: return false;
        }
    });
    {
        ::callmap::cost g32{};
        bool present33 = false;
        if (const auto v34 = [&]() -> std::optional<std::int64_t> {
            const auto* v35 = [&]() -> const ::callmap::decimal* {
                if (!in.cost) return nullptr;
                return &*in.cost;
            }();
            if (v35 == nullptr) return std::nullopt;
            return ::callmap::money_micros(*v35, 1'000'000);
        }()) {
            g32.amount_micros = *v34;
            present33 = true;
        }
        g32.currency = std::string_view("USD");
        g32.currency_assumed = true;
        if (present33 && g32.currency_assumed) ctx.warn("currency assumed", g32.currency.value_or(""));
        if (present33) out.cost = g32;
    }
    if (const auto* items36 = [&]() -> const std::span<const std::string_view>* {
        if (!in.recording_urls) return nullptr;
        return &*in.recording_urls;
    }()) {
        out.recordings = ::callmap::build_array<::callmap::recording>(ctx, (*items36).size(), [&](std::size_t i37, ::callmap::recording& g39) -> bool {
            const auto& e38 = (*items36)[i37];
            if (const auto v41 = [&]() -> std::optional<std::string_view> {
                const auto* v40 = &e38;
                return ::callmap::text_of(*v40);
            }()) g39.url = *v41;
            g39.kind = ::callmap::recording_kind::mixed;
            return true;
        });
    }
    if (out.id.empty()) ctx.warn("no call id in the payload");
    out.warnings = ctx.warnings();
    return out;
}

}  // namespace callmap::talkstack
