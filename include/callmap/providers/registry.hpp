// generated from schemas/*.yaml by callmap-gen -- do not edit.
// The providers compiled into callmap: lookup by name, auto-detection, normalize().
#pragma once

#include <array>
#include <concepts>
#include <string>
#include <string_view>

#include "callmap/normalize.hpp"

namespace callmap {

namespace registry_detail {
}  // namespace registry_detail

/// Every provider compiled in, in spec-name order.
inline constexpr std::array<provider_entry, 0> providers{{
}};

/// The provider named `name`, or nullptr.
inline const provider_entry* find_provider(std::string_view name) noexcept {
    return find_provider(providers, name);
}

/// The provider of a payload, told apart by its top-level keys.
inline result<std::string_view> detect(std::string_view payload, const parse_options& options = {}) {
    return detect_provider(payload, providers, options);
}

/// Parses and maps a payload of the named provider ("auto": detect it) onto callmap::call.
/// LIFETIME: the call holds views into `payload` and `memory`.
inline result<call> normalize(std::string_view payload, arena& memory, std::string_view provider = "auto",
                              const parse_options& options = {}) {
    return normalize_with(providers, payload, memory, provider, options);
}

// The call would point into a string destroyed at the end of the full expression.
template <class String>
    requires std::same_as<String, std::string>
result<call> normalize(String&& payload, arena& memory, std::string_view provider = "auto",
                       const parse_options& options = {}) = delete;

}  // namespace callmap
