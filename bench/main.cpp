// callmap_bench: callmap against the best C++ JSON libraries, filling the same struct
// (callmap::zudu::envelope) from the same bytes, in one process. See bench/README.md.
//
//   callmap_bench [google-benchmark flags] [--callmap_scale=X] [--callmap_fixtures=DIR]
//                 [--callmap_smoke]
//
// Before anything is timed, every library parses every payload and the results' checksums
// must be equal (exit status 2 otherwise). A parse that fails while timed makes the run
// exit 1. Missed performance targets are reported, never an error.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <benchmark/benchmark.h>

#include "alloc_counter.hpp"
#include "callmap/json/detail/block_scan.hpp"
#include "callmap_cases.hpp"
#include "checksum.hpp"
#include "harness.hpp"
#include "payloads.hpp"
#include "peer.hpp"

#ifndef CALLMAP_BENCH_CXX_FLAGS
#define CALLMAP_BENCH_CXX_FLAGS "unknown"
#endif
#ifndef CALLMAP_BENCH_BUILD_TYPE
#define CALLMAP_BENCH_BUILD_TYPE "unknown"
#endif
#ifndef CALLMAP_BENCH_FIXTURES_DIR
#define CALLMAP_BENCH_FIXTURES_DIR "tests/providers/fixtures"
#endif
#ifndef CALLMAP_BENCH_MISSING_PEERS
#define CALLMAP_BENCH_MISSING_PEERS ""
#endif

