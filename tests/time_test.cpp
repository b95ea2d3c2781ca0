#include <callmap/time.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <iterator>
#include <limits>
#include <ostream>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

// Every expected epoch_ms below was computed independently with Python's `datetime`
// (proleptic Gregorian, UTC), not with callmap; years outside 1..9999 were reduced to that
// range by whole 400-year cycles of 146097 days.

namespace callmap {
// Failures name the code ("invalid value") instead of printing its byte.
inline void PrintTo(error_code code, std::ostream* os) {
    *os << describe(code);
}
}  // namespace callmap

namespace {

using callmap::error_code;
using callmap::parse_iso8601;
using callmap::parse_rfc2822;
using callmap::time_parse_info;
using callmap::timestamp;

constexpr std::int64_t day_ms = 86'400'000;

struct valid_case {
    std::string_view text;
    std::int64_t epoch_ms;
    bool zone_assumed;
};

// clang-format off
const valid_case valid_iso8601[] = {
    // forms providers send
    {"2024-07-31T18:01:06.000Z", 1722448866000, false},
    {"2025-11-05T17:46:29Z", 1762364789000, false},
    {"2024-04-27T23:51:18.025251+00:00", 1714261878025, false},
    {"2025-02-10T17:02:19+00:00", 1739206939000, false},
    {"2026-03-04T14:00:00", 1772632800000, true},
    {"2020-01-01 12:00:00", 1577880000000, true},
    {"2024-01-15T10:00Z", 1705312800000, false},
    {"2024-01-15T10:00", 1705312800000, true},
    // offsets
    {"2024-01-15T10:00:00+05:30", 1705293000000, false},
    {"2024-01-15T10:00:00-08:00", 1705341600000, false},
    {"2024-01-15T10:00:00+0530", 1705293000000, false},
    {"2024-01-15T10:00:00-0800", 1705341600000, false},
    {"2024-01-15T10:00:00+05", 1705294800000, false},
    {"2024-01-15T10:00:00-03", 1705323600000, false},
    {"2024-01-15T10:00:00-00:00", 1705312800000, false},
    {"2024-01-15T10:00:00+23:59", 1705226460000, false},
    {"2024-01-01T02:00:00+05:30", 1704054600000, false},   // previous day in UTC
    {"2024-12-31T20:00:00-08:00", 1735704000000, false},   // next year in UTC
    {"2024-01-15T10:00+05:30", 1705293000000, false},
    {"2024-01-15T10:00:00.5+05:30", 1705293000500, false},
    // fractions of 1..9 digits, rounded half up to the millisecond
    {"2024-01-15T10:00:00.1Z", 1705312800100, false},
    {"2024-01-15T10:00:00.12Z", 1705312800120, false},
    {"2024-01-15T10:00:00.123Z", 1705312800123, false},
    {"2024-01-15T10:00:00.1234Z", 1705312800123, false},
    {"2024-01-15T10:00:00.12345Z", 1705312800123, false},
    {"2024-01-15T10:00:00.123456Z", 1705312800123, false},
    {"2024-01-15T10:00:00.1234567Z", 1705312800123, false},
    {"2024-01-15T10:00:00.12345678Z", 1705312800123, false},
    {"2024-01-15T10:00:00.123456789Z", 1705312800123, false},
    {"2024-01-15T10:00:00.1235Z", 1705312800124, false},
    {"2024-01-15T10:00:00.123999999Z", 1705312800124, false},
    {"2024-01-15T10:00:00.0005Z", 1705312800001, false},
    {"2024-01-15T10:00:00.0004Z", 1705312800000, false},
    {"2024-01-15T10:00:00.000499999Z", 1705312800000, false},
    {"2024-01-15T10:00:00.9994Z", 1705312800999, false},
    {"2024-12-31T23:59:59.9995Z", 1735689600000, false},   // carries into 2025
    {"2024-12-31T23:59:59.999999999Z", 1735689600000, false},
    {"2024-01-15T10:00:00,5Z", 1705312800500, false},      // ISO 8601 decimal comma
    // lowercase separators
    {"2024-07-31t18:01:06z", 1722448866000, false},
    {"2024-07-31t18:01:06.000z", 1722448866000, false},
    // calendar edges
    {"2024-02-29T00:00:00Z", 1709164800000, false},
    {"2000-02-29T00:00:00Z", 951782400000, false},
    {"2023-02-28T23:59:59Z", 1677628799000, false},
    {"2024-12-31T23:59:59Z", 1735689599000, false},
    {"2023-04-30T00:00:00Z", 1682812800000, false},
    {"1970-01-01T00:00:00Z", 0, false},
    {"1969-12-31T23:59:59.999Z", -1, false},
    {"1900-01-01T00:00:00Z", -2208988800000, false},
    {"0001-01-01T00:00:00Z", -62135596800000, false},
    {"0000-01-01T00:00:00Z", -62167219200000, false},      // 1 BC: 366 days before 0001
    {"0000-02-29T00:00:00Z", -62162121600000, false},      // year 0 is a leap year
    {"9999-12-31T23:59:59.999Z", 253402300799999, false},
};
// clang-format on

TEST(parse_iso8601, valid_forms) {
    for (const auto& c : valid_iso8601) {
        SCOPED_TRACE(c.text);
        timestamp t{-42};
        time_parse_info info;
        info.zone_assumed = !c.zone_assumed;
        ASSERT_EQ(parse_iso8601(c.text, t, &info), error_code::ok);
        EXPECT_EQ(t.epoch_ms, c.epoch_ms);
        EXPECT_EQ(info.zone_assumed, c.zone_assumed);
    }
}

TEST(parse_iso8601, info_is_optional) {
    timestamp t;
    ASSERT_EQ(parse_iso8601("2026-03-04T14:00:00", t), error_code::ok);
    EXPECT_EQ(t.epoch_ms, 1772632800000);
}

const std::string_view invalid_iso8601[] = {
    "",
    " ",
    "2023-02-29T00:00:00Z",  // not a leap year
    "2100-02-29T00:00:00Z",  // century, not a leap year
    "1900-02-29T00:00:00Z",
    "2024-02-30T00:00:00Z",
    "2024-04-31T00:00:00Z",
    "2024-13-01T00:00:00Z",  // month 13
    "2024-00-01T00:00:00Z",  // month 0
    "2024-01-32T00:00:00Z",  // day 32
    "2024-01-00T00:00:00Z",  // day 0
    "2024-01-15T24:00:00Z",  // hour 24
    "2024-01-15T10:60:00Z",  // minute 60
    "2024-01-15T10:00:60Z",  // second 60
    "2024-01-15T99:99:99Z",
    // missing parts
    "2024",
    "2024-01",
    "2024-01-15",
    "2024-01-15T",
    "2024-01-15T10",
    "2024-01-15T10:",
    "2024-01-15T10:0",
    "2024-01-15T10:00:",
    "2024-01-15T10:00:0",
    "2024-01-15T10:00:00.",
    "2024-01-15T10:00:00.Z",
    "2024-01-15T10:00:00+",
    "2024-01-15T10:00:00+5",
    "2024-01-15T10:00:00+05:",
    "2024-01-15T10:00:00+05:3",
    "2024-01-15T10:00:00+053",
    "24-01-15T10:00:00Z",
    "2024-1-15T10:00:00Z",
    "2024-01-5T10:00:00Z",
    "2024-01-15T1:00:00Z",
    "2024-01-15T10:0:00Z",
    "2024-01-15T10:00:0Z",
    // a fraction belongs to the seconds
    "2024-01-15T10:00.5Z",
    "2024-01-15T10:00.5",
    // bad offsets
    "2024-01-15T10:00:00+24:00",
    "2024-01-15T10:00:00+05:60",
    "2024-01-15T10:00:00+2400",
    "2024-01-15T10:00:00+05x",
    "2024-01-15T10:00:00 +05:00",
    "2024-01-15T10:00:00UTC",
    "2024-01-15T10:00:00GMT",
    // trailing garbage
    "2024-01-15T10:00:00Zx",
    "2024-01-15T10:00:00Z ",
    "2024-01-15T10:00:00ZZ",
    "2024-01-15T10:00:00Z+01:00",
    "2024-01-15T10:00:00+05:30Z",
    "2024-01-15T10:00:00+05:30:00",
    "2024-01-15T10:00:00x",
    "2024-01-15T10:00:00.123x",
    // wrong separators and shapes
    " 2024-01-15T10:00:00Z",
    "2024/01/15T10:00:00Z",
    "2024-01-15X10:00:00Z",
    "2024-01-15_10:00:00Z",
    "2024-01-15  10:00:00Z",
    "2024-01-15T10-00-00Z",
    "+2024-01-15T10:00:00Z",
    "-2024-01-15T10:00:00Z",
    "+010000-01-01T00:00:00.000Z",  // expanded years are written, not read
    "20240115T100000Z",
    "Tue, 30 Jan 2024 13:39:53 +0000",
    "1722448866",
};

TEST(parse_iso8601, invalid_forms_leave_outputs_alone) {
    for (const auto text : invalid_iso8601) {
        SCOPED_TRACE(testing::Message() << '"' << text << '"');
        timestamp t{-42};
        time_parse_info info;
        info.zone_assumed = true;
        EXPECT_EQ(parse_iso8601(text, t, &info), error_code::invalid_value);
        EXPECT_EQ(t.epoch_ms, -42);
        EXPECT_TRUE(info.zone_assumed);
    }
}

TEST(parse_iso8601, reads_only_the_given_view) {
    // The view ends before the zone: the bytes after it must not be read.
    const std::string text = "2024-07-31T18:01:06+05:30";
    timestamp t;
    time_parse_info info;
    ASSERT_EQ(parse_iso8601(std::string_view(text).substr(0, 19), t, &info), error_code::ok);
    EXPECT_EQ(t.epoch_ms, 1722448866000);
    EXPECT_TRUE(info.zone_assumed);
    // A view cut inside the date fails.
    EXPECT_EQ(parse_iso8601(std::string_view(text).substr(0, 9), t), error_code::invalid_value);
}

struct rfc_case {
    std::string_view text;
    std::int64_t epoch_ms;
};

// clang-format off
const rfc_case valid_rfc2822[] = {
    {"Tue, 30 Jan 2024 13:39:53 +0000", 1706621993000},
    {"Mon, 10 Feb 2025 17:02:19 GMT", 1739206939000},
    {"1 Jan 2024 00:00:00 -0130", 1704072600000},   // no day name, one-digit day
    {"Tue, 31 Aug 2010 20:36:28 +0000", 1283286988000},
    {"Wed, 31 Jul 2024 18:01:06 +0530", 1722429066000},
    {"Thu, 29 Feb 2024 12:00:00 -0800", 1709236800000},
    {"Fri, 05 Jan 2024 09:08:07 UT", 1704445687000},
    {"Sat, 06 Jan 2024 09:08:07 UTC", 1704532087000},
    {"Sun, 07 Jan 2024 09:08:07 Z", 1704618487000},
    {"Mon, 08 Jan 2024 09:08 +0000", 1704704880000},   // no seconds
    {"Tue,09 Dec 2025 23:59:59 +2359", 1765238459000},
    {"  Wed,  1  Mar  2000  00:00:00  +0000", 951868800000},
    {"Wed, 31 Dec 1969 23:59:59 +0000", -1000},
    {"1 Jan 2024 00:00:00 -0130 ", 1704072600000},
    {"Mon, 10 Feb 2025 17:02:19 GMT ", 1739206939000},
    // every month name
    {"15 Jan 2024 00:00:00 +0000", 1705276800000},
    {"15 Feb 2024 00:00:00 +0000", 1707955200000},
    {"15 Mar 2024 00:00:00 +0000", 1710460800000},
    {"15 Apr 2024 00:00:00 +0000", 1713139200000},
    {"15 May 2024 00:00:00 +0000", 1715731200000},
    {"15 Jun 2024 00:00:00 +0000", 1718409600000},
    {"15 Jul 2024 00:00:00 +0000", 1721001600000},
    {"15 Aug 2024 00:00:00 +0000", 1723680000000},
    {"15 Sep 2024 00:00:00 +0000", 1726358400000},
    {"15 Oct 2024 00:00:00 +0000", 1728950400000},
    {"15 Nov 2024 00:00:00 +0000", 1731628800000},
    {"15 Dec 2024 00:00:00 +0000", 1734220800000},
};
// clang-format on

TEST(parse_rfc2822, valid_forms) {
    for (const auto& c : valid_rfc2822) {
        SCOPED_TRACE(c.text);
        timestamp t{-42};
        ASSERT_EQ(parse_rfc2822(c.text, t), error_code::ok);
        EXPECT_EQ(t.epoch_ms, c.epoch_ms);
    }
}

const std::string_view invalid_rfc2822[] = {
    "",
    "   ",
    "Xyz, 30 Jan 2024 13:39:53 +0000",  // bad day name
    "tue, 30 Jan 2024 13:39:53 +0000",
    "Tuesday, 30 Jan 2024 13:39:53 +0000",
    "Tue 30 Jan 2024 13:39:53 +0000",
    "Tue, 30 Foo 2024 13:39:53 +0000",  // bad month
    "Tue, 30 jan 2024 13:39:53 +0000",
    "Tue, 30 January 2024 13:39:53 +0000",
    "Tue, 30 Jan 2024 13:39:53",  // missing zone
    "Tue, 30 Jan 2024 13:39:53 ",
    "Tue, 30 Jan 2024 13:39:53 +25:00",
    "Tue, 30 Jan 2024 13:39:53 +2500",
    "Tue, 30 Jan 2024 13:39:53 +0060",
    "Tue, 30 Jan 2024 13:39:53 +00:00",
    "Tue, 30 Jan 2024 13:39:53 +000",
    "Tue, 30 Jan 2024 13:39:53 +00000",
    "Tue, 30 Jan 2024 13:39:53 EST",
    "Tue, 30 Jan 2024 13:39:53 GMTX",
    "Tue, 30 Jan 2024 13:39:53 +0000 x",
    "Tue, 30 Jan 2024 13:39:53 +0000 (UTC)",
    "Sat, 31 Feb 2024 00:00:00 +0000",  // 31 Feb
    "29 Feb 2023 00:00:00 +0000",
    "0 Jan 2024 00:00:00 +0000",
    "32 Jan 2024 00:00:00 +0000",
    "001 Jan 2024 00:00:00 +0000",
    "1 Jan 24 00:00:00 +0000",
    "1 Jan 2024 24:00:00 +0000",
    "1 Jan 2024 00:60:00 +0000",
    "1 Jan 2024 00:00:60 +0000",
    "1 Jan 2024 0:00:00 +0000",
    "1 Jan 2024 00:00: +0000",
    "1 Jan 2024 00 +0000",
    "1 Jan 2024",
    "1 Jan",
    "1",
    "Tue,",
    "Tue, ",
    "1Jan 2024 00:00:00 +0000",
    "1 Jan2024 00:00:00 +0000",
    "1 Jan 202400:00:00 +0000",
    "1 Jan 2024 00:00:00+0000",
    "2024-07-31T18:01:06.000Z",
};

TEST(parse_rfc2822, invalid_forms_leave_output_alone) {
    for (const auto text : invalid_rfc2822) {
        SCOPED_TRACE(testing::Message() << '"' << text << '"');
        timestamp t{-42};
        EXPECT_EQ(parse_rfc2822(text, t), error_code::invalid_value);
        EXPECT_EQ(t.epoch_ms, -42);
    }
}

// The fixed-position fast path ("Tue, 30 Jan 2024 13:39:53 +0000", or "GMT") must answer
// exactly as the general reader does: the same code, and the same instant when both accept.
// The texts are of that layout (with out-of-range fields, unknown names and other zones, some
// of another length), a third of them with one byte replaced, so that every check of the fast
// path is reached.
TEST(parse_rfc2822, fixed_layout_agrees_with_general_reader) {
    const std::string_view days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Tuf"};
    const std::string_view months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
                                       "Aug", "Sep", "Oct", "Nov", "Dec", "Jam", "jan"};
    const std::string_view zones[] = {"+0000", "-0130", "+2359", "+2400", "-0060",
                                      "GMT",   "UTC",   "+00:0", "0000"};
    const char replacements[] = {'0', '5', '9', ' ', ',', ':', '+', '-', 'A', 'x', '\0'};
    std::mt19937_64 rng(2822);
    auto next = [&rng](std::uint64_t bound) {
        return rng() % bound;
    };
    std::size_t fast = 0;
    for (int i = 0; i < 20000; ++i) {
        char buf[96];
        const unsigned day = static_cast<unsigned>(next(32));
        const unsigned year = 1890 + static_cast<unsigned>(next(250));
        const unsigned clock = static_cast<unsigned>(next(25 * 100 * 100));
        std::snprintf(buf, sizeof buf, "%.3s, %02u %.3s %04u %02u:%02u:%02u %.5s",
                      days[next(std::size(days))].data(), day,
                      months[next(std::size(months))].data(), year, clock / 10000,
                      clock / 100 % 100 % 61, clock % 100 % 61,
                      zones[next(std::size(zones))].data());
        std::string text(buf);
        if (next(3) == 0) text[next(text.size())] = replacements[next(std::size(replacements))];
        SCOPED_TRACE(testing::Message() << '"' << text << '"');
        timestamp general{-1}, any{-1};
        const error_code general_code = callmap::detail::parse_rfc2822_general(text, general);
        ASSERT_EQ(parse_rfc2822(text, any), general_code);
        ASSERT_EQ(any.epoch_ms, general.epoch_ms);
        timestamp fixed{-1};
        if (callmap::detail::parse_rfc2822_fixed(text, fixed)) {
            ++fast;
            ASSERT_EQ(general_code, error_code::ok);
            ASSERT_EQ(fixed.epoch_ms, general.epoch_ms);
        }
    }
    EXPECT_GT(fast, 3000u);  // the fast path took a good share of the texts
}

