// The shared benchmark loop: times one operation per iteration, reports throughput through
// SetBytesProcessed (MB/s), and heap allocations per iteration (allocs_per_parse; -1 when the
// build cannot count them). A failed operation marks the benchmark (and the run) as broken.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "alloc_counter.hpp"

namespace bench {

/// Remembers that a benchmark or a check failed (main() then exits non-zero).
void note_failure(const std::string& what);

/// The name of the benchmark running now.
const std::string& current_case();

/// Runs `op()` (returns bool: success) once per iteration; `bytes` is the input size.
template <class Op>
void timed_loop(benchmark::State& state, std::size_t bytes, Op&& op) {
    const std::uint64_t before = allocation_count();
    for (auto _ : state) {
        if (!op()) {
            state.SkipWithError("parse failed");
            note_failure(current_case() + ": parse failed");
            break;
        }
        benchmark::ClobberMemory();
    }
    const std::uint64_t allocs = allocation_count() - before;
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(bytes));
    const double per_iteration =
        state.iterations() == 0
            ? 0.0
            : static_cast<double>(allocs) / static_cast<double>(state.iterations());
    state.counters["allocs_per_parse"] = counting_allocations() ? per_iteration : -1.0;
}

/// The one slot that keeps a reused destination alive across the calls Google Benchmark makes
/// for one benchmark (iteration-count probes, repetitions). A different key drops the previous
/// state first, so at most one benchmark's buffers are alive.
std::shared_ptr<void>& state_slot(const std::string& key);

/// The state kept for `key`, made (and warmed up) by `make()` on first use.
template <class S, class Make>
S& kept_state(const std::string& key, Make&& make) {
    std::shared_ptr<void>& slot = state_slot(key);
    if (!slot) slot = std::shared_ptr<S>(make());
    return *static_cast<S*>(slot.get());
}

/// A benchmark to register: its name and body.
struct bench_case {
    std::string name;  ///< "<operation>/<payload>/<library>/<reused|fresh>"
    std::function<void(benchmark::State&)> body;
};

}  // namespace bench
