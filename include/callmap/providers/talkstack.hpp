// generated from schemas/talkstack.yaml by callmap-gen -- do not edit.
// Talkstack AI — get call data
// https://docs.talkstack.ai/call/get-call-data
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
#error "talkstack.hpp was generated for another callmap runtime; regenerate it"
#endif

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
BOOST_DESCRIBE_STRUCT(call, (), (
    seconds,
    cost,
    status,
    from,
    to,
    date,
    recording_urls,
    phone_number,
    call_sid,
    partner_id,
    shift_id,
    assignment_id,
    data))

}  // namespace callmap::talkstack

namespace callmap {

}  // namespace callmap

namespace callmap::json {

template <>
struct value_parser<::callmap::talkstack::call> {
    struct field {
        enum : int {
            seconds,
            cost,
            status,
            from,
            to,
            date,
            recording_urls,
            phone_number,
            call_sid,
            partner_id,
            shift_id,
            assignment_id,
            data,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "seconds",
        "cost",
        "status",
        "from",
        "to",
        "date",
        "recordingUrls",
        "phoneNumber",
        "callSid",
        "partnerId",
        "shiftId",
        "assignmentId",
        "data",
    });
    static constexpr auto required = required_fields<keys.size()>({field::status, field::call_sid});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 2: return key == "to" ? field::to : -1;
            case 4:
                switch (key[3]) {
                    case 't': return key == "cost" ? field::cost : -1;
                    case 'm': return key == "from" ? field::from : -1;
                    case 'e': return key == "date" ? field::date : -1;
                    case 'a': return key == "data" ? field::data : -1;
                    default: return -1;
                }
            case 6: return key == "status" ? field::status : -1;
            case 7:
                switch (key[1]) {
                    case 'e': return key == "seconds" ? field::seconds : -1;
                    case 'a': return key == "callSid" ? field::call_sid : -1;
                    case 'h': return key == "shiftId" ? field::shift_id : -1;
                    default: return -1;
                }
            case 9: return key == "partnerId" ? field::partner_id : -1;
            case 11: return key == "phoneNumber" ? field::phone_number : -1;
            case 12: return key == "assignmentId" ? field::assignment_id : -1;
            case 13: return key == "recordingUrls" ? field::recording_urls : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::talkstack::call& out);
};

}  // namespace callmap::json

namespace callmap::talkstack::shape {

inline constexpr auto call_fields = std::to_array<::callmap::drift::field_shape>({
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
});
inline constexpr std::array<::callmap::drift::object_shape, 1> objects{{
    {"call", call_fields},
}};
inline constexpr int root = 0;

}  // namespace callmap::talkstack::shape

namespace callmap::talkstack {

/// Maps a parsed talkstack payload onto the canonical call record. The result holds views
/// into the payload and into `memory`. A provider error answer is an error result.
::callmap::result<::callmap::call> to_call(const call& in, ::callmap::arena& memory);

}  // namespace callmap::talkstack

namespace callmap::talkstack {

/// The top-level keys that every talkstack payload has (auto-detection).
inline constexpr auto detect_keys = std::to_array<std::string_view>({
    "callSid",
    "status",
});

/// Parses a talkstack payload and maps it onto the canonical call record (what the
/// registry entry calls). LIFETIME: the call holds views into `payload` and `memory`.
::callmap::result<::callmap::call> normalize(std::string_view payload, ::callmap::arena& memory,
                                             const ::callmap::parse_options& options = {});

/// This provider in a registry (callmap/normalize.hpp): on its own, or with the
/// built-in ones through callmap::with_builtin (callmap/builtin.hpp).
inline constexpr ::callmap::provider_entry provider{
    "talkstack",
    "Talkstack AI — get call data",
    "https://docs.talkstack.ai/call/get-call-data",
    detect_keys,
    &normalize,
    shape::objects,
    shape::root};

}  // namespace callmap::talkstack

// The parsers and the mapping: inline in every translation unit (header-only, the
// default), or compiled once, in the translation unit that defines CALLMAP_SOURCE
// before it includes this header, when the program defines
// CALLMAP_SEPARATE_COMPILATION (callmap/config.hpp).
#if !defined(CALLMAP_SEPARATE_COMPILATION) || defined(CALLMAP_SOURCE)

