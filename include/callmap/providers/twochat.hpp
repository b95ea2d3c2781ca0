// generated from schemas/twochat.yaml by callmap-gen -- do not edit.
// 2chat VoIP — get call details
// https://developers.2chat.co/docs/API/Phone-Calls/get-call-details
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include "callmap/config.hpp"
#include "callmap/drift_shape.hpp"
#include "callmap/json/object_members.hpp"
#include "callmap/json/reader.hpp"
#include "callmap/json/value_parser.hpp"
#include "callmap/json/wire_values.hpp"
#include "callmap/mapping.hpp"
#include "callmap/normalize.hpp"
#include "callmap/parse.hpp"
#include "callmap/types.hpp"
#include "callmap/version.hpp"

#if CALLMAP_CODEGEN_VERSION != 2
#error "twochat.hpp was generated for another callmap runtime; regenerate it"
#endif

namespace callmap::twochat {

enum class direction : std::uint8_t {
    O,
    I_,
};
BOOST_DESCRIBE_ENUM(direction, O, I_)

struct call_cost {
    std::optional<std::string_view> callid{};
    std::optional<bool> forwarded{};
    std::optional<bool> toll_free{};
    std::optional<std::string_view> start_dt{};
    std::optional<std::string_view> end_dt{};
    std::optional<std::int64_t> duration{};
    std::optional<::callmap::decimal> call_price{};
};
BOOST_DESCRIBE_STRUCT(call_cost, (), (
    callid,
    forwarded,
    toll_free,
    start_dt,
    end_dt,
    duration,
    call_price))

struct agent {
    std::optional<std::string_view> uuid{};
    std::optional<std::string_view> first_name{};
    std::optional<std::string_view> last_name{};
    std::optional<std::string_view> full_name{};
    std::optional<std::string_view> profile_pic_url{};
};
BOOST_DESCRIBE_STRUCT(agent, (), (
    uuid,
    first_name,
    last_name,
    full_name,
    profile_pic_url))

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
BOOST_DESCRIBE_STRUCT(cdr, (), (
    uuid,
    account_uuid,
    callid,
    direction,
    active,
    from,
    iso_country_code,
    status,
    is_whatsapp_call,
    is_sip_trunk_call,
    created_at,
    updated_at,
    to_number,
    caller_id_uuid,
    caller_id_used,
    duration,
    recording_url,
    start_time,
    end_time,
    agent_id,
    call_cost,
    agent))

struct response {
    bool success{};
    std::optional<std::string_view> message{};
    std::optional<std::string_view> error{};
    std::optional<::callmap::twochat::cdr> cdr{};
};
BOOST_DESCRIBE_STRUCT(response, (), (
    success,
    message,
    error,
    cdr))

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
    struct field {
        enum : int {
            callid,
            forwarded,
            toll_free,
            start_dt,
            end_dt,
            duration,
            call_price,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "callid",
        "forwarded",
        "toll_free",
        "start_dt",
        "end_dt",
        "duration",
        "call_price",
    });
    static constexpr auto required = required_fields<keys.size()>({});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 6:
                switch (key[0]) {
                    case 'c': return key == "callid" ? field::callid : -1;
                    case 'e': return key == "end_dt" ? field::end_dt : -1;
                    default: return -1;
                }
            case 8:
                switch (key[0]) {
                    case 's': return key == "start_dt" ? field::start_dt : -1;
                    case 'd': return key == "duration" ? field::duration : -1;
                    default: return -1;
                }
            case 9:
                switch (key[0]) {
                    case 'f': return key == "forwarded" ? field::forwarded : -1;
                    case 't': return key == "toll_free" ? field::toll_free : -1;
                    default: return -1;
                }
            case 10: return key == "call_price" ? field::call_price : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::twochat::call_cost& out);
};

template <>
struct value_parser<::callmap::twochat::agent> {
    struct field {
        enum : int {
            uuid,
            first_name,
            last_name,
            full_name,
            profile_pic_url,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "uuid",
        "first_name",
        "last_name",
        "full_name",
        "profile_pic_url",
    });
    static constexpr auto required = required_fields<keys.size()>({});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 4: return key == "uuid" ? field::uuid : -1;
            case 9:
                switch (key[0]) {
                    case 'l': return key == "last_name" ? field::last_name : -1;
                    case 'f': return key == "full_name" ? field::full_name : -1;
                    default: return -1;
                }
            case 10: return key == "first_name" ? field::first_name : -1;
            case 15: return key == "profile_pic_url" ? field::profile_pic_url : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::twochat::agent& out);
};

