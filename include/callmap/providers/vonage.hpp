// generated from schemas/vonage.yaml by callmap-gen -- do not edit.
// Vonage Voice API — retrieve a call
// https://developer.vonage.com/en/api/voice#getCall
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
#error "vonage.hpp was generated for another callmap runtime; regenerate it"
#endif

#include <array>
#include <cstddef>

namespace callmap::vonage {

enum class direction : std::uint8_t {
    outbound,
    inbound,
};
BOOST_DESCRIBE_ENUM(direction, outbound, inbound)

struct endpoint {
    std::optional<std::string_view> type{};
    std::optional<std::string_view> number{};
    std::optional<std::string_view> uri{};
    std::optional<std::string_view> user{};
    std::optional<std::string_view> extension{};
};
BOOST_DESCRIBE_STRUCT(endpoint, (), (type, number, uri, user, extension))

struct call {
    std::optional<::callmap::raw_json> _links{};
    std::string_view uuid{};
    std::optional<std::string_view> conversation_uuid{};
    std::optional<::callmap::vonage::endpoint> to{};
    std::optional<::callmap::vonage::endpoint> from{};
    std::string_view status{};
    std::optional<::callmap::open_enum<::callmap::vonage::direction>> direction{};
    std::optional<::callmap::decimal> rate{};
    std::optional<::callmap::decimal> price{};
    std::optional<::callmap::decimal> duration{};
    std::optional<std::string_view> start_time{};
    std::optional<std::string_view> end_time{};
    std::optional<std::string_view> network{};
};
BOOST_DESCRIBE_STRUCT(call, (), (_links, uuid, conversation_uuid, to, from, status, direction, rate, price, duration, start_time, end_time, network))

}  // namespace callmap::vonage

namespace callmap {

template <>
struct enum_spelling<::callmap::vonage::direction> {
    static constexpr std::array<std::string_view, 2> values{"outbound", "inbound"};
    static constexpr bool case_insensitive = false;
};

}  // namespace callmap

namespace callmap::json {

template <>
struct value_parser<::callmap::vonage::endpoint> {
    static constexpr std::array<std::string_view, 5> keys{"type", "number", "uri", "user", "extension"};
    static constexpr std::array<bool, 5> required{false, false, false, false, false};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 3:
                return key == "uri" ? 2 : -1;
            case 4:
                switch (key[0]) {
                    case 't': return key == "type" ? 0 : -1;
                    case 'u': return key == "user" ? 3 : -1;
                    default: return -1;
                }
            case 6:
                return key == "number" ? 1 : -1;
            case 9:
                return key == "extension" ? 4 : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::vonage::endpoint& out) {
        out = {};
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<std::optional<std::string_view>>::parse(r, out.type);
                case 1: return value_parser<std::optional<std::string_view>>::parse(r, out.number);
                case 2: return value_parser<std::optional<std::string_view>>::parse(r, out.uri);
                case 3: return value_parser<std::optional<std::string_view>>::parse(r, out.user);
                case 4: return value_parser<std::optional<std::string_view>>::parse(r, out.extension);
                default: return false;
            }
        });
    }
};

