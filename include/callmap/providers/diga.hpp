// generated from schemas/diga.yaml by callmap-gen -- do not edit.
// Diga voice agents — get call
// https://docs.diga.io/api-reference/calls/get-call-by-id
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
#error "diga.hpp was generated for another callmap runtime; regenerate it"
#endif

namespace callmap::diga {

enum class type : std::uint8_t {
    inbound,
    outbound,
};
BOOST_DESCRIBE_ENUM(type, inbound, outbound)

struct contact {
    std::optional<std::string_view> id{};
    std::optional<std::string_view> created_date{};
    std::optional<std::string_view> identifier{};
    std::optional<std::string_view> contact_type{};
};
BOOST_DESCRIBE_STRUCT(contact, (), (
    id,
    created_date,
    identifier,
    contact_type))

struct call {
    std::optional<std::string_view> id{};
    std::optional<std::string_view> agent_id{};
    std::optional<std::string_view> agent_version_id{};
    std::optional<std::string_view> status{};
    std::optional<::callmap::open_enum<::callmap::diga::type>> type{};
    std::optional<::callmap::diga::contact> contact{};
    std::optional<std::string_view> phone_register_id{};
    std::optional<std::string_view> created_date{};
    std::optional<std::string_view> recording_url{};
    std::optional<std::string_view> start_time{};
    std::optional<std::string_view> end_time{};
    std::optional<std::int64_t> duration{};
    std::optional<std::string_view> end_reason{};
    std::optional<std::string_view> error_code{};
    std::optional<std::string_view> message{};
};
BOOST_DESCRIBE_STRUCT(call, (), (
    id,
    agent_id,
    agent_version_id,
    status,
    type,
    contact,
    phone_register_id,
    created_date,
    recording_url,
    start_time,
    end_time,
    duration,
    end_reason,
    error_code,
    message))

}  // namespace callmap::diga

namespace callmap {

template <>
struct enum_spelling<::callmap::diga::type> {
    static constexpr std::array<std::string_view, 2> values{"inbound", "outbound"};
    static constexpr bool case_insensitive = false;
};

}  // namespace callmap

namespace callmap::json {

template <>
struct value_parser<::callmap::diga::contact> {
    struct field {
        enum : int {
            id,
            created_date,
            identifier,
            contact_type,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "id",
        "created_date",
        "identifier",
        "contact_type",
    });
    static constexpr auto required = required_fields<keys.size()>({});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 2: return key == "id" ? field::id : -1;
            case 10: return key == "identifier" ? field::identifier : -1;
            case 12:
                switch (key[1]) {
                    case 'r': return key == "created_date" ? field::created_date : -1;
                    case 'o': return key == "contact_type" ? field::contact_type : -1;
                    default: return -1;
                }
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::diga::contact& out);
};

template <>
struct value_parser<::callmap::diga::call> {
    struct field {
        enum : int {
            id,
            agent_id,
            agent_version_id,
            status,
            type,
            contact,
            phone_register_id,
            created_date,
            recording_url,
            start_time,
            end_time,
            duration,
            end_reason,
            error_code,
            message,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "id",
        "agent_id",
        "agent_version_id",
        "status",
        "type",
        "contact",
        "phone_register_id",
        "created_date",
        "recording_url",
        "start_time",
        "end_time",
        "duration",
        "end_reason",
        "error_code",
        "message",
    });
    static constexpr auto required = required_fields<keys.size()>({});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 2: return key == "id" ? field::id : -1;
            case 4: return key == "type" ? field::type : -1;
            case 6: return key == "status" ? field::status : -1;
            case 7:
                switch (key[0]) {
                    case 'c': return key == "contact" ? field::contact : -1;
                    case 'm': return key == "message" ? field::message : -1;
                    default: return -1;
                }
            case 8:
                switch (key[0]) {
                    case 'a': return key == "agent_id" ? field::agent_id : -1;
                    case 'p': return key == "phone_id" ? field::phone_register_id : -1;
                    case 'e': return key == "end_time" ? field::end_time : -1;
                    case 'd': return key == "duration" ? field::duration : -1;
                    default: return -1;
                }
            case 10:
                switch (key[1]) {
                    case 't': return key == "start_time" ? field::start_time : -1;
                    case 'n': return key == "end_reason" ? field::end_reason : -1;
                    case 'r': return key == "error_code" ? field::error_code : -1;
                    default: return -1;
                }
            case 12: return key == "created_date" ? field::created_date : -1;
            case 13: return key == "recording_url" ? field::recording_url : -1;
            case 16: return key == "agent_version_id" ? field::agent_version_id : -1;
            case 17: return key == "phone_register_id" ? field::phone_register_id : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::diga::call& out);
};

}  // namespace callmap::json