template <>
struct value_parser<::callmap::twochat::cdr> {
    struct field {
        enum : int {
            uuid,
            account_uuid,
            callid,
            direction,
            active,
            from,
            iso_country_code,
            status,
            is_whatsapp_call,
            is_sip_trunk_call,
            created_at,
            updated_at,
            to_number,
            caller_id_uuid,
            caller_id_used,
            duration,
            recording_url,
            start_time,
            end_time,
            agent_id,
            call_cost,
            agent,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "uuid",
        "account_uuid",
        "callid",
        "direction",
        "active",
        "from",
        "iso_country_code",
        "status",
        "is_whatsapp_call",
        "is_sip_trunk_call",
        "created_at",
        "updated_at",
        "to_number",
        "caller_id_uuid",
        "caller_id_used",
        "duration",
        "recording_url",
        "start_time",
        "end_time",
        "agent_id",
        "call_cost",
        "agent",
    });
    static constexpr auto required = required_fields<keys.size()>({field::uuid});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 4:
                switch (key[0]) {
                    case 'u': return key == "uuid" ? field::uuid : -1;
                    case 'f': return key == "from" ? field::from : -1;
                    default: return -1;
                }
            case 5: return key == "agent" ? field::agent : -1;
            case 6:
                switch (key[0]) {
                    case 'c': return key == "callid" ? field::callid : -1;
                    case 'a': return key == "active" ? field::active : -1;
                    case 's': return key == "status" ? field::status : -1;
                    default: return -1;
                }
            case 8:
                switch (key[0]) {
                    case 'd': return key == "duration" ? field::duration : -1;
                    case 'e': return key == "end_time" ? field::end_time : -1;
                    case 'a': return key == "agent_id" ? field::agent_id : -1;
                    default: return -1;
                }
            case 9:
                switch (key[0]) {
                    case 'd': return key == "direction" ? field::direction : -1;
                    case 't': return key == "to_number" ? field::to_number : -1;
                    case 'c': return key == "call_cost" ? field::call_cost : -1;
                    default: return -1;
                }
            case 10:
                switch (key[0]) {
                    case 'c': return key == "created_at" ? field::created_at : -1;
                    case 'u': return key == "updated_at" ? field::updated_at : -1;
                    case 's': return key == "start_time" ? field::start_time : -1;
                    default: return -1;
                }
            case 12: return key == "account_uuid" ? field::account_uuid : -1;
            case 13: return key == "recording_url" ? field::recording_url : -1;
            case 14:
                switch (key[11]) {
                    case 'u': return key == "caller_id_uuid" ? field::caller_id_uuid : -1;
                    case 's': return key == "caller_id_used" ? field::caller_id_used : -1;
                    default: return -1;
                }
            case 16:
                switch (key[2]) {
                    case 'o': return key == "iso_country_code" ? field::iso_country_code : -1;
                    case '_': return key == "is_whatsapp_call" ? field::is_whatsapp_call : -1;
                    default: return -1;
                }
            case 17: return key == "is_sip_trunk_call" ? field::is_sip_trunk_call : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::twochat::cdr& out);
};

template <>
struct value_parser<::callmap::twochat::response> {
    struct field {
        enum : int {
            success,
            message,
            error,
            cdr,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "success",
        "message",
        "error",
        "cdr",
    });
    static constexpr auto required = required_fields<keys.size()>({field::success});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 3: return key == "cdr" ? field::cdr : -1;
            case 5: return key == "error" ? field::error : -1;
            case 7:
                switch (key[0]) {
                    case 's': return key == "success" ? field::success : -1;
                    case 'm': return key == "message" ? field::message : -1;
                    default: return -1;
                }
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::twochat::response& out);
};

}  // namespace callmap::json

