// callmap::json::reader — the strict, zero-copy JSON cursor that every parser (generated or
// reflective) is written against. It never throws, never reads outside the input, and records
// the first error (code, position, detail); the full parse_error with line, column and JSON
// path is built from that only when the caller asks (make_error).
//
// Conventions: every read_* / *_start call skips the whitespace before its token and consumes
// exactly that token; object_next / array_next consume the ',' or the closing bracket.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "callmap/arena.hpp"
#include "callmap/error.hpp"
#include "callmap/json/detail/load_word.hpp"
#include "callmap/json/error_location.hpp"
#include "callmap/json/number.hpp"
#include "callmap/json/string.hpp"
#include "callmap/options.hpp"

namespace callmap::json {

/// The bytes `,"key":` that separate a member from the one before it when nothing else (no
/// whitespace) stands between, as two masked little-endian 8-byte words built at compile time.
/// `size` is 0 when they do not fit in 16 bytes (keys over 12 bytes) or on big-endian targets.
struct member_literal {
    std::uint64_t words[2] = {0, 0};
    std::uint64_t masks[2] = {0, 0};
    std::size_t size = 0;
};

constexpr member_literal make_member_literal(std::string_view key) noexcept {
    member_literal lit;
    if (std::endian::native != std::endian::little || key.size() + 4 > 16) return lit;
    const auto put = [&lit](std::size_t i, char c) {
        const unsigned shift = 8u * static_cast<unsigned>(i % 8);
        lit.words[i / 8] |= std::uint64_t{static_cast<unsigned char>(c)} << shift;
        lit.masks[i / 8] |= std::uint64_t{0xFF} << shift;
    };
    put(0, ',');
    put(1, '"');
    for (std::size_t i = 0; i < key.size(); ++i) put(i + 2, key[i]);
    put(key.size() + 2, '"');
    put(key.size() + 3, ':');
    lit.size = key.size() + 4;
    return lit;
}

class reader {
public:
    reader(std::string_view input, arena& memory, const parse_options& options = {}) noexcept
        : begin_(input.data()), p_(input.data()), end_(input.data() + input.size()),
          arena_(&memory), options_(options) {}

    reader(const reader&) = delete;
    reader& operator=(const reader&) = delete;

    // --- state ---------------------------------------------------------------------------------
    const char* position() const noexcept { return p_; }
    std::size_t offset() const noexcept { return static_cast<std::size_t>(p_ - begin_); }
    std::string_view input() const noexcept {
        return {begin_, static_cast<std::size_t>(end_ - begin_)};
    }
    arena& memory() noexcept { return *arena_; }
    const parse_options& options() const noexcept { return options_; }
    std::uint32_t depth() const noexcept { return depth_; }

    // --- errors --------------------------------------------------------------------------------
    /// Records an error at `at` (the first one wins) and returns false.
    bool fail(error_code code, const char* at, std::string_view detail = {}) noexcept {
        if (error_ == error_code::ok) {
            error_ = code;
            error_at_ = at;
            detail_ = detail;
        }
        return false;
    }
    /// A value of the wrong JSON type at the cursor; `expected` is e.g. "string". A value that
    /// is not well-formed JSON (a scalar, or an array or object with anything invalid inside)
    /// fails with validate()'s syntax error instead (a type mismatch is only reported for a
    /// value that is valid JSON), so one payload gets the same error whether or not its
    /// provider is named. Error path only.
    [[gnu::cold, gnu::noinline]] bool fail_type(std::string_view expected) noexcept {
        skip_ws();
        if (p_ == end_) return fail(error_code::unexpected_end, p_);
        const char* start = p_;
        const std::uint32_t depth = depth_;
        // a container is validated whole (a sample with `[Object]` in it is not JSON)
        if (!(*p_ != '{' && *p_ != '[' ? skip_scalar() : skip_value())) return false;
        p_ = start;
        depth_ = depth;
        return fail(error_code::type_mismatch, p_, expected);
    }
    bool failed() const noexcept { return error_ != error_code::ok; }
    /// Forgets the error and puts the cursor back at `at`, a position this reader has passed
    /// at nesting `depth`: to skip a value that failed to read as a type (make_error() first).
    void rewind(const char* at, std::uint32_t depth) noexcept {
        error_ = error_code::ok;
        error_at_ = nullptr;
        detail_ = {};
        p_ = at;
        depth_ = depth;
    }
    error_code error() const noexcept { return error_; }
    std::size_t error_offset() const noexcept {
        return static_cast<std::size_t>(error_at_ - begin_);
    }

