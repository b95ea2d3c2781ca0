// callmap::call — the canonical call record every provider maps onto, and its JSON form
// (a public contract: field names and enum spellings are fixed; absent values are omitted).
// Instants are callmap::timestamp (written as UTC ISO 8601 with milliseconds), durations are
// integer milliseconds, money is exact integer micros.
//
// LIFETIME: like the wire structs it is made from, a call holds views into the payload and
// into the arena that to_call() was given.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include "callmap/json/writer.hpp"
#include "callmap/time.hpp"
#include "callmap/types.hpp"

namespace callmap {

enum class direction : std::uint8_t {
    unknown,
    inbound,
    outbound
};
BOOST_DESCRIBE_ENUM(direction, unknown, inbound, outbound)

enum class channel : std::uint8_t {
    unknown,
    pstn,
    sip,
    web,
    whatsapp
};
BOOST_DESCRIBE_ENUM(channel, unknown, pstn, sip, web, whatsapp)

enum class call_status : std::uint8_t {
    unknown,
    scheduled,
    queued,
    ringing,
    in_progress,
    completed,
    busy,
    no_answer,
    failed,
    canceled,
    voicemail,
    transferred,
};
BOOST_DESCRIBE_ENUM(call_status, unknown, scheduled, queued, ringing, in_progress, completed, busy,
                    no_answer, failed, canceled, voicemail, transferred)

enum class end_reason : std::uint8_t {
    unknown,
    customer_hangup,
    agent_hangup,
    transferred,
    voicemail,
    no_answer,
    busy,
    rejected,
    canceled,
    max_duration,
    inactivity,
    invalid_destination,
    telephony_error,
    platform_error,
};
BOOST_DESCRIBE_ENUM(end_reason, unknown, customer_hangup, agent_hangup, transferred, voicemail,
                    no_answer, busy, rejected, canceled, max_duration, inactivity,
                    invalid_destination, telephony_error, platform_error)

/// Who or what picked up: answering-machine detection's verdict.
enum class answered_by : std::uint8_t {
    unknown,  ///< detection ran and could not tell
    human,
    machine,  ///< an answering machine or voicemail
    fax,
    not_answered,
};
BOOST_DESCRIBE_ENUM(answered_by, unknown, human, machine, fax, not_answered)

enum class agent_kind : std::uint8_t {
    unknown,
    ai,
    human,
    ivr
};
BOOST_DESCRIBE_ENUM(agent_kind, unknown, ai, human, ivr)

enum class recording_kind : std::uint8_t {
    mixed,
    multichannel,
    other
};
BOOST_DESCRIBE_ENUM(recording_kind, mixed, multichannel, other)

enum class turn_role : std::uint8_t {
    agent,
    user,
    system,
    tool,
    other
};
BOOST_DESCRIBE_ENUM(turn_role, agent, user, system, tool, other)

/// How a record arrived: a provider's "get one call" answer, an element of a list page, a
/// webhook (event) payload, or a form-encoded callback.
enum class payload_shape : std::uint8_t {
    get,
    list,
    webhook,
    callback
};
BOOST_DESCRIBE_ENUM(payload_shape, get, list, webhook, callback)

enum class ivr_kind : std::uint8_t {
    recording,
    choice,
    digits,
    other
};
BOOST_DESCRIBE_ENUM(ivr_kind, recording, choice, digits, other)

/// Where a record came from: the payload's shape and, for webhooks and callbacks, the event.
struct source {
    payload_shape shape = payload_shape::get;
    std::optional<std::string_view> event;  ///< the provider's event name, untouched
};
BOOST_DESCRIBE_STRUCT(source, (), (shape, event))

struct agent_info {
    std::optional<std::string_view> id;
    std::optional<std::string_view> name;
    agent_kind kind = agent_kind::unknown;
};
BOOST_DESCRIBE_STRUCT(agent_info, (), (id, name, kind))

struct party {
    std::string_view raw;
    std::optional<std::string_view> e164;  ///< only when it can be derived safely
};
BOOST_DESCRIBE_STRUCT(party, (), (raw, e164))

struct cost_component {
    std::string_view name;
    std::int64_t amount_micros = 0;
    std::optional<std::int64_t> unit_price_micros;
};
BOOST_DESCRIBE_STRUCT(cost_component, (), (name, amount_micros, unit_price_micros))

struct cost {
    std::int64_t amount_micros = 0;
    std::optional<std::string_view> currency;  ///< ISO 4217; absent when the provider has none
    bool currency_assumed = false;             ///< the provider did not say; see warnings
    std::span<const cost_component> components;
};
BOOST_DESCRIBE_STRUCT(cost, (), (amount_micros, currency, currency_assumed, components))

struct recording {
    std::string_view url;
    recording_kind kind = recording_kind::mixed;
};
BOOST_DESCRIBE_STRUCT(recording, (), (url, kind))

struct word {
    std::string_view text;
    std::int64_t start_ms = 0;  ///< relative to the call start
    std::int64_t end_ms = 0;
};
BOOST_DESCRIBE_STRUCT(word, (), (text, start_ms, end_ms))

struct turn {
    turn_role role = turn_role::other;
    std::string_view text;
    std::optional<timestamp> at;
    std::optional<std::int64_t> start_ms;  ///< relative to the call start
    std::optional<std::int64_t> end_ms;
    std::span<const word> words;
    /// a tool turn's: the call it invokes or answers, and the tool's name
    std::optional<std::string_view> tool_call_id;
    std::optional<std::string_view> tool_name;
};
BOOST_DESCRIBE_STRUCT(turn, (), (role, text, at, start_ms, end_ms, words, tool_call_id, tool_name))

struct transcript {
    std::optional<std::string_view> text;
    std::span<const turn> turns;
};
BOOST_DESCRIBE_STRUCT(transcript, (), (text, turns))

/// One latency stage, in milliseconds.
struct latency_stats {
    std::optional<double> min;
    std::optional<double> max;
    std::optional<double> p50;
    std::optional<double> p90;
    std::optional<double> p95;
    std::optional<double> p99;
    std::optional<std::int64_t> count;
    std::span<const double> samples;
};
BOOST_DESCRIBE_STRUCT(latency_stats, (), (min, max, p50, p90, p95, p99, count, samples))

struct ivr_choice {
    std::string_view key;
    std::string_view title;
    std::int64_t count = 0;
};
BOOST_DESCRIBE_STRUCT(ivr_choice, (), (key, title, count))

struct ivr_step {
    std::string_view question;
    ivr_kind kind = ivr_kind::other;
    std::span<const std::string_view> answers;
    std::span<const ivr_choice> choices;
};
BOOST_DESCRIBE_STRUCT(ivr_step, (), (question, kind, answers, choices))

/// Why a call failed, in the provider's words.
struct call_error {
    std::optional<std::string_view> code;
    std::optional<std::string_view> message;
};
BOOST_DESCRIBE_STRUCT(call_error, (), (code, message))

struct event {
    std::optional<timestamp> at;
    std::optional<std::int64_t> session_ms;
    std::string_view name;
    raw_json data;
};
BOOST_DESCRIBE_STRUCT(event, (), (at, session_ms, name, data))

/// The canonical call record. Only provider, id and source are always present.
struct call {
    std::string_view provider;
    std::string_view id;
    ::callmap::source source;  ///< set by normalize; to_call() leaves the default (get)
    map<std::string_view> external_ids;
    std::optional<agent_info> agent;
    /// absent when the payload says nothing; unknown when it says something unmapped
    std::optional<::callmap::direction> direction;
    std::optional<::callmap::channel> channel;
    std::optional<party> from;
    std::optional<party> to;
    std::optional<party> transferred_to;  ///< where the call was transferred or forwarded
    call_status status = call_status::unknown;
    std::optional<std::string_view> status_raw;
    std::optional<::callmap::end_reason> end_reason;
    std::optional<std::string_view> end_reason_raw;
    std::optional<::callmap::answered_by> answered_by;
    std::optional<std::string_view> answered_by_raw;
    std::optional<call_error> error;
    std::optional<timestamp> created_at;
    std::optional<timestamp> started_at;
    std::optional<timestamp> answered_at;
    std::optional<timestamp> ended_at;
    std::optional<timestamp> updated_at;
    std::optional<std::int64_t> duration_ms;  ///< total, including ringing
    std::optional<std::int64_t> talk_ms;      ///< answered to end
    std::optional<std::int64_t> ring_ms;      ///< time to answer
    std::optional<std::int64_t> billed_ms;
    std::optional<::callmap::cost> cost;
    std::span<const recording> recordings;
    std::optional<::callmap::transcript> transcript;
    map<latency_stats> latency;
    std::span<const ivr_step> ivr;
    map<raw_json> variables;
    std::optional<raw_json> metadata;
    std::span<const event> events;
    std::span<const std::string_view> warnings;
};
BOOST_DESCRIBE_STRUCT(call, (),
                      (provider, id, source, external_ids, agent, direction, channel, from, to,
                       transferred_to, status, status_raw, end_reason, end_reason_raw, answered_by,
                       answered_by_raw, error, created_at, started_at, answered_at, ended_at,
                       updated_at, duration_ms, talk_ms, ring_ms, billed_ms, cost, recordings,
                       transcript, latency, ivr, variables, metadata, events, warnings))

}  // namespace callmap