namespace callmap::twochat::shape {

inline constexpr auto call_cost_fields = std::to_array<::callmap::drift::field_shape>({
    {"callid", 1, 0, false, true, -1, {}, false},
    {"forwarded", 4, 0, false, true, -1, {}, false},
    {"toll_free", 4, 0, false, true, -1, {}, false},
    {"start_dt", 1, 0, false, true, -1, {}, false},
    {"end_dt", 1, 0, false, true, -1, {}, false},
    {"duration", 2, 0, false, true, -1, {}, false},
    {"call_price", 3, 0, false, true, -1, {}, false},
});
inline constexpr auto agent_fields = std::to_array<::callmap::drift::field_shape>({
    {"uuid", 1, 0, false, true, -1, {}, false},
    {"first_name", 1, 0, false, true, -1, {}, false},
    {"last_name", 1, 0, false, true, -1, {}, false},
    {"full_name", 1, 0, false, true, -1, {}, false},
    {"profile_pic_url", 1, 0, false, true, -1, {}, false},
});
inline constexpr auto cdr_fields = std::to_array<::callmap::drift::field_shape>({
    {"uuid", 1, 0, false, false, -1, {}, false},
    {"account_uuid", 1, 0, false, true, -1, {}, false},
    {"callid", 1, 0, false, true, -1, {}, false},
    {"direction", 1, 0, false, true, -1,
     ::callmap::enum_spelling<::callmap::twochat::direction>::values,
     ::callmap::enum_spelling<::callmap::twochat::direction>::case_insensitive},
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
});
inline constexpr auto response_fields = std::to_array<::callmap::drift::field_shape>({
    {"success", 4, 0, false, false, -1, {}, false},
    {"message", 1, 0, false, true, -1, {}, false},
    {"error", 1, 0, false, true, -1, {}, false},
    {"cdr", 8, 0, false, true, 2, {}, false},
});
inline constexpr std::array<::callmap::drift::object_shape, 4> objects{{
    {"call_cost", call_cost_fields},
    {"agent", agent_fields},
    {"cdr", cdr_fields},
    {"response", response_fields},
}};
inline constexpr int root = 3;

}  // namespace callmap::twochat::shape

namespace callmap::twochat {

/// Maps a parsed twochat payload onto the canonical call record. The result holds views
/// into the payload and into `memory`. A provider error answer is an error result.
::callmap::result<::callmap::call> to_call(const response& in, ::callmap::arena& memory);

}  // namespace callmap::twochat

namespace callmap::twochat {

/// The top-level keys that every twochat payload has (auto-detection).
inline constexpr auto detect_keys = std::to_array<std::string_view>({
    "success",
});

/// Parses a twochat payload and maps it onto the canonical call record (what the
/// registry entry calls). LIFETIME: the call holds views into `payload` and `memory`.
::callmap::result<::callmap::call> normalize(std::string_view payload, ::callmap::arena& memory,
                                             const ::callmap::parse_options& options = {});

/// This provider in a registry (callmap/normalize.hpp): on its own, or with the
/// built-in ones through callmap::with_builtin (callmap/builtin.hpp).
inline constexpr ::callmap::provider_entry provider{
    "twochat",
    "2chat VoIP — get call details",
    "https://developers.2chat.co/docs/API/Phone-Calls/get-call-details",
    detect_keys,
    &normalize,
    shape::objects,
    shape::root};

}  // namespace callmap::twochat

// The parsers and the mapping: inline in every translation unit (header-only, the
// default), or compiled once, in the translation unit that defines CALLMAP_SOURCE
// before it includes this header, when the program defines
// CALLMAP_SEPARATE_COMPILATION (callmap/config.hpp).
#if !defined(CALLMAP_SEPARATE_COMPILATION) || defined(CALLMAP_SOURCE)

