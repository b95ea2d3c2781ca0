// Instants as providers send them and as the canonical record writes them: ISO 8601 with any
// fraction and offset (or none, taken as UTC), RFC 2822 ("Tue, 30 Jan 2024 13:39:53 +0000"),
// epoch seconds and milliseconds; written back as UTC ISO 8601 with milliseconds.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "callmap/error.hpp"

namespace callmap {

/// An instant: milliseconds since 1970-01-01T00:00:00Z.
struct timestamp {
    std::int64_t epoch_ms = 0;
    friend constexpr auto operator<=>(const timestamp&, const timestamp&) = default;
};

namespace detail {

// Days since 1970-01-01 of a proleptic Gregorian date (era-based algorithm).
constexpr std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) noexcept {
    y -= m <= 2 ? 1 : 0;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

struct civil_date {
    std::int64_t year;
    unsigned month;
    unsigned day;
};

constexpr civil_date civil_from_days(std::int64_t z) noexcept {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2 ? 1 : 0), m, d};
}

constexpr bool is_leap(std::int64_t y) noexcept {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/// Days of each month of a common year.
inline constexpr unsigned month_days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

constexpr unsigned days_in_month(std::int64_t y, unsigned m) noexcept {
    return m == 2 && is_leap(y) ? 29 : month_days[m - 1];
}

/// January 1st of each year from 1900 to 2155 as days since 1970-01-01, times two, plus one for
/// a leap year: a load instead of the era arithmetic's chain of divisions for the instants
/// providers send.
struct year_starts {
    static constexpr std::int64_t first = 1900;
    static constexpr std::size_t count = 256;
    std::int32_t entries[count];
    constexpr year_starts() noexcept : entries() {
        for (std::size_t i = 0; i < count; ++i) {
            const std::int64_t y = first + static_cast<std::int64_t>(i);
            entries[i] =
                static_cast<std::int32_t>(days_from_civil(y, 1, 1) * 2 + (is_leap(y) ? 1 : 0));
        }
    }
};
inline constexpr year_starts year_start_table{};

/// Days of a common year before each month (sums of month_days).
struct month_starts {
    std::int32_t days[12];
    constexpr month_starts() noexcept : days() {
        for (std::size_t m = 1; m < 12; ++m)
            days[m] = days[m - 1] + static_cast<std::int32_t>(month_days[m - 1]);
    }
};
inline constexpr month_starts days_before_month{};
static_assert(days_before_month.days[2] == 59 && days_before_month.days[11] == 334);

/// days_from_civil(y, m, d) for a valid date, from the table when the year is in it.
[[gnu::always_inline]] constexpr std::int64_t days_from_civil_fast(std::int64_t y, unsigned m,
                                                                   unsigned d) noexcept {
    const auto i = static_cast<std::uint64_t>(y - year_starts::first);
    if (i >= year_starts::count) [[unlikely]]
        return days_from_civil(y, m, d);
    const std::int32_t start = year_start_table.entries[i];
    return (start >> 1) + days_before_month.days[m - 1] + (m > 2 ? (start & 1) : 0) +
           static_cast<std::int32_t>(d) - 1;
}

/// A cursor over the text of a date; every read checks bounds.
struct date_cursor {
    std::string_view text;
    std::size_t i = 0;

    bool done() const noexcept { return i == text.size(); }
    bool peek(char c) const noexcept { return i < text.size() && text[i] == c; }
    bool eat(char c) noexcept {
        if (!peek(c)) return false;
        ++i;
        return true;
    }
    /// Exactly n digits.
    bool digits(std::size_t n, unsigned& out) noexcept {
        if (text.size() - i < n) return false;
        unsigned v = 0;
        for (std::size_t k = 0; k < n; ++k) {
            const char c = text[i + k];
            if (c < '0' || c > '9') return false;
            v = v * 10 + static_cast<unsigned>(c - '0');
        }
        i += n;
        out = v;
        return true;
    }
    /// 1 or 2 digits.
    bool short_number(unsigned& out) noexcept {
        if (!digits(1, out)) return false;
        unsigned second = 0;
        if (i < text.size() && text[i] >= '0' && text[i] <= '9' && digits(1, second))
            out = out * 10 + second;
        return true;
    }
    void skip_spaces() noexcept {
        while (i < text.size() && text[i] == ' ') ++i;
    }
};

/// The two ASCII digits at `p` as a number, or 100 when either is not a digit.
inline unsigned two_digits(const char* p) noexcept {
    const unsigned tens = static_cast<unsigned char>(p[0]) - unsigned{'0'};
    const unsigned ones = static_cast<unsigned char>(p[1]) - unsigned{'0'};
    return tens > 9 || ones > 9 ? 100 : tens * 10 + ones;
}

/// Three bytes as one number, for comparing English day and month abbreviations at once.
constexpr std::uint32_t three_letters(const char* p) noexcept {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(p[0])) |
           static_cast<std::uint32_t>(static_cast<unsigned char>(p[1])) << 8 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(p[2])) << 16;
}

