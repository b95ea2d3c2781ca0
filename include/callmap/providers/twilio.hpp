// generated from schemas/twilio.yaml by callmap-gen -- do not edit.
// Twilio Programmable Voice — Call resource (Calls/{Sid}.json)
// https://www.twilio.com/docs/voice/api/call-resource
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
#error "twilio.hpp was generated for another callmap runtime; regenerate it"
#endif

#include <array>
#include <cstddef>

namespace callmap::twilio {

struct call {
    std::string_view sid{};
    std::optional<std::string_view> account_sid{};
    std::optional<std::string_view> parent_call_sid{};
    std::optional<std::string_view> date_created{};
    std::optional<std::string_view> date_updated{};
    std::optional<std::string_view> to{};
    std::optional<std::string_view> to_formatted{};
    std::optional<std::string_view> from{};
    std::optional<std::string_view> from_formatted{};
    std::optional<std::string_view> phone_number_sid{};
    std::string_view status{};
    std::optional<std::string_view> direction{};
    std::optional<std::string_view> start_time{};
    std::optional<std::string_view> end_time{};
    std::optional<::callmap::decimal> duration{};
    std::optional<::callmap::decimal> price{};
    std::optional<std::string_view> price_unit{};
    std::optional<std::string_view> answered_by{};
    std::optional<std::string_view> caller_name{};
    std::optional<std::string_view> forwarded_from{};
    std::optional<std::string_view> group_sid{};
    std::optional<std::string_view> trunk_sid{};
    std::optional<::callmap::decimal> queue_time{};
    std::optional<std::string_view> annotation{};
    std::optional<std::string_view> api_version{};
    std::optional<std::string_view> uri{};
    std::optional<::callmap::map<::callmap::raw_json>> subresource_uris{};
};
BOOST_DESCRIBE_STRUCT(call, (), (sid, account_sid, parent_call_sid, date_created, date_updated, to, to_formatted, from, from_formatted, phone_number_sid, status, direction, start_time, end_time, duration, price, price_unit, answered_by, caller_name, forwarded_from, group_sid, trunk_sid, queue_time, annotation, api_version, uri, subresource_uris))

}  // namespace callmap::twilio

namespace callmap {

}  // namespace callmap

