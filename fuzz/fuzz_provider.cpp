// Fuzz target for every generated provider in one binary: the generated parser
// (callmap::parse<root>) and the generated mapping (<provider>::to_call). The input's first byte
// picks the provider (its value modulo the number of providers, in the registry's order:
// CALLMAP_BUILTIN_PROVIDERS); the rest is the payload. scripts/fuzz.sh
// prefixes each provider's fixtures with its byte to make the seeds.
// Invariants:
//   * the typed parser never accepts what validate refuses, and where validate refuses, the
//     typed parser refuses no later (it reads the same bytes left to right);
//   * every error is well formed; a mapped record's canonical JSON is itself valid JSON;
//   * parse + to_call gives exactly what callmap::normalize(payload, "<provider>") gives, read
//     as JSON;
//   * the options only ever refuse more: strict unknown keys, last-wins duplicates (accepts a
//     superset), a tiny element limit and a tiny arena fail with their own error codes.
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>

#include "callmap/callmap.hpp"
#include "common.hpp"

namespace {

using callmap::error_code;

struct outcome {
    bool parsed = false;
    callmap::parse_error error;  // when !parsed, or parsed but !mapped
    bool mapped = false;
    std::string json;  // when mapped; else the mapping error's text
};

template <class Root, callmap::result<callmap::call> (*ToCall)(const Root&, callmap::arena&)>
outcome run_as(std::string_view input, callmap::arena& memory, const callmap::parse_options& o) {
    outcome out;
    memory.reset();
    callmap::result<Root> parsed = callmap::parse<Root>(input, memory, o);
    if (!parsed) {
        out.error = parsed.error();
        callmap::fuzz::check_error(out.error, input);
        return out;
    }
    out.parsed = true;
    const callmap::result<callmap::call> c = ToCall(*parsed, memory);
    if (!c) {
        out.error = c.error();
        callmap::fuzz::check_error(out.error, input);
        out.json = out.error.to_string();
        return out;
    }
    out.mapped = true;
    out.json = callmap::to_json(*c);
    callmap::fuzz::check_produces_valid_json(out.json, input);
    return out;
}

/// One provider: its registry name and its parse + to_call.
struct provider_run {
    std::string_view name;
    outcome (*run)(std::string_view, callmap::arena&, const callmap::parse_options&);
};

constexpr provider_run providers[] = {
#define CALLMAP_FUZZ_PROVIDER(ns, root) {#ns, &run_as<callmap::ns::root, &callmap::ns::to_call>},
    CALLMAP_BUILTIN_PROVIDERS(CALLMAP_FUZZ_PROVIDER)
#undef CALLMAP_FUZZ_PROVIDER
};

callmap::arena& reused_arena() {
    static callmap::arena memory;  // reused across inputs, as a server would
    return memory;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const provider_run& provider = providers[data[0] % std::size(providers)];
    const std::string_view provider_name = provider.name;
    const auto run = provider.run;
    const std::string_view input = callmap::fuzz::as_text(data + 1, size - 1);
    const std::uint64_t h = callmap::fuzz::hash(input);
    callmap::arena& memory = reused_arena();

    const outcome base = run(input, memory, {});
    const callmap::result<void> valid = callmap::json::validate(input);
    CALLMAP_FUZZ_CHECK(!base.parsed || valid,
                       "typed parse accepted invalid JSON: " +
                           (valid ? std::string() : valid.error().to_string()));
    if (!valid) {
        CALLMAP_FUZZ_CHECK(base.error.offset <= valid.error().offset,
                           "typed: " + base.error.to_string() +
                               "\nvalidate: " + valid.error().to_string());
        // at validate's byte, validate's error (a type mismatch is found where a value starts)
        if (base.error.offset == valid.error().offset &&
            base.error.code != error_code::depth_limit_exceeded) {
            CALLMAP_FUZZ_CHECK(base.error.code == valid.error().code,
                               "typed: " + base.error.to_string() +
                                   "\nvalidate: " + valid.error().to_string());
        }
    }

    // The registry's normalize for this provider is parse + to_call (for a payload the
    // provider does not read as one of its webhooks). Read as JSON: a body that looks
    // form-encoded is read as a form by default (Twilio's callbacks), with the form reader's
    // errors; fuzz_form covers those.
    callmap::parse_options json_only;
    json_only.encoding = callmap::payload_encoding::json;
    const auto chosen = callmap::detail::choose_shape(callmap::builtin_providers, input,
                                                      provider_name, json_only, false);
    if (!chosen || chosen->shape == nullptr || chosen->shape->kind == callmap::payload_shape::get) {
        memory.reset();
        const callmap::result<callmap::call> n =
            callmap::normalize(input, memory, provider_name, json_only);
        CALLMAP_FUZZ_CHECK(bool(n) == base.mapped, std::string(provider_name));
        if (n) {
            CALLMAP_FUZZ_CHECK(callmap::to_json(*n) == base.json, base.json);
        } else if (!base.parsed) {
            CALLMAP_FUZZ_CHECK(n.error().code == base.error.code &&
                                   n.error().offset == base.error.offset,
                               n.error().to_string() + " vs " + base.error.to_string());
        }
    }

    // Options: each one only ever refuses more (or, for last_wins, accepts more).
    callmap::parse_options o;
    switch (h % 4) {
        case 0: o.unknown_keys = callmap::unknown_key_policy::error; break;
        case 1: o.duplicate_keys = callmap::duplicate_key_policy::last_wins; break;
        case 2: o.max_array_elements = h % 3; break;
        default: o.max_depth = 2 + static_cast<std::uint32_t>(h % 4); break;
    }
    const outcome varied = run(input, memory, o);
    if (o.duplicate_keys == callmap::duplicate_key_policy::last_wins) {
        CALLMAP_FUZZ_CHECK(!base.parsed || varied.parsed, "last_wins refused a payload");
        if (!varied.parsed && base.error.code != error_code::duplicate_key) {
            CALLMAP_FUZZ_CHECK(varied.error.code == base.error.code &&
                                   varied.error.offset == base.error.offset,
                               varied.error.to_string() + " vs " + base.error.to_string());
        } else if (!varied.parsed) {
            CALLMAP_FUZZ_CHECK(varied.error.offset > base.error.offset,
                               varied.error.to_string() + " vs " + base.error.to_string());
        }
    } else {
        CALLMAP_FUZZ_CHECK(base.parsed || !varied.parsed, "an option made a refused payload parse");
        if (base.parsed && !varied.parsed) {
            const error_code expected = h % 4 == 0   ? error_code::unknown_key
                                        : h % 4 == 2 ? error_code::array_too_long
                                                     : error_code::depth_limit_exceeded;
            CALLMAP_FUZZ_CHECK(varied.error.code == expected, varied.error.to_string());
        }
        if (base.parsed && varied.parsed) {
            CALLMAP_FUZZ_CHECK(varied.json == base.json, varied.json + "\nvs\n" + base.json);
        }
    }

    // A tiny arena: refused with arena_limit_exceeded, or the same record.
    {
        callmap::arena small(64 + h % 4096);
        const outcome tight = run(input, small, {});
        if (base.parsed && !tight.parsed) {
            CALLMAP_FUZZ_CHECK(tight.error.code == error_code::arena_limit_exceeded,
                               tight.error.to_string());
        }
        CALLMAP_FUZZ_CHECK(base.parsed || !tight.parsed, "a tiny arena made a payload parse");
        // a record is complete or there is none: never parts silently missing
        if (base.mapped && tight.mapped) {
            CALLMAP_FUZZ_CHECK(tight.json == base.json, tight.json + "\nvs\n" + base.json);
        }
        if (base.mapped && tight.parsed && !tight.mapped) {
            CALLMAP_FUZZ_CHECK(tight.error.code == error_code::arena_limit_exceeded,
                               tight.error.to_string());
        }
    }
    return 0;
}
