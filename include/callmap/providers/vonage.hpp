// generated from schemas/vonage.yaml by callmap-gen -- do not edit.
// Vonage Voice API — retrieve a call
// https://developer.vonage.com/en/api/voice#getCall
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
#error "vonage.hpp was generated for another callmap runtime; regenerate it"
#endif

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
BOOST_DESCRIBE_STRUCT(endpoint, (), (
    type,
    number,
    uri,
    user,
    extension))

/// "to" of call: one of (string | endpoint | endpoint[])?, told apart by the JSON type.
struct call_to {
    std::optional<std::string_view> as_string{};
    std::optional<::callmap::vonage::endpoint> as_endpoint{};
    std::optional<std::span<const ::callmap::vonage::endpoint>> as_endpoint_list{};
};
BOOST_DESCRIBE_STRUCT(call_to, (), (as_string, as_endpoint, as_endpoint_list))

/// "from" of call: one of (string | endpoint | endpoint[])?, told apart by the JSON type.
struct call_from {
    std::optional<std::string_view> as_string{};
    std::optional<::callmap::vonage::endpoint> as_endpoint{};
    std::optional<std::span<const ::callmap::vonage::endpoint>> as_endpoint_list{};
};
BOOST_DESCRIBE_STRUCT(call_from, (), (as_string, as_endpoint, as_endpoint_list))

struct call {
    std::optional<::callmap::raw_json> _links{};
    std::string_view uuid{};
    std::optional<std::string_view> conversation_uuid{};
    std::optional<::callmap::vonage::call_to> to{};
    std::optional<::callmap::vonage::call_from> from{};
    std::optional<std::string_view> status{};
    std::optional<::callmap::open_enum<::callmap::vonage::direction>> direction{};
    std::optional<::callmap::decimal> rate{};
    std::optional<::callmap::decimal> price{};
    std::optional<::callmap::decimal> duration{};
    std::optional<std::string_view> start_time{};
    std::optional<std::string_view> end_time{};
    std::optional<std::string_view> network{};
    std::optional<std::string_view> timestamp{};
    std::optional<std::string_view> detail{};
    std::optional<std::string_view> disconnected_by{};
    std::optional<::callmap::map<::callmap::raw_json>> headers{};
    std::optional<std::string_view> type{};
    std::optional<std::string_view> conversation_uuid_from{};
    std::optional<std::string_view> conversation_uuid_to{};
};
BOOST_DESCRIBE_STRUCT(call, (), (
    _links,
    uuid,
    conversation_uuid,
    to,
    from,
    status,
    direction,
    rate,
    price,
    duration,
    start_time,
    end_time,
    network,
    timestamp,
    detail,
    disconnected_by,
    headers,
    type,
    conversation_uuid_from,
    conversation_uuid_to))

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
    struct field {
        enum : int {
            type,
            number,
            uri,
            user,
            extension,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "type",
        "number",
        "uri",
        "user",
        "extension",
    });
    static constexpr auto required = required_fields<keys.size()>({});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 3: return key == "uri" ? field::uri : -1;
            case 4:
                switch (key[0]) {
                    case 't': return key == "type" ? field::type : -1;
                    case 'u': return key == "user" ? field::user : -1;
                    default: return -1;
                }
            case 6: return key == "number" ? field::number : -1;
            case 9: return key == "extension" ? field::extension : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::vonage::endpoint& out);
};

template <>
struct value_parser<::callmap::vonage::call_to> {
    static bool parse(reader& r, ::callmap::vonage::call_to& out);
};

template <>
struct value_parser<::callmap::vonage::call_from> {
    static bool parse(reader& r, ::callmap::vonage::call_from& out);
};