namespace callmap::json {

template <>
struct value_parser<::callmap::twilio::call> {
    static constexpr std::array<std::string_view, 27> keys{"sid", "account_sid", "parent_call_sid", "date_created", "date_updated", "to", "to_formatted", "from", "from_formatted", "phone_number_sid", "status", "direction", "start_time", "end_time", "duration", "price", "price_unit", "answered_by", "caller_name", "forwarded_from", "group_sid", "trunk_sid", "queue_time", "annotation", "api_version", "uri", "subresource_uris"};
    static constexpr std::array<bool, 27> required{true, false, false, false, false, false, false, false, false, false, true, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 2:
                return key == "to" ? 5 : -1;
            case 3:
                switch (key[0]) {
                    case 's': return key == "sid" ? 0 : -1;
                    case 'u': return key == "uri" ? 25 : -1;
                    default: return -1;
                }
            case 4:
                return key == "from" ? 7 : -1;
            case 5:
                return key == "price" ? 15 : -1;
            case 6:
                return key == "status" ? 10 : -1;
            case 8:
                switch (key[0]) {
                    case 'e': return key == "end_time" ? 13 : -1;
                    case 'd': return key == "duration" ? 14 : -1;
                    default: return -1;
                }
            case 9:
                switch (key[0]) {
                    case 'd': return key == "direction" ? 11 : -1;
                    case 'g': return key == "group_sid" ? 20 : -1;
                    case 't': return key == "trunk_sid" ? 21 : -1;
                    default: return -1;
                }
            case 10:
                switch (key[0]) {
                    case 's': return key == "start_time" ? 12 : -1;
                    case 'p': return key == "price_unit" ? 16 : -1;
                    case 'q': return key == "queue_time" ? 22 : -1;
                    case 'a': return key == "annotation" ? 23 : -1;
                    default: return -1;
                }
            case 11:
                switch (key[1]) {
                    case 'c': return key == "account_sid" ? 1 : -1;
                    case 'n': return key == "answered_by" ? 17 : -1;
                    case 'a': return key == "caller_name" ? 18 : -1;
                    case 'p': return key == "api_version" ? 24 : -1;
                    default: return -1;
                }
            case 12:
                switch (key[5]) {
                    case 'c': return key == "date_created" ? 3 : -1;
                    case 'u': return key == "date_updated" ? 4 : -1;
                    case 'r': return key == "to_formatted" ? 6 : -1;
                    default: return -1;
                }
            case 14:
                switch (key[1]) {
                    case 'r': return key == "from_formatted" ? 8 : -1;
                    case 'o': return key == "forwarded_from" ? 19 : -1;
                    default: return -1;
                }
            case 15:
                return key == "parent_call_sid" ? 2 : -1;
            case 16:
                switch (key[0]) {
                    case 'p': return key == "phone_number_sid" ? 9 : -1;
                    case 's': return key == "subresource_uris" ? 26 : -1;
                    default: return -1;
                }
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::twilio::call& out) {
        out = {};
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<std::string_view>::parse(r, out.sid);
                case 1: return value_parser<std::optional<std::string_view>>::parse(r, out.account_sid);
                case 2: return value_parser<std::optional<std::string_view>>::parse(r, out.parent_call_sid);
                case 3: return value_parser<std::optional<std::string_view>>::parse(r, out.date_created);
                case 4: return value_parser<std::optional<std::string_view>>::parse(r, out.date_updated);
                case 5: return value_parser<std::optional<std::string_view>>::parse(r, out.to);
                case 6: return value_parser<std::optional<std::string_view>>::parse(r, out.to_formatted);
                case 7: return value_parser<std::optional<std::string_view>>::parse(r, out.from);
                case 8: return value_parser<std::optional<std::string_view>>::parse(r, out.from_formatted);
                case 9: return value_parser<std::optional<std::string_view>>::parse(r, out.phone_number_sid);
                case 10: return value_parser<std::string_view>::parse(r, out.status);
                case 11: return value_parser<std::optional<std::string_view>>::parse(r, out.direction);
                case 12: return value_parser<std::optional<std::string_view>>::parse(r, out.start_time);
                case 13: return value_parser<std::optional<std::string_view>>::parse(r, out.end_time);
                case 14: return value_parser<std::optional<::callmap::decimal>>::parse(r, out.duration);
                case 15: return value_parser<std::optional<::callmap::decimal>>::parse(r, out.price);
                case 16: return value_parser<std::optional<std::string_view>>::parse(r, out.price_unit);
                case 17: return value_parser<std::optional<std::string_view>>::parse(r, out.answered_by);
                case 18: return value_parser<std::optional<std::string_view>>::parse(r, out.caller_name);
                case 19: return value_parser<std::optional<std::string_view>>::parse(r, out.forwarded_from);
                case 20: return value_parser<std::optional<std::string_view>>::parse(r, out.group_sid);
                case 21: return value_parser<std::optional<std::string_view>>::parse(r, out.trunk_sid);
                case 22: return value_parser<std::optional<::callmap::decimal>>::parse(r, out.queue_time);
                case 23: return value_parser<std::optional<std::string_view>>::parse(r, out.annotation);
                case 24: return value_parser<std::optional<std::string_view>>::parse(r, out.api_version);
                case 25: return value_parser<std::optional<std::string_view>>::parse(r, out.uri);
                case 26: return value_parser<std::optional<::callmap::map<::callmap::raw_json>>>::parse(r, out.subresource_uris);
                default: return false;
            }
        });
    }
};

}  // namespace callmap::json