namespace callmap::json {

/// Instants are written as UTC ISO 8601 with milliseconds.
template <>
struct value_writer<timestamp> {
    static void write(std::string& out, timestamp t) {
        out += '"';
        out += format_iso8601(t);
        out += '"';
    }
};

/// The call record: like any described struct, except that empty collections at the top level
/// (no recordings, no events, ...) are omitted rather than written as [] or {}.
template <>
struct value_writer<call> {
    static void write(std::string& out, const call& c) {
        out += '{';
        bool first = true;
        boost::mp11::mp_for_each<
            boost::describe::describe_members<call, boost::describe::mod_public>>([&](auto D) {
            const auto& member = c.*D.pointer;
            if (is_absent(member)) return;
            if (!first) out += ',';
            first = false;
            write_string(out, D.name);
            out += ':';
            value_writer<std::remove_cvref_t<decltype(member)>>::write(out, member);
        });
        out += '}';
    }

private:
    template <class T>
    static bool is_absent(const T&) {
        return false;
    }
    template <class T>
    static bool is_absent(const std::optional<T>& v) {
        return !v.has_value();
    }
    template <class T>
    static bool is_absent(const std::span<const T>& v) {
        return v.empty();
    }
    template <class V>
    static bool is_absent(const map<V>& v) {
        return v.empty();
    }
};

}  // namespace callmap::json

namespace callmap {

/// The canonical JSON of a call: one compact object, as `callmap normalize` prints it.
inline std::string to_json(const call& c) {
    return json::to_json(c);
}

}  // namespace callmap