namespace callmap::diga::shape {

inline constexpr auto contact_fields = std::to_array<::callmap::drift::field_shape>({
    {"id", 1, 0, false, true, -1, {}, false},
    {"created_date", 1, 0, false, true, -1, {}, false},
    {"identifier", 1, 0, false, true, -1, {}, false},
    {"contact_type", 1, 0, false, true, -1, {}, false},
});
inline constexpr auto call_fields = std::to_array<::callmap::drift::field_shape>({
    {"id", 1, 0, false, true, -1, {}, false},
    {"agent_id", 1, 0, false, true, -1, {}, false},
    {"agent_version_id", 1, 0, false, true, -1, {}, false},
    {"status", 1, 0, false, true, -1, {}, false},
    {"type", 1, 0, false, true, -1, ::callmap::enum_spelling<::callmap::diga::type>::values,
     ::callmap::enum_spelling<::callmap::diga::type>::case_insensitive},
    {"contact", 8, 0, false, true, 0, {}, false},
    {"phone_register_id", 1, 0, false, true, -1, {}, false},
    {"phone_id", 1, 0, false, true, -1, {}, false},
    {"created_date", 1, 0, false, true, -1, {}, false},
    {"recording_url", 1, 0, false, true, -1, {}, false},
    {"start_time", 1, 0, false, true, -1, {}, false},
    {"end_time", 1, 0, false, true, -1, {}, false},
    {"duration", 2, 0, false, true, -1, {}, false},
    {"end_reason", 1, 0, false, true, -1, {}, false},
    {"error_code", 1, 0, false, true, -1, {}, false},
    {"message", 1, 0, false, true, -1, {}, false},
});
inline constexpr std::array<::callmap::drift::object_shape, 2> objects{{
    {"contact", contact_fields},
    {"call", call_fields},
}};
inline constexpr int root = 1;

}  // namespace callmap::diga::shape

namespace callmap::diga {

/// Maps a parsed diga payload onto the canonical call record. The result holds views
/// into the payload and into `memory`. A provider error answer is an error result.
::callmap::result<::callmap::call> to_call(const call& in, ::callmap::arena& memory);

}  // namespace callmap::diga

namespace callmap::diga {

/// The top-level keys that every diga payload has (auto-detection).
inline constexpr auto detect_keys = std::to_array<std::string_view>({
    "id",
    "status",
    "type",
    "contact",
});

/// Parses a diga payload and maps it onto the canonical call record (what the
/// registry entry calls). LIFETIME: the call holds views into `payload` and `memory`.
::callmap::result<::callmap::call> normalize(std::string_view payload, ::callmap::arena& memory,
                                             const ::callmap::parse_options& options = {});

/// This provider in a registry (callmap/normalize.hpp): on its own, or with the
/// built-in ones through callmap::with_builtin (callmap/builtin.hpp).
inline constexpr ::callmap::provider_entry provider{
    "diga",
    "Diga voice agents — get call",
    "https://docs.diga.io/api-reference/calls/get-call-by-id",
    detect_keys,
    &normalize,
    shape::objects,
    shape::root};

}  // namespace callmap::diga

