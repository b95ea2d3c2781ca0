// generated from schemas/*.yaml by callmap-gen -- do not edit.
// The providers compiled into callmap: lookup by name, auto-detection, normalize().
#pragma once

#include <array>
#include <concepts>
#include <string>
#include <string_view>

#include "callmap/normalize.hpp"
#include "callmap/providers/diga.hpp"
#include "callmap/providers/oca.hpp"
#include "callmap/providers/talkstack.hpp"
#include "callmap/providers/twochat.hpp"
#include "callmap/providers/zudu.hpp"

namespace callmap {

namespace registry_detail {
inline constexpr std::array<std::string_view, 4> diga_keys{"id", "status", "type", "contact"};
inline constexpr std::array<std::string_view, 4> oca_keys{"from_number", "to_number", "call_id", "status"};
inline constexpr std::array<std::string_view, 2> talkstack_keys{"callSid", "status"};
inline constexpr std::array<std::string_view, 1> twochat_keys{"success"};
inline constexpr std::array<std::string_view, 3> zudu_keys{"message", "status", "error"};
}  // namespace registry_detail

/// Every provider compiled in, in spec-name order.
inline constexpr std::array<provider_entry, 5> providers{{
    {"diga", "Diga voice agents \xe2""\x80""\x94"" get call", "https://docs.diga.io/api-reference/calls/get-call-by-id", registry_detail::diga_keys,
     &normalize_as<diga::call, &diga::to_call>, diga::shape::objects, diga::shape::root},
    {"oca", "OCA Telkom Call API v2 \xe2""\x80""\x94"" get call detail / status", "https://docs.ocaindonesia.co.id/call-api/endpoint/get-call-detail-status", registry_detail::oca_keys,
     &normalize_as<oca::call, &oca::to_call>, oca::shape::objects, oca::shape::root},
    {"talkstack", "Talkstack AI \xe2""\x80""\x94"" get call data", "https://docs.talkstack.ai/call/get-call-data", registry_detail::talkstack_keys,
     &normalize_as<talkstack::call, &talkstack::to_call>, talkstack::shape::objects, talkstack::shape::root},
    {"twochat", "2chat VoIP \xe2""\x80""\x94"" get call details", "https://developers.2chat.co/docs/API/Phone-Calls/get-call-details", registry_detail::twochat_keys,
     &normalize_as<twochat::response, &twochat::to_call>, twochat::shape::objects, twochat::shape::root},
    {"zudu", "Zudu AI voice agents \xe2""\x80""\x94"" get call by id", "https://docs.zudu.ai/api-reference/calls/get-calls-call-id", registry_detail::zudu_keys,
     &normalize_as<zudu::envelope, &zudu::to_call>, zudu::shape::objects, zudu::shape::root},
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
