// generated from schemas/retell.yaml by callmap-gen -- do not edit.
// Retell AI — get call (v2)
// https://docs.retellai.com/api-references/get-call
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
#error "retell.hpp was generated for another callmap runtime; regenerate it"
#endif

#include <array>
#include <cstddef>

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

struct word {
    std::optional<std::string_view> word{};
    std::optional<double> start{};
    std::optional<double> end{};
};
BOOST_DESCRIBE_STRUCT(word, (), (word, start, end))

struct utterance {
    std::string_view role{};
    std::optional<std::string_view> content{};
    std::optional<std::span<const ::callmap::retell::word>> words{};
    std::optional<::callmap::raw_json> metadata{};
};
BOOST_DESCRIBE_STRUCT(utterance, (), (role, content, words, metadata))

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
BOOST_DESCRIBE_STRUCT(latency_stage, (), (min, max, num, p50, p90, p95, p99, values))

struct product_cost {
    std::string_view product{};
    ::callmap::decimal cost{};
    std::optional<::callmap::decimal> unit_price{};
    std::optional<bool> is_transfer_leg_cost{};
};
BOOST_DESCRIBE_STRUCT(product_cost, (), (product, cost, unit_price, is_transfer_leg_cost))

struct call_cost {
    std::optional<::callmap::decimal> combined_cost{};
    std::optional<std::span<const ::callmap::retell::product_cost>> product_costs{};
    std::optional<::callmap::decimal> total_duration_seconds{};
    std::optional<::callmap::decimal> total_duration_unit_price{};
};
BOOST_DESCRIBE_STRUCT(call_cost, (), (combined_cost, product_costs, total_duration_seconds, total_duration_unit_price))

struct telephony_identifier {
    std::optional<std::string_view> twilio_call_sid{};
};
BOOST_DESCRIBE_STRUCT(telephony_identifier, (), (twilio_call_sid))

struct call {
    ::callmap::open_enum<::callmap::retell::call_type> call_type{};
    std::string_view call_id{};
    std::string_view agent_id{};
    std::optional<std::int64_t> agent_version{};
    std::optional<std::string_view> agent_name{};
    std::optional<std::string_view> agent_tag{};
    std::string_view call_status{};
    std::optional<::callmap::open_enum<::callmap::retell::direction>> direction{};
    std::optional<std::string_view> from_number{};
    std::optional<std::string_view> to_number{};
    std::optional<std::int64_t> start_timestamp{};
    std::optional<std::int64_t> end_timestamp{};
    std::optional<std::int64_t> duration_ms{};
    std::optional<std::int64_t> transfer_end_timestamp{};
    std::optional<std::string_view> transfer_destination{};
    std::optional<std::string_view> disconnection_reason{};
    std::optional<std::string_view> transcript{};
    std::optional<std::span<const ::callmap::retell::utterance>> transcript_object{};
    std::optional<::callmap::raw_json> transcript_with_tool_calls{};
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
BOOST_DESCRIBE_STRUCT(call, (), (call_type, call_id, agent_id, agent_version, agent_name, agent_tag, call_status, direction, from_number, to_number, start_timestamp, end_timestamp, duration_ms, transfer_end_timestamp, transfer_destination, disconnection_reason, transcript, transcript_object, transcript_with_tool_calls, scrubbed_transcript_with_tool_calls, recording_url, recording_multi_channel_url, scrubbed_recording_url, scrubbed_recording_multi_channel_url, public_log_url, knowledge_base_retrieved_contents_url, latency, llm_token_usage, call_analysis, call_cost, metadata, retell_llm_dynamic_variables, collected_dynamic_variables, custom_sip_headers, telephony_identifier, data_storage_setting, opt_in_signed_url, access_token))

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
struct value_parser<::callmap::retell::word> {
    static constexpr std::array<std::string_view, 3> keys{"word", "start", "end"};
    static constexpr std::array<bool, 3> required{false, false, false};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 3:
                return key == "end" ? 2 : -1;
            case 4:
                return key == "word" ? 0 : -1;
            case 5:
                return key == "start" ? 1 : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::retell::word& out) {
        out = {};
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<std::optional<std::string_view>>::parse(r, out.word);
                case 1: return value_parser<std::optional<double>>::parse(r, out.start);
                case 2: return value_parser<std::optional<double>>::parse(r, out.end);
                default: return false;
            }
        });
    }
};

template <>
struct value_parser<::callmap::retell::utterance> {
    static constexpr std::array<std::string_view, 4> keys{"role", "content", "words", "metadata"};
    static constexpr std::array<bool, 4> required{true, false, false, false};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 4:
                return key == "role" ? 0 : -1;
            case 5:
                return key == "words" ? 2 : -1;
            case 7:
                return key == "content" ? 1 : -1;
            case 8:
                return key == "metadata" ? 3 : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::retell::utterance& out) {
        out = {};
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<std::string_view>::parse(r, out.role);
                case 1: return value_parser<std::optional<std::string_view>>::parse(r, out.content);
                case 2: return value_parser<std::optional<std::span<const ::callmap::retell::word>>>::parse(r, out.words);
                case 3: return value_parser<std::optional<::callmap::raw_json>>::parse(r, out.metadata);
                default: return false;
            }
        });
    }
};

