// A consumer's own provider (specs/acme.yaml), compiled by callmap_add_providers() in the
// consumer's build: parsed and mapped like a built-in one, checked value by value, then
// auto-detected among the built-in providers and it (callmap::with_builtin); and the project's
// own zudu (specs/fixed/zudu.yaml, namespace myco) replacing the built-in one.
#include <callmap/builtin.hpp>
#include <callmap/providers/acme.hpp>
#include <myco/providers/zudu.hpp>

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
    // the project's zudu replaces callmap's: eleven providers, and a Zudu payload is read by it
    const auto replaced =
        callmap::with_builtin(std::array{callmap::acme::provider, myco::zudu::provider});
    constexpr std::string_view zudu_payload =
        R"({"message": "ok", "status": "success", "error": null,
            "data": {"call_id": "Z-1", "call_status": "ENDED"}})";
    memory.reset();
    const auto zudu = callmap::normalize(zudu_payload, memory, replaced);
    const callmap::provider_entry* entry = callmap::find_provider(replaced, "zudu");
    if (replaced.size() != 11 || entry == nullptr ||
        entry->normalize != myco::zudu::provider.normalize || !zudu || zudu->provider != "zudu" ||
        zudu->id != "Z-1" || zudu->status != callmap::call_status::completed) {
        std::puts("acme: the project's zudu did not replace the built-in one");
        return 1;
    }
    std::puts("acme: ok");
    return 0;
}