template <>
struct value_parser<::callmap::vonage::call> {
    struct field {
        enum : int {
            _links,
            uuid,
            conversation_uuid,
            to,
            from,
            status,
            direction,
            rate,
            price,
            duration,
            start_time,
            end_time,
            network,
            timestamp,
            detail,
            disconnected_by,
            headers,
            type,
            conversation_uuid_from,
            conversation_uuid_to,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "_links",
        "uuid",
        "conversation_uuid",
        "to",
        "from",
        "status",
        "direction",
        "rate",
        "price",
        "duration",
        "start_time",
        "end_time",
        "network",
        "timestamp",
        "detail",
        "disconnected_by",
        "headers",
        "type",
        "conversation_uuid_from",
        "conversation_uuid_to",
    });
    static constexpr auto required = required_fields<keys.size()>({field::uuid});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 2: return key == "to" ? field::to : -1;
            case 4:
                switch (key[0]) {
                    case 'u': return key == "uuid" ? field::uuid : -1;
                    case 'f': return key == "from" ? field::from : -1;
                    case 'r': return key == "rate" ? field::rate : -1;
                    case 't': return key == "type" ? field::type : -1;
                    default: return -1;
                }
            case 5: return key == "price" ? field::price : -1;
            case 6:
                switch (key[0]) {
                    case '_': return key == "_links" ? field::_links : -1;
                    case 's': return key == "status" ? field::status : -1;
                    case 'd': return key == "detail" ? field::detail : -1;
                    default: return -1;
                }
            case 7:
                switch (key[0]) {
                    case 'n': return key == "network" ? field::network : -1;
                    case 'h': return key == "headers" ? field::headers : -1;
                    default: return -1;
                }
            case 8:
                switch (key[0]) {
                    case 'd': return key == "duration" ? field::duration : -1;
                    case 'e': return key == "end_time" ? field::end_time : -1;
                    default: return -1;
                }
            case 9:
                switch (key[0]) {
                    case 'd': return key == "direction" ? field::direction : -1;
                    case 't': return key == "timestamp" ? field::timestamp : -1;
                    default: return -1;
                }
            case 10: return key == "start_time" ? field::start_time : -1;
            case 15: return key == "disconnected_by" ? field::disconnected_by : -1;
            case 17: return key == "conversation_uuid" ? field::conversation_uuid : -1;
            case 20: return key == "conversation_uuid_to" ? field::conversation_uuid_to : -1;
            case 22: return key == "conversation_uuid_from" ? field::conversation_uuid_from : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::vonage::call& out);
};

}  // namespace callmap::json

namespace callmap::vonage::shape {

inline constexpr auto endpoint_fields = std::to_array<::callmap::drift::field_shape>({
    {"type", 1, 0, false, true, -1, {}, false},
    {"number", 1, 0, false, true, -1, {}, false},
    {"uri", 1, 0, false, true, -1, {}, false},
    {"user", 1, 0, false, true, -1, {}, false},
    {"extension", 1, 0, false, true, -1, {}, false},
});
inline constexpr auto call_fields = std::to_array<::callmap::drift::field_shape>({
    {"_links", 31, 0, false, true, -1, {}, false},
    {"uuid", 1, 0, false, false, -1, {}, false},
    {"conversation_uuid", 1, 0, false, true, -1, {}, false},
    {"to", 25, 0, false, true, 0, {}, false},
    {"from", 25, 0, false, true, 0, {}, false},
    {"status", 1, 0, false, true, -1, {}, false},
    {"direction", 1, 0, false, true, -1,
     ::callmap::enum_spelling<::callmap::vonage::direction>::values,
     ::callmap::enum_spelling<::callmap::vonage::direction>::case_insensitive},
    {"rate", 3, 0, false, true, -1, {}, false},
    {"price", 3, 0, false, true, -1, {}, false},
    {"duration", 3, 0, false, true, -1, {}, false},
    {"start_time", 1, 0, false, true, -1, {}, false},
    {"end_time", 1, 0, false, true, -1, {}, false},
    {"network", 1, 0, false, true, -1, {}, false},
    {"timestamp", 1, 0, false, true, -1, {}, false},
    {"detail", 1, 0, false, true, -1, {}, false},
    {"disconnected_by", 1, 0, false, true, -1, {}, false},
    {"headers", 31, 0, true, true, -1, {}, false},
    {"type", 1, 0, false, true, -1, {}, false},
    {"conversation_uuid_from", 1, 0, false, true, -1, {}, false},
    {"conversation_uuid_to", 1, 0, false, true, -1, {}, false},
});
inline constexpr std::array<::callmap::drift::object_shape, 2> objects{{
    {"endpoint", endpoint_fields},
    {"call", call_fields},
}};
inline constexpr int root = 1;

}  // namespace callmap::vonage::shape