TEST(parse_rfc2822, fixed_layout_exact_values) {
    timestamp t;
    ASSERT_EQ(parse_rfc2822("Tue, 30 Jan 2024 13:39:53 +0000", t), error_code::ok);
    EXPECT_EQ(t.epoch_ms, 1706621993000);
    ASSERT_EQ(parse_rfc2822("Tue, 30 Jan 2024 13:39:53 GMT", t), error_code::ok);
    EXPECT_EQ(t.epoch_ms, 1706621993000);
    ASSERT_EQ(parse_rfc2822("Tue, 30 Jan 2024 13:39:53 -0130", t), error_code::ok);
    EXPECT_EQ(t.epoch_ms, 1706627393000);
    ASSERT_EQ(parse_rfc2822("Thu, 29 Feb 2024 00:00:00 +0000", t), error_code::ok);
    EXPECT_EQ(t.epoch_ms, 1709164800000);
    EXPECT_EQ(parse_rfc2822("Thu, 29 Feb 2023 00:00:00 +0000", t), error_code::invalid_value);
    EXPECT_EQ(parse_rfc2822("Tue, 30 Jan 2024 24:00:00 +0000", t), error_code::invalid_value);
    EXPECT_EQ(parse_rfc2822("Tue, 30 Jan 2024 13:39:53 +2400", t), error_code::invalid_value);
    EXPECT_EQ(t.epoch_ms, 1709164800000);
}

