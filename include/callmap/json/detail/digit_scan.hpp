// Classifies 32 bytes at once as ASCII digits or not, so that the number scanner finds where
// a number's integer and fraction digits end without a loop (and without a chain of dependent
// byte compares). The widest instruction set the compiler targets is chosen at compile time:
// AVX2 (one 32-byte compare), SSE2 (two 16-byte compares), or a byte loop.
// Callers guarantee 32 readable bytes at p.
#pragma once

#include <cstdint>

// <immintrin.h> declares every instruction set (about 120 MB of compiler memory per
// translation unit); the SSE2 baseline of x86-64 needs only <emmintrin.h>.
#if defined(__AVX512BW__) || defined(__AVX2__)
#include <immintrin.h>
#elif defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace callmap::json::detail {

/// Bit i is set when p[i] is an ASCII digit, for i in [0, 32).
inline std::uint32_t digit_mask32(const char* p) noexcept {
#if defined(__AVX2__)
    const __m256i shifted = _mm256_sub_epi8(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(p)),
                                            _mm256_set1_epi8('0'));
    const __m256i digit = _mm256_cmpeq_epi8(_mm256_min_epu8(shifted, _mm256_set1_epi8(9)), shifted);
    return static_cast<std::uint32_t>(_mm256_movemask_epi8(digit));
#elif defined(__SSE2__)
    auto half = [](const char* q) {
        const __m128i shifted =
            _mm_sub_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(q)), _mm_set1_epi8('0'));
        const __m128i digit = _mm_cmpeq_epi8(_mm_min_epu8(shifted, _mm_set1_epi8(9)), shifted);
        return static_cast<std::uint32_t>(_mm_movemask_epi8(digit));
    };
    return half(p) | (half(p + 16) << 16);
#else
    std::uint32_t mask = 0;
    for (unsigned i = 0; i < 32; ++i) {
        if (static_cast<unsigned char>(p[i] - '0') < 10) mask |= std::uint32_t{1} << i;
    }
    return mask;
#endif
}

}  // namespace callmap::json::detail
