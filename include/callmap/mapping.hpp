// The runtime that generated to_call() functions stand on: conversions from wire values to
// canonical ones (instants, milliseconds, money), value tables with loose matching, status
// refinement by end reason, and the context that collects warnings into the arena.
#pragma once

#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <limits>
#include <new>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>

#include <boost/describe/enum.hpp>

#include "callmap/arena.hpp"
#include "callmap/call.hpp"
#include "callmap/error.hpp"
#include "callmap/json/number.hpp"
#include "callmap/time.hpp"
#include "callmap/types.hpp"

namespace callmap {

/// State of one to_call(): the arena and the warnings gathered so far. When the arena runs out
/// while the record is built, finish() turns the record into an arena_limit_exceeded error: a
/// record never comes back with parts silently missing.
class mapping_context {
public:
    static constexpr std::size_t max_warnings = 32;

    explicit mapping_context(arena& memory) noexcept : memory_(&memory) {}

    /// Records a warning; `detail` (copied into the arena) is appended in quotes. A warning
    /// the record already has is not repeated.
    void warn(std::string_view what, std::string_view detail = {}) noexcept {
        if (count_ == max_warnings || already_warned(what, detail)) return;
        if (detail.empty()) {
            warnings_.items[count_++] = what;
            return;
        }
        const std::size_t size = what.size() + detail.size() + 3;
        auto* text = static_cast<char*>(memory_->allocate(size, 1));
        if (text == nullptr) {
            out_of_memory_ = true;
            return;
        }
        std::memcpy(text, what.data(), what.size());
        text[what.size()] = ' ';
        text[what.size() + 1] = '\'';
        std::memcpy(text + what.size() + 2, detail.data(), detail.size());
        text[size - 1] = '\'';
        warnings_.items[count_++] = {text, size};
    }

    /// Allocates `count` elements in the arena; nullptr (remembered) when it is full.
    template <class T>
    T* allocate_array(std::size_t count) noexcept {
        T* out = memory_->allocate_array<T>(count);
        if (out == nullptr) out_of_memory_ = true;
        return out;
    }

    /// The finished record with its warnings (copied into the arena), or arena_limit_exceeded
    /// when anything of it did not fit.
    result<call> finish(call& out) {
        if (!seal(out)) return out_of_memory_error();
        return out;
    }

    /// finish() for a record mapped in place in `answer` (which holds a call): it keeps the
    /// record, with its warnings, or becomes arena_limit_exceeded.
    void finish_into(result<call>& answer) {
        if (!seal(*answer)) answer = out_of_memory_error();
    }

private:
    bool already_warned(std::string_view what, std::string_view detail) const noexcept {
        const std::size_t size = detail.empty() ? what.size() : what.size() + detail.size() + 3;
        for (std::size_t i = 0; i < count_; ++i) {
            const std::string_view w = warnings_.items[i];
            if (w.size() != size || !w.starts_with(what)) continue;
            if (detail.empty() || w.substr(what.size() + 2, detail.size()) == detail) return true;
        }
        return false;
    }

    /// Gives `out` its warnings; false when anything of the record did not fit in the arena.
    bool seal(call& out) {
        if (count_ != 0) {
            auto* copy = allocate_array<std::string_view>(count_);
            if (copy != nullptr) {
                for (std::size_t i = 0; i < count_; ++i) copy[i] = warnings_.items[i];
                out.warnings = {copy, count_};
            }
        }
        return !out_of_memory_;
    }

    static parse_error out_of_memory_error() {
        parse_error e;
        e.code = error_code::arena_limit_exceeded;
        e.message = "arena memory limit exceeded while mapping the call record";
        return e;  // line 0: the payload is well-formed; the caller's arena is too small
    }

    /// The warnings so far: only the first count_ are ever written or read, so the 512 bytes of
    /// slots are left uninitialized rather than zeroed on every mapping.
    union warning_slots {
        warning_slots() noexcept {}
        std::string_view items[max_warnings];
    };

