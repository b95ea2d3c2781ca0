// generated from schemas/retell.yaml by callmap-gen -- do not edit.
// Retell AI — get call (v2)
// https://docs.retellai.com/api-references/get-call
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
#error "retell.hpp was generated for another callmap runtime; regenerate it"
#endif

namespace callmap::retell {

enum class call_type : std::uint8_t {
    phone_call,
    web_call,
};
BOOST_DESCRIBE_ENUM(call_type, phone_call, web_call)

enum class direction : std::uint8_t {
    inbound,
    outbound,
};
BOOST_DESCRIBE_ENUM(direction, inbound, outbound)

struct transfer_target {
    std::optional<std::string_view> number{};
    std::optional<std::string_view> extension{};
};
BOOST_DESCRIBE_STRUCT(transfer_target, (), (
    number,
    extension))

struct word {
    std::optional<std::string_view> word{};
    std::optional<double> start{};
    std::optional<double> end{};
};
BOOST_DESCRIBE_STRUCT(word, (), (
    word,
    start,
    end))

struct utterance {
    std::string_view role{};
    std::optional<std::string_view> content{};
    std::optional<std::span<const ::callmap::retell::word>> words{};
    std::optional<::callmap::raw_json> metadata{};
    std::optional<std::string_view> tool_call_id{};
    std::optional<std::string_view> name{};
    std::optional<std::string_view> arguments{};
    std::optional<bool> successful{};
    std::optional<std::string_view> digit{};
    std::optional<std::string_view> thought_signature{};
    std::optional<std::string_view> former_node_id{};
    std::optional<std::string_view> former_node_name{};
    std::optional<std::string_view> new_node_id{};
    std::optional<std::string_view> new_node_name{};
};
BOOST_DESCRIBE_STRUCT(utterance, (), (
    role,
    content,
    words,
    metadata,
    tool_call_id,
    name,
    arguments,
    successful,
    digit,
    thought_signature,
    former_node_id,
    former_node_name,
    new_node_id,
    new_node_name))

struct latency_stage {
    std::optional<double> min{};
    std::optional<double> max{};
    std::optional<std::int64_t> num{};
    std::optional<double> p50{};
    std::optional<double> p90{};
    std::optional<double> p95{};
    std::optional<double> p99{};
    std::optional<std::span<const double>> values{};
};
BOOST_DESCRIBE_STRUCT(latency_stage, (), (
    min,
    max,
    num,
    p50,
    p90,
    p95,
    p99,
    values))

struct product_cost {
    std::string_view product{};
    ::callmap::decimal cost{};
    std::optional<::callmap::decimal> unit_price{};
    std::optional<bool> is_transfer_leg_cost{};
};
BOOST_DESCRIBE_STRUCT(product_cost, (), (
    product,
    cost,
    unit_price,
    is_transfer_leg_cost))

struct call_cost {
    std::optional<::callmap::decimal> combined_cost{};
    std::optional<std::span<const ::callmap::retell::product_cost>> product_costs{};
    std::optional<::callmap::decimal> total_duration_seconds{};
    std::optional<::callmap::decimal> total_duration_unit_price{};
};
BOOST_DESCRIBE_STRUCT(call_cost, (), (
    combined_cost,
    product_costs,
    total_duration_seconds,
    total_duration_unit_price))

struct telephony_identifier {
    std::optional<std::string_view> twilio_call_sid{};
};
BOOST_DESCRIBE_STRUCT(telephony_identifier, (), (
    twilio_call_sid))

/// "transfer_destination" of call: one of (string | transfer_target)?, told apart by the JSON type.
struct call_transfer_destination {
    std::optional<std::string_view> as_string{};
    std::optional<::callmap::retell::transfer_target> as_transfer_target{};
};
BOOST_DESCRIBE_STRUCT(call_transfer_destination, (), (as_string, as_transfer_target))

struct call {
    std::optional<::callmap::open_enum<::callmap::retell::call_type>> call_type{};
    std::string_view call_id{};
    std::optional<std::string_view> agent_id{};
    std::optional<std::int64_t> agent_version{};
    std::optional<std::string_view> agent_name{};
    std::optional<std::string_view> agent_tag{};
    std::optional<std::string_view> call_status{};
    std::optional<::callmap::open_enum<::callmap::retell::direction>> direction{};
    std::optional<std::string_view> from_number{};
    std::optional<std::string_view> to_number{};
    std::optional<std::int64_t> start_timestamp{};
    std::optional<std::int64_t> end_timestamp{};
    std::optional<std::int64_t> duration_ms{};
    std::optional<std::int64_t> transfer_end_timestamp{};
    std::optional<::callmap::retell::call_transfer_destination> transfer_destination{};
    std::optional<std::string_view> disconnection_reason{};
    std::optional<std::string_view> transcript{};
    std::optional<std::span<const ::callmap::retell::utterance>> transcript_object{};
    std::optional<std::span<const ::callmap::retell::utterance>> transcript_with_tool_calls{};
    std::optional<::callmap::raw_json> scrubbed_transcript_with_tool_calls{};
    std::optional<std::string_view> recording_url{};
    std::optional<std::string_view> recording_multi_channel_url{};
    std::optional<std::string_view> scrubbed_recording_url{};
    std::optional<std::string_view> scrubbed_recording_multi_channel_url{};
    std::optional<std::string_view> public_log_url{};
    std::optional<std::string_view> knowledge_base_retrieved_contents_url{};
    std::optional<::callmap::map<::callmap::retell::latency_stage>> latency{};
    std::optional<::callmap::raw_json> llm_token_usage{};
    std::optional<::callmap::raw_json> call_analysis{};
    std::optional<::callmap::retell::call_cost> call_cost{};
    std::optional<::callmap::raw_json> metadata{};
    std::optional<::callmap::map<::callmap::raw_json>> retell_llm_dynamic_variables{};
    std::optional<::callmap::map<::callmap::raw_json>> collected_dynamic_variables{};
    std::optional<::callmap::map<::callmap::raw_json>> custom_sip_headers{};
    std::optional<::callmap::retell::telephony_identifier> telephony_identifier{};
    std::optional<std::string_view> data_storage_setting{};
    std::optional<bool> opt_in_signed_url{};
    std::optional<std::string_view> access_token{};
};
BOOST_DESCRIBE_STRUCT(call, (), (
    call_type,
    call_id,
    agent_id,
    agent_version,
    agent_name,
    agent_tag,
    call_status,
    direction,
    from_number,
    to_number,
    start_timestamp,
    end_timestamp,
    duration_ms,
    transfer_end_timestamp,
    transfer_destination,
    disconnection_reason,
    transcript,
    transcript_object,
    transcript_with_tool_calls,
    scrubbed_transcript_with_tool_calls,
    recording_url,
    recording_multi_channel_url,
    scrubbed_recording_url,
    scrubbed_recording_multi_channel_url,
    public_log_url,
    knowledge_base_retrieved_contents_url,
    latency,
    llm_token_usage,
    call_analysis,
    call_cost,
    metadata,
    retell_llm_dynamic_variables,
    collected_dynamic_variables,
    custom_sip_headers,
    telephony_identifier,
    data_storage_setting,
    opt_in_signed_url,
    access_token))

}  // namespace callmap::retell

