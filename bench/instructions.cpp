// callmap_instructions: runs one benchmark row a given number of times, for counting its
// instructions under callgrind (scripts/instructions.sh), which repeats exactly on a noisy
// shared machine where timings do not. A row is <operation>/<payload>:
//   parse/<payload>       callmap::parse_into the provider's root type
//   parse_map/<payload>   parse_into, then <provider>::to_call
//   normalize/<payload>   callmap::normalize with the provider named
//   parse_described/<payload>  callmap::parse_into a user's described struct of the same
//                         shape (the reflection path; Zudu payloads only)
// over the benchmark payloads (bench/payloads.hpp) at a fixed scale, each run in a warm arena
// and destination as a server reuses them.
//   callmap_instructions --list          every row, one per line
//   callmap_instructions ROW ITERATIONS  run ROW; exit status 0 when every run succeeded
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "callmap/builtin.hpp"
#include "described_zudu.hpp"
#include "payloads.hpp"

namespace {

/// The payloads are generated at one tenth of the benchmark's size: the same shapes, and a
/// count that callgrind gets through in seconds.
constexpr double payload_scale = 0.1;

std::vector<bench::payload> payloads() {
    bench::payload_options options;
    options.scale = payload_scale;
    options.fixtures_dir = CALLMAP_BENCH_FIXTURES_DIR;
    for (const callmap::provider_entry& p : callmap::builtin_providers)
        options.providers.push_back(p.name);
    bench::payload_set set = bench::make_payloads(options);
    std::vector<bench::payload> all;
    for (const bench::payload* p : set.shared()) all.push_back(*p);
    all.insert(all.end(), set.providers.begin(), set.providers.end());
    return all;
}

template <class Root, callmap::result<callmap::call> (*ToCall)(const Root&, callmap::arena&)>
bool run_typed(std::string_view operation, std::string_view json, long iterations) {
    callmap::arena memory;
    Root root{};
    bool ok = true;
    for (long i = 0; i < iterations; ++i) {
        memory.reset();
        if (!callmap::parse_into(root, json, memory)) return false;
        if (operation == "parse_map") ok = ToCall(root, memory).has_value() && ok;
    }
    return ok;
}

bool run_normalize(std::string_view provider, std::string_view json, long iterations) {
    callmap::arena memory;
    bool ok = true;
    for (long i = 0; i < iterations; ++i) {
        memory.reset();
        ok = callmap::normalize(json, memory, provider).has_value() && ok;
    }
    return ok;
}

/// callmap::parse_into a user's described struct of the Zudu shape (described_zudu.hpp).
bool run_described(std::string_view json, long iterations) {
    callmap::arena memory;
    bench::described::envelope root{};
    for (long i = 0; i < iterations; ++i) {
        memory.reset();
        if (!callmap::parse_into(root, json, memory)) return false;
    }
    return true;
}

bool run(std::string_view operation, const bench::payload& p, long iterations) {
    if (operation == "normalize") return run_normalize(p.provider, p.view(), iterations);
    if (operation == "parse_described")
        return p.provider == "zudu" && run_described(p.view(), iterations);
#define CALLMAP_INSTRUCTIONS_PROVIDER(ns, root)                                                    \
    if (p.provider == #ns)                                                                         \
        return run_typed<callmap::ns::root, &callmap::ns::to_call>(operation, p.view(), iterations);
    CALLMAP_BUILTIN_PROVIDERS(CALLMAP_INSTRUCTIONS_PROVIDER)
#undef CALLMAP_INSTRUCTIONS_PROVIDER
    return false;
}

constexpr std::string_view operations[] = {"parse", "parse_map", "normalize"};

}  // namespace

int main(int argc, char** argv) {
    const std::vector<bench::payload> all = payloads();
    if (argc == 2 && std::string_view(argv[1]) == "--list") {
        for (const auto& p : all) {
            for (const std::string_view op : operations)
                std::printf("%.*s/%s\n", static_cast<int>(op.size()), op.data(), p.name.c_str());
            if (p.provider == "zudu") std::printf("parse_described/%s\n", p.name.c_str());
        }
        return 0;
    }
    if (argc != 3) {
        std::fprintf(stderr, "usage: callmap_instructions --list | ROW ITERATIONS\n");
        return 2;
    }
    const std::string_view row = argv[1];
    const long iterations = std::strtol(argv[2], nullptr, 10);
    const std::size_t slash = row.find('/');
    for (const auto& p : all) {
        if (slash != std::string_view::npos && row.substr(slash + 1) == p.name) {
            return run(row.substr(0, slash), p, iterations) ? 0 : 1;
        }
    }
    std::fprintf(stderr, "callmap_instructions: no row '%s'\n", argv[1]);
    return 2;
}
