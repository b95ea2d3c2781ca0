// JSON numbers: reader::read_integer<T>, reader::read_double, reader::read_micros and
// callmap::json::parse_decimal_micros — the RFC 8259 grammar with exact error positions, exact
// integer ranges, correctly rounded doubles (checked against std::strtod) and money micros
// (checked against a decimal-string reference).
#include "callmap/json/number.hpp"

#include <gtest/gtest.h>

#include <bit>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <limits>
#include <memory>
#include <ostream>
#include <random>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "callmap/arena.hpp"
#include "callmap/error.hpp"
#include "callmap/json/reader.hpp"
#include "callmap/options.hpp"
#include "support/concat.hpp"

namespace callmap {
// Lets GoogleTest print an error_code by name instead of as a raw byte.
void PrintTo(error_code code, std::ostream* os) {
    *os << "error_code(" << static_cast<int>(code) << ": " << describe(code) << ')';
}
}  // namespace callmap

namespace {

using namespace std::literals;
using callmap::error_code;

/// A heap copy of `text` with no spare byte after it: AddressSanitizer reports any read past
/// the end.
class exact_copy {
public:
    explicit exact_copy(std::string_view text)
        : bytes_(std::make_unique<char[]>(text.size())), size_(text.size()) {
        if (size_ != 0) std::memcpy(bytes_.get(), text.data(), size_);
    }
    std::string_view view() const noexcept { return {bytes_.get(), size_}; }

private:
    std::unique_ptr<char[]> bytes_;
    std::size_t size_;
};

/// What one reader call did with a document.
template <class T>
struct outcome {
    bool ok = false;
    T value{};
    error_code error = error_code::ok;
    std::size_t error_offset = 0;
    std::size_t offset = 0;  ///< the reader's position afterwards
};

/// Runs `call(reader, value)` on an exact copy of `document`.
template <class T, class Call>
outcome<T> run(std::string_view document, Call call) {
    const exact_copy text(document);
    const callmap::parse_options options;
    callmap::arena memory;
    callmap::json::reader r(text.view(), memory, options);
    outcome<T> out;
    out.ok = call(r, out.value);
    out.error = r.error();
    if (!out.ok) out.error_offset = r.error_offset();
    out.offset = r.offset();
    return out;
}

template <class Int>
outcome<Int> read_integer(std::string_view document) {
    return run<Int>(document, [](callmap::json::reader& r, Int& v) { return r.read_integer(v); });
}

outcome<double> read_double(std::string_view document) {
    return run<double>(document,
                       [](callmap::json::reader& r, double& v) { return r.read_double(v); });
}

outcome<std::int64_t> read_micros(std::string_view document) {
    return run<std::int64_t>(
        document, [](callmap::json::reader& r, std::int64_t& v) { return r.read_micros(v); });
}

std::uint64_t bits_of(double d) {
    return std::bit_cast<std::uint64_t>(d);
}

/// std::strtod's answer, and whether it over- or underflowed (ERANGE).
struct strtod_result {
    double value;
    bool range_error;
};

strtod_result strtod_of(const std::string& text) {
    errno = 0;
    char* end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    EXPECT_EQ(end, text.c_str() + text.size()) << text;
    return {v, errno == ERANGE};
}

// --- integers --------------------------------------------------------------------------------

/// One integer case: either `value` with the reader ending at `end`, or `code` at `offset`.
template <class Int>
struct int_case {
    std::string_view text;
    error_code code;
    Int value;
    std::size_t at;  ///< the reader's position on success, the error offset on failure
};

template <class Int>
constexpr int_case<Int> accepts(std::string_view text, Int value, std::size_t end) {
    return {text, error_code::ok, value, end};
}

template <class Int>
constexpr int_case<Int> refuses(std::string_view text, error_code code, std::size_t offset) {
    return {text, code, Int{}, offset};
}

template <class Int, std::size_t N>
void check_integers(const int_case<Int> (&cases)[N]) {
    for (const int_case<Int>& c : cases) {
        const outcome<Int> r = read_integer<Int>(c.text);
        SCOPED_TRACE(support::concat("\"", c.text, "\""));
        if (c.code == error_code::ok) {
            EXPECT_TRUE(r.ok) << "error " << static_cast<int>(r.error);
            EXPECT_EQ(r.value, c.value);
            EXPECT_EQ(r.offset, c.at);
        } else {
            EXPECT_FALSE(r.ok);
            EXPECT_EQ(r.error, c.code);
            EXPECT_EQ(r.error_offset, c.at);
        }
    }
}

constexpr auto i64_max = std::numeric_limits<std::int64_t>::max();
constexpr auto i64_min = std::numeric_limits<std::int64_t>::min();
constexpr auto u64_max = std::numeric_limits<std::uint64_t>::max();

TEST(integer, int64) {
    using T = std::int64_t;
    const int_case<T> cases[] = {
        accepts<T>("0", 0, 1),
        accepts<T>("-0", 0, 2),
        accepts<T>("7", 7, 1),
        accepts<T>("-7", -7, 2),
        accepts<T>("1234567890", 1234567890, 10),
        accepts<T>("9223372036854775807", i64_max, 19),
        accepts<T>("-9223372036854775807", -i64_max, 20),
        accepts<T>("-9223372036854775808", i64_min, 20),
        accepts<T>(" \t\r\n42 ", 42, 6),
        accepts<T>("42,", 42, 2),
        accepts<T>("42]", 42, 2),
        accepts<T>("0]", 0, 1),
        refuses<T>("9223372036854775808", error_code::number_out_of_range, 0),
        refuses<T>("-9223372036854775809", error_code::number_out_of_range, 0),
        refuses<T>("18446744073709551615", error_code::number_out_of_range, 0),
        refuses<T>("18446744073709551616", error_code::number_out_of_range, 0),
        refuses<T>("99999999999999999999", error_code::number_out_of_range, 0),
        refuses<T>("100000000000000000000", error_code::number_out_of_range, 0),
        refuses<T>("  12345678901234567890123", error_code::number_out_of_range, 2),
        refuses<T>("-", error_code::unexpected_end, 1),
        refuses<T>("-x", error_code::invalid_number, 1),
        refuses<T>("- 1", error_code::invalid_number, 1),
        refuses<T>("01", error_code::invalid_number, 0),
        refuses<T>("00", error_code::invalid_number, 0),
        refuses<T>("-01", error_code::invalid_number, 1),
        refuses<T>("  007", error_code::invalid_number, 2),
        refuses<T>("1.", error_code::unexpected_end, 2),
        refuses<T>("1.e5", error_code::invalid_number, 2),
        refuses<T>("1e", error_code::unexpected_end, 2),
        refuses<T>("1e+", error_code::unexpected_end, 3),
        refuses<T>("1e-x", error_code::invalid_number, 3),
        refuses<T>("1ex", error_code::invalid_number, 2),
        // JSON has one number type: a whole number written with a fraction or an exponent is
        // that integer; a fraction is a type mismatch
        accepts<T>("1.0", 1, 3),
        accepts<T>(" 1e5", 100000, 4),
        accepts<T>("1E0", 1, 3),
        accepts<T>("-0.0", 0, 4),
        accepts<T>("-3.000", -3, 6),
        accepts<T>("250e-1", 25, 6),
        accepts<T>("9.223372036854775807e18", i64_max, 23),
        accepts<T>("-9.223372036854775808e18", i64_min, 24),
        accepts<T>("0e999999999", 0, 11),
        refuses<T>("1.5", error_code::type_mismatch, 0),
        refuses<T>("25e-2", error_code::type_mismatch, 0),
        refuses<T>("1e-999999999", error_code::type_mismatch, 0),
        refuses<T>("9.3e18", error_code::number_out_of_range, 0),
        refuses<T>("1e20", error_code::number_out_of_range, 0),
        refuses<T>("1e999999999", error_code::number_out_of_range, 0),
        accepts<T>("1.00000000000000000000", 1, 22),
        refuses<T>("1.00000000000000000001", error_code::type_mismatch, 0),
        refuses<T>(".5", error_code::expected_value, 0),
        refuses<T>("+1", error_code::expected_value, 0),
        refuses<T>("\"1\"", error_code::type_mismatch, 0),
        refuses<T>("true", error_code::type_mismatch, 0),
        refuses<T>("", error_code::unexpected_end, 0),
        refuses<T>("   ", error_code::unexpected_end, 3),
    };
    check_integers(cases);
}

TEST(integer, uint64) {
    using T = std::uint64_t;
    const int_case<T> cases[] = {
        accepts<T>("0", 0, 1),
        accepts<T>("-0", 0, 2),
        accepts<T>("9223372036854775808", std::uint64_t{1} << 63, 19),
        accepts<T>("18446744073709551615", u64_max, 20),
        refuses<T>("18446744073709551616", error_code::number_out_of_range, 0),
        refuses<T>("18446744073709551620", error_code::number_out_of_range, 0),
        refuses<T>("99999999999999999999", error_code::number_out_of_range, 0),
        refuses<T>("184467440737095516150", error_code::number_out_of_range, 0),
        refuses<T>("-1", error_code::number_out_of_range, 0),
        refuses<T>(" -18446744073709551615", error_code::number_out_of_range, 1),
        refuses<T>("1.5", error_code::type_mismatch, 0),
        refuses<T>("01", error_code::invalid_number, 0),
    };
    check_integers(cases);
}

TEST(integer, int32) {
    using T = std::int32_t;
    const int_case<T> cases[] = {
        accepts<T>("2147483647", std::numeric_limits<T>::max(), 10),
        accepts<T>("-2147483648", std::numeric_limits<T>::min(), 11),
        accepts<T>("-0", 0, 2),
        refuses<T>("2147483648", error_code::number_out_of_range, 0),
        refuses<T>("-2147483649", error_code::number_out_of_range, 0),
        refuses<T>("4294967296", error_code::number_out_of_range, 0),
        refuses<T>("9223372036854775807", error_code::number_out_of_range, 0),
        accepts<T>("1e3", 1000, 3),
        refuses<T>("3e9", error_code::number_out_of_range, 0),
    };
    check_integers(cases);
}

TEST(integer, uint8) {
    using T = std::uint8_t;
    const int_case<T> cases[] = {
        accepts<T>("0", 0, 1),
        accepts<T>("-0", 0, 2),
        accepts<T>("255", 255, 3),
        refuses<T>("256", error_code::number_out_of_range, 0),
        refuses<T>("1000", error_code::number_out_of_range, 0),
        refuses<T>("-1", error_code::number_out_of_range, 0),
        accepts<T>("1.0", 1, 3),
        refuses<T>("2.56e2", error_code::number_out_of_range, 0),
        refuses<T>("-1.0", error_code::number_out_of_range, 0),
        refuses<T>("0.5", error_code::type_mismatch, 0),
    };
    check_integers(cases);
}

TEST(integer, int8) {
    using T = std::int8_t;
    const int_case<T> cases[] = {
        accepts<T>("127", 127, 3),
        accepts<T>("-128", -128, 4),
        refuses<T>("128", error_code::number_out_of_range, 0),
        refuses<T>("-129", error_code::number_out_of_range, 0),
    };
    check_integers(cases);
}

/// Random digit strings of every length up to 22, compared with std::from_chars.
template <class Int>
void check_against_from_chars(std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    for (int i = 0; i < 20000; ++i) {
        std::string text = (rng() % 2 == 0) ? "-" : "";
        const std::size_t digits = 1 + rng() % 22;
        text += static_cast<char>('1' + rng() % 9);
        for (std::size_t d = 1; d < digits; ++d) text += static_cast<char>('0' + rng() % 10);
        // from_chars accepts no sign on unsigned types: "-N" is out of range there
        Int want{};
        const auto r = std::from_chars(text.data(), text.data() + text.size(), want);
        const bool representable = r.ec == std::errc{} && r.ptr == text.data() + text.size();
        // alone (the byte-wise scanner), and followed by more text (33 readable bytes: the
        // SWAR paths)
        for (const std::string& document : {text, text + ",\n" + std::string(40, ' ')}) {
            const outcome<Int> got = read_integer<Int>(document);
            ASSERT_EQ(got.ok, representable) << document;
            if (representable) {
                ASSERT_EQ(got.value, want) << document;
                ASSERT_EQ(got.offset, text.size()) << document;
            } else {
                ASSERT_EQ(got.error, error_code::number_out_of_range) << document;
            }
        }
    }
}

TEST(integer, what_is_not_an_integer_fails_the_same_with_text_after_it) {
    // the int64 fast path must hand everything it does not take to the general reader
    for (const std::string_view text :
         {"123.5"sv, "123e-2"sv, "123E+20"sv, "-7.01"sv, "0123"sv, "-0123"sv, "-x"sv, "1.x"sv,
          "00"sv, "-0.5"sv, "123456789012345.5"sv, "1234567890123456e5"sv}) {
        const outcome<std::int64_t> alone = read_integer<std::int64_t>(text);
        const std::string padded = std::string(text) + "," + std::string(40, ' ');
        const outcome<std::int64_t> followed = read_integer<std::int64_t>(padded);
        ASSERT_FALSE(alone.ok) << text;
        EXPECT_FALSE(followed.ok) << text;
        EXPECT_EQ(followed.error, alone.error) << text;
        EXPECT_EQ(followed.error_offset, alone.error_offset) << text;
    }
    for (const std::string_view text : {"-0"sv, "0"sv, "999999999999999"sv, "-999999999999999"sv,
                                        "1000000000000000"sv, "1762513200850"sv}) {
        const std::string padded = std::string(text) + "}" + std::string(40, ' ');
        const outcome<std::int64_t> followed = read_integer<std::int64_t>(padded);
        ASSERT_TRUE(followed.ok) << text;
        EXPECT_EQ(followed.value, std::stoll(std::string(text))) << text;
        EXPECT_EQ(followed.offset, text.size()) << text;
    }
    // whole numbers written with a fraction or an exponent, through the general reader
    for (const auto& [text, value] :
         {std::pair{"123e2"sv, std::int64_t{12300}}, std::pair{"123E+2"sv, std::int64_t{12300}},
          std::pair{"-7.0"sv, std::int64_t{-7}},
          std::pair{"1234567890123456e1"sv, std::int64_t{12345678901234560}}}) {
        const std::string padded = std::string(text) + "}" + std::string(40, ' ');
        const outcome<std::int64_t> followed = read_integer<std::int64_t>(padded);
        ASSERT_TRUE(followed.ok) << text;
        EXPECT_EQ(followed.value, value) << text;
        EXPECT_EQ(followed.offset, text.size()) << text;
    }
}

TEST(integer, random_digits_agree_with_from_chars) {
    check_against_from_chars<std::int64_t>(1);
    check_against_from_chars<std::uint64_t>(2);
    check_against_from_chars<std::int32_t>(3);
    check_against_from_chars<std::uint16_t>(4);
    // std::int64_t is long here; long long takes the same fast path through a conversion
    check_against_from_chars<long long>(5);
    check_against_from_chars<unsigned long long>(6);
}

/// Reads `texts` as one JSON array with one reader, so that each integer is scanned with the
/// digit count of the one before as its guess, and checks every element against a fresh
/// reader's answer for that text alone (with text after it, as in the array). Stops at the
/// first element that fails, which must fail the same way, at the same byte.
void expect_run_reads_like_each_alone(const std::vector<std::string>& texts) {
    std::string document = "[";
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        if (i != 0) document += ',';
        starts.push_back(document.size());
        document += texts[i];
    }
    document += "]" + std::string(40, ' ');
    const exact_copy text(document);
    const callmap::parse_options options;
    callmap::arena memory;
    callmap::json::reader r(text.view(), memory, options);
    bool more = false;
    ASSERT_TRUE(r.array_start(more));
    for (std::size_t i = 0; i < texts.size(); ++i) {
        SCOPED_TRACE(document.substr(0, starts[i] + texts[i].size()));
        const outcome<std::int64_t> alone =
            read_integer<std::int64_t>(texts[i] + "," + std::string(40, ' '));
        std::int64_t value = 0;
        const bool ok = r.read_integer(value);
        ASSERT_EQ(ok, alone.ok);
        if (!ok) {
            EXPECT_EQ(r.error(), alone.error);
            EXPECT_EQ(r.error_offset(), starts[i] + alone.error_offset);
            return;
        }
        EXPECT_EQ(value, alone.value);
        EXPECT_EQ(r.offset(), starts[i] + alone.offset);
        ASSERT_TRUE(r.array_next(more));
        ASSERT_EQ(more, i + 1 < texts.size());
    }
}