namespace callmap::json {

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::twochat::call_cost>::parse(
    reader& r, ::callmap::twochat::call_cost& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::callid: return read_value(r, out.callid);
            case field::forwarded: return read_value(r, out.forwarded);
            case field::toll_free: return read_value(r, out.toll_free);
            case field::start_dt: return read_value(r, out.start_dt);
            case field::end_dt: return read_value(r, out.end_dt);
            case field::duration: return read_value(r, out.duration);
            case field::call_price: return read_value(r, out.call_price);
            default: return false;
        }
    });
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::twochat::agent>::parse(
    reader& r, ::callmap::twochat::agent& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::uuid: return read_value(r, out.uuid);
            case field::first_name: return read_value(r, out.first_name);
            case field::last_name: return read_value(r, out.last_name);
            case field::full_name: return read_value(r, out.full_name);
            case field::profile_pic_url: return read_value(r, out.profile_pic_url);
            default: return false;
        }
    });
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::twochat::cdr>::parse(
    reader& r, ::callmap::twochat::cdr& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::uuid: return read_value(r, out.uuid);
            case field::account_uuid: return read_value(r, out.account_uuid);
            case field::callid: return read_value(r, out.callid);
            case field::direction: return read_value(r, out.direction);
            case field::active: return read_value(r, out.active);
            case field::from: return read_value(r, out.from);
            case field::iso_country_code: return read_value(r, out.iso_country_code);
            case field::status: return read_value(r, out.status);
            case field::is_whatsapp_call: return read_value(r, out.is_whatsapp_call);
            case field::is_sip_trunk_call: return read_value(r, out.is_sip_trunk_call);
            case field::created_at: return read_value(r, out.created_at);
            case field::updated_at: return read_value(r, out.updated_at);
            case field::to_number: return read_value(r, out.to_number);
            case field::caller_id_uuid: return read_value(r, out.caller_id_uuid);
            case field::caller_id_used: return read_value(r, out.caller_id_used);
            case field::duration: return read_value(r, out.duration);
            case field::recording_url: return read_value(r, out.recording_url);
            case field::start_time: return read_value(r, out.start_time);
            case field::end_time: return read_value(r, out.end_time);
            case field::agent_id: return read_value(r, out.agent_id);
            case field::call_cost: return read_value(r, out.call_cost);
            case field::agent: return read_value(r, out.agent);
            default: return false;
        }
    });
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::twochat::response>::parse(
    reader& r, ::callmap::twochat::response& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::success: return read_value(r, out.success);
            case field::message: return read_value(r, out.message);
            case field::error: return read_value(r, out.error);
            case field::cdr: return read_value(r, out.cdr);
            default: return false;
        }
    });
}

}  // namespace callmap::json