inline constexpr std::uint32_t day_abbreviations[] = {
    three_letters("Mon"), three_letters("Tue"), three_letters("Wed"), three_letters("Thu"),
    three_letters("Fri"), three_letters("Sat"), three_letters("Sun")};

inline constexpr std::uint32_t month_abbreviations[] = {
    three_letters("Jan"), three_letters("Feb"), three_letters("Mar"), three_letters("Apr"),
    three_letters("May"), three_letters("Jun"), three_letters("Jul"), three_letters("Aug"),
    three_letters("Sep"), three_letters("Oct"), three_letters("Nov"), three_letters("Dec")};

/// The index in `abbreviations` of the three letters at text[i], or -1.
template <std::size_t N>
int abbreviation_index(std::string_view text, std::size_t i,
                       const std::uint32_t (&abbreviations)[N]) noexcept {
    if (text.size() - i < 3) return -1;
    const std::uint32_t letters = three_letters(text.data() + i);
    for (std::size_t k = 0; k < N; ++k) {
        if (abbreviations[k] == letters) return static_cast<int>(k);
    }
    return -1;
}

constexpr bool valid_clock(unsigned h, unsigned mi, unsigned s) noexcept {
    return h <= 23 && mi <= 59 && s <= 59;
}

inline std::int64_t to_epoch_ms(std::int64_t y, unsigned mo, unsigned d, unsigned h, unsigned mi,
                                unsigned s, std::int64_t ms, std::int64_t offset_minutes) noexcept {
    const std::int64_t days = days_from_civil_fast(y, mo, d);
    const std::int64_t seconds = days * 86400 + h * 3600 + mi * 60 + s - offset_minutes * 60;
    return seconds * 1000 + ms;
}

}  // namespace detail

/// How a parsed instant was qualified.
struct time_parse_info {
    bool zone_assumed = false;  ///< no offset in the text: read as UTC
};

