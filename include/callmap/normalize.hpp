// From payload bytes to the canonical record in one call: normalize_as<Root, to_call> for a
// known provider, and detect_provider for telling providers apart by the top-level keys of a
// payload. The generated registry (callmap/providers/registry.hpp) builds callmap::normalize
// on these.
#pragma once

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "callmap/arena.hpp"
#include "callmap/call.hpp"
#include "callmap/drift_shape.hpp"
#include "callmap/error.hpp"
#include "callmap/json/options.hpp"
#include "callmap/json/parse.hpp"
#include "callmap/json/reader.hpp"

namespace callmap {

/// A provider's shape: keys that every payload of it has at the top level.
struct provider_signature {
    std::string_view name;
    std::span<const std::string_view> keys;
};

/// A provider compiled into the build (see the generated callmap/providers/registry.hpp).
struct provider_entry {
    std::string_view name;   ///< spec name, e.g. "zudu"
    std::string_view title;  ///< the spec's title
    std::string_view docs;   ///< the document the spec was written from
    std::span<const std::string_view> detect_keys;
    result<call> (*normalize)(std::string_view payload, arena& memory,
                              const parse_options& options);
    std::span<const drift::object_shape> shapes;  ///< the wire types, for drift reports
    int root_shape;                               ///< index of the payload's root type in shapes
};

/// Parses `payload` as Root and maps it with ToCall. The call holds views into `payload` and
/// `memory` (not into the intermediate wire struct).
template <class Root, result<call> (*ToCall)(const Root&, arena&)>
result<call> normalize_as(std::string_view payload, arena& memory,
                          const parse_options& options = {}) {
    Root root{};
    if (result<void> parsed = parse_into(root, payload, memory, options); !parsed)
        return parsed.error();
    return ToCall(root, memory);
}

/// The name of the provider whose signature keys are all at the top level of `payload`; the
/// one with most keys wins. The payload is validated completely on the way.
inline result<std::string_view> detect_provider(std::string_view payload,
                                                std::span<const provider_signature> candidates,
                                                const parse_options& options = {}) {
    arena keys_memory(std::size_t{1} << 20);  // only escaped keys are decoded into it
    json::reader r(payload, keys_memory, options);
    std::uint64_t seen[64] = {};  // per candidate: which of its first 64 keys were found
    const std::size_t count = candidates.size() < 64 ? candidates.size() : 64;
    bool more = false;
    if (!r.document_start()) return r.make_error();
    if (r.peek() != '{') {
        r.fail_type("object");
        return r.make_error();
    }
    if (!r.object_start(more)) return r.make_error();
    while (more) {
        std::string_view key;
        if (!r.object_key(key) || !r.skip_value()) return r.make_error();
        for (std::size_t c = 0; c < count; ++c) {
            const auto keys = candidates[c].keys;
            for (std::size_t k = 0; k < keys.size() && k < 64; ++k) {
                if (keys[k] == key) seen[c] |= std::uint64_t{1} << k;
            }
        }
        if (!r.object_next(more)) return r.make_error();
    }
    if (!r.document_end()) return r.make_error();

    const provider_signature* best = nullptr;
    const provider_signature* tie = nullptr;
    for (std::size_t c = 0; c < count; ++c) {
        const std::size_t n = candidates[c].keys.size() < 64 ? candidates[c].keys.size() : 64;
        const std::uint64_t all = n == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << n) - 1;
        if (n == 0 || seen[c] != all) continue;
        if (best == nullptr || n > best->keys.size()) {
            best = &candidates[c];
            tie = nullptr;
        } else if (n == best->keys.size()) {
            tie = &candidates[c];
        }
    }
    parse_error e;
    e.code = error_code::invalid_value;
    if (best == nullptr) {
        e.message = "no known provider has this payload's top-level keys";
        return e;
    }
    if (tie != nullptr) {
        e.message = "payload matches both " + std::string(best->name) + " and " +
                    std::string(tie->name) + "; name the provider";
        return e;
    }
    return best->name;
}

/// The entry named `name`, or nullptr.
inline const provider_entry* find_provider(std::span<const provider_entry> registry,
                                           std::string_view name) noexcept {
    for (const auto& p : registry) {
        if (p.name == name) return &p;
    }
    return nullptr;
}

/// The provider of `payload` among `registry`, by its top-level keys.
inline result<std::string_view> detect_provider(std::string_view payload,
                                                std::span<const provider_entry> registry,
                                                const parse_options& options = {}) {
    provider_signature signatures[64];
    std::size_t n = 0;
    for (const auto& p : registry) {
        if (n < 64) signatures[n++] = {p.name, p.detect_keys};
    }
    return detect_provider(payload, std::span<const provider_signature>(signatures, n), options);
}

/// Parses and maps `payload` as the named provider's, or the detected one's for "auto".
inline result<call> normalize_with(std::span<const provider_entry> registry,
                                   std::string_view payload, arena& memory,
                                   std::string_view provider = "auto",
                                   const parse_options& options = {}) {
    if (provider == "auto") {
        result<std::string_view> detected = detect_provider(payload, registry, options);
        if (!detected) return detected.error();
        provider = *detected;
    }
    const provider_entry* p = find_provider(registry, provider);
    if (p == nullptr) {
        parse_error e;
        e.code = error_code::invalid_value;
        e.message = "unknown provider '" + std::string(provider) + "'";
        return e;
    }
    return p->normalize(payload, memory, options);
}

}  // namespace callmap