namespace callmap {

template <>
struct enum_spelling<::callmap::retell::call_type> {
    static constexpr std::array<std::string_view, 2> values{"phone_call", "web_call"};
    static constexpr bool case_insensitive = false;
};

template <>
struct enum_spelling<::callmap::retell::direction> {
    static constexpr std::array<std::string_view, 2> values{"inbound", "outbound"};
    static constexpr bool case_insensitive = false;
};

}  // namespace callmap

namespace callmap::json {

template <>
struct value_parser<::callmap::retell::transfer_target> {
    struct field {
        enum : int {
            number,
            extension,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "number",
        "extension",
    });
    static constexpr auto required = required_fields<keys.size()>({});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 6: return key == "number" ? field::number : -1;
            case 9: return key == "extension" ? field::extension : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::retell::transfer_target& out);
};

template <>
struct value_parser<::callmap::retell::word> {
    struct field {
        enum : int {
            word,
            start,
            end,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "word",
        "start",
        "end",
    });
    static constexpr auto required = required_fields<keys.size()>({});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 3: return key == "end" ? field::end : -1;
            case 4: return key == "word" ? field::word : -1;
            case 5: return key == "start" ? field::start : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::retell::word& out);
};

template <>
struct value_parser<::callmap::retell::utterance> {
    struct field {
        enum : int {
            role,
            content,
            words,
            metadata,
            tool_call_id,
            name,
            arguments,
            successful,
            digit,
            thought_signature,
            former_node_id,
            former_node_name,
            new_node_id,
            new_node_name,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "role",
        "content",
        "words",
        "metadata",
        "tool_call_id",
        "name",
        "arguments",
        "successful",
        "digit",
        "thought_signature",
        "former_node_id",
        "former_node_name",
        "new_node_id",
        "new_node_name",
    });
    static constexpr auto required = required_fields<keys.size()>({field::role});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 4:
                switch (key[0]) {
                    case 'r': return key == "role" ? field::role : -1;
                    case 'n': return key == "name" ? field::name : -1;
                    default: return -1;
                }
            case 5:
                switch (key[0]) {
                    case 'w': return key == "words" ? field::words : -1;
                    case 'd': return key == "digit" ? field::digit : -1;
                    default: return -1;
                }
            case 7: return key == "content" ? field::content : -1;
            case 8: return key == "metadata" ? field::metadata : -1;
            case 9: return key == "arguments" ? field::arguments : -1;
            case 10: return key == "successful" ? field::successful : -1;
            case 11: return key == "new_node_id" ? field::new_node_id : -1;
            case 12: return key == "tool_call_id" ? field::tool_call_id : -1;
            case 13: return key == "new_node_name" ? field::new_node_name : -1;
            case 14: return key == "former_node_id" ? field::former_node_id : -1;
            case 16: return key == "former_node_name" ? field::former_node_name : -1;
            case 17: return key == "thought_signature" ? field::thought_signature : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::retell::utterance& out);
};

template <>
struct value_parser<::callmap::retell::latency_stage> {
    struct field {
        enum : int {
            min,
            max,
            num,
            p50,
            p90,
            p95,
            p99,
            values,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "min",
        "max",
        "num",
        "p50",
        "p90",
        "p95",
        "p99",
        "values",
    });
    static constexpr auto required = required_fields<keys.size()>({});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 3:
                if (key == "min") return field::min;
                if (key == "max") return field::max;
                if (key == "num") return field::num;
                if (key == "p50") return field::p50;
                if (key == "p90") return field::p90;
                if (key == "p95") return field::p95;
                if (key == "p99") return field::p99;
                return -1;
            case 6: return key == "values" ? field::values : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::retell::latency_stage& out);
};

template <>
struct value_parser<::callmap::retell::product_cost> {
    struct field {
        enum : int {
            product,
            cost,
            unit_price,
            is_transfer_leg_cost,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "product",
        "cost",
        "unit_price",
        "is_transfer_leg_cost",
    });
    static constexpr auto required = required_fields<keys.size()>({field::product, field::cost});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 4: return key == "cost" ? field::cost : -1;
            case 7: return key == "product" ? field::product : -1;
            case 10: return key == "unit_price" ? field::unit_price : -1;
            case 20: return key == "is_transfer_leg_cost" ? field::is_transfer_leg_cost : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::retell::product_cost& out);
};

template <>
struct value_parser<::callmap::retell::call_cost> {
    struct field {
        enum : int {
            combined_cost,
            product_costs,
            total_duration_seconds,
            total_duration_unit_price,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "combined_cost",
        "product_costs",
        "total_duration_seconds",
        "total_duration_unit_price",
    });
    static constexpr auto required = required_fields<keys.size()>({});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 13:
                switch (key[0]) {
                    case 'c': return key == "combined_cost" ? field::combined_cost : -1;
                    case 'p': return key == "product_costs" ? field::product_costs : -1;
                    default: return -1;
                }
            case 22: return key == "total_duration_seconds" ? field::total_duration_seconds : -1;
            case 25:
                return key == "total_duration_unit_price" ? field::total_duration_unit_price : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::retell::call_cost& out);
};

template <>
struct value_parser<::callmap::retell::telephony_identifier> {
    struct field {
        enum : int {
            twilio_call_sid,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "twilio_call_sid",
    });
    static constexpr auto required = required_fields<keys.size()>({});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 15: return key == "twilio_call_sid" ? field::twilio_call_sid : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::retell::telephony_identifier& out);
};

template <>
struct value_parser<::callmap::retell::call_transfer_destination> {
    static bool parse(reader& r, ::callmap::retell::call_transfer_destination& out);
};