template <>
struct value_parser<::callmap::retell::latency_stage> {
    static constexpr std::array<std::string_view, 8> keys{"min", "max", "num", "p50", "p90", "p95", "p99", "values"};
    static constexpr std::array<bool, 8> required{false, false, false, false, false, false, false, false};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 3:
                if (key == "min") return 0;
                if (key == "max") return 1;
                if (key == "num") return 2;
                if (key == "p50") return 3;
                if (key == "p90") return 4;
                if (key == "p95") return 5;
                if (key == "p99") return 6;
                return -1;
            case 6:
                return key == "values" ? 7 : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::retell::latency_stage& out) {
        out = {};
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<std::optional<double>>::parse(r, out.min);
                case 1: return value_parser<std::optional<double>>::parse(r, out.max);
                case 2: return value_parser<std::optional<std::int64_t>>::parse(r, out.num);
                case 3: return value_parser<std::optional<double>>::parse(r, out.p50);
                case 4: return value_parser<std::optional<double>>::parse(r, out.p90);
                case 5: return value_parser<std::optional<double>>::parse(r, out.p95);
                case 6: return value_parser<std::optional<double>>::parse(r, out.p99);
                case 7: return value_parser<std::optional<std::span<const double>>>::parse(r, out.values);
                default: return false;
            }
        });
    }
};

template <>
struct value_parser<::callmap::retell::product_cost> {
    static constexpr std::array<std::string_view, 4> keys{"product", "cost", "unit_price", "is_transfer_leg_cost"};
    static constexpr std::array<bool, 4> required{true, true, false, false};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 4:
                return key == "cost" ? 1 : -1;
            case 7:
                return key == "product" ? 0 : -1;
            case 10:
                return key == "unit_price" ? 2 : -1;
            case 20:
                return key == "is_transfer_leg_cost" ? 3 : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::retell::product_cost& out) {
        out = {};
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<std::string_view>::parse(r, out.product);
                case 1: return value_parser<::callmap::decimal>::parse(r, out.cost);
                case 2: return value_parser<std::optional<::callmap::decimal>>::parse(r, out.unit_price);
                case 3: return value_parser<std::optional<bool>>::parse(r, out.is_transfer_leg_cost);
                default: return false;
            }
        });
    }
};

template <>
struct value_parser<::callmap::retell::call_cost> {
    static constexpr std::array<std::string_view, 4> keys{"combined_cost", "product_costs", "total_duration_seconds", "total_duration_unit_price"};
    static constexpr std::array<bool, 4> required{false, false, false, false};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 13:
                switch (key[0]) {
                    case 'c': return key == "combined_cost" ? 0 : -1;
                    case 'p': return key == "product_costs" ? 1 : -1;
                    default: return -1;
                }
            case 22:
                return key == "total_duration_seconds" ? 2 : -1;
            case 25:
                return key == "total_duration_unit_price" ? 3 : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::retell::call_cost& out) {
        out = {};
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<std::optional<::callmap::decimal>>::parse(r, out.combined_cost);
                case 1: return value_parser<std::optional<std::span<const ::callmap::retell::product_cost>>>::parse(r, out.product_costs);
                case 2: return value_parser<std::optional<::callmap::decimal>>::parse(r, out.total_duration_seconds);
                case 3: return value_parser<std::optional<::callmap::decimal>>::parse(r, out.total_duration_unit_price);
                default: return false;
            }
        });
    }
};

template <>
struct value_parser<::callmap::retell::telephony_identifier> {
    static constexpr std::array<std::string_view, 1> keys{"twilio_call_sid"};
    static constexpr std::array<bool, 1> required{false};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 15:
                return key == "twilio_call_sid" ? 0 : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::retell::telephony_identifier& out) {
        out = {};
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<std::optional<std::string_view>>::parse(r, out.twilio_call_sid);
                default: return false;
            }
        });
    }
};