    /// The full error: message, byte offset, line, column and JSON path. Error path only.
    parse_error make_error() const {
        parse_error e;
        e.code = error_;
        e.offset = error_offset();
        e.message = message();
        source_location loc = locate(input(), e.offset);
        e.line = loc.line;
        e.column = loc.column;
        e.path = std::move(loc.path);
        return e;
    }

    // --- document ------------------------------------------------------------------------------
    /// Checks the size limit, refuses an empty input and a byte order mark.
    bool document_start() noexcept {
        if (static_cast<std::size_t>(end_ - begin_) > options_.max_input_bytes) {
            return fail(error_code::input_too_large, begin_);
        }
        if (end_ - p_ >= 3 && std::memcmp(p_, "\xEF\xBB\xBF", 3) == 0) {
            return fail(error_code::byte_order_mark, p_);
        }
        skip_ws();
        if (p_ == end_) return fail(error_code::empty_input, p_);
        return true;
    }
    /// Only whitespace may follow the value.
    bool document_end() noexcept {
        skip_ws();
        if (p_ != end_) return fail(error_code::trailing_content, p_);
        return true;
    }

    // --- tokens --------------------------------------------------------------------------------
    void skip_ws() noexcept {
        while (p_ != end_ && is_ws(*p_)) ++p_;
    }
    /// The next significant byte, or '\0' at the end (a NUL byte is never valid JSON).
    char peek() noexcept {
        skip_ws();
        return p_ == end_ ? '\0' : *p_;
    }
    /// Consumes `null` if it is next; false (consuming nothing) otherwise.
    bool try_null() noexcept {
        if (peek() != 'n') return false;
        if (end_ - p_ >= 4 && std::memcmp(p_, "null", 4) == 0) {
            p_ += 4;
            return true;
        }
        return false;
    }