// The parsers and the mapping: inline in every translation unit (header-only, the
// default), or compiled once, in the translation unit that defines CALLMAP_SOURCE
// before it includes this header, when the program defines
// CALLMAP_SEPARATE_COMPILATION (callmap/config.hpp).
#if !defined(CALLMAP_SEPARATE_COMPILATION) || defined(CALLMAP_SOURCE)

namespace callmap::json {

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::diga::contact>::parse(
    reader& r, ::callmap::diga::contact& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::id: return read_value(r, out.id);
            case field::created_date: return read_value(r, out.created_date);
            case field::identifier: return read_value(r, out.identifier);
            case field::contact_type: return read_value(r, out.contact_type);
            default: return false;
        }
    });
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::diga::call>::parse(
    reader& r, ::callmap::diga::call& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::id: return read_value(r, out.id);
            case field::agent_id: return read_value(r, out.agent_id);
            case field::agent_version_id: return read_value(r, out.agent_version_id);
            case field::status: return read_value(r, out.status);
            case field::type: return read_value(r, out.type);
            case field::contact: return read_value(r, out.contact);
            case field::phone_register_id: return read_value(r, out.phone_register_id);
            case field::created_date: return read_value(r, out.created_date);
            case field::recording_url: return read_value(r, out.recording_url);
            case field::start_time: return read_value(r, out.start_time);
            case field::end_time: return read_value(r, out.end_time);
            case field::duration: return read_value(r, out.duration);
            case field::end_reason: return read_value(r, out.end_reason);
            case field::error_code: return read_value(r, out.error_code);
            case field::message: return read_value(r, out.message);
            default: return false;
        }
    });
}

}  // namespace callmap::json

