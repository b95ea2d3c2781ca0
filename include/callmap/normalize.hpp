// From payload bytes to the canonical record in one call, over a registry of providers:
// normalize(payload, memory, registry), detect(payload, registry), find_provider(registry,
// name); normalize_as<Root, to_call> for one known provider, and detect_provider for telling
// providers apart by the top-level keys of a payload. callmap/builtin.hpp adds the same calls
// without a registry argument, over the providers callmap ships (the generated
// callmap/providers/registry.hpp lists them).
#pragma once

#include <array>
#include <bit>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "callmap/arena.hpp"
#include "callmap/call.hpp"
#include "callmap/drift_shape.hpp"
#include "callmap/error.hpp"
#include "callmap/json/detail/top_level_keys.hpp"
#include "callmap/json/reader.hpp"
#include "callmap/options.hpp"
#include "callmap/parse.hpp"

namespace callmap {

/// A provider's shape: keys that every payload of it has at the top level.
struct provider_signature {
    std::string_view name;
    std::span<const std::string_view> keys;
};

/// A provider compiled into the build: callmap::builtin_providers lists the ones callmap
/// ships (the generated callmap/providers/registry.hpp).
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

namespace detail {

inline std::span<const std::string_view> signature_keys(const provider_signature& s) noexcept {
    return s.keys;
}
inline std::span<const std::string_view> signature_keys(const provider_entry& p) noexcept {
    return p.detect_keys;
}

/// Which signature keys a payload has: for each of the first 64 candidates (provider_signature
/// or provider_entry), a bit for each of its first 64 keys; and the choice detection makes.
template <class Candidate>
class signature_match {
public:
    explicit signature_match(std::span<const Candidate> candidates) noexcept
        : candidates_(candidates.first(candidates.size() < 64 ? candidates.size() : 64)) {
        for (std::size_t c = 0; c < candidates_.size(); ++c) {
            seen_[c] = 0;
            const auto keys = signature_keys(candidates_[c]);
            for (std::size_t k = 0; k < keys.size() && k < 64; ++k) {
                with_key_in_bucket_[bucket(keys[k])] |= std::uint64_t{1} << c;
            }
        }
    }

    /// Records a top-level key of the payload. Most keys of a payload are no signature key:
    /// only the candidates with a key in the same bucket are compared.
    void see(std::string_view key) noexcept {
        for (std::uint64_t m = with_key_in_bucket_[bucket(key)]; m != 0; m &= m - 1) {
            const auto c = static_cast<std::size_t>(std::countr_zero(m));
            const auto keys = signature_keys(candidates_[c]);
            for (std::size_t k = 0; k < keys.size() && k < 64; ++k) {
                if (keys[k] == key) seen_[c] |= std::uint64_t{1} << k;
            }
        }
    }

    struct choice {
        const Candidate* best = nullptr;  ///< all its keys seen, and most keys
        const Candidate* tie = nullptr;   ///< another one with as many
    };
    choice choose() const noexcept {
        choice out;
        // The best one's uncapped key count, compared with a candidate's capped n, as it always
        // was: a best candidate with more than 64 keys is neither beaten nor tied by a later one.
        std::size_t best_size = 0;
        for (std::size_t c = 0; c < candidates_.size(); ++c) {
            const std::size_t size = signature_keys(candidates_[c]).size();
            const std::size_t n = size < 64 ? size : 64;
            const std::uint64_t all = n == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << n) - 1;
            if (n == 0 || seen_[c] != all) continue;
            if (out.best == nullptr || n > best_size) {
                out.best = &candidates_[c];
                out.tie = nullptr;
                best_size = size;
            } else if (n == best_size) {
                out.tie = &candidates_[c];
            }
        }
        return out;
    }

private:
    static std::size_t bucket(std::string_view key) noexcept {
        if (key.empty()) return 0;
        return (static_cast<unsigned char>(key.front()) +
                3u * static_cast<unsigned char>(key.back()) + 7u * key.size()) %
               64;
    }

    std::span<const Candidate> candidates_;
    std::uint64_t seen_[64];                     // the first candidates_.size() are used
    std::uint64_t with_key_in_bucket_[64] = {};  // bit c: candidate c has a key in the bucket
};

/// The candidate (provider_signature or provider_entry) whose signature keys single it out
/// when the top-level keys of `payload` are read without validating it
/// (json/detail/top_level_keys.hpp); nullptr when that scan gives up, or finds no candidate or
/// a tie, and only detect_provider can tell. For a valid payload the answer is
/// detect_provider's; for an invalid one the provider's parser, which validates everything,
/// reports the error.
template <class Candidate>
const Candidate* detect_provider_by_keys(std::string_view payload,
                                         std::span<const Candidate> candidates,
                                         const parse_options& options = {}) noexcept {
    if (payload.size() > options.max_input_bytes) return nullptr;
    signature_match<Candidate> match(candidates);
    const bool complete = json::detail::top_level_keys(
        payload, options.max_depth, [&match](std::string_view key) noexcept { match.see(key); });
    if (!complete) return nullptr;
    const auto found = match.choose();
    return found.tie == nullptr ? found.best : nullptr;
}

}  // namespace detail

