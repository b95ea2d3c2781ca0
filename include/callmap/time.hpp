// Instants as providers send them and as the canonical record writes them: ISO 8601 with any
// fraction and offset (or none, taken as UTC), RFC 2822 ("Tue, 30 Jan 2024 13:39:53 +0000"),
// epoch seconds and milliseconds; written back as UTC ISO 8601 with milliseconds.
#pragma once

#include <array>
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

constexpr unsigned days_in_month(std::int64_t y, unsigned m) noexcept {
    constexpr std::array<unsigned, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : days[m - 1];
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

constexpr bool valid_clock(unsigned h, unsigned mi, unsigned s) noexcept {
    return h <= 23 && mi <= 59 && s <= 59;
}

inline std::int64_t to_epoch_ms(std::int64_t y, unsigned mo, unsigned d, unsigned h, unsigned mi,
                                unsigned s, std::int64_t ms, std::int64_t offset_minutes) noexcept {
    const std::int64_t days = days_from_civil(y, mo, d);
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
    detail::date_cursor c{text};
    unsigned y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    if (!c.digits(4, y) || !c.eat('-') || !c.digits(2, mo) || !c.eat('-') || !c.digits(2, d)) {
        return error_code::invalid_value;
    }
    if (mo < 1 || mo > 12 || d < 1 || d > detail::days_in_month(y, mo))
        return error_code::invalid_value;
    if (!(c.eat('T') || c.eat('t') || c.eat(' '))) return error_code::invalid_value;
    if (!c.digits(2, h) || !c.eat(':') || !c.digits(2, mi)) return error_code::invalid_value;
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

/// RFC 2822 (and RFC 1123 / HTTP): `[Day, ]D Mon YYYY HH:MM[:SS] (+hhmm|-hhmm|GMT|UT|UTC|Z)`.
inline error_code parse_rfc2822(std::string_view text, timestamp& out) noexcept {
    constexpr std::array<std::string_view, 7> day_names{"Mon", "Tue", "Wed", "Thu",
                                                        "Fri", "Sat", "Sun"};
    constexpr std::array<std::string_view, 12> month_names{
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    detail::date_cursor c{text};
    c.skip_spaces();
    if (c.text.size() - c.i >= 4 && c.text[c.i + 3] == ',') {
        bool known = false;
        for (auto name : day_names) known = known || c.text.substr(c.i, 3) == name;
        if (!known) return error_code::invalid_value;
        c.i += 4;
        c.skip_spaces();
    }
    unsigned d = 0, y = 0, h = 0, mi = 0, s = 0;
    if (!c.short_number(d) || !c.eat(' ')) return error_code::invalid_value;
    c.skip_spaces();
    unsigned mo = 0;
    for (unsigned k = 0; k < 12; ++k) {
        if (c.text.substr(c.i, 3) == month_names[k]) mo = k + 1;
    }
    if (mo == 0) return error_code::invalid_value;
    c.i += 3;
    if (!c.eat(' ')) return error_code::invalid_value;
    c.skip_spaces();
    if (!c.digits(4, y) || !c.eat(' ')) return error_code::invalid_value;
    c.skip_spaces();
    if (d < 1 || d > detail::days_in_month(y, mo)) return error_code::invalid_value;
    if (!c.digits(2, h) || !c.eat(':') || !c.digits(2, mi)) return error_code::invalid_value;
    if (c.eat(':') && !c.digits(2, s)) return error_code::invalid_value;
    if (!detail::valid_clock(h, mi, s)) return error_code::invalid_value;
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
    out.epoch_ms = detail::to_epoch_ms(y, mo, d, h, mi, s, 0, offset);
    return error_code::ok;
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
