// generated from schemas/twilio.yaml by callmap-gen -- do not edit.
// Twilio Programmable Voice — Call resource (Calls/{Sid}.json)
// https://www.twilio.com/docs/voice/api/call-resource
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
#include "callmap/form/read_form.hpp"
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
#error "twilio.hpp was generated for another callmap runtime; regenerate it"
#endif

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
BOOST_DESCRIBE_STRUCT(call, (), (
    sid,
    account_sid,
    parent_call_sid,
    date_created,
    date_updated,
    to,
    to_formatted,
    from,
    from_formatted,
    phone_number_sid,
    status,
    direction,
    start_time,
    end_time,
    duration,
    price,
    price_unit,
    answered_by,
    caller_name,
    forwarded_from,
    group_sid,
    trunk_sid,
    queue_time,
    annotation,
    api_version,
    uri,
    subresource_uris))

}  // namespace callmap::twilio

namespace callmap {

}  // namespace callmap

namespace callmap::json {

template <>
struct value_parser<::callmap::twilio::call> {
    struct field {
        enum : int {
            sid,
            account_sid,
            parent_call_sid,
            date_created,
            date_updated,
            to,
            to_formatted,
            from,
            from_formatted,
            phone_number_sid,
            status,
            direction,
            start_time,
            end_time,
            duration,
            price,
            price_unit,
            answered_by,
            caller_name,
            forwarded_from,
            group_sid,
            trunk_sid,
            queue_time,
            annotation,
            api_version,
            uri,
            subresource_uris,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "sid",
        "account_sid",
        "parent_call_sid",
        "date_created",
        "date_updated",
        "to",
        "to_formatted",
        "from",
        "from_formatted",
        "phone_number_sid",
        "status",
        "direction",
        "start_time",
        "end_time",
        "duration",
        "price",
        "price_unit",
        "answered_by",
        "caller_name",
        "forwarded_from",
        "group_sid",
        "trunk_sid",
        "queue_time",
        "annotation",
        "api_version",
        "uri",
        "subresource_uris",
    });
    static constexpr auto required = required_fields<keys.size()>({field::sid, field::status});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 2: return key == "to" ? field::to : -1;
            case 3:
                switch (key[0]) {
                    case 's': return key == "sid" ? field::sid : -1;
                    case 'u': return key == "uri" ? field::uri : -1;
                    default: return -1;
                }
            case 4: return key == "from" ? field::from : -1;
            case 5: return key == "price" ? field::price : -1;
            case 6: return key == "status" ? field::status : -1;
            case 8:
                switch (key[0]) {
                    case 'e': return key == "end_time" ? field::end_time : -1;
                    case 'd': return key == "duration" ? field::duration : -1;
                    default: return -1;
                }
            case 9:
                switch (key[0]) {
                    case 'd': return key == "direction" ? field::direction : -1;
                    case 'g': return key == "group_sid" ? field::group_sid : -1;
                    case 't': return key == "trunk_sid" ? field::trunk_sid : -1;
                    default: return -1;
                }
            case 10:
                switch (key[0]) {
                    case 's': return key == "start_time" ? field::start_time : -1;
                    case 'p': return key == "price_unit" ? field::price_unit : -1;
                    case 'q': return key == "queue_time" ? field::queue_time : -1;
                    case 'a': return key == "annotation" ? field::annotation : -1;
                    default: return -1;
                }
            case 11:
                switch (key[1]) {
                    case 'c': return key == "account_sid" ? field::account_sid : -1;
                    case 'n': return key == "answered_by" ? field::answered_by : -1;
                    case 'a': return key == "caller_name" ? field::caller_name : -1;
                    case 'p': return key == "api_version" ? field::api_version : -1;
                    default: return -1;
                }
            case 12:
                switch (key[5]) {
                    case 'c': return key == "date_created" ? field::date_created : -1;
                    case 'u': return key == "date_updated" ? field::date_updated : -1;
                    case 'r': return key == "to_formatted" ? field::to_formatted : -1;
                    default: return -1;
                }
            case 14:
                switch (key[1]) {
                    case 'r': return key == "from_formatted" ? field::from_formatted : -1;
                    case 'o': return key == "forwarded_from" ? field::forwarded_from : -1;
                    default: return -1;
                }
            case 15: return key == "parent_call_sid" ? field::parent_call_sid : -1;
            case 16:
                switch (key[0]) {
                    case 'p': return key == "phone_number_sid" ? field::phone_number_sid : -1;
                    case 's': return key == "subresource_uris" ? field::subresource_uris : -1;
                    default: return -1;
                }
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::twilio::call& out);
};

}  // namespace callmap::json