template <>
struct value_parser<::callmap::retell::call> {
    struct field {
        enum : int {
            call_type,
            call_id,
            agent_id,
            agent_version,
            agent_name,
            agent_tag,
            call_status,
            direction,
            from_number,
            to_number,
            start_timestamp,
            end_timestamp,
            duration_ms,
            transfer_end_timestamp,
            transfer_destination,
            disconnection_reason,
            transcript,
            transcript_object,
            transcript_with_tool_calls,
            scrubbed_transcript_with_tool_calls,
            recording_url,
            recording_multi_channel_url,
            scrubbed_recording_url,
            scrubbed_recording_multi_channel_url,
            public_log_url,
            knowledge_base_retrieved_contents_url,
            latency,
            llm_token_usage,
            call_analysis,
            call_cost,
            metadata,
            retell_llm_dynamic_variables,
            collected_dynamic_variables,
            custom_sip_headers,
            telephony_identifier,
            data_storage_setting,
            opt_in_signed_url,
            access_token,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "call_type",
        "call_id",
        "agent_id",
        "agent_version",
        "agent_name",
        "agent_tag",
        "call_status",
        "direction",
        "from_number",
        "to_number",
        "start_timestamp",
        "end_timestamp",
        "duration_ms",
        "transfer_end_timestamp",
        "transfer_destination",
        "disconnection_reason",
        "transcript",
        "transcript_object",
        "transcript_with_tool_calls",
        "scrubbed_transcript_with_tool_calls",
        "recording_url",
        "recording_multi_channel_url",
        "scrubbed_recording_url",
        "scrubbed_recording_multi_channel_url",
        "public_log_url",
        "knowledge_base_retrieved_contents_url",
        "latency",
        "llm_token_usage",
        "call_analysis",
        "call_cost",
        "metadata",
        "retell_llm_dynamic_variables",
        "collected_dynamic_variables",
        "custom_sip_headers",
        "telephony_identifier",
        "data_storage_setting",
        "opt_in_signed_url",
        "access_token",
    });
    static constexpr auto required = required_fields<keys.size()>({field::call_id});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 7:
                switch (key[0]) {
                    case 'c': return key == "call_id" ? field::call_id : -1;
                    case 'l': return key == "latency" ? field::latency : -1;
                    default: return -1;
                }
            case 8:
                switch (key[0]) {
                    case 'a': return key == "agent_id" ? field::agent_id : -1;
                    case 'm': return key == "metadata" ? field::metadata : -1;
                    default: return -1;
                }
            case 9:
                switch (key[6]) {
                    case 'y': return key == "call_type" ? field::call_type : -1;
                    case 't': return key == "agent_tag" ? field::agent_tag : -1;
                    case 'i': return key == "direction" ? field::direction : -1;
                    case 'b': return key == "to_number" ? field::to_number : -1;
                    case 'o': return key == "call_cost" ? field::call_cost : -1;
                    default: return -1;
                }
            case 10:
                switch (key[0]) {
                    case 'a': return key == "agent_name" ? field::agent_name : -1;
                    case 't': return key == "transcript" ? field::transcript : -1;
                    default: return -1;
                }
            case 11:
                switch (key[0]) {
                    case 'c': return key == "call_status" ? field::call_status : -1;
                    case 'f': return key == "from_number" ? field::from_number : -1;
                    case 'd': return key == "duration_ms" ? field::duration_ms : -1;
                    default: return -1;
                }
            case 12: return key == "access_token" ? field::access_token : -1;
            case 13:
                switch (key[0]) {
                    case 'a': return key == "agent_version" ? field::agent_version : -1;
                    case 'e': return key == "end_timestamp" ? field::end_timestamp : -1;
                    case 'r': return key == "recording_url" ? field::recording_url : -1;
                    case 'c': return key == "call_analysis" ? field::call_analysis : -1;
                    default: return -1;
                }
            case 14: return key == "public_log_url" ? field::public_log_url : -1;
            case 15:
                switch (key[0]) {
                    case 's': return key == "start_timestamp" ? field::start_timestamp : -1;
                    case 'l': return key == "llm_token_usage" ? field::llm_token_usage : -1;
                    default: return -1;
                }
            case 17:
                switch (key[0]) {
                    case 't': return key == "transcript_object" ? field::transcript_object : -1;
                    case 'o': return key == "opt_in_signed_url" ? field::opt_in_signed_url : -1;
                    default: return -1;
                }
            case 18: return key == "custom_sip_headers" ? field::custom_sip_headers : -1;
            case 20:
                switch (key[1]) {
                    case 'r':
                        return key == "transfer_destination" ? field::transfer_destination : -1;
                    case 'i':
                        return key == "disconnection_reason" ? field::disconnection_reason : -1;
                    case 'e':
                        return key == "telephony_identifier" ? field::telephony_identifier : -1;
                    case 'a':
                        return key == "data_storage_setting" ? field::data_storage_setting : -1;
                    default: return -1;
                }
            case 22:
                switch (key[0]) {
                    case 't':
                        return key == "transfer_end_timestamp" ? field::transfer_end_timestamp : -1;
                    case 's':
                        return key == "scrubbed_recording_url" ? field::scrubbed_recording_url : -1;
                    default: return -1;
                }
            case 26:
                return key == "transcript_with_tool_calls" ? field::transcript_with_tool_calls : -1;
            case 27:
                switch (key[0]) {
                    case 'r':
                        return key == "recording_multi_channel_url" ?
                            field::recording_multi_channel_url : -1;
                    case 'c':
                        return key == "collected_dynamic_variables" ?
                            field::collected_dynamic_variables : -1;
                    default: return -1;
                }
            case 28:
                return key == "retell_llm_dynamic_variables" ?
                    field::retell_llm_dynamic_variables : -1;
            case 35:
                return key == "scrubbed_transcript_with_tool_calls" ?
                    field::scrubbed_transcript_with_tool_calls : -1;
            case 36:
                return key == "scrubbed_recording_multi_channel_url" ?
                    field::scrubbed_recording_multi_channel_url : -1;
            case 37:
                return key == "knowledge_base_retrieved_contents_url" ?
                    field::knowledge_base_retrieved_contents_url : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::retell::call& out);
};

}  // namespace callmap::json

