// simdjson On-Demand (Debian libsimdjson-dev 3.0.1) with a hand-written mapping: one field loop
// per struct comparing raw keys (the fastest style for this API: no rewinds, any key order),
// typed getters, arrays collected on the arena's scratch stack exactly like callmap does.
// Compiled with the same flags as everything else: with -march=native the inlined On-Demand
// code is simdjson's best kernel for this CPU (see the summary's "simdjson kernel" line).
//
// What it checks is simdjson's own contract: the whole input's UTF-8 and string structure
// (stage 1), every value the mapping reads, no trailing content; values it skips (unknown keys)
// are not validated, and duplicate keys are not detected.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include <simdjson.h>

#include "callmap/json/wire_values.hpp"
#include "callmap/types.hpp"
#include "peer.hpp"

namespace bench {

namespace {

namespace od = simdjson::ondemand;
namespace zudu = callmap::zudu;
using simdjson::error_code;
using simdjson::SUCCESS;

#define BENCH_SJ_TRY(expr)                                                                         \
    do {                                                                                           \
        if (const error_code e_ = (expr); e_ != SUCCESS) return e_;                                \
    } while (false)

class mapper {
public:
    explicit mapper(callmap::arena& memory) noexcept : memory_(&memory) {}

    // --- scalars ------------------------------------------------------------------------------
    static error_code read(od::value& v, std::string_view& out) { return v.get_string().get(out); }
    static error_code read(od::value& v, std::int64_t& out) { return v.get_int64().get(out); }
    static error_code read(od::value& v, double& out) { return v.get_double().get(out); }
    static error_code read(od::value& v, bool& out) { return v.get_bool().get(out); }

    static error_code read(od::value& v, callmap::decimal& out) {
        od::json_type type;
        BENCH_SJ_TRY(v.type().get(type));
        if (type == od::json_type::string) {
            BENCH_SJ_TRY(v.get_string().get(out.text));
            out.quoted = true;
        } else if (type == od::json_type::number) {
            out.text = trim(v.raw_json_token());
            out.quoted = false;
        } else {
            return simdjson::INCORRECT_TYPE;
        }
        return callmap::json::detail::is_json_number(out.text) ? SUCCESS : simdjson::NUMBER_ERROR;
    }

    static error_code read(od::value& v, callmap::raw_json& out) {
        od::json_type type;
        BENCH_SJ_TRY(v.type().get(type));
        switch (type) {
            case od::json_type::object: {
                od::object o;
                BENCH_SJ_TRY(v.get_object().get(o));
                return o.raw_json().get(out.text);
            }
            case od::json_type::array: {
                od::array a;
                BENCH_SJ_TRY(v.get_array().get(a));
                return a.raw_json().get(out.text);
            }
            default: out.text = trim(v.raw_json_token()); return SUCCESS;
        }
    }

    template <class E>
    static error_code read(od::value& v, callmap::open_enum<E>& out) {
        BENCH_SJ_TRY(v.get_string().get(out.raw));
        out.value.reset();
        using spelling = callmap::enum_spelling<E>;
        for (std::size_t i = 0; i < spelling::values.size(); ++i) {
            if (callmap::json::detail::equal_ignoring_ascii_case(out.raw, spelling::values[i])) {
                out.value = static_cast<E>(i);
                break;
            }
        }
        return SUCCESS;
    }

    /// null -> nullopt, anything else -> read into the value.
    template <class T>
    error_code read(od::value& v, std::optional<T>& out) {
        bool null = false;
        BENCH_SJ_TRY(v.is_null().get(null));
        if (null) {
            out.reset();
            return SUCCESS;
        }
        return read(v, out.emplace());
    }

    // --- arrays and maps: elements wait on the arena's scratch stack --------------------------
    template <class T>
    error_code read(od::value& v, std::span<const T>& out) {
        od::array array;
        BENCH_SJ_TRY(v.get_array().get(array));
        const std::size_t saved = memory_->scratch_top();
        const std::size_t mark = memory_->scratch_mark(alignof(T));
        error_code error = SUCCESS;
        for (auto element : array) {
            od::value ev;
            if ((error = element.get(ev)) != SUCCESS) break;
            T item{};
            if ((error = read(ev, item)) != SUCCESS) break;
            if (!memory_->scratch_push(&item, sizeof item)) {
                error = simdjson::MEMALLOC;
                break;
            }
        }
        if (error == SUCCESS) error = settle(mark, out);
        memory_->scratch_release(saved);
        return error;
    }

