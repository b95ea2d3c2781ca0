// generated from schemas/*.yaml by callmap-gen -- do not edit.
// The providers callmap ships: callmap::builtin_providers, the registry that
// normalize(), detect() and find_provider() use when given none (callmap/builtin.hpp),
// and CALLMAP_BUILTIN_PROVIDERS, the same list for code that loops over it at compile
// time.
#pragma once

#include <array>
#include <string_view>

#include "callmap/normalize.hpp"
#include "callmap/providers/bland.hpp"
#include "callmap/providers/diga.hpp"
#include "callmap/providers/oca.hpp"
#include "callmap/providers/retell.hpp"
#include "callmap/providers/talkstack.hpp"
#include "callmap/providers/twilio.hpp"
#include "callmap/providers/twochat.hpp"
#include "callmap/providers/vapi.hpp"
#include "callmap/providers/vonage.hpp"
#include "callmap/providers/zudu.hpp"

/// X(namespace, root type) for every built-in provider, in spec-name order: e.g.
/// #define PARSE(ns, root) callmap::parse<callmap::ns::root>(payload, memory);
#define CALLMAP_BUILTIN_PROVIDERS(X) \
    X(bland, call) \
    X(diga, call) \
    X(oca, call) \
    X(retell, call) \
    X(talkstack, call) \
    X(twilio, call) \
    X(twochat, response) \
    X(vapi, call) \
    X(vonage, call) \
    X(zudu, envelope)

namespace callmap {

namespace registry_detail {
inline constexpr std::array<std::string_view, 2> bland_keys{"call_id", "c_id"};
inline constexpr std::array<std::string_view, 4> diga_keys{"id", "status", "type", "contact"};
inline constexpr std::array<std::string_view, 4> oca_keys{"from_number", "to_number", "call_id",
                                                          "status"};
inline constexpr std::array<std::string_view, 4> retell_keys{"call_id", "call_type", "call_status",
                                                             "agent_id"};
inline constexpr std::array<std::string_view, 2> talkstack_keys{"callSid", "status"};
inline constexpr std::array<std::string_view, 4> twilio_keys{"sid", "account_sid", "status",
                                                             "direction"};
inline constexpr std::array<std::string_view, 1> twochat_keys{"success"};
inline constexpr std::array<std::string_view, 4> vapi_keys{"id", "orgId", "type", "status"};
inline constexpr std::array<std::string_view, 3> vonage_keys{"uuid", "conversation_uuid", "status"};
inline constexpr std::array<std::string_view, 3> zudu_keys{"message", "status", "error"};
}  // namespace registry_detail

/// Every provider callmap ships, in spec-name order.
inline constexpr std::array<provider_entry, 10> builtin_providers{{
    {"bland", "Bland AI — call details",
     "https://docs.bland.ai/api-v1/get/calls-id",
     registry_detail::bland_keys,
     &normalize_as<bland::call, &bland::to_call>, bland::shape::objects, bland::shape::root},
    {"diga", "Diga voice agents — get call",
     "https://docs.diga.io/api-reference/calls/get-call-by-id",
     registry_detail::diga_keys,
     &normalize_as<diga::call, &diga::to_call>, diga::shape::objects, diga::shape::root},
    {"oca", "OCA Telkom Call API v2 — get call detail / status",
     "https://docs.ocaindonesia.co.id/call-api/endpoint/get-call-detail-status",
     registry_detail::oca_keys,
     &normalize_as<oca::call, &oca::to_call>, oca::shape::objects, oca::shape::root},
    {"retell", "Retell AI — get call (v2)",
     "https://docs.retellai.com/api-references/get-call",
     registry_detail::retell_keys,
     &normalize_as<retell::call, &retell::to_call>, retell::shape::objects, retell::shape::root},
    {"talkstack", "Talkstack AI — get call data",
     "https://docs.talkstack.ai/call/get-call-data",
     registry_detail::talkstack_keys,
     &normalize_as<talkstack::call, &talkstack::to_call>, talkstack::shape::objects,
         talkstack::shape::root},
    {"twilio", "Twilio Programmable Voice — Call resource (Calls/{Sid}.json)",
     "https://www.twilio.com/docs/voice/api/call-resource",
     registry_detail::twilio_keys,
     &normalize_as<twilio::call, &twilio::to_call>, twilio::shape::objects, twilio::shape::root},
    {"twochat", "2chat VoIP — get call details",
     "https://developers.2chat.co/docs/API/Phone-Calls/get-call-details",
     registry_detail::twochat_keys,
     &normalize_as<twochat::response, &twochat::to_call>, twochat::shape::objects,
         twochat::shape::root},
    {"vapi", "Vapi — Call object (GET /call/{id})",
     "https://docs.vapi.ai/api-reference/calls/get",
     registry_detail::vapi_keys,
     &normalize_as<vapi::call, &vapi::to_call>, vapi::shape::objects, vapi::shape::root},
    {"vonage", "Vonage Voice API — retrieve a call",
     "https://developer.vonage.com/en/api/voice#getCall",
     registry_detail::vonage_keys,
     &normalize_as<vonage::call, &vonage::to_call>, vonage::shape::objects, vonage::shape::root},
    {"zudu", "Zudu AI voice agents — get call by id",
     "https://docs.zudu.ai/api-reference/calls/get-calls-call-id",
     registry_detail::zudu_keys,
     &normalize_as<zudu::envelope, &zudu::to_call>, zudu::shape::objects, zudu::shape::root},
}};

}  // namespace callmap