namespace callmap::vonage {

/// Maps a parsed vonage payload onto the canonical call record. The result holds views
/// into the payload and into `memory`. A provider error answer is an error result.
::callmap::result<::callmap::call> to_call(const call& in, ::callmap::arena& memory);

}  // namespace callmap::vonage

namespace callmap::vonage {

/// The top-level keys that every vonage payload has (auto-detection).
inline constexpr auto detect_keys = std::to_array<std::string_view>({
    "uuid",
    "conversation_uuid",
    "status",
});

/// Parses a vonage payload and maps it onto the canonical call record (what the
/// registry entry calls). LIFETIME: the call holds views into `payload` and `memory`.
::callmap::result<::callmap::call> normalize(std::string_view payload, ::callmap::arena& memory,
                                             const ::callmap::parse_options& options = {});

/// Where each shape of vonage payloads keeps its calls (spec shapes:), for
/// callmap::read_shape.
namespace layouts {

inline constexpr std::string_view get_detect[] = {"uuid", "conversation_uuid", "status"};
inline constexpr ::callmap::shape_layout get{::callmap::payload_shape::get, false, {}, {}, {}, {},
                                             {}};
inline constexpr std::string_view list_calls[] = {"_embedded", "calls"};
inline constexpr std::string_view list_cursor[] = {"_links", "next", "href"};
inline constexpr std::string_view list_detect[] = {"count", "page_size", "_embedded"};
inline constexpr ::callmap::detect_value list_detect_values[] =
    {::callmap::detect_value::any, ::callmap::detect_value::any, ::callmap::detect_value::object};
inline constexpr ::callmap::shape_layout list{::callmap::payload_shape::list, true, list_calls,
                                              list_cursor, {}, {}, {}};
inline constexpr std::string_view event_event[] = {"status"};
inline constexpr std::string_view event_detect[] =
    {"uuid", "conversation_uuid", "status", "timestamp"};
inline constexpr ::callmap::shape_layout event{::callmap::payload_shape::webhook, false, {}, {},
                                               event_event, {}, {}};
inline constexpr std::string_view transfer_event[] = {"type"};
inline constexpr std::string_view transfer_detect[] =
    {"uuid", "type", "conversation_uuid_to", "timestamp"};
inline constexpr ::callmap::shape_layout transfer{::callmap::payload_shape::webhook, false, {}, {},
                                                  transfer_event, {}, {}};

}  // namespace layouts

/// Every call of a vonage get payload (callmap::page). LIFETIME: the page holds
/// views into `payload` and `memory`.
::callmap::result<::callmap::page> read_get(std::string_view payload, ::callmap::arena& memory,
    const ::callmap::parse_options& options = {});
/// Every call of a vonage list payload (callmap::page). LIFETIME: the page holds
/// views into `payload` and `memory`.
::callmap::result<::callmap::page> read_list(std::string_view payload, ::callmap::arena& memory,
    const ::callmap::parse_options& options = {});
/// Every call of a vonage event payload (callmap::page). LIFETIME: the page holds
/// views into `payload` and `memory`.
::callmap::result<::callmap::page> read_event(std::string_view payload, ::callmap::arena& memory,
    const ::callmap::parse_options& options = {});
/// Every call of a vonage transfer payload (callmap::page). LIFETIME: the page holds
/// views into `payload` and `memory`.
::callmap::result<::callmap::page> read_transfer(std::string_view payload, ::callmap::arena& memory,
    const ::callmap::parse_options& options = {});

/// The shapes of vonage payloads, the get answer first (detection tells them apart).
inline constexpr ::callmap::shape_entry payload_shapes[] = {
    {"get", ::callmap::payload_shape::get, detect_keys, false, &read_get},
    {"list", ::callmap::payload_shape::list, layouts::list_detect, false, &read_list, false,
     layouts::list_detect_values},
    {"event", ::callmap::payload_shape::webhook, layouts::event_detect, false, &read_event},
    {"transfer", ::callmap::payload_shape::webhook, layouts::transfer_detect, false,
     &read_transfer},
};

/// This provider in a registry (callmap/normalize.hpp): on its own, or with the
/// built-in ones through callmap::with_builtin (callmap/builtin.hpp).
inline constexpr ::callmap::provider_entry provider{
    "vonage",
    "Vonage Voice API — retrieve a call",
    "https://developer.vonage.com/en/api/voice#getCall",
    detect_keys,
    &normalize,
    shape::objects,
    shape::root,
    payload_shapes};

}  // namespace callmap::vonage