namespace callmap::twilio::shape {

inline constexpr auto call_fields = std::to_array<::callmap::drift::field_shape>({
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
});
inline constexpr std::array<::callmap::drift::object_shape, 1> objects{{
    {"call", call_fields},
}};
inline constexpr int root = 0;

}  // namespace callmap::twilio::shape

namespace callmap::twilio {

/// Maps a parsed twilio payload onto the canonical call record. The result holds views
/// into the payload and into `memory`. A provider error answer is an error result.
::callmap::result<::callmap::call> to_call(const call& in, ::callmap::arena& memory);

}  // namespace callmap::twilio

namespace callmap::twilio {

/// The top-level keys that every twilio payload has (auto-detection).
inline constexpr auto detect_keys = std::to_array<std::string_view>({
    "sid",
    "account_sid",
    "status",
    "direction",
});

/// Parses a twilio payload and maps it onto the canonical call record (what the
/// registry entry calls). LIFETIME: the call holds views into `payload` and `memory`.
::callmap::result<::callmap::call> normalize(std::string_view payload, ::callmap::arena& memory,
                                             const ::callmap::parse_options& options = {});

/// Where each shape of twilio payloads keeps its calls (spec shapes:), for
/// callmap::read_shape
/// (a form-encoded one: the members its keys fill, for callmap::read_form).
namespace layouts {

inline constexpr std::string_view get_detect[] = {"sid", "account_sid", "status", "direction"};
inline constexpr ::callmap::shape_layout get{::callmap::payload_shape::get, false, {}, {}, {}, {},
                                             {}};
inline constexpr std::string_view list_calls[] = {"calls"};
inline constexpr std::string_view list_cursor[] = {"next_page_uri"};
inline constexpr std::string_view list_detect[] = {"calls", "first_page_uri", "page_size"};
inline constexpr ::callmap::detect_value list_detect_values[] =
    {::callmap::detect_value::array, ::callmap::detect_value::any, ::callmap::detect_value::any};
inline constexpr ::callmap::shape_layout list{::callmap::payload_shape::list, true, list_calls,
                                              list_cursor, {}, {}, {}};
inline constexpr ::callmap::form_field<call> status_callback_fields[] = {
    {"CallSid", true, &::callmap::form::fill<call, &call::sid>},
    {"AccountSid", false, &::callmap::form::fill<call, &call::account_sid>},
    {"ParentCallSid", false, &::callmap::form::fill<call, &call::parent_call_sid>},
    {"CallStatus", true, &::callmap::form::fill<call, &call::status>},
    {"Direction", false, &::callmap::form::fill<call, &call::direction>},
    {"From", false, &::callmap::form::fill<call, &call::from>},
    {"To", false, &::callmap::form::fill<call, &call::to>},
    {"CallDuration", false, &::callmap::form::fill<call, &call::duration>},
    {"Timestamp", false, &::callmap::form::fill<call, &call::date_updated>},
    {"AnsweredBy", false, &::callmap::form::fill<call, &call::answered_by>},
    {"CallerName", false, &::callmap::form::fill<call, &call::caller_name>},
    {"ForwardedFrom", false, &::callmap::form::fill<call, &call::forwarded_from>},
    {"ApiVersion", false, &::callmap::form::fill<call, &call::api_version>},
};
inline constexpr std::string_view status_callback_detect[] =
    {"CallSid", "AccountSid", "CallStatus"};
inline constexpr ::callmap::form_layout<call> status_callback{::callmap::payload_shape::callback,
                                                              status_callback_fields, "CallStatus",
                                                              {}};

}  // namespace layouts

/// Every call of a twilio get payload (callmap::page). LIFETIME: the page holds
/// views into `payload` and `memory`.
::callmap::result<::callmap::page> read_get(std::string_view payload, ::callmap::arena& memory,
    const ::callmap::parse_options& options = {});
/// Every call of a twilio list payload (callmap::page). LIFETIME: the page holds
/// views into `payload` and `memory`.
::callmap::result<::callmap::page> read_list(std::string_view payload, ::callmap::arena& memory,
    const ::callmap::parse_options& options = {});
/// Every call of a twilio status_callback payload (callmap::page). LIFETIME: the page holds
/// views into `payload` and `memory`.
::callmap::result<::callmap::page> read_status_callback(std::string_view payload,
                                                        ::callmap::arena& memory,
    const ::callmap::parse_options& options = {});

/// The shapes of twilio payloads, the get answer first (detection tells them apart).
inline constexpr ::callmap::shape_entry payload_shapes[] = {
    {"get", ::callmap::payload_shape::get, detect_keys, false, &read_get},
    {"list", ::callmap::payload_shape::list, layouts::list_detect, false, &read_list, false,
     layouts::list_detect_values},
    {"status_callback", ::callmap::payload_shape::callback, layouts::status_callback_detect, false,
     &read_status_callback, true},
};

/// This provider in a registry (callmap/normalize.hpp): on its own, or with the
/// built-in ones through callmap::with_builtin (callmap/builtin.hpp).
inline constexpr ::callmap::provider_entry provider{
    "twilio",
    "Twilio Programmable Voice — Call resource (Calls/{Sid}.json)",
    "https://www.twilio.com/docs/voice/api/call-resource",
    detect_keys,
    &normalize,
    shape::objects,
    shape::root,
    payload_shapes};

}  // namespace callmap::twilio

