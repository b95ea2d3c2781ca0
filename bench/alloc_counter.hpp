// Heap allocation counting for the benchmarks: every malloc/calloc/realloc/aligned allocation
// in the process (operator new included: libstdc++ implements it with malloc) bumps a counter.
// Enabled when the build defines CALLMAP_BENCH_COUNT_ALLOCS=1 (glibc, no sanitizers: the
// sanitizers interpose malloc themselves); otherwise allocation_count() is always 0 and
// counting_allocations() is false, and the benchmarks report -1 allocations per parse.
#pragma once

#include <cstdint>

namespace bench {

/// True when the malloc hooks are compiled in.
bool counting_allocations() noexcept;

/// Allocations (malloc, calloc, realloc, aligned_alloc, posix_memalign, memalign) so far.
std::uint64_t allocation_count() noexcept;

}  // namespace bench
