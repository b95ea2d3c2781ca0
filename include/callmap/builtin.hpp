// The providers callmap ships as the default registry: normalize(payload, memory),
// detect(payload) and find_provider(name) choose among callmap::builtin_providers, which the
// generated callmap/providers/registry.hpp lists; with_builtin adds your own providers to
// them; apply_supplement(call, payload, memory) completes a built-in provider's call. The calls
// themselves are normalize.hpp's and supplement.hpp's.
#pragma once

#include <concepts>
#include <string>
#include <string_view>
#include <vector>

#include "callmap/arena.hpp"
#include "callmap/error.hpp"
#include "callmap/normalize.hpp"
#include "callmap/options.hpp"
#include "callmap/providers/registry.hpp"
#include "callmap/supplement.hpp"

namespace callmap {

/// Your providers and every built-in one that none of yours replaces (same name), as one
/// registry: callmap::normalize(payload, memory, callmap::with_builtin(std::array{
/// callmap::acme::provider})) chooses among all of them.
inline std::vector<provider_entry> with_builtin(registry own) {
    return combine(own, builtin_providers);
}

/// The built-in provider named `name`, or nullptr.
inline const provider_entry* find_provider(std::string_view name) noexcept {
    return find_provider(builtin_providers, name);
}

/// The built-in provider of a payload, told apart by its top-level keys.
inline result<std::string_view> detect(std::string_view payload,
                                       const parse_options& options = {}) {
    return detect(payload, builtin_providers, options);
}

/// Parses and maps a payload of the named built-in provider ("auto": detect it) onto
/// callmap::call. LIFETIME: the call holds views into `payload` and `memory`.
inline result<call> normalize(std::string_view payload, arena& memory,
                              std::string_view provider = "auto",
                              const parse_options& options = {}) {
    return normalize(payload, memory, builtin_providers, provider, options);
}

// The call would point into a string destroyed at the end of the full expression.
template <class String>
requires std::same_as<String, std::string> result<call>
normalize(String&& payload, arena& memory, std::string_view provider = "auto",
          const parse_options& options = {})
= delete;

/// Every call of a payload of the named built-in provider ("auto": detect it), whatever its
/// shape: a get answer, a webhook, or a list page and its cursor. LIFETIME: the page holds
/// views into `payload` and `memory`.
inline result<page> normalize_page(std::string_view payload, arena& memory,
                                   std::string_view provider = "auto",
                                   const parse_options& options = {}) {
    return normalize_page(payload, memory, builtin_providers, provider, options);
}

// The page would point into a string destroyed at the end of the full expression.
template <class String>
requires std::same_as<String, std::string> result<page>
normalize_page(String&& payload, arena& memory, std::string_view provider = "auto",
               const parse_options& options = {})
= delete;

/// Merges a supplement of a built-in provider's call into it (callmap/supplement.hpp):
/// `supplement` names it ("auto": told apart by its top-level keys). LIFETIME: the call then
/// also holds views into `payload` and `memory`.
inline result<void> apply_supplement(call& c, std::string_view payload, arena& memory,
                                     std::string_view supplement = "auto",
                                     const parse_options& options = {}) {
    return apply_supplement(c, payload, memory, builtin_providers, supplement, options);
}

// The call would point into a string destroyed at the end of the full expression.
template <class String>
requires std::same_as<String, std::string> result<void>
apply_supplement(call& c, String&& payload, arena& memory, std::string_view supplement = "auto",
                 const parse_options& options = {})
= delete;

}  // namespace callmap
