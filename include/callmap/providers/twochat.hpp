// generated from schemas/twochat.yaml by callmap-gen -- do not edit.
// 2chat VoIP — get call details
// https://developers.2chat.co/docs/API/Phone-Calls/get-call-details
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
#error "twochat.hpp was generated for another callmap runtime; regenerate it"
#endif

#include <array>
#include <cstddef>

namespace callmap::twochat {

enum class direction : std::uint8_t {
    O,
    I,
};
BOOST_DESCRIBE_ENUM(direction, O, I)

struct call_cost {
    std::optional<std::string_view> callid{};
    std::optional<bool> forwarded{};
    std::optional<bool> toll_free{};
    std::optional<std::string_view> start_dt{};
    std::optional<std::string_view> end_dt{};
    std::optional<std::int64_t> duration{};
    std::optional<::callmap::decimal> call_price{};
};
BOOST_DESCRIBE_STRUCT(call_cost, (), (callid, forwarded, toll_free, start_dt, end_dt, duration, call_price))

struct agent {
    std::optional<std::string_view> uuid{};
    std::optional<std::string_view> first_name{};
    std::optional<std::string_view> last_name{};
    std::optional<std::string_view> full_name{};
    std::optional<std::string_view> profile_pic_url{};
};
BOOST_DESCRIBE_STRUCT(agent, (), (uuid, first_name, last_name, full_name, profile_pic_url))

struct cdr {
    std::string_view uuid{};
    std::optional<std::string_view> account_uuid{};
    std::optional<std::string_view> callid{};
    std::optional<::callmap::open_enum<::callmap::twochat::direction>> direction{};
    std::optional<bool> active{};
    std::optional<std::string_view> from{};
    std::optional<std::string_view> iso_country_code{};
    std::optional<std::string_view> status{};
    std::optional<bool> is_whatsapp_call{};
    std::optional<bool> is_sip_trunk_call{};
    std::optional<std::string_view> created_at{};
    std::optional<std::string_view> updated_at{};
    std::optional<std::string_view> to_number{};
    std::optional<std::string_view> caller_id_uuid{};
    std::optional<std::string_view> caller_id_used{};
    std::optional<std::int64_t> duration{};
    std::optional<std::string_view> recording_url{};
    std::optional<std::string_view> start_time{};
    std::optional<std::string_view> end_time{};
    std::optional<std::string_view> agent_id{};
    std::optional<::callmap::twochat::call_cost> call_cost{};
    std::optional<::callmap::twochat::agent> agent{};
};
BOOST_DESCRIBE_STRUCT(cdr, (), (uuid, account_uuid, callid, direction, active, from, iso_country_code, status, is_whatsapp_call, is_sip_trunk_call, created_at, updated_at, to_number, caller_id_uuid, caller_id_used, duration, recording_url, start_time, end_time, agent_id, call_cost, agent))

struct response {
    bool success{};
    std::optional<std::string_view> message{};
    std::optional<std::string_view> error{};
    std::optional<::callmap::twochat::cdr> cdr{};
};
BOOST_DESCRIBE_STRUCT(response, (), (success, message, error, cdr))

}  // namespace callmap::twochat

namespace callmap {

template <>
struct enum_spelling<::callmap::twochat::direction> {
    static constexpr std::array<std::string_view, 2> values{"O", "I"};
    static constexpr bool case_insensitive = false;
};

}  // namespace callmap