// The parsers and the mapping: inline in every translation unit (header-only, the
// default), or compiled once, in the translation unit that defines CALLMAP_SOURCE
// before it includes this header, when the program defines
// CALLMAP_SEPARATE_COMPILATION (callmap/config.hpp).
#if !defined(CALLMAP_SEPARATE_COMPILATION) || defined(CALLMAP_SOURCE)

namespace callmap::json {

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::vonage::endpoint>::parse(
    reader& r, ::callmap::vonage::endpoint& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::type: return read_value(r, out.type);
            case field::number: return read_value(r, out.number);
            case field::uri: return read_value(r, out.uri);
            case field::user: return read_value(r, out.user);
            case field::extension: return read_value(r, out.extension);
            default: return false;
        }
    });
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::vonage::call_to>::parse(
    reader& r, ::callmap::vonage::call_to& out) {
    out = {};
    switch (r.peek()) {
        case '"':
            return value_parser<std::string_view>::parse(r, out.as_string.emplace());
        case '{':
            return value_parser<::callmap::vonage::endpoint>::parse(r, out.as_endpoint.emplace());
        case '[':
            return value_parser<std::span<const ::callmap::vonage::endpoint>>::parse(r,
                out.as_endpoint_list.emplace());
        default: return r.fail_type("string, endpoint or endpoint[]");
    }
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::vonage::call_from>::parse(
    reader& r, ::callmap::vonage::call_from& out) {
    out = {};
    switch (r.peek()) {
        case '"':
            return value_parser<std::string_view>::parse(r, out.as_string.emplace());
        case '{':
            return value_parser<::callmap::vonage::endpoint>::parse(r, out.as_endpoint.emplace());
        case '[':
            return value_parser<std::span<const ::callmap::vonage::endpoint>>::parse(r,
                out.as_endpoint_list.emplace());
        default: return r.fail_type("string, endpoint or endpoint[]");
    }
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::vonage::call>::parse(
    reader& r, ::callmap::vonage::call& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::_links: return read_value(r, out._links);
            case field::uuid: return read_value(r, out.uuid);
            case field::conversation_uuid: return read_value(r, out.conversation_uuid);
            case field::to: return read_value(r, out.to);
            case field::from: return read_value(r, out.from);
            case field::status: return read_value(r, out.status);
            case field::direction: return read_value(r, out.direction);
            case field::rate: return read_value(r, out.rate);
            case field::price: return read_value(r, out.price);
            case field::duration: return read_value(r, out.duration);
            case field::start_time: return read_value(r, out.start_time);
            case field::end_time: return read_value(r, out.end_time);
            case field::network: return read_value(r, out.network);
            case field::timestamp: return read_value(r, out.timestamp);
            case field::detail: return read_value(r, out.detail);
            case field::disconnected_by: return read_value(r, out.disconnected_by);
            case field::headers: return read_value(r, out.headers);
            case field::type: return read_value(r, out.type);
            case field::conversation_uuid_from: return read_value(r, out.conversation_uuid_from);
            case field::conversation_uuid_to: return read_value(r, out.conversation_uuid_to);
            default: return false;
        }
    });
}

}  // namespace callmap::json

