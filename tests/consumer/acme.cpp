// A consumer's own provider (specs/acme.yaml), compiled by callmap_add_providers() in the
// consumer's build: parsed and mapped like a built-in one, checked value by value, then
// auto-detected among the built-in providers and it (callmap::with_builtin); and the project's
// own zudu (specs/fixed/zudu.yaml, namespace myco) replacing the built-in one, in the registry
// callmap_add_providers(... REGISTRY myco::providers) generated.
#include <callmap/builtin.hpp>
#include <callmap/providers/acme.hpp>
#include <myco/providers.hpp>
#include <myco/providers/zudu.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <string_view>

int main() {
    constexpr std::string_view payload =
        R"({"callRef": "A-17", "state": "DONE", "hangup": "user_hangup", "startedMs": 1703097600000,
            "seconds": 42})";
    callmap::arena memory;
    callmap::acme::call wire;
    if (!callmap::parse_into(wire, payload, memory)) {
        std::puts("acme: the payload does not parse");
        return 1;
    }
    const auto mapped = callmap::acme::to_call(wire, memory);
    if (!mapped) {
        std::puts("acme: to_call failed");
        return 1;
    }
    const callmap::call& c = *mapped;
    const bool ok = c.provider == "acme" && c.id == "A-17" &&
                    c.status == callmap::call_status::completed &&
                    c.end_reason == callmap::end_reason::customer_hangup && c.started_at &&
                    c.started_at->epoch_ms == 1703097600000 && c.duration_ms == 42000;
    if (!ok) {
        std::puts("acme: unexpected canonical values");
        return 1;
    }
    // one registry: the ten built-in providers and acme, told apart by their keys
    const auto providers = callmap::with_builtin(std::array{callmap::acme::provider});
    memory.reset();
    const auto detected = callmap::normalize(payload, memory, providers);
    if (!detected || detected->provider != "acme" || providers.size() != 11) {
        std::puts("acme: not detected among the built-in providers");
        return 1;
    }
    // the project's zudu replaces callmap's: eleven providers, and a Zudu payload is read by it;
    // the generated registry is that list, built at compile time
    const auto replaced =
        callmap::with_builtin(std::array{callmap::acme::provider, myco::zudu::provider});
    static_assert(myco::providers.size() == 11);
    static_assert(myco::providers.begin()[0].name == "acme");
    static_assert(myco::providers.begin()[1].normalize == myco::zudu::provider.normalize);
    if (!std::equal(replaced.begin(), replaced.end(), myco::providers.begin(),
                    myco::providers.end(), [](const auto& a, const auto& b) {
                        return a.name == b.name && a.normalize == b.normalize;
                    })) {
        std::puts("acme: myco::providers differs from with_builtin");
        return 1;
    }
    constexpr std::string_view zudu_payload =
        R"({"message": "ok", "status": "success", "error": null,
            "data": {"call_id": "Z-1", "call_status": "ENDED"}})";
    memory.reset();
    const auto zudu = callmap::normalize(zudu_payload, memory, myco::providers);
    const callmap::provider_entry* entry = callmap::find_provider(myco::providers, "zudu");
    if (replaced.size() != 11 || entry == nullptr ||
        entry->normalize != myco::zudu::provider.normalize || !zudu || zudu->provider != "zudu" ||
        zudu->id != "Z-1" || zudu->status != callmap::call_status::completed) {
        std::puts("acme: the project's zudu did not replace the built-in one");
        return 1;
    }
    std::puts("acme: ok");
    return 0;
}
