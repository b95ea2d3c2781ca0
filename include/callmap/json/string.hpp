// JSON strings: a validating scan (escapes, surrogate pairs, control characters, UTF-8) that
// finds the closing quote, and the decoders for strings that contain escapes.
// A string without escapes is used in place; only escaped strings are decoded (into the arena):
// from the first escape on, scan_decode_string validates and decodes in one pass, into memory
// whose size is not known in advance (the unused end of an arena block); decode_string decodes
// a body that scan_string has already accepted.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

#include "callmap/error.hpp"
#include "callmap/json/detail/block_scan.hpp"
#include "callmap/json/utf8.hpp"

namespace callmap::json::detail {

struct string_scan {
    const char* close = nullptr;   ///< the closing quote (when error == ok and escape is null)
    const char* escape = nullptr;  ///< the first backslash, when the scan was asked to stop there
    error_code error = error_code::ok;
    const char* error_at = nullptr;
    bool has_escapes = false;
};

/// What a scan does at a backslash: validate the escape and go on, or stop there.
enum class at_escape {
    validate,
    stop
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

/// Scans a string body; p points just past the opening quote. With at_escape::stop, a valid
/// body up to its first backslash ends the scan there (`escape`; `close` stays null).
template <at_escape Escapes = at_escape::validate>
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
            if constexpr (Escapes == at_escape::stop) {
                out.escape = p;
                return out;
            }
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
template <at_escape Escapes = at_escape::validate>
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
    return scan_string<Escapes>(p, end);
}

/// Decodes the escape sequence at p (*p == '\\'), which scan_escape accepted, into out
/// (at most 4 bytes). Returns the bytes read; `written` receives the bytes written.
[[gnu::always_inline]] inline std::size_t decode_escape(const char* p, char* out,
                                                        std::size_t& written) noexcept {
    written = 1;
    switch (p[1]) {
        case 'b': *out = '\b'; return 2;
        case 'f': *out = '\f'; return 2;
        case 'n': *out = '\n'; return 2;
        case 'r': *out = '\r'; return 2;
        case 't': *out = '\t'; return 2;
        case 'u': break;
        default: *out = p[1]; return 2;  // '"', '\\', '/'
    }
    auto cp = static_cast<std::uint32_t>(hex4(p + 2));
    std::size_t read = 6;
    if (cp >= 0xD800 && cp <= 0xDBFF) {
        const auto low = static_cast<std::uint32_t>(hex4(p + 8));
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        read = 12;
    }
    written = encode_utf8(cp, out);
    return read;
}

/// What scan_decode_string did. With error == ok: either the body ended (`done`; `in` is its
/// closing quote) or the output ran short of room (`in` is where the body goes on, at a
/// character or an escape, and nothing from there on has been checked).
struct string_decode {
    const char* in = nullptr;
    char* out = nullptr;  ///< one past the last byte written
    bool done = false;
    error_code error = error_code::ok;
    const char* error_at = nullptr;
};

/// Validates and decodes a string body from p (at a character or an escape) into [out,
/// out_end) in one pass: a block is copied whole, then the pointers move to its first special
/// byte. Errors are the ones scan_string reports, at the same bytes. Stops without an error
/// while fewer than block_scan::width + 4 bytes of room or block_scan::width bytes of input
/// are left: the caller finishes with scan_string and decode_string.
inline string_decode scan_decode_string(const char* p, const char* end, char* out,
                                        char* out_end) noexcept {
    constexpr std::size_t width = block_scan::width;
    string_decode d;
    while (static_cast<std::size_t>(end - p) >= width &&
           static_cast<std::size_t>(out_end - out) >= width + 4) {
        std::memcpy(out, p, width);
        const std::size_t i = block_scan::first_special(p);
        p += i;
        out += i;
        if (i == width) continue;
        const auto c = static_cast<unsigned char>(*p);
        if (c == '"') {
            d.done = true;
            break;
        }
        std::size_t n = 0;
        if (c == '\\') {
            n = scan_escape(p, end, d.error);
            if (n == 0) {
                d.error_at = d.error == error_code::unexpected_end ? end : p;
                break;
            }
            std::size_t written = 0;
            decode_escape(p, out, written);
            out += written;
        } else if (c < 0x20) {
            d.error = error_code::control_character_in_string;
            d.error_at = p;
            break;
        } else {
            n = utf8_sequence_length(p, end);
            if (n == 0) {
                d.error = error_code::invalid_utf8;
                d.error_at = p;
                break;
            }
            for (std::size_t k = 0; k < n; ++k) out[k] = p[k];
            out += n;
        }
        p += n;
    }
    d.in = p;
    d.out = out;
    return d;
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
        std::size_t written = 0;
        p += decode_escape(p, out, written);
        out += written;
    }
    return static_cast<std::size_t>(out - start);
}

}  // namespace callmap::json::detail
