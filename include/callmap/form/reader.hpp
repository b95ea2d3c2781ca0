// application/x-www-form-urlencoded bodies (Twilio's status callbacks are one): form::reader
// yields a body's `key=value` pairs in order, each decoded (percent escapes, '+' as a space)
// without a copy when it has nothing to decode and into the arena otherwise, and validated as
// UTF-8. Every failure is a parse_error with the byte offset of the bad piece.
//
// The reading is the WHATWG URL standard's (application/x-www-form-urlencoded parsing), made
// strict where that standard repairs: an invalid percent escape, invalid UTF-8 after decoding
// and a raw control character are errors, not replaced. Empty pieces ("a=1&&b=2") carry nothing
// and are passed over; a piece without '=' is a key with an empty value. Whitespace at the very
// end of the body (a file's final newline) is ignored, as after a JSON document.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "callmap/arena.hpp"
#include "callmap/error.hpp"
#include "callmap/json/detail/top_level_keys.hpp"
#include "callmap/json/number.hpp"
#include "callmap/json/utf8.hpp"
#include "callmap/options.hpp"

namespace callmap::form {

/// One pair of a body, decoded; the offsets are of its raw text in the body.
struct pair {
    std::string_view key;
    std::string_view value;
    std::size_t key_offset = 0;
    std::size_t value_offset = 0;  ///< just past the '=' (or the end of the key, without one)
};

namespace detail {

inline int hex_digit(char c) noexcept {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/// A byte of a key as form encoders write it: what the WHATWG URL standard leaves unescaped, a
/// '+' (a space) or a '%' (an escape).
inline bool is_encoded_key_byte(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '*' ||
           c == '-' || c == '.' || c == '_' || c == '+' || c == '%';
}

/// Whether `payload` is the JSON literal `literal`, alone or followed by whitespace.
inline bool is_literal(std::string_view payload, std::string_view literal) noexcept {
    return payload.starts_with(literal) &&
           (payload.size() == literal.size() ||
            json::detail::is_json_whitespace(payload[literal.size()]));
}

}  // namespace detail

/// The pairs of a form body, one at a time: `while (r.next(p)) ...; if (r.failed()) ...`.
class reader {
public:
    reader(std::string_view body, arena& memory, const parse_options& options) noexcept
        : body_(body), memory_(&memory) {
        if (body.size() > options.max_input_bytes) {
            fail(error_code::input_too_large, 0, "form body larger than the configured limit");
            return;
        }
        std::size_t end = body.size();
        while (end > 0 && json::detail::is_json_whitespace(body[end - 1])) --end;
        end_ = end;
        if (end_ == 0) fail(error_code::empty_input, 0, "empty form body");
    }

    /// The next pair; false at the end of the body or on an error (failed() tells).
    bool next(pair& out) {
        while (!failed_ && at_ < end_) {
            std::size_t stop = body_.find('&', at_);
            if (stop == std::string_view::npos || stop > end_) stop = end_;
            const std::size_t start = at_;
            at_ = stop + 1;
            if (stop == start) continue;  // an empty piece: nothing in it
            const std::string_view piece = body_.substr(start, stop - start);
            const std::size_t equals = piece.find('=');
            const std::string_view raw_key = piece.substr(0, equals);
            const std::string_view raw_value =
                equals == std::string_view::npos ? std::string_view() : piece.substr(equals + 1);
            out.key_offset = start;
            out.value_offset = equals == std::string_view::npos ? stop : start + equals + 1;
            if (!decode(raw_key, out.key_offset, out.key) ||
                !decode(raw_value, out.value_offset, out.value))
                return false;
            return true;
        }
        return false;
    }

    bool failed() const noexcept { return failed_; }

    /// The error of a failed reader: what, at which byte (line 1: a body is one line); its path
    /// is the body's, "$" (read_form names the key, "$.CallDuration", when it knows it).
    parse_error make_error() const {
        parse_error e;
        e.code = code_;
        e.message = message_;
        e.offset = error_offset_;
        e.line = 1;
        e.column = error_offset_ + 1;
        e.path.push_back('$');  // (not = "$": a GCC 12 -O3 -Wrestrict false positive)
        return e;
    }

