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
    ::callmap::call out;
    out.provider = "vonage";
    if (const auto v2 = [&]() -> std::optional<std::string_view> {
        const auto* v1 = [&]() -> const std::string_view* {
            return &in.uuid;
        }();
        if (v1 == nullptr) return std::nullopt;
        return ::callmap::text_of(*v1);
    }()) out.id = *v2;
    if (const auto v7 = [&]() -> std::optional<::callmap::direction> {
        const auto* v3 = [&]() -> const ::callmap::open_enum<::callmap::vonage::direction>* {
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
    if (const auto v20 = [&]() -> std::optional<::callmap::channel> {
        if (auto r8 = [&]() -> std::optional<::callmap::channel> {
            const auto* v9 = [&]() -> const std::string_view* {
                if (!in.to) return nullptr;
                const auto& s10 = *in.to;
                if (!s10.type) return nullptr;
                return &*s10.type;
            }();
            if (v9 == nullptr) return std::nullopt;
            const std::string_view raw11 = ::callmap::text_of(*v9);
            const std::optional<::callmap::channel> mapped12 = ::callmap::lookup<::callmap::channel>(mapping_tables::table_2, raw11);
            if (!mapped12) ctx.warn("unmapped channel value", raw11);
            ::callmap::channel value13 = mapped12 ? *mapped12 : ::callmap::channel::unknown;
            return value13;
        }()) return r8;
        if (auto r14 = [&]() -> std::optional<::callmap::channel> {
            const auto* v15 = [&]() -> const std::string_view* {
                if (!in.from) return nullptr;
                const auto& s16 = *in.from;
                if (!s16.type) return nullptr;
                return &*s16.type;
            }();
            if (v15 == nullptr) return std::nullopt;
            const std::string_view raw17 = ::callmap::text_of(*v15);
            const std::optional<::callmap::channel> mapped18 = ::callmap::lookup<::callmap::channel>(mapping_tables::table_3, raw17);
            if (!mapped18) ctx.warn("unmapped channel value", raw17);
            ::callmap::channel value19 = mapped18 ? *mapped18 : ::callmap::channel::unknown;
            return value19;
        }()) return r14;
        return std::nullopt;
    }()) out.channel = *v20;
    if (const auto v33 = [&]() -> std::optional<std::string_view> {
        if (auto r21 = [&]() -> std::optional<std::string_view> {
            const auto* v22 = [&]() -> const std::string_view* {
                if (!in.from) return nullptr;
                const auto& s23 = *in.from;
                if (!s23.number) return nullptr;
                return &*s23.number;
            }();
            if (v22 == nullptr) return std::nullopt;
            return ::callmap::text_of(*v22);
        }()) return r21;
        if (auto r24 = [&]() -> std::optional<std::string_view> {
            const auto* v25 = [&]() -> const std::string_view* {
                if (!in.from) return nullptr;
                const auto& s26 = *in.from;
                if (!s26.uri) return nullptr;
                return &*s26.uri;
            }();
            if (v25 == nullptr) return std::nullopt;
            return ::callmap::text_of(*v25);
        }()) return r24;
        if (auto r27 = [&]() -> std::optional<std::string_view> {
            const auto* v28 = [&]() -> const std::string_view* {
                if (!in.from) return nullptr;
                const auto& s29 = *in.from;
                if (!s29.user) return nullptr;
                return &*s29.user;
            }();
            if (v28 == nullptr) return std::nullopt;
            return ::callmap::text_of(*v28);
        }()) return r27;
        if (auto r30 = [&]() -> std::optional<std::string_view> {
            const auto* v31 = [&]() -> const std::string_view* {
                if (!in.from) return nullptr;
                const auto& s32 = *in.from;
                if (!s32.extension) return nullptr;
                return &*s32.extension;
            }();
            if (v31 == nullptr) return std::nullopt;
            return ::callmap::text_of(*v31);
        }()) return r30;
        return std::nullopt;
    }()) out.from = ::callmap::to_party(*v33);
    if (const auto v46 = [&]() -> std::optional<std::string_view> {
        if (auto r34 = [&]() -> std::optional<std::string_view> {
            const auto* v35 = [&]() -> const std::string_view* {
                if (!in.to) return nullptr;
                const auto& s36 = *in.to;
                if (!s36.number) return nullptr;
                return &*s36.number;
            }();
            if (v35 == nullptr) return std::nullopt;
            return ::callmap::text_of(*v35);
        }()) return r34;
        if (auto r37 = [&]() -> std::optional<std::string_view> {
            const auto* v38 = [&]() -> const std::string_view* {
                if (!in.to) return nullptr;
                const auto& s39 = *in.to;
                if (!s39.uri) return nullptr;
                return &*s39.uri;
            }();
            if (v38 == nullptr) return std::nullopt;
            return ::callmap::text_of(*v38);
        }()) return r37;
        if (auto r40 = [&]() -> std::optional<std::string_view> {
            const auto* v41 = [&]() -> const std::string_view* {
                if (!in.to) return nullptr;
                const auto& s42 = *in.to;
                if (!s42.user) return nullptr;
                return &*s42.user;
            }();
            if (v41 == nullptr) return std::nullopt;
            return ::callmap::text_of(*v41);
        }()) return r40;
        if (auto r43 = [&]() -> std::optional<std::string_view> {
            const auto* v44 = [&]() -> const std::string_view* {
                if (!in.to) return nullptr;
                const auto& s45 = *in.to;
                if (!s45.extension) return nullptr;
                return &*s45.extension;
            }();
            if (v44 == nullptr) return std::nullopt;
            return ::callmap::text_of(*v44);
        }()) return r43;
        return std::nullopt;
    }()) out.to = ::callmap::to_party(*v46);
    std::optional<std::string_view> raw47;
    if (const auto v52 = [&]() -> std::optional<::callmap::call_status> {
        const auto* v48 = [&]() -> const std::string_view* {
            return &in.status;
        }();
        if (v48 == nullptr) return std::nullopt;
        const std::string_view raw49 = ::callmap::text_of(*v48);
        raw47 = raw49;
        const std::optional<::callmap::call_status> mapped50 = ::callmap::lookup<::callmap::call_status>(mapping_tables::table_4, raw49);
        if (!mapped50) ctx.warn("unmapped status value", raw49);
        ::callmap::call_status value51 = mapped50 ? *mapped50 : ::callmap::call_status::unknown;
        return value51;
    }()) out.status = *v52;
    if (raw47) out.status_raw = *raw47;
    std::optional<std::string_view> raw53;
    out.end_reason = [&]() -> std::optional<::callmap::end_reason> {
        if (auto r54 = [&]() -> std::optional<::callmap::end_reason> {
            const auto* w55 = [&]() -> const std::string_view* {
                return &in.status;
            }();
            if (w55 != nullptr && ::callmap::matches_any(::callmap::text_of(*w55), {"rejected"})) return [&]() -> std::optional<::callmap::end_reason> {
                return ::callmap::end_reason::rejected;
            }();
            return std::nullopt;
        }()) return r54;
        if (auto r56 = [&]() -> std::optional<::callmap::end_reason> {
            return ::callmap::end_reason_from_status(out.status);
        }()) return r56;
        return std::nullopt;
    }();
    if (raw53) out.end_reason_raw = *raw53;
    out.started_at = [&]() -> std::optional<::callmap::timestamp> {
        const auto* v58 = [&]() -> const std::string_view* {
            if (!in.start_time) return nullptr;
            return &*in.start_time;
        }();
        if (v58 == nullptr) return std::nullopt;
        return ::callmap::to_instant(ctx, *v58, ::callmap::time_format::iso8601);
    }();
    out.ended_at = [&]() -> std::optional<::callmap::timestamp> {
        const auto* v60 = [&]() -> const std::string_view* {
            if (!in.end_time) return nullptr;
            return &*in.end_time;
        }();
        if (v60 == nullptr) return std::nullopt;
        return ::callmap::to_instant(ctx, *v60, ::callmap::time_format::iso8601);
    }();
    out.duration_ms = [&]() -> std::optional<std::int64_t> {
        const auto* v62 = [&]() -> const ::callmap::decimal* {
            if (!in.duration) return nullptr;
            return &*in.duration;
        }();
        if (v62 == nullptr) return std::nullopt;
        const std::optional<std::int64_t> r63 = ::callmap::scaled_integer(*v62, 1000);
        return r63;
    }();
    out.external_ids.entries = ::callmap::build_array<::callmap::map_entry<std::string_view>>(ctx, 2, [&](std::size_t i65, ::callmap::map_entry<std::string_view>& entry66) -> bool {
        switch (i65) {
            case 0: {
                const auto v67 = [&]() -> std::optional<std::string_view> {
                    const auto* v68 = [&]() -> const std::string_view* {
                        if (!in.conversation_uuid) return nullptr;
                        return &*in.conversation_uuid;
                    }();
                    if (v68 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v68);
                }();
                if (!v67) return false;
                entry66 = {"conversation_uuid", *v67};
                return true;
            }
            case 1: {
                const auto v69 = [&]() -> std::optional<std::string_view> {
                    const auto* v70 = [&]() -> const std::string_view* {
                        if (!in.network) return nullptr;
                        return &*in.network;
                    }();
                    if (v70 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v70);
                }();
                if (!v69) return false;
                entry66 = {"network", *v69};
                return true;
            }
            default: return false;
        }
    });
    {
        ::callmap::cost g71{};
        bool present72 = false;
        if (const auto v73 = [&]() -> std::optional<std::int64_t> {
            const auto* v74 = [&]() -> const ::callmap::decimal* {
                if (!in.price) return nullptr;
                return &*in.price;
            }();
            if (v74 == nullptr) return std::nullopt;
            return ::callmap::money_micros(*v74, 1'000'000);
        }()) {
            g71.amount_micros = *v73;
            present72 = true;
        }
        if (present72 && g71.currency_assumed) ctx.warn("currency assumed", g71.currency.value_or(""));
        if (present72) out.cost = g71;
    }
    if (out.id.empty()) ctx.warn("no call id in the payload");
    return ctx.finish(out);
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

}  // namespace callmap::vonage