namespace bench {

namespace {
std::vector<std::string> g_failures;
std::string g_current_case;
std::string g_slot_key;
std::shared_ptr<void> g_slot;
}  // namespace

void note_failure(const std::string& what) {
    g_failures.push_back(what);
}

const std::string& current_case() {
    return g_current_case;
}

std::shared_ptr<void>& state_slot(const std::string& key) {
    if (key != g_slot_key) {
        g_slot.reset();
        g_slot_key = key;
    }
    return g_slot;
}

namespace {

// --- options ----------------------------------------------------------------------------------
struct options {
    payload_options payloads;
    bool smoke = false;
};

bool take_flag(std::string_view arg, std::string_view name, std::string& value) {
    if (arg.substr(0, name.size()) != name) return false;
    if (arg.size() == name.size()) {
        value.clear();
        return true;
    }
    if (arg[name.size()] != '=') return false;
    value = std::string(arg.substr(name.size() + 1));
    return true;
}

/// Removes our own flags from argv; --callmap_smoke also sets short Google Benchmark defaults
/// (placed first, so that explicit flags still win).
options parse_options(int& argc, char**& argv, std::vector<std::string>& storage,
                      std::vector<char*>& args) {
    options o;
    o.payloads.fixtures_dir = CALLMAP_BENCH_FIXTURES_DIR;
    o.payloads.providers = provider_names();
    std::vector<char*> rest;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        std::string value;
        if (take_flag(arg, "--callmap_scale", value)) {
            o.payloads.scale = std::atof(value.c_str());
            if (!(o.payloads.scale > 0)) throw std::runtime_error("--callmap_scale must be > 0");
        } else if (take_flag(arg, "--callmap_fixtures", value)) {
            o.payloads.fixtures_dir = value;
        } else if (take_flag(arg, "--callmap_smoke", value)) {
            o.smoke = true;
        } else {
            rest.push_back(argv[i]);
        }
    }
    if (const char* dir = std::getenv("CALLMAP_BENCH_FIXTURES")) o.payloads.fixtures_dir = dir;
    args.clear();
    args.push_back(argv[0]);
    if (o.smoke) {
        if (o.payloads.scale == 1.0) o.payloads.scale = 0.02;
        storage = {"--benchmark_min_time=0.005", "--benchmark_repetitions=1"};
        for (std::string& s : storage) args.push_back(s.data());
    }
    args.insert(args.end(), rest.begin(), rest.end());
    argc = static_cast<int>(args.size());
    args.push_back(nullptr);
    argv = args.data();
    return o;
}

// --- machine description ----------------------------------------------------------------------
std::string cpu_model() {
    std::ifstream in("/proc/cpuinfo");
    std::string line, name = "unknown", family, model;
    const auto value = [&] {
        const auto colon = line.find(':');
        const auto start =
            colon == std::string::npos ? colon : line.find_first_not_of(' ', colon + 1);
        return start == std::string::npos ? std::string() : line.substr(start);
    };
    while (std::getline(in, line)) {
        if (line.rfind("model name", 0) == 0) {
            name = value();
        } else if (line.rfind("cpu family", 0) == 0) {
            family = value();
        } else if (line.rfind("model", 0) == 0 && model.empty()) {
            model = value();
        } else if (line.empty() && name != "unknown") {
            break;  // the first processor is enough
        }
    }
    if (!family.empty()) name += " (family " + family + ", model " + model + ")";
    return name;
}

std::string compiler() {
#if defined(__clang__)
    return std::string("Clang ") + __clang_version__;
#elif defined(__GNUC__)
    return std::string("GCC ") + __VERSION__;
#else
    return "unknown";
#endif
}

std::string human_bytes(std::size_t n) {
    char buf[32];
    if (n >= 1000 * 1000) {
        std::snprintf(buf, sizeof buf, "%.2f MB", static_cast<double>(n) / 1e6);
    } else if (n >= 1000) {
        std::snprintf(buf, sizeof buf, "%.1f KB", static_cast<double>(n) / 1e3);
    } else {
        std::snprintf(buf, sizeof buf, "%zu B", n);
    }
    return buf;
}

// --- the libraries ----------------------------------------------------------------------------
std::vector<peer_info> libraries() {
    std::vector<peer_info> libs{callmap_peer()};
#if defined(CALLMAP_BENCH_HAVE_SIMDJSON)
    libs.push_back(simdjson_ondemand_peer());
#endif
#if defined(CALLMAP_BENCH_HAVE_RAPIDJSON)
    libs.push_back(rapidjson_dom_peer());
    libs.push_back(rapidjson_insitu_peer());
#endif
#if defined(CALLMAP_BENCH_HAVE_BOOST_JSON)
    libs.push_back(boost_json_peer());
#endif
#if defined(CALLMAP_BENCH_HAVE_NLOHMANN)
    libs.push_back(nlohmann_peer());
#endif
    return libs;
}

std::string kernel() {
#if defined(CALLMAP_BENCH_HAVE_SIMDJSON)
    return simdjson_kernel();
#else
    return "n/a (simdjson not built)";
#endif
}

// --- checks before timing -----------------------------------------------------------------------
struct payload_facts {
    checksum sum;
};

/// Every library parses every shared payload: with a fresh parser, then twice with a reused
/// one (the second parse takes the steady-state path). All checksums must equal callmap's.
bool check_checksums(const std::vector<peer_info>& libs, const payload_set& set,
                     std::map<std::string, payload_facts>& facts) {
    bool ok = true;
    for (const payload* p : set.shared()) {
        checksum reference;
        bool have_reference = false;
        for (const peer_info& lib : libs) {
            const auto once = [&](peer_parser& parser, callmap::arena& memory,
                                  const char* how) -> bool {
                callmap::zudu::envelope out{};
                memory.reset();
                if (!parser.parse(p->text, out, memory)) {
                    std::fprintf(stderr, "FAIL %s: %s (%s) cannot parse it\n", p->name.c_str(),
                                 lib.id, how);
                    return false;
                }
                const checksum c = checksum_of(out);
                if (!have_reference) {
                    reference = c;
                    have_reference = true;
                    facts[p->name].sum = c;
                } else if (!(c == reference)) {
                    std::fprintf(stderr, "CHECKSUM MISMATCH %s: %s (%s)\n  %s\n  callmap: %s\n",
                                 p->name.c_str(), lib.id, how, c.to_string().c_str(),
                                 reference.to_string().c_str());
                    return false;
                }
                return true;
            };
            callmap::arena memory;
            auto fresh = lib.make(false);
            auto reused = lib.make(true);
            const bool good = once(*fresh, memory, "fresh") && once(*reused, memory, "reused") &&
                              once(*reused, memory, "reused, second parse");
            if (!good && &lib == &libs.front()) return false;  // no reference to compare with
            ok = good && ok;
        }
        std::printf("checksum %-10s %s: %zu libraries agree: %s\n", p->name.c_str(),
                    human_bytes(p->text.size()).c_str(), libs.size(),
                    reference.to_string().c_str());
    }
    return ok;
}

std::size_t provider_count(const mixed_stream& mixed) {
    std::vector<std::string_view> seen;
    for (const auto& line : mixed.lines) {
        if (std::find(seen.begin(), seen.end(), line.provider) == seen.end()) {
            seen.push_back(line.provider);
        }
    }
    return seen.size();
}

// --- registration -----------------------------------------------------------------------------
struct kept_peer {
    std::unique_ptr<peer_parser> parser;
    callmap::arena memory;
    callmap::zudu::envelope out{};
};

std::vector<bench_case> shared_cases(const std::vector<peer_info>& libs, const payload_set& set) {
    std::vector<bench_case> cases;
    for (const payload* p : set.shared()) {
        for (bench_case& c : callmap_parse_cases(*p)) cases.push_back(std::move(c));
        for (const peer_info& lib : libs) {
            if (std::string_view(lib.id) == "callmap") continue;  // callmap_parse_cases
            const std::string base = "parse/" + p->name + "/" + lib.id + "/";
            const std::string reused = base + "reused";
            cases.push_back({reused, [p, lib, reused](benchmark::State& state) {
                                 auto& s = kept_state<kept_peer>(reused, [&] {
                                     auto k = std::make_unique<kept_peer>();
                                     k->parser = lib.make(true);
                                     for (int i = 0; i < 3; ++i) {  // pools and arena grow
                                         k->memory.reset();
                                         static_cast<void>(
                                             k->parser->parse(p->text, k->out, k->memory));
                                     }
                                     return k;
                                 });
                                 timed_loop(state, p->text.size(), [&] {
                                     s.memory.reset();
                                     return s.parser->parse(p->text, s.out, s.memory);
                                 });
                             }});
            cases.push_back({base + "fresh", [p, lib](benchmark::State& state) {
                                 timed_loop(state, p->text.size(), [&] {
                                     callmap::arena memory;
                                     callmap::zudu::envelope out{};
                                     auto parser = lib.make(false);
                                     const bool ok = parser->parse(p->text, out, memory);
                                     benchmark::DoNotOptimize(out);
                                     return ok;
                                 });
                             }});
        }
    }
    return cases;
}

// --- results ----------------------------------------------------------------------------------
struct result_row {
    double mbps = 0;     // 10^6 bytes per second
    double allocs = -1;  // per parse
    bool error = false;
    int samples = 0;
    bool from_median = false;
};

class capturing_reporter : public benchmark::ConsoleReporter {
public:
    void ReportRuns(const std::vector<Run>& runs) override {
        for (const Run& run : runs) {
            const std::string name = run.run_name.function_name;
            result_row& row = rows_[name];
            if (run.error_occurred) {
                row.error = true;
                continue;
            }
            const auto bps = run.counters.find("bytes_per_second");
            const auto allocs = run.counters.find("allocs_per_parse");
            const double mbps = bps == run.counters.end() ? 0.0 : bps->second.value / 1e6;
            const double a = allocs == run.counters.end() ? -1.0 : allocs->second.value;
            if (run.run_type == Run::RT_Aggregate) {
                if (run.aggregate_name == "median") {
                    row.mbps = mbps;
                    row.allocs = a;
                    row.from_median = true;
                }
            } else if (!row.from_median) {
                // mean of the repetitions until a median arrives
                row.mbps = (row.mbps * row.samples + mbps) / (row.samples + 1);
                row.allocs = std::max(row.allocs, a);
                ++row.samples;
            }
        }
        ConsoleReporter::ReportRuns(runs);
    }