TEST(integer, a_run_of_integers_reads_like_each_one_alone) {
    // the same length again (the guess holds), then shorter, longer, the longest the fast path
    // takes, one past it, and numbers that start like the guess and then are not integers
    expect_run_reads_like_each_alone({"1762513200850", "1762513200851", "-1762513200852",
                                      "17625132008", "1762513200853", "999999999999999",
                                      "1000000000000000", "1762513200854", "0", "7", "-7", "12"});
    for (const std::string_view bad :
         {"012"sv, "-012"sv, "123.5"sv, "123e2"sv, "123E+2"sv, "1234"sv, "9223372036854775808"sv}) {
        expect_run_reads_like_each_alone({"123", "456", std::string(bad)});
    }
    expect_run_reads_like_each_alone({"9", "0", "01"});
    expect_run_reads_like_each_alone(
        {"123456789012345", "123456789012345", "12345678901234567", "123456789012345"});
}

TEST(integer, random_runs_of_integers_read_like_each_one_alone) {
    // lengths repeat (so the guess holds) and change (so it does not); one run in ten ends with
    // a number of the guessed length that is not a valid integer
    std::mt19937_64 rng(20261123);
    constexpr std::size_t lengths[] = {1, 2, 3, 9, 13, 15, 16, 19, 20};
    for (int run = 0; run < 3000; ++run) {
        std::vector<std::string> texts;
        std::size_t length = lengths[rng() % std::size(lengths)];
        const auto count = 1 + rng() % 20;
        for (std::uint64_t k = 0; k < count; ++k) {
            if (rng() % 3 == 0) length = lengths[rng() % std::size(lengths)];
            std::string text = rng() % 4 == 0 ? "-" : "";
            text += static_cast<char>((length == 1 ? '0' : '1') + rng() % (length == 1 ? 10 : 9));
            for (std::size_t d = 1; d < length; ++d) text += static_cast<char>('0' + rng() % 10);
            texts.push_back(std::move(text));
        }
        if (rng() % 10 == 0) {
            std::string bad(length, '5');
            switch (rng() % 4) {
                case 0: bad[0] = '0'; break;
                case 1: bad += ".5"; break;
                case 2: bad += "e3"; break;
                default: bad = "-0" + bad.substr(1); break;
            }
            texts.push_back(std::move(bad));
        }
        expect_run_reads_like_each_alone(texts);
        if (HasFailure()) return;
    }
}

