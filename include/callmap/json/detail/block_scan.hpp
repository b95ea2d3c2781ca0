// Finds the first byte in a block that ends the fast path of a string scan: '"', '\\', a control
// character (< 0x20) or a non-ASCII byte (>= 0x80, which needs UTF-8 validation); and the first
// backslash, where decoding an escaped string stops copying whole blocks.
// The widest instruction set the compiler targets is chosen at compile time:
// AVX-512BW (64 bytes), AVX2 (32), SSE2 (16), or an 8-byte SWAR fallback.
// Callers guarantee `width` readable bytes at p: no padding is demanded of the input.
//
// structural_mask64 marks, in 64 bytes at once, what gives a JSON text its shape ('"', '\\'
// and the brackets): for scans that follow strings and nesting without validating anything
// (json/detail/top_level_keys.hpp). One AVX-512BW, two AVX2 or four SSE2 loads, or a byte loop.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>

#include "callmap/json/detail/load_word.hpp"

// <immintrin.h> declares every instruction set (about 120 MB of compiler memory per
// translation unit); the SSE2 baseline of x86-64 needs only <emmintrin.h>.
#if defined(__AVX512BW__) || defined(__AVX2__)
#include <immintrin.h>
#elif defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace callmap::json::detail {

#if defined(__AVX512BW__)
struct block_scan {
    static constexpr std::size_t width = 64;
    static constexpr const char* name = "avx512bw";
    /// Index of the first special byte in [p, p + width), or width if there is none.
    static std::size_t first_special(const char* p) noexcept {
        const __m512i v = _mm512_loadu_si512(p);
        const __mmask64 m = _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8('"')) |
                            _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8('\\')) |
                            _mm512_cmple_epu8_mask(v, _mm512_set1_epi8(0x1F)) |
                            _mm512_movepi8_mask(v);
        return m == 0 ? width
                      : static_cast<std::size_t>(std::countr_zero(static_cast<std::uint64_t>(m)));
    }
    /// Index of the first '\\' in [p, p + width), or width if there is none.
    static std::size_t first_backslash(const char* p) noexcept {
        const __mmask64 m = _mm512_cmpeq_epi8_mask(_mm512_loadu_si512(p), _mm512_set1_epi8('\\'));
        return m == 0 ? width
                      : static_cast<std::size_t>(std::countr_zero(static_cast<std::uint64_t>(m)));
    }
};
#elif defined(__AVX2__)
struct block_scan {
    static constexpr std::size_t width = 32;
    static constexpr const char* name = "avx2";
    static std::size_t first_special(const char* p) noexcept {
        const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
        const __m256i low = _mm256_set1_epi8(0x1F);
        const __m256i hit =
            _mm256_or_si256(_mm256_or_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('"')),
                                            _mm256_cmpeq_epi8(v, _mm256_set1_epi8('\\'))),
                            _mm256_cmpeq_epi8(_mm256_max_epu8(v, low), low));
        // movemask of v itself flags the bytes >= 0x80
        const auto m = static_cast<std::uint32_t>(_mm256_movemask_epi8(hit)) |
                       static_cast<std::uint32_t>(_mm256_movemask_epi8(v));
        return m == 0 ? width : static_cast<std::size_t>(std::countr_zero(m));
    }
    static std::size_t first_backslash(const char* p) noexcept {
        const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
        const auto m = static_cast<std::uint32_t>(
            _mm256_movemask_epi8(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('\\'))));
        return m == 0 ? width : static_cast<std::size_t>(std::countr_zero(m));
    }
};
#elif defined(__SSE2__)
struct block_scan {
    static constexpr std::size_t width = 16;
    static constexpr const char* name = "sse2";
    static std::size_t first_special(const char* p) noexcept {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i low = _mm_set1_epi8(0x1F);
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                                                      _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))),
                                         _mm_cmpeq_epi8(_mm_max_epu8(v, low), low));
        const auto m = static_cast<std::uint32_t>(_mm_movemask_epi8(hit)) |
                       static_cast<std::uint32_t>(_mm_movemask_epi8(v));
        return m == 0 ? width : static_cast<std::size_t>(std::countr_zero(m));
    }
    static std::size_t first_backslash(const char* p) noexcept {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const auto m =
            static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
        return m == 0 ? width : static_cast<std::size_t>(std::countr_zero(m));
    }
};
#else
struct block_scan {
    static constexpr std::size_t width = 8;
    static constexpr const char* name = "swar";
    static std::size_t first_special(const char* p) noexcept {
        if constexpr (std::endian::native == std::endian::little) {
            constexpr std::uint64_t ones = 0x0101010101010101u;
            constexpr std::uint64_t highs = 0x8080808080808080u;
            const auto x = load_word<std::uint64_t>(p);
            const std::uint64_t q = x ^ (ones * '"');
            const std::uint64_t b = x ^ (ones * '\\');
            // "has zero byte" / "has byte < 0x20" tests; the lowest flagged byte is exact
            const std::uint64_t m =
                ((q - ones) & ~q) | ((b - ones) & ~b) | ((x - ones * 0x20) & ~x) | x;
            const std::uint64_t flags = m & highs;
            return flags == 0 ? width : static_cast<std::size_t>(std::countr_zero(flags)) / 8;
        } else {
            for (std::size_t i = 0; i < width; ++i) {
                const auto c = static_cast<unsigned char>(p[i]);
                if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) return i;
            }
            return width;
        }
    }
    static std::size_t first_backslash(const char* p) noexcept {
        for (std::size_t i = 0; i < width; ++i) {
            if (p[i] == '\\') return i;
        }
        return width;
    }
};
#endif