    // --- objects and arrays --------------------------------------------------------------------
    /// Consumes '{'; `has_member` tells whether a key follows (an empty object is consumed whole).
    bool object_start(bool& has_member) noexcept {
        if (peek() != '{') return fail_type("object");
        if (++depth_ > options_.max_depth) return fail(error_code::depth_limit_exceeded, p_);
        ++p_;
        skip_ws();
        if (p_ != end_ && *p_ == '}') {
            ++p_;
            --depth_;
            has_member = false;
        } else {
            has_member = true;
        }
        return true;
    }
    /// Consumes `"<expected>" :` if that exact key is next, unescaped (no scan needed: the
    /// literal is plain ASCII); false (consuming only whitespace) otherwise.
    [[gnu::always_inline]] bool try_key(std::string_view expected) noexcept {
        skip_ws();
        const std::size_t n = expected.size();
        if (static_cast<std::size_t>(end_ - p_) < n + 3 || p_[0] != '"' || p_[n + 1] != '"' ||
            !same_bytes(p_ + 1, expected.data(), n))
            return false;
        key_at_ = p_;
        p_ += n + 2;
        skip_ws();
        if (p_ == end_ || *p_ != ':') {
            p_ = key_at_;
            return false;
        }
        ++p_;
        return true;
    }
    /// Consumes `,"key":` when exactly those bytes are next (the common compact layout): one
    /// masked compare instead of object_next + try_key. False (consuming nothing) otherwise.
    [[gnu::always_inline]] bool try_member_literal(const member_literal& lit) noexcept {
        if (lit.size == 0 || end_ - p_ < 16) return false;
        if ((((detail::load_word<std::uint64_t>(p_) ^ lit.words[0]) & lit.masks[0]) |
             ((detail::load_word<std::uint64_t>(p_ + 8) ^ lit.words[1]) & lit.masks[1])) != 0)
            return false;
        key_at_ = p_ + 1;
        p_ += lit.size;
        return true;
    }
    /// Reads `"key" :`; the key is decoded (escaped keys land in the arena).
    bool object_key(std::string_view& key) noexcept {
        skip_ws();
        if (p_ == end_) return fail(error_code::unexpected_end, p_);
        if (*p_ != '"') return fail(error_code::expected_key, p_);
        key_at_ = p_;
        if (!read_string_token(key)) return false;
        skip_ws();
        if (p_ == end_) return fail(error_code::unexpected_end, p_);
        if (*p_ != ':') return fail(error_code::expected_colon, p_);
        ++p_;
        return true;
    }
    /// Where the last key read by object_key starts (for duplicate / unknown key errors).
    const char* key_position() const noexcept { return key_at_; }
    /// Consumes ',' (more = true) or '}' (more = false).
    [[gnu::always_inline]] bool object_next(bool& more) noexcept {
        skip_ws();
        if (p_ == end_) return fail(error_code::unexpected_end, p_);
        if (*p_ == ',') {
            ++p_;
            more = true;
            return true;
        }
        if (*p_ == '}') {
            ++p_;
            --depth_;
            more = false;
            return true;
        }
        return fail(error_code::expected_comma_or_object_end, p_);
    }
    bool array_start(bool& has_element) noexcept {
        if (peek() != '[') return fail_type("array");
        if (++depth_ > options_.max_depth) return fail(error_code::depth_limit_exceeded, p_);
        ++p_;
        skip_ws();
        if (p_ != end_ && *p_ == ']') {
            ++p_;
            --depth_;
            has_element = false;
        } else {
            has_element = true;
        }
        return true;
    }
    [[gnu::always_inline]] bool array_next(bool& more) noexcept {
        skip_ws();
        if (p_ == end_) return fail(error_code::unexpected_end, p_);
        if (*p_ == ',') {
            ++p_;
            more = true;
            return true;
        }
        if (*p_ == ']') {
            ++p_;
            --depth_;
            more = false;
            return true;
        }
        return fail(error_code::expected_comma_or_array_end, p_);
    }