// --- doubles ---------------------------------------------------------------------------------

TEST(double_value, exact_values_and_signs) {
    struct double_case {
        std::string_view text;
        double value;
        std::size_t end;
    };
    const double_case cases[] = {
        {"0", 0.0, 1},
        {"-0", -0.0, 2},
        {"-0.0", -0.0, 4},
        {"-0e5", -0.0, 4},
        {"0e400", 0.0, 5},
        {"-0e-400", -0.0, 7},
        {"1e-400", 0.0, 6},
        {"-1e-400", -0.0, 7},
        {"1.5e-3", 0.0015, 6},
        {"1E5", 100000.0, 3},
        {"1e+5", 100000.0, 4},
        {"-2.5", -2.5, 4},
        {" 0.5 ", 0.5, 4},
        {"42,", 42.0, 2},
        {"9007199254740993", 9007199254740992.0, 16},
        {"1.7976931348623157e308", std::numeric_limits<double>::max(), 22},
        {"4.9e-324", std::numeric_limits<double>::denorm_min(), 8},
        {"2.2250738585072014e-308", std::numeric_limits<double>::min(), 23},
    };
    for (const double_case& c : cases) {
        const outcome<double> r = read_double(c.text);
        ASSERT_TRUE(r.ok) << c.text;
        EXPECT_EQ(bits_of(r.value), bits_of(c.value)) << c.text << " gave " << r.value;
        EXPECT_EQ(std::signbit(r.value), std::signbit(c.value)) << c.text;
        EXPECT_EQ(r.offset, c.end) << c.text;
    }
}