namespace callmap::retell::shape {

inline constexpr auto transfer_target_fields = std::to_array<::callmap::drift::field_shape>({
    {"number", 1, 0, false, true, -1, {}, false},
    {"extension", 1, 0, false, true, -1, {}, false},
});
inline constexpr auto word_fields = std::to_array<::callmap::drift::field_shape>({
    {"word", 1, 0, false, true, -1, {}, false},
    {"start", 2, 0, false, true, -1, {}, false},
    {"end", 2, 0, false, true, -1, {}, false},
});
inline constexpr auto utterance_fields = std::to_array<::callmap::drift::field_shape>({
    {"role", 1, 0, false, false, -1, {}, false},
    {"content", 1, 0, false, true, -1, {}, false},
    {"words", 8, 1, false, true, 1, {}, false},
    {"metadata", 31, 0, false, true, -1, {}, false},
    {"tool_call_id", 1, 0, false, true, -1, {}, false},
    {"name", 1, 0, false, true, -1, {}, false},
    {"arguments", 1, 0, false, true, -1, {}, false},
    {"successful", 4, 0, false, true, -1, {}, false},
    {"digit", 1, 0, false, true, -1, {}, false},
    {"thought_signature", 1, 0, false, true, -1, {}, false},
    {"former_node_id", 1, 0, false, true, -1, {}, false},
    {"former_node_name", 1, 0, false, true, -1, {}, false},
    {"new_node_id", 1, 0, false, true, -1, {}, false},
    {"new_node_name", 1, 0, false, true, -1, {}, false},
});
inline constexpr auto latency_stage_fields = std::to_array<::callmap::drift::field_shape>({
    {"min", 2, 0, false, true, -1, {}, false},
    {"max", 2, 0, false, true, -1, {}, false},
    {"num", 2, 0, false, true, -1, {}, false},
    {"p50", 2, 0, false, true, -1, {}, false},
    {"p90", 2, 0, false, true, -1, {}, false},
    {"p95", 2, 0, false, true, -1, {}, false},
    {"p99", 2, 0, false, true, -1, {}, false},
    {"values", 2, 1, false, true, -1, {}, false},
});
inline constexpr auto product_cost_fields = std::to_array<::callmap::drift::field_shape>({
    {"product", 1, 0, false, false, -1, {}, false},
    {"cost", 3, 0, false, false, -1, {}, false},
    {"unit_price", 3, 0, false, true, -1, {}, false},
    {"is_transfer_leg_cost", 4, 0, false, true, -1, {}, false},
});
inline constexpr auto call_cost_fields = std::to_array<::callmap::drift::field_shape>({
    {"combined_cost", 3, 0, false, true, -1, {}, false},
    {"product_costs", 8, 1, false, true, 4, {}, false},
    {"total_duration_seconds", 3, 0, false, true, -1, {}, false},
    {"total_duration_unit_price", 3, 0, false, true, -1, {}, false},
});
inline constexpr auto telephony_identifier_fields = std::to_array<::callmap::drift::field_shape>({
    {"twilio_call_sid", 1, 0, false, true, -1, {}, false},
});
inline constexpr auto call_fields = std::to_array<::callmap::drift::field_shape>({
    {"call_type", 1, 0, false, true, -1,
     ::callmap::enum_spelling<::callmap::retell::call_type>::values,
     ::callmap::enum_spelling<::callmap::retell::call_type>::case_insensitive},
    {"call_id", 1, 0, false, false, -1, {}, false},
    {"agent_id", 1, 0, false, true, -1, {}, false},
    {"agent_version", 2, 0, false, true, -1, {}, false},
    {"agent_name", 1, 0, false, true, -1, {}, false},
    {"agent_tag", 1, 0, false, true, -1, {}, false},
    {"call_status", 1, 0, false, true, -1, {}, false},
    {"direction", 1, 0, false, true, -1,
     ::callmap::enum_spelling<::callmap::retell::direction>::values,
     ::callmap::enum_spelling<::callmap::retell::direction>::case_insensitive},
    {"from_number", 1, 0, false, true, -1, {}, false},
    {"to_number", 1, 0, false, true, -1, {}, false},
    {"start_timestamp", 2, 0, false, true, -1, {}, false},
    {"end_timestamp", 2, 0, false, true, -1, {}, false},
    {"duration_ms", 2, 0, false, true, -1, {}, false},
    {"transfer_end_timestamp", 2, 0, false, true, -1, {}, false},
    {"transfer_destination", 9, 0, false, true, 0, {}, false},
    {"disconnection_reason", 1, 0, false, true, -1, {}, false},
    {"transcript", 1, 0, false, true, -1, {}, false},
    {"transcript_object", 8, 1, false, true, 2, {}, false},
    {"transcript_with_tool_calls", 8, 1, false, true, 2, {}, false},
    {"scrubbed_transcript_with_tool_calls", 31, 0, false, true, -1, {}, false},
    {"recording_url", 1, 0, false, true, -1, {}, false},
    {"recording_multi_channel_url", 1, 0, false, true, -1, {}, false},
    {"scrubbed_recording_url", 1, 0, false, true, -1, {}, false},
    {"scrubbed_recording_multi_channel_url", 1, 0, false, true, -1, {}, false},
    {"public_log_url", 1, 0, false, true, -1, {}, false},
    {"knowledge_base_retrieved_contents_url", 1, 0, false, true, -1, {}, false},
    {"latency", 8, 0, true, true, 3, {}, false},
    {"llm_token_usage", 31, 0, false, true, -1, {}, false},
    {"call_analysis", 31, 0, false, true, -1, {}, false},
    {"call_cost", 8, 0, false, true, 5, {}, false},
    {"metadata", 31, 0, false, true, -1, {}, false},
    {"retell_llm_dynamic_variables", 31, 0, true, true, -1, {}, false},
    {"collected_dynamic_variables", 31, 0, true, true, -1, {}, false},
    {"custom_sip_headers", 31, 0, true, true, -1, {}, false},
    {"telephony_identifier", 8, 0, false, true, 6, {}, false},
    {"data_storage_setting", 1, 0, false, true, -1, {}, false},
    {"opt_in_signed_url", 4, 0, false, true, -1, {}, false},
    {"access_token", 1, 0, false, true, -1, {}, false},
});
inline constexpr std::array<::callmap::drift::object_shape, 8> objects{{
    {"transfer_target", transfer_target_fields},
    {"word", word_fields},
    {"utterance", utterance_fields},
    {"latency_stage", latency_stage_fields},
    {"product_cost", product_cost_fields},
    {"call_cost", call_cost_fields},
    {"telephony_identifier", telephony_identifier_fields},
    {"call", call_fields},
}};
inline constexpr int root = 7;

}  // namespace callmap::retell::shape