    // --- scalars -------------------------------------------------------------------------------
    /// A string: a view into the input, or (when it has escapes) its decoded copy in the arena.
    bool read_string(std::string_view& out) noexcept {
        if (peek() != '"') return fail_type("string");
        return read_string_token(out);
    }
    /// A string's raw text between the quotes, escapes untouched (validated all the same).
    bool read_raw_string(std::string_view& out, bool& has_escapes) noexcept {
        if (peek() != '"') return fail_type("string");
        const detail::string_scan s = detail::scan_string_inline(p_ + 1, end_);
        if (s.error != error_code::ok) return fail(s.error, s.error_at);
        out = {p_ + 1, static_cast<std::size_t>(s.close - p_ - 1)};
        has_escapes = s.has_escapes;
        p_ = s.close + 1;
        return true;
    }
    bool read_bool(bool& out) noexcept {
        const char c = peek();
        if (c == 't' && end_ - p_ >= 4 && std::memcmp(p_, "true", 4) == 0) {
            p_ += 4;
            out = true;
            return true;
        }
        if (c == 'f' && end_ - p_ >= 5 && std::memcmp(p_, "false", 5) == 0) {
            p_ += 5;
            out = false;
            return true;
        }
        if (c == 't' || c == 'f') return fail(error_code::invalid_literal, p_);
        return fail_type("boolean");
    }
    bool read_null() noexcept {
        if (try_null()) return true;
        if (peek() == 'n') return fail(error_code::invalid_literal, p_);
        return fail_type("null");
    }
    template <class Int>
    [[gnu::always_inline]] bool read_integer(Int& out) noexcept {
        const char c = peek();
        if (c != '-' && !detail::is_digit(c)) return fail_type("integer");
        if constexpr (std::is_signed_v<Int> && sizeof(Int) == 8) {  // long or long long
            std::int64_t value = 0;
            const char* after = nullptr;
            if (detail::read_short_int64(p_, end_, integer_digits_, value, after)) {
                out = static_cast<Int>(value);
                p_ = after;
                return true;
            }
        }
        const detail::number_scan s = detail::scan_number(p_, end_, &integer_digits_);
        if (s.error != error_code::ok) return fail(s.error, s.error_at);
        if constexpr (std::is_signed_v<Int> && sizeof(Int) == 8) {  // digits scanned once
            if (s.is_integer && s.mantissa_exact && s.exponent == 0 &&
                s.mantissa <= static_cast<std::uint64_t>(INT64_MAX)) {
                out = s.negative ? -static_cast<Int>(s.mantissa) : static_cast<Int>(s.mantissa);
                p_ = s.end;
                return true;
            }
        }
        const error_code e = detail::to_integer(p_, s, out);
        if (e == error_code::type_mismatch) return fail(e, p_, "integer");
        if (e != error_code::ok) return fail(e, p_);
        p_ = s.end;
        return true;
    }
    [[gnu::always_inline]] bool read_double(double& out) noexcept {
        const char c = peek();
        if (c != '-' && !detail::is_digit(c)) return fail_type("number");
        const detail::number_scan s = detail::scan_number(p_, end_);
        if (s.error != error_code::ok) return fail(s.error, s.error_at);
        if (!detail::to_double(p_, s, out)) return fail(error_code::number_out_of_range, p_);
        p_ = s.end;
        return true;
    }
    /// A JSON number as exact integer micros (money): 0.0594 -> 59400.
    bool read_micros(std::int64_t& out) noexcept {
        const char c = peek();
        if (c != '-' && !detail::is_digit(c)) return fail_type("number");
        const detail::number_scan s = detail::scan_number(p_, end_);
        if (s.error != error_code::ok) return fail(s.error, s.error_at);
        const std::string_view text(p_, static_cast<std::size_t>(s.end - p_));
        if (parse_decimal_micros(text, out) != error_code::ok) {
            return fail(error_code::number_out_of_range, p_);
        }
        p_ = s.end;
        return true;
    }
    /// The number's text, validated but not converted.
    bool read_number_text(std::string_view& out) noexcept {
        const char c = peek();
        if (c != '-' && !detail::is_digit(c)) return fail_type("number");
        const detail::number_scan s = detail::scan_number(p_, end_);
        if (s.error != error_code::ok) return fail(s.error, s.error_at);
        out = {p_, static_cast<std::size_t>(s.end - p_)};
        p_ = s.end;
        return true;
    }

    // --- whole values --------------------------------------------------------------------------
    /// Skips one value, validating all of it (grammar, strings, numbers, bracket kinds,
    /// depth). Iterative: hostile nesting cannot exhaust the stack.
    bool skip_value() noexcept;

    /// Skips one value and returns its exact text (the unparsed JSON).
    bool read_raw_value(std::string_view& out) noexcept {
        skip_ws();
        const char* start = p_;
        if (!skip_value()) return false;
        out = {start, static_cast<std::size_t>(p_ - start)};
        return true;
    }

private:
    /// memcmp(a, b, n) == 0 without a call for keys up to 16 bytes: two overlapping loads of
    /// each side, never a byte outside [a, a + n) or [b, b + n).
    [[gnu::always_inline]] static bool same_bytes(const char* a, const char* b,
                                                  std::size_t n) noexcept {
        if (n >= 8) {
            if (n > 16) return std::memcmp(a, b, n) == 0;
            return ((detail::load_word<std::uint64_t>(a) ^ detail::load_word<std::uint64_t>(b)) |
                    (detail::load_word<std::uint64_t>(a + n - 8) ^
                     detail::load_word<std::uint64_t>(b + n - 8))) == 0;
        }
        if (n >= 4) {
            return ((detail::load_word<std::uint32_t>(a) ^ detail::load_word<std::uint32_t>(b)) |
                    (detail::load_word<std::uint32_t>(a + n - 4) ^
                     detail::load_word<std::uint32_t>(b + n - 4))) == 0;
        }
        return n == 0 || (a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1]);
    }