    template <class V>
    error_code read(od::value& v, callmap::map<V>& out) {
        od::object object;
        BENCH_SJ_TRY(v.get_object().get(object));
        using entry = callmap::map_entry<V>;
        const std::size_t saved = memory_->scratch_top();
        const std::size_t mark = memory_->scratch_mark(alignof(entry));
        error_code error = SUCCESS;
        for (auto field : object) {
            entry e{};
            od::value ev;
            if ((error = field.unescaped_key().get(e.key)) != SUCCESS) break;
            if ((error = field.value().get(ev)) != SUCCESS) break;
            if ((error = read(ev, e.value)) != SUCCESS) break;
            if (!memory_->scratch_push(&e, sizeof e)) {
                error = simdjson::MEMALLOC;
                break;
            }
        }
        if (error == SUCCESS) error = settle(mark, out.entries);
        memory_->scratch_release(saved);
        return error;
    }

    // --- the wire structs: one field loop each ------------------------------------------------
    error_code read(od::value& v, zudu::word& out) {
        out = {};
        return fields(v, [&](od::raw_json_string key, od::value& value) -> error_code {
            if (key == "word") return read(value, out.word);
            if (key == "start") return read(value, out.start);
            if (key == "end") return read(value, out.end);
            return SUCCESS;
        });
    }

    error_code read(od::value& v, zudu::turn& out) {
        out = {};
        return fields(v, [&](od::raw_json_string key, od::value& value) -> error_code {
            if (key == "role") return read(value, out.role);
            if (key == "content") return read(value, out.content);
            if (key == "timestamp") return read(value, out.timestamp);
            if (key == "words") return read(value, out.words);
            return SUCCESS;
        });
    }

    error_code read(od::value& v, zudu::event& out) {
        out = {};
        return fields(v, [&](od::raw_json_string key, od::value& value) -> error_code {
            if (key == "timestamp") return read(value, out.timestamp);
            if (key == "event") return read(value, out.event);
            if (key == "session_time") return read(value, out.session_time);
            if (key == "data") return read(value, out.data);
            return SUCCESS;
        });
    }

    error_code read(od::value& v, zudu::latency_stage& out) {
        out = {};
        return fields(v, [&](od::raw_json_string key, od::value& value) -> error_code {
            if (key == "min") return read(value, out.min);
            if (key == "max") return read(value, out.max);
            if (key == "num") return read(value, out.num);
            if (key == "p50") return read(value, out.p50);
            if (key == "p90") return read(value, out.p90);
            if (key == "p95") return read(value, out.p95);
            if (key == "p99") return read(value, out.p99);
            if (key == "values") return read(value, out.values);
            return SUCCESS;
        });
    }

    error_code read(od::value& v, zudu::product_cost& out) {
        out = {};
        return fields(v, [&](od::raw_json_string key, od::value& value) -> error_code {
            if (key == "product") return read(value, out.product);
            if (key == "cost") return read(value, out.cost);
            if (key == "unit_price") return read(value, out.unit_price);
            return SUCCESS;
        });
    }

    error_code read(od::value& v, zudu::call_cost& out) {
        out = {};
        return fields(v, [&](od::raw_json_string key, od::value& value) -> error_code {
            if (key == "combined_cost") return read(value, out.combined_cost);
            if (key == "product_costs") return read(value, out.product_costs);
            if (key == "total_duration_seconds") return read(value, out.total_duration_seconds);
            if (key == "total_duration_unit_price") {
                return read(value, out.total_duration_unit_price);
            }
            if (key == "total_one_time_price") return read(value, out.total_one_time_price);
            return SUCCESS;
        });
    }

    error_code read(od::value& v, zudu::telephony_identifier& out) {
        out = {};
        return fields(v, [&](od::raw_json_string key, od::value& value) -> error_code {
            if (key == "call_sid") return read(value, out.call_sid);
            if (key == "conference_sid") return read(value, out.conference_sid);
            return SUCCESS;
        });
    }

