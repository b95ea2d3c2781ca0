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
#error "talkstack.hpp was generated for another callmap runtime; regenerate it"
#endif

#include <array>
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
    static constexpr std::array<bool, 13> required{false, false, true, false, false, false, false, false, true, false, false, false, false};
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
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<std::optional<std::int64_t>>::parse(r, out.seconds);
                case 1: return value_parser<std::optional<::callmap::decimal>>::parse(r, out.cost);
                case 2: return value_parser<std::string_view>::parse(r, out.status);
                case 3: return value_parser<std::optional<std::string_view>>::parse(r, out.from);
                case 4: return value_parser<std::optional<std::string_view>>::parse(r, out.to);
                case 5: return value_parser<std::optional<std::string_view>>::parse(r, out.date);
                case 6: return value_parser<std::optional<std::span<const std::string_view>>>::parse(r, out.recording_urls);
                case 7: return value_parser<std::optional<std::string_view>>::parse(r, out.phone_number);
                case 8: return value_parser<std::string_view>::parse(r, out.call_sid);
                case 9: return value_parser<std::optional<std::string_view>>::parse(r, out.partner_id);
                case 10: return value_parser<std::optional<std::string_view>>::parse(r, out.shift_id);
                case 11: return value_parser<std::optional<std::string_view>>::parse(r, out.assignment_id);
                case 12: return value_parser<std::optional<::callmap::map<::callmap::raw_json>>>::parse(r, out.data);
                default: return false;
            }
        });
    }
};

}  // namespace callmap::json

namespace callmap::talkstack::shape {

inline constexpr std::array<::callmap::drift::field_shape, 13> call_fields{{
    {"seconds", 2, 0, false, true, -1, {}, false},
    {"cost", 3, 0, false, true, -1, {}, false},
    {"status", 1, 0, false, false, -1, {}, false},
    {"from", 1, 0, false, true, -1, {}, false},
    {"to", 1, 0, false, true, -1, {}, false},
    {"date", 1, 0, false, true, -1, {}, false},
    {"recordingUrls", 1, 1, false, true, -1, {}, false},
    {"phoneNumber", 1, 0, false, true, -1, {}, false},
    {"callSid", 1, 0, false, false, -1, {}, false},
    {"partnerId", 1, 0, false, true, -1, {}, false},
    {"shiftId", 1, 0, false, true, -1, {}, false},
    {"assignmentId", 1, 0, false, true, -1, {}, false},
    {"data", 31, 0, true, true, -1, {}, false},
}};
inline constexpr std::array<::callmap::drift::object_shape, 1> objects{{
    {"call", call_fields},
}};
inline constexpr int root = 0;

}  // namespace callmap::talkstack::shape

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