/// Bit i is set when p[i] is '"', '\\', '{', '}', '[' or ']', for i in [0, 64). Callers
/// guarantee 64 readable bytes at p.
inline std::uint64_t structural_mask64(const char* p) noexcept {
    // ('[' | 0x20) == '{' and (']' | 0x20) == '}': one compare finds both kinds of a bracket
#if defined(__AVX512BW__)
    const __m512i v = _mm512_loadu_si512(p);
    const __m512i folded = _mm512_or_si512(v, _mm512_set1_epi8(0x20));
    return _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8('"')) |
           _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8('\\')) |
           _mm512_cmpeq_epi8_mask(folded, _mm512_set1_epi8('{')) |
           _mm512_cmpeq_epi8_mask(folded, _mm512_set1_epi8('}'));
#elif defined(__AVX2__)
    auto half = [](const char* q) {
        const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(q));
        const __m256i folded = _mm256_or_si256(v, _mm256_set1_epi8(0x20));
        const __m256i hit =
            _mm256_or_si256(_mm256_or_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('"')),
                                            _mm256_cmpeq_epi8(v, _mm256_set1_epi8('\\'))),
                            _mm256_or_si256(_mm256_cmpeq_epi8(folded, _mm256_set1_epi8('{')),
                                            _mm256_cmpeq_epi8(folded, _mm256_set1_epi8('}'))));
        return static_cast<std::uint64_t>(static_cast<std::uint32_t>(_mm256_movemask_epi8(hit)));
    };
    return half(p) | (half(p + 32) << 32);
#elif defined(__SSE2__)
    auto quarter = [](const char* q) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q));
        const __m128i folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                                                      _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))),
                                         _mm_or_si128(_mm_cmpeq_epi8(folded, _mm_set1_epi8('{')),
                                                      _mm_cmpeq_epi8(folded, _mm_set1_epi8('}'))));
        return static_cast<std::uint64_t>(static_cast<std::uint32_t>(_mm_movemask_epi8(hit)));
    };
    return quarter(p) | (quarter(p + 16) << 16) | (quarter(p + 32) << 32) | (quarter(p + 48) << 48);
#else
    std::uint64_t mask = 0;
    for (unsigned i = 0; i < 64; ++i) {
        const char folded = static_cast<char>(p[i] | 0x20);
        if (p[i] == '"' || p[i] == '\\' || folded == '{' || folded == '}')
            mask |= std::uint64_t{1} << i;
    }
    return mask;
#endif
}

}  // namespace callmap::json::detail
