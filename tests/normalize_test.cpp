// Provider detection (normalize.hpp): detect_provider, the validating detection, and what
// normalize_with does for "auto" — detail::detect_provider_by_keys first, without validating,
// and detect_provider (with its errors) whenever the keys do not single out one provider. On a
// registry of stand-in providers (which record that they ran, and validate nothing) and on the
// compiled-in one with every provider fixture, its truncations and its corruptions. Registries
// of a generated provider of one's own (the golden mapped.hpp): alone, with the built-in ones
// (combine, with_builtin), replacing a built-in one of the same name.
#include "callmap/normalize.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "callmap/arena.hpp"
#include "callmap/builtin.hpp"
#include "callmap/call.hpp"
#include "callmap/error.hpp"
#include "callmap/json/validate.hpp"
#include "callmap/options.hpp"
#include "codegen/golden/mapped.hpp"
#include "support/sampling.hpp"

namespace callmap {
/// gtest prints error codes by name.
void PrintTo(error_code code, std::ostream* os) {
    *os << describe(code) << " (" << static_cast<int>(code) << ")";
}
}  // namespace callmap

namespace {

using namespace std::literals;
using callmap::error_code;
namespace fs = std::filesystem;

// --- a registry of stand-ins ---------------------------------------------------------------

/// A provider whose "parser" accepts anything: the call it returns names the provider, so a
/// test sees which one normalize_with ran.
template <int N>
callmap::result<callmap::call> stand_in(std::string_view, callmap::arena&,
                                        const callmap::parse_options&) {
    callmap::call c;
    c.provider = std::array{"alpha"sv, "beta"sv, "gamma"sv, "delta"sv}[N];
    return c;
}

constexpr std::string_view alpha_keys[] = {"id", "alpha_status"};
constexpr std::string_view beta_keys[] = {"id", "beta_state", "beta_at"};
constexpr std::string_view gamma_keys[] = {"id", "gamma_status"};
constexpr std::string_view delta_keys[] = {"id", "delta_status"};

const callmap::provider_entry stand_ins[] = {
    {"alpha", "Alpha", "", alpha_keys, &stand_in<0>, {}, 0},
    {"beta", "Beta", "", beta_keys, &stand_in<1>, {}, 0},
    {"gamma", "Gamma", "", gamma_keys, &stand_in<2>, {}, 0},
    {"delta", "Delta", "", delta_keys, &stand_in<3>, {}, 0},
};

/// What normalize_with(stand_ins, ..., "auto") gives: the provider that ran, or the error.
struct outcome {
    std::string provider;  // empty on error
    callmap::parse_error error;
};
outcome normalize_auto(std::string_view payload, const callmap::parse_options& options = {}) {
    callmap::arena memory;
    const auto r = callmap::normalize_with(stand_ins, payload, memory, "auto", options);
    if (r) return {std::string(r->provider), {}};
    return {"", r.error()};
}

/// The name detect_provider_by_keys finds among the stand-ins ("" for none).
std::string by_keys(std::string_view payload, const callmap::parse_options& options = {}) {
    const auto* found = callmap::detail::detect_provider_by_keys(
        payload, std::span<const callmap::provider_entry>(stand_ins), options);
    return found == nullptr ? "" : std::string(found->name);
}

struct stand_in_case {
    const char* name;
    std::string_view payload;
    std::string_view by_keys;  // the provider the keys single out, or ""
    std::string_view result;   // the provider that runs, or the error as parse_error::to_string
};

TEST(detect, normalize_auto_on_stand_in_providers) {
    const stand_in_case cases[] = {
        {"alpha", R"({"id":1,"alpha_status":"x"})", "alpha", "alpha"},
        {"order_and_extra_keys_do_not_matter", R"({"z":[{"id":2}],"alpha_status":0,"id":1})",
         "alpha", "alpha"},
        {"most_keys_win", R"({"id":1,"alpha_status":2,"beta_state":3,"beta_at":4})", "beta",
         "beta"},
        {"nested_keys_do_not_count", R"({"id":1,"x":{"alpha_status":1}})", "",
         "no known provider has this payload's top-level keys"},
        {"no_match", R"({"id":1})", "", "no known provider has this payload's top-level keys"},
        {"tie", R"({"id":1,"gamma_status":2,"delta_status":3})", "",
         "payload matches both gamma and delta; name the provider"},
        // the keys decide; the provider's parser validates (the stand-ins validate nothing)
        {"invalid_values_go_to_the_provider", R"({"id":tru,"alpha_status":[1}})", "alpha", "alpha"},
        // the validating path decides, with its errors
        {"escaped_key", R"({"id":1,"alpha\u005fstatus":"x"})", "", "alpha"},
        {"escaped_key_no_match", R"({"\u0069d":1})", "",
         "no known provider has this payload's top-level keys"},
        {"not_an_object", "[1]", "", "expected object, found array at $ (byte 0, line 1, col 1)"},
        {"empty", "", "", "empty input at $ (byte 0, line 1, col 1)"},
        {"byte_order_mark", "\xEF\xBB\xBF{\"id\":1,\"alpha_status\":1}", "",
         "byte order mark is not allowed at $ (byte 0, line 1, col 1)"},
        {"truncated", R"({"id":1,"alpha_status":"x")", "",
         "unexpected end of input at $ (byte 26, line 1, col 27)"},
        {"trailing_content", R"({"id":1,"alpha_status":"x"} x)", "",
         "unexpected content after the JSON value at $ (byte 28, line 1, col 29)"},
        {"tie_in_invalid_json", R"({"id":1,"gamma_status":2,"delta_status":x})", "",
         "expected a JSON value at $.delta_status (byte 40, line 1, col 41)"},
        {"no_match_in_invalid_json", R"({"id":01})", "",
         "invalid number at $.id (byte 6, line 1, col 7)"},
    };
    for (const stand_in_case& c : cases) {
        SCOPED_TRACE(c.name);
        EXPECT_EQ(by_keys(c.payload), c.by_keys);
        const outcome o = normalize_auto(c.payload);
        EXPECT_EQ(o.provider.empty() ? o.error.to_string() : o.provider, c.result);
        if (c.by_keys.empty()) {
            // today's detection: the same provider or the same error
            const auto strict = callmap::detect_provider(c.payload, stand_ins);
            if (strict) {
                EXPECT_EQ(o.provider, *strict);
            } else {
                EXPECT_EQ(o.error.code, strict.error().code);
                EXPECT_EQ(o.error.to_string(), strict.error().to_string());
            }
        }
    }
}

// Vapi's Call type (VapiAI/server-sdk-typescript, src/api/types/Call.ts) requires only these
// four keys: a call without type or status is still Vapi's.
TEST(detect, vapi_by_the_keys_its_call_type_requires) {
    const std::string minimal =
        R"({"id":"c1","orgId":"o1","createdAt":"2024-01-01T00:00:00.000Z",)"
        R"("updatedAt":"2024-01-01T00:00:05.000Z","endedReason":"customer-ended-call"})";
    const auto detected = callmap::detect(minimal);
    ASSERT_TRUE(detected) << detected.error().to_string();
    EXPECT_EQ(*detected, "vapi");
    callmap::arena memory;
    const auto c = callmap::normalize(minimal, memory);
    ASSERT_TRUE(c) << c.error().to_string();
    EXPECT_EQ(c->provider, "vapi");
    EXPECT_EQ(c->id, "c1");
    EXPECT_EQ(c->status, callmap::call_status::unknown);
    EXPECT_EQ(c->end_reason, callmap::end_reason::customer_hangup);
}

TEST(detect, limits_are_left_to_the_validating_path) {
    const std::string_view deep = R"({"id":1,"alpha_status":[[1]]})";
    callmap::parse_options options;
    options.max_depth = 3;
    EXPECT_EQ(by_keys(deep, options), "alpha");
    EXPECT_EQ(normalize_auto(deep, options).provider, "alpha");
    options.max_depth = 2;
    EXPECT_EQ(by_keys(deep, options), "");
    EXPECT_EQ(normalize_auto(deep, options).error.to_string(),
              "nesting depth limit exceeded at $.alpha_status[0] (byte 24, line 1, col 25)");

    options = {};
    options.max_input_bytes = deep.size() - 1;
    EXPECT_EQ(by_keys(deep, options), "");
    EXPECT_EQ(normalize_auto(deep, options).error.code, error_code::input_too_large);
    options.max_input_bytes = deep.size();
    EXPECT_EQ(by_keys(deep, options), "alpha");
}

TEST(detect, the_first_256_candidates_count_as_in_detect_provider) {
    std::vector<callmap::provider_entry> many(300, stand_ins[2]);  // gamma
    many.back() = stand_ins[0];                                    // alpha, the 300th
    const std::string_view alpha = R"({"id":1,"alpha_status":2})";
    EXPECT_EQ(callmap::detail::detect_provider_by_keys(
                  alpha, std::span<const callmap::provider_entry>(many)),
              nullptr);
    const auto strict = callmap::detect_provider(alpha, many);
    ASSERT_FALSE(strict);
    EXPECT_EQ(strict.error().message, "no known provider has this payload's top-level keys");
    many[255] = stand_ins[0];  // the 256th
    EXPECT_EQ(callmap::detail::detect_provider_by_keys(
                  alpha, std::span<const callmap::provider_entry>(many)),
              &many[255]);
    const auto found = callmap::detect_provider(alpha, many);
    ASSERT_TRUE(found);
    EXPECT_EQ(*found, "alpha");
}

TEST(detect, signatures_and_registry_entries_are_told_apart_alike) {
    const callmap::provider_signature signatures[] = {
        {"alpha", alpha_keys}, {"beta", beta_keys}, {"gamma", gamma_keys}, {"delta", delta_keys}};
    for (const std::string_view payload :
         {R"({"id":1,"alpha_status":2})"sv, R"({"id":1,"beta_state":2,"beta_at":3})"sv,
          R"({"id":1,"gamma_status":2,"delta_status":3})"sv, R"({"id":1})"sv}) {
        const auto* signature = callmap::detail::detect_provider_by_keys(
            payload, std::span<const callmap::provider_signature>(signatures));
        const auto* entry = callmap::detail::detect_provider_by_keys(
            payload, std::span<const callmap::provider_entry>(stand_ins));
        ASSERT_EQ(signature == nullptr, entry == nullptr) << payload;
        if (signature != nullptr) {
            EXPECT_EQ(signature->name, entry->name);
        }
    }
}

// --- the compiled-in providers -------------------------------------------------------------

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

struct fixture {
    std::string provider;
    fs::path path;
    std::string text;
    bool normalizes;  // it has a <case>.expected.json
};

const std::vector<fixture>& fixtures() {
    static const std::vector<fixture> all = [] {
        std::vector<fixture> out;
        const fs::path dir = fs::path(CALLMAP_TESTS_DIR) / "providers" / "fixtures";
        for (const auto& provider : fs::directory_iterator(dir)) {
            if (!provider.is_directory()) continue;
            for (const auto& file : fs::directory_iterator(provider.path())) {
                const fs::path& p = file.path();
                if (p.extension() != ".json" || p.filename().string().ends_with(".expected.json"))
                    continue;
                fs::path expected = p;
                expected.replace_extension(".expected.json");
                out.push_back(
                    {provider.path().filename().string(), p, read_file(p), fs::exists(expected)});
            }
        }
        std::sort(out.begin(), out.end(),
                  [](const fixture& a, const fixture& b) { return a.path < b.path; });
        return out;
    }();
    return all;
}

/// The compiled-in provider the keys of `payload` single out ("" for none).
std::string registry_by_keys(std::string_view payload) {
    const auto* found = callmap::detail::detect_provider_by_keys(
        payload, std::span<const callmap::provider_entry>(callmap::builtin_providers));
    return found == nullptr ? "" : std::string(found->name);
}

/// callmap::detect's provider, or "" on error.
std::string registry_strict(std::string_view payload) {
    const auto d = callmap::detect(payload);
    return d ? std::string(*d) : "";
}

std::string normalize_text(std::string_view payload, std::string_view provider) {
    callmap::arena memory;
    const auto r = callmap::normalize(payload, memory, provider);
    return r ? callmap::to_json(*r) : r.error().to_string();
}

/// normalize as it was before detection read keys first: detect_provider, then the provider.
std::string normalize_strictly(std::string_view payload) {
    const auto d = callmap::detect(payload);
    if (!d) return d.error().to_string();
    return normalize_text(payload, *d);
}

TEST(detect, every_fixture_is_told_apart_by_its_keys_as_by_validating_detection) {
    ASSERT_GE(fixtures().size(), 10u);
    std::size_t own = 0;
    for (const fixture& f : fixtures()) {
        SCOPED_TRACE(f.path.string());
        const std::string lax = registry_by_keys(f.text);
        const std::string strict = registry_strict(f.text);
        EXPECT_EQ(lax, strict);
        if (f.normalizes) {
            EXPECT_EQ(lax, f.provider);
            ++own;
        }
        EXPECT_EQ(normalize_text(f.text, "auto"), normalize_strictly(f.text));
    }
    EXPECT_GT(own, 0u);
}

TEST(detect, every_truncation_of_every_fixture_keeps_the_validating_error) {
    for (const fixture& f : fixtures()) {
        SCOPED_TRACE(f.path.string());
        const std::size_t whole = f.text.find_last_not_of(" \t\r\n") + 1;
        const support::sampling& sample = support::sample();
        SCOPED_TRACE(sample.describe());
        for (std::size_t size = sample.offset; size < whole; size += sample.stride) {
            const std::string prefix = f.text.substr(0, size);
            ASSERT_EQ(registry_by_keys(prefix), "") << size;
            // (normalize "auto" is then detect_provider's error: tests/hostile/truncation_test)
        }
        if (whole > 0) {
            const std::string prefix = f.text.substr(0, whole / 2);
            EXPECT_EQ(normalize_text(prefix, "auto"), normalize_strictly(prefix));
        }
    }
}

TEST(detect, corruptions_give_the_validating_result_or_the_named_providers) {
    // one fixture per provider, the bytes that change structure at every position: a valid
    // result is normalized exactly as before; an invalid one either as before or, when its keys
    // single out a provider, exactly as that provider named
    std::vector<const fixture*> firsts;
    for (const fixture& f : fixtures()) {
        if (firsts.empty() || firsts.back()->provider != f.provider) firsts.push_back(&f);
    }
    std::size_t by_keys_invalid = 0;
    const support::sampling& sample = support::sample();
    SCOPED_TRACE(sample.describe());
    for (const fixture* f : firsts) {
        SCOPED_TRACE(f->path.string());
        std::string text = f->text;
        for (std::size_t at = sample.offset; at < text.size(); at += sample.stride) {
            const char original = text[at];
            for (const char byte : {'"', '\\', '{', ']', '9'}) {
                if (byte == original) continue;
                text[at] = byte;
                SCOPED_TRACE("byte " + std::to_string(at) + " = " + byte);
                const std::string automatic = normalize_text(text, "auto");
                const std::string lax = registry_by_keys(text);
                if (callmap::json::validate(text)) {
                    if (!lax.empty()) {  // (it gives up on an escaped top-level key)
                        ASSERT_EQ(lax, registry_strict(text));
                    }
                    ASSERT_EQ(automatic, normalize_strictly(text));
                } else if (lax.empty()) {
                    ASSERT_EQ(automatic, normalize_strictly(text));
                } else {
                    ASSERT_EQ(automatic, normalize_text(text, lax));
                    ++by_keys_invalid;
                }
            }
            text[at] = original;
        }
    }
    if (sample.whole()) {
        EXPECT_GT(by_keys_invalid, 0u);
    }
}

}  // namespace