namespace callmap::vonage {

namespace mapping_tables {
inline constexpr ::callmap::table_entry<::callmap::direction> direction[] = {
    {"outbound", ::callmap::direction::outbound},
    {"inbound", ::callmap::direction::inbound},
};
inline constexpr ::callmap::table_entry<::callmap::channel> channel[] = {
    {"phone", ::callmap::channel::pstn},
    {"sip", ::callmap::channel::sip},
    {"websocket", ::callmap::channel::web},
    {"app", ::callmap::channel::web},
    {"vbc", ::callmap::channel::sip},
};
inline constexpr ::callmap::table_entry<::callmap::channel> channel_2[] = {
    {"phone", ::callmap::channel::pstn},
    {"sip", ::callmap::channel::sip},
    {"websocket", ::callmap::channel::web},
    {"app", ::callmap::channel::web},
    {"vbc", ::callmap::channel::sip},
};
inline constexpr ::callmap::table_entry<::callmap::call_status> status[] = {
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
    {"human", ::callmap::call_status::in_progress},
};
inline constexpr ::callmap::table_entry<::callmap::answered_by> answered_by[] = {
    {"human", ::callmap::answered_by::human},
    {"machine", ::callmap::answered_by::machine},
};
}  // namespace mapping_tables

CALLMAP_PROVIDER_INLINE ::callmap::result<::callmap::call> to_call(
    const call& in, ::callmap::arena& memory) {
    ::callmap::mapping_context ctx(memory);
    ::callmap::result<::callmap::call> answer(std::in_place);  // mapped in place
    ::callmap::call& out = *answer;
    out.provider = "vonage";
    out.id = in.uuid;
    if (in.direction) {
        out.direction =
            ::callmap::lookup_or_warn(ctx, mapping_tables::direction,
                                      ::callmap::text_of(*in.direction),
                                      ::callmap::direction::unknown, "unmapped direction value");
    }
    if (in.to && in.to->as_endpoint && in.to->as_endpoint->type) {
        out.channel =
            ::callmap::lookup_or_warn(ctx, mapping_tables::channel, *in.to->as_endpoint->type,
                                      ::callmap::channel::unknown, "unmapped channel value");
    } else if (in.to && in.to->as_endpoint_list && !in.to->as_endpoint_list->empty() &&
               in.to->as_endpoint_list->front().type) {
        if (in.to->as_endpoint_list->size() > 1)
            ctx.warn("only the first of several values mapped", "to");
        out.channel =
            ::callmap::lookup_or_warn(ctx, mapping_tables::channel,
                                      *in.to->as_endpoint_list->front().type,
                                      ::callmap::channel::unknown, "unmapped channel value");
    } else if (in.from && in.from->as_endpoint && in.from->as_endpoint->type) {
        out.channel =
            ::callmap::lookup_or_warn(ctx, mapping_tables::channel_2, *in.from->as_endpoint->type,
                                      ::callmap::channel::unknown, "unmapped channel value");
    } else if (in.from && in.from->as_endpoint_list && !in.from->as_endpoint_list->empty() &&
               in.from->as_endpoint_list->front().type) {
        if (in.from->as_endpoint_list->size() > 1)
            ctx.warn("only the first of several values mapped", "from");
        out.channel =
            ::callmap::lookup_or_warn(ctx, mapping_tables::channel_2,
                                      *in.from->as_endpoint_list->front().type,
                                      ::callmap::channel::unknown, "unmapped channel value");
    }
    if (in.from && in.from->as_endpoint && in.from->as_endpoint->number) {
        ::callmap::set_party(out.from, *in.from->as_endpoint->number);
    } else if (in.from && in.from->as_endpoint_list && !in.from->as_endpoint_list->empty() &&
               in.from->as_endpoint_list->front().number) {
        if (in.from->as_endpoint_list->size() > 1)
            ctx.warn("only the first of several values mapped", "from");
        ::callmap::set_party(out.from, *in.from->as_endpoint_list->front().number);
    } else if (in.from && in.from->as_endpoint && in.from->as_endpoint->uri) {
        ::callmap::set_party(out.from, *in.from->as_endpoint->uri);
    } else if (in.from && in.from->as_endpoint_list && !in.from->as_endpoint_list->empty() &&
               in.from->as_endpoint_list->front().uri) {
        if (in.from->as_endpoint_list->size() > 1)
            ctx.warn("only the first of several values mapped", "from");
        ::callmap::set_party(out.from, *in.from->as_endpoint_list->front().uri);
    } else if (in.from && in.from->as_endpoint && in.from->as_endpoint->user) {
        ::callmap::set_party(out.from, *in.from->as_endpoint->user);
    } else if (in.from && in.from->as_endpoint_list && !in.from->as_endpoint_list->empty() &&
               in.from->as_endpoint_list->front().user) {
        if (in.from->as_endpoint_list->size() > 1)
            ctx.warn("only the first of several values mapped", "from");
        ::callmap::set_party(out.from, *in.from->as_endpoint_list->front().user);
    } else if (in.from && in.from->as_endpoint && in.from->as_endpoint->extension) {
        ::callmap::set_party(out.from, *in.from->as_endpoint->extension);
    } else if (in.from && in.from->as_endpoint_list && !in.from->as_endpoint_list->empty() &&
               in.from->as_endpoint_list->front().extension) {
        if (in.from->as_endpoint_list->size() > 1)
            ctx.warn("only the first of several values mapped", "from");
        ::callmap::set_party(out.from, *in.from->as_endpoint_list->front().extension);
    } else if (in.from && in.from->as_string) {
        ::callmap::set_party(out.from, *in.from->as_string);
    }
    if (in.to && in.to->as_endpoint && in.to->as_endpoint->number) {
        ::callmap::set_party(out.to, *in.to->as_endpoint->number);
    } else if (in.to && in.to->as_endpoint_list && !in.to->as_endpoint_list->empty() &&
               in.to->as_endpoint_list->front().number) {
        if (in.to->as_endpoint_list->size() > 1)
            ctx.warn("only the first of several values mapped", "to");
        ::callmap::set_party(out.to, *in.to->as_endpoint_list->front().number);
    } else if (in.to && in.to->as_endpoint && in.to->as_endpoint->uri) {
        ::callmap::set_party(out.to, *in.to->as_endpoint->uri);
    } else if (in.to && in.to->as_endpoint_list && !in.to->as_endpoint_list->empty() &&
               in.to->as_endpoint_list->front().uri) {
        if (in.to->as_endpoint_list->size() > 1)
            ctx.warn("only the first of several values mapped", "to");
        ::callmap::set_party(out.to, *in.to->as_endpoint_list->front().uri);
    } else if (in.to && in.to->as_endpoint && in.to->as_endpoint->user) {
        ::callmap::set_party(out.to, *in.to->as_endpoint->user);
    } else if (in.to && in.to->as_endpoint_list && !in.to->as_endpoint_list->empty() &&
               in.to->as_endpoint_list->front().user) {
        if (in.to->as_endpoint_list->size() > 1)
            ctx.warn("only the first of several values mapped", "to");
        ::callmap::set_party(out.to, *in.to->as_endpoint_list->front().user);
    } else if (in.to && in.to->as_endpoint && in.to->as_endpoint->extension) {
        ::callmap::set_party(out.to, *in.to->as_endpoint->extension);
    } else if (in.to && in.to->as_endpoint_list && !in.to->as_endpoint_list->empty() &&
               in.to->as_endpoint_list->front().extension) {
        if (in.to->as_endpoint_list->size() > 1)
            ctx.warn("only the first of several values mapped", "to");
        ::callmap::set_party(out.to, *in.to->as_endpoint_list->front().extension);
    } else if (in.to && in.to->as_string) {
        ::callmap::set_party(out.to, *in.to->as_string);
    }
    if (in.status) {
        const std::string_view raw = *in.status;
        out.status_raw = raw;
        out.status =
            ::callmap::lookup_or_warn(ctx, mapping_tables::status, raw,
                                      ::callmap::call_status::unknown, "unmapped status value");
    }
    if (in.status && ::callmap::matches_any(*in.status, {"rejected"})) {
        out.end_reason = ::callmap::end_reason::rejected;
    } else {
        ::callmap::set_if(::callmap::end_reason_from_status(out.status), out.end_reason);
    }
    if (in.status && ::callmap::matches_any(*in.status, {"human", "machine"}) && in.status) {
        out.answered_by_raw = *in.status;
        const std::string_view raw = *in.status;
        out.answered_by_raw = raw;
        out.answered_by =
            ::callmap::lookup_or_warn(ctx, mapping_tables::answered_by, raw,
                                      ::callmap::answered_by::unknown,
                                      "unmapped answered_by value");
    }
    if (in.start_time) {
        ::callmap::set_instant(ctx, *in.start_time, ::callmap::time_format::iso8601,
                               out.started_at);
    }
    if (in.end_time) {
        ::callmap::set_instant(ctx, *in.end_time, ::callmap::time_format::iso8601, out.ended_at);
    }
    if (in.timestamp) {
        ::callmap::set_instant(ctx, *in.timestamp, ::callmap::time_format::iso8601, out.updated_at);
    }
    if (in.duration) {
        ::callmap::set_if(::callmap::scaled_integer(*in.duration, 1000), out.duration_ms);
    }
    out.external_ids.entries = ::callmap::build_array<::callmap::map_entry<std::string_view>>(
        ctx, 3, [&](std::size_t id_index, auto& id) -> bool {
            switch (id_index) {
                case 0:
                    if (in.conversation_uuid) {
                        id = {"conversation_uuid", *in.conversation_uuid};
                        return true;
                    } else if (in.conversation_uuid_to) {
                        id = {"conversation_uuid", *in.conversation_uuid_to};
                        return true;
                    } else {
                        return false;
                    }
                case 1:
                    if (!in.conversation_uuid_from) return false;
                    id = {"conversation_uuid_from", *in.conversation_uuid_from};
                    return true;
                case 2:
                    if (!in.network) return false;
                    id = {"network", *in.network};
                    return true;
                default: return false;
            }
        });
    {
        ::callmap::call_error& error = out.error.emplace();
        bool error_present = false;
        if (in.detail) {
            error.code = *in.detail;
            error_present = true;
        }
        if (!error_present) out.error.reset();
    }
    {
        ::callmap::cost& cost = out.cost.emplace();
        bool cost_present = false;
        if (in.price &&
            ::callmap::set_if(::callmap::money_micros(ctx, *in.price, ::callmap::money_unit::major),
                              cost.amount_micros)) {
            cost_present = true;
        }
        if (cost_present && cost.currency_assumed) {
            ctx.warn("currency assumed", cost.currency.value_or(""));
        }
        if (!cost_present) out.cost.reset();
    }
    if (out.id.empty()) ctx.warn("no call id in the payload");
    ctx.finish_into(answer);
    return answer;
}

CALLMAP_PROVIDER_INLINE ::callmap::result<::callmap::call> normalize(
    std::string_view payload, ::callmap::arena& memory,
    const ::callmap::parse_options& options) {
    return ::callmap::normalize_as<call, &to_call>(payload, memory, options);
}

}  // namespace callmap::vonage