    const std::map<std::string, result_row>& rows() const { return rows_; }

private:
    std::map<std::string, result_row> rows_;
};

const result_row* find_row(const std::map<std::string, result_row>& rows, const std::string& name) {
    const auto it = rows.find(name);
    return it == rows.end() || it->second.error ? nullptr : &it->second;
}

std::string cell(const result_row* r) {
    if (r == nullptr) return "-";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f", r->mbps);
    return buf;
}

void print_summary(const std::map<std::string, result_row>& rows,
                   const std::vector<peer_info>& libs, const payload_set& set,
                   const std::map<std::string, payload_facts>& facts, bool smoke) {
    std::printf("\n== callmap benchmark summary%s\n",
                smoke ? " (SMOKE RUN: sizes and times are not representative)" : "");
    std::printf("cpu: %s | compiler: %s | build: %s | flags: %s\n", cpu_model().c_str(),
                compiler().c_str(), CALLMAP_BENCH_BUILD_TYPE, CALLMAP_BENCH_CXX_FLAGS);
    std::printf("simdjson kernel: %s | callmap string scan: %s | allocation counting: %s\n",
                kernel().c_str(), callmap::json::detail::block_scan::name,
                counting_allocations() ? "on" : "off (sanitizers)");
    std::vector<std::string> shared;
    for (const payload* p : set.shared()) shared.push_back(p->name);
    for (const payload* shared_payload : set.shared()) {
        const payload& p = *shared_payload;
        const auto f = facts.find(p.name);
        std::printf("payload %-14s %10s  words=%llu floats=%llu\n", p.name.c_str(),
                    human_bytes(p.text.size()).c_str(),
                    f == facts.end() ? 0ull : static_cast<unsigned long long>(f->second.sum.words),
                    f == facts.end() ? 0ull
                                     : static_cast<unsigned long long>(f->second.sum.floats));
    }
    std::printf("payload mixed      %10s  %zu calls of %zu providers (NDJSON)\n",
                human_bytes(set.mixed.json_bytes).c_str(), set.mixed.lines.size(),
                provider_count(set.mixed));
    if (std::strlen(CALLMAP_BENCH_MISSING_PEERS) != 0) {
        std::printf("peers not built (install them with scripts/install-deps.sh --bench): %s\n",
                    CALLMAP_BENCH_MISSING_PEERS);
    }

    for (const char* mode : {"reused", "fresh"}) {
        std::printf(
            "\nparse -> callmap::zudu::envelope, %s destination: MB/s (allocations per parse)\n",
            mode);
        std::printf("  %-20s", "library");
        for (const auto& n : shared) std::printf(" %18s", n.c_str());
        std::printf("\n");
        for (const peer_info& lib : libs) {
            std::printf("  %-20s", lib.id);
            for (const auto& n : shared) {
                const result_row* r = find_row(rows, "parse/" + n + "/" + lib.id + "/" + mode);
                char buf[48];
                if (r == nullptr) {
                    std::snprintf(buf, sizeof buf, "-");
                } else if (r->allocs < 0) {
                    std::snprintf(buf, sizeof buf, "%.0f", r->mbps);
                } else {
                    std::snprintf(buf, sizeof buf, "%.0f (%.0f)", r->mbps, r->allocs);
                }
                std::printf(" %18s", buf);
            }
            std::printf("\n");
        }
        std::printf("  callmap / peer:\n");
        for (const peer_info& lib : libs) {
            if (std::string_view(lib.id) == "callmap") continue;
            std::printf("  %-20s", lib.id);
            for (const auto& n : shared) {
                const result_row* c = find_row(rows, "parse/" + n + "/callmap/" + mode);
                const result_row* r = find_row(rows, "parse/" + n + "/" + lib.id + "/" + mode);
                char buf[32];
                if (c == nullptr || r == nullptr || r->mbps <= 0) {
                    std::snprintf(buf, sizeof buf, "-");
                } else {
                    std::snprintf(buf, sizeof buf, "%.2fx", c->mbps / r->mbps);
                }
                std::printf(" %18s", buf);
            }
            std::printf("\n");
        }
    }

    std::printf("\ncallmap only: MB/s reused / fresh (allocations per parse, reused)\n");
    std::vector<std::string> others;
    for (const auto& [name, row] : rows) {
        bool shared_row = false;
        for (const payload* p : set.shared()) {
            shared_row = shared_row || name.rfind("parse/" + p->name + "/", 0) == 0;
        }
        if (shared_row) continue;
        if (name.size() > 7 && name.compare(name.size() - 7, 7, "/reused") == 0) {
            others.push_back(name.substr(0, name.size() - 7));
        }
    }
    for (const std::string& base : others) {
        const result_row* r = find_row(rows, base + "/reused");
        const result_row* f = find_row(rows, base + "/fresh");
        std::printf("  %-42s %8s / %-8s (%s)\n", base.c_str(), cell(r).c_str(), cell(f).c_str(),
                    r == nullptr ? "-" : std::to_string(static_cast<long long>(r->allocs)).c_str());
    }

    if (counting_allocations()) {
        double worst = 0;
        std::string where;
        for (const auto& [name, row] : rows) {
            if (name.find("callmap") == std::string::npos) continue;
            if (name.size() < 7 || name.compare(name.size() - 7, 7, "/reused") != 0) continue;
            if (row.allocs > worst) {
                worst = row.allocs;
                where = name;
            }
        }
        if (worst == 0) {
            std::printf(
                "\nheap allocations per parse, callmap, reused destination: 0 in every row  MET\n");
        } else {
            std::printf(
                "\nheap allocations per parse, callmap, reused destination: %.2f in %s  MISSED\n",
                worst, where.c_str());
        }
    }
    if (smoke || std::string_view(CALLMAP_BENCH_BUILD_TYPE) != "Release") {
        std::printf("\ntargets: not evaluated (%s)\n",
                    smoke ? "smoke run" : "unoptimized build: use the bench preset, make bench");
        return;
    }
    std::printf("\ntargets (reused destination; ratios of medians):\n");
    const auto target = [&](const char* what, const std::string& payload_name, double goal) {
        const result_row* c = find_row(rows, "parse/" + payload_name + "/callmap/reused");
        const result_row* s = find_row(rows, "parse/" + payload_name + "/simdjson_ondemand/reused");
        if (c == nullptr || s == nullptr) {
            std::printf("  %-46s n/a (simdjson row missing)\n", what);
            return;
        }
        const double ratio = c->mbps / s->mbps;
        std::printf("  %-46s %5.2fx  (%.0f vs %.0f MB/s)  %s\n", what, ratio, c->mbps, s->mbps,
                    ratio >= goal ? "MET" : "MISSED");
    };
    target("small          >= 1.5x simdjson On-Demand", "small", 1.5);
    target("small_minified >= 1.5x simdjson On-Demand", "small_minified", 1.5);
    target("transcript     >= 1.5x simdjson On-Demand", "transcript", 1.5);
    target("latency        >= 1.5x simdjson On-Demand", "latency", 1.5);
    for (const payload* p : set.shared()) {  // a user's described struct vs the generated parser
        const result_row* d = find_row(rows, "parse_described/" + p->name + "/callmap/reused");
        const result_row* g = find_row(rows, "parse/" + p->name + "/callmap/reused");
        if (d == nullptr || g == nullptr || g->mbps <= 0) continue;
        const double ratio = d->mbps / g->mbps;
        const std::string what = "described " + p->name + " >= 0.9x generated";
        std::printf("  %-46s %5.2fx  (%.0f vs %.0f MB/s)  %s\n", what.c_str(), ratio, d->mbps,
                    g->mbps, ratio >= 0.9 ? "MET" : "MISSED");
    }
    for (const auto& [name, map] : rows) {  // every payload with both rows
        const std::string prefix = "parse_map/";
        const std::string suffix = "/callmap/reused";
        if (name.rfind(prefix, 0) != 0 || name.size() <= prefix.size() + suffix.size() ||
            name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0) {
            continue;
        }
        const std::string payload_name =
            name.substr(prefix.size(), name.size() - prefix.size() - suffix.size());
        const result_row* parse = find_row(rows, "parse/" + payload_name + suffix);
        if (parse == nullptr || map.error || map.mbps <= 0) continue;
        const double ratio = parse->mbps / map.mbps;  // time(parse+map) / time(parse)
        std::printf("  parse+map <= 1.3x parse alone (%-16s)  %5.2fx  %s\n", payload_name.c_str(),
                    ratio, ratio <= 1.3 ? "MET" : "MISSED");
    }
}

}  // namespace

}  // namespace bench

