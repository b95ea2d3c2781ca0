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
    ::callmap::result<::callmap::call> answer(std::in_place);  // mapped in place
    ::callmap::call& out = *answer;
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
        answer = ::callmap::provider_error("twochat", message);
        return answer;
    }
    [&]() -> bool {
        const auto* v4 = [&]() -> const std::string_view* {
            if (!in.cdr) return nullptr;
            const auto& s5 = *in.cdr;
            return &s5.uuid;
        }();
        if (v4 == nullptr) return false;
        out.id = ::callmap::text_of(*v4);
        return true;
    }();
    [&]() -> bool {
        const auto* v6 = [&]() -> const ::callmap::open_enum<::callmap::twochat::direction>* {
            if (!in.cdr) return nullptr;
            const auto& s7 = *in.cdr;
            if (!s7.direction) return nullptr;
            return &*s7.direction;
        }();
        if (v6 == nullptr) return false;
        const std::string_view raw8 = ::callmap::text_of(*v6);
        const std::optional<::callmap::direction> mapped9 = ::callmap::lookup<::callmap::direction>(mapping_tables::table_1, raw8);
        if (!mapped9) ctx.warn("unmapped direction value", raw8);
        ::callmap::direction value10 = mapped9 ? *mapped9 : ::callmap::direction::unknown;
        out.direction = value10;
        return true;
    }();
    [&]() -> bool {
        if ([&]() -> bool {
            const auto* w11 = [&]() -> const bool* {
                if (!in.cdr) return nullptr;
                const auto& s12 = *in.cdr;
                if (!s12.is_whatsapp_call) return nullptr;
                return &*s12.is_whatsapp_call;
            }();
            if (w11 != nullptr && ::callmap::matches_any(::callmap::text_of(*w11), {"true"})) return [&]() -> bool {
                out.channel = ::callmap::channel::whatsapp;
                return true;
            }();
            return false;
        }()) return true;
        if ([&]() -> bool {
            const auto* w13 = [&]() -> const bool* {
                if (!in.cdr) return nullptr;
                const auto& s14 = *in.cdr;
                if (!s14.is_sip_trunk_call) return nullptr;
                return &*s14.is_sip_trunk_call;
            }();
            if (w13 != nullptr && ::callmap::matches_any(::callmap::text_of(*w13), {"true"})) return [&]() -> bool {
                out.channel = ::callmap::channel::sip;
                return true;
            }();
            return false;
        }()) return true;
        if ([&]() -> bool {
            out.channel = ::callmap::channel::pstn;
            return true;
        }()) return true;
        return false;
    }();
    [&]() -> bool {
        const auto* w15 = [&]() -> const ::callmap::open_enum<::callmap::twochat::direction>* {
            if (!in.cdr) return nullptr;
            const auto& s16 = *in.cdr;
            if (!s16.direction) return nullptr;
            return &*s16.direction;
        }();
        if (w15 != nullptr && ::callmap::matches_any(::callmap::text_of(*w15), {"O"})) return [&]() -> bool {
            const auto* v17 = [&]() -> const std::string_view* {
                if (!in.cdr) return nullptr;
                const auto& s18 = *in.cdr;
                if (!s18.caller_id_used) return nullptr;
                return &*s18.caller_id_used;
            }();
            if (v17 == nullptr) return false;
            ::callmap::set_party(out.from, ::callmap::text_of(*v17));
            return true;
        }();
        return [&]() -> bool {
            const auto* v19 = [&]() -> const std::string_view* {
                if (!in.cdr) return nullptr;
                const auto& s20 = *in.cdr;
                if (!s20.from) return nullptr;
                return &*s20.from;
            }();
            if (v19 == nullptr) return false;
            ::callmap::set_party(out.from, ::callmap::text_of(*v19));
            return true;
        }();
    }();
    [&]() -> bool {
        const auto* v21 = [&]() -> const std::string_view* {
            if (!in.cdr) return nullptr;
            const auto& s22 = *in.cdr;
            if (!s22.to_number) return nullptr;
            return &*s22.to_number;
        }();
        if (v21 == nullptr) return false;
        ::callmap::set_party(out.to, ::callmap::text_of(*v21));
        return true;
    }();
    [&]() -> bool {
        if ([&]() -> bool {
            const auto* w23 = [&]() -> const bool* {
                if (!in.cdr) return nullptr;
                const auto& s24 = *in.cdr;
                if (!s24.active) return nullptr;
                return &*s24.active;
            }();
            if (w23 != nullptr && ::callmap::matches_any(::callmap::text_of(*w23), {"true"})) return [&]() -> bool {
                out.status = ::callmap::call_status::in_progress;
                return true;
            }();
            return false;
        }()) return true;
        if ([&]() -> bool {
            const auto* v25 = [&]() -> const std::string_view* {
                if (!in.cdr) return nullptr;
                const auto& s26 = *in.cdr;
                if (!s26.status) return nullptr;
                return &*s26.status;
            }();
            if (v25 == nullptr) return false;
            const std::string_view raw27 = ::callmap::text_of(*v25);
            out.status_raw = raw27;
            const std::optional<::callmap::call_status> mapped28 = ::callmap::lookup<::callmap::call_status>(mapping_tables::table_2, raw27);
            if (!mapped28) ctx.warn("unmapped status value", raw27);
            ::callmap::call_status value29 = mapped28 ? *mapped28 : ::callmap::call_status::unknown;
            out.status = value29;
            return true;
        }()) return true;
        return false;
    }();
    [&]() -> bool {
        const auto r30 = ::callmap::end_reason_from_status(out.status);
        if (!r30) return false;
        out.end_reason = *r30;
        return true;
    }();
    [&]() -> bool {
        const auto* v31 = [&]() -> const std::string_view* {
            if (!in.cdr) return nullptr;
            const auto& s32 = *in.cdr;
            if (!s32.created_at) return nullptr;
            return &*s32.created_at;
        }();
        if (v31 == nullptr) return false;
        ::callmap::timestamp t33;
        if (!::callmap::read_instant(ctx, *v31, ::callmap::time_format::iso8601, t33)) return false;
        out.created_at = t33;
        return true;
    }();
    [&]() -> bool {
        const auto* v34 = [&]() -> const std::string_view* {
            if (!in.cdr) return nullptr;
            const auto& s35 = *in.cdr;
            if (!s35.start_time) return nullptr;
            return &*s35.start_time;
        }();
        if (v34 == nullptr) return false;
        ::callmap::timestamp t36;
        if (!::callmap::read_instant(ctx, *v34, ::callmap::time_format::iso8601, t36)) return false;
        out.answered_at = t36;
        return true;
    }();
    [&]() -> bool {
        const auto* v37 = [&]() -> const std::string_view* {
            if (!in.cdr) return nullptr;
            const auto& s38 = *in.cdr;
            if (!s38.end_time) return nullptr;
            return &*s38.end_time;
        }();
        if (v37 == nullptr) return false;
        ::callmap::timestamp t39;
        if (!::callmap::read_instant(ctx, *v37, ::callmap::time_format::iso8601, t39)) return false;
        out.ended_at = t39;
        return true;
    }();
    [&]() -> bool {
        const auto* v40 = [&]() -> const std::string_view* {
            if (!in.cdr) return nullptr;
            const auto& s41 = *in.cdr;
            if (!s41.updated_at) return nullptr;
            return &*s41.updated_at;
        }();
        if (v40 == nullptr) return false;
        ::callmap::timestamp t42;
        if (!::callmap::read_instant(ctx, *v40, ::callmap::time_format::iso8601, t42)) return false;
        out.updated_at = t42;
        return true;
    }();
    [&]() -> bool {
        const auto* v43 = [&]() -> const std::int64_t* {
            if (!in.cdr) return nullptr;
            const auto& s44 = *in.cdr;
            if (!s44.duration) return nullptr;
            return &*s44.duration;
        }();
        if (v43 == nullptr) return false;
        const auto r45 = ::callmap::scaled_integer(*v43, 1000);
        if (!r45) return false;
        out.talk_ms = *r45;
        return true;
    }();
    [&]() -> bool {
        const auto* v46 = [&]() -> const std::int64_t* {
            if (!in.cdr) return nullptr;
            const auto& s47 = *in.cdr;
            if (!s47.call_cost) return nullptr;
            const auto& s48 = *s47.call_cost;
            if (!s48.duration) return nullptr;
            return &*s48.duration;
        }();
        if (v46 == nullptr) return false;
        const auto r49 = ::callmap::scaled_integer(*v46, 1000);
        if (!r49) return false;
        out.billed_ms = *r49;
        return true;
    }();
    out.external_ids.entries = ::callmap::build_array<::callmap::map_entry<std::string_view>>(ctx, 4, [&](std::size_t i50, ::callmap::map_entry<std::string_view>& entry51) -> bool {
        switch (i50) {
            case 0: return [&]() -> bool {
                const auto* v52 = [&]() -> const std::string_view* {
                    if (!in.cdr) return nullptr;
                    const auto& s53 = *in.cdr;
                    if (!s53.callid) return nullptr;
                    return &*s53.callid;
                }();
                if (v52 == nullptr) return false;
                entry51 = {"session_callid", ::callmap::text_of(*v52)};
                return true;
            }();
            case 1: return [&]() -> bool {
                const auto* v54 = [&]() -> const std::string_view* {
                    if (!in.cdr) return nullptr;
                    const auto& s55 = *in.cdr;
                    if (!s55.account_uuid) return nullptr;
                    return &*s55.account_uuid;
                }();
                if (v54 == nullptr) return false;
                entry51 = {"account_uuid", ::callmap::text_of(*v54)};
                return true;
            }();
            case 2: return [&]() -> bool {
                const auto* v56 = [&]() -> const std::string_view* {
                    if (!in.cdr) return nullptr;
                    const auto& s57 = *in.cdr;
                    if (!s57.caller_id_uuid) return nullptr;
                    return &*s57.caller_id_uuid;
                }();
                if (v56 == nullptr) return false;
                entry51 = {"caller_id_uuid", ::callmap::text_of(*v56)};
                return true;
            }();
            case 3: return [&]() -> bool {
                const auto* v58 = [&]() -> const std::string_view* {
                    if (!in.cdr) return nullptr;
                    const auto& s59 = *in.cdr;
                    if (!s59.iso_country_code) return nullptr;
                    return &*s59.iso_country_code;
                }();
                if (v58 == nullptr) return false;
                entry51 = {"country", ::callmap::text_of(*v58)};
                return true;
            }();
            default: return false;
        }
    });
    {
        ::callmap::agent_info& g60 = out.agent.emplace();
        bool present61 = false;
        if ([&]() -> bool {
            if ([&]() -> bool {
                const auto* v62 = [&]() -> const std::string_view* {
                    if (!in.cdr) return nullptr;
                    const auto& s63 = *in.cdr;
                    if (!s63.agent_id) return nullptr;
                    return &*s63.agent_id;
                }();
                if (v62 == nullptr) return false;
                g60.id = ::callmap::text_of(*v62);
                return true;
            }()) return true;
            if ([&]() -> bool {
                const auto* v64 = [&]() -> const std::string_view* {
                    if (!in.cdr) return nullptr;
                    const auto& s65 = *in.cdr;
                    if (!s65.agent) return nullptr;
                    const auto& s66 = *s65.agent;
                    if (!s66.uuid) return nullptr;
                    return &*s66.uuid;
                }();
                if (v64 == nullptr) return false;
                g60.id = ::callmap::text_of(*v64);
                return true;
            }()) return true;
            return false;
        }()) present61 = true;
        if ([&]() -> bool {
            const auto* v67 = [&]() -> const std::string_view* {
                if (!in.cdr) return nullptr;
                const auto& s68 = *in.cdr;
                if (!s68.agent) return nullptr;
                const auto& s69 = *s68.agent;
                if (!s69.full_name) return nullptr;
                return &*s69.full_name;
            }();
            if (v67 == nullptr) return false;
            g60.name = ::callmap::text_of(*v67);
            return true;
        }()) present61 = true;
        g60.kind = ::callmap::agent_kind::human;
        if (!present61) out.agent.reset();
    }
    {
        ::callmap::cost& g70 = out.cost.emplace();
        bool present71 = false;
        if ([&]() -> bool {
            const auto* v72 = [&]() -> const ::callmap::decimal* {
                if (!in.cdr) return nullptr;
                const auto& s73 = *in.cdr;
                if (!s73.call_cost) return nullptr;
                const auto& s74 = *s73.call_cost;
                if (!s74.call_price) return nullptr;
                return &*s74.call_price;
            }();
            if (v72 == nullptr) return false;
            const auto r75 = ::callmap::money_micros(*v72, 1'000'000);
            if (!r75) return false;
            g70.amount_micros = *r75;
            return true;
        }()) present71 = true;
        g70.currency = std::string_view("USD");
        g70.currency_assumed = true;
        if (present71 && g70.currency_assumed) ctx.warn("currency assumed 'USD'");
        if (!present71) out.cost.reset();
    }
    out.recordings = ::callmap::build_array<::callmap::recording>(ctx, 1, [&](std::size_t i76, ::callmap::recording& g77) -> bool {
        switch (i76) {
            case 0: {
                if (![&]() -> bool {
                    const auto* v78 = [&]() -> const std::string_view* {
                        if (!in.cdr) return nullptr;
                        const auto& s79 = *in.cdr;
                        if (!s79.recording_url) return nullptr;
                        return &*s79.recording_url;
                    }();
                    if (v78 == nullptr) return false;
                    g77.url = ::callmap::text_of(*v78);
                    return true;
                }()) return false;
                g77.kind = ::callmap::recording_kind::mixed;
                return true;
            }
            default: return false;
        }
    });
    if (out.id.empty()) ctx.warn("no call id in the payload");
    ctx.finish_into(answer);
    return answer;
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

}  // namespace callmap::twochat