/// ISO 8601 / RFC 3339: `YYYY-MM-DD[T| ]HH:MM[:SS[.fraction]][Z|±HH:MM|±HHMM|±HH]`.
/// Any number of fractional digits; rounded to the nearest millisecond.
inline error_code parse_iso8601(std::string_view text, timestamp& out,
                                time_parse_info* info = nullptr) noexcept {
    // The fixed part, "YYYY-MM-DDTHH:MM", read at its fixed positions.
    if (text.size() < 16) return error_code::invalid_value;
    const char* p = text.data();
    const unsigned century = detail::two_digits(p);
    const unsigned year_of_century = detail::two_digits(p + 2);
    const unsigned mo = detail::two_digits(p + 5);
    const unsigned d = detail::two_digits(p + 8);
    const unsigned h = detail::two_digits(p + 11);
    const unsigned mi = detail::two_digits(p + 14);
    if (century > 99 || year_of_century > 99 || p[4] != '-' || p[7] != '-' ||
        !(p[10] == 'T' || p[10] == 't' || p[10] == ' ') || p[13] != ':') {
        return error_code::invalid_value;
    }
    const unsigned y = century * 100 + year_of_century;
    if (mo < 1 || mo > 12 || d < 1 || d > detail::days_in_month(y, mo))
        return error_code::invalid_value;
    detail::date_cursor c{text, 16};
    unsigned s = 0;
    const bool has_seconds = c.eat(':');
    if (has_seconds && !c.digits(2, s)) return error_code::invalid_value;
    if (!detail::valid_clock(h, mi, s)) return error_code::invalid_value;
    std::int64_t ms = 0;
    if (has_seconds && (c.eat('.') || c.eat(','))) {
        std::size_t n = 0;
        bool round_up = false;
        while (!c.done() && c.text[c.i] >= '0' && c.text[c.i] <= '9') {
            const int digit = c.text[c.i] - '0';
            if (n < 3) ms = ms * 10 + digit;
            if (n == 3) round_up = digit >= 5;
            ++n;
            ++c.i;
        }
        if (n == 0) return error_code::invalid_value;
        for (std::size_t k = n; k < 3; ++k) ms *= 10;
        if (round_up) ++ms;  // may reach 1000: carried into the seconds by the sum below
    }
    std::int64_t offset = 0;
    bool zone = true;
    if (c.eat('Z') || c.eat('z')) {
    } else if (c.peek('+') || c.peek('-')) {
        const bool negative = c.text[c.i] == '-';
        ++c.i;
        unsigned oh = 0, om = 0;
        if (!c.digits(2, oh)) return error_code::invalid_value;
        if (c.eat(':')) {
            if (!c.digits(2, om)) return error_code::invalid_value;
        } else if (!c.done()) {
            if (!c.digits(2, om)) return error_code::invalid_value;
        }
        if (oh > 23 || om > 59) return error_code::invalid_value;
        offset = static_cast<std::int64_t>(oh * 60 + om) * (negative ? -1 : 1);
    } else {
        zone = false;
    }
    if (!c.done()) return error_code::invalid_value;
    if (info != nullptr) info->zone_assumed = !zone;
    out.epoch_ms = detail::to_epoch_ms(y, mo, d, h, mi, s, ms, offset);
    return error_code::ok;
}

namespace detail {
/// The common RFC 2822 layout at fixed positions, "Tue, 30 Jan 2024 13:39:53 +0000" (or "GMT"
/// for the zone). False for anything else, which parse_rfc2822 then reads in full; when this
/// succeeds, that full reading gives the same instant.
inline bool parse_rfc2822_fixed(std::string_view text, timestamp& out) noexcept {
    const bool numeric_zone = text.size() == 31;
    if (!numeric_zone && !(text.size() == 29 && text.substr(26) == "GMT")) return false;
    const char* p = text.data();
    if (p[3] != ',' || p[4] != ' ' || p[7] != ' ' || p[11] != ' ' || p[16] != ' ' || p[19] != ':' ||
        p[22] != ':' || p[25] != ' ') {
        return false;
    }
    if (abbreviation_index(text, 0, day_abbreviations) < 0) return false;
    const int month_index = abbreviation_index(text, 8, month_abbreviations);
    const unsigned d = two_digits(p + 5);
    const unsigned century = two_digits(p + 12);
    const unsigned year_of_century = two_digits(p + 14);
    const unsigned h = two_digits(p + 17);
    const unsigned mi = two_digits(p + 20);
    const unsigned s = two_digits(p + 23);
    if (month_index < 0 || century > 99 || year_of_century > 99 || !valid_clock(h, mi, s))
        return false;
    const unsigned y = century * 100 + year_of_century;
    const auto mo = static_cast<unsigned>(month_index) + 1;
    if (d < 1 || d > days_in_month(y, mo)) return false;
    std::int64_t offset = 0;
    if (numeric_zone) {
        const unsigned oh = two_digits(p + 27);
        const unsigned om = two_digits(p + 29);
        if ((p[26] != '+' && p[26] != '-') || oh > 23 || om > 59) return false;
        offset = static_cast<std::int64_t>(oh * 60 + om) * (p[26] == '-' ? -1 : 1);
    }
    out.epoch_ms = to_epoch_ms(y, mo, d, h, mi, s, 0, offset);
    return true;
}

/// parse_rfc2822 for every layout it accepts, without the fixed-position fast path.
inline error_code parse_rfc2822_general(std::string_view text, timestamp& out) noexcept {
    date_cursor c{text};
    c.skip_spaces();
    if (c.text.size() - c.i >= 4 && c.text[c.i + 3] == ',') {
        if (abbreviation_index(c.text, c.i, day_abbreviations) < 0)
            return error_code::invalid_value;
        c.i += 4;
        c.skip_spaces();
    }
    unsigned d = 0, y = 0, h = 0, mi = 0, s = 0;
    if (!c.short_number(d) || !c.eat(' ')) return error_code::invalid_value;
    c.skip_spaces();
    const int month_index = abbreviation_index(c.text, c.i, month_abbreviations);
    if (month_index < 0) return error_code::invalid_value;
    const auto mo = static_cast<unsigned>(month_index) + 1;
    c.i += 3;
    if (!c.eat(' ')) return error_code::invalid_value;
    c.skip_spaces();
    if (!c.digits(4, y) || !c.eat(' ')) return error_code::invalid_value;
    c.skip_spaces();
    if (d < 1 || d > days_in_month(y, mo)) return error_code::invalid_value;
    if (!c.digits(2, h) || !c.eat(':') || !c.digits(2, mi)) return error_code::invalid_value;
    if (c.eat(':') && !c.digits(2, s)) return error_code::invalid_value;
    if (!valid_clock(h, mi, s)) return error_code::invalid_value;
    if (!c.eat(' ')) return error_code::invalid_value;
    c.skip_spaces();
    std::int64_t offset = 0;
    std::string_view zone = c.text.substr(c.i);
    zone = zone.substr(0, zone.find_last_not_of(' ') + 1);  // trailing spaces, as after +hhmm
    if (zone == "GMT" || zone == "UT" || zone == "UTC" || zone == "Z") {
        c.i += zone.size();
    } else if (c.peek('+') || c.peek('-')) {
        const bool negative = c.text[c.i] == '-';
        ++c.i;
        unsigned oh = 0, om = 0;
        if (!c.digits(2, oh) || !c.digits(2, om) || oh > 23 || om > 59)
            return error_code::invalid_value;
        offset = static_cast<std::int64_t>(oh * 60 + om) * (negative ? -1 : 1);
    } else {
        return error_code::invalid_value;
    }
    c.skip_spaces();
    if (!c.done()) return error_code::invalid_value;
    out.epoch_ms = to_epoch_ms(y, mo, d, h, mi, s, 0, offset);
    return error_code::ok;
}
}  // namespace detail