int main(int argc, char** argv) {
    using namespace bench;
    std::vector<std::string> extra_storage;
    std::vector<char*> args;
    options opts;
    payload_set set;
    try {
        opts = parse_options(argc, argv, extra_storage, args);
        set = make_payloads(opts.payloads);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "callmap_bench: %s\n", e.what());
        return 1;
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;

    const std::vector<peer_info> libs = libraries();
    std::printf("callmap_bench: %zu libraries:", libs.size());
    for (const peer_info& lib : libs) std::printf(" %s", lib.id);
    std::printf("\n");
    if (std::strlen(CALLMAP_BENCH_MISSING_PEERS) != 0) {
        std::printf("callmap_bench: peers not built, skipped: %s "
                    "(install them with scripts/install-deps.sh --bench)\n",
                    CALLMAP_BENCH_MISSING_PEERS);
    }

    std::map<std::string, payload_facts> facts;
    const bool checksums_ok = check_checksums(libs, set, facts);
    const std::vector<std::string> problems = check_callmap_cases(set);
    for (const std::string& p : problems) std::fprintf(stderr, "FAIL %s\n", p.c_str());
    if (!checksums_ok || !problems.empty()) {
        std::fprintf(stderr, "callmap_bench: results differ or a payload does not parse; "
                             "nothing was timed\n");
        return 2;
    }
    std::printf("checks: every library agrees on every payload; %zu mixed calls normalize "
                "(auto-detected == named)\n",
                set.mixed.lines.size());

    std::vector<bench_case> cases = shared_cases(libs, set);
    std::vector<bench_case> own = callmap_cases(set);
    cases.insert(cases.end(), std::make_move_iterator(own.begin()),
                 std::make_move_iterator(own.end()));
    for (bench_case& c : cases) {
        benchmark::RegisterBenchmark(c.name.c_str(), [name = c.name,
                                                      body = c.body](benchmark::State& state) {
            g_current_case = name;
            body(state);
        })->Unit(benchmark::kMicrosecond);
    }

    benchmark::AddCustomContext("cpu_model", cpu_model());
    benchmark::AddCustomContext("compiler", compiler());
    benchmark::AddCustomContext("cxx_flags", CALLMAP_BENCH_CXX_FLAGS);
    benchmark::AddCustomContext("build_type", CALLMAP_BENCH_BUILD_TYPE);
    benchmark::AddCustomContext("simdjson_kernel", kernel());
    benchmark::AddCustomContext("callmap_string_scan", callmap::json::detail::block_scan::name);
    benchmark::AddCustomContext("allocation_counting", counting_allocations() ? "on" : "off");
    benchmark::AddCustomContext("payload_scale", std::to_string(opts.payloads.scale));
    benchmark::AddCustomContext("peers_missing", CALLMAP_BENCH_MISSING_PEERS);
    for (const payload* p : set.shared()) {
        benchmark::AddCustomContext("payload_bytes_" + p->name, std::to_string(p->text.size()));
        const auto f = facts.find(p->name);
        if (f != facts.end()) {
            benchmark::AddCustomContext("payload_words_" + p->name,
                                        std::to_string(f->second.sum.words));
            benchmark::AddCustomContext("payload_floats_" + p->name,
                                        std::to_string(f->second.sum.floats));
        }
    }
    benchmark::AddCustomContext("payload_bytes_mixed", std::to_string(set.mixed.json_bytes));
    benchmark::AddCustomContext("payload_calls_mixed", std::to_string(set.mixed.lines.size()));
    for (const peer_info& lib : libs) {
        benchmark::AddCustomContext(std::string("library_") + lib.id, lib.title);
    }

    capturing_reporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    state_slot("");  // frees the last kept state
    print_summary(reporter.rows(), libs, set, facts, opts.smoke);
    benchmark::Shutdown();

    if (!g_failures.empty()) {
        std::fprintf(stderr, "\ncallmap_bench: %zu benchmark(s) broken:\n", g_failures.size());
        for (const std::string& f : g_failures) std::fprintf(stderr, "  %s\n", f.c_str());
        return 1;
    }
    return 0;
}