// The parsers and the mapping: inline in every translation unit (header-only, the
// default), or compiled once, in the translation unit that defines CALLMAP_SOURCE
// before it includes this header, when the program defines
// CALLMAP_SEPARATE_COMPILATION (callmap/config.hpp).
#if !defined(CALLMAP_SEPARATE_COMPILATION) || defined(CALLMAP_SOURCE)

namespace callmap::json {

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::twilio::call>::parse(
    reader& r, ::callmap::twilio::call& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::sid: return read_value(r, out.sid);
            case field::account_sid: return read_value(r, out.account_sid);
            case field::parent_call_sid: return read_value(r, out.parent_call_sid);
            case field::date_created: return read_value(r, out.date_created);
            case field::date_updated: return read_value(r, out.date_updated);
            case field::to: return read_value(r, out.to);
            case field::to_formatted: return read_value(r, out.to_formatted);
            case field::from: return read_value(r, out.from);
            case field::from_formatted: return read_value(r, out.from_formatted);
            case field::phone_number_sid: return read_value(r, out.phone_number_sid);
            case field::status: return read_value(r, out.status);
            case field::direction: return read_value(r, out.direction);
            case field::start_time: return read_value(r, out.start_time);
            case field::end_time: return read_value(r, out.end_time);
            case field::duration: return read_value(r, out.duration);
            case field::price: return read_value(r, out.price);
            case field::price_unit: return read_value(r, out.price_unit);
            case field::answered_by: return read_value(r, out.answered_by);
            case field::caller_name: return read_value(r, out.caller_name);
            case field::forwarded_from: return read_value(r, out.forwarded_from);
            case field::group_sid: return read_value(r, out.group_sid);
            case field::trunk_sid: return read_value(r, out.trunk_sid);
            case field::queue_time: return read_value(r, out.queue_time);
            case field::annotation: return read_value(r, out.annotation);
            case field::api_version: return read_value(r, out.api_version);
            case field::uri: return read_value(r, out.uri);
            case field::subresource_uris: return read_value(r, out.subresource_uris);
            default: return false;
        }
    });
}

}  // namespace callmap::json