namespace callmap::twilio::shape {

inline constexpr std::array<::callmap::drift::field_shape, 27> call_fields{{
    {"sid", 1, 0, false, false, -1, {}, false},
    {"account_sid", 1, 0, false, true, -1, {}, false},
    {"parent_call_sid", 1, 0, false, true, -1, {}, false},
    {"date_created", 1, 0, false, true, -1, {}, false},
    {"date_updated", 1, 0, false, true, -1, {}, false},
    {"to", 1, 0, false, true, -1, {}, false},
    {"to_formatted", 1, 0, false, true, -1, {}, false},
    {"from", 1, 0, false, true, -1, {}, false},
    {"from_formatted", 1, 0, false, true, -1, {}, false},
    {"phone_number_sid", 1, 0, false, true, -1, {}, false},
    {"status", 1, 0, false, false, -1, {}, false},
    {"direction", 1, 0, false, true, -1, {}, false},
    {"start_time", 1, 0, false, true, -1, {}, false},
    {"end_time", 1, 0, false, true, -1, {}, false},
    {"duration", 3, 0, false, true, -1, {}, false},
    {"price", 3, 0, false, true, -1, {}, false},
    {"price_unit", 1, 0, false, true, -1, {}, false},
    {"answered_by", 1, 0, false, true, -1, {}, false},
    {"caller_name", 1, 0, false, true, -1, {}, false},
    {"forwarded_from", 1, 0, false, true, -1, {}, false},
    {"group_sid", 1, 0, false, true, -1, {}, false},
    {"trunk_sid", 1, 0, false, true, -1, {}, false},
    {"queue_time", 3, 0, false, true, -1, {}, false},
    {"annotation", 1, 0, false, true, -1, {}, false},
    {"api_version", 1, 0, false, true, -1, {}, false},
    {"uri", 1, 0, false, true, -1, {}, false},
    {"subresource_uris", 31, 0, true, true, -1, {}, false},
}};
inline constexpr std::array<::callmap::drift::object_shape, 1> objects{{
    {"call", call_fields},
}};
inline constexpr int root = 0;

}  // namespace callmap::twilio::shape