namespace callmap::retell {

/// Maps a parsed retell payload onto the canonical call record. The result holds views
/// into the payload and into `memory`. A provider error answer is an error result.
::callmap::result<::callmap::call> to_call(const call& in, ::callmap::arena& memory);

}  // namespace callmap::retell

namespace callmap::retell {

/// The top-level keys that every retell payload has (auto-detection).
inline constexpr auto detect_keys = std::to_array<std::string_view>({
    "call_id",
    "call_type",
    "call_status",
    "agent_id",
});

/// Parses a retell payload and maps it onto the canonical call record (what the
/// registry entry calls). LIFETIME: the call holds views into `payload` and `memory`.
::callmap::result<::callmap::call> normalize(std::string_view payload, ::callmap::arena& memory,
                                             const ::callmap::parse_options& options = {});

/// Where each shape of retell payloads keeps its calls (spec shapes:), for
/// callmap::read_shape.
namespace layouts {

inline constexpr std::string_view get_detect[] =
    {"call_id", "call_type", "call_status", "agent_id"};
inline constexpr ::callmap::shape_layout get{::callmap::payload_shape::get, false, {}, {}, {}, {},
                                             {}};
inline constexpr std::string_view list_detect[] =
    {"call_id", "call_type", "call_status", "agent_id"};
inline constexpr ::callmap::shape_layout list{::callmap::payload_shape::list, true, {}, {}, {}, {},
                                              {}};
inline constexpr std::string_view list_v3_calls[] = {"items"};
inline constexpr std::string_view list_v3_cursor[] = {"pagination_key"};
inline constexpr std::string_view list_v3_detect[] = {"items", "has_more"};
inline constexpr ::callmap::detect_value list_v3_detect_values[] =
    {::callmap::detect_value::array, ::callmap::detect_value::any};
inline constexpr ::callmap::shape_layout list_v3{::callmap::payload_shape::list, true,
                                                 list_v3_calls, list_v3_cursor, {}, {}, {}};
inline constexpr std::string_view webhook_calls[] = {"call"};
inline constexpr std::string_view webhook_event[] = {"event"};
inline constexpr ::callmap::event_status webhook_statuses[] = {
    {"call_started", ::callmap::call_status::in_progress},
    {"call_ended", ::callmap::call_status::completed},
    {"call_analyzed", ::callmap::call_status::completed},
};
inline constexpr ::callmap::envelope_field<call> webhook_fields[] = {
    ::callmap::envelope_field<call>::fills<&call::transfer_destination>("transfer_destination"),
};
inline constexpr std::string_view webhook_detect[] = {"event", "call"};
inline constexpr ::callmap::detect_value webhook_detect_values[] =
    {::callmap::detect_value::any, ::callmap::detect_value::object};
inline constexpr ::callmap::shape_layout webhook{::callmap::payload_shape::webhook, false,
                                                 webhook_calls, {}, webhook_event, webhook_statuses,
                                                 {}};

}  // namespace layouts

/// Every call of a retell get payload (callmap::page). LIFETIME: the page holds
/// views into `payload` and `memory`.
::callmap::result<::callmap::page> read_get(std::string_view payload, ::callmap::arena& memory,
    const ::callmap::parse_options& options = {});
/// Every call of a retell list payload (callmap::page). LIFETIME: the page holds
/// views into `payload` and `memory`.
::callmap::result<::callmap::page> read_list(std::string_view payload, ::callmap::arena& memory,
    const ::callmap::parse_options& options = {});
/// Every call of a retell list_v3 payload (callmap::page). LIFETIME: the page holds
/// views into `payload` and `memory`.
::callmap::result<::callmap::page> read_list_v3(std::string_view payload, ::callmap::arena& memory,
    const ::callmap::parse_options& options = {});
/// Every call of a retell webhook payload (callmap::page). LIFETIME: the page holds
/// views into `payload` and `memory`.
::callmap::result<::callmap::page> read_webhook(std::string_view payload, ::callmap::arena& memory,
    const ::callmap::parse_options& options = {});

/// The shapes of retell payloads, the get answer first (detection tells them apart).
inline constexpr ::callmap::shape_entry payload_shapes[] = {
    {"get", ::callmap::payload_shape::get, detect_keys, false, &read_get},
    {"list", ::callmap::payload_shape::list, layouts::list_detect, true, &read_list},
    {"list_v3", ::callmap::payload_shape::list, layouts::list_v3_detect, false, &read_list_v3,
     false, layouts::list_v3_detect_values},
    {"webhook", ::callmap::payload_shape::webhook, layouts::webhook_detect, false, &read_webhook,
     false, layouts::webhook_detect_values},
};

/// This provider in a registry (callmap/normalize.hpp): on its own, or with the
/// built-in ones through callmap::with_builtin (callmap/builtin.hpp).
inline constexpr ::callmap::provider_entry provider{
    "retell",
    "Retell AI — get call (v2)",
    "https://docs.retellai.com/api-references/get-call",
    detect_keys,
    &normalize,
    shape::objects,
    shape::root,
    payload_shapes};

}  // namespace callmap::retell

// The parsers and the mapping: inline in every translation unit (header-only, the
// default), or compiled once, in the translation unit that defines CALLMAP_SOURCE
// before it includes this header, when the program defines
// CALLMAP_SEPARATE_COMPILATION (callmap/config.hpp).
#if !defined(CALLMAP_SEPARATE_COMPILATION) || defined(CALLMAP_SOURCE)