TEST(double_value, correctly_rounded_like_strtod) {
    const std::string_view cases[] = {
        "0.1",
        "0.2",
        "0.3",
        "0.30000000000000004",
        "2.2250738585072011e-308",  // the largest subnormal, just below DBL_MIN
        "2.2250738585072012e-308",
        "2.2250738585072014e-308",
        "9007199254740993",  // 2^53 + 1: a tie, rounds to even
        "9007199254740995",
        "9007199254740992",
        "1.7976931348623157e308",
        "1.7976931348623158e308",  // still rounds down to DBL_MAX
        "4.9e-324",
        "5e-324",
        "2.4703282292062328e-324",  // just above half the smallest subnormal
        "1e-323",
        "123456789012345678901234567890",
        "-123456789012345678901234567890",
        "1e22",
        "1e23",  // the first power of ten that is not exact
        "1e-22",
        "1e-23",
        "8.98846567431158e307",
        "3.141592653589793238462643383279502884197169399375105820974944",
        "1.00000000000000011102230246251565404236316680908203125",  // 1 + ulp/2: a tie
        "1.00000000000000011102230246251565404236316680908203126",
        "4503599627370496.5",
        "4503599627370497.5",
        "7.2057594037927933e16",
        "0.000000000000000000000000000000000000000000001",
        "123456.789e-3",
        "1234567890123456789",
        "12345678901234567890",
        "0.1234567890123456789012345",
        "100000000000000000000000000000000000000000000000000e-50",
        "-1.5e-3",
    };
    for (const std::string_view text : cases) {
        const strtod_result want = strtod_of(std::string(text));
        ASSERT_TRUE(std::isfinite(want.value)) << text;
        const outcome<double> r = read_double(text);
        ASSERT_TRUE(r.ok) << text;
        EXPECT_EQ(bits_of(r.value), bits_of(want.value))
            << text << " gave " << r.value << ", strtod " << want.value;
        EXPECT_EQ(r.offset, text.size()) << text;
    }
}

TEST(double_value, slow_path_examples_have_these_values) {
    // spelled out, in case strtod itself were wrong
    EXPECT_EQ(read_double("9007199254740993").value, 9007199254740992.0);
    EXPECT_EQ(read_double("9007199254740995").value, 9007199254740996.0);
    EXPECT_EQ(read_double("1.00000000000000011102230246251565404236316680908203125").value, 1.0);
    EXPECT_EQ(read_double("1.00000000000000011102230246251565404236316680908203126").value,
              1.0 + std::numeric_limits<double>::epsilon());
    EXPECT_EQ(read_double("0.1").value, 0.1);
    EXPECT_EQ(read_double("2.2250738585072011e-308").value,
              std::numeric_limits<double>::min() - std::numeric_limits<double>::denorm_min());
    EXPECT_EQ(read_double("123456789012345678901234567890").value, 1.2345678901234568e29);
    EXPECT_EQ(read_double("2.4703282292062327e-324").value, 0.0);  // below half: underflows
}

TEST(double_value, grammar_and_range_errors) {
    struct error_case {
        std::string_view text;
        error_code code;
        std::size_t offset;
    };
    const error_case cases[] = {
        {"1e400", error_code::number_out_of_range, 0},
        {"-1e400", error_code::number_out_of_range, 0},
        {"  1.7976931348623159e308", error_code::number_out_of_range, 2},
        {"-", error_code::unexpected_end, 1},
        {"01", error_code::invalid_number, 0},
        {"-01", error_code::invalid_number, 1},
        {"1.", error_code::unexpected_end, 2},
        {"1.x", error_code::invalid_number, 2},
        {".5", error_code::expected_value, 0},
        {"+1", error_code::expected_value, 0},
        {"1e", error_code::unexpected_end, 2},
        {"1e+", error_code::unexpected_end, 3},
        {"1E-", error_code::unexpected_end, 3},
        {"1e+-5", error_code::invalid_number, 3},
        {"NaN", error_code::expected_value, 0},
        {"Infinity", error_code::expected_value, 0},
        {"-Infinity", error_code::invalid_number, 1},
        {"", error_code::unexpected_end, 0},
    };
    for (const error_case& c : cases) {
        const outcome<double> r = read_double(c.text);
        EXPECT_FALSE(r.ok) << c.text;
        EXPECT_EQ(r.error, c.code) << c.text;
        EXPECT_EQ(r.error_offset, c.offset) << c.text;
    }
}