namespace callmap::vonage {

CALLMAP_PROVIDER_INLINE ::callmap::result<::callmap::page> read_get(
    std::string_view payload, ::callmap::arena& memory,
    const ::callmap::parse_options& options) {
    return ::callmap::read_shape<call, &to_call>(
        payload, memory, options, layouts::get);
}

CALLMAP_PROVIDER_INLINE ::callmap::result<::callmap::page> read_list(
    std::string_view payload, ::callmap::arena& memory,
    const ::callmap::parse_options& options) {
    return ::callmap::read_shape<call, &to_call>(
        payload, memory, options, layouts::list);
}

CALLMAP_PROVIDER_INLINE ::callmap::result<::callmap::page> read_event(
    std::string_view payload, ::callmap::arena& memory,
    const ::callmap::parse_options& options) {
    return ::callmap::read_shape<call, &to_call>(
        payload, memory, options, layouts::event);
}

CALLMAP_PROVIDER_INLINE ::callmap::result<::callmap::page> read_transfer(
    std::string_view payload, ::callmap::arena& memory,
    const ::callmap::parse_options& options) {
    return ::callmap::read_shape<call, &to_call>(
        payload, memory, options, layouts::transfer);
}

}  // namespace callmap::vonage

#endif  // !CALLMAP_SEPARATE_COMPILATION || CALLMAP_SOURCE
