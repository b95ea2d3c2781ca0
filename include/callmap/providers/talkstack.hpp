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
    ::callmap::result<::callmap::call> answer(std::in_place);  // mapped in place
    ::callmap::call& out = *answer;
    out.provider = "talkstack";
    [&]() -> bool {
        const auto* v1 = [&]() -> const std::string_view* {
            return &in.call_sid;
        }();
        if (v1 == nullptr) return false;
        out.id = ::callmap::text_of(*v1);
        return true;
    }();
    [&]() -> bool {
        out.channel = ::callmap::channel::pstn;
        return true;
    }();
    [&]() -> bool {
        const auto* v2 = [&]() -> const std::string_view* {
            if (!in.from) return nullptr;
            return &*in.from;
        }();
        if (v2 == nullptr) return false;
        ::callmap::set_party(out.from, ::callmap::text_of(*v2));
        return true;
    }();
    [&]() -> bool {
        const auto* v3 = [&]() -> const std::string_view* {
            if (!in.to) return nullptr;
            return &*in.to;
        }();
        if (v3 == nullptr) return false;
        ::callmap::set_party(out.to, ::callmap::text_of(*v3));
        return true;
    }();
    [&]() -> bool {
        const auto* v4 = [&]() -> const std::string_view* {
            return &in.status;
        }();
        if (v4 == nullptr) return false;
        const std::string_view raw5 = ::callmap::text_of(*v4);
        out.status_raw = raw5;
        const std::optional<::callmap::call_status> mapped6 = ::callmap::lookup<::callmap::call_status>(mapping_tables::table_1, raw5);
        if (!mapped6) ctx.warn("unmapped status value", raw5);
        ::callmap::call_status value7 = mapped6 ? *mapped6 : ::callmap::call_status::unknown;
        out.status = value7;
        return true;
    }();
    [&]() -> bool {
        if ([&]() -> bool {
            const auto* w8 = [&]() -> const std::string_view* {
                return &in.status;
            }();
            if (w8 != nullptr && ::callmap::matches_any(::callmap::text_of(*w8), {"silence"})) return [&]() -> bool {
                out.end_reason = ::callmap::end_reason::inactivity;
                return true;
            }();
            return false;
        }()) return true;
        if ([&]() -> bool {
            const auto r9 = ::callmap::end_reason_from_status(out.status);
            if (!r9) return false;
            out.end_reason = *r9;
            return true;
        }()) return true;
        return false;
    }();
    [&]() -> bool {
        const auto* v10 = [&]() -> const std::string_view* {
            if (!in.date) return nullptr;
            return &*in.date;
        }();
        if (v10 == nullptr) return false;
        ::callmap::timestamp t11;
        if (!::callmap::read_instant(ctx, *v10, ::callmap::time_format::rfc2822, t11)) return false;
        out.started_at = t11;
        return true;
    }();
    [&]() -> bool {
        const auto* v12 = [&]() -> const std::int64_t* {
            if (!in.seconds) return nullptr;
            return &*in.seconds;
        }();
        if (v12 == nullptr) return false;
        const auto r13 = ::callmap::scaled_integer(*v12, 1000);
        if (!r13) return false;
        out.duration_ms = *r13;
        return true;
    }();
    [&]() -> bool {
        const auto* v14 = [&]() -> const ::callmap::map<::callmap::raw_json>* {
            if (!in.data) return nullptr;
            return &*in.data;
        }();
        if (v14 == nullptr) return false;
        out.variables = *v14;
        return true;
    }();
    out.external_ids.entries = ::callmap::build_array<::callmap::map_entry<std::string_view>>(ctx, 4, [&](std::size_t i15, ::callmap::map_entry<std::string_view>& entry16) -> bool {
        switch (i15) {
            case 0: return [&]() -> bool {
                const auto* v17 = [&]() -> const std::string_view* {
                    return &in.call_sid;
                }();
                if (v17 == nullptr) return false;
                entry16 = {"twilio_call_sid", ::callmap::text_of(*v17)};
                return true;
            }();
            case 1: return [&]() -> bool {
                const auto* v18 = [&]() -> const std::string_view* {
                    if (!in.partner_id) return nullptr;
                    return &*in.partner_id;
                }();
                if (v18 == nullptr) return false;
                entry16 = {"partner_id", ::callmap::text_of(*v18)};
                return true;
            }();
            case 2: return [&]() -> bool {
                const auto* v19 = [&]() -> const std::string_view* {
                    if (!in.shift_id) return nullptr;
                    return &*in.shift_id;
                }();
                if (v19 == nullptr) return false;
                entry16 = {"shift_id", ::callmap::text_of(*v19)};
                return true;
            }();
            case 3: return [&]() -> bool {
                const auto* v20 = [&]() -> const std::string_view* {
                    if (!in.assignment_id) return nullptr;
                    return &*in.assignment_id;
                }();
                if (v20 == nullptr) return false;
                entry16 = {"assignment_id", ::callmap::text_of(*v20)};
                return true;
            }();
            default: return false;
        }
    });
    {
        ::callmap::cost& g21 = out.cost.emplace();
        bool present22 = false;
        if ([&]() -> bool {
            const auto* v23 = [&]() -> const ::callmap::decimal* {
                if (!in.cost) return nullptr;
                return &*in.cost;
            }();
            if (v23 == nullptr) return false;
            const auto r24 = ::callmap::money_micros(*v23, 1'000'000);
            if (!r24) return false;
            g21.amount_micros = *r24;
            return true;
        }()) present22 = true;
        g21.currency = std::string_view("USD");
        g21.currency_assumed = true;
        if (present22 && g21.currency_assumed) ctx.warn("currency assumed 'USD'");
        if (!present22) out.cost.reset();
    }
    if (const auto* items25 = [&]() -> const std::span<const std::string_view>* {
        if (!in.recording_urls) return nullptr;
        return &*in.recording_urls;
    }()) {
        out.recordings = ::callmap::build_array<::callmap::recording>(ctx, (*items25).size(), [&](std::size_t i26, ::callmap::recording& g28) -> bool {
            const auto& e27 = (*items25)[i26];
            [&]() -> bool {
                const auto* v29 = &e27;
                g28.url = ::callmap::text_of(*v29);
                return true;
            }();
            g28.kind = ::callmap::recording_kind::mixed;
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

}  // namespace callmap::talkstack