namespace callmap::twilio {

namespace mapping_tables {
inline constexpr ::callmap::table_entry<::callmap::direction> direction[] = {
    {"inbound", ::callmap::direction::inbound},
    {"outbound-api", ::callmap::direction::outbound},
    {"outbound-dial", ::callmap::direction::outbound},
    {"trunking-terminating", ::callmap::direction::outbound},
    {"trunking-originating", ::callmap::direction::inbound},
};
inline constexpr ::callmap::table_entry<::callmap::call_status> status[] = {
    {"queued", ::callmap::call_status::queued},
    {"initiated", ::callmap::call_status::queued},
    {"ringing", ::callmap::call_status::ringing},
    {"in-progress", ::callmap::call_status::in_progress},
    {"completed", ::callmap::call_status::completed},
    {"busy", ::callmap::call_status::busy},
    {"no-answer", ::callmap::call_status::no_answer},
    {"failed", ::callmap::call_status::failed},
    {"canceled", ::callmap::call_status::canceled},
};
inline constexpr ::callmap::table_entry<::callmap::answered_by> answered_by[] = {
    {"human", ::callmap::answered_by::human},
    {"machine_start", ::callmap::answered_by::machine},
    {"machine_end_beep", ::callmap::answered_by::machine},
    {"machine_end_silence", ::callmap::answered_by::machine},
    {"machine_end_other", ::callmap::answered_by::machine},
    {"fax", ::callmap::answered_by::fax},
    {"unknown", ::callmap::answered_by::unknown},
};
}  // namespace mapping_tables

CALLMAP_PROVIDER_INLINE ::callmap::result<::callmap::call> to_call(
    const call& in, ::callmap::arena& memory) {
    ::callmap::mapping_context ctx(memory);
    ::callmap::result<::callmap::call> answer(std::in_place);  // mapped in place
    ::callmap::call& out = *answer;
    out.provider = "twilio";
    out.id = in.sid;
    if (in.direction) {
        out.direction =
            ::callmap::lookup_or_warn(ctx, mapping_tables::direction, *in.direction,
                                      ::callmap::direction::unknown, "unmapped direction value");
    }
    if (in.to && ::callmap::matches_any(*in.to, {"sip:*"})) {
        out.channel = ::callmap::channel::sip;
    } else if (in.from && ::callmap::matches_any(*in.from, {"sip:*"})) {
        out.channel = ::callmap::channel::sip;
    } else if (in.to && ::callmap::matches_any(*in.to, {"client:*"})) {
        out.channel = ::callmap::channel::web;
    } else if (in.from && ::callmap::matches_any(*in.from, {"client:*"})) {
        out.channel = ::callmap::channel::web;
    } else {
        out.channel = ::callmap::channel::pstn;
    }
    if (in.from) ::callmap::set_party(out.from, *in.from);
    if (in.to) ::callmap::set_party(out.to, *in.to);
    {
        const std::string_view raw = in.status;
        out.status_raw = raw;
        out.status =
            ::callmap::lookup_or_warn(ctx, mapping_tables::status, raw,
                                      ::callmap::call_status::unknown, "unmapped status value");
    }
    ::callmap::set_if(::callmap::end_reason_from_status(out.status), out.end_reason);
    if (in.answered_by) {
        const std::string_view raw = *in.answered_by;
        out.answered_by_raw = raw;
        out.answered_by =
            ::callmap::lookup_or_warn(ctx, mapping_tables::answered_by, raw,
                                      ::callmap::answered_by::unknown,
                                      "unmapped answered_by value");
    }
    if (in.date_created) {
        ::callmap::set_instant(ctx, *in.date_created, ::callmap::time_format::rfc2822,
                               out.created_at);
    }
    if (in.start_time) {
        ::callmap::set_instant(ctx, *in.start_time, ::callmap::time_format::rfc2822,
                               out.started_at);
    }
    if (in.end_time) {
        ::callmap::set_instant(ctx, *in.end_time, ::callmap::time_format::rfc2822, out.ended_at);
    }
    if (in.date_updated) {
        ::callmap::set_instant(ctx, *in.date_updated, ::callmap::time_format::rfc2822,
                               out.updated_at);
    }
    if (in.duration) {
        ::callmap::set_if(::callmap::scaled_integer(*in.duration, 1000), out.duration_ms);
    }
    out.external_ids.entries = ::callmap::build_array<::callmap::map_entry<std::string_view>>(
        ctx, 4, [&](std::size_t id_index, auto& id) -> bool {
            switch (id_index) {
                case 0:
                    if (!in.account_sid) return false;
                    id = {"account_sid", *in.account_sid};
                    return true;
                case 1:
                    if (!in.parent_call_sid) return false;
                    id = {"parent_call_sid", *in.parent_call_sid};
                    return true;
                case 2:
                    if (!in.phone_number_sid) return false;
                    id = {"phone_number_sid", *in.phone_number_sid};
                    return true;
                case 3:
                    if (!in.trunk_sid) return false;
                    id = {"trunk_sid", *in.trunk_sid};
                    return true;
                default: return false;
            }
        });
    {
        ::callmap::cost& cost = out.cost.emplace();
        bool cost_present = false;
        if (in.price &&
            ::callmap::set_if(::callmap::magnitude(::callmap::money_micros(ctx, *in.price,
            ::callmap::money_unit::major)), cost.amount_micros)) {
            cost_present = true;
        }
        if (in.price_unit) cost.currency = *in.price_unit;
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

}  // namespace callmap::twilio

namespace callmap::twilio {

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

CALLMAP_PROVIDER_INLINE ::callmap::result<::callmap::page> read_status_callback(
    std::string_view payload, ::callmap::arena& memory,
    const ::callmap::parse_options& options) {
    return ::callmap::read_form<call, &to_call>(
        payload, memory, options, layouts::status_callback);
}

}  // namespace callmap::twilio

#endif  // !CALLMAP_SEPARATE_COMPILATION || CALLMAP_SOURCE
