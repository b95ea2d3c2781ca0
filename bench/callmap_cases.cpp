// callmap's rows: the generated parser behind the peer interface (for the shared parse rows),
// parse + to_call, every provider's documented call, and normalize() over the mixed stream.
#include "callmap_cases.hpp"

#include <cstdio>
#include <memory>
#include <string_view>

#include "callmap/arena.hpp"
#include "callmap/builtin.hpp"
#include "callmap/call.hpp"
#include "callmap/parse.hpp"
#include "checksum.hpp"
#include "described_zudu.hpp"
#include "peer.hpp"

namespace bench {

namespace {

class callmap_parser final : public peer_parser {
public:
    bool parse(const std::string& json, callmap::zudu::envelope& out,
               callmap::arena& memory) override {
        return callmap::parse_into(out, std::string_view(json), memory).has_value();
    }
};

/// parse_into + to_call for one provider's root type.
template <class Root, callmap::result<callmap::call> (*ToCall)(const Root&, callmap::arena&)>
struct provider_ops {
    static bool parse(std::string_view json, Root& root, callmap::arena& memory) {
        return callmap::parse_into(root, json, memory).has_value();
    }
    static bool parse_map(std::string_view json, Root& root, callmap::arena& memory) {
        if (!callmap::parse_into(root, json, memory)) return false;
        const callmap::result<callmap::call> c = ToCall(root, memory);
        benchmark::DoNotOptimize(c);
        return c.has_value();
    }
};

using zudu_ops = provider_ops<callmap::zudu::envelope, &callmap::zudu::to_call>;

/// callmap::parse_into a user's own described struct: the reflection path.
bool parse_described(std::string_view json, described::envelope& root, callmap::arena& memory) {
    return callmap::parse_into(root, json, memory).has_value();
}

/// What a described parse and a generated parse of one payload must agree on: the shape (the
/// enums' checksums differ, described enums keep no spelling).
bool same_shape(const checksum& a, const checksum& b) {
    return a.words == b.words && a.objects == b.objects && a.floats == b.floats &&
           a.float_sum == b.float_sum && a.raw_values == b.raw_values && a.absent == b.absent;
}

template <class Root>
struct kept {
    callmap::arena memory;
    Root root{};
};

/// "<op>/<payload>/callmap/<mode>" for one operation on one payload, both modes.
template <class Root, bool (*Op)(std::string_view, Root&, callmap::arena&)>
void add_cases(std::vector<bench_case>& cases, const std::string& op, const payload& p) {
    const std::string base = op + "/" + p.name + "/callmap/";
    const std::string reused = base + "reused";
    cases.push_back({reused, [&p, reused](benchmark::State& state) {
                         auto& s = kept_state<kept<Root>>(reused, [&] {
                             auto k = std::make_unique<kept<Root>>();
                             for (int i = 0; i < 2; ++i) {  // warm-up: the arena grows once
                                 k->memory.reset();
                                 static_cast<void>(Op(p.view(), k->root, k->memory));
                             }
                             return k;
                         });
                         timed_loop(state, p.text.size(), [&] {
                             s.memory.reset();
                             return Op(p.view(), s.root, s.memory);
                         });
                     }});
    cases.push_back({base + "fresh", [&p](benchmark::State& state) {
                         timed_loop(state, p.text.size(), [&] {
                             callmap::arena memory;
                             Root root{};
                             const bool ok = Op(p.view(), root, memory);
                             benchmark::DoNotOptimize(root);
                             return ok;
                         });
                     }});
}

bool normalize_line(const mixed_stream::line& line, callmap::arena& memory, bool named) {
    const callmap::result<callmap::call> c =
        callmap::normalize(line.json, memory, named ? line.provider : "auto");
    benchmark::DoNotOptimize(c);
    return c.has_value();
}

void add_normalize_cases(std::vector<bench_case>& cases, const mixed_stream& mixed, bool named) {
    const std::string base =
        std::string("normalize/mixed/") + (named ? "callmap_named" : "callmap_auto") + "/";
    const std::string reused = base + "reused";
    cases.push_back({reused, [&mixed, named, reused](benchmark::State& state) {
                         auto& memory = kept_state<callmap::arena>(reused, [&] {
                             auto m = std::make_unique<callmap::arena>();
                             for (const auto& line : mixed.lines) {
                                 m->reset();
                                 static_cast<void>(normalize_line(line, *m, named));
                             }
                             return m;
                         });
                         timed_loop(state, mixed.json_bytes, [&] {
                             bool ok = true;
                             for (const auto& line : mixed.lines) {
                                 memory.reset();  // one call at a time, as a stream is read
                                 ok = normalize_line(line, memory, named) && ok;
                             }
                             return ok;
                         });
                     }});
    cases.push_back({base + "fresh", [&mixed, named](benchmark::State& state) {
                         timed_loop(state, mixed.json_bytes, [&] {
                             bool ok = true;
                             for (const auto& line : mixed.lines) {
                                 callmap::arena memory;
                                 ok = normalize_line(line, memory, named) && ok;
                             }
                             return ok;
                         });
                     }});
}

/// parse_map through the registry (normalize with the provider named): any provider.
bool normalize_named(std::string_view json, std::string_view provider, callmap::arena& memory) {
    const callmap::result<callmap::call> c = callmap::normalize(json, memory, provider);
    benchmark::DoNotOptimize(c);
    return c.has_value();
}

void add_registry_cases(std::vector<bench_case>& cases, const payload& p) {
    const std::string base = "parse_map/" + p.name + "/callmap/";
    const std::string reused = base + "reused";
    cases.push_back({reused, [&p, reused](benchmark::State& state) {
                         auto& memory = kept_state<callmap::arena>(reused, [&] {
                             auto m = std::make_unique<callmap::arena>();
                             static_cast<void>(normalize_named(p.view(), p.provider, *m));
                             return m;
                         });
                         timed_loop(state, p.text.size(), [&] {
                             memory.reset();
                             return normalize_named(p.view(), p.provider, memory);
                         });
                     }});
    cases.push_back({base + "fresh", [&p](benchmark::State& state) {
                         timed_loop(state, p.text.size(), [&] {
                             callmap::arena memory;
                             return normalize_named(p.view(), p.provider, memory);
                         });
                     }});
}

/// The providers whose wire root type the bench knows: parse and parse_map rows. A provider
/// missing here still gets its parse_map row (through the registry) and is in the stream.
#define CALLMAP_BENCH_PROVIDERS(X)                                                                 \
    X(bland, call)                                                                                 \
    X(diga, call)                                                                                  \
    X(oca, call)                                                                                   \
    X(retell, call)                                                                                \
    X(talkstack, call)                                                                             \
    X(twilio, call)                                                                                \
    X(twochat, response)                                                                           \
    X(vapi, call)                                                                                  \
    X(vonage, call)

bool add_typed_cases(std::vector<bench_case>& cases, const payload& p) {
#define CALLMAP_BENCH_TYPED(name, root)                                                            \
    if (p.provider == #name) {                                                                     \
        using ops = provider_ops<callmap::name::root, &callmap::name::to_call>;                    \
        add_cases<callmap::name::root, &ops::parse>(cases, "parse", p);                            \
        add_cases<callmap::name::root, &ops::parse_map>(cases, "parse_map", p);                    \
        return true;                                                                               \
    }
    CALLMAP_BENCH_PROVIDERS(CALLMAP_BENCH_TYPED)
#undef CALLMAP_BENCH_TYPED
    return false;
}

}  // namespace

peer_info callmap_peer() {
    return {"callmap", "callmap generated parser (callmap::parse_into)",
            [](bool) -> std::unique_ptr<peer_parser> {
                return std::make_unique<callmap_parser>();
            }};
}

std::vector<std::string_view> provider_names() {
    std::vector<std::string_view> names;
    for (const callmap::provider_entry& p : callmap::builtin_providers) names.push_back(p.name);
    return names;
}

std::vector<bench_case> callmap_parse_cases(const payload& zudu_payload) {
    std::vector<bench_case> cases;
    add_cases<callmap::zudu::envelope, &zudu_ops::parse>(cases, "parse", zudu_payload);
    return cases;
}

std::vector<bench_case> callmap_cases(const payload_set& payloads) {
    std::vector<bench_case> cases;
    for (const payload* p : payloads.shared()) {
        add_cases<callmap::zudu::envelope, &zudu_ops::parse_map>(cases, "parse_map", *p);
        add_cases<described::envelope, &parse_described>(cases, "parse_described", *p);
    }
    for (const payload& p : payloads.providers) {
        if (!add_typed_cases(cases, p)) {
            std::printf("callmap_bench: no wire type known for provider '%s': only its parse_map "
                        "row (add it to CALLMAP_BENCH_PROVIDERS in bench/callmap_cases.cpp)\n",
                        p.provider.c_str());
            add_registry_cases(cases, p);
        }
    }
    add_normalize_cases(cases, payloads.mixed, false);
    add_normalize_cases(cases, payloads.mixed, true);
    return cases;
}

std::vector<std::string> check_callmap_cases(const payload_set& payloads) {
    std::vector<std::string> problems;
    callmap::arena memory;
    for (const payload* p : payloads.shared()) {
        memory.reset();
        callmap::zudu::envelope root{};
        const auto parsed = callmap::parse_into(root, p->view(), memory);
        if (!parsed) {
            problems.push_back(p->name + ": " + parsed.error().to_string());
            continue;
        }
        const auto c = callmap::zudu::to_call(root, memory);
        if (!c) problems.push_back(p->name + ": to_call: " + c.error().to_string());
        callmap::arena described_memory;
        described::envelope mine{};
        const auto reflected = callmap::parse_into(mine, p->view(), described_memory);
        if (!reflected) {
            problems.push_back(p->name + ": described struct: " + reflected.error().to_string());
        } else if (!same_shape(checksum_of(mine), checksum_of(root))) {
            problems.push_back(p->name + ": the described struct (described_zudu.hpp) reads " +
                               checksum_of(mine).to_string() + ", the generated parser " +
                               checksum_of(root).to_string());
        }
    }
    for (const payload& p : payloads.providers) {
        memory.reset();
        const auto c = callmap::normalize(p.view(), memory, p.provider);
        if (!c) problems.push_back(p.name + ": " + c.error().to_string());
    }
    std::size_t line_number = 0;
    for (const auto& line : payloads.mixed.lines) {
        ++line_number;
        callmap::arena named_memory;
        memory.reset();
        const auto detected = callmap::normalize(line.json, memory, "auto");
        const auto named = callmap::normalize(line.json, named_memory, line.provider);
        if (!detected || !named) {
            problems.push_back("mixed line " + std::to_string(line_number) + " (" +
                               std::string(line.provider) +
                               "): " + (detected ? named.error() : detected.error()).to_string());
        } else if (callmap::to_json(*detected) != callmap::to_json(*named)) {
            problems.push_back("mixed line " + std::to_string(line_number) +
                               ": auto-detected and named normalize differ");
        }
        if (problems.size() > 20) break;
    }
    return problems;
}

}  // namespace bench
