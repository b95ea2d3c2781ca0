// A consumer's own provider (specs/acme.yaml), compiled by callmap_add_providers() in the
// consumer's build: parsed and mapped like a built-in one, checked value by value, then
// auto-detected among the built-in providers and it (callmap::with_builtin).
#include <callmap/builtin.hpp>
#include <callmap/providers/acme.hpp>

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
    std::puts("acme: ok");
    return 0;
}