template <>
struct value_parser<::callmap::retell::call> {
    static constexpr std::array<std::string_view, 38> keys{"call_type", "call_id", "agent_id", "agent_version", "agent_name", "agent_tag", "call_status", "direction", "from_number", "to_number", "start_timestamp", "end_timestamp", "duration_ms", "transfer_end_timestamp", "transfer_destination", "disconnection_reason", "transcript", "transcript_object", "transcript_with_tool_calls", "scrubbed_transcript_with_tool_calls", "recording_url", "recording_multi_channel_url", "scrubbed_recording_url", "scrubbed_recording_multi_channel_url", "public_log_url", "knowledge_base_retrieved_contents_url", "latency", "llm_token_usage", "call_analysis", "call_cost", "metadata", "retell_llm_dynamic_variables", "collected_dynamic_variables", "custom_sip_headers", "telephony_identifier", "data_storage_setting", "opt_in_signed_url", "access_token"};
    static constexpr std::array<bool, 38> required{true, true, true, false, false, false, true, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 7:
                switch (key[0]) {
                    case 'c': return key == "call_id" ? 1 : -1;
                    case 'l': return key == "latency" ? 26 : -1;
                    default: return -1;
                }
            case 8:
                switch (key[0]) {
                    case 'a': return key == "agent_id" ? 2 : -1;
                    case 'm': return key == "metadata" ? 30 : -1;
                    default: return -1;
                }
            case 9:
                switch (key[6]) {
                    case 'y': return key == "call_type" ? 0 : -1;
                    case 't': return key == "agent_tag" ? 5 : -1;
                    case 'i': return key == "direction" ? 7 : -1;
                    case 'b': return key == "to_number" ? 9 : -1;
                    case 'o': return key == "call_cost" ? 29 : -1;
                    default: return -1;
                }
            case 10:
                switch (key[0]) {
                    case 'a': return key == "agent_name" ? 4 : -1;
                    case 't': return key == "transcript" ? 16 : -1;
                    default: return -1;
                }
            case 11:
                switch (key[0]) {
                    case 'c': return key == "call_status" ? 6 : -1;
                    case 'f': return key == "from_number" ? 8 : -1;
                    case 'd': return key == "duration_ms" ? 12 : -1;
                    default: return -1;
                }
            case 12:
                return key == "access_token" ? 37 : -1;
            case 13:
                switch (key[0]) {
                    case 'a': return key == "agent_version" ? 3 : -1;
                    case 'e': return key == "end_timestamp" ? 11 : -1;
                    case 'r': return key == "recording_url" ? 20 : -1;
                    case 'c': return key == "call_analysis" ? 28 : -1;
                    default: return -1;
                }
            case 14:
                return key == "public_log_url" ? 24 : -1;
            case 15:
                switch (key[0]) {
                    case 's': return key == "start_timestamp" ? 10 : -1;
                    case 'l': return key == "llm_token_usage" ? 27 : -1;
                    default: return -1;
                }
            case 17:
                switch (key[0]) {
                    case 't': return key == "transcript_object" ? 17 : -1;
                    case 'o': return key == "opt_in_signed_url" ? 36 : -1;
                    default: return -1;
                }
            case 18:
                return key == "custom_sip_headers" ? 33 : -1;
            case 20:
                switch (key[1]) {
                    case 'r': return key == "transfer_destination" ? 14 : -1;
                    case 'i': return key == "disconnection_reason" ? 15 : -1;
                    case 'e': return key == "telephony_identifier" ? 34 : -1;
                    case 'a': return key == "data_storage_setting" ? 35 : -1;
                    default: return -1;
                }
            case 22:
                switch (key[0]) {
                    case 't': return key == "transfer_end_timestamp" ? 13 : -1;
                    case 's': return key == "scrubbed_recording_url" ? 22 : -1;
                    default: return -1;
                }
            case 26:
                return key == "transcript_with_tool_calls" ? 18 : -1;
            case 27:
                switch (key[0]) {
                    case 'r': return key == "recording_multi_channel_url" ? 21 : -1;
                    case 'c': return key == "collected_dynamic_variables" ? 32 : -1;
                    default: return -1;
                }
            case 28:
                return key == "retell_llm_dynamic_variables" ? 31 : -1;
            case 35:
                return key == "scrubbed_transcript_with_tool_calls" ? 19 : -1;
            case 36:
                return key == "scrubbed_recording_multi_channel_url" ? 23 : -1;
            case 37:
                return key == "knowledge_base_retrieved_contents_url" ? 25 : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::retell::call& out) {
        out = {};
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<::callmap::open_enum<::callmap::retell::call_type>>::parse(r, out.call_type);
                case 1: return value_parser<std::string_view>::parse(r, out.call_id);
                case 2: return value_parser<std::string_view>::parse(r, out.agent_id);
                case 3: return value_parser<std::optional<std::int64_t>>::parse(r, out.agent_version);
                case 4: return value_parser<std::optional<std::string_view>>::parse(r, out.agent_name);
                case 5: return value_parser<std::optional<std::string_view>>::parse(r, out.agent_tag);
                case 6: return value_parser<std::string_view>::parse(r, out.call_status);
                case 7: return value_parser<std::optional<::callmap::open_enum<::callmap::retell::direction>>>::parse(r, out.direction);
                case 8: return value_parser<std::optional<std::string_view>>::parse(r, out.from_number);
                case 9: return value_parser<std::optional<std::string_view>>::parse(r, out.to_number);
                case 10: return value_parser<std::optional<std::int64_t>>::parse(r, out.start_timestamp);
                case 11: return value_parser<std::optional<std::int64_t>>::parse(r, out.end_timestamp);
                case 12: return value_parser<std::optional<std::int64_t>>::parse(r, out.duration_ms);
                case 13: return value_parser<std::optional<std::int64_t>>::parse(r, out.transfer_end_timestamp);
                case 14: return value_parser<std::optional<std::string_view>>::parse(r, out.transfer_destination);
                case 15: return value_parser<std::optional<std::string_view>>::parse(r, out.disconnection_reason);
                case 16: return value_parser<std::optional<std::string_view>>::parse(r, out.transcript);
                case 17: return value_parser<std::optional<std::span<const ::callmap::retell::utterance>>>::parse(r, out.transcript_object);
                case 18: return value_parser<std::optional<::callmap::raw_json>>::parse(r, out.transcript_with_tool_calls);
                case 19: return value_parser<std::optional<::callmap::raw_json>>::parse(r, out.scrubbed_transcript_with_tool_calls);
                case 20: return value_parser<std::optional<std::string_view>>::parse(r, out.recording_url);
                case 21: return value_parser<std::optional<std::string_view>>::parse(r, out.recording_multi_channel_url);
                case 22: return value_parser<std::optional<std::string_view>>::parse(r, out.scrubbed_recording_url);
                case 23: return value_parser<std::optional<std::string_view>>::parse(r, out.scrubbed_recording_multi_channel_url);
                case 24: return value_parser<std::optional<std::string_view>>::parse(r, out.public_log_url);
                case 25: return value_parser<std::optional<std::string_view>>::parse(r, out.knowledge_base_retrieved_contents_url);
                case 26: return value_parser<std::optional<::callmap::map<::callmap::retell::latency_stage>>>::parse(r, out.latency);
                case 27: return value_parser<std::optional<::callmap::raw_json>>::parse(r, out.llm_token_usage);
                case 28: return value_parser<std::optional<::callmap::raw_json>>::parse(r, out.call_analysis);
                case 29: return value_parser<std::optional<::callmap::retell::call_cost>>::parse(r, out.call_cost);
                case 30: return value_parser<std::optional<::callmap::raw_json>>::parse(r, out.metadata);
                case 31: return value_parser<std::optional<::callmap::map<::callmap::raw_json>>>::parse(r, out.retell_llm_dynamic_variables);
                case 32: return value_parser<std::optional<::callmap::map<::callmap::raw_json>>>::parse(r, out.collected_dynamic_variables);
                case 33: return value_parser<std::optional<::callmap::map<::callmap::raw_json>>>::parse(r, out.custom_sip_headers);
                case 34: return value_parser<std::optional<::callmap::retell::telephony_identifier>>::parse(r, out.telephony_identifier);
                case 35: return value_parser<std::optional<std::string_view>>::parse(r, out.data_storage_setting);
                case 36: return value_parser<std::optional<bool>>::parse(r, out.opt_in_signed_url);
                case 37: return value_parser<std::optional<std::string_view>>::parse(r, out.access_token);
                default: return false;
            }
        });
    }
};

}  // namespace callmap::json