    error_code read(od::value& v, zudu::call& out) {
        out = {};
        return fields(v, [&](od::raw_json_string key, od::value& value) -> error_code {
            if (key == "id") return read(value, out.id);
            if (key == "agent_id") return read(value, out.agent_id);
            if (key == "call_id") return read(value, out.call_id);
            if (key == "organization_id") return read(value, out.organization_id);
            if (key == "call_status") return read(value, out.call_status);
            if (key == "call_type") return read(value, out.call_type);
            if (key == "direction") return read(value, out.direction);
            if (key == "from_number") return read(value, out.from_number);
            if (key == "to_number") return read(value, out.to_number);
            if (key == "created_at") return read(value, out.created_at);
            if (key == "updated_at") return read(value, out.updated_at);
            if (key == "start_timestamp") return read(value, out.start_timestamp);
            if (key == "end_timestamp") return read(value, out.end_timestamp);
            if (key == "call_duration") return read(value, out.call_duration);
            if (key == "disconnection_reason") return read(value, out.disconnection_reason);
            if (key == "recording_url") return read(value, out.recording_url);
            if (key == "public_log_url") return read(value, out.public_log_url);
            if (key == "opt_out_sensitive_data_storage") {
                return read(value, out.opt_out_sensitive_data_storage);
            }
            if (key == "metadata") return read(value, out.metadata);
            if (key == "events") return read(value, out.events);
            if (key == "transcript") return read(value, out.transcript);
            if (key == "transcript_object") return read(value, out.transcript_object);
            if (key == "transcript_with_tool_calls") {
                return read(value, out.transcript_with_tool_calls);
            }
            if (key == "latency") return read(value, out.latency);
            if (key == "call_analysis") return read(value, out.call_analysis);
            if (key == "call_cost") return read(value, out.call_cost);
            if (key == "telephony_identifier") return read(value, out.telephony_identifier);
            return SUCCESS;
        });
    }

    error_code read(od::object& root, zudu::envelope& out) {
        out = {};
        return object_fields(root, [&](od::raw_json_string key, od::value& value) -> error_code {
            if (key == "message") return read(value, out.message);
            if (key == "status") return read(value, out.status);
            if (key == "error") return read(value, out.error);
            if (key == "data") return read(value, out.data);
            return SUCCESS;
        });
    }

private:
    static std::string_view trim(std::string_view token) noexcept {
        while (!token.empty() && (token.back() == ' ' || token.back() == '\n' ||
                                  token.back() == '\r' || token.back() == '\t')) {
            token.remove_suffix(1);
        }
        return token;
    }

    template <class F>
    static error_code object_fields(od::object& object, F&& on_field) {
        for (auto field : object) {
            od::field f;
            BENCH_SJ_TRY(std::move(field).get(f));
            BENCH_SJ_TRY(on_field(f.key(), f.value()));
        }
        return SUCCESS;
    }

    template <class F>
    static error_code fields(od::value& v, F&& on_field) {
        od::object object;
        BENCH_SJ_TRY(v.get_object().get(object));
        return object_fields(object, on_field);
    }

    template <class T>
    error_code settle(std::size_t mark, std::span<const T>& out) {
        const std::size_t count = (memory_->scratch_top() - mark) / sizeof(T);
        if (count == 0) {
            out = {};
            return SUCCESS;
        }
        T* items = memory_->allocate_array<T>(count);
        if (items == nullptr) return simdjson::MEMALLOC;
        std::memcpy(static_cast<void*>(items), memory_->scratch_at(mark), count * sizeof(T));
        out = {items, count};
        return SUCCESS;
    }

    callmap::arena* memory_;
};

class simdjson_parser final : public peer_parser {
public:
    bool parse(const std::string& json, zudu::envelope& out, callmap::arena& memory) override {
        // the payload's std::string keeps SIMDJSON_PADDING bytes of capacity after the end
        const simdjson::padded_string_view input(json.data(), json.size(), json.capacity());
        od::document doc;
        if (parser_.iterate(input).get(doc) != SUCCESS) return false;
        od::object root;
        if (doc.get_object().get(root) != SUCCESS) return false;
        mapper m(memory);
        if (m.read(root, out) != SUCCESS) return false;
        // no trailing content (simdjson 3.0.1 has no document::at_end())
        const char* rest = nullptr;
        return doc.current_location().get(rest) == simdjson::OUT_OF_BOUNDS;
    }

private:
    od::parser parser_;
};

}  // namespace

peer_info simdjson_ondemand_peer() {
    return {"simdjson_ondemand", "simdjson 3.0.1 On-Demand, hand-written mapping",
            [](bool) -> std::unique_ptr<peer_parser> {
                return std::make_unique<simdjson_parser>();
            }};
}

#define BENCH_SJ_STRINGIFY2(x) #x
#define BENCH_SJ_STRINGIFY(x) BENCH_SJ_STRINGIFY2(x)

std::string simdjson_kernel() {
    // Stage 1 runs in the shared library, dispatched at run time; the On-Demand walk is inlined
    // here and uses the kernel our compile flags select.
    return std::string("stage 1 ") + simdjson::get_active_implementation()->name() +
           " (run-time dispatch), On-Demand " +
           BENCH_SJ_STRINGIFY(SIMDJSON_BUILTIN_IMPLEMENTATION) + " (compile flags)";
}

}  // namespace bench