namespace callmap::json {

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::retell::transfer_target>::parse(
    reader& r, ::callmap::retell::transfer_target& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::number: return read_value(r, out.number);
            case field::extension: return read_value(r, out.extension);
            default: return false;
        }
    });
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::retell::word>::parse(
    reader& r, ::callmap::retell::word& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::word: return read_value(r, out.word);
            case field::start: return read_value(r, out.start);
            case field::end: return read_value(r, out.end);
            default: return false;
        }
    });
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::retell::utterance>::parse(
    reader& r, ::callmap::retell::utterance& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::role: return read_value(r, out.role);
            case field::content: return read_value(r, out.content);
            case field::words: return read_value(r, out.words);
            case field::metadata: return read_value(r, out.metadata);
            case field::tool_call_id: return read_value(r, out.tool_call_id);
            case field::name: return read_value(r, out.name);
            case field::arguments: return read_value(r, out.arguments);
            case field::successful: return read_value(r, out.successful);
            case field::digit: return read_value(r, out.digit);
            case field::thought_signature: return read_value(r, out.thought_signature);
            case field::former_node_id: return read_value(r, out.former_node_id);
            case field::former_node_name: return read_value(r, out.former_node_name);
            case field::new_node_id: return read_value(r, out.new_node_id);
            case field::new_node_name: return read_value(r, out.new_node_name);
            default: return false;
        }
    });
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::retell::latency_stage>::parse(
    reader& r, ::callmap::retell::latency_stage& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::min: return read_value(r, out.min);
            case field::max: return read_value(r, out.max);
            case field::num: return read_value(r, out.num);
            case field::p50: return read_value(r, out.p50);
            case field::p90: return read_value(r, out.p90);
            case field::p95: return read_value(r, out.p95);
            case field::p99: return read_value(r, out.p99);
            case field::values: return read_value(r, out.values);
            default: return false;
        }
    });
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::retell::product_cost>::parse(
    reader& r, ::callmap::retell::product_cost& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::product: return read_value(r, out.product);
            case field::cost: return read_value(r, out.cost);
            case field::unit_price: return read_value(r, out.unit_price);
            case field::is_transfer_leg_cost: return read_value(r, out.is_transfer_leg_cost);
            default: return false;
        }
    });
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::retell::call_cost>::parse(
    reader& r, ::callmap::retell::call_cost& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::combined_cost: return read_value(r, out.combined_cost);
            case field::product_costs: return read_value(r, out.product_costs);
            case field::total_duration_seconds: return read_value(r, out.total_duration_seconds);
            case field::total_duration_unit_price: return read_value(r,
                                                                     out.total_duration_unit_price);
            default: return false;
        }
    });
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::retell::telephony_identifier>::parse(
    reader& r, ::callmap::retell::telephony_identifier& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::twilio_call_sid: return read_value(r, out.twilio_call_sid);
            default: return false;
        }
    });
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::retell::call_transfer_destination>::parse(
    reader& r, ::callmap::retell::call_transfer_destination& out) {
    out = {};
    switch (r.peek()) {
        case '"':
            return value_parser<std::string_view>::parse(r, out.as_string.emplace());
        case '{':
            return value_parser<::callmap::retell::transfer_target>::parse(r,
                out.as_transfer_target.emplace());
        default: return r.fail_type("string or transfer_target");
    }
}

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::retell::call>::parse(
    reader& r, ::callmap::retell::call& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::call_type: return read_value(r, out.call_type);
            case field::call_id: return read_value(r, out.call_id);
            case field::agent_id: return read_value(r, out.agent_id);
            case field::agent_version: return read_value(r, out.agent_version);
            case field::agent_name: return read_value(r, out.agent_name);
            case field::agent_tag: return read_value(r, out.agent_tag);
            case field::call_status: return read_value(r, out.call_status);
            case field::direction: return read_value(r, out.direction);
            case field::from_number: return read_value(r, out.from_number);
            case field::to_number: return read_value(r, out.to_number);
            case field::start_timestamp: return read_value(r, out.start_timestamp);
            case field::end_timestamp: return read_value(r, out.end_timestamp);
            case field::duration_ms: return read_value(r, out.duration_ms);
            case field::transfer_end_timestamp: return read_value(r, out.transfer_end_timestamp);
            case field::transfer_destination: return read_value(r, out.transfer_destination);
            case field::disconnection_reason: return read_value(r, out.disconnection_reason);
            case field::transcript: return read_value(r, out.transcript);
            case field::transcript_object: return read_value(r, out.transcript_object);
            case field::transcript_with_tool_calls: return read_value(r,
                out.transcript_with_tool_calls);
            case field::scrubbed_transcript_with_tool_calls: return read_value(r,
                out.scrubbed_transcript_with_tool_calls);
            case field::recording_url: return read_value(r, out.recording_url);
            case field::recording_multi_channel_url: return read_value(r,
                out.recording_multi_channel_url);
            case field::scrubbed_recording_url: return read_value(r, out.scrubbed_recording_url);
            case field::scrubbed_recording_multi_channel_url: return read_value(r,
                out.scrubbed_recording_multi_channel_url);
            case field::public_log_url: return read_value(r, out.public_log_url);
            case field::knowledge_base_retrieved_contents_url: return read_value(r,
                out.knowledge_base_retrieved_contents_url);
            case field::latency: return read_value(r, out.latency);
            case field::llm_token_usage: return read_value(r, out.llm_token_usage);
            case field::call_analysis: return read_value(r, out.call_analysis);
            case field::call_cost: return read_value(r, out.call_cost);
            case field::metadata: return read_value(r, out.metadata);
            case field::retell_llm_dynamic_variables: return read_value(r,
                out.retell_llm_dynamic_variables);
            case field::collected_dynamic_variables: return read_value(r,
                out.collected_dynamic_variables);
            case field::custom_sip_headers: return read_value(r, out.custom_sip_headers);
            case field::telephony_identifier: return read_value(r, out.telephony_identifier);
            case field::data_storage_setting: return read_value(r, out.data_storage_setting);
            case field::opt_in_signed_url: return read_value(r, out.opt_in_signed_url);
            case field::access_token: return read_value(r, out.access_token);
            default: return false;
        }
    });
}

}  // namespace callmap::json