namespace callmap::twochat {

namespace mapping_tables {
inline constexpr ::callmap::table_entry<::callmap::direction> direction[] = {
    {"O", ::callmap::direction::outbound},
    {"I", ::callmap::direction::inbound},
};
inline constexpr ::callmap::table_entry<::callmap::call_status> status[] = {
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

CALLMAP_PROVIDER_INLINE ::callmap::result<::callmap::call> to_call(
    const response& in, ::callmap::arena& memory) {
    ::callmap::mapping_context ctx(memory);
    ::callmap::result<::callmap::call> answer(std::in_place);  // mapped in place
    ::callmap::call& out = *answer;
    out.provider = "twochat";
    if (::callmap::matches_any(::callmap::text_of(in.success), {"false"})) {
        std::string_view message;
        if (message.empty() && in.message) message = *in.message;
        if (message.empty() && in.error) message = *in.error;
        answer = ::callmap::provider_error("twochat", message);
        return answer;
    }
    if (in.cdr) out.id = in.cdr->uuid;
    if (in.cdr && in.cdr->direction) {
        out.direction =
            ::callmap::lookup_or_warn(ctx, mapping_tables::direction,
                                      ::callmap::text_of(*in.cdr->direction),
                                      ::callmap::direction::unknown, "unmapped direction value");
    }
    if (in.cdr && in.cdr->is_whatsapp_call &&
        ::callmap::matches_any(::callmap::text_of(*in.cdr->is_whatsapp_call), {"true"})) {
        out.channel = ::callmap::channel::whatsapp;
    } else if (in.cdr && in.cdr->is_sip_trunk_call &&
               ::callmap::matches_any(::callmap::text_of(*in.cdr->is_sip_trunk_call), {"true"})) {
        out.channel = ::callmap::channel::sip;
    } else {
        out.channel = ::callmap::channel::pstn;
    }
    if (in.cdr && in.cdr->direction &&
        ::callmap::matches_any(::callmap::text_of(*in.cdr->direction), {"O"}) && in.cdr &&
        in.cdr->caller_id_used) {
        ::callmap::set_party(out.from, *in.cdr->caller_id_used);
    } else if (!(in.cdr && in.cdr->direction &&
                 ::callmap::matches_any(::callmap::text_of(*in.cdr->direction), {"O"})) && in.cdr &&
               in.cdr->from) {
        ::callmap::set_party(out.from, *in.cdr->from);
    }
    if (in.cdr && in.cdr->to_number) ::callmap::set_party(out.to, *in.cdr->to_number);
    if (in.cdr && in.cdr->active &&
        ::callmap::matches_any(::callmap::text_of(*in.cdr->active), {"true"})) {
        out.status = ::callmap::call_status::in_progress;
    } else if (in.cdr && in.cdr->status) {
        const std::string_view raw = *in.cdr->status;
        out.status_raw = raw;
        out.status =
            ::callmap::lookup_or_warn(ctx, mapping_tables::status, raw,
                                      ::callmap::call_status::unknown, "unmapped status value");
    }
    ::callmap::set_if(::callmap::end_reason_from_status(out.status), out.end_reason);
    if (in.cdr && in.cdr->created_at) {
        ::callmap::set_instant(ctx, *in.cdr->created_at, ::callmap::time_format::iso8601,
                               out.created_at);
    }
    if (in.cdr && in.cdr->start_time) {
        ::callmap::set_instant(ctx, *in.cdr->start_time, ::callmap::time_format::iso8601,
                               out.answered_at);
    }
    if (in.cdr && in.cdr->end_time) {
        ::callmap::set_instant(ctx, *in.cdr->end_time, ::callmap::time_format::iso8601,
                               out.ended_at);
    }
    if (in.cdr && in.cdr->updated_at) {
        ::callmap::set_instant(ctx, *in.cdr->updated_at, ::callmap::time_format::iso8601,
                               out.updated_at);
    }
    if (in.cdr && in.cdr->duration) {
        ::callmap::set_if(::callmap::scaled_integer(*in.cdr->duration, 1000), out.talk_ms);
    }
    if (in.cdr && in.cdr->call_cost && in.cdr->call_cost->duration) {
        ::callmap::set_if(::callmap::scaled_integer(*in.cdr->call_cost->duration, 1000),
                          out.billed_ms);
    }
    out.external_ids.entries = ::callmap::build_array<::callmap::map_entry<std::string_view>>(
        ctx, 4, [&](std::size_t id_index, auto& id) -> bool {
            switch (id_index) {
                case 0:
                    if (!(in.cdr && in.cdr->callid)) return false;
                    id = {"session_callid", *in.cdr->callid};
                    return true;
                case 1:
                    if (!(in.cdr && in.cdr->account_uuid)) return false;
                    id = {"account_uuid", *in.cdr->account_uuid};
                    return true;
                case 2:
                    if (!(in.cdr && in.cdr->caller_id_uuid)) return false;
                    id = {"caller_id_uuid", *in.cdr->caller_id_uuid};
                    return true;
                case 3:
                    if (!(in.cdr && in.cdr->iso_country_code)) return false;
                    id = {"country", *in.cdr->iso_country_code};
                    return true;
                default: return false;
            }
        });
    {
        ::callmap::agent_info& agent = out.agent.emplace();
        bool agent_present = false;
        if (in.cdr && in.cdr->agent_id) {
            agent.id = *in.cdr->agent_id;
            agent_present = true;
        } else if (in.cdr && in.cdr->agent && in.cdr->agent->uuid) {
            agent.id = *in.cdr->agent->uuid;
            agent_present = true;
        }
        if (in.cdr && in.cdr->agent && in.cdr->agent->full_name) {
            agent.name = *in.cdr->agent->full_name;
            agent_present = true;
        }
        agent.kind = ::callmap::agent_kind::human;
        if (!agent_present) out.agent.reset();
    }
    {
        ::callmap::cost& cost = out.cost.emplace();
        bool cost_present = false;
        if (in.cdr && in.cdr->call_cost && in.cdr->call_cost->call_price &&
            ::callmap::set_if(::callmap::money_micros(ctx, *in.cdr->call_cost->call_price,
                                                      ::callmap::money_unit::major),
                              cost.amount_micros)) {
            cost_present = true;
        }
        cost.currency = "USD";
        cost.currency_assumed = true;
        if (cost_present && cost.currency_assumed) ctx.warn("currency assumed 'USD'");
        if (!cost_present) out.cost.reset();
    }
    out.recordings = ::callmap::build_array<::callmap::recording>(
        ctx, 1, [&](std::size_t recording_index, auto& recording) -> bool {
            switch (recording_index) {
                case 0: {
                    if (!(in.cdr && in.cdr->recording_url)) return false;
                    recording.url = *in.cdr->recording_url;
                    recording.kind = ::callmap::recording_kind::mixed;
                    return true;
                }
                default: return false;
            }
        });
    if (out.id.empty()) ctx.warn("no call id in the payload");
    ctx.finish_into(answer);
    return answer;
}

CALLMAP_PROVIDER_INLINE ::callmap::result<::callmap::call> normalize(
    std::string_view payload, ::callmap::arena& memory,
    const ::callmap::parse_options& options) {
    return ::callmap::normalize_as<response, &to_call>(payload, memory, options);
}

}  // namespace callmap::twochat

#endif  // !CALLMAP_SEPARATE_COMPILATION || CALLMAP_SOURCE
