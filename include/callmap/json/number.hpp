// JSON numbers under the strict RFC 8259 grammar: exact 64-bit integers (overflow is an error),
// correctly rounded doubles (exact fast path, then std::from_chars), and exact decimal money
// as integer micros (0.0594 -> 59400; digits past the sixth decimal round half to even).
#pragma once

#include <bit>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string_view>
#include <system_error>
#include <type_traits>

#include "callmap/error.hpp"
#include "callmap/json/detail/digit_scan.hpp"
#include "callmap/json/detail/load_word.hpp"

namespace callmap::json {

namespace detail {

inline bool is_digit(char c) noexcept {
    return static_cast<unsigned char>(c - '0') < 10;
}

/// Where a number's text ends, and what it contains.
struct number_scan {
    const char* end = nullptr;
    error_code error = error_code::ok;
    const char* error_at = nullptr;
    bool negative = false;
    bool is_integer = true;  ///< no fraction, no exponent
    std::uint64_t mantissa =
        0;                      ///< up to 19 significant digits (all digits, leading zeros dropped)
    std::int64_t exponent = 0;  ///< value = mantissa * 10^exponent when exact
    bool mantissa_exact = true;  ///< false when digits were dropped from mantissa
    std::int64_t magnitude = 0;  ///< decimal exponent of the leading digit + 1 (0 for zero)
};

/// Scans and checks a number starting at p, one byte at a time; collects what the
/// conversions need. Handles every number (any length, exponents, errors); scan_number tries
/// the SWAR fast path first.
[[gnu::noinline]] inline number_scan scan_number_bytewise(const char* p, const char* end) noexcept {
    number_scan s;
    if (p != end && *p == '-') {
        s.negative = true;
        ++p;
    }
    if (p == end) {
        s.error = error_code::unexpected_end;
        s.error_at = p;
        return s;
    }
    if (!is_digit(*p)) {
        s.error = error_code::invalid_number;
        s.error_at = p;
        return s;
    }
    int digits = 0;            // significant digits folded into mantissa
    std::int64_t dropped = 0;  // integer digits not folded in (they scale the value)
    bool seen_nonzero = false;
    std::int64_t int_digits = 0;
    if (*p == '0') {
        ++p;
        if (p != end && is_digit(*p)) {
            s.error = error_code::invalid_number;  // leading zero
            s.error_at = p - 1;
            return s;
        }
    } else {
        while (p != end && is_digit(*p)) {
            seen_nonzero = true;
            ++int_digits;
            if (digits < 19) {
                s.mantissa = s.mantissa * 10 + static_cast<std::uint64_t>(*p - '0');
                ++digits;
            } else {
                ++dropped;
                if (*p != '0') s.mantissa_exact = false;
            }
            ++p;
        }
    }
    std::int64_t frac_exp = 0;
    std::int64_t leading_frac_zeros = 0;
    if (p != end && *p == '.') {
        s.is_integer = false;
        ++p;
        if (p == end || !is_digit(*p)) {
            s.error = p == end ? error_code::unexpected_end : error_code::invalid_number;
            s.error_at = p;
            return s;
        }
        while (p != end && is_digit(*p)) {
            if (!seen_nonzero && *p == '0') {
                ++leading_frac_zeros;
                --frac_exp;
            } else {
                seen_nonzero = true;
                if (digits < 19) {
                    s.mantissa = s.mantissa * 10 + static_cast<std::uint64_t>(*p - '0');
                    ++digits;
                    --frac_exp;
                } else if (*p != '0') {
                    s.mantissa_exact = false;
                }
            }
            ++p;
        }
    }
    std::int64_t exp = 0;
    if (p != end && (*p == 'e' || *p == 'E')) {
        s.is_integer = false;
        ++p;
        bool exp_negative = false;
        if (p != end && (*p == '+' || *p == '-')) {
            exp_negative = *p == '-';
            ++p;
        }
        if (p == end || !is_digit(*p)) {
            s.error = p == end ? error_code::unexpected_end : error_code::invalid_number;
            s.error_at = p;
            return s;
        }
        while (p != end && is_digit(*p)) {
            if (exp < 100'000'000) exp = exp * 10 + (*p - '0');  // saturates far beyond any double
            ++p;
        }
        if (exp_negative) exp = -exp;
    }
    s.exponent = dropped + frac_exp + exp;
    s.magnitude = seen_nonzero ? (int_digits > 0 ? int_digits : -leading_frac_zeros) + exp : 0;
    s.end = p;
    return s;
}

// --- SWAR: the value of up to eight digits in a 64-bit word (little-endian targets) ----------

namespace swar {

/// The value of the word's first n digits (1 <= n <= 8): left-align them behind zeros, then
/// combine pairs, quads and halves.
inline std::uint64_t digits_value(std::uint64_t v, unsigned n) noexcept {
    v -= 0x3030303030303030;  // a borrow only ever moves into bytes shifted out below
    v <<= 8u * (8u - n);
    v = (v * 10 + (v >> 8)) & 0x00FF00FF00FF00FF;
    v = (v * 100 + (v >> 16)) & 0x0000FFFF0000FFFF;
    return (v * 10000 + (v >> 32)) & 0x00000000FFFFFFFF;
}

inline constexpr std::uint64_t powers_of_ten[] = {1,      10,      100,      1000,     10000,
                                                  100000, 1000000, 10000000, 100000000};

/// The value of the n digits at p (1 <= n <= 15, 16 readable bytes): one or two words.
inline std::uint64_t leading_digits_value(const char* p, unsigned n) noexcept {
    return n <= 8 ? digits_value(load_word<std::uint64_t>(p), n)
                  : digits_value(load_word<std::uint64_t>(p), 8) * powers_of_ten[n - 8] +
                        digits_value(load_word<std::uint64_t>(p + 8), n - 8);
}

}  // namespace swar

/// A guess at how many integer digits the next number has: the count of the last one read.
/// Integers in one payload tend to share a length (epoch times, ids). When the digit mask runs
/// exactly that long, the scanner takes the end from the guess, a branch the CPU predicts,
/// instead of from the mask's bit count, so the next token's position does not wait for the
/// mask. Zero guesses nothing. Only the speed depends on the guess, never the result.
struct digit_count_guess {
    unsigned digits = 0;  ///< 0..15