/// RFC 2822 (and RFC 1123 / HTTP): `[Day, ]D Mon YYYY HH:MM[:SS] (+hhmm|-hhmm|GMT|UT|UTC|Z)`.
inline error_code parse_rfc2822(std::string_view text, timestamp& out) noexcept {
    if (detail::parse_rfc2822_fixed(text, out)) return error_code::ok;
    return detail::parse_rfc2822_general(text, out);
}

/// "2024-07-31T18:01:06.000Z" (years outside 0000..9999 are written with their sign).
inline std::string format_iso8601(timestamp t) {
    std::int64_t days = t.epoch_ms / 86'400'000;
    std::int64_t rest = t.epoch_ms % 86'400'000;
    if (rest < 0) {
        rest += 86'400'000;
        --days;
    }
    const detail::civil_date date = detail::civil_from_days(days);
    const auto ms = static_cast<unsigned>(rest % 1000);
    const auto secs = static_cast<unsigned>(rest / 1000);
    char buf[40];
    char* p = buf;
    auto put = [&p](std::uint64_t v, int width) {
        char* end = p + width;
        for (char* q = end; q != p;) {
            *--q = static_cast<char>('0' + v % 10);
            v /= 10;
        }
        p = end;
    };
    std::int64_t year = date.year;
    if (year < 0 || year > 9999) {
        *p++ = year < 0 ? '-' : '+';
        const auto magnitude = static_cast<std::uint64_t>(year < 0 ? -year : year);
        int width = 6;  // at least six digits, and all of them (up to nine for int64 ms)
        for (std::uint64_t v = 1'000'000; v <= magnitude; v *= 10) ++width;
        put(magnitude, width);
    } else {
        put(static_cast<std::uint64_t>(year), 4);
    }
    *p++ = '-';
    put(date.month, 2);
    *p++ = '-';
    put(date.day, 2);
    *p++ = 'T';
    put(secs / 3600, 2);
    *p++ = ':';
    put(secs / 60 % 60, 2);
    *p++ = ':';
    put(secs % 60, 2);
    *p++ = '.';
    put(ms, 3);
    *p++ = 'Z';
    return std::string(buf, p);
}

}  // namespace callmap
