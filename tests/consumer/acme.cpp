// A consumer's own provider (specs/acme.yaml), compiled by callmap_add_providers() in the
// consumer's build: parsed and mapped like a built-in one, checked value by value.
#include <callmap/providers/acme.hpp>

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
    std::puts(ok ? "acme: ok" : "acme: unexpected canonical values");
    return ok ? 0 : 1;
}