TEST(double_value, ten_thousand_digits) {
    std::string digits;
    for (int i = 0; i < 1000; ++i) digits += "1234567890";
    ASSERT_EQ(digits.size(), 10000u);

    // about 1.2e9999: overflows, which is an error
    const outcome<double> huge = read_double(digits);
    EXPECT_FALSE(huge.ok);
    EXPECT_EQ(huge.error, error_code::number_out_of_range);
    EXPECT_EQ(huge.error_offset, 0u);
    const outcome<double> one_then_zeros = read_double("1" + std::string(9999, '0'));
    EXPECT_EQ(one_then_zeros.error, error_code::number_out_of_range);
    // past the largest double (about 1.8e308): 1e309 and 309 nines; 308 nines round to 1e308
    EXPECT_EQ(read_double("1" + std::string(309, '0')).error, error_code::number_out_of_range);
    EXPECT_EQ(read_double(std::string(309, '9')).error, error_code::number_out_of_range);
    EXPECT_EQ(read_double(std::string(308, '9')).value, 1e308);

    // the same digits as a fraction, or scaled back down: finite and correctly rounded
    for (const std::string& text :
         {"1." + digits, "0." + digits, "-0." + digits, digits + "e-9990", digits + "e-10100",
          "1" + std::string(9999, '0') + "e-9990", "0." + std::string(9999, '0') + "1e9990"}) {
        const strtod_result want = strtod_of(text);
        const outcome<double> r = read_double(text);
        ASSERT_TRUE(r.ok) << text.substr(0, 20);
        EXPECT_EQ(bits_of(r.value), bits_of(want.value))
            << text.substr(0, 20) << " gave " << r.value << ", strtod " << want.value;
        EXPECT_EQ(r.offset, text.size());
    }
    EXPECT_EQ(read_double("1" + std::string(9999, '0') + "e-9990").value, 1e9);

    // 10,000 digits below the smallest subnormal: underflows to a signed zero
    const outcome<double> tiny = read_double("-0." + std::string(9999, '0') + "1");
    ASSERT_TRUE(tiny.ok);
    EXPECT_EQ(bits_of(tiny.value), bits_of(-0.0));
}

/// A random JSON number: sign, 1..25 integer digits (or "0"), an optional fraction of 1..25
/// digits and an optional exponent within the range where doubles live.
std::string random_number(std::mt19937_64& rng) {
    std::string text = rng() % 3 == 0 ? "-" : "";
    if (rng() % 4 == 0) {
        text += '0';
    } else {
        text += static_cast<char>('1' + rng() % 9);
        for (std::uint64_t n = rng() % 25; n != 0; --n) {
            text += static_cast<char>('0' + rng() % 10);
        }
    }
    if (rng() % 2 == 0) {
        text += '.';
        for (std::uint64_t n = 1 + rng() % 25; n != 0; --n) {
            text += static_cast<char>('0' + rng() % 10);
        }
    }
    if (rng() % 2 == 0) {
        text += rng() % 2 == 0 ? 'e' : 'E';
        const std::uint64_t sign = rng() % 3;
        if (sign != 0) text += sign == 1 ? '+' : '-';
        text += std::to_string(rng() % 340);
    }
    return text;
}

TEST(double_value, random_numbers_agree_with_strtod) {
    std::mt19937_64 rng(20240229);
    for (int i = 0; i < 50000; ++i) {
        const std::string text = random_number(rng);
        const strtod_result want = strtod_of(text);
        const outcome<double> r = read_double(text);
        if (std::isinf(want.value)) {
            ASSERT_FALSE(r.ok) << text;
            ASSERT_EQ(r.error, error_code::number_out_of_range) << text;
        } else {
            ASSERT_TRUE(r.ok) << text;
            ASSERT_EQ(bits_of(r.value), bits_of(want.value))
                << text << " gave " << r.value << ", strtod " << want.value;
        }
    }
}

// --- money micros ----------------------------------------------------------------------------

struct micros_case {
    std::string_view text;
    error_code code;  ///< what parse_decimal_micros returns
    std::int64_t micros;
};

