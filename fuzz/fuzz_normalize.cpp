// Fuzz target: callmap::normalize with auto-detection (the top-level keys read without
// validating, else callmap::detect; then the detected provider's parser and mapping), and every
// provider named explicitly on the same bytes.
// Invariants:
//   * never accepts what validate refuses; every error is well formed;
//   * on valid JSON the keys read without validating single out detect's provider or none;
//   * auto succeeds only when detect names a provider, and then gives exactly what naming
//     that provider gives; the record says which provider it came from; when auto fails and
//     detect fails too, the error is detect's, or the one naming the provider the keys single
//     out gives;
//   * a record's canonical JSON is valid JSON;
//   * a reused arena gives the same record as a fresh one;
//   * normalize_page (with and without skip_invalid_calls) accepts only valid JSON, and gives
//     exactly normalize's record when normalize succeeds.
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

    const callmap::result<void> valid = callmap::json::validate(input);
    const callmap::result<std::string_view> detected = callmap::detect(input);
    if (!detected) callmap::fuzz::check_error(detected.error(), input);
    CALLMAP_FUZZ_CHECK(!detected || valid, "detect accepted invalid JSON");
    const callmap::provider_entry* by_keys = callmap::detail::detect_provider_by_keys(
        input, std::span<const callmap::provider_entry>(callmap::builtin_providers));
    if (valid) {
        CALLMAP_FUZZ_CHECK(by_keys == nullptr || (detected && *detected == by_keys->name),
                           "the keys single out " + std::string(by_keys->name));
    }

    const callmap::result<callmap::call> automatic = callmap::normalize(input, reused);
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
            callmap::arena fresh;
            const callmap::result<callmap::call> named =
                callmap::normalize(input, fresh, by_keys->name);
            CALLMAP_FUZZ_CHECK(!named && automatic.error().code == named.error().code &&
                                   automatic.error().offset == named.error().offset,
                               automatic.error().to_string());
        }
    }

    for (const auto& p : callmap::builtin_providers) {
        callmap::arena fresh;
        const callmap::result<callmap::call> named = callmap::normalize(input, fresh, p.name);
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
        callmap::parse_options options;
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