struct format_case {
    std::int64_t epoch_ms;
    std::string_view text;
};

// clang-format off
const format_case formats[] = {
    {0, "1970-01-01T00:00:00.000Z"},
    {-1, "1969-12-31T23:59:59.999Z"},
    {1, "1970-01-01T00:00:00.001Z"},
    {-day_ms, "1969-12-31T00:00:00.000Z"},
    {-day_ms - 1, "1969-12-30T23:59:59.999Z"},
    {1722448866000, "2024-07-31T18:01:06.000Z"},
    {1714261878025, "2024-04-27T23:51:18.025Z"},
    {1709164800000, "2024-02-29T00:00:00.000Z"},
    {951782400000, "2000-02-29T00:00:00.000Z"},
    {1735689599999, "2024-12-31T23:59:59.999Z"},
    {1735689600000, "2025-01-01T00:00:00.000Z"},
    {-2208988800000, "1900-01-01T00:00:00.000Z"},
    {-62135596800000, "0001-01-01T00:00:00.000Z"},
    {-62167219200000, "0000-01-01T00:00:00.000Z"},
    {-62167219200001, "-000001-12-31T23:59:59.999Z"},
    {-62198755200000, "-000001-01-01T00:00:00.000Z"},
    {253402300799999, "9999-12-31T23:59:59.999Z"},
    {253402300800000, "+010000-01-01T00:00:00.000Z"},
    {31494784694400000, "+999999-12-31T00:00:00.000Z"},
    {31494784780800000, "+1000000-01-01T00:00:00.000Z"},
    {-31619119219200000, "-1000000-01-01T00:00:00.000Z"},
    {std::numeric_limits<std::int64_t>::max(), "+292278994-08-17T07:12:55.807Z"},
    {std::numeric_limits<std::int64_t>::min(), "-292275055-05-16T16:47:04.192Z"},
};
// clang-format on

