// JSON strings: a validating scan (escapes, surrogate pairs, control characters, UTF-8) that
// finds the closing quote, and the decoder for strings that contain escapes.
// A string without escapes is used in place; only escaped strings are decoded (into the arena).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

#include "callmap/error.hpp"
#include "callmap/json/detail/block_scan.hpp"
#include "callmap/json/utf8.hpp"

namespace callmap::json::detail {

struct string_scan {
    const char* close = nullptr;  ///< the closing quote (valid when error == ok)
    error_code error = error_code::ok;
    const char* error_at = nullptr;
    bool has_escapes = false;
};

inline int hex_value(char c) noexcept {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/// The 4 hex digits at p as a code unit, or -1.
inline std::int32_t hex4(const char* p) noexcept {
    const int a = hex_value(p[0]), b = hex_value(p[1]), c = hex_value(p[2]), d = hex_value(p[3]);
    if ((a | b | c | d) < 0) return -1;
    return (a << 12) | (b << 8) | (c << 4) | d;
}

/// The 4 hex digits of a \u escape at p as a code unit, or -1 with `error` set. A non-hex
/// digit is reported as such even when the input ends before the fourth digit.
inline std::int32_t scan_hex4(const char* p, const char* end, error_code& error) noexcept {
    for (std::ptrdiff_t i = 0; i < 4; ++i) {
        if (i == end - p) {
            error = error_code::unexpected_end;
            return -1;
        }
        if (hex_value(p[i]) < 0) {
            error = error_code::invalid_unicode_escape;
            return -1;
        }
    }
    return hex4(p);
}

/// Validates the escape sequence at p (*p == '\\'); returns its length or 0 with `error` set.
inline std::size_t scan_escape(const char* p, const char* end, error_code& error) noexcept {
    if (end - p < 2) {
        error = error_code::unexpected_end;
        return 0;
    }
    switch (p[1]) {
        case '"':
        case '\\':
        case '/':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't': return 2;
        case 'u': break;
        default: error = error_code::invalid_escape; return 0;
    }
    const std::int32_t unit = scan_hex4(p + 2, end, error);
    if (unit < 0) return 0;
    if (unit >= 0xDC00 && unit <= 0xDFFF) {
        error = error_code::lone_surrogate;
        return 0;
    }
    if (unit < 0xD800 || unit > 0xDBFF) return 6;
    // a high surrogate must be followed by an escaped low surrogate
    if ((end - p > 6 && p[6] != '\\') || (end - p > 7 && p[7] != 'u')) {
        error = error_code::lone_surrogate;
        return 0;
    }
    if (end - p < 8) {
        error = error_code::unexpected_end;
        return 0;
    }
    const std::int32_t low = scan_hex4(p + 8, end, error);
    if (low < 0) return 0;
    if (low < 0xDC00 || low > 0xDFFF) {
        error = error_code::lone_surrogate;
        return 0;
    }
    return 12;
}

/// Scans a string body; p points just past the opening quote.
inline string_scan scan_string(const char* p, const char* end) noexcept {
    string_scan out;
    for (;;) {
        // fast path: whole blocks of plain ASCII
        while (static_cast<std::size_t>(end - p) >= block_scan::width) {
            const std::size_t i = block_scan::first_special(p);
            p += i;
            if (i != block_scan::width) break;
        }
        if (p == end) break;
        const auto c = static_cast<unsigned char>(*p);
        if (c == '"') {
            out.close = p;
            return out;
        }
        if (c == '\\') {
            out.has_escapes = true;
            const std::size_t n = scan_escape(p, end, out.error);
            if (n == 0) {
                out.error_at = out.error == error_code::unexpected_end ? end : p;
                return out;
            }
            p += n;
        } else if (c < 0x20) {
            out.error = error_code::control_character_in_string;
            out.error_at = p;
            return out;
        } else if (c >= 0x80) {
            const std::size_t n = utf8_sequence_length(p, end);
            if (n == 0) {
                out.error = error_code::invalid_utf8;
                out.error_at = p;
                return out;
            }
            p += n;
        } else {
            ++p;  // plain ASCII in the tail shorter than a block
        }
    }
    out.error = error_code::unexpected_end;
    out.error_at = end;
    return out;
}

/// scan_string with its most common case inline: the closing quote is the first special byte
/// of the first block (a short string of plain ASCII, such as a key or a word).
[[gnu::always_inline]] inline string_scan scan_string_inline(const char* p,
                                                             const char* end) noexcept {
    if (static_cast<std::size_t>(end - p) >= block_scan::width) {
        const std::size_t i = block_scan::first_special(p);
        if (i != block_scan::width && p[i] == '"') {
            string_scan out;
            out.close = p + i;
            return out;
        }
    }
    return scan_string(p, end);
}

/// Decodes a string body that scan_string accepted; `out` has room for (end - p) bytes.
/// Returns the decoded length (never more than the encoded length). Runs without escapes are
/// copied a block at a time: a block is only copied whole while the body has that many bytes
/// left, and the output never holds more than the input consumed, so it stays in bounds.
inline std::size_t decode_string(const char* p, const char* end, char* out) noexcept {
    char* const start = out;
    while (p != end) {
        if (static_cast<std::size_t>(end - p) >= block_scan::width) {
            std::memcpy(out, p, block_scan::width);
            const std::size_t i = block_scan::first_backslash(p);
            p += i;
            out += i;
            if (i == block_scan::width) continue;
        } else if (*p != '\\') {
            *out++ = *p++;
            continue;
        }
        const char kind = p[1];
        p += 2;
        switch (kind) {
            case 'b': *out++ = '\b'; break;
            case 'f': *out++ = '\f'; break;
            case 'n': *out++ = '\n'; break;
            case 'r': *out++ = '\r'; break;
            case 't': *out++ = '\t'; break;
            case 'u': {
                auto cp = static_cast<std::uint32_t>(hex4(p));
                p += 4;
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    const auto low = static_cast<std::uint32_t>(hex4(p + 2));
                    p += 6;
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                }
                out += encode_utf8(cp, out);
                break;
            }
            default: *out++ = kind; break;  // '"', '\\', '/'
        }
    }
    return static_cast<std::size_t>(out - start);
}

}  // namespace callmap::json::detail