const micros_case micros_cases[] = {
    {"0.0594", error_code::ok, 59400},
    {"0.077", error_code::ok, 77000},
    {"1", error_code::ok, 1000000},
    {"-0.05400", error_code::ok, -54000},
    {"0", error_code::ok, 0},
    {"-0", error_code::ok, 0},
    {"0.000001", error_code::ok, 1},
    {"-0.000001", error_code::ok, -1},
    {"123.456789", error_code::ok, 123456789},
    // digits past the sixth decimal round half to even
    {"0.0000005", error_code::ok, 0},
    {"0.0000015", error_code::ok, 2},
    {"0.0000025", error_code::ok, 2},
    {"0.0000035", error_code::ok, 4},
    {"0.00000251", error_code::ok, 3},
    {"0.0000025000000000000000000001", error_code::ok, 3},
    {"0.0000004999999", error_code::ok, 0},
    {"0.0000001", error_code::ok, 0},
    {"0.0000009", error_code::ok, 1},
    {"-0.0000005", error_code::ok, 0},
    {"-0.0000015", error_code::ok, -2},
    {"-0.0000025", error_code::ok, -2},
    {"-0.00000251", error_code::ok, -3},
    {"123.4567895", error_code::ok, 123456790},
    {"0.1234565", error_code::ok, 123456},
    {"0.9999995", error_code::ok, 1000000},
    {"0.9999994999", error_code::ok, 999999},
    // exponents
    {"1e-7", error_code::ok, 0},
    {"5e-7", error_code::ok, 0},
    {"6e-7", error_code::ok, 1},
    {"1.5e-6", error_code::ok, 2},
    {"2.5e-6", error_code::ok, 2},
    {"5e-8", error_code::ok, 0},
    {"9e-400", error_code::ok, 0},
    {"1E-6", error_code::ok, 1},
    {"1.5e2", error_code::ok, 150000000},
    {"1.5E+2", error_code::ok, 150000000},
    {"0.5e1", error_code::ok, 5000000},
    {"1e6", error_code::ok, 1000000000000},
    {"1000000000000e-6", error_code::ok, 1000000000000},
    {"12345678901234567890e-13", error_code::ok, 1234567890123},
    {"0.000000000001e12", error_code::ok, 1000000},
    {"0e400", error_code::ok, 0},
    {"0e-400", error_code::ok, 0},
    {"0.000e99999999999999999999", error_code::ok, 0},
    {"1e-99999999999999999999", error_code::ok, 0},
    // the int64 range of micros
    {"9223372036854.775807", error_code::ok, i64_max},
    {"-9223372036854.775807", error_code::ok, -i64_max},
    {"9223372036854.7758065", error_code::ok, 9223372036854775806},
    {"9223372036854.77580749", error_code::ok, i64_max},
    {"922337203685477.5807e-2", error_code::ok, i64_max},
    {"9223372036854", error_code::ok, 9223372036854000000},
    {"9223372036854.775808", error_code::number_out_of_range, 0},
    {"-9223372036854.775808", error_code::number_out_of_range, 0},
    {"9223372036854.7758075", error_code::number_out_of_range, 0},
    {"9223372036855", error_code::number_out_of_range, 0},
    {"100000000000000000000", error_code::number_out_of_range, 0},
    {"1e400", error_code::number_out_of_range, 0},
    {"1e99999999999999999999", error_code::number_out_of_range, 0},
    {"0.0000000000000000000000000000000000000001e99999999", error_code::number_out_of_range, 0},
    // not exactly one JSON number
    {"", error_code::invalid_number, 0},
    {"abc", error_code::invalid_number, 0},
    {"1.2.3", error_code::invalid_number, 0},
    {"-", error_code::invalid_number, 0},
    {"01", error_code::invalid_number, 0},
    {"1.", error_code::invalid_number, 0},
    {".5", error_code::invalid_number, 0},
    {"+1", error_code::invalid_number, 0},
    {"1e", error_code::invalid_number, 0},
    {" 1", error_code::invalid_number, 0},
    {"1 ", error_code::invalid_number, 0},
    {"1,", error_code::invalid_number, 0},
    {"0x10", error_code::invalid_number, 0},
    // around the limits of the one-pass reader (12 integer and 6 fraction digits)
    {"999999999999.999999", error_code::ok, 999999999999999999},
    {"-999999999999.999999", error_code::ok, -999999999999999999},
    {"999999999999", error_code::ok, 999999999999000000},
    {"1234567890123.5", error_code::ok, 1234567890123500000},
    {"1.1234567", error_code::ok, 1123457},
    {"0.000000", error_code::ok, 0},
    {"00", error_code::invalid_number, 0},
    {"-01.5", error_code::invalid_number, 0},
    {"00.5", error_code::invalid_number, 0},
    {"-.5", error_code::invalid_number, 0},
    {"1.-5", error_code::invalid_number, 0},
    {"1.5 ", error_code::invalid_number, 0},
    {"1.5x", error_code::invalid_number, 0},
    {"1.1234567x", error_code::invalid_number, 0},
    {"1234567890123x", error_code::invalid_number, 0},
    {"--1", error_code::invalid_number, 0},
};

TEST(micros, parse_decimal_micros) {
    for (const micros_case& c : micros_cases) {
        const exact_copy text(c.text);
        std::int64_t out = -12345;
        const error_code code = callmap::json::parse_decimal_micros(text.view(), out);
        EXPECT_EQ(code, c.code) << '"' << c.text << '"';
        if (c.code == error_code::ok) {
            EXPECT_EQ(out, c.micros) << '"' << c.text << '"';
        }
    }
}

TEST(micros, read_micros_agrees_and_reports_range_errors_at_the_number) {
    for (const micros_case& c : micros_cases) {
        if (c.code == error_code::invalid_number) continue;  // grammar errors: see below
        const std::string document = "  " + std::string(c.text) + " ";
        const outcome<std::int64_t> r = read_micros(document);
        if (c.code == error_code::ok) {
            EXPECT_TRUE(r.ok) << c.text;
            EXPECT_EQ(r.value, c.micros) << c.text;
            EXPECT_EQ(r.offset, c.text.size() + 2) << c.text;
        } else {
            EXPECT_FALSE(r.ok) << c.text;
            EXPECT_EQ(r.error, error_code::number_out_of_range) << c.text;
            EXPECT_EQ(r.error_offset, 2u) << c.text;
        }
    }
}

TEST(micros, read_micros_grammar_errors) {
    struct error_case {
        std::string_view text;
        error_code code;
        std::size_t offset;
    };
    const error_case cases[] = {
        {"", error_code::unexpected_end, 0},        {"abc", error_code::expected_value, 0},
        {"\"0.05\"", error_code::type_mismatch, 0}, {"-", error_code::unexpected_end, 1},
        {"01", error_code::invalid_number, 0},      {" -01", error_code::invalid_number, 2},
        {"1.", error_code::unexpected_end, 2},      {".5", error_code::expected_value, 0},
        {"+1", error_code::expected_value, 0},      {"1e+", error_code::unexpected_end, 3},
    };
    for (const error_case& c : cases) {
        const outcome<std::int64_t> r = read_micros(c.text);
        EXPECT_FALSE(r.ok) << c.text;
        EXPECT_EQ(r.error, c.code) << c.text;
        EXPECT_EQ(r.error_offset, c.offset) << c.text;
    }
}

TEST(micros, read_micros_consumes_only_the_number) {
    const outcome<std::int64_t> r = read_micros("1.2.3");
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(r.value, 1200000);
    EXPECT_EQ(r.offset, 3u);
}

/// Micros computed on the decimal digits as text: move the point by the exponent and six
/// places, keep the integer digits, round half to even on the rest. Returns the decimal
/// value, e.g. "-54000", or "out of range" when it does not fit in int64.
std::string reference_micros(std::string_view text) {
    const bool negative = !text.empty() && text[0] == '-';
    if (negative) text.remove_prefix(1);
    std::int64_t exponent = 0;
    if (const auto e = text.find_first_of("eE"); e != std::string_view::npos) {
        exponent = std::stoll(std::string(text.substr(e + 1)));
        text = text.substr(0, e);
    }
    const auto point = text.find('.');
    const std::string_view int_part = text.substr(0, point);
    const std::string digits =
        std::string(int_part) +
        std::string(point == std::string_view::npos ? ""sv : text.substr(point + 1));
    const std::int64_t keep = static_cast<std::int64_t>(int_part.size()) + exponent + 6;
    const auto size = static_cast<std::int64_t>(digits.size());
    std::string kept;
    char round = '0';
    bool sticky = false;
    if (keep >= 0) {
        for (std::int64_t i = 0; i < keep; ++i) {
            kept += i < size ? digits[static_cast<std::size_t>(i)] : '0';
        }
        if (keep < size) round = digits[static_cast<std::size_t>(keep)];
        for (std::int64_t i = keep + 1; i < size; ++i) {
            if (digits[static_cast<std::size_t>(i)] != '0') sticky = true;
        }
    }
    kept.erase(0, kept.find_first_not_of('0'));
    if (kept.empty()) kept = "0";
    if (round > '5' || (round == '5' && (sticky || (kept.back() - '0') % 2 == 1))) {
        std::size_t i = kept.size();
        while (i != 0 && kept[i - 1] == '9') kept[--i] = '0';
        if (i == 0) {
            kept.insert(kept.begin(), '1');
        } else {
            ++kept[i - 1];
        }
    }
    const std::string max = std::to_string(i64_max);
    if (kept.size() > max.size() || (kept.size() == max.size() && kept > max)) {
        return "out of range";
    }
    return (negative && kept != "0" ? "-" : "") + kept;
}

