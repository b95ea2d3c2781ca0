// UTF-8 validation (Unicode 15, table 3-7: no overlongs, no surrogates, nothing above
// U+10FFFF, no truncated sequences) and encoding of code points.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace callmap::json {

namespace detail {

/// Length (2..4) of the valid multi-byte sequence starting at p, or 0 if it is invalid or
/// truncated by `end`. *p must be >= 0x80.
inline std::size_t utf8_sequence_length(const char* p, const char* end) noexcept {
    const auto available = static_cast<std::size_t>(end - p);
    const auto b0 = static_cast<unsigned char>(p[0]);
    auto at = [p](std::size_t i) {
        return static_cast<unsigned char>(p[i]);
    };
    auto cont = [&](std::size_t i) {
        return (at(i) & 0xC0u) == 0x80u;
    };
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        return available >= 2 && cont(1) ? 2 : 0;
    }
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        if (available < 3) return 0;
        const unsigned char b1 = at(1);
        const unsigned char lo = b0 == 0xE0 ? 0xA0 : 0x80;  // E0: no overlongs
        const unsigned char hi = b0 == 0xED ? 0x9F : 0xBF;  // ED: no surrogates
        return (b1 >= lo && b1 <= hi && cont(2)) ? 3 : 0;
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
        if (available < 4) return 0;
        const unsigned char b1 = at(1);
        const unsigned char lo = b0 == 0xF0 ? 0x90 : 0x80;  // F0: no overlongs
        const unsigned char hi = b0 == 0xF4 ? 0x8F : 0xBF;  // F4: nothing above U+10FFFF
        return (b1 >= lo && b1 <= hi && cont(2) && cont(3)) ? 4 : 0;
    }
    return 0;  // continuation byte, C0/C1 overlong lead, or F5..FF
}

/// Writes the UTF-8 form of a Unicode scalar value (not a surrogate); returns its length.
inline std::size_t encode_utf8(std::uint32_t cp, char* out) noexcept {
    if (cp < 0x80) {
        out[0] = static_cast<char>(cp);
        return 1;
    }
    if (cp < 0x800) {
        out[0] = static_cast<char>(0xC0 | (cp >> 6));
        out[1] = static_cast<char>(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = static_cast<char>(0xE0 | (cp >> 12));
        out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out[2] = static_cast<char>(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = static_cast<char>(0xF0 | (cp >> 18));
    out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[3] = static_cast<char>(0x80 | (cp & 0x3F));
    return 4;
}

}  // namespace detail

/// True when `text` is entirely valid UTF-8.
inline bool is_valid_utf8(std::string_view text) noexcept {
    const char* p = text.data();
    const char* end = p + text.size();
    while (p != end) {
        if (static_cast<unsigned char>(*p) < 0x80) {
            ++p;
            continue;
        }
        const std::size_t n = detail::utf8_sequence_length(p, end);
        if (n == 0) return false;
        p += n;
    }
    return true;
}

}  // namespace callmap::json