namespace callmap::retell::shape {

inline constexpr std::array<::callmap::drift::field_shape, 3> word_fields{{
    {"word", 1, 0, false, true, -1, {}, false},
    {"start", 2, 0, false, true, -1, {}, false},
    {"end", 2, 0, false, true, -1, {}, false},
}};
inline constexpr std::array<::callmap::drift::field_shape, 4> utterance_fields{{
    {"role", 1, 0, false, false, -1, {}, false},
    {"content", 1, 0, false, true, -1, {}, false},
    {"words", 8, 1, false, true, 0, {}, false},
    {"metadata", 31, 0, false, true, -1, {}, false},
}};
inline constexpr std::array<::callmap::drift::field_shape, 8> latency_stage_fields{{
    {"min", 2, 0, false, true, -1, {}, false},
    {"max", 2, 0, false, true, -1, {}, false},
    {"num", 2, 0, false, true, -1, {}, false},
    {"p50", 2, 0, false, true, -1, {}, false},
    {"p90", 2, 0, false, true, -1, {}, false},
    {"p95", 2, 0, false, true, -1, {}, false},
    {"p99", 2, 0, false, true, -1, {}, false},
    {"values", 2, 1, false, true, -1, {}, false},
}};
inline constexpr std::array<::callmap::drift::field_shape, 4> product_cost_fields{{
    {"product", 1, 0, false, false, -1, {}, false},
    {"cost", 3, 0, false, false, -1, {}, false},
    {"unit_price", 3, 0, false, true, -1, {}, false},
    {"is_transfer_leg_cost", 4, 0, false, true, -1, {}, false},
}};
inline constexpr std::array<::callmap::drift::field_shape, 4> call_cost_fields{{
    {"combined_cost", 3, 0, false, true, -1, {}, false},
    {"product_costs", 8, 1, false, true, 3, {}, false},
    {"total_duration_seconds", 3, 0, false, true, -1, {}, false},
    {"total_duration_unit_price", 3, 0, false, true, -1, {}, false},
}};
inline constexpr std::array<::callmap::drift::field_shape, 1> telephony_identifier_fields{{
    {"twilio_call_sid", 1, 0, false, true, -1, {}, false},
}};
inline constexpr std::array<::callmap::drift::field_shape, 38> call_fields{{
    {"call_type", 1, 0, false, false, -1, ::callmap::enum_spelling<::callmap::retell::call_type>::values, ::callmap::enum_spelling<::callmap::retell::call_type>::case_insensitive},
    {"call_id", 1, 0, false, false, -1, {}, false},
    {"agent_id", 1, 0, false, false, -1, {}, false},
    {"agent_version", 2, 0, false, true, -1, {}, false},
    {"agent_name", 1, 0, false, true, -1, {}, false},
    {"agent_tag", 1, 0, false, true, -1, {}, false},
    {"call_status", 1, 0, false, false, -1, {}, false},
    {"direction", 1, 0, false, true, -1, ::callmap::enum_spelling<::callmap::retell::direction>::values, ::callmap::enum_spelling<::callmap::retell::direction>::case_insensitive},
    {"from_number", 1, 0, false, true, -1, {}, false},
    {"to_number", 1, 0, false, true, -1, {}, false},
    {"start_timestamp", 2, 0, false, true, -1, {}, false},
    {"end_timestamp", 2, 0, false, true, -1, {}, false},
    {"duration_ms", 2, 0, false, true, -1, {}, false},
    {"transfer_end_timestamp", 2, 0, false, true, -1, {}, false},
    {"transfer_destination", 1, 0, false, true, -1, {}, false},
    {"disconnection_reason", 1, 0, false, true, -1, {}, false},
    {"transcript", 1, 0, false, true, -1, {}, false},
    {"transcript_object", 8, 1, false, true, 1, {}, false},
    {"transcript_with_tool_calls", 31, 0, false, true, -1, {}, false},
    {"scrubbed_transcript_with_tool_calls", 31, 0, false, true, -1, {}, false},
    {"recording_url", 1, 0, false, true, -1, {}, false},
    {"recording_multi_channel_url", 1, 0, false, true, -1, {}, false},
    {"scrubbed_recording_url", 1, 0, false, true, -1, {}, false},
    {"scrubbed_recording_multi_channel_url", 1, 0, false, true, -1, {}, false},
    {"public_log_url", 1, 0, false, true, -1, {}, false},
    {"knowledge_base_retrieved_contents_url", 1, 0, false, true, -1, {}, false},
    {"latency", 8, 0, true, true, 2, {}, false},
    {"llm_token_usage", 31, 0, false, true, -1, {}, false},
    {"call_analysis", 31, 0, false, true, -1, {}, false},
    {"call_cost", 8, 0, false, true, 4, {}, false},
    {"metadata", 31, 0, false, true, -1, {}, false},
    {"retell_llm_dynamic_variables", 31, 0, true, true, -1, {}, false},
    {"collected_dynamic_variables", 31, 0, true, true, -1, {}, false},
    {"custom_sip_headers", 31, 0, true, true, -1, {}, false},
    {"telephony_identifier", 8, 0, false, true, 5, {}, false},
    {"data_storage_setting", 1, 0, false, true, -1, {}, false},
    {"opt_in_signed_url", 4, 0, false, true, -1, {}, false},
    {"access_token", 1, 0, false, true, -1, {}, false},
}};
inline constexpr std::array<::callmap::drift::object_shape, 7> objects{{
    {"word", word_fields},
    {"utterance", utterance_fields},
    {"latency_stage", latency_stage_fields},
    {"product_cost", product_cost_fields},
    {"call_cost", call_cost_fields},
    {"telephony_identifier", telephony_identifier_fields},
    {"call", call_fields},
}};
inline constexpr int root = 6;

}  // namespace callmap::retell::shape

