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

/// Every provider callmap ships, in spec-name order.
inline constexpr std::array<provider_entry, 10> builtin_providers{{
    ::callmap::bland::provider,
    ::callmap::diga::provider,
    ::callmap::oca::provider,
    ::callmap::retell::provider,
    ::callmap::talkstack::provider,
    ::callmap::twilio::provider,
    ::callmap::twochat::provider,
    ::callmap::vapi::provider,
    ::callmap::vonage::provider,
    ::callmap::zudu::provider,
}};

}  // namespace callmap