TEST(micros, the_reference_itself) {
    EXPECT_EQ(reference_micros("-0.05400"), "-54000");
    EXPECT_EQ(reference_micros("0.0000025"), "2");
    EXPECT_EQ(reference_micros("0.9999995"), "1000000");
    EXPECT_EQ(reference_micros("1.5e2"), "150000000");
    EXPECT_EQ(reference_micros("9223372036854.775808"), "out of range");
}

/// A random money-like number: up to 14 integer digits, up to 12 decimals (often ending in
/// 5s and 9s, to exercise rounding and carries), sometimes an exponent.
std::string random_money(std::mt19937_64& rng) {
    static constexpr char digit_pool[] = "0123456789555999000";
    const auto pick = [&] {
        return digit_pool[rng() % (sizeof digit_pool - 1)];
    };
    std::string text = rng() % 3 == 0 ? "-" : "";
    const std::uint64_t int_digits = rng() % 15;
    if (int_digits == 0) {
        text += '0';
    } else {
        text += static_cast<char>('1' + rng() % 9);
        for (std::uint64_t n = 1; n < int_digits; ++n) text += pick();
    }
    if (rng() % 4 != 0) {
        text += '.';
        for (std::uint64_t n = 1 + rng() % 12; n != 0; --n) text += pick();
    }
    if (rng() % 4 == 0) {
        text += 'e';
        text += rng() % 2 == 0 ? "-" : "";
        text += std::to_string(rng() % 20);
    }
    return text;
}

TEST(micros, random_numbers_agree_with_the_reference) {
    std::mt19937_64 rng(7);
    for (int i = 0; i < 50000; ++i) {
        const std::string text = random_money(rng);
        const std::string want = reference_micros(text);
        std::int64_t out = 0;
        const error_code code = callmap::json::parse_decimal_micros(text, out);
        if (want == "out of range") {
            ASSERT_EQ(code, error_code::number_out_of_range) << text;
        } else {
            ASSERT_EQ(code, error_code::ok) << text;
            ASSERT_EQ(std::to_string(out), want) << text;
        }
    }
}

TEST(micros, ten_thousand_digits) {
    std::int64_t out = -1;
    EXPECT_EQ(callmap::json::parse_decimal_micros("1" + std::string(9999, '0'), out),
              error_code::number_out_of_range);
    EXPECT_EQ(callmap::json::parse_decimal_micros("0." + std::string(9999, '0') + "1", out),
              error_code::ok);
    EXPECT_EQ(out, 0);
    EXPECT_EQ(callmap::json::parse_decimal_micros("0.0000015" + std::string(9990, '0'), out),
              error_code::ok);
    EXPECT_EQ(out, 2);
    EXPECT_EQ(callmap::json::parse_decimal_micros("0.0000025" + std::string(9990, '0') + "1", out),
              error_code::ok);
    EXPECT_EQ(out, 3);
}

// --- the SWAR fast path agrees with the byte-at-a-time scanner ------------------------------

void expect_same_scan(const callmap::json::detail::number_scan& fast,
                      const callmap::json::detail::number_scan& slow, std::string_view text) {
    SCOPED_TRACE(std::string(text));
    EXPECT_EQ(fast.end, slow.end);
    EXPECT_EQ(fast.error, slow.error);
    EXPECT_EQ(fast.negative, slow.negative);
    EXPECT_EQ(fast.is_integer, slow.is_integer);
    EXPECT_EQ(fast.mantissa, slow.mantissa);
    EXPECT_EQ(fast.exponent, slow.exponent);
    EXPECT_EQ(fast.mantissa_exact, slow.mantissa_exact);
    EXPECT_EQ(fast.magnitude, slow.magnitude);
}

TEST(number_scan, swar_path_takes_common_numbers_and_agrees_with_the_bytewise_scan) {
    using callmap::json::detail::scan_number;
    using callmap::json::detail::scan_number_bytewise;
    using callmap::json::detail::scan_number_swar;
    // every number is followed by 32 bytes of a terminator, as inside a larger document
    const std::string_view taken[] = {
        "0",
        "7",
        "-0",
        "-7",
        "10",
        "1234",
        "12345678",
        "123456789",
        "1762513200000",
        "123456789012345",
        "0.5",
        "0.05",
        "0.0000001",
        "0.0000000",
        "-0.5",
        "1.5",
        "1234.56",
        "99.999",
        "0.12345678",
        "1.12345678",
        "123456789012.1234567",
        "12345678901.12345678"sv.substr(0, 19),
        "1.0",
    };
    for (const std::string_view number : taken) {
        for (const char after : {',', ']', '}', ' ', '\n', '"', 'x', '\0', '\xFF'}) {
            std::string text(number);
            text.append(32, after);
            const char* end = text.data() + text.size();
            callmap::json::detail::number_scan fast;
            ASSERT_TRUE(scan_number_swar(text.data(), end, fast)) << number;
            expect_same_scan(fast, scan_number_bytewise(text.data(), end), number);
            expect_same_scan(scan_number(text.data(), end), fast, number);
        }
    }
    // the rest goes to the bytewise scan, which decides every error and every long number
    const std::string_view declined[] = {
        "",
        "-",
        "x",
        "01",
        "-01",
        "00.5",
        "1.",
        "1.x",
        "1e5",
        "1.5E-3",
        "0e1",
        ".5",
        "+1",
        "1234567890123456",
        "0.123456789",
        "1.123456789",
        "12345678901234.123456",
        "-",
        "--1",
    };
    for (const std::string_view number : declined) {
        std::string text(number);
        text.append(32, ',');
        const char* end = text.data() + text.size();
        callmap::json::detail::number_scan fast;
        EXPECT_FALSE(scan_number_swar(text.data(), end, fast)) << number;
        expect_same_scan(scan_number(text.data(), end), scan_number_bytewise(text.data(), end),
                         number);
    }
    // fewer than 32 bytes left: the bytewise scan (no read past the end)
    const exact_copy short_input("1234.5"sv);
    callmap::json::detail::number_scan fast;
    EXPECT_FALSE(scan_number_swar(short_input.view().data(),
                                  short_input.view().data() + short_input.view().size(), fast));
}