TEST(format_iso8601, exact_text) {
    for (const auto& c : formats) {
        SCOPED_TRACE(c.epoch_ms);
        EXPECT_EQ(callmap::format_iso8601(timestamp{c.epoch_ms}), c.text);
    }
}

TEST(format_iso8601, canonical_text_round_trips) {
    for (const auto& c : formats) {
        if (c.epoch_ms < -62167219200000 || c.epoch_ms > 253402300799999) continue;
        SCOPED_TRACE(c.text);
        timestamp t{-42};
        time_parse_info info;
        ASSERT_EQ(parse_iso8601(c.text, t, &info), error_code::ok);
        EXPECT_EQ(t.epoch_ms, c.epoch_ms);
        EXPECT_FALSE(info.zone_assumed);
    }
}

TEST(format_iso8601, parse_of_format_is_identity) {
    // From 0000-01-01 to 9999-12-31T23:59:59.999, the range that parse_iso8601 reads, with a
    // steps that are no multiple of a second, so that every field varies.
    constexpr std::int64_t first = -62167219200000;
    constexpr std::int64_t last = 253402300799999;
    constexpr std::int64_t step = 3'155'760'000'007;  // about 100 years
    std::vector<std::int64_t> values{first, first + 1, last, last - 1, -1, 0, 1};
    for (std::int64_t v = first; v <= last; v += step / 97) values.push_back(v);
    for (std::int64_t v = last; v >= first; v -= step) values.push_back(v);
    for (const std::int64_t v : values) {
        const std::string text = callmap::format_iso8601(timestamp{v});
        SCOPED_TRACE(text);
        ASSERT_EQ(text.size(), 24u);
        timestamp back{v + 7};
        time_parse_info info;
        ASSERT_EQ(parse_iso8601(text, back, &info), error_code::ok);
        ASSERT_EQ(back.epoch_ms, v);
        ASSERT_FALSE(info.zone_assumed);
    }
}