namespace callmap::json {

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::talkstack::call>::parse(
    reader& r, ::callmap::talkstack::call& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::seconds: return read_value(r, out.seconds);
            case field::cost: return read_value(r, out.cost);
            case field::status: return read_value(r, out.status);
            case field::from: return read_value(r, out.from);
            case field::to: return read_value(r, out.to);
            case field::date: return read_value(r, out.date);
            case field::recording_urls: return read_value(r, out.recording_urls);
            case field::phone_number: return read_value(r, out.phone_number);
            case field::call_sid: return read_value(r, out.call_sid);
            case field::partner_id: return read_value(r, out.partner_id);
            case field::shift_id: return read_value(r, out.shift_id);
            case field::assignment_id: return read_value(r, out.assignment_id);
            case field::data: return read_value(r, out.data);
            default: return false;
        }
    });
}

}  // namespace callmap::json

namespace callmap::talkstack {

namespace mapping_tables {
inline constexpr ::callmap::table_entry<::callmap::call_status> status[] = {
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

CALLMAP_PROVIDER_INLINE ::callmap::result<::callmap::call> to_call(
    const call& in, ::callmap::arena& memory) {
    ::callmap::mapping_context ctx(memory);
    ::callmap::result<::callmap::call> answer(std::in_place);  // mapped in place
    ::callmap::call& out = *answer;
    out.provider = "talkstack";
    out.id = in.call_sid;
    out.channel = ::callmap::channel::pstn;
    if (in.from) ::callmap::set_party(out.from, *in.from);
    if (in.to) ::callmap::set_party(out.to, *in.to);
    {
        const std::string_view raw = in.status;
        out.status_raw = raw;
        out.status =
            ::callmap::lookup_or_warn(ctx, mapping_tables::status, raw,
                                      ::callmap::call_status::unknown, "unmapped status value");
    }
    if (::callmap::matches_any(in.status, {"silence"})) {
        out.end_reason = ::callmap::end_reason::inactivity;
    } else {
        ::callmap::set_if(::callmap::end_reason_from_status(out.status), out.end_reason);
    }
    if (in.date) {
        ::callmap::set_instant(ctx, *in.date, ::callmap::time_format::rfc2822, out.started_at);
    }
    if (in.seconds) {
        ::callmap::set_if(::callmap::scaled_integer(*in.seconds, 1000), out.duration_ms);
    }
    if (in.data) out.variables = *in.data;
    out.external_ids.entries = ::callmap::build_array<::callmap::map_entry<std::string_view>>(
        ctx, 4, [&](std::size_t id_index, auto& id) -> bool {
            switch (id_index) {
                case 0:
                    {
                        id = {"twilio_call_sid", in.call_sid};
                        return true;
                    }
                case 1:
                    if (!in.partner_id) return false;
                    id = {"partner_id", *in.partner_id};
                    return true;
                case 2:
                    if (!in.shift_id) return false;
                    id = {"shift_id", *in.shift_id};
                    return true;
                case 3:
                    if (!in.assignment_id) return false;
                    id = {"assignment_id", *in.assignment_id};
                    return true;
                default: return false;
            }
        });
    {
        ::callmap::cost& cost = out.cost.emplace();
        bool cost_present = false;
        if (in.cost &&
            ::callmap::set_if(::callmap::money_micros(ctx, *in.cost, ::callmap::money_unit::major),
                              cost.amount_micros)) {
            cost_present = true;
        }
        cost.currency = "USD";
        cost.currency_assumed = true;
        if (cost_present && cost.currency_assumed) ctx.warn("currency assumed 'USD'");
        if (!cost_present) out.cost.reset();
    }
    if (in.recording_urls) {
        const auto& recording_urls = *in.recording_urls;
        out.recordings = ::callmap::build_array<::callmap::recording>(
            ctx, recording_urls.size(), [&](std::size_t recording_index, auto& recording) -> bool {
                const auto& wire_recording = recording_urls[recording_index];
                recording.url = ::callmap::text_of(wire_recording);
                recording.kind = ::callmap::recording_kind::mixed;
                return true;
            });
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

}  // namespace callmap::talkstack

#endif  // !CALLMAP_SEPARATE_COMPILATION || CALLMAP_SOURCE