TEST(number_scan, random_numbers_scan_the_same_on_both_paths) {
    std::mt19937_64 random(20261123);
    for (int i = 0; i < 200'000; ++i) {
        std::string text;
        if (random() % 4 == 0) text += '-';
        const auto int_digits = 1 + random() % 18;
        for (std::uint64_t d = 0; d < int_digits; ++d) {
            text += static_cast<char>('0' + random() % 10);
        }
        if (random() % 2 == 0) {
            text += '.';
            const auto frac_digits = random() % 10;
            for (std::uint64_t d = 0; d < frac_digits; ++d) {
                text += static_cast<char>('0' + random() % 10);
            }
        }
        if (random() % 8 == 0) text += "e5";
        const std::size_t size = text.size();
        text.append(32, "],} x"[random() % 5]);
        const char* end = text.data() + text.size();
        expect_same_scan(callmap::json::detail::scan_number(text.data(), end),
                         callmap::json::detail::scan_number_bytewise(text.data(), end),
                         std::string_view(text).substr(0, size));
        if (HasFailure()) return;
    }
}

/// The digits right after the sign, as the guess records them: their count, or 0 past 15.
unsigned recorded_digit_count(std::string_view text) {
    std::size_t i = !text.empty() && text[0] == '-' ? 1 : 0;
    unsigned n = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
        ++n;
        ++i;
    }
    return n < 16 ? n : 0;
}

/// True when `text` starts with what the int64 fast path reads: [-]digits, 1 to 15 of them, no
/// leading zero, no fraction or exponent after them, 33 bytes in all.
bool short_int64_text(std::string_view text) {
    const callmap::json::detail::number_scan slow =
        callmap::json::detail::scan_number_bytewise(text.data(), text.data() + text.size());
    if (text.size() < 33 || slow.error != error_code::ok || !slow.is_integer) return false;
    return slow.end - text.data() - (slow.negative ? 1 : 0) <= 15;
}

/// Scans `text` with every guess from 0 to 15: the same scan as without one, and afterwards the
/// guess holds this number's digit count. The int64 fast path takes exactly the texts that
/// short_int64_text accepts, with the byte-wise scan's value and end.
void expect_guess_changes_nothing(const std::string& text, std::size_t size) {
    using callmap::json::detail::digit_count_guess;
    using callmap::json::detail::number_scan;
    using callmap::json::detail::scan_number_swar;
    const std::string_view number = std::string_view(text).substr(0, size);
    const char* end = text.data() + text.size();
    number_scan unguessed;
    const bool taken = scan_number_swar(text.data(), end, unguessed);
    const number_scan slow = callmap::json::detail::scan_number_bytewise(text.data(), end);
    for (unsigned g = 0; g < 16; ++g) {
        SCOPED_TRACE("guess " + std::to_string(g));
        // under 33 bytes the fast paths decline before reading a digit
        const unsigned recorded = text.size() < 33 ? g : recorded_digit_count(text);
        digit_count_guess guess{g};
        number_scan guessed;
        ASSERT_EQ(scan_number_swar(text.data(), end, guessed, &guess), taken) << number;
        if (taken) expect_same_scan(guessed, unguessed, number);
        EXPECT_EQ(guess.digits, recorded) << number;
        expect_same_scan(callmap::json::detail::scan_number(text.data(), end, &guess),
                         callmap::json::detail::scan_number(text.data(), end), number);

        digit_count_guess int64_guess{g};
        std::int64_t value = 0;
        const char* after = nullptr;
        const bool read =
            callmap::json::detail::read_short_int64(text.data(), end, int64_guess, value, after);
        ASSERT_EQ(read, short_int64_text(text)) << number;
        EXPECT_EQ(int64_guess.digits, recorded) << number;
        if (!read) continue;
        EXPECT_EQ(after, slow.end) << number;
        EXPECT_EQ(value, slow.negative ? -static_cast<std::int64_t>(slow.mantissa)
                                       : static_cast<std::int64_t>(slow.mantissa))
            << number;
    }
}

TEST(number_scan, a_digit_count_guess_changes_nothing_but_speed) {
    for (const std::string_view number : {"0"sv,
                                          "7"sv,
                                          "-0"sv,
                                          "-7"sv,
                                          "10"sv,
                                          "1234"sv,
                                          "12345678"sv,
                                          "123456789"sv,
                                          "1762513200000"sv,
                                          "-1762513200000"sv,
                                          "123456789012345"sv,
                                          "1234567890123456"sv,
                                          "12345678901234567890"sv,
                                          "0.5"sv,
                                          "1234.56"sv,
                                          "1.5E-3"sv,
                                          "1e5"sv,
                                          "01"sv,
                                          "-01"sv,
                                          "00"sv,
                                          "1."sv,
                                          "x"sv,
                                          "-"sv,
                                          "--1"sv,
                                          ""sv,
                                          "1x"sv}) {
        for (const char after : {',', '}', ' ', '5', 'x'}) {
            std::string text(number);
            text.append(32, after);
            // a digit after the number is part of it
            const std::size_t size = after == '5' ? text.size() : number.size();
            expect_guess_changes_nothing(text, size);
        }
    }
    std::mt19937_64 random(7);
    for (int i = 0; i < 20'000; ++i) {
        std::string text;
        if (random() % 4 == 0) text += '-';
        const auto int_digits = random() % 18;
        for (std::uint64_t d = 0; d < int_digits; ++d) {
            text += static_cast<char>('0' + random() % 10);
        }
        if (random() % 3 == 0) text += ".25";
        const std::size_t size = text.size();
        text.append(32, "],} x"[random() % 5]);
        expect_guess_changes_nothing(text, size);
        if (HasFailure()) return;
    }
}

}  // namespace