namespace callmap::retell {

namespace mapping_tables {
inline constexpr ::callmap::table_entry<::callmap::direction> table_1[] = {
    {"inbound", ::callmap::direction::inbound},
    {"outbound", ::callmap::direction::outbound},
};
inline constexpr ::callmap::table_entry<::callmap::channel> table_2[] = {
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
inline constexpr ::callmap::table_entry<::callmap::call_status> table_3[] = {
    {"registered", ::callmap::call_status::queued},
    {"ongoing", ::callmap::call_status::in_progress},
    {"ended", ::callmap::call_status::completed},
    {"not_connected", ::callmap::call_status::failed},
    {"error", ::callmap::call_status::failed},
};
inline constexpr ::callmap::table_entry<::callmap::turn_role> table_4[] = {
    {"agent", ::callmap::turn_role::agent},
    {"user", ::callmap::turn_role::user},
    {"transfer_target", ::callmap::turn_role::other},
};
}  // namespace mapping_tables

// GCC 12 reports std::optional members of lambda results as maybe-uninitialized at -O2
// (a known false positive, GCC PR 80635); the code reads no uninitialized value.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
/// Maps a parsed retell payload onto the canonical call record. The result holds
/// views into the payload and into `memory`. A provider error answer is an error result.
inline ::callmap::result<::callmap::call> to_call(const call& in, ::callmap::arena& memory) {
    ::callmap::mapping_context ctx(memory);
    ::callmap::call out;
    out.provider = "retell";
    if (const auto v2 = [&]() -> std::optional<std::string_view> {
        const auto* v1 = [&]() -> const std::string_view* {
            return &in.call_id;
        }();
        if (v1 == nullptr) return std::nullopt;
        return ::callmap::text_of(*v1);
    }()) out.id = *v2;
    if (const auto v7 = [&]() -> std::optional<::callmap::direction> {
        const auto* v3 = [&]() -> const ::callmap::open_enum<::callmap::retell::direction>* {
            if (!in.direction) return nullptr;
            return &*in.direction;
        }();
        if (v3 == nullptr) return std::nullopt;
        const std::string_view raw4 = ::callmap::text_of(*v3);
        const std::optional<::callmap::direction> mapped5 = ::callmap::lookup<::callmap::direction>(mapping_tables::table_1, raw4);
        if (!mapped5) ctx.warn("unmapped direction value", raw4);
        ::callmap::direction value6 = mapped5 ? *mapped5 : ::callmap::direction::unknown;
        return value6;
    }()) out.direction = *v7;
    if (const auto v15 = [&]() -> std::optional<::callmap::channel> {
        if (auto r8 = [&]() -> std::optional<::callmap::channel> {
            const auto* w9 = [&]() -> const std::string_view* {
                if (!in.to_number) return nullptr;
                return &*in.to_number;
            }();
            if (w9 != nullptr && ::callmap::matches_any(::callmap::text_of(*w9), {"sip:*"})) return [&]() -> std::optional<::callmap::channel> {
                return ::callmap::channel::sip;
            }();
            return std::nullopt;
        }()) return r8;
        if (auto r10 = [&]() -> std::optional<::callmap::channel> {
            const auto* v11 = [&]() -> const ::callmap::open_enum<::callmap::retell::call_type>* {
                return &in.call_type;
            }();
            if (v11 == nullptr) return std::nullopt;
            const std::string_view raw12 = ::callmap::text_of(*v11);
            const std::optional<::callmap::channel> mapped13 = ::callmap::lookup<::callmap::channel>(mapping_tables::table_2, raw12);
            if (!mapped13) ctx.warn("unmapped channel value", raw12);
            ::callmap::channel value14 = mapped13 ? *mapped13 : ::callmap::channel::unknown;
            return value14;
        }()) return r10;
        return std::nullopt;
    }()) out.channel = *v15;
    if (const auto v17 = [&]() -> std::optional<std::string_view> {
        const auto* v16 = [&]() -> const std::string_view* {
            if (!in.from_number) return nullptr;
            return &*in.from_number;
        }();
        if (v16 == nullptr) return std::nullopt;
        return ::callmap::text_of(*v16);
    }()) out.from = ::callmap::to_party(*v17);
    if (const auto v19 = [&]() -> std::optional<std::string_view> {
        const auto* v18 = [&]() -> const std::string_view* {
            if (!in.to_number) return nullptr;
            return &*in.to_number;
        }();
        if (v18 == nullptr) return std::nullopt;
        return ::callmap::text_of(*v18);
    }()) out.to = ::callmap::to_party(*v19);
    std::optional<std::string_view> raw20;
    out.end_reason = [&]() -> std::optional<::callmap::end_reason> {
        const auto* v21 = [&]() -> const std::string_view* {
            if (!in.disconnection_reason) return nullptr;
            return &*in.disconnection_reason;
        }();
        if (v21 == nullptr) return std::nullopt;
        const std::string_view raw22 = ::callmap::text_of(*v21);
        raw20 = raw22;
        const std::optional<::callmap::end_reason> mapped23 = ::callmap::lookup<::callmap::end_reason>(mapping_tables::shared_retell_end_reasons, raw22);
        if (!mapped23) ctx.warn("unmapped end_reason value", raw22);
        ::callmap::end_reason value24 = mapped23 ? *mapped23 : ::callmap::end_reason::unknown;
        return value24;
    }();
    if (raw20) out.end_reason_raw = *raw20;
    std::optional<std::string_view> raw26;
    if (const auto v31 = [&]() -> std::optional<::callmap::call_status> {
        const auto* v27 = [&]() -> const std::string_view* {
            return &in.call_status;
        }();
        if (v27 == nullptr) return std::nullopt;
        const std::string_view raw28 = ::callmap::text_of(*v27);
        raw26 = raw28;
        const std::optional<::callmap::call_status> mapped29 = ::callmap::lookup<::callmap::call_status>(mapping_tables::table_3, raw28);
        if (!mapped29) ctx.warn("unmapped status value", raw28);
        ::callmap::call_status value30 = mapped29 ? *mapped29 : ::callmap::call_status::unknown;
        if (::callmap::matches_any(raw28, {"ended", "not_connected"})) value30 = ::callmap::refine_status(value30, out.end_reason);
        return value30;
    }()) out.status = *v31;
    if (raw26) out.status_raw = *raw26;
    out.started_at = [&]() -> std::optional<::callmap::timestamp> {
        const auto* v32 = [&]() -> const std::int64_t* {
            if (!in.start_timestamp) return nullptr;
            return &*in.start_timestamp;
        }();
        if (v32 == nullptr) return std::nullopt;
        return ::callmap::to_instant(ctx, *v32, ::callmap::time_format::epoch_ms);
    }();
    out.ended_at = [&]() -> std::optional<::callmap::timestamp> {
        const auto* v34 = [&]() -> const std::int64_t* {
            if (!in.end_timestamp) return nullptr;
            return &*in.end_timestamp;
        }();
        if (v34 == nullptr) return std::nullopt;
        return ::callmap::to_instant(ctx, *v34, ::callmap::time_format::epoch_ms);
    }();
    out.duration_ms = [&]() -> std::optional<std::int64_t> {
        if (auto r36 = [&]() -> std::optional<std::int64_t> {
            const auto* v37 = [&]() -> const std::int64_t* {
                if (!in.duration_ms) return nullptr;
                return &*in.duration_ms;
            }();
            if (v37 == nullptr) return std::nullopt;
            const std::optional<std::int64_t> r38 = ::callmap::scaled_integer(*v37, 1);
            return r38;
        }()) return r36;
        if (auto r39 = [&]() -> std::optional<std::int64_t> {
            if (!out.ended_at || !out.started_at) return std::nullopt;
            return out.ended_at->epoch_ms - out.started_at->epoch_ms;
        }()) return r39;
        return std::nullopt;
    }();
    if (const auto v42 = [&]() -> std::optional<::callmap::map<::callmap::raw_json>> {
        const auto* v41 = [&]() -> const ::callmap::map<::callmap::raw_json>* {
            if (!in.collected_dynamic_variables) return nullptr;
            return &*in.collected_dynamic_variables;
        }();
        if (v41 == nullptr) return std::nullopt;
        return *v41;
    }()) out.variables = *v42;
    out.metadata = [&]() -> std::optional<::callmap::raw_json> {
        const auto* v43 = [&]() -> const ::callmap::raw_json* {
            if (!in.metadata) return nullptr;
            return &*in.metadata;
        }();
        if (v43 == nullptr) return std::nullopt;
        return *v43;
    }();
    out.external_ids.entries = ::callmap::build_array<::callmap::map_entry<std::string_view>>(ctx, 1, [&](std::size_t i45, ::callmap::map_entry<std::string_view>& entry46) -> bool {
        switch (i45) {
            case 0: {
                const auto v47 = [&]() -> std::optional<std::string_view> {
                    const auto* v48 = [&]() -> const std::string_view* {
                        if (!in.telephony_identifier) return nullptr;
                        const auto& s49 = *in.telephony_identifier;
                        if (!s49.twilio_call_sid) return nullptr;
                        return &*s49.twilio_call_sid;
                    }();
                    if (v48 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v48);
                }();
                if (!v47) return false;
                entry46 = {"twilio_call_sid", *v47};
                return true;
            }
            default: return false;
        }
    });
    {
        ::callmap::agent_info g50{};
        bool present51 = false;
        if (const auto v52 = [&]() -> std::optional<std::string_view> {
            const auto* v53 = [&]() -> const std::string_view* {
                return &in.agent_id;
            }();
            if (v53 == nullptr) return std::nullopt;
            return ::callmap::text_of(*v53);
        }()) {
            g50.id = *v52;
            present51 = true;
        }
        if (const auto v54 = [&]() -> std::optional<std::string_view> {
            const auto* v55 = [&]() -> const std::string_view* {
                if (!in.agent_name) return nullptr;
                return &*in.agent_name;
            }();
            if (v55 == nullptr) return std::nullopt;
            return ::callmap::text_of(*v55);
        }()) {
            g50.name = *v54;
            present51 = true;
        }
        g50.kind = ::callmap::agent_kind::ai;
        if (present51) out.agent = g50;
    }
    {
        ::callmap::cost g56{};
        bool present57 = false;
        if (const auto v58 = [&]() -> std::optional<std::int64_t> {
            const auto* v59 = [&]() -> const ::callmap::decimal* {
                if (!in.call_cost) return nullptr;
                const auto& s60 = *in.call_cost;
                if (!s60.combined_cost) return nullptr;
                return &*s60.combined_cost;
            }();
            if (v59 == nullptr) return std::nullopt;
            return ::callmap::money_micros(*v59, 10'000);
        }()) {
            g56.amount_micros = *v58;
            present57 = true;
        }
        g56.currency = std::string_view("USD");
        if (const auto* items61 = [&]() -> const std::span<const ::callmap::retell::product_cost>* {
            if (!in.call_cost) return nullptr;
            const auto& s65 = *in.call_cost;
            if (!s65.product_costs) return nullptr;
            return &*s65.product_costs;
        }()) {
            g56.components = ::callmap::build_array<::callmap::cost_component>(ctx, (*items61).size(), [&](std::size_t i62, ::callmap::cost_component& g64) -> bool {
                const auto& e63 = (*items61)[i62];
                if (const auto v67 = [&]() -> std::optional<std::string_view> {
                    const auto* v66 = [&]() -> const std::string_view* {
                        return &e63.product;
                    }();
                    if (v66 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v66);
                }()) g64.name = *v67;
                if (const auto v69 = [&]() -> std::optional<std::int64_t> {
                    const auto* v68 = [&]() -> const ::callmap::decimal* {
                        return &e63.cost;
                    }();
                    if (v68 == nullptr) return std::nullopt;
                    return ::callmap::money_micros(*v68, 10'000);
                }()) g64.amount_micros = *v69;
                g64.unit_price_micros = [&]() -> std::optional<std::int64_t> {
                    const auto* v70 = [&]() -> const ::callmap::decimal* {
                        if (!e63.unit_price) return nullptr;
                        return &*e63.unit_price;
                    }();
                    if (v70 == nullptr) return std::nullopt;
                    return ::callmap::money_micros(*v70, 10'000);
                }();
                return true;
            });
        }
        if (present57 && g56.currency_assumed) ctx.warn("currency assumed", g56.currency.value_or(""));
        if (present57) out.cost = g56;
    }
    out.recordings = ::callmap::build_array<::callmap::recording>(ctx, 4, [&](std::size_t i72, ::callmap::recording& g73) -> bool {
        switch (i72) {
            case 0: {
                const auto v74 = [&]() -> std::optional<std::string_view> {
                    const auto* v75 = [&]() -> const std::string_view* {
                        if (!in.recording_url) return nullptr;
                        return &*in.recording_url;
                    }();
                    if (v75 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v75);
                }();
                if (!v74) return false;
                if (v74) g73.url = *v74;
                g73.kind = ::callmap::recording_kind::mixed;
                return true;
            }
            case 1: {
                const auto v76 = [&]() -> std::optional<std::string_view> {
                    const auto* v77 = [&]() -> const std::string_view* {
                        if (!in.recording_multi_channel_url) return nullptr;
                        return &*in.recording_multi_channel_url;
                    }();
                    if (v77 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v77);
                }();
                if (!v76) return false;
                if (v76) g73.url = *v76;
                g73.kind = ::callmap::recording_kind::multichannel;
                return true;
            }
            case 2: {
                const auto v78 = [&]() -> std::optional<std::string_view> {
                    const auto* v79 = [&]() -> const std::string_view* {
                        if (!in.scrubbed_recording_url) return nullptr;
                        return &*in.scrubbed_recording_url;
                    }();
                    if (v79 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v79);
                }();
                if (!v78) return false;
                if (v78) g73.url = *v78;
                g73.kind = ::callmap::recording_kind::other;
                return true;
            }
            case 3: {
                const auto v80 = [&]() -> std::optional<std::string_view> {
                    const auto* v81 = [&]() -> const std::string_view* {
                        if (!in.scrubbed_recording_multi_channel_url) return nullptr;
                        return &*in.scrubbed_recording_multi_channel_url;
                    }();
                    if (v81 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v81);
                }();
                if (!v80) return false;
                if (v80) g73.url = *v80;
                g73.kind = ::callmap::recording_kind::other;
                return true;
            }
            default: return false;
        }
    });
    {
        ::callmap::transcript g82{};
        bool present83 = false;
        if (const auto v84 = [&]() -> std::optional<std::string_view> {
            const auto* v85 = [&]() -> const std::string_view* {
                if (!in.transcript) return nullptr;
                return &*in.transcript;
            }();
            if (v85 == nullptr) return std::nullopt;
            return ::callmap::text_of(*v85);
        }()) {
            g82.text = *v84;
            present83 = true;
        }
        if (const auto* items86 = [&]() -> const std::span<const ::callmap::retell::utterance>* {
            if (!in.transcript_object) return nullptr;
            return &*in.transcript_object;
        }()) {
            g82.turns = ::callmap::build_array<::callmap::turn>(ctx, (*items86).size(), [&](std::size_t i87, ::callmap::turn& g89) -> bool {
                const auto& e88 = (*items86)[i87];
                if (const auto v94 = [&]() -> std::optional<::callmap::turn_role> {
                    const auto* v90 = [&]() -> const std::string_view* {
                        return &e88.role;
                    }();
                    if (v90 == nullptr) return std::nullopt;
                    const std::string_view raw91 = ::callmap::text_of(*v90);
                    const std::optional<::callmap::turn_role> mapped92 = ::callmap::lookup<::callmap::turn_role>(mapping_tables::table_4, raw91);
                    if (!mapped92) ctx.warn("unmapped role value", raw91);
                    ::callmap::turn_role value93 = mapped92 ? *mapped92 : ::callmap::turn_role::other;
                    return value93;
                }()) g89.role = *v94;
                if (const auto v96 = [&]() -> std::optional<std::string_view> {
                    const auto* v95 = [&]() -> const std::string_view* {
                        if (!e88.content) return nullptr;
                        return &*e88.content;
                    }();
                    if (v95 == nullptr) return std::nullopt;
                    return ::callmap::text_of(*v95);
                }()) g89.text = *v96;
                if (const auto* items97 = [&]() -> const std::span<const ::callmap::retell::word>* {
                    if (!e88.words) return nullptr;
                    return &*e88.words;
                }()) {
                    g89.words = ::callmap::build_array<::callmap::word>(ctx, (*items97).size(), [&](std::size_t i98, ::callmap::word& g100) -> bool {
                        const auto& e99 = (*items97)[i98];
                        if (const auto v102 = [&]() -> std::optional<std::string_view> {
                            const auto* v101 = [&]() -> const std::string_view* {
                                if (!e99.word) return nullptr;
                                return &*e99.word;
                            }();
                            if (v101 == nullptr) return std::nullopt;
                            return ::callmap::text_of(*v101);
                        }()) g100.text = *v102;
                        if (const auto v105 = [&]() -> std::optional<std::int64_t> {
                            const auto* v103 = [&]() -> const double* {
                                if (!e99.start) return nullptr;
                                return &*e99.start;
                            }();
                            if (v103 == nullptr) return std::nullopt;
                            const std::optional<std::int64_t> r104 = ::callmap::scaled_integer(*v103, 1000);
                            return r104;
                        }()) g100.start_ms = *v105;
                        if (const auto v108 = [&]() -> std::optional<std::int64_t> {
                            const auto* v106 = [&]() -> const double* {
                                if (!e99.end) return nullptr;
                                return &*e99.end;
                            }();
                            if (v106 == nullptr) return std::nullopt;
                            const std::optional<std::int64_t> r107 = ::callmap::scaled_integer(*v106, 1000);
                            return r107;
                        }()) g100.end_ms = *v108;
                        return true;
                    });
                }
                return true;
            });
        }
        present83 = present83 || !g82.turns.empty();
        if (present83) out.transcript = g82;
    }
    if (const auto* items109 = [&]() -> const ::callmap::map<::callmap::retell::latency_stage>* {
        if (!in.latency) return nullptr;
        return &*in.latency;
    }()) {
        out.latency.entries = ::callmap::build_array<::callmap::map_entry<::callmap::latency_stats>>(ctx, items109->entries.size(), [&](std::size_t i110, ::callmap::map_entry<::callmap::latency_stats>& g112) -> bool {
            const auto& e111 = items109->entries[i110];
            g112.key = e111.key;
            g112.value.min = [&]() -> std::optional<double> {
                const auto* v113 = [&]() -> const double* {
                    if (!e111.value.min) return nullptr;
                    return &*e111.value.min;
                }();
                if (v113 == nullptr) return std::nullopt;
                return ::callmap::to_double(*v113);
            }();
            g112.value.max = [&]() -> std::optional<double> {
                const auto* v115 = [&]() -> const double* {
                    if (!e111.value.max) return nullptr;
                    return &*e111.value.max;
                }();
                if (v115 == nullptr) return std::nullopt;
                return ::callmap::to_double(*v115);
            }();
            g112.value.p50 = [&]() -> std::optional<double> {
                const auto* v117 = [&]() -> const double* {
                    if (!e111.value.p50) return nullptr;
                    return &*e111.value.p50;
                }();
                if (v117 == nullptr) return std::nullopt;
                return ::callmap::to_double(*v117);
            }();
            g112.value.p90 = [&]() -> std::optional<double> {
                const auto* v119 = [&]() -> const double* {
                    if (!e111.value.p90) return nullptr;
                    return &*e111.value.p90;
                }();
                if (v119 == nullptr) return std::nullopt;
                return ::callmap::to_double(*v119);
            }();
            g112.value.p95 = [&]() -> std::optional<double> {
                const auto* v121 = [&]() -> const double* {
                    if (!e111.value.p95) return nullptr;
                    return &*e111.value.p95;
                }();
                if (v121 == nullptr) return std::nullopt;
                return ::callmap::to_double(*v121);
            }();
            g112.value.p99 = [&]() -> std::optional<double> {
                const auto* v123 = [&]() -> const double* {
                    if (!e111.value.p99) return nullptr;
                    return &*e111.value.p99;
                }();
                if (v123 == nullptr) return std::nullopt;
                return ::callmap::to_double(*v123);
            }();
            g112.value.count = [&]() -> std::optional<std::int64_t> {
                const auto* v125 = [&]() -> const std::int64_t* {
                    if (!e111.value.num) return nullptr;
                    return &*e111.value.num;
                }();
                if (v125 == nullptr) return std::nullopt;
                const std::optional<std::int64_t> r126 = ::callmap::scaled_integer(*v125, 1);
                return r126;
            }();
            if (const auto v129 = [&]() -> std::optional<std::span<const double>> {
                const auto* v128 = [&]() -> const std::span<const double>* {
                    if (!e111.value.values) return nullptr;
                    return &*e111.value.values;
                }();
                if (v128 == nullptr) return std::nullopt;
                return *v128;
            }()) g112.value.samples = *v129;
            return true;
        });
    }
    if (out.id.empty()) ctx.warn("no call id in the payload");
    return ctx.finish(out);
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

}  // namespace callmap::retell