namespace callmap::json {

template <>
struct value_parser<::callmap::twochat::call_cost> {
    static constexpr std::array<std::string_view, 7> keys{"callid", "forwarded", "toll_free", "start_dt", "end_dt", "duration", "call_price"};
    static constexpr std::array<bool, 7> required{false, false, false, false, false, false, false};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 6:
                switch (key[0]) {
                    case 'c': return key == "callid" ? 0 : -1;
                    case 'e': return key == "end_dt" ? 4 : -1;
                    default: return -1;
                }
            case 8:
                switch (key[0]) {
                    case 's': return key == "start_dt" ? 3 : -1;
                    case 'd': return key == "duration" ? 5 : -1;
                    default: return -1;
                }
            case 9:
                switch (key[0]) {
                    case 'f': return key == "forwarded" ? 1 : -1;
                    case 't': return key == "toll_free" ? 2 : -1;
                    default: return -1;
                }
            case 10:
                return key == "call_price" ? 6 : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::twochat::call_cost& out) {
        out = {};
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<std::optional<std::string_view>>::parse(r, out.callid);
                case 1: return value_parser<std::optional<bool>>::parse(r, out.forwarded);
                case 2: return value_parser<std::optional<bool>>::parse(r, out.toll_free);
                case 3: return value_parser<std::optional<std::string_view>>::parse(r, out.start_dt);
                case 4: return value_parser<std::optional<std::string_view>>::parse(r, out.end_dt);
                case 5: return value_parser<std::optional<std::int64_t>>::parse(r, out.duration);
                case 6: return value_parser<std::optional<::callmap::decimal>>::parse(r, out.call_price);
                default: return false;
            }
        });
    }
};

template <>
struct value_parser<::callmap::twochat::agent> {
    static constexpr std::array<std::string_view, 5> keys{"uuid", "first_name", "last_name", "full_name", "profile_pic_url"};
    static constexpr std::array<bool, 5> required{false, false, false, false, false};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 4:
                return key == "uuid" ? 0 : -1;
            case 9:
                switch (key[0]) {
                    case 'l': return key == "last_name" ? 2 : -1;
                    case 'f': return key == "full_name" ? 3 : -1;
                    default: return -1;
                }
            case 10:
                return key == "first_name" ? 1 : -1;
            case 15:
                return key == "profile_pic_url" ? 4 : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::twochat::agent& out) {
        out = {};
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<std::optional<std::string_view>>::parse(r, out.uuid);
                case 1: return value_parser<std::optional<std::string_view>>::parse(r, out.first_name);
                case 2: return value_parser<std::optional<std::string_view>>::parse(r, out.last_name);
                case 3: return value_parser<std::optional<std::string_view>>::parse(r, out.full_name);
                case 4: return value_parser<std::optional<std::string_view>>::parse(r, out.profile_pic_url);
                default: return false;
            }
        });
    }
};