    /// Fails the reading at `offset`, e.g. for a value its destination refuses.
    bool fail(error_code code, std::size_t offset, std::string message) {
        if (failed_) return false;
        failed_ = true;
        code_ = code;
        error_offset_ = offset;
        message_ = std::move(message);
        return false;
    }

private:
    /// `raw` decoded into `out`: a view of the body when it has no '%' or '+', else a copy in
    /// the arena (never longer than `raw`). `offset`: where `raw` starts in the body.
    bool decode(std::string_view raw, std::size_t offset, std::string_view& out) {
        std::size_t first = 0;
        for (; first < raw.size(); ++first) {
            const char c = raw[first];
            if (c == '%' || c == '+') break;
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return control(offset + first);
        }
        if (first == raw.size()) {
            out = raw;
            return checked_utf8(raw, offset, raw);
        }
        char* decoded = static_cast<char*>(memory_->allocate(raw.size(), 1));
        if (decoded == nullptr)
            return fail(error_code::arena_limit_exceeded, offset,
                        "arena memory limit exceeded while decoding a form value");
        std::size_t n = first;
        raw.copy(decoded, first);
        for (std::size_t i = first; i < raw.size(); ++i) {
            const char c = raw[i];
            if (c == '+') {
                decoded[n++] = ' ';
            } else if (c == '%') {
                const bool two_more = i + 2 < raw.size();
                const int high = two_more ? detail::hex_digit(raw[i + 1]) : -1;
                const int low = two_more ? detail::hex_digit(raw[i + 2]) : -1;
                if (high < 0 || low < 0) {
                    return fail(error_code::invalid_escape, offset + i,
                                "invalid percent escape (expected '%' and two hex digits)");
                }
                decoded[n++] = static_cast<char>(high * 16 + low);
                i += 2;
            } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
                return control(offset + i);
            } else {
                decoded[n++] = c;
            }
        }
        out = std::string_view(decoded, n);
        return checked_utf8(out, offset, raw);
    }

    bool control(std::size_t offset) {
        return fail(error_code::unexpected_character, offset,
                    "control character in a form body (it must be percent-encoded)");
    }

    /// Whether `text` (decoded from `raw`, at `offset`) is UTF-8; the error is at the raw
    /// byte, or the escape, that begins the first invalid sequence.
    bool checked_utf8(std::string_view text, std::size_t offset, std::string_view raw) {
        if (json::is_valid_utf8(text)) return true;
        std::size_t valid = 0;  // decoded bytes before the invalid sequence
        const char* p = text.data();
        const char* end = p + text.size();
        while (p != end) {
            const std::size_t len = static_cast<unsigned char>(*p) < 0x80
                                        ? 1
                                        : json::detail::utf8_sequence_length(p, end);
            if (len == 0) break;
            p += len;
            valid += len;
        }
        std::size_t i = 0;  // the raw position of decoded byte `valid`
        for (std::size_t d = 0; d < valid && i < raw.size(); ++d)
            i += raw[i] == '%' ? std::size_t{3} : std::size_t{1};
        return fail(error_code::invalid_utf8, offset + i, "invalid UTF-8 in a form value");
    }

    std::string_view body_;
    arena* memory_;
    std::size_t end_ = 0;  // the body without its trailing whitespace
    std::size_t at_ = 0;
    bool failed_ = false;
    error_code code_ = error_code::ok;
    std::size_t error_offset_ = 0;
    std::string message_;
};

/// Whether `payload` reads as a form body rather than JSON: it starts with a key as form
/// encoders write one (letters, digits and `*-._+%`) and '=', and not as a JSON document does
/// (a digit, '-', or the literal true, false or null followed by whitespace or nothing); e.g.
/// "CallSid=CA12&CallStatus=completed".
inline bool looks_form_encoded(std::string_view payload) noexcept {
    std::size_t key = 0;
    while (key < payload.size() && detail::is_encoded_key_byte(payload[key])) ++key;
    if (key == 0 || key == payload.size() || payload[key] != '=') return false;
    switch (payload.front()) {
        case '-': return false;
        case 't': return !detail::is_literal(payload, "true");
        case 'f': return !detail::is_literal(payload, "false");
        case 'n': return !detail::is_literal(payload, "null");
        default: return !json::detail::is_digit(payload.front());
    }
}

}  // namespace callmap::form
