// The Zudu call as a user would write it for callmap::parse<T> (the reflection path): plain
// structs and enums annotated with Boost.Describe, no generated code. Same JSON shape and the
// same value types as the generated callmap::zudu wire structs (schemas/zudu.yaml), so the
// parse_described/<payload> rows measure reflection against the generated parser on the same
// bytes; check_callmap_cases proves the shape current (word, float and object counts equal
// those of the generated parse). Enums are plain described enums: strict, as a user's are.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include "callmap/types.hpp"

namespace bench::described {

enum class call_status : std::uint8_t {
    REGISTERED,
    ONGOING,
    ENDED,
    ERROR_,
    SCHEDULED
};
BOOST_DESCRIBE_ENUM(call_status, REGISTERED, ONGOING, ENDED, ERROR_, SCHEDULED)
enum class call_type : std::uint8_t {
    PHONE_CALL,
    WEB_CALL
};
BOOST_DESCRIBE_ENUM(call_type, PHONE_CALL, WEB_CALL)
enum class direction : std::uint8_t {
    INBOUND,
    OUTBOUND
};
BOOST_DESCRIBE_ENUM(direction, INBOUND, OUTBOUND)

struct event {
    std::optional<std::int64_t> timestamp;
    std::string_view event;
    std::optional<std::int64_t> session_time;
    std::optional<callmap::raw_json> data;
};
BOOST_DESCRIBE_STRUCT(event, (), (timestamp, event, session_time, data))

struct word {
    std::string_view word;
    std::int64_t start = 0;
    std::int64_t end = 0;
};
BOOST_DESCRIBE_STRUCT(word, (), (word, start, end))

struct turn {
    std::string_view role;
    std::string_view content;
    std::optional<std::int64_t> timestamp;
    std::optional<std::span<const word>> words;
};
BOOST_DESCRIBE_STRUCT(turn, (), (role, content, timestamp, words))

struct latency_stage {
    std::optional<double> min, max;
    std::optional<std::int64_t> num;
    std::optional<double> p50, p90, p95, p99;
    std::optional<std::span<const double>> values;
};
BOOST_DESCRIBE_STRUCT(latency_stage, (), (min, max, num, p50, p90, p95, p99, values))

struct product_cost {
    std::string_view product;
    callmap::decimal cost;
    std::optional<callmap::decimal> unit_price;
};
BOOST_DESCRIBE_STRUCT(product_cost, (), (product, cost, unit_price))

struct call_cost {
    std::optional<callmap::decimal> combined_cost;
    std::optional<std::span<const product_cost>> product_costs;
    std::optional<callmap::decimal> total_duration_seconds;
    std::optional<callmap::decimal> total_duration_unit_price;
    std::optional<callmap::decimal> total_one_time_price;
};
BOOST_DESCRIBE_STRUCT(call_cost, (),
                      (combined_cost, product_costs, total_duration_seconds,
                       total_duration_unit_price, total_one_time_price))

struct telephony_identifier {
    std::optional<std::string_view> call_sid;
    std::optional<std::string_view> conference_sid;
};
BOOST_DESCRIBE_STRUCT(telephony_identifier, (), (call_sid, conference_sid))

struct call {
    std::optional<std::string_view> id, agent_id;
    std::string_view call_id;
    std::optional<std::string_view> organization_id;
    described::call_status call_status = described::call_status::REGISTERED;
    std::optional<described::call_type> call_type;
    std::optional<described::direction> direction;
    std::optional<std::string_view> from_number, to_number;
    std::optional<std::int64_t> created_at, updated_at, start_timestamp, end_timestamp,
        call_duration;
    std::optional<std::string_view> disconnection_reason, recording_url, public_log_url;
    std::optional<bool> opt_out_sensitive_data_storage;
    std::optional<callmap::raw_json> metadata;
    std::optional<std::span<const event>> events;
    std::optional<std::string_view> transcript;
    std::optional<std::span<const turn>> transcript_object;
    std::optional<callmap::raw_json> transcript_with_tool_calls;
    std::optional<callmap::map<latency_stage>> latency;
    std::optional<callmap::raw_json> call_analysis;
    std::optional<described::call_cost> call_cost;
    std::optional<described::telephony_identifier> telephony_identifier;
};
BOOST_DESCRIBE_STRUCT(call, (),
                      (id, agent_id, call_id, organization_id, call_status, call_type, direction,
                       from_number, to_number, created_at, updated_at, start_timestamp,
                       end_timestamp, call_duration, disconnection_reason, recording_url,
                       public_log_url, opt_out_sensitive_data_storage, metadata, events, transcript,
                       transcript_object, transcript_with_tool_calls, latency, call_analysis,
                       call_cost, telephony_identifier))

struct envelope {
    std::optional<std::string_view> message;
    std::string_view status;
    std::optional<std::string_view> error;
    std::optional<call> data;
};
BOOST_DESCRIBE_STRUCT(envelope, (), (message, status, error, data))

}  // namespace bench::described