template <>
struct value_parser<::callmap::twochat::cdr> {
    static constexpr std::array<std::string_view, 22> keys{"uuid", "account_uuid", "callid", "direction", "active", "from", "iso_country_code", "status", "is_whatsapp_call", "is_sip_trunk_call", "created_at", "updated_at", "to_number", "caller_id_uuid", "caller_id_used", "duration", "recording_url", "start_time", "end_time", "agent_id", "call_cost", "agent"};
    static constexpr std::array<bool, 22> required{true, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 4:
                switch (key[0]) {
                    case 'u': return key == "uuid" ? 0 : -1;
                    case 'f': return key == "from" ? 5 : -1;
                    default: return -1;
                }
            case 5:
                return key == "agent" ? 21 : -1;
            case 6:
                switch (key[0]) {
                    case 'c': return key == "callid" ? 2 : -1;
                    case 'a': return key == "active" ? 4 : -1;
                    case 's': return key == "status" ? 7 : -1;
                    default: return -1;
                }
            case 8:
                switch (key[0]) {
                    case 'd': return key == "duration" ? 15 : -1;
                    case 'e': return key == "end_time" ? 18 : -1;
                    case 'a': return key == "agent_id" ? 19 : -1;
                    default: return -1;
                }
            case 9:
                switch (key[0]) {
                    case 'd': return key == "direction" ? 3 : -1;
                    case 't': return key == "to_number" ? 12 : -1;
                    case 'c': return key == "call_cost" ? 20 : -1;
                    default: return -1;
                }
            case 10:
                switch (key[0]) {
                    case 'c': return key == "created_at" ? 10 : -1;
                    case 'u': return key == "updated_at" ? 11 : -1;
                    case 's': return key == "start_time" ? 17 : -1;
                    default: return -1;
                }
            case 12:
                return key == "account_uuid" ? 1 : -1;
            case 13:
                return key == "recording_url" ? 16 : -1;
            case 14:
                switch (key[11]) {
                    case 'u': return key == "caller_id_uuid" ? 13 : -1;
                    case 's': return key == "caller_id_used" ? 14 : -1;
                    default: return -1;
                }
            case 16:
                switch (key[2]) {
                    case 'o': return key == "iso_country_code" ? 6 : -1;
                    case '_': return key == "is_whatsapp_call" ? 8 : -1;
                    default: return -1;
                }
            case 17:
                return key == "is_sip_trunk_call" ? 9 : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::twochat::cdr& out) {
        out = {};
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<std::string_view>::parse(r, out.uuid);
                case 1: return value_parser<std::optional<std::string_view>>::parse(r, out.account_uuid);
                case 2: return value_parser<std::optional<std::string_view>>::parse(r, out.callid);
                case 3: return value_parser<std::optional<::callmap::open_enum<::callmap::twochat::direction>>>::parse(r, out.direction);
                case 4: return value_parser<std::optional<bool>>::parse(r, out.active);
                case 5: return value_parser<std::optional<std::string_view>>::parse(r, out.from);
                case 6: return value_parser<std::optional<std::string_view>>::parse(r, out.iso_country_code);
                case 7: return value_parser<std::optional<std::string_view>>::parse(r, out.status);
                case 8: return value_parser<std::optional<bool>>::parse(r, out.is_whatsapp_call);
                case 9: return value_parser<std::optional<bool>>::parse(r, out.is_sip_trunk_call);
                case 10: return value_parser<std::optional<std::string_view>>::parse(r, out.created_at);
                case 11: return value_parser<std::optional<std::string_view>>::parse(r, out.updated_at);
                case 12: return value_parser<std::optional<std::string_view>>::parse(r, out.to_number);
                case 13: return value_parser<std::optional<std::string_view>>::parse(r, out.caller_id_uuid);
                case 14: return value_parser<std::optional<std::string_view>>::parse(r, out.caller_id_used);
                case 15: return value_parser<std::optional<std::int64_t>>::parse(r, out.duration);
                case 16: return value_parser<std::optional<std::string_view>>::parse(r, out.recording_url);
                case 17: return value_parser<std::optional<std::string_view>>::parse(r, out.start_time);
                case 18: return value_parser<std::optional<std::string_view>>::parse(r, out.end_time);
                case 19: return value_parser<std::optional<std::string_view>>::parse(r, out.agent_id);
                case 20: return value_parser<std::optional<::callmap::twochat::call_cost>>::parse(r, out.call_cost);
                case 21: return value_parser<std::optional<::callmap::twochat::agent>>::parse(r, out.agent);
                default: return false;
            }
        });
    }
};

template <>
struct value_parser<::callmap::twochat::response> {
    static constexpr std::array<std::string_view, 4> keys{"success", "message", "error", "cdr"};
    static constexpr std::array<bool, 4> required{true, false, false, false};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 3:
                return key == "cdr" ? 3 : -1;
            case 5:
                return key == "error" ? 2 : -1;
            case 7:
                switch (key[0]) {
                    case 's': return key == "success" ? 0 : -1;
                    case 'm': return key == "message" ? 1 : -1;
                    default: return -1;
                }
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::twochat::response& out) {
        out = {};
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<bool>::parse(r, out.success);
                case 1: return value_parser<std::optional<std::string_view>>::parse(r, out.message);
                case 2: return value_parser<std::optional<std::string_view>>::parse(r, out.error);
                case 3: return value_parser<std::optional<::callmap::twochat::cdr>>::parse(r, out.cdr);
                default: return false;
            }
        });
    }
};

}  // namespace callmap::json

