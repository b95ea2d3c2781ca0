// Fuzz target: callmap::normalize with auto-detection (the top-level keys read without
// validating, else callmap::detect; then the detected provider's parser and mapping), and every
// provider named explicitly on the same bytes.
// Invariants:
//   * never accepts what validate refuses; every error is well formed;
//   * on valid JSON the keys read without validating single out a shape of detect's provider,
//     or none;
//   * auto succeeds only when detect names a provider, and then gives exactly what naming
//     that provider gives; the record says which provider it came from; when auto fails and
//     detect fails too, the error is detect's, or the one naming the provider of the shape the
//     keys single out gives (for a list page, normalize_page's);
//   * a record's canonical JSON is valid JSON;
//   * a reused arena gives the same record as a fresh one;
//   * normalize_page (with and without skip_invalid_calls) accepts only valid JSON, and gives
//     exactly normalize's record when normalize succeeds.
// All of it read as JSON (parse_options::encoding json): form-encoded bodies are fuzz_form's.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "callmap/callmap.hpp"
#include "common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input = callmap::fuzz::as_text(data, size);
    static callmap::arena reused;
    reused.reset();
    callmap::parse_options json_only;
    json_only.encoding = callmap::payload_encoding::json;
    const callmap::registry builtin = callmap::builtin_providers;

    const callmap::result<void> valid = callmap::json::validate(input);
    const callmap::result<std::string_view> detected = callmap::detect(input, json_only);
    if (!detected) callmap::fuzz::check_error(detected.error(), input);
    CALLMAP_FUZZ_CHECK(!detected || valid, "detect accepted invalid JSON");
    // the shape (of which provider) the top-level keys single out, read without validating
    const callmap::detail::shape_candidates candidates(builtin);
    const callmap::detail::shape_candidate* by_keys =
        callmap::detail::detect_provider_by_keys(input, candidates.of(false), json_only);
    if (valid) {
        CALLMAP_FUZZ_CHECK(by_keys == nullptr || (detected && *detected == by_keys->provider->name),
                           "the keys single out " + std::string(by_keys->provider->name));
    }

    const callmap::result<callmap::call> automatic =
        callmap::normalize(input, reused, builtin, "auto", json_only);
    std::string auto_json;
    if (automatic) {
        CALLMAP_FUZZ_CHECK(valid, "normalize accepted invalid JSON");
        CALLMAP_FUZZ_CHECK(detected && *detected == automatic->provider,
                           std::string(automatic->provider));
        auto_json = callmap::to_json(*automatic);
        callmap::fuzz::check_produces_valid_json(auto_json, input);
    } else {
        callmap::fuzz::check_error(automatic.error(), input);
        if (!detected && by_keys == nullptr) {
            CALLMAP_FUZZ_CHECK(automatic.error().code == detected.error().code &&
                                   automatic.error().offset == detected.error().offset,
                               automatic.error().to_string());
        } else if (!detected) {
            // the error naming the provider gives: for its list page, the page's
            callmap::arena fresh;
            const std::string_view name = by_keys->provider->name;
            const bool list =
                by_keys->shape != nullptr && by_keys->shape->kind == callmap::payload_shape::list;
            const auto page = callmap::normalize_page(input, fresh, builtin, name, json_only);
            const auto one = callmap::normalize(input, fresh, builtin, name, json_only);
            CALLMAP_FUZZ_CHECK(list ? !page : !one, "naming " + std::string(name) + " succeeds");
            const callmap::parse_error& named = list ? page.error() : one.error();
            CALLMAP_FUZZ_CHECK(automatic.error().code == named.code &&
                                   automatic.error().offset == named.offset,
                               automatic.error().to_string() + " vs " + named.to_string());
        }
    }

    for (const auto& p : callmap::builtin_providers) {
        callmap::arena fresh;
        const callmap::result<callmap::call> named =
            callmap::normalize(input, fresh, builtin, p.name, json_only);
        if (!named) {
            callmap::fuzz::check_error(named.error(), input);
            CALLMAP_FUZZ_CHECK(!(detected && *detected == p.name && automatic),
                               "auto succeeded where naming the detected provider fails");
            continue;
        }
        CALLMAP_FUZZ_CHECK(valid, std::string(p.name) + " accepted invalid JSON");
        CALLMAP_FUZZ_CHECK(named->provider == p.name, std::string(named->provider));
        const std::string json = callmap::to_json(*named);
        callmap::fuzz::check_produces_valid_json(json, input);
        if (detected && *detected == p.name) {
            CALLMAP_FUZZ_CHECK(automatic && json == auto_json, json + "\nvs\n" + auto_json);
        }
    }

    // every call of any shape: a page holds the one call normalize gives, or a list's calls
    for (const bool skip : {false, true}) {
        callmap::arena fresh;
        callmap::parse_options options = json_only;
        options.skip_invalid_calls = skip;
        const callmap::result<callmap::page> page =
            callmap::normalize_page(input, fresh, "auto", options);
        if (!page) {
            callmap::fuzz::check_error(page.error(), input);
            CALLMAP_FUZZ_CHECK(!automatic, "normalize_page failed where normalize succeeds");
            continue;
        }
        CALLMAP_FUZZ_CHECK(valid, "normalize_page accepted invalid JSON");
        for (const auto& e : page->skipped) callmap::fuzz::check_error(e, input);
        for (const callmap::call& c : page->calls)
            callmap::fuzz::check_produces_valid_json(callmap::to_json(c), input);
        if (automatic) {
            CALLMAP_FUZZ_CHECK(page->calls.size() == 1 &&
                                   callmap::to_json(page->calls[0]) == auto_json,
                               "normalize_page and normalize disagree");
        }
    }
    return 0;
}