    arena* memory_;
    warning_slots warnings_;
    std::size_t count_ = 0;
    bool out_of_memory_ = false;
};

/// A provider's answer that is an error, not a call (its error envelope).
inline parse_error provider_error(std::string_view provider, std::string_view message) {
    parse_error e;
    e.code = error_code::provider_error;
    e.message = std::string(provider) + " returned an error";
    if (!message.empty()) e.message += ": " + std::string(message);
    return e;  // line 0: the payload is well-formed, the error is the provider's
}

// --- numbers -----------------------------------------------------------------------------------

/// round(value * factor) for an exact decimal text, half to even; nullopt when out of range.
inline std::optional<std::int64_t> scaled_integer(std::string_view decimal_text,
                                                  std::int64_t factor) noexcept {
    std::int64_t micros = 0;
    if (json::parse_decimal_micros(decimal_text, micros) != error_code::ok) return std::nullopt;
    std::int64_t product = 0;
    if (__builtin_mul_overflow(micros, factor, &product)) return std::nullopt;
    std::int64_t quotient = product / 1'000'000;
    const std::int64_t remainder = product % 1'000'000;
    const std::int64_t twice = (remainder < 0 ? -remainder : remainder) * 2;
    if (twice > 1'000'000 || (twice == 1'000'000 && quotient % 2 != 0))
        quotient += product < 0 ? -1 : 1;
    return quotient;
}

inline std::optional<std::int64_t> scaled_integer(std::int64_t value,
                                                  std::int64_t factor) noexcept {
    std::int64_t product = 0;
    if (__builtin_mul_overflow(value, factor, &product)) return std::nullopt;
    return product;
}

inline std::optional<std::int64_t> scaled_integer(double value, std::int64_t factor) noexcept {
    const double scaled = std::nearbyint(value * static_cast<double>(factor));
    if (!(scaled > -9.2e18 && scaled < 9.2e18)) return std::nullopt;
    return static_cast<std::int64_t>(scaled);
}

inline std::optional<std::int64_t> scaled_integer(const decimal& value,
                                                  std::int64_t factor) noexcept {
    return scaled_integer(value.text, factor);
}

/// The unit a provider sends money in (`money:` of a mapping).
enum class money_unit : std::uint8_t {
    major,  ///< dollars, euros: 1.25
    cents   ///< the hundredth: 125
};
BOOST_DESCRIBE_ENUM(money_unit, major, cents)

constexpr std::int64_t micros_per(money_unit unit) noexcept {
    return unit == money_unit::cents ? 10'000 : 1'000'000;
}

/// Money in integer micros from a value in `unit` (1.25 major or 125 cents: 1'250'000).
template <class Value>
std::optional<std::int64_t> money_micros(const Value& value, money_unit unit) noexcept {
    return scaled_integer(value, micros_per(unit));
}

/// Whether the JSON number `text` has a nonzero digit more than `places` places after the
/// decimal point (exponent included: "5e-7" has one at the seventh place).
inline bool has_digits_past(std::string_view text, int places) noexcept {
    std::size_t i = text.starts_with('-') ? 1 : 0;
    long long last_nonzero = -1'000'000'000;  // decimal place of the last nonzero digit
    long long place = 0;                      // of the digit read next, before the exponent
    std::size_t integer_digits = 0;
    for (std::size_t j = i; j < text.size() && json::detail::is_digit(text[j]); ++j)
        ++integer_digits;
    place = 1 - static_cast<long long>(integer_digits);  // the first integer digit's place
    for (; i < text.size() && json::detail::is_digit(text[i]); ++i, ++place) {
        if (text[i] != '0') last_nonzero = place;
    }
    if (i < text.size() && text[i] == '.') {
        for (++i, place = 1; i < text.size() && json::detail::is_digit(text[i]); ++i, ++place) {
            if (text[i] != '0') last_nonzero = place;
        }
    }
    long long exponent = 0;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        const bool negative = i < text.size() && text[i] == '-';
        if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
        for (; i < text.size() && json::detail::is_digit(text[i]); ++i) {
            if (exponent < 1'000'000'000) exponent = exponent * 10 + (text[i] - '0');
        }
        if (negative) exponent = -exponent;
    }
    return last_nonzero - exponent > places;
}

/// money_micros, and a warning naming the amount when it is finer than a micro and had to be
/// rounded (half to even): nothing is rounded silently.
inline std::optional<std::int64_t> money_micros(mapping_context& ctx, const decimal& value,
                                                money_unit unit) noexcept {
    if (has_digits_past(value.text, unit == money_unit::cents ? 4 : 6))
        ctx.warn("amount finer than a micro, rounded", value.text);
    return money_micros(value, unit);
}
inline std::optional<std::int64_t> money_micros(mapping_context&, std::int64_t value,
                                                money_unit unit) noexcept {
    return money_micros(value, unit);
}
inline std::optional<std::int64_t> money_micros(mapping_context& ctx, double value,
                                                money_unit unit) noexcept {
    const double scaled = value * static_cast<double>(micros_per(unit));
    if (std::fabs(scaled - std::nearbyint(scaled)) > 1e-6) {
        char text[32];
        const auto written = std::to_chars(text, text + sizeof text, value);
        ctx.warn("amount finer than a micro, rounded",
                 std::string_view(text, static_cast<std::size_t>(written.ptr - text)));
    }
    return money_micros(value, unit);
}

/// A double (e.g. a latency sample) from a wire number.
inline std::optional<double> to_double(double v) noexcept {
    return v;
}
inline std::optional<double> to_double(std::int64_t v) noexcept {
    return static_cast<double>(v);
}
inline std::optional<double> to_double(const decimal& v) noexcept {
    const char* end = v.text.data() + v.text.size();
    const json::detail::number_scan s = json::detail::scan_number(v.text.data(), end);
    double out = 0;
    if (s.error != error_code::ok || !json::detail::to_double(v.text.data(), s, out))
        return std::nullopt;
    return out;
}

// --- parties -----------------------------------------------------------------------------------

/// True when the raw text already is an E.164 number: '+', then 8 to 15 digits, the first not 0.
inline bool is_e164(std::string_view raw) noexcept {
    if (raw.size() < 9 || raw.size() > 16 || raw[0] != '+' || raw[1] < '1' || raw[1] > '9')
        return false;
    bool digits = true;
    for (std::size_t i = 1; i < raw.size(); ++i) digits = digits && raw[i] >= '0' && raw[i] <= '9';
    return digits;
}

/// A phone party; E.164 only when the raw text already is one (is_e164). Numbers without a
/// country code are never guessed.
inline party to_party(std::string_view raw) noexcept {
    party p{raw, std::nullopt};
    if (is_e164(raw)) p.e164 = raw;
    return p;
}

/// `dst` = to_party(raw), built in place (generated code: no party temporary to copy back).
[[gnu::always_inline]] inline void set_party(std::optional<party>& dst,
                                             std::string_view raw) noexcept {
    party& p = dst.emplace();
    p.raw = raw;
    if (is_e164(raw)) p.e164 = raw;
}

// --- conditions --------------------------------------------------------------------------------

/// The text a condition or table compares: a string, an open enum's raw text, or true/false.
inline std::string_view text_of(std::string_view v) noexcept {
    return v;
}
template <class E>
std::string_view text_of(const open_enum<E>& v) noexcept {
    return v.raw;
}
inline std::string_view text_of(bool v) noexcept {
    return v ? "true" : "false";
}
inline std::string_view text_of(const decimal& v) noexcept {
    return v.text;
}

// --- instants ----------------------------------------------------------------------------------

/// How a provider sends an instant (`time:` of a mapping): as text, or as a number since the
/// Unix epoch.
enum class time_format : std::uint8_t {
    iso8601,
    rfc2822,
    epoch_ms,
    epoch_s
};
BOOST_DESCRIBE_ENUM(time_format, iso8601, rfc2822, epoch_ms, epoch_s)

/// True for the formats read from a number (the rest are read from text).
constexpr bool is_epoch(time_format format) noexcept {
    return format == time_format::epoch_ms || format == time_format::epoch_s;
}

/// Reads an instant into `out`; false (with a warning in `ctx`) when it is unreadable.
inline bool read_instant(mapping_context& ctx, std::string_view text, time_format format,
                         timestamp& out) {
    if (format == time_format::rfc2822) {
        if (parse_rfc2822(text, out) == error_code::ok) return true;
        ctx.warn("unreadable RFC 2822 time", text);
        return false;
    }
    time_parse_info info;
    if (parse_iso8601(text, out, &info) != error_code::ok) {
        ctx.warn("unreadable ISO 8601 time", text);
        return false;
    }
    if (info.zone_assumed) ctx.warn("time without a zone read as UTC", text);
    return true;
}

/// An epoch number (an integer, a double or a decimal); text of any kind takes the overload above.
template <class Number>
requires(!std::is_convertible_v<const Number&, std::string_view>) bool read_instant(
    mapping_context& ctx, const Number& value, time_format format, timestamp& out) {
    const std::optional<std::int64_t> ms =
        scaled_integer(value, format == time_format::epoch_s ? 1000 : 1);
    if (!ms) {
        ctx.warn("epoch time out of range");
        return false;
    }
    out = timestamp{*ms};
    return true;
}

/// The instant `value` holds, or nullopt (with a warning in `ctx`) when it is unreadable.
template <class Value>
std::optional<timestamp> to_instant(mapping_context& ctx, const Value& value, time_format format) {
    timestamp t;
    if (!read_instant(ctx, value, format, t)) return std::nullopt;
    return t;
}

// --- value tables ------------------------------------------------------------------------------

namespace detail {
/// Every byte as loose comparison sees it: ASCII letters lowercased, '-' as '_'.
struct loose_fold_table {
    unsigned char folded[256];
    constexpr loose_fold_table() noexcept : folded() {
        for (unsigned c = 0; c < 256; ++c) {
            folded[c] = static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a'
                                                   : c == '-'           ? '_'
                                                                        : c);
        }
    }
};
inline constexpr loose_fold_table loose_fold{};

/// Loose equality: ASCII case is ignored and '-' equals '_'.
inline bool loose_char_equal(char a, char b) noexcept {
    return loose_fold.folded[static_cast<unsigned char>(a)] ==
           loose_fold.folded[static_cast<unsigned char>(b)];
}

/// Loose equality of two texts of the same length (a key without '*').
inline bool loose_equal_same_size(std::string_view key, std::string_view text) noexcept {
    for (std::size_t i = 0; i < key.size(); ++i) {
        if (!loose_char_equal(key[i], text[i])) return false;
    }
    return true;
}

/// Glob match with '*' (iterative, linear backtracking: no recursion a value can exploit).
inline bool loose_match(std::string_view pattern, std::string_view text) noexcept {
    std::size_t p = 0, t = 0, star = std::string_view::npos, resume = 0;
    while (t < text.size()) {
        if (p < pattern.size() && pattern[p] == '*') {
            star = p++;
            resume = t;
        } else if (p < pattern.size() && loose_char_equal(pattern[p], text[t])) {
            ++p;
            ++t;
        } else if (star != std::string_view::npos) {
            p = star + 1;
            t = ++resume;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*') ++p;
    return p == pattern.size();
}

/// One bit per class of characters as loose_char_equal sees them: a letter (either case) or
/// digit has its own bit, '-' and '_' share one, every other byte shares one of 27 bits with
/// others. The bits of a key's characters ('*' left out) are a subset of the bits of every
/// text the key loosely matches.
constexpr std::uint64_t char_class_bit(unsigned char c) noexcept {
    if (c >= 'A' && c <= 'Z') return std::uint64_t{1} << (c - 'A');
    if (c >= 'a' && c <= 'z') return std::uint64_t{1} << (c - 'a');
    if (c >= '0' && c <= '9') return std::uint64_t{1} << (26 + c - '0');
    if (c == '-' || c == '_') return std::uint64_t{1} << 36;
    return std::uint64_t{1} << (37 + c % 27);
}

struct char_class_table {
    std::uint64_t bits[256];
    constexpr char_class_table() noexcept : bits() {
        for (unsigned c = 0; c < 256; ++c)
            bits[c] = c == '*' ? 0 : char_class_bit(static_cast<unsigned char>(c));
    }
};
inline constexpr char_class_table char_classes_of{};

/// The classes of the characters of `text`, '*' excluded.
constexpr std::uint64_t char_classes(std::string_view text) noexcept {
    std::uint64_t classes = 0;
    for (const char c : text) classes |= char_classes_of.bits[static_cast<unsigned char>(c)];
    return classes;
}
}  // namespace detail

/// One row of a value table. The constructor (run at compile time for the generated tables)
/// notes which character classes the key needs and whether it is a pattern, so that lookup()
/// rejects most pattern rows without matching them.
template <class E>
struct table_entry {
    constexpr table_entry(std::string_view provider_value, E canonical) noexcept
        : key(provider_value), value(canonical), needs(detail::char_classes(provider_value)),
          pattern(provider_value.find('*') != std::string_view::npos) {}

    std::string_view key;  ///< a provider value; '*' matches any run of characters
    E value;
    std::uint64_t needs;  ///< detail::char_classes(key)
    bool pattern;         ///< key holds a '*'
};

/// True when `raw` loosely equals one of `values` (case and '-' / '_' ignored).
inline bool matches_any(std::string_view raw,
                        std::initializer_list<std::string_view> values) noexcept {
    for (const std::string_view v : values) {
        if (detail::loose_match(v, raw)) return true;
    }
    return false;
}

/// The value for `raw` in a table: the first entry that matches (entries are tried in order,
/// so exact keys come before patterns); nullopt when none does.
template <class E>
std::optional<E> lookup(std::span<const table_entry<E>> table, std::string_view raw) noexcept {
    // An exact key of raw's size is compared at once (a mismatch shows in its first characters);
    // a pattern is tried only when raw has every character class the pattern needs.
    std::uint64_t has = 0;
    bool classified = false;
    for (const auto& entry : table) {
        if (!entry.pattern) {
            if (entry.key.size() == raw.size() && detail::loose_equal_same_size(entry.key, raw))
                return entry.value;
            continue;
        }
        if (!classified) {
            has = detail::char_classes(raw);
            classified = true;
        }
        if ((entry.needs & ~has) != 0) continue;  // a character of the key is not in raw
        if (detail::loose_match(entry.key, raw)) return entry.value;
    }
    return std::nullopt;
}

/// A generic status ("ended", "failed") refined by the end reason when it says more (busy,
/// no_answer, voicemail, ...); a hang-up says nothing beyond the status the provider reported.
/// (No std::optional<call_status> on the way: GCC -O1 loaded an empty one's value byte, and
/// memcheck reported the status it went into as uninitialised.)
constexpr call_status refine_status(call_status reported,
                                    std::optional<end_reason> reason) noexcept {
    if (!reason.has_value()) return reported;
    switch (*reason) {
        case end_reason::busy: return call_status::busy;
        case end_reason::no_answer: return call_status::no_answer;
        case end_reason::voicemail: return call_status::voicemail;
        case end_reason::transferred: return call_status::transferred;
        case end_reason::canceled: return call_status::canceled;
        case end_reason::rejected:
        case end_reason::invalid_destination:
        case end_reason::telephony_error:
        case end_reason::platform_error: return call_status::failed;
        default: return reported;
    }
}

/// Whether a status is final: the call is over (completed, or how it failed or ended).
constexpr bool is_final(call_status status) noexcept {
    switch (status) {
        case call_status::unknown:
        case call_status::scheduled:
        case call_status::queued:
        case call_status::ringing:
        case call_status::in_progress: return false;
        case call_status::completed:
        case call_status::busy:
        case call_status::no_answer:
        case call_status::failed:
        case call_status::canceled:
        case call_status::voicemail:
        case call_status::transferred: return true;
    }
    return false;
}

/// The status of a call that a webhook event names: the event moves the call object's status
/// forward (a call_started call is in progress, a call_ended one at least completed, whatever
/// stale status its object still states), never back from a final status the object states
/// (a call_ended call that failed stays failed); a completed one is refined by the end reason.
constexpr call_status status_after_event(call_status stated, call_status event,
                                         std::optional<end_reason> reason) noexcept {
    if (is_final(stated)) return stated;
    return event == call_status::completed ? refine_status(event, reason) : event;
}

/// The end reason implied by a final status, for providers without an end-reason field.
constexpr std::optional<end_reason> end_reason_from_status(call_status status) noexcept {
    switch (status) {
        case call_status::busy: return end_reason::busy;
        case call_status::no_answer: return end_reason::no_answer;
        case call_status::canceled: return end_reason::canceled;
        case call_status::failed: return end_reason::telephony_error;
        case call_status::voicemail: return end_reason::voicemail;
        case call_status::transferred: return end_reason::transferred;
        default: return std::nullopt;
    }
}

// --- stores: what generated to_call() functions write with --------------------------------------

/// Stores `value` into `dst` when it has one; true when it did. A mapping tries alternatives
/// with it: a conversion that fails leaves `dst` as it was.
template <class T, class Destination>
constexpr bool set_if(const std::optional<T>& value, Destination& dst) {
    if (!value) return false;
    dst = *value;
    return true;
}

/// Reads an instant into `dst`; false (with a warning in `ctx`) when it is unreadable, and
/// then `dst` is left as it was.
template <class Value, class Destination>
[[gnu::always_inline]] inline bool set_instant(mapping_context& ctx, const Value& value,
                                               time_format format, Destination& dst) {
    timestamp t;
    if (!read_instant(ctx, value, format, t)) return false;
    dst = t;
    return true;
}

/// Milliseconds from `origin` to the instant `ms` (epoch ms); nullopt when it does not fit.
constexpr std::optional<std::int64_t> ms_since(const timestamp& origin, std::int64_t ms) noexcept {
    std::int64_t difference = 0;
    if (__builtin_sub_overflow(ms, origin.epoch_ms, &difference)) return std::nullopt;
    return difference;
}
constexpr std::optional<std::int64_t> ms_since(const timestamp& origin,
                                               std::optional<std::int64_t> ms) noexcept {
    if (!ms) return std::nullopt;
    return ms_since(origin, *ms);
}

/// The size of an amount whose sign means "charged" (Twilio sends charges negative); nullopt
/// for the one value without a positive counterpart.
constexpr std::optional<std::int64_t> magnitude(std::optional<std::int64_t> amount) noexcept {
    if (!amount || *amount == std::numeric_limits<std::int64_t>::min()) return std::nullopt;
    return *amount < 0 ? -*amount : *amount;
}

/// A wire number times `factor`, as a double.
template <class Value>
std::optional<double> scaled_double(const Value& value, std::int64_t factor) noexcept {
    const std::optional<double> v = to_double(value);
    if (!v) return std::nullopt;
    return *v * static_cast<double>(factor);
}

/// The canonical value `raw` has in `table`; `fallback` with the warning `unmapped` (e.g.
/// "unmapped status value", followed by the value) when no entry matches.
template <class E>
[[gnu::always_inline]] inline E
lookup_or_warn(mapping_context& ctx, std::type_identity_t<std::span<const table_entry<E>>> table,
               std::string_view raw, E fallback, std::string_view unmapped) {
    const std::optional<E> value = lookup(table, raw);
    if (value) return *value;
    ctx.warn(unmapped, raw);
    return fallback;
}

/// Copies `count` elements produced by `make(i, out)` into arena storage.
template <class T, class Make>
std::span<const T> build_array(mapping_context& ctx, std::size_t count, Make&& make) {
    if (count == 0) return {};
    T* out = ctx.allocate_array<T>(count);
    if (out == nullptr) return {};  // finish() reports it
    // each element is built in place, not on the stack and then copied: such a copy re-reads
    // the element right after its parts were written (a store-forwarding stall with GCC)
    std::size_t n = 0;
    for (std::size_t i = 0; i < count; ++i) {
        T* element = ::new (static_cast<void*>(out + n)) T{};
        if (make(i, *element)) ++n;
    }
    return {out, n};
}

}  // namespace callmap