namespace callmap::twochat::shape {

inline constexpr std::array<::callmap::drift::field_shape, 7> call_cost_fields{{
    {"callid", 1, 0, false, true, -1, {}, false},
    {"forwarded", 4, 0, false, true, -1, {}, false},
    {"toll_free", 4, 0, false, true, -1, {}, false},
    {"start_dt", 1, 0, false, true, -1, {}, false},
    {"end_dt", 1, 0, false, true, -1, {}, false},
    {"duration", 2, 0, false, true, -1, {}, false},
    {"call_price", 3, 0, false, true, -1, {}, false},
}};
inline constexpr std::array<::callmap::drift::field_shape, 5> agent_fields{{
    {"uuid", 1, 0, false, true, -1, {}, false},
    {"first_name", 1, 0, false, true, -1, {}, false},
    {"last_name", 1, 0, false, true, -1, {}, false},
    {"full_name", 1, 0, false, true, -1, {}, false},
    {"profile_pic_url", 1, 0, false, true, -1, {}, false},
}};
inline constexpr std::array<::callmap::drift::field_shape, 22> cdr_fields{{
    {"uuid", 1, 0, false, false, -1, {}, false},
    {"account_uuid", 1, 0, false, true, -1, {}, false},
    {"callid", 1, 0, false, true, -1, {}, false},
    {"direction", 1, 0, false, true, -1, ::callmap::enum_spelling<::callmap::twochat::direction>::values, ::callmap::enum_spelling<::callmap::twochat::direction>::case_insensitive},
    {"active", 4, 0, false, true, -1, {}, false},
    {"from", 1, 0, false, true, -1, {}, false},
    {"iso_country_code", 1, 0, false, true, -1, {}, false},
    {"status", 1, 0, false, true, -1, {}, false},
    {"is_whatsapp_call", 4, 0, false, true, -1, {}, false},
    {"is_sip_trunk_call", 4, 0, false, true, -1, {}, false},
    {"created_at", 1, 0, false, true, -1, {}, false},
    {"updated_at", 1, 0, false, true, -1, {}, false},
    {"to_number", 1, 0, false, true, -1, {}, false},
    {"caller_id_uuid", 1, 0, false, true, -1, {}, false},
    {"caller_id_used", 1, 0, false, true, -1, {}, false},
    {"duration", 2, 0, false, true, -1, {}, false},
    {"recording_url", 1, 0, false, true, -1, {}, false},
    {"start_time", 1, 0, false, true, -1, {}, false},
    {"end_time", 1, 0, false, true, -1, {}, false},
    {"agent_id", 1, 0, false, true, -1, {}, false},
    {"call_cost", 8, 0, false, true, 0, {}, false},
    {"agent", 8, 0, false, true, 1, {}, false},
}};
inline constexpr std::array<::callmap::drift::field_shape, 4> response_fields{{
    {"success", 4, 0, false, false, -1, {}, false},
    {"message", 1, 0, false, true, -1, {}, false},
    {"error", 1, 0, false, true, -1, {}, false},
    {"cdr", 8, 0, false, true, 2, {}, false},
}};
inline constexpr std::array<::callmap::drift::object_shape, 4> objects{{
    {"call_cost", call_cost_fields},
    {"agent", agent_fields},
    {"cdr", cdr_fields},
    {"response", response_fields},
}};
inline constexpr int root = 3;

}  // namespace callmap::twochat::shape