    /// How many bits of `digit_mask` are set before the first clear one; afterwards the guess
    /// is that count (0 when it is 16 or more).
    [[gnu::always_inline]] unsigned count(std::uint32_t digit_mask) noexcept {
        const std::uint32_t run = (std::uint32_t{1} << digits) - 1;
        if ((digit_mask & ((run << 1) | 1)) == run) [[likely]]
            return digits;
        const auto n = static_cast<unsigned>(std::countr_one(digit_mask));
        digits = n < 16 ? n : 0;
        return n;
    }
};

/// The common number, without a loop: [-]digits[.digits] with up to 15 integer digits, up to
/// 8 fraction digits, 19 in all, no exponent, and 33 readable bytes. One 32-byte digit mask
/// says where the digits end; their values come from 8-byte words. False when the number is
/// anything else (errors included): scan_number_bytewise decides those. `guess` may be null.
[[gnu::always_inline]] inline bool scan_number_swar(const char* p, const char* end, number_scan& s,
                                                    digit_count_guess* guess = nullptr) noexcept {
    if constexpr (std::endian::native != std::endian::little) return false;
    if (end - p < 33) return false;
    s.negative = *p == '-';
    const char* q = p + (s.negative ? 1 : 0);
    const char* const first = q;
    const std::uint32_t digits = digit_mask32(q);
    const unsigned n =
        guess != nullptr ? guess->count(digits) : static_cast<unsigned>(std::countr_one(digits));
    if (n == 0 || n >= 16 || (n > 1 && *q == '0')) return false;  // also: a leading zero
    std::uint64_t mantissa = swar::leading_digits_value(q, n);
    q += n;
    unsigned fraction = 0;
    if (*q == '.') {
        fraction = static_cast<unsigned>(std::countr_one(digits >> (n + 1)));
        if (fraction == 0 || fraction > 8 || n + fraction > 19) return false;
        mantissa = mantissa * swar::powers_of_ten[fraction] +
                   swar::digits_value(load_word<std::uint64_t>(q + 1), fraction);
        q += 1 + fraction;
        s.is_integer = false;
    }
    if ((*q | 0x20) == 'e') return false;
    s.mantissa = mantissa;
    s.exponent = -static_cast<std::int64_t>(fraction);
    if (*first != '0') {
        s.magnitude = n;
    } else if (mantissa != 0) {  // 0.00ddd: minus the zeros after the point
        std::int64_t zeros = 0;
        for (const char* z = first + 2; *z == '0'; ++z) ++zeros;
        s.magnitude = -zeros;
    }
    s.end = q;
    return true;
}

/// The int64 reader's fast path: [-]digits, 1 to 15 of them, followed by neither '.' nor an
/// exponent, with 33 readable bytes. Its value and end, without a number_scan record. False for
/// anything else (errors included), which scan_number then decides.
[[gnu::always_inline]] inline bool read_short_int64(const char* p, const char* end,
                                                    digit_count_guess& guess, std::int64_t& value,
                                                    const char*& after) noexcept {
    if constexpr (std::endian::native != std::endian::little) return false;
    if (end - p < 33) return false;
    const bool negative = *p == '-';
    const char* q = p + (negative ? 1 : 0);
    const unsigned n = guess.count(digit_mask32(q));
    if (n == 0 || n >= 16 || (n > 1 && *q == '0')) return false;  // also: a leading zero
    if (q[n] == '.' || (q[n] | 0x20) == 'e') return false;
    const std::uint64_t magnitude = swar::leading_digits_value(q, n);
    value = negative ? -static_cast<std::int64_t>(magnitude) : static_cast<std::int64_t>(magnitude);
    after = q + n;
    return true;
}

/// Scans and checks a number starting at p; collects what the conversions need.
[[gnu::always_inline]] inline number_scan scan_number(const char* p, const char* end,
                                                      digit_count_guess* guess = nullptr) noexcept {
    number_scan s;
    if (scan_number_swar(p, end, s, guess)) return s;
    return scan_number_bytewise(p, end);
}

inline constexpr double exact_powers_of_ten[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                                 1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                                 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

/// Converts a scanned number to the nearest double; false when it overflows.
inline bool to_double(const char* begin, const number_scan& s, double& out) noexcept {
    // Clinger's fast path: both operands exact, so one IEEE operation rounds correctly.
    if (s.mantissa_exact && s.mantissa <= (std::uint64_t{1} << 53) && s.exponent >= -22 &&
        s.exponent <= 22) {
        double v = static_cast<double>(s.mantissa);
        const double scale = exact_powers_of_ten[s.exponent < 0 ? -s.exponent : s.exponent];
        v = s.exponent < 0 ? v / scale : v * scale;
        out = s.negative ? -v : v;
        return true;
    }
    double v = 0;
    const auto r = std::from_chars(begin, s.end, v);
    if (r.ec == std::errc::result_out_of_range) {
        if (s.magnitude > 0) return false;  // overflow: not representable
        v = 0.0;                            // underflow rounds to zero
        out = s.negative ? -v : v;
        return true;
    }
    if (r.ec != std::errc{} || r.ptr != s.end) return false;
    out = v;
    return true;
}

/// Exact integer of type Int from a scanned number; error code on failure.
/// `negative` and magnitude `v` as an Int, or number_out_of_range.
template <class Int>
error_code store_integer(bool negative, std::uint64_t v, Int& out) noexcept {
    if constexpr (std::is_signed_v<Int>) {
        constexpr auto max = static_cast<std::uint64_t>(std::numeric_limits<Int>::max());
        if (negative) {
            if (v > max + 1) return error_code::number_out_of_range;
            out = v == max + 1 ? std::numeric_limits<Int>::min()
                               : static_cast<Int>(-static_cast<Int>(v));
        } else {
            if (v > max) return error_code::number_out_of_range;
            out = static_cast<Int>(v);
        }
    } else {
        if (negative && v != 0) return error_code::number_out_of_range;
        if (v > std::numeric_limits<Int>::max()) return error_code::number_out_of_range;
        out = static_cast<Int>(v);
    }
    return error_code::ok;
}

/// A number written with a fraction or an exponent whose value is whole (3.0, 3e2, 1.50e1):
/// JSON has one number type, so it is the integer it equals. A value with a fraction (3.5) is
/// a type_mismatch, as is one with more than 19 significant digits; a whole value out of
/// Int's range is number_out_of_range.
template <class Int>
error_code whole_to_integer(const number_scan& s, Int& out) noexcept {
    if (!s.mantissa_exact) return error_code::type_mismatch;
    std::uint64_t v = s.mantissa;
    if (v == 0) return store_integer(false, 0, out);
    std::int64_t e = s.exponent;
    for (; e < 0; ++e) {  // at most 19 steps: v has at most 19 digits
        if (v % 10 != 0) return error_code::type_mismatch;
        v /= 10;
    }
    for (; e > 0; --e) {  // at most 20 steps before it overflows
        if (v > std::numeric_limits<std::uint64_t>::max() / 10) {
            return error_code::number_out_of_range;
        }
        v *= 10;
    }
    return store_integer(s.negative, v, out);
}

template <class Int>
error_code to_integer(const char* begin, const number_scan& s, Int& out) noexcept {
    static_assert(std::is_integral_v<Int> && !std::is_same_v<Int, bool>);
    if (!s.is_integer) return whole_to_integer(s, out);
    const char* p = begin + (s.negative ? 1 : 0);
    const auto digits = s.end - p;
    if (digits > 20) return error_code::number_out_of_range;
    std::uint64_t v = 0;
    for (; p != s.end; ++p) {
        const auto d = static_cast<std::uint64_t>(*p - '0');
        if (v > (std::numeric_limits<std::uint64_t>::max() - d) / 10) {
            return error_code::number_out_of_range;
        }
        v = v * 10 + d;
    }
    return store_integer(s.negative, v, out);
}

/// Whether a value whose next digit is `digit` (0-9) rounds up, half to even: `sticky` says a
/// nonzero digit follows it, `odd` that the value kept so far is odd.
constexpr bool rounds_up_half_even(int digit, bool sticky, bool odd) noexcept {
    return digit > 5 || (digit == 5 && (sticky || odd));
}

/// parse_decimal_micros for the common money text, in one pass: [-]digits[.digits] with at
/// most 12 integer digits (nothing can overflow); fraction digits past the sixth are rounded
/// half to even, as the general reader does. False for anything else, valid or not (an
/// exponent, a leading zero, 13+ integer digits): the general reader decides those.
inline bool plain_decimal_micros(std::string_view text, std::int64_t& out) noexcept {
    const char* p = text.data();
    const char* const end = p + text.size();
    const bool negative = p != end && *p == '-';
    if (negative) ++p;
    const char* const integer = p;
    std::uint64_t value = 0;
    while (p != end && is_digit(*p) && p - integer <= 12) {
        value = value * 10 + static_cast<std::uint64_t>(*p++ - '0');
    }
    const auto integer_digits = p - integer;
    if (integer_digits == 0 || integer_digits > 12 || (*integer == '0' && integer_digits > 1))
        return false;
    std::size_t fraction_digits = 0;
    if (p != end) {
        if (*p != '.') return false;
        const char* const fraction = ++p;
        while (p != end && is_digit(*p) && p - fraction < 6) {
            value = value * 10 + static_cast<std::uint64_t>(*p++ - '0');
        }
        fraction_digits = static_cast<std::size_t>(p - fraction);
        if (fraction_digits == 0) return false;
        if (p != end) {  // past the sixth fraction digit (or not a digit: not plain)
            if (!is_digit(*p)) return false;
            const char round_digit = *p++;
            bool sticky = false;  // a nonzero digit after the rounding digit
            for (; p != end; ++p) {
                if (!is_digit(*p)) return false;
                sticky = sticky || *p != '0';
            }
            if (rounds_up_half_even(round_digit - '0', sticky, (value & 1) != 0))
                ++value;  // value <= 10^18: no overflow
        }
    }
    value *= swar::powers_of_ten[6 - fraction_digits];  // <= 10^18
    out = negative ? -static_cast<std::int64_t>(value) : static_cast<std::int64_t>(value);
    return true;
}

}  // namespace detail

/// Parses `text` (exactly a JSON number, e.g. "0.0594" or "-1.5e-3") as integer micros,
/// rounding digits past the sixth decimal half to even. Returns ok, invalid_number or
/// number_out_of_range (|value| >= 2^63 micros).
inline error_code parse_decimal_micros(std::string_view text, std::int64_t& out) noexcept {
    if (detail::plain_decimal_micros(text, out)) return error_code::ok;
    const char* begin = text.data();
    const char* end = begin + text.size();
    const detail::number_scan s = detail::scan_number(begin, end);
    if (s.error != error_code::ok || s.end != end) return error_code::invalid_number;

    // digits of the number without sign, point and exponent; the point sits after int_digits
    const char* p = begin + (s.negative ? 1 : 0);
    const char* digits_end = p;
    while (digits_end != end && (detail::is_digit(*digits_end) || *digits_end == '.')) ++digits_end;
    std::int64_t int_digits = 0;
    for (const char* q = p; q != digits_end && *q != '.'; ++q) ++int_digits;
    std::int64_t exp = 0;
    if (digits_end != end) {  // exponent part
        const char* q = digits_end + 1;
        bool neg = false;
        if (*q == '+' || *q == '-') neg = *q++ == '-';
        for (; q != end; ++q) {
            if (exp < 100'000'000) exp = exp * 10 + (*q - '0');
        }
        if (neg) exp = -exp;
    }
    // k = how many leading digits form the integer count of micros
    const std::int64_t k = int_digits + exp + 6;
    std::uint64_t acc = 0;
    std::int64_t index = 0;
    int round_digit = 0;
    bool sticky = false;
    constexpr std::uint64_t limit =
        static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    for (const char* q = p; q != digits_end; ++q) {
        if (*q == '.') continue;
        const int d = *q - '0';
        if (index < k) {
            if (acc > (limit - static_cast<std::uint64_t>(d)) / 10)
                return error_code::number_out_of_range;
            acc = acc * 10 + static_cast<std::uint64_t>(d);
        } else if (index == k) {
            round_digit = d;
        } else if (d != 0) {
            sticky = true;
        }
        ++index;
    }
    if (k < 0) {
        round_digit = 0;  // the first digit lies below the rounding position
        sticky = false;
        acc = 0;
    }
    for (std::int64_t i = index; i < k && acc != 0; ++i) {  // trailing zeros implied by exp
        if (acc > limit / 10) return error_code::number_out_of_range;
        acc *= 10;
    }
    if (detail::rounds_up_half_even(round_digit, sticky, (acc & 1) != 0)) {
        if (acc == limit) return error_code::number_out_of_range;
        ++acc;
    }
    out = s.negative ? -static_cast<std::int64_t>(acc) : static_cast<std::int64_t>(acc);
    return error_code::ok;
}

}  // namespace callmap::json