// ---- detail::days_from_civil / civil_from_days ------------------------------------------

struct civil_case {
    std::int64_t year;
    unsigned month;
    unsigned day;
    std::int64_t days;
};

// clang-format off
const civil_case civil_anchors[] = {
    {1970, 1, 1, 0},
    {1969, 12, 31, -1},
    {1970, 1, 2, 1},
    {1900, 1, 1, -25567},
    {2000, 3, 1, 11017},
    {2024, 2, 29, 19782},
    {2100, 12, 31, 47846},
    {1, 1, 1, -719162},
    {9999, 12, 31, 2932896},
    {0, 1, 1, -719528},
    {0, 2, 29, -719469},
    {0, 3, 1, -719468},
    {-1, 1, 1, -719893},
    {1000000, 1, 1, 364522972},
    {999999, 12, 31, 364522971},
    {-1000000, 1, 1, -365962028},
};
// clang-format on

TEST(civil_days, anchors) {
    for (const auto& c : civil_anchors) {
        SCOPED_TRACE(testing::Message() << c.year << '-' << c.month << '-' << c.day);
        EXPECT_EQ(callmap::detail::days_from_civil(c.year, c.month, c.day), c.days);
        const auto d = callmap::detail::civil_from_days(c.days);
        EXPECT_EQ(d.year, c.year);
        EXPECT_EQ(d.month, c.month);
        EXPECT_EQ(d.day, c.day);
    }
}

