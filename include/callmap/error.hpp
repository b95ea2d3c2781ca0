// What went wrong while reading a payload, and where: callmap::parse_error, and the
// callmap::result<T> that every public entry point returns instead of throwing.
#pragma once

#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace callmap {

enum class error_code : std::uint8_t {
    ok = 0,
    // structure
    empty_input,
    byte_order_mark,
    unexpected_end,
    unexpected_character,
    expected_value,
    expected_key,
    expected_colon,
    expected_comma_or_object_end,
    expected_comma_or_array_end,
    trailing_content,
    invalid_literal,
    // numbers
    invalid_number,
    number_out_of_range,
    // strings
    control_character_in_string,
    invalid_escape,
    invalid_unicode_escape,
    lone_surrogate,
    invalid_utf8,
    // limits
    depth_limit_exceeded,
    input_too_large,
    array_too_long,
    arena_limit_exceeded,
    // typed reading
    type_mismatch,
    duplicate_key,
    unknown_key,
    missing_field,
    invalid_enum_value,
    invalid_value,
    // a well-formed payload that is the provider's error answer, not a call
    provider_error,
};

/// A short English description of a code, e.g. "invalid escape sequence".
constexpr std::string_view describe(error_code code) noexcept {
    switch (code) {
        case error_code::ok: return "no error";
        case error_code::empty_input: return "empty input";
        case error_code::byte_order_mark: return "byte order mark is not allowed";
        case error_code::unexpected_end: return "unexpected end of input";
        case error_code::unexpected_character: return "unexpected character";
        case error_code::expected_value: return "expected a JSON value";
        case error_code::expected_key: return "expected an object key";
        case error_code::expected_colon: return "expected ':'";
        case error_code::expected_comma_or_object_end: return "expected ',' or '}'";
        case error_code::expected_comma_or_array_end: return "expected ',' or ']'";
        case error_code::trailing_content: return "unexpected content after the JSON value";
        case error_code::invalid_literal: return "invalid literal";
        case error_code::invalid_number: return "invalid number";
        case error_code::number_out_of_range: return "number out of range";
        case error_code::control_character_in_string:
            return "unescaped control character in string";
        case error_code::invalid_escape: return "invalid escape sequence";
        case error_code::invalid_unicode_escape: return "invalid \\u escape";
        case error_code::lone_surrogate: return "lone UTF-16 surrogate";
        case error_code::invalid_utf8: return "invalid UTF-8";
        case error_code::depth_limit_exceeded: return "nesting depth limit exceeded";
        case error_code::input_too_large: return "input larger than the configured limit";
        case error_code::array_too_long: return "array longer than the configured limit";
        case error_code::arena_limit_exceeded: return "arena memory limit exceeded";
        case error_code::type_mismatch: return "unexpected JSON type";
        case error_code::duplicate_key: return "duplicate key";
        case error_code::unknown_key: return "unknown key";
        case error_code::missing_field: return "missing required field";
        case error_code::invalid_enum_value: return "invalid enum value";
        case error_code::invalid_value: return "invalid value";
        case error_code::provider_error: return "provider returned an error";
    }
    return "unknown error";
}

/// A failed parse: the code, a message, and where it happened. Built only on the error path.
struct parse_error {
    error_code code = error_code::ok;
    std::string message;     ///< e.g. "expected number" or "duplicate key 'id'"
    std::size_t offset = 0;  ///< byte offset into the input
    std::size_t line = 0;    ///< 1-based
    std::size_t column = 0;  ///< 1-based, in bytes
    std::string path;        ///< JSON path, e.g. "$.data.transcript_object[3].words[2].start"

    /// "expected number at $.data.latency.e2e.values[3] (byte 1234, line 7, col 19)"; errors
    /// that belong to no place in the input (line 0, e.g. a provider's error answer) are the
    /// message alone.
    std::string to_string() const {
        if (line == 0) return message;
        std::string out = message;
        if (!path.empty()) {
            out += " at ";
            out += path;
        }
        out += " (byte " + std::to_string(offset) + ", line " + std::to_string(line) + ", col " +
               std::to_string(column) + ")";
        return out;
    }

    friend std::ostream& operator<<(std::ostream& os, const parse_error& e) {
        return os << e.to_string();
    }
};

/// A value or a parse_error. Check it before use: `if (!r) report(r.error());`.
template <class T>
class [[nodiscard]] result {
public:
    // by reference: a large T (the 656-byte callmap::call) is copied or moved once, not twice
    result(const T& value) : state_(std::in_place_index<0>, value) {}
    result(T&& value) : state_(std::in_place_index<0>, std::move(value)) {}
    result(parse_error error) : state_(std::in_place_index<1>, std::move(error)) {}
    /// A value-initialized T, to be filled in place (no T is built elsewhere and copied in).
    explicit result(std::in_place_t) : state_(std::in_place_index<0>) {}

    bool has_value() const noexcept { return state_.index() == 0; }
    explicit operator bool() const noexcept { return has_value(); }

    // Precondition: has_value() (error(): !has_value()); std::get checks it.
    T& operator*() & { return std::get<0>(state_); }
    const T& operator*() const& { return std::get<0>(state_); }
    T&& operator*() && { return std::move(std::get<0>(state_)); }
    T* operator->() { return &std::get<0>(state_); }
    const T* operator->() const { return &std::get<0>(state_); }

    /// The error; only meaningful when has_value() is false.
    const parse_error& error() const { return std::get<1>(state_); }

private:
    std::variant<T, parse_error> state_;
};

/// Success, or a parse_error.
template <>
class [[nodiscard]] result<void> {
public:
    result() = default;
    result(parse_error error) : error_(std::move(error)), failed_(true) {}

    bool has_value() const noexcept { return !failed_; }
    explicit operator bool() const noexcept { return !failed_; }
    const parse_error& error() const noexcept { return error_; }

private:
    parse_error error_;
    bool failed_ = false;
};

}  // namespace callmap