namespace callmap::diga {

namespace mapping_tables {
inline constexpr ::callmap::table_entry<::callmap::direction> direction[] = {
    {"inbound", ::callmap::direction::inbound},
    {"outbound", ::callmap::direction::outbound},
};
inline constexpr ::callmap::table_entry<::callmap::channel> channel[] = {
    {"call", ::callmap::channel::pstn},
};
inline constexpr ::callmap::table_entry<::callmap::call_status> status[] = {
    {"dialing", ::callmap::call_status::ringing},
    {"in_progress", ::callmap::call_status::in_progress},
    {"completed", ::callmap::call_status::completed},
    {"failed", ::callmap::call_status::failed},
    {"transferred", ::callmap::call_status::transferred},
    {"no_answer", ::callmap::call_status::no_answer},
};
inline constexpr ::callmap::table_entry<::callmap::end_reason> shared_diga_end_reasons[] = {
    {"*user*hang*", ::callmap::end_reason::customer_hangup},
    {"*hang*user*", ::callmap::end_reason::customer_hangup},
    {"*client*hang*", ::callmap::end_reason::customer_hangup},
    {"*hang*client*", ::callmap::end_reason::customer_hangup},
    {"*client*colg*", ::callmap::end_reason::customer_hangup},
    {"*colg*client*", ::callmap::end_reason::customer_hangup},
    {"*usuario*colg*", ::callmap::end_reason::customer_hangup},
    {"*transfer*", ::callmap::end_reason::transferred},
    {"*agent*", ::callmap::end_reason::agent_hangup},
    {"*voicemail*", ::callmap::end_reason::voicemail},
    {"*buz*n*", ::callmap::end_reason::voicemail},
    {"*timeout*", ::callmap::end_reason::inactivity},
    {"*silen*", ::callmap::end_reason::inactivity},
    {"*error*", ::callmap::end_reason::platform_error},
};
}  // namespace mapping_tables

CALLMAP_PROVIDER_INLINE ::callmap::result<::callmap::call> to_call(
    const call& in, ::callmap::arena& memory) {
    ::callmap::mapping_context ctx(memory);
    ::callmap::result<::callmap::call> answer(std::in_place);  // mapped in place
    ::callmap::call& out = *answer;
    out.provider = "diga";
    if (in.status && ::callmap::matches_any(*in.status, {"error"})) {
        std::string_view message;
        if (message.empty() && in.message) message = *in.message;
        if (message.empty() && in.error_code) message = *in.error_code;
        answer = ::callmap::provider_error("diga", message);
        return answer;
    }
    if (in.id) out.id = *in.id;
    if (in.type) {
        out.direction =
            ::callmap::lookup_or_warn(ctx, mapping_tables::direction, ::callmap::text_of(*in.type),
                                      ::callmap::direction::unknown, "unmapped direction value");
    }
    if (in.contact && in.contact->contact_type) {
        out.channel =
            ::callmap::lookup_or_warn(ctx, mapping_tables::channel, *in.contact->contact_type,
                                      ::callmap::channel::unknown, "unmapped channel value");
    }
    if (in.type && ::callmap::matches_any(::callmap::text_of(*in.type), {"inbound"}) &&
        in.contact && in.contact->identifier) {
        ::callmap::set_party(out.from, *in.contact->identifier);
    }
    if (in.type && ::callmap::matches_any(::callmap::text_of(*in.type), {"outbound"}) &&
        in.contact && in.contact->identifier) {
        ::callmap::set_party(out.to, *in.contact->identifier);
    }
    if (in.status) {
        const std::string_view raw = *in.status;
        out.status_raw = raw;
        out.status =
            ::callmap::lookup_or_warn(ctx, mapping_tables::status, raw,
                                      ::callmap::call_status::unknown, "unmapped status value");
    }
    if (in.end_reason) {
        const std::string_view raw = *in.end_reason;
        out.end_reason_raw = raw;
        out.end_reason =
            ::callmap::lookup<::callmap::end_reason>(mapping_tables::shared_diga_end_reasons,
                                                     raw).value_or(::callmap::end_reason::unknown);
    }
    if (in.created_date) {
        ::callmap::set_instant(ctx, *in.created_date, ::callmap::time_format::iso8601,
                               out.created_at);
    }
    if (in.start_time) {
        ::callmap::set_instant(ctx, *in.start_time, ::callmap::time_format::iso8601,
                               out.started_at);
    }
    if (in.end_time) {
        ::callmap::set_instant(ctx, *in.end_time, ::callmap::time_format::iso8601, out.ended_at);
    }
    if (in.duration) {
        ::callmap::set_if(::callmap::scaled_integer(*in.duration, 1000), out.duration_ms);
    }
    out.external_ids.entries = ::callmap::build_array<::callmap::map_entry<std::string_view>>(
        ctx, 3, [&](std::size_t id_index, auto& id) -> bool {
            switch (id_index) {
                case 0:
                    if (!(in.contact && in.contact->id)) return false;
                    id = {"contact_id", *in.contact->id};
                    return true;
                case 1:
                    if (!in.phone_register_id) return false;
                    id = {"phone_register_id", *in.phone_register_id};
                    return true;
                case 2:
                    if (!in.agent_version_id) return false;
                    id = {"agent_version_id", *in.agent_version_id};
                    return true;
                default: return false;
            }
        });
    {
        ::callmap::agent_info& agent = out.agent.emplace();
        bool agent_present = false;
        if (in.agent_id) {
            agent.id = *in.agent_id;
            agent_present = true;
        }
        agent.kind = ::callmap::agent_kind::ai;
        if (!agent_present) out.agent.reset();
    }
    out.recordings = ::callmap::build_array<::callmap::recording>(
        ctx, 1, [&](std::size_t recording_index, auto& recording) -> bool {
            switch (recording_index) {
                case 0: {
                    if (!in.recording_url) return false;
                    recording.url = *in.recording_url;
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
    return ::callmap::normalize_as<call, &to_call>(payload, memory, options);
}

}  // namespace callmap::diga

#endif  // !CALLMAP_SEPARATE_COMPILATION || CALLMAP_SOURCE