template <>
struct value_parser<::callmap::vonage::call> {
    static constexpr std::array<std::string_view, 13> keys{"_links", "uuid", "conversation_uuid", "to", "from", "status", "direction", "rate", "price", "duration", "start_time", "end_time", "network"};
    static constexpr std::array<bool, 13> required{false, true, false, false, false, true, false, false, false, false, false, false, false};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 2:
                return key == "to" ? 3 : -1;
            case 4:
                switch (key[0]) {
                    case 'u': return key == "uuid" ? 1 : -1;
                    case 'f': return key == "from" ? 4 : -1;
                    case 'r': return key == "rate" ? 7 : -1;
                    default: return -1;
                }
            case 5:
                return key == "price" ? 8 : -1;
            case 6:
                switch (key[0]) {
                    case '_': return key == "_links" ? 0 : -1;
                    case 's': return key == "status" ? 5 : -1;
                    default: return -1;
                }
            case 7:
                return key == "network" ? 12 : -1;
            case 8:
                switch (key[0]) {
                    case 'd': return key == "duration" ? 9 : -1;
                    case 'e': return key == "end_time" ? 11 : -1;
                    default: return -1;
                }
            case 9:
                return key == "direction" ? 6 : -1;
            case 10:
                return key == "start_time" ? 10 : -1;
            case 17:
                return key == "conversation_uuid" ? 2 : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::vonage::call& out) {
        out = {};
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<std::optional<::callmap::raw_json>>::parse(r, out._links);
                case 1: return value_parser<std::string_view>::parse(r, out.uuid);
                case 2: return value_parser<std::optional<std::string_view>>::parse(r, out.conversation_uuid);
                case 3: return value_parser<std::optional<::callmap::vonage::endpoint>>::parse(r, out.to);
                case 4: return value_parser<std::optional<::callmap::vonage::endpoint>>::parse(r, out.from);
                case 5: return value_parser<std::string_view>::parse(r, out.status);
                case 6: return value_parser<std::optional<::callmap::open_enum<::callmap::vonage::direction>>>::parse(r, out.direction);
                case 7: return value_parser<std::optional<::callmap::decimal>>::parse(r, out.rate);
                case 8: return value_parser<std::optional<::callmap::decimal>>::parse(r, out.price);
                case 9: return value_parser<std::optional<::callmap::decimal>>::parse(r, out.duration);
                case 10: return value_parser<std::optional<std::string_view>>::parse(r, out.start_time);
                case 11: return value_parser<std::optional<std::string_view>>::parse(r, out.end_time);
                case 12: return value_parser<std::optional<std::string_view>>::parse(r, out.network);
                default: return false;
            }
        });
    }
};

}  // namespace callmap::json

namespace callmap::vonage::shape {

inline constexpr std::array<::callmap::drift::field_shape, 5> endpoint_fields{{
    {"type", 1, 0, false, true, -1, {}, false},
    {"number", 1, 0, false, true, -1, {}, false},
    {"uri", 1, 0, false, true, -1, {}, false},
    {"user", 1, 0, false, true, -1, {}, false},
    {"extension", 1, 0, false, true, -1, {}, false},
}};
inline constexpr std::array<::callmap::drift::field_shape, 13> call_fields{{
    {"_links", 31, 0, false, true, -1, {}, false},
    {"uuid", 1, 0, false, false, -1, {}, false},
    {"conversation_uuid", 1, 0, false, true, -1, {}, false},
    {"to", 8, 0, false, true, 0, {}, false},
    {"from", 8, 0, false, true, 0, {}, false},
    {"status", 1, 0, false, false, -1, {}, false},
    {"direction", 1, 0, false, true, -1, ::callmap::enum_spelling<::callmap::vonage::direction>::values, ::callmap::enum_spelling<::callmap::vonage::direction>::case_insensitive},
    {"rate", 3, 0, false, true, -1, {}, false},
    {"price", 3, 0, false, true, -1, {}, false},
    {"duration", 3, 0, false, true, -1, {}, false},
    {"start_time", 1, 0, false, true, -1, {}, false},
    {"end_time", 1, 0, false, true, -1, {}, false},
    {"network", 1, 0, false, true, -1, {}, false},
}};
inline constexpr std::array<::callmap::drift::object_shape, 2> objects{{
    {"endpoint", endpoint_fields},
    {"call", call_fields},
}};
inline constexpr int root = 1;

}  // namespace callmap::vonage::shape