/// The name of the provider whose signature keys are all at the top level of `payload`; the
/// one with most keys wins. The payload is validated completely on the way.
inline result<std::string_view> detect_provider(std::string_view payload,
                                                std::span<const provider_signature> candidates,
                                                const parse_options& options = {}) {
    arena keys_memory(std::size_t{1} << 20);  // only escaped keys are decoded into it
    json::reader r(payload, keys_memory, options);
    detail::signature_match<provider_signature> match(candidates);
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
        match.see(key);
        if (!r.object_next(more)) return r.make_error();
    }
    if (!r.document_end()) return r.make_error();

    const auto found = match.choose();
    parse_error e;
    e.code = error_code::invalid_value;
    if (found.best == nullptr) {
        e.message = "no known provider has this payload's top-level keys";
        return e;
    }
    if (found.tie != nullptr) {
        e.message = "payload matches both " + std::string(found.best->name) + " and " +
                    std::string(found.tie->name) + "; name the provider";
        return e;
    }
    return found.best->name;
}

/// The entry named `name`, or nullptr.
constexpr const provider_entry* find_provider(std::span<const provider_entry> registry,
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
/// Detection first reads only the top-level keys, without validating (the provider's parser
/// validates everything next, with the errors naming the provider gives); when they do not
/// single out one provider, detect_provider decides, and its error is the result.
inline result<call> normalize_with(std::span<const provider_entry> registry,
                                   std::string_view payload, arena& memory,
                                   std::string_view provider = "auto",
                                   const parse_options& options = {}) {
    if (provider == "auto") {
        if (const provider_entry* p = detail::detect_provider_by_keys(payload, registry, options)) {
            provider = p->name;  // looked up by name below, as a validated detection is
        } else {
            result<std::string_view> detected = detect_provider(payload, registry, options);
            if (!detected) return detected.error();
            provider = *detected;
        }
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

/// The providers normalize() and detect() choose among: callmap::builtin_providers, or any
/// array of provider_entry of your own (each generated provider header defines one,
/// callmap::<provider>::provider), or both together (combine, callmap::with_builtin).
using registry = std::span<const provider_entry>;

/// One registry of the providers of `own`, then those of `base` that `own` does not replace:
/// an entry of `own` replaces the entry of `base` with the same name (a corrected `zudu` spec
/// of your own replaces the built-in one). Pass the vector wherever a registry is taken, and
/// keep it alive while it is used.
inline std::vector<provider_entry> combine(registry own, registry base) {
    std::vector<provider_entry> all(own.begin(), own.end());
    for (const provider_entry& p : base) {
        if (find_provider(own, p.name) == nullptr) all.push_back(p);
    }
    return all;
}

/// A registry in static storage, as combined() builds it: the first size() of its Capacity
/// entries. Pass it wherever a registry is taken (it is a contiguous range).
template <std::size_t Capacity>
struct fixed_registry {
    std::array<provider_entry, Capacity> entries{};
    std::size_t count = 0;

    constexpr const provider_entry* data() const noexcept { return entries.data(); }
    constexpr const provider_entry* begin() const noexcept { return entries.data(); }
    constexpr const provider_entry* end() const noexcept { return entries.data() + count; }
    constexpr std::size_t size() const noexcept { return count; }
};

/// combine() at compile time, for a registry that is a constant: e.g. what
/// callmap_add_providers(... REGISTRY myco::providers) generates,
///   inline constexpr auto providers = callmap::combined(std::array{myco::acme::provider},
///                                                       callmap::builtin_providers);
template <std::size_t Own, std::size_t Base>
constexpr fixed_registry<Own + Base> combined(const std::array<provider_entry, Own>& own,
                                              const std::array<provider_entry, Base>& base) {
    fixed_registry<Own + Base> all;
    for (const provider_entry& p : own) all.entries[all.count++] = p;
    for (const provider_entry& p : base) {
        bool replaced = false;  // (not find_provider: GCC 12 cannot compare its result here)
        for (const provider_entry& mine : own) replaced = replaced || mine.name == p.name;
        if (!replaced) all.entries[all.count++] = p;
    }
    return all;
}

/// The provider of `payload` among `providers`, by its top-level keys; the payload is
/// validated completely on the way.
inline result<std::string_view> detect(std::string_view payload, registry providers,
                                       const parse_options& options = {}) {
    return detect_provider(payload, providers, options);
}

/// Parses and maps a payload of the named provider of `providers` ("auto": detect it) onto
/// callmap::call. LIFETIME: the call holds views into `payload` and `memory`.
inline result<call> normalize(std::string_view payload, arena& memory, registry providers,
                              std::string_view provider = "auto",
                              const parse_options& options = {}) {
    return normalize_with(providers, payload, memory, provider, options);
}

// The call would point into a string destroyed at the end of the full expression.
template <class String>
requires std::same_as<String, std::string> result<call>
normalize(String&& payload, arena& memory, registry providers, std::string_view provider = "auto",
          const parse_options& options = {})
= delete;

}  // namespace callmap