// GCC 12 reports std::optional members of lambda results as maybe-uninitialized at -O2
// (a known false positive, GCC PR 80635); the code reads no uninitialized value.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
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
    std::optional<std::string_view> raw8;
    if (const auto v13 = [&]() -> std::optional<::callmap::call_status> {
        const auto* v9 = [&]() -> const std::string_view* {
            return &in.status;
        }();
        if (v9 == nullptr) return std::nullopt;
        const std::string_view raw10 = ::callmap::text_of(*v9);
        raw8 = raw10;
        const std::optional<::callmap::call_status> mapped11 = ::callmap::lookup<::callmap::call_status>(mapping_tables::table_1, raw10);
        if (!mapped11) ctx.warn("unmapped status value", raw10);
        ::callmap::call_status value12 = mapped11 ? *mapped11 : ::callmap::call_status::unknown;
        return value12;
    }()) out.status = *v13;
    if (raw8) out.status_raw = *raw8;
    std::optional<std::string_view> raw14;
    out.end_reason = [&]() -> std::optional<::callmap::end_reason> {
        if (auto r15 = [&]() -> std::optional<::callmap::end_reason> {
            const auto* w16 = [&]() -> const std::string_view* {
                return &in.status;
            }();
            if (w16 != nullptr && ::callmap::matches_any(::callmap::text_of(*w16), {"silence"})) return [&]() -> std::optional<::callmap::end_reason> {
                return ::callmap::end_reason::inactivity;
            }();
            return std::nullopt;
        }()) return r15;
        if (auto r17 = [&]() -> std::optional<::callmap::end_reason> {
            return ::callmap::end_reason_from_status(out.status);
        }()) return r17;
        return std::nullopt;
    }();
    if (raw14) out.end_reason_raw = *raw14;
    out.started_at = [&]() -> std::optional<::callmap::timestamp> {
        const auto* v19 = [&]() -> const std::string_view* {
            if (!in.date) return nullptr;
            return &*in.date;
        }();
        if (v19 == nullptr) return std::nullopt;
        return ::callmap::to_instant(ctx, *v19, ::callmap::time_format::rfc2822);
    }();
    out.duration_ms = [&]() -> std::optional<std::int64_t> {
        const auto* v21 = [&]() -> const std::int64_t* {
            if (!in.seconds) return nullptr;
            return &*in.seconds;
        }();
        if (v21 == nullptr) return std::nullopt;
        const std::optional<std::int64_t> r22 = ::callmap::scaled_integer(*v21, 1000);
        return r22;
    }();
    if (const auto v25 = [&]() -> std::optional<::callmap::map<::callmap::raw_json>> {
        const auto* v24 = [&]() -> const ::callmap::map<::callmap::raw_json>* {
            if (!in.data) return nullptr;
            return &*in.data;
        }();
        if (v24 == nullptr) return std::nullopt;
        return *v24;
    }()) out.variables = *v25;
    out.external_ids.entries = ::callmap::build_array<::callmap::map_entry<std::string_view>>(ctx, 4, [&](std::size_t i26, ::callmap::map_entry<std::string_view>& entry27) -> bool {
        switch (i26) {
            case 0: {
                const auto v28 = [&]() -> std::optional<std::string_view> {
                    const auto* v29 = [&]() -> const std::string_view* {
                        return &in.call_sid;
                    }();
                    if (v29 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v29);
                }();
                if (!v28) return false;
                entry27 = {"twilio_call_sid", *v28};
                return true;
            }
            case 1: {
                const auto v30 = [&]() -> std::optional<std::string_view> {
                    const auto* v31 = [&]() -> const std::string_view* {
                        if (!in.partner_id) return nullptr;
                        return &*in.partner_id;
                    }();
                    if (v31 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v31);
                }();
                if (!v30) return false;
                entry27 = {"partner_id", *v30};
                return true;
            }
            case 2: {
                const auto v32 = [&]() -> std::optional<std::string_view> {
                    const auto* v33 = [&]() -> const std::string_view* {
                        if (!in.shift_id) return nullptr;
                        return &*in.shift_id;
                    }();
                    if (v33 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v33);
                }();
                if (!v32) return false;
                entry27 = {"shift_id", *v32};
                return true;
            }
            case 3: {
                const auto v34 = [&]() -> std::optional<std::string_view> {
                    const auto* v35 = [&]() -> const std::string_view* {
                        if (!in.assignment_id) return nullptr;
                        return &*in.assignment_id;
                    }();
                    if (v35 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v35);
                }();
                if (!v34) return false;
                entry27 = {"assignment_id", *v34};
                return true;
            }
            default: return false;
        }
    });
    {
        ::callmap::cost g36{};
        bool present37 = false;
        if (const auto v38 = [&]() -> std::optional<std::int64_t> {
            const auto* v39 = [&]() -> const ::callmap::decimal* {
                if (!in.cost) return nullptr;
                return &*in.cost;
            }();
            if (v39 == nullptr) return std::nullopt;
            return ::callmap::money_micros(*v39, 1'000'000);
        }()) {
            g36.amount_micros = *v38;
            present37 = true;
        }
        g36.currency = std::string_view("USD");
        g36.currency_assumed = true;
        if (present37 && g36.currency_assumed) ctx.warn("currency assumed", g36.currency.value_or(""));
        if (present37) out.cost = g36;
    }
    if (const auto* items40 = [&]() -> const std::span<const std::string_view>* {
        if (!in.recording_urls) return nullptr;
        return &*in.recording_urls;
    }()) {
        out.recordings = ::callmap::build_array<::callmap::recording>(ctx, (*items40).size(), [&](std::size_t i41, ::callmap::recording& g43) -> bool {
            const auto& e42 = (*items40)[i41];
            if (const auto v45 = [&]() -> std::optional<std::string_view> {
                const auto* v44 = &e42;
                return ::callmap::text_of(*v44);
            }()) g43.url = *v45;
            g43.kind = ::callmap::recording_kind::mixed;
            return true;
        });
    }
    if (out.id.empty()) ctx.warn("no call id in the payload");
    return ctx.finish(out);
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

}  // namespace callmap::talkstack