namespace callmap::twilio {

namespace mapping_tables {
inline constexpr ::callmap::table_entry<::callmap::direction> table_1[] = {
    {"inbound", ::callmap::direction::inbound},
    {"outbound-api", ::callmap::direction::outbound},
    {"outbound-dial", ::callmap::direction::outbound},
    {"trunking-terminating", ::callmap::direction::outbound},
    {"trunking-originating", ::callmap::direction::inbound},
};
inline constexpr ::callmap::table_entry<::callmap::call_status> table_2[] = {
    {"queued", ::callmap::call_status::queued},
    {"ringing", ::callmap::call_status::ringing},
    {"in-progress", ::callmap::call_status::in_progress},
    {"completed", ::callmap::call_status::completed},
    {"busy", ::callmap::call_status::busy},
    {"no-answer", ::callmap::call_status::no_answer},
    {"failed", ::callmap::call_status::failed},
    {"canceled", ::callmap::call_status::canceled},
};
}  // namespace mapping_tables

// GCC 12 reports std::optional members of lambda results as maybe-uninitialized at -O2
// (a known false positive, GCC PR 80635); the code reads no uninitialized value.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
/// Maps a parsed twilio payload onto the canonical call record. The result holds
/// views into the payload and into `memory`. A provider error answer is an error result.
inline ::callmap::result<::callmap::call> to_call(const call& in, ::callmap::arena& memory) {
    ::callmap::mapping_context ctx(memory);
    ::callmap::call out;
    out.provider = "twilio";
    if (const auto v2 = [&]() -> std::optional<std::string_view> {
        const auto* v1 = [&]() -> const std::string_view* {
            return &in.sid;
        }();
        if (v1 == nullptr) return std::nullopt;
        return ::callmap::text_of(*v1);
    }()) out.id = *v2;
    if (const auto v7 = [&]() -> std::optional<::callmap::direction> {
        const auto* v3 = [&]() -> const std::string_view* {
            if (!in.direction) return nullptr;
            return &*in.direction;
        }();
        if (v3 == nullptr) return std::nullopt;
        const std::string_view raw4 = ::callmap::text_of(*v3);
        const std::optional<::callmap::direction> mapped5 = ::callmap::lookup<::callmap::direction>(mapping_tables::table_1, raw4);
        if (!mapped5) ctx.warn("unmapped direction value", raw4);
        ::callmap::direction value6 = mapped5 ? *mapped5 : ::callmap::direction::unknown;
        return value6;
    }()) out.direction = *v7;
    if (const auto v17 = [&]() -> std::optional<::callmap::channel> {
        if (auto r8 = [&]() -> std::optional<::callmap::channel> {
            const auto* w9 = [&]() -> const std::string_view* {
                if (!in.to) return nullptr;
                return &*in.to;
            }();
            if (w9 != nullptr && ::callmap::matches_any(::callmap::text_of(*w9), {"sip:*"})) return [&]() -> std::optional<::callmap::channel> {
                return ::callmap::channel::sip;
            }();
            return std::nullopt;
        }()) return r8;
        if (auto r10 = [&]() -> std::optional<::callmap::channel> {
            const auto* w11 = [&]() -> const std::string_view* {
                if (!in.from) return nullptr;
                return &*in.from;
            }();
            if (w11 != nullptr && ::callmap::matches_any(::callmap::text_of(*w11), {"sip:*"})) return [&]() -> std::optional<::callmap::channel> {
                return ::callmap::channel::sip;
            }();
            return std::nullopt;
        }()) return r10;
        if (auto r12 = [&]() -> std::optional<::callmap::channel> {
            const auto* w13 = [&]() -> const std::string_view* {
                if (!in.to) return nullptr;
                return &*in.to;
            }();
            if (w13 != nullptr && ::callmap::matches_any(::callmap::text_of(*w13), {"client:*"})) return [&]() -> std::optional<::callmap::channel> {
                return ::callmap::channel::web;
            }();
            return std::nullopt;
        }()) return r12;
        if (auto r14 = [&]() -> std::optional<::callmap::channel> {
            const auto* w15 = [&]() -> const std::string_view* {
                if (!in.from) return nullptr;
                return &*in.from;
            }();
            if (w15 != nullptr && ::callmap::matches_any(::callmap::text_of(*w15), {"client:*"})) return [&]() -> std::optional<::callmap::channel> {
                return ::callmap::channel::web;
            }();
            return std::nullopt;
        }()) return r14;
        if (auto r16 = [&]() -> std::optional<::callmap::channel> {
            return ::callmap::channel::pstn;
        }()) return r16;
        return std::nullopt;
    }()) out.channel = *v17;
    if (const auto v19 = [&]() -> std::optional<std::string_view> {
        const auto* v18 = [&]() -> const std::string_view* {
            if (!in.from) return nullptr;
            return &*in.from;
        }();
        if (v18 == nullptr) return std::nullopt;
        return ::callmap::text_of(*v18);
    }()) out.from = ::callmap::to_party(*v19);
    if (const auto v21 = [&]() -> std::optional<std::string_view> {
        const auto* v20 = [&]() -> const std::string_view* {
            if (!in.to) return nullptr;
            return &*in.to;
        }();
        if (v20 == nullptr) return std::nullopt;
        return ::callmap::text_of(*v20);
    }()) out.to = ::callmap::to_party(*v21);
    std::optional<std::string_view> raw22;
    if (const auto v27 = [&]() -> std::optional<::callmap::call_status> {
        const auto* v23 = [&]() -> const std::string_view* {
            return &in.status;
        }();
        if (v23 == nullptr) return std::nullopt;
        const std::string_view raw24 = ::callmap::text_of(*v23);
        raw22 = raw24;
        const std::optional<::callmap::call_status> mapped25 = ::callmap::lookup<::callmap::call_status>(mapping_tables::table_2, raw24);
        if (!mapped25) ctx.warn("unmapped status value", raw24);
        ::callmap::call_status value26 = mapped25 ? *mapped25 : ::callmap::call_status::unknown;
        return value26;
    }()) out.status = *v27;
    if (raw22) out.status_raw = *raw22;
    std::optional<std::string_view> raw28;
    out.end_reason = [&]() -> std::optional<::callmap::end_reason> {
        return ::callmap::end_reason_from_status(out.status);
    }();
    if (raw28) out.end_reason_raw = *raw28;
    out.created_at = [&]() -> std::optional<::callmap::timestamp> {
        const auto* v30 = [&]() -> const std::string_view* {
            if (!in.date_created) return nullptr;
            return &*in.date_created;
        }();
        if (v30 == nullptr) return std::nullopt;
        return ::callmap::to_instant(ctx, *v30, ::callmap::time_format::rfc2822);
    }();
    out.started_at = [&]() -> std::optional<::callmap::timestamp> {
        const auto* v32 = [&]() -> const std::string_view* {
            if (!in.start_time) return nullptr;
            return &*in.start_time;
        }();
        if (v32 == nullptr) return std::nullopt;
        return ::callmap::to_instant(ctx, *v32, ::callmap::time_format::rfc2822);
    }();
    out.ended_at = [&]() -> std::optional<::callmap::timestamp> {
        const auto* v34 = [&]() -> const std::string_view* {
            if (!in.end_time) return nullptr;
            return &*in.end_time;
        }();
        if (v34 == nullptr) return std::nullopt;
        return ::callmap::to_instant(ctx, *v34, ::callmap::time_format::rfc2822);
    }();
    out.updated_at = [&]() -> std::optional<::callmap::timestamp> {
        const auto* v36 = [&]() -> const std::string_view* {
            if (!in.date_updated) return nullptr;
            return &*in.date_updated;
        }();
        if (v36 == nullptr) return std::nullopt;
        return ::callmap::to_instant(ctx, *v36, ::callmap::time_format::rfc2822);
    }();
    out.duration_ms = [&]() -> std::optional<std::int64_t> {
        const auto* v38 = [&]() -> const ::callmap::decimal* {
            if (!in.duration) return nullptr;
            return &*in.duration;
        }();
        if (v38 == nullptr) return std::nullopt;
        const std::optional<std::int64_t> r39 = ::callmap::scaled_integer(*v38, 1000);
        return r39;
    }();
    out.external_ids.entries = ::callmap::build_array<::callmap::map_entry<std::string_view>>(ctx, 4, [&](std::size_t i41, ::callmap::map_entry<std::string_view>& entry42) -> bool {
        switch (i41) {
            case 0: {
                const auto v43 = [&]() -> std::optional<std::string_view> {
                    const auto* v44 = [&]() -> const std::string_view* {
                        if (!in.account_sid) return nullptr;
                        return &*in.account_sid;
                    }();
                    if (v44 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v44);
                }();
                if (!v43) return false;
                entry42 = {"account_sid", *v43};
                return true;
            }
            case 1: {
                const auto v45 = [&]() -> std::optional<std::string_view> {
                    const auto* v46 = [&]() -> const std::string_view* {
                        if (!in.parent_call_sid) return nullptr;
                        return &*in.parent_call_sid;
                    }();
                    if (v46 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v46);
                }();
                if (!v45) return false;
                entry42 = {"parent_call_sid", *v45};
                return true;
            }
            case 2: {
                const auto v47 = [&]() -> std::optional<std::string_view> {
                    const auto* v48 = [&]() -> const std::string_view* {
                        if (!in.phone_number_sid) return nullptr;
                        return &*in.phone_number_sid;
                    }();
                    if (v48 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v48);
                }();
                if (!v47) return false;
                entry42 = {"phone_number_sid", *v47};
                return true;
            }
            case 3: {
                const auto v49 = [&]() -> std::optional<std::string_view> {
                    const auto* v50 = [&]() -> const std::string_view* {
                        if (!in.trunk_sid) return nullptr;
                        return &*in.trunk_sid;
                    }();
                    if (v50 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v50);
                }();
                if (!v49) return false;
                entry42 = {"trunk_sid", *v49};
                return true;
            }
            default: return false;
        }
    });
    {
        ::callmap::cost g51{};
        bool present52 = false;
        if (const auto v53 = [&]() -> std::optional<std::int64_t> {
            const auto* v54 = [&]() -> const ::callmap::decimal* {
                if (!in.price) return nullptr;
                return &*in.price;
            }();
            if (v54 == nullptr) return std::nullopt;
            std::optional<std::int64_t> r55 = ::callmap::money_micros(*v54, 1'000'000);
            if (r55 && *r55 < 0) *r55 = -*r55;
            return r55;
        }()) {
            g51.amount_micros = *v53;
            present52 = true;
        }
        if (const auto v56 = [&]() -> std::optional<std::string_view> {
            const auto* v57 = [&]() -> const std::string_view* {
                if (!in.price_unit) return nullptr;
                return &*in.price_unit;
            }();
            if (v57 == nullptr) return std::nullopt;
            return ::callmap::text_of(*v57);
        }()) {
            g51.currency = *v56;
        }
        if (present52 && g51.currency_assumed) ctx.warn("currency assumed", g51.currency.value_or(""));
        if (present52) out.cost = g51;
    }
    if (out.id.empty()) ctx.warn("no call id in the payload");
    return ctx.finish(out);
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

}  // namespace callmap::twilio