namespace callmap::twochat {

namespace mapping_tables {
inline constexpr ::callmap::table_entry<::callmap::direction> table_1[] = {
    {"O", ::callmap::direction::outbound},
    {"I", ::callmap::direction::inbound},
};
inline constexpr ::callmap::table_entry<::callmap::call_status> table_2[] = {
    {"COMPLETED", ::callmap::call_status::completed},
    {"BUSY", ::callmap::call_status::busy},
    {"NO_ANSWER", ::callmap::call_status::no_answer},
    {"FAILED", ::callmap::call_status::failed},
    {"CANCELED", ::callmap::call_status::canceled},
    {"CANCELLED", ::callmap::call_status::canceled},
    {"RINGING", ::callmap::call_status::ringing},
    {"IN_PROGRESS", ::callmap::call_status::in_progress},
};
}  // namespace mapping_tables

// GCC 12 reports std::optional members of lambda results as maybe-uninitialized at -O2
// (a known false positive, GCC PR 80635); the code reads no uninitialized value.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
/// Maps a parsed twochat payload onto the canonical call record. The result holds
/// views into the payload and into `memory`. A provider error answer is an error result.
inline ::callmap::result<::callmap::call> to_call(const response& in, ::callmap::arena& memory) {
    ::callmap::mapping_context ctx(memory);
    ::callmap::call out;
    out.provider = "twochat";
    if (const auto* w1 = [&]() -> const bool* {
        return &in.success;
    }();
        w1 != nullptr && ::callmap::matches_any(::callmap::text_of(*w1), {"false"})) {
        std::string_view message;
        if (const auto* m2 = [&]() -> const std::string_view* {
            if (!in.message) return nullptr;
            return &*in.message;
        }(); message.empty() && m2 != nullptr) message = *m2;
        if (const auto* m3 = [&]() -> const std::string_view* {
            if (!in.error) return nullptr;
            return &*in.error;
        }(); message.empty() && m3 != nullptr) message = *m3;
        return ::callmap::provider_error("twochat", message);
    }
    if (const auto v6 = [&]() -> std::optional<std::string_view> {
        const auto* v4 = [&]() -> const std::string_view* {
            if (!in.cdr) return nullptr;
            const auto& s5 = *in.cdr;
            return &s5.uuid;
        }();
        if (v4 == nullptr) return std::nullopt;
        return ::callmap::text_of(*v4);
    }()) out.id = *v6;
    if (const auto v12 = [&]() -> std::optional<::callmap::direction> {
        const auto* v7 = [&]() -> const ::callmap::open_enum<::callmap::twochat::direction>* {
            if (!in.cdr) return nullptr;
            const auto& s8 = *in.cdr;
            if (!s8.direction) return nullptr;
            return &*s8.direction;
        }();
        if (v7 == nullptr) return std::nullopt;
        const std::string_view raw9 = ::callmap::text_of(*v7);
        const std::optional<::callmap::direction> mapped10 = ::callmap::lookup<::callmap::direction>(mapping_tables::table_1, raw9);
        if (!mapped10) ctx.warn("unmapped direction value", raw9);
        ::callmap::direction value11 = mapped10 ? *mapped10 : ::callmap::direction::unknown;
        return value11;
    }()) out.direction = *v12;
    if (const auto v20 = [&]() -> std::optional<::callmap::channel> {
        if (auto r13 = [&]() -> std::optional<::callmap::channel> {
            const auto* w14 = [&]() -> const bool* {
                if (!in.cdr) return nullptr;
                const auto& s15 = *in.cdr;
                if (!s15.is_whatsapp_call) return nullptr;
                return &*s15.is_whatsapp_call;
            }();
            if (w14 != nullptr && ::callmap::matches_any(::callmap::text_of(*w14), {"true"})) return [&]() -> std::optional<::callmap::channel> {
                return ::callmap::channel::whatsapp;
            }();
            return std::nullopt;
        }()) return r13;
        if (auto r16 = [&]() -> std::optional<::callmap::channel> {
            const auto* w17 = [&]() -> const bool* {
                if (!in.cdr) return nullptr;
                const auto& s18 = *in.cdr;
                if (!s18.is_sip_trunk_call) return nullptr;
                return &*s18.is_sip_trunk_call;
            }();
            if (w17 != nullptr && ::callmap::matches_any(::callmap::text_of(*w17), {"true"})) return [&]() -> std::optional<::callmap::channel> {
                return ::callmap::channel::sip;
            }();
            return std::nullopt;
        }()) return r16;
        if (auto r19 = [&]() -> std::optional<::callmap::channel> {
            return ::callmap::channel::pstn;
        }()) return r19;
        return std::nullopt;
    }()) out.channel = *v20;
    if (const auto v27 = [&]() -> std::optional<std::string_view> {
        const auto* w21 = [&]() -> const ::callmap::open_enum<::callmap::twochat::direction>* {
            if (!in.cdr) return nullptr;
            const auto& s22 = *in.cdr;
            if (!s22.direction) return nullptr;
            return &*s22.direction;
        }();
        if (w21 != nullptr && ::callmap::matches_any(::callmap::text_of(*w21), {"O"})) return [&]() -> std::optional<std::string_view> {
            const auto* v23 = [&]() -> const std::string_view* {
                if (!in.cdr) return nullptr;
                const auto& s24 = *in.cdr;
                if (!s24.caller_id_used) return nullptr;
                return &*s24.caller_id_used;
            }();
            if (v23 == nullptr) return std::nullopt;
            return ::callmap::text_of(*v23);
        }();
        return [&]() -> std::optional<std::string_view> {
            const auto* v25 = [&]() -> const std::string_view* {
                if (!in.cdr) return nullptr;
                const auto& s26 = *in.cdr;
                if (!s26.from) return nullptr;
                return &*s26.from;
            }();
            if (v25 == nullptr) return std::nullopt;
            return ::callmap::text_of(*v25);
        }();
    }()) out.from = ::callmap::to_party(*v27);
    if (const auto v30 = [&]() -> std::optional<std::string_view> {
        const auto* v28 = [&]() -> const std::string_view* {
            if (!in.cdr) return nullptr;
            const auto& s29 = *in.cdr;
            if (!s29.to_number) return nullptr;
            return &*s29.to_number;
        }();
        if (v28 == nullptr) return std::nullopt;
        return ::callmap::text_of(*v28);
    }()) out.to = ::callmap::to_party(*v30);
    std::optional<std::string_view> raw31;
    if (const auto v41 = [&]() -> std::optional<::callmap::call_status> {
        if (auto r32 = [&]() -> std::optional<::callmap::call_status> {
            const auto* w33 = [&]() -> const bool* {
                if (!in.cdr) return nullptr;
                const auto& s34 = *in.cdr;
                if (!s34.active) return nullptr;
                return &*s34.active;
            }();
            if (w33 != nullptr && ::callmap::matches_any(::callmap::text_of(*w33), {"true"})) return [&]() -> std::optional<::callmap::call_status> {
                return ::callmap::call_status::in_progress;
            }();
            return std::nullopt;
        }()) return r32;
        if (auto r35 = [&]() -> std::optional<::callmap::call_status> {
            const auto* v36 = [&]() -> const std::string_view* {
                if (!in.cdr) return nullptr;
                const auto& s37 = *in.cdr;
                if (!s37.status) return nullptr;
                return &*s37.status;
            }();
            if (v36 == nullptr) return std::nullopt;
            const std::string_view raw38 = ::callmap::text_of(*v36);
            raw31 = raw38;
            const std::optional<::callmap::call_status> mapped39 = ::callmap::lookup<::callmap::call_status>(mapping_tables::table_2, raw38);
            if (!mapped39) ctx.warn("unmapped status value", raw38);
            ::callmap::call_status value40 = mapped39 ? *mapped39 : ::callmap::call_status::unknown;
            return value40;
        }()) return r35;
        return std::nullopt;
    }()) out.status = *v41;
    if (raw31) out.status_raw = *raw31;
    std::optional<std::string_view> raw42;
    out.end_reason = [&]() -> std::optional<::callmap::end_reason> {
        return ::callmap::end_reason_from_status(out.status);
    }();
    if (raw42) out.end_reason_raw = *raw42;
    out.created_at = [&]() -> std::optional<::callmap::timestamp> {
        const auto* v44 = [&]() -> const std::string_view* {
            if (!in.cdr) return nullptr;
            const auto& s45 = *in.cdr;
            if (!s45.created_at) return nullptr;
            return &*s45.created_at;
        }();
        if (v44 == nullptr) return std::nullopt;
        return ::callmap::to_instant(ctx, *v44, ::callmap::time_format::iso8601);
    }();
    out.answered_at = [&]() -> std::optional<::callmap::timestamp> {
        const auto* v47 = [&]() -> const std::string_view* {
            if (!in.cdr) return nullptr;
            const auto& s48 = *in.cdr;
            if (!s48.start_time) return nullptr;
            return &*s48.start_time;
        }();
        if (v47 == nullptr) return std::nullopt;
        return ::callmap::to_instant(ctx, *v47, ::callmap::time_format::iso8601);
    }();
    out.ended_at = [&]() -> std::optional<::callmap::timestamp> {
        const auto* v50 = [&]() -> const std::string_view* {
            if (!in.cdr) return nullptr;
            const auto& s51 = *in.cdr;
            if (!s51.end_time) return nullptr;
            return &*s51.end_time;
        }();
        if (v50 == nullptr) return std::nullopt;
        return ::callmap::to_instant(ctx, *v50, ::callmap::time_format::iso8601);
    }();
    out.updated_at = [&]() -> std::optional<::callmap::timestamp> {
        const auto* v53 = [&]() -> const std::string_view* {
            if (!in.cdr) return nullptr;
            const auto& s54 = *in.cdr;
            if (!s54.updated_at) return nullptr;
            return &*s54.updated_at;
        }();
        if (v53 == nullptr) return std::nullopt;
        return ::callmap::to_instant(ctx, *v53, ::callmap::time_format::iso8601);
    }();
    out.talk_ms = [&]() -> std::optional<std::int64_t> {
        const auto* v56 = [&]() -> const std::int64_t* {
            if (!in.cdr) return nullptr;
            const auto& s57 = *in.cdr;
            if (!s57.duration) return nullptr;
            return &*s57.duration;
        }();
        if (v56 == nullptr) return std::nullopt;
        const std::optional<std::int64_t> r58 = ::callmap::scaled_integer(*v56, 1000);
        return r58;
    }();
    out.billed_ms = [&]() -> std::optional<std::int64_t> {
        const auto* v60 = [&]() -> const std::int64_t* {
            if (!in.cdr) return nullptr;
            const auto& s61 = *in.cdr;
            if (!s61.call_cost) return nullptr;
            const auto& s62 = *s61.call_cost;
            if (!s62.duration) return nullptr;
            return &*s62.duration;
        }();
        if (v60 == nullptr) return std::nullopt;
        const std::optional<std::int64_t> r63 = ::callmap::scaled_integer(*v60, 1000);
        return r63;
    }();
    out.external_ids.entries = ::callmap::build_array<::callmap::map_entry<std::string_view>>(ctx, 4, [&](std::size_t i65, ::callmap::map_entry<std::string_view>& entry66) -> bool {
        switch (i65) {
            case 0: {
                const auto v67 = [&]() -> std::optional<std::string_view> {
                    const auto* v68 = [&]() -> const std::string_view* {
                        if (!in.cdr) return nullptr;
                        const auto& s69 = *in.cdr;
                        if (!s69.callid) return nullptr;
                        return &*s69.callid;
                    }();
                    if (v68 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v68);
                }();
                if (!v67) return false;
                entry66 = {"session_callid", *v67};
                return true;
            }
            case 1: {
                const auto v70 = [&]() -> std::optional<std::string_view> {
                    const auto* v71 = [&]() -> const std::string_view* {
                        if (!in.cdr) return nullptr;
                        const auto& s72 = *in.cdr;
                        if (!s72.account_uuid) return nullptr;
                        return &*s72.account_uuid;
                    }();
                    if (v71 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v71);
                }();
                if (!v70) return false;
                entry66 = {"account_uuid", *v70};
                return true;
            }
            case 2: {
                const auto v73 = [&]() -> std::optional<std::string_view> {
                    const auto* v74 = [&]() -> const std::string_view* {
                        if (!in.cdr) return nullptr;
                        const auto& s75 = *in.cdr;
                        if (!s75.caller_id_uuid) return nullptr;
                        return &*s75.caller_id_uuid;
                    }();
                    if (v74 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v74);
                }();
                if (!v73) return false;
                entry66 = {"caller_id_uuid", *v73};
                return true;
            }
            case 3: {
                const auto v76 = [&]() -> std::optional<std::string_view> {
                    const auto* v77 = [&]() -> const std::string_view* {
                        if (!in.cdr) return nullptr;
                        const auto& s78 = *in.cdr;
                        if (!s78.iso_country_code) return nullptr;
                        return &*s78.iso_country_code;
                    }();
                    if (v77 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v77);
                }();
                if (!v76) return false;
                entry66 = {"country", *v76};
                return true;
            }
            default: return false;
        }
    });
    {
        ::callmap::agent_info g79{};
        bool present80 = false;
        if (const auto v81 = [&]() -> std::optional<std::string_view> {
            if (auto r82 = [&]() -> std::optional<std::string_view> {
                const auto* v83 = [&]() -> const std::string_view* {
                    if (!in.cdr) return nullptr;
                    const auto& s84 = *in.cdr;
                    if (!s84.agent_id) return nullptr;
                    return &*s84.agent_id;
                }();
                if (v83 == nullptr) return std::nullopt;
                return ::callmap::text_of(*v83);
            }()) return r82;
            if (auto r85 = [&]() -> std::optional<std::string_view> {
                const auto* v86 = [&]() -> const std::string_view* {
                    if (!in.cdr) return nullptr;
                    const auto& s87 = *in.cdr;
                    if (!s87.agent) return nullptr;
                    const auto& s88 = *s87.agent;
                    if (!s88.uuid) return nullptr;
                    return &*s88.uuid;
                }();
                if (v86 == nullptr) return std::nullopt;
                return ::callmap::text_of(*v86);
            }()) return r85;
            return std::nullopt;
        }()) {
            g79.id = *v81;
            present80 = true;
        }
        if (const auto v89 = [&]() -> std::optional<std::string_view> {
            const auto* v90 = [&]() -> const std::string_view* {
                if (!in.cdr) return nullptr;
                const auto& s91 = *in.cdr;
                if (!s91.agent) return nullptr;
                const auto& s92 = *s91.agent;
                if (!s92.full_name) return nullptr;
                return &*s92.full_name;
            }();
            if (v90 == nullptr) return std::nullopt;
            return ::callmap::text_of(*v90);
        }()) {
            g79.name = *v89;
            present80 = true;
        }
        g79.kind = ::callmap::agent_kind::human;
        if (present80) out.agent = g79;
    }
    {
        ::callmap::cost g93{};
        bool present94 = false;
        if (const auto v95 = [&]() -> std::optional<std::int64_t> {
            const auto* v96 = [&]() -> const ::callmap::decimal* {
                if (!in.cdr) return nullptr;
                const auto& s97 = *in.cdr;
                if (!s97.call_cost) return nullptr;
                const auto& s98 = *s97.call_cost;
                if (!s98.call_price) return nullptr;
                return &*s98.call_price;
            }();
            if (v96 == nullptr) return std::nullopt;
            return ::callmap::money_micros(*v96, 1'000'000);
        }()) {
            g93.amount_micros = *v95;
            present94 = true;
        }
        g93.currency = std::string_view("USD");
        g93.currency_assumed = true;
        if (present94 && g93.currency_assumed) ctx.warn("currency assumed", g93.currency.value_or(""));
        if (present94) out.cost = g93;
    }
    out.recordings = ::callmap::build_array<::callmap::recording>(ctx, 1, [&](std::size_t i99, ::callmap::recording& g100) -> bool {
        switch (i99) {
            case 0: {
                const auto v101 = [&]() -> std::optional<std::string_view> {
                    const auto* v102 = [&]() -> const std::string_view* {
                        if (!in.cdr) return nullptr;
                        const auto& s103 = *in.cdr;
                        if (!s103.recording_url) return nullptr;
                        return &*s103.recording_url;
                    }();
                    if (v102 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v102);
                }();
                if (!v101) return false;
                if (v101) g100.url = *v101;
                g100.kind = ::callmap::recording_kind::mixed;
                return true;
            }
            default: return false;
        }
    });
    if (out.id.empty()) ctx.warn("no call id in the payload");
    return ctx.finish(out);
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

}  // namespace callmap::twochat