namespace callmap::retell {

namespace mapping_tables {
inline constexpr ::callmap::table_entry<::callmap::direction> direction[] = {
    {"inbound", ::callmap::direction::inbound},
    {"outbound", ::callmap::direction::outbound},
};
inline constexpr ::callmap::table_entry<::callmap::channel> channel[] = {
    {"phone_call", ::callmap::channel::pstn},
    {"web_call", ::callmap::channel::web},
};
inline constexpr ::callmap::table_entry<::callmap::end_reason> shared_retell_end_reasons[] = {
    {"user_hangup", ::callmap::end_reason::customer_hangup},
    {"agent_hangup", ::callmap::end_reason::agent_hangup},
    {"call_transfer", ::callmap::end_reason::transferred},
    {"transfer_bridged", ::callmap::end_reason::transferred},
    {"transfer_cancelled", ::callmap::end_reason::transferred},
    {"call_take_over", ::callmap::end_reason::transferred},
    {"voicemail_reached", ::callmap::end_reason::voicemail},
    {"machine_detected", ::callmap::end_reason::voicemail},
    {"ivr_reached", ::callmap::end_reason::voicemail},
    {"inactivity", ::callmap::end_reason::inactivity},
    {"max_duration_reached", ::callmap::end_reason::max_duration},
    {"concurrency_limit_reached", ::callmap::end_reason::platform_error},
    {"no_concurrency_fallback", ::callmap::end_reason::platform_error},
    {"no_valid_payment", ::callmap::end_reason::platform_error},
    {"scam_detected", ::callmap::end_reason::rejected},
    {"marked_as_spam", ::callmap::end_reason::rejected},
    {"dial_busy", ::callmap::end_reason::busy},
    {"dial_no_answer", ::callmap::end_reason::no_answer},
    {"user_declined", ::callmap::end_reason::rejected},
    {"dial_failed", ::callmap::end_reason::telephony_error},
    {"telephony_provider_permission_denied", ::callmap::end_reason::telephony_error},
    {"telephony_provider_unavailable", ::callmap::end_reason::telephony_error},
    {"sip_routing_error", ::callmap::end_reason::telephony_error},
    {"error_twilio", ::callmap::end_reason::telephony_error},
    {"invalid_destination", ::callmap::end_reason::invalid_destination},
    {"error_user_not_joined", ::callmap::end_reason::no_answer},
    {"registered_call_timeout", ::callmap::end_reason::no_answer},
    {"manual_stopped", ::callmap::end_reason::canceled},
    {"error_*", ::callmap::end_reason::platform_error},
};
inline constexpr ::callmap::table_entry<::callmap::call_status> status[] = {
    {"registered", ::callmap::call_status::queued},
    {"ongoing", ::callmap::call_status::in_progress},
    {"ended", ::callmap::call_status::completed},
    {"not_connected", ::callmap::call_status::failed},
    {"error", ::callmap::call_status::failed},
};
inline constexpr ::callmap::table_entry<::callmap::turn_role> transcript_turns_role[] = {
    {"agent", ::callmap::turn_role::agent},
    {"user", ::callmap::turn_role::user},
    {"transfer_target", ::callmap::turn_role::other},
    {"tool_call_invocation", ::callmap::turn_role::tool},
    {"tool_call_result", ::callmap::turn_role::tool},
    {"dtmf", ::callmap::turn_role::user},
    {"node_transition", ::callmap::turn_role::system},
};
}  // namespace mapping_tables

CALLMAP_PROVIDER_INLINE ::callmap::result<::callmap::call> to_call(
    const call& in, ::callmap::arena& memory) {
    ::callmap::mapping_context ctx(memory);
    ::callmap::result<::callmap::call> answer(std::in_place);  // mapped in place
    ::callmap::call& out = *answer;
    out.provider = "retell";
    out.id = in.call_id;
    if (in.direction) {
        out.direction =
            ::callmap::lookup_or_warn(ctx, mapping_tables::direction,
                                      ::callmap::text_of(*in.direction),
                                      ::callmap::direction::unknown, "unmapped direction value");
    }
    if (in.to_number && ::callmap::matches_any(*in.to_number, {"sip:*"})) {
        out.channel = ::callmap::channel::sip;
    } else if (in.call_type) {
        out.channel =
            ::callmap::lookup_or_warn(ctx, mapping_tables::channel,
                                      ::callmap::text_of(*in.call_type),
                                      ::callmap::channel::unknown, "unmapped channel value");
    }
    if (in.from_number) ::callmap::set_party(out.from, *in.from_number);
    if (in.to_number) ::callmap::set_party(out.to, *in.to_number);
    if (in.transfer_destination && in.transfer_destination->as_transfer_target &&
        in.transfer_destination->as_transfer_target->number) {
        ::callmap::set_party(out.transferred_to,
                             *in.transfer_destination->as_transfer_target->number);
    } else if (in.transfer_destination && in.transfer_destination->as_string) {
        ::callmap::set_party(out.transferred_to, *in.transfer_destination->as_string);
    }
    if (in.disconnection_reason) {
        const std::string_view raw = *in.disconnection_reason;
        out.end_reason_raw = raw;
        out.end_reason =
            ::callmap::lookup_or_warn(ctx, mapping_tables::shared_retell_end_reasons, raw,
                                      ::callmap::end_reason::unknown, "unmapped end_reason value");
    }
    if (in.call_status) {
        const std::string_view raw = *in.call_status;
        out.status_raw = raw;
        out.status =
            ::callmap::lookup_or_warn(ctx, mapping_tables::status, raw,
                                      ::callmap::call_status::unknown, "unmapped status value");
        if (::callmap::matches_any(raw, {"ended", "not_connected"})) {
            out.status = ::callmap::refine_status(out.status, out.end_reason);
        }
    }
    if (in.start_timestamp) {
        ::callmap::set_instant(ctx, *in.start_timestamp, ::callmap::time_format::epoch_ms,
                               out.started_at);
    }
    if (in.end_timestamp) {
        ::callmap::set_instant(ctx, *in.end_timestamp, ::callmap::time_format::epoch_ms,
                               out.ended_at);
    }
    if (in.duration_ms) {
        out.duration_ms = *in.duration_ms;
    } else if (out.ended_at && out.started_at) {
        out.duration_ms = out.ended_at->epoch_ms - out.started_at->epoch_ms;
    }
    if (in.collected_dynamic_variables) out.variables = *in.collected_dynamic_variables;
    if (in.metadata) out.metadata = *in.metadata;
    out.external_ids.entries = ::callmap::build_array<::callmap::map_entry<std::string_view>>(
        ctx, 1, [&](std::size_t id_index, auto& id) -> bool {
            switch (id_index) {
                case 0:
                    if (!(in.telephony_identifier && in.telephony_identifier->twilio_call_sid)) {
                        return false;
                    }
                    id = {"twilio_call_sid", *in.telephony_identifier->twilio_call_sid};
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
        if (in.agent_name) {
            agent.name = *in.agent_name;
            agent_present = true;
        }
        agent.kind = ::callmap::agent_kind::ai;
        if (!agent_present) out.agent.reset();
    }
    {
        ::callmap::cost& cost = out.cost.emplace();
        bool cost_present = false;
        if (in.call_cost && in.call_cost->combined_cost &&
            ::callmap::set_if(::callmap::money_micros(ctx, *in.call_cost->combined_cost,
                                                      ::callmap::money_unit::cents),
                              cost.amount_micros)) {
            cost_present = true;
        }
        cost.currency = "USD";
        if (in.call_cost && in.call_cost->product_costs) {
            const auto& product_costs = *in.call_cost->product_costs;
            cost.components = ::callmap::build_array<::callmap::cost_component>(
                ctx, product_costs.size(),
                    [&](std::size_t cost_component_index, auto& cost_component) -> bool {
                    const auto& wire_cost_component = product_costs[cost_component_index];
                    cost_component.name = wire_cost_component.product;
                    ::callmap::set_if(::callmap::money_micros(ctx, wire_cost_component.cost,
                                                              ::callmap::money_unit::cents),
                                      cost_component.amount_micros);
                    if (wire_cost_component.unit_price) {
                        ::callmap::set_if(::callmap::money_micros(ctx,
                                                                  *wire_cost_component.unit_price,
                                                                  ::callmap::money_unit::cents),
                                          cost_component.unit_price_micros);
                    }
                    return true;
                });
        }
        if (cost_present && cost.currency_assumed) ctx.warn("currency assumed 'USD'");
        if (!cost_present) out.cost.reset();
    }
    out.recordings = ::callmap::build_array<::callmap::recording>(
        ctx, 4, [&](std::size_t recording_index, auto& recording) -> bool {
            switch (recording_index) {
                case 0: {
                    if (!in.recording_url) return false;
                    recording.url = *in.recording_url;
                    recording.kind = ::callmap::recording_kind::mixed;
                    return true;
                }
                case 1: {
                    if (!in.recording_multi_channel_url) return false;
                    recording.url = *in.recording_multi_channel_url;
                    recording.kind = ::callmap::recording_kind::multichannel;
                    return true;
                }
                case 2: {
                    if (!in.scrubbed_recording_url) return false;
                    recording.url = *in.scrubbed_recording_url;
                    recording.kind = ::callmap::recording_kind::other;
                    return true;
                }
                case 3: {
                    if (!in.scrubbed_recording_multi_channel_url) return false;
                    recording.url = *in.scrubbed_recording_multi_channel_url;
                    recording.kind = ::callmap::recording_kind::other;
                    return true;
                }
                default: return false;
            }
        });
    {
        ::callmap::transcript& transcript = out.transcript.emplace();
        bool transcript_present = false;
        if (in.transcript) {
            transcript.text = *in.transcript;
            transcript_present = true;
        }
        const auto* const transcript_with_tool_calls_list = in.transcript_with_tool_calls ?
            &*in.transcript_with_tool_calls : in.transcript_object ?
            &*in.transcript_object : nullptr;
        if (transcript_with_tool_calls_list != nullptr) {
            const auto& transcript_with_tool_calls = *transcript_with_tool_calls_list;
            transcript.turns = ::callmap::build_array<::callmap::turn>(
                ctx, transcript_with_tool_calls.size(),
                    [&](std::size_t turn_index, auto& turn) -> bool {
                    const auto& wire_turn = transcript_with_tool_calls[turn_index];
                    turn.role =
                        ::callmap::lookup_or_warn(ctx, mapping_tables::transcript_turns_role,
                                                  wire_turn.role, ::callmap::turn_role::other,
                                                  "unmapped role value");
                    if (wire_turn.content) {
                        turn.text = *wire_turn.content;
                    } else if (wire_turn.arguments) {
                        turn.text = *wire_turn.arguments;
                    } else if (wire_turn.digit) {
                        turn.text = *wire_turn.digit;
                    } else if (wire_turn.new_node_name) {
                        turn.text = *wire_turn.new_node_name;
                    }
                    if (wire_turn.words) {
                        const auto& words = *wire_turn.words;
                        turn.words = ::callmap::build_array<::callmap::word>(
                            ctx, words.size(), [&](std::size_t word_index, auto& word) -> bool {
                                const auto& wire_word = words[word_index];
                                if (wire_word.word) word.text = *wire_word.word;
                                if (wire_word.start) {
                                    ::callmap::set_if(::callmap::scaled_integer(*wire_word.start,
                                                                                1000),
                                                      word.start_ms);
                                }
                                if (wire_word.end) {
                                    ::callmap::set_if(::callmap::scaled_integer(*wire_word.end,
                                                                                1000), word.end_ms);
                                }
                                return true;
                            });
                    }
                    if (wire_turn.tool_call_id) turn.tool_call_id = *wire_turn.tool_call_id;
                    if (wire_turn.name) turn.tool_name = *wire_turn.name;
                    return true;
                });
        }
        transcript_present = transcript_present || !transcript.turns.empty();
        if (!transcript_present) out.transcript.reset();
    }
    if (in.latency) {
        const auto& latency = *in.latency;
        out.latency.entries =
            ::callmap::build_array<::callmap::map_entry<::callmap::latency_stats>>(
            ctx, latency.entries.size(),
                [&](std::size_t latency_stats_index, auto& latency_stats) -> bool {
                const auto& wire_latency_stats = latency.entries[latency_stats_index];
                latency_stats.key = wire_latency_stats.key;
                if (wire_latency_stats.value.min) {
                    latency_stats.value.min = *wire_latency_stats.value.min;
                }
                if (wire_latency_stats.value.max) {
                    latency_stats.value.max = *wire_latency_stats.value.max;
                }
                if (wire_latency_stats.value.p50) {
                    latency_stats.value.p50 = *wire_latency_stats.value.p50;
                }
                if (wire_latency_stats.value.p90) {
                    latency_stats.value.p90 = *wire_latency_stats.value.p90;
                }
                if (wire_latency_stats.value.p95) {
                    latency_stats.value.p95 = *wire_latency_stats.value.p95;
                }
                if (wire_latency_stats.value.p99) {
                    latency_stats.value.p99 = *wire_latency_stats.value.p99;
                }
                if (wire_latency_stats.value.num) {
                    latency_stats.value.count = *wire_latency_stats.value.num;
                }
                if (wire_latency_stats.value.values) {
                    latency_stats.value.samples = *wire_latency_stats.value.values;
                }
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

}  // namespace callmap::retell

namespace callmap::retell {

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

CALLMAP_PROVIDER_INLINE ::callmap::result<::callmap::page> read_list_v3(
    std::string_view payload, ::callmap::arena& memory,
    const ::callmap::parse_options& options) {
    return ::callmap::read_shape<call, &to_call>(
        payload, memory, options, layouts::list_v3);
}

CALLMAP_PROVIDER_INLINE ::callmap::result<::callmap::page> read_webhook(
    std::string_view payload, ::callmap::arena& memory,
    const ::callmap::parse_options& options) {
    return ::callmap::read_shape<call, &to_call>(
        payload, memory, options, layouts::webhook, layouts::webhook_fields);
}

}  // namespace callmap::retell

#endif  // !CALLMAP_SEPARATE_COMPILATION || CALLMAP_SOURCE
