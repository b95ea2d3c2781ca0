// Interposes glibc's allocation entry points (the executable's definitions win over libc's)
// and forwards to the __libc_* implementations, counting every call that allocates.
#include "alloc_counter.hpp"

#include <atomic>
#include <cstddef>

namespace {
std::atomic<std::uint64_t> g_allocations{0};

inline void count_one() noexcept {
    g_allocations.fetch_add(1, std::memory_order_relaxed);
}
}  // namespace

#if defined(CALLMAP_BENCH_COUNT_ALLOCS) && CALLMAP_BENCH_COUNT_ALLOCS

extern "C" {
void* __libc_malloc(std::size_t size);
void* __libc_calloc(std::size_t count, std::size_t size);
void* __libc_realloc(void* ptr, std::size_t size);
void* __libc_memalign(std::size_t align, std::size_t size);
void __libc_free(void* ptr);

void* malloc(std::size_t size) noexcept {
    count_one();
    return __libc_malloc(size);
}
void* calloc(std::size_t count, std::size_t size) noexcept {
    count_one();
    return __libc_calloc(count, size);
}
void* realloc(void* ptr, std::size_t size) noexcept {
    count_one();
    return __libc_realloc(ptr, size);
}
void free(void* ptr) noexcept {
    __libc_free(ptr);
}
void* memalign(std::size_t align, std::size_t size) noexcept {
    count_one();
    return __libc_memalign(align, size);
}
void* aligned_alloc(std::size_t align, std::size_t size) noexcept {
    count_one();
    return __libc_memalign(align, size);
}
int posix_memalign(void** out, std::size_t align, std::size_t size) noexcept {
    if (align < sizeof(void*) || (align & (align - 1)) != 0) return 22;  // EINVAL
    count_one();
    void* p = __libc_memalign(align, size);
    if (p == nullptr) return 12;  // ENOMEM
    *out = p;
    return 0;
}
}  // extern "C"

namespace bench {
bool counting_allocations() noexcept {
    return true;
}
std::uint64_t allocation_count() noexcept {
    return g_allocations.load(std::memory_order_relaxed);
}
}  // namespace bench

#else

namespace bench {
bool counting_allocations() noexcept {
    return false;
}
std::uint64_t allocation_count() noexcept {
    static_cast<void>(&count_one);
    return 0;
}
}  // namespace bench

#endif