    static bool is_ws(char c) noexcept { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

    bool read_string_token(std::string_view& out) noexcept {
        const detail::string_scan s =
            detail::scan_string_inline<detail::at_escape::stop>(p_ + 1, end_);
        if (s.error != error_code::ok) return fail(s.error, s.error_at);
        if (s.escape != nullptr) return read_escaped_string(s.escape, out);
        out = {p_ + 1, static_cast<std::size_t>(s.close - p_ - 1)};
        p_ = s.close + 1;
        return true;
    }

    /// The rest of read_string_token for a string with escapes, from its first backslash: the
    /// plain part is copied and the rest decoded while it is scanned, into the unused end of
    /// the arena's block. If that is too short, the rest is scanned first and decoded into an
    /// allocation of its encoded size.
    [[gnu::noinline]] bool read_escaped_string(const char* escape, std::string_view& out) noexcept {
        const char* const body = p_ + 1;
        const auto plain = static_cast<std::size_t>(escape - body);
        const std::span<char> tail = arena_->unused_tail();
        const char* from = body;       // where decoding goes on
        const char* checked = escape;  // where validation goes on
        std::size_t decoded = 0;       // bytes already decoded into the tail
        if (tail.size() >= plain + detail::block_scan::width + 4) {
            std::memcpy(tail.data(), body, plain);
            const detail::string_decode d = detail::scan_decode_string(
                escape, end_, tail.data() + plain, tail.data() + tail.size());
            if (d.error != error_code::ok) return fail(d.error, d.error_at);
            decoded = static_cast<std::size_t>(d.out - tail.data());
            if (d.done) {
                arena_->claim_tail(decoded);
                out = {tail.data(), decoded};
                p_ = d.in + 1;
                return true;
            }
            from = checked = d.in;
        }
        // out of room: check the rest, then decode it after what is decoded already
        const detail::string_scan s = detail::scan_string(checked, end_);
        if (s.error != error_code::ok) return fail(s.error, s.error_at);
        const auto rest = static_cast<std::size_t>(s.close - from);
        auto* dst = static_cast<char*>(arena_->allocate(decoded + rest, 1));
        if (dst == nullptr) return fail(error_code::arena_limit_exceeded, p_);
        // the same bytes when the allocation fits in the block; an older block is never freed
        if (decoded != 0) std::memmove(dst, tail.data(), decoded);
        out = {dst, decoded + detail::decode_string(from, s.close, dst + decoded)};
        p_ = s.close + 1;
        return true;
    }

    bool skip_scalar() noexcept;
    bool skip_literal(const char* word, std::size_t size) noexcept {
        if (end_ - p_ >= static_cast<std::ptrdiff_t>(size) && std::memcmp(p_, word, size) == 0) {
            p_ += size;
            return true;
        }
        return fail(error_code::invalid_literal, p_);
    }

    std::string message() const {
        const std::string_view what = describe(error_);
        if (error_ == error_code::type_mismatch) {
            std::string m = "expected ";
            m += detail_;
            m += ", found ";
            m += found_at(error_at_);
            return m;
        }
        std::string m(what);
        if (!detail_.empty()) {
            m += " '";
            m += detail_;
            m += '\'';
        }
        return m;
    }
    std::string_view found_at(const char* at) const noexcept {
        if (at >= end_) return "end of input";
        switch (*at) {
            case '"': return "string";
            case '{': return "object";
            case '[': return "array";
            case 't':
            case 'f': return "boolean";
            case 'n': return "null";
            default: return (*at == '-' || detail::is_digit(*at)) ? "number" : "invalid character";
        }
    }

    const char* begin_;
    const char* p_;
    const char* end_;
    arena* arena_;
    parse_options options_;  // a copy: the argument may be a temporary (it defaults to one)
    std::uint32_t depth_ = 0;
    error_code error_ = error_code::ok;
    const char* error_at_ = nullptr;
    const char* key_at_ = nullptr;
    std::string_view detail_;
    detail::digit_count_guess integer_digits_;  // the length of the last integer read
};

inline bool reader::skip_scalar() noexcept {
    switch (*p_) {
        case '"': {
            const detail::string_scan s = detail::scan_string_inline(p_ + 1, end_);
            if (s.error != error_code::ok) return fail(s.error, s.error_at);
            p_ = s.close + 1;
            return true;
        }
        case 't': return skip_literal("true", 4);
        case 'f': return skip_literal("false", 5);
        case 'n': return skip_literal("null", 4);
        default: {
            if (*p_ != '-' && !detail::is_digit(*p_)) return fail(error_code::expected_value, p_);
            const detail::number_scan s = detail::scan_number(p_, end_);
            if (s.error != error_code::ok) return fail(s.error, s.error_at);
            p_ = s.end;
            return true;
        }
    }
}

inline bool reader::skip_value() noexcept {
    // One bit per open container (1 = object), kept inline up to 1024 levels.
    std::array<std::uint64_t, 16> inline_bits{};
    std::vector<std::uint64_t> heap_bits;  // only when max_depth allows more than 1024 levels
    std::uint64_t* bits = inline_bits.data();
    const std::uint32_t base = depth_;
    auto push = [&](bool is_object) -> bool {
        if (depth_ + 1 > options_.max_depth) return fail(error_code::depth_limit_exceeded, p_);
        const std::uint32_t level = depth_ - base;
        if (bits != nullptr && level == inline_bits.size() * 64) {  // only the first crossing
            heap_bits.assign(inline_bits.begin(), inline_bits.end());
            bits = nullptr;
        }
        if (bits == nullptr) {
            if (level / 64 >= heap_bits.size()) heap_bits.push_back(0);
            std::uint64_t& word = heap_bits[level / 64];
            word = is_object ? (word | (std::uint64_t{1} << (level % 64)))
                             : (word & ~(std::uint64_t{1} << (level % 64)));
        } else {
            std::uint64_t& word = bits[level / 64];
            word = is_object ? (word | (std::uint64_t{1} << (level % 64)))
                             : (word & ~(std::uint64_t{1} << (level % 64)));
        }
        ++depth_;
        ++p_;
        return true;
    };
    auto top_is_object = [&]() -> bool {
        const std::uint32_t level = depth_ - base - 1;
        const std::uint64_t word = bits != nullptr ? bits[level / 64] : heap_bits[level / 64];
        return ((word >> (level % 64)) & 1u) != 0;
    };
    // reads `"key" :` inside an object being skipped
    auto member_key = [&]() -> bool {
        skip_ws();
        if (p_ == end_) return fail(error_code::unexpected_end, p_);
        if (*p_ != '"') return fail(error_code::expected_key, p_);
        const detail::string_scan s = detail::scan_string_inline(p_ + 1, end_);
        if (s.error != error_code::ok) return fail(s.error, s.error_at);
        p_ = s.close + 1;
        skip_ws();
        if (p_ == end_) return fail(error_code::unexpected_end, p_);
        if (*p_ != ':') return fail(error_code::expected_colon, p_);
        ++p_;
        return true;
    };

    for (;;) {
        // a value is expected here
        skip_ws();
        if (p_ == end_) return fail(error_code::unexpected_end, p_);
        if (*p_ == '{' || *p_ == '[') {
            const bool is_object = *p_ == '{';
            if (!push(is_object)) return false;
            skip_ws();
            if (p_ != end_ && *p_ == (is_object ? '}' : ']')) {
                ++p_;
                --depth_;  // empty container: a complete value
            } else {
                if (is_object && !member_key()) return false;
                continue;
            }
        } else if (!skip_scalar()) {
            return false;
        }
        // a value is complete: close containers until one continues
        for (;;) {
            if (depth_ == base) return true;
            skip_ws();
            if (p_ == end_) return fail(error_code::unexpected_end, p_);
            const bool is_object = top_is_object();
            if (*p_ == ',') {
                ++p_;
                if (is_object && !member_key()) return false;
                break;
            }
            if (*p_ == (is_object ? '}' : ']')) {
                ++p_;
                --depth_;
                continue;
            }
            return fail(is_object ? error_code::expected_comma_or_object_end
                                  : error_code::expected_comma_or_array_end,
                        p_);
        }
    }
}

}  // namespace callmap::json