bool gregorian_leap(std::int64_t y) {
    return y % 400 == 0 || (y % 100 != 0 && y % 4 == 0);
}

unsigned month_length(std::int64_t y, unsigned m) {
    if (m == 2) return gregorian_leap(y) ? 29u : 28u;
    return m == 4 || m == 6 || m == 9 || m == 11 ? 30u : 31u;
}

TEST(civil_days, every_day_from_1890_to_2160) {
    // Walks the calendar one day at a time, independently of the functions, and checks each of
    // them against the walk and against each other; the range spans both ends of the
    // year_start_table that days_from_civil_fast reads (1900 to 2155).
    std::int64_t y = 1890;
    unsigned m = 1;
    unsigned d = 1;
    std::int64_t expected = -29219;
    std::int64_t previous = expected - 1;
    std::size_t count = 0;
    while (y <= 2160) {
        const std::int64_t days = callmap::detail::days_from_civil(y, m, d);
        ASSERT_EQ(days, expected) << y << '-' << m << '-' << d;
        ASSERT_EQ(days, previous + 1) << y << '-' << m << '-' << d;
        ASSERT_EQ(callmap::detail::days_from_civil_fast(y, m, d), expected)
            << y << '-' << m << '-' << d;
        const auto back = callmap::detail::civil_from_days(days);
        ASSERT_EQ(back.year, y) << days;
        ASSERT_EQ(back.month, m) << days;
        ASSERT_EQ(back.day, d) << days;
        ASSERT_EQ(callmap::detail::days_in_month(y, m), month_length(y, m)) << y << '-' << m;
        previous = days;
        ++expected;
        ++count;
        if (++d > month_length(y, m)) {
            d = 1;
            if (++m > 12) {
                m = 1;
                ++y;
            }
        }
    }
    EXPECT_EQ(count, 98981u);  // 1890-01-01 .. 2160-12-31, per Python's datetime.date
}

TEST(civil_days, is_leap) {
    struct leap_case {
        std::int64_t year;
        bool leap;
    };
    const leap_case cases[] = {{2024, true},  {2023, false}, {2000, true}, {1900, false},
                               {2100, false}, {2400, true},  {0, true},    {-4, true},
                               {-1, false},   {-100, false}, {-400, true}, {1, false}};
    for (const auto& c : cases) {
        EXPECT_EQ(callmap::detail::is_leap(c.year), c.leap) << c.year;
    }
}

}  // namespace