// --- registries of your own providers (combine, with_builtin) ---------------------------------

namespace registry_of_own {

constexpr std::string_view mapped_payload =
    R"({"status":"success","data":{"call_id":"c1","call_status":"ENDED"}})";

TEST(registry, a_generated_provider_alone) {
    const std::array own{callmap::mapped::provider};
    callmap::arena memory;
    const auto c = callmap::normalize(mapped_payload, memory, own);
    ASSERT_TRUE(c) << c.error().to_string();
    EXPECT_EQ(c->provider, "mapped");
    EXPECT_EQ(c->id, "c1");
    EXPECT_EQ(callmap::find_provider(own, "zudu"), nullptr);
}

TEST(registry, own_providers_with_the_builtin_ones) {
    const auto providers = callmap::with_builtin(std::array{callmap::mapped::provider});
    ASSERT_EQ(providers.size(), callmap::builtin_providers.size() + 1);
    EXPECT_EQ(providers[0].name, "mapped");
    EXPECT_EQ(providers[1].name, callmap::builtin_providers[0].name);
    callmap::arena memory;
    // detection chooses among all of them: the own provider ...
    const auto own = callmap::normalize(mapped_payload, memory, providers);
    ASSERT_TRUE(own) << own.error().to_string();
    EXPECT_EQ(own->provider, "mapped");
    // ... and a built-in one
    const std::string zudu = read_file(fs::path(CALLMAP_TESTS_DIR) / "providers" / "fixtures" /
                                       "zudu" / "documented.json");
    memory.reset();
    const auto builtin = callmap::normalize(zudu, memory, providers);
    ASSERT_TRUE(builtin) << builtin.error().to_string();
    EXPECT_EQ(builtin->provider, "zudu");
}

TEST(registry, an_own_provider_replaces_the_builtin_one_of_the_same_name) {
    callmap::provider_entry fixed = callmap::mapped::provider;
    fixed.name = "zudu";
    const auto providers = callmap::with_builtin(std::array{fixed});
    EXPECT_EQ(providers.size(), callmap::builtin_providers.size());
    const callmap::provider_entry* zudu = callmap::find_provider(providers, "zudu");
    ASSERT_NE(zudu, nullptr);
    EXPECT_EQ(zudu->normalize, callmap::mapped::provider.normalize);
    EXPECT_EQ(std::count_if(providers.begin(), providers.end(),
                            [](const callmap::provider_entry& p) { return p.name == "zudu"; }),
              1);
}

// combined: the same registry at compile time, as callmap_add_providers(... REGISTRY) defines it
constexpr callmap::provider_entry renamed(callmap::provider_entry p, std::string_view name) {
    p.name = name;
    return p;
}
constexpr auto own_and_builtin =
    callmap::combined(std::array{callmap::mapped::provider}, callmap::builtin_providers);
constexpr auto replacing_zudu = callmap::combined(
    std::array{renamed(callmap::mapped::provider, "zudu")}, callmap::builtin_providers);
static_assert(own_and_builtin.size() == 11 && own_and_builtin.begin()[0].name == "mapped" &&
              own_and_builtin.begin()[1].name == "bland" &&
              own_and_builtin.begin()[10].name == "zudu");
static_assert(replacing_zudu.size() == 10 && replacing_zudu.begin()[0].name == "zudu" &&
              replacing_zudu.begin()[0].normalize == callmap::mapped::provider.normalize &&
              replacing_zudu.begin()[9].name == "vonage");

TEST(registry, combined_at_compile_time_is_combine) {
    const auto at_run_time = callmap::with_builtin(std::array{callmap::mapped::provider});
    ASSERT_EQ(at_run_time.size(), own_and_builtin.size());
    for (std::size_t i = 0; i < at_run_time.size(); ++i) {
        EXPECT_EQ(at_run_time[i].name, own_and_builtin.begin()[i].name);
        EXPECT_EQ(at_run_time[i].normalize, own_and_builtin.begin()[i].normalize);
    }
    callmap::arena memory;  // a fixed_registry is a registry
    const auto c = callmap::normalize(mapped_payload, memory, own_and_builtin);
    ASSERT_TRUE(c) << c.error().to_string();
    EXPECT_EQ(c->provider, "mapped");
    EXPECT_EQ(callmap::find_provider(replacing_zudu, "zudu")->normalize,
              callmap::mapped::provider.normalize);
}

}  // namespace registry_of_own