namespace callmap::vonage {

namespace mapping_tables {
inline constexpr ::callmap::table_entry<::callmap::direction> table_1[] = {
    {"outbound", ::callmap::direction::outbound},
    {"inbound", ::callmap::direction::inbound},
};
inline constexpr ::callmap::table_entry<::callmap::channel> table_2[] = {
    {"phone", ::callmap::channel::pstn},
    {"sip", ::callmap::channel::sip},
    {"websocket", ::callmap::channel::web},
    {"app", ::callmap::channel::web},
    {"vbc", ::callmap::channel::sip},
};
inline constexpr ::callmap::table_entry<::callmap::channel> table_3[] = {
    {"phone", ::callmap::channel::pstn},
    {"sip", ::callmap::channel::sip},
    {"websocket", ::callmap::channel::web},
    {"app", ::callmap::channel::web},
    {"vbc", ::callmap::channel::sip},
};
inline constexpr ::callmap::table_entry<::callmap::call_status> table_4[] = {
    {"started", ::callmap::call_status::ringing},
    {"ringing", ::callmap::call_status::ringing},
    {"answered", ::callmap::call_status::in_progress},
    {"machine", ::callmap::call_status::voicemail},
    {"completed", ::callmap::call_status::completed},
    {"busy", ::callmap::call_status::busy},
    {"cancelled", ::callmap::call_status::canceled},
    {"failed", ::callmap::call_status::failed},
    {"rejected", ::callmap::call_status::failed},
    {"timeout", ::callmap::call_status::no_answer},
    {"unanswered", ::callmap::call_status::no_answer},
};
}  // namespace mapping_tables

// GCC 12 reports std::optional members of lambda results as maybe-uninitialized at -O2
// (a known false positive, GCC PR 80635); the code reads no uninitialized value.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
/// Maps a parsed vonage payload onto the canonical call record. The result holds
/// views into the payload and into `memory`. A provider error answer is an error result.
inline ::callmap::result<::callmap::call> to_call(const call& in, ::callmap::arena& memory) {
    ::callmap::mapping_context ctx(memory);
    ::callmap::result<::callmap::call> answer(std::in_place);  // mapped in place
    ::callmap::call& out = *answer;
    out.provider = "vonage";
    [&]() -> bool {
        const auto* v1 = [&]() -> const std::string_view* {
            return &in.uuid;
        }();
        if (v1 == nullptr) return false;
        out.id = ::callmap::text_of(*v1);
        return true;
    }();
    [&]() -> bool {
        const auto* v2 = [&]() -> const ::callmap::open_enum<::callmap::vonage::direction>* {
            if (!in.direction) return nullptr;
            return &*in.direction;
        }();
        if (v2 == nullptr) return false;
        const std::string_view raw3 = ::callmap::text_of(*v2);
        const std::optional<::callmap::direction> mapped4 = ::callmap::lookup<::callmap::direction>(mapping_tables::table_1, raw3);
        if (!mapped4) ctx.warn("unmapped direction value", raw3);
        ::callmap::direction value5 = mapped4 ? *mapped4 : ::callmap::direction::unknown;
        out.direction = value5;
        return true;
    }();
    [&]() -> bool {
        if ([&]() -> bool {
            const auto* v6 = [&]() -> const std::string_view* {
                if (!in.to) return nullptr;
                const auto& s7 = *in.to;
                if (!s7.type) return nullptr;
                return &*s7.type;
            }();
            if (v6 == nullptr) return false;
            const std::string_view raw8 = ::callmap::text_of(*v6);
            const std::optional<::callmap::channel> mapped9 = ::callmap::lookup<::callmap::channel>(mapping_tables::table_2, raw8);
            if (!mapped9) ctx.warn("unmapped channel value", raw8);
            ::callmap::channel value10 = mapped9 ? *mapped9 : ::callmap::channel::unknown;
            out.channel = value10;
            return true;
        }()) return true;
        if ([&]() -> bool {
            const auto* v11 = [&]() -> const std::string_view* {
                if (!in.from) return nullptr;
                const auto& s12 = *in.from;
                if (!s12.type) return nullptr;
                return &*s12.type;
            }();
            if (v11 == nullptr) return false;
            const std::string_view raw13 = ::callmap::text_of(*v11);
            const std::optional<::callmap::channel> mapped14 = ::callmap::lookup<::callmap::channel>(mapping_tables::table_3, raw13);
            if (!mapped14) ctx.warn("unmapped channel value", raw13);
            ::callmap::channel value15 = mapped14 ? *mapped14 : ::callmap::channel::unknown;
            out.channel = value15;
            return true;
        }()) return true;
        return false;
    }();
    [&]() -> bool {
        if ([&]() -> bool {
            const auto* v16 = [&]() -> const std::string_view* {
                if (!in.from) return nullptr;
                const auto& s17 = *in.from;
                if (!s17.number) return nullptr;
                return &*s17.number;
            }();
            if (v16 == nullptr) return false;
            ::callmap::set_party(out.from, ::callmap::text_of(*v16));
            return true;
        }()) return true;
        if ([&]() -> bool {
            const auto* v18 = [&]() -> const std::string_view* {
                if (!in.from) return nullptr;
                const auto& s19 = *in.from;
                if (!s19.uri) return nullptr;
                return &*s19.uri;
            }();
            if (v18 == nullptr) return false;
            ::callmap::set_party(out.from, ::callmap::text_of(*v18));
            return true;
        }()) return true;
        if ([&]() -> bool {
            const auto* v20 = [&]() -> const std::string_view* {
                if (!in.from) return nullptr;
                const auto& s21 = *in.from;
                if (!s21.user) return nullptr;
                return &*s21.user;
            }();
            if (v20 == nullptr) return false;
            ::callmap::set_party(out.from, ::callmap::text_of(*v20));
            return true;
        }()) return true;
        if ([&]() -> bool {
            const auto* v22 = [&]() -> const std::string_view* {
                if (!in.from) return nullptr;
                const auto& s23 = *in.from;
                if (!s23.extension) return nullptr;
                return &*s23.extension;
            }();
            if (v22 == nullptr) return false;
            ::callmap::set_party(out.from, ::callmap::text_of(*v22));
            return true;
        }()) return true;
        return false;
    }();
    [&]() -> bool {
        if ([&]() -> bool {
            const auto* v24 = [&]() -> const std::string_view* {
                if (!in.to) return nullptr;
                const auto& s25 = *in.to;
                if (!s25.number) return nullptr;
                return &*s25.number;
            }();
            if (v24 == nullptr) return false;
            ::callmap::set_party(out.to, ::callmap::text_of(*v24));
            return true;
        }()) return true;
        if ([&]() -> bool {
            const auto* v26 = [&]() -> const std::string_view* {
                if (!in.to) return nullptr;
                const auto& s27 = *in.to;
                if (!s27.uri) return nullptr;
                return &*s27.uri;
            }();
            if (v26 == nullptr) return false;
            ::callmap::set_party(out.to, ::callmap::text_of(*v26));
            return true;
        }()) return true;
        if ([&]() -> bool {
            const auto* v28 = [&]() -> const std::string_view* {
                if (!in.to) return nullptr;
                const auto& s29 = *in.to;
                if (!s29.user) return nullptr;
                return &*s29.user;
            }();
            if (v28 == nullptr) return false;
            ::callmap::set_party(out.to, ::callmap::text_of(*v28));
            return true;
        }()) return true;
        if ([&]() -> bool {
            const auto* v30 = [&]() -> const std::string_view* {
                if (!in.to) return nullptr;
                const auto& s31 = *in.to;
                if (!s31.extension) return nullptr;
                return &*s31.extension;
            }();
            if (v30 == nullptr) return false;
            ::callmap::set_party(out.to, ::callmap::text_of(*v30));
            return true;
        }()) return true;
        return false;
    }();
    [&]() -> bool {
        const auto* v32 = [&]() -> const std::string_view* {
            return &in.status;
        }();
        if (v32 == nullptr) return false;
        const std::string_view raw33 = ::callmap::text_of(*v32);
        out.status_raw = raw33;
        const std::optional<::callmap::call_status> mapped34 = ::callmap::lookup<::callmap::call_status>(mapping_tables::table_4, raw33);
        if (!mapped34) ctx.warn("unmapped status value", raw33);
        ::callmap::call_status value35 = mapped34 ? *mapped34 : ::callmap::call_status::unknown;
        out.status = value35;
        return true;
    }();
    [&]() -> bool {
        if ([&]() -> bool {
            const auto* w36 = [&]() -> const std::string_view* {
                return &in.status;
            }();
            if (w36 != nullptr && ::callmap::matches_any(::callmap::text_of(*w36), {"rejected"})) return [&]() -> bool {
                out.end_reason = ::callmap::end_reason::rejected;
                return true;
            }();
            return false;
        }()) return true;
        if ([&]() -> bool {
            const auto r37 = ::callmap::end_reason_from_status(out.status);
            if (!r37) return false;
            out.end_reason = *r37;
            return true;
        }()) return true;
        return false;
    }();
    [&]() -> bool {
        const auto* v38 = [&]() -> const std::string_view* {
            if (!in.start_time) return nullptr;
            return &*in.start_time;
        }();
        if (v38 == nullptr) return false;
        ::callmap::timestamp t39;
        if (!::callmap::read_instant(ctx, *v38, ::callmap::time_format::iso8601, t39)) return false;
        out.started_at = t39;
        return true;
    }();
    [&]() -> bool {
        const auto* v40 = [&]() -> const std::string_view* {
            if (!in.end_time) return nullptr;
            return &*in.end_time;
        }();
        if (v40 == nullptr) return false;
        ::callmap::timestamp t41;
        if (!::callmap::read_instant(ctx, *v40, ::callmap::time_format::iso8601, t41)) return false;
        out.ended_at = t41;
        return true;
    }();
    [&]() -> bool {
        const auto* v42 = [&]() -> const ::callmap::decimal* {
            if (!in.duration) return nullptr;
            return &*in.duration;
        }();
        if (v42 == nullptr) return false;
        const auto r43 = ::callmap::scaled_integer(*v42, 1000);
        if (!r43) return false;
        out.duration_ms = *r43;
        return true;
    }();
    out.external_ids.entries = ::callmap::build_array<::callmap::map_entry<std::string_view>>(ctx, 2, [&](std::size_t i44, ::callmap::map_entry<std::string_view>& entry45) -> bool {
        switch (i44) {
            case 0: return [&]() -> bool {
                const auto* v46 = [&]() -> const std::string_view* {
                    if (!in.conversation_uuid) return nullptr;
                    return &*in.conversation_uuid;
                }();
                if (v46 == nullptr) return false;
                entry45 = {"conversation_uuid", ::callmap::text_of(*v46)};
                return true;
            }();
            case 1: return [&]() -> bool {
                const auto* v47 = [&]() -> const std::string_view* {
                    if (!in.network) return nullptr;
                    return &*in.network;
                }();
                if (v47 == nullptr) return false;
                entry45 = {"network", ::callmap::text_of(*v47)};
                return true;
            }();
            default: return false;
        }
    });
    {
        ::callmap::cost& g48 = out.cost.emplace();
        bool present49 = false;
        if ([&]() -> bool {
            const auto* v50 = [&]() -> const ::callmap::decimal* {
                if (!in.price) return nullptr;
                return &*in.price;
            }();
            if (v50 == nullptr) return false;
            const auto r51 = ::callmap::money_micros(*v50, 1'000'000);
            if (!r51) return false;
            g48.amount_micros = *r51;
            return true;
        }()) present49 = true;
        if (present49 && g48.currency_assumed) ctx.warn("currency assumed", g48.currency.value_or(""));
        if (!present49) out.cost.reset();
    }
    if (out.id.empty()) ctx.warn("no call id in the payload");
    ctx.finish_into(answer);
    return answer;
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

}  // namespace callmap::vonage
