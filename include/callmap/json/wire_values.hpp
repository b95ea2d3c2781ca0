// Reading and writing the value types that generated wire structs add to plain JSON:
// callmap::decimal (a number, or a number sent as a string) and callmap::open_enum<E>.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "callmap/json/number.hpp"
#include "callmap/json/reader.hpp"
#include "callmap/json/value_parser.hpp"
#include "callmap/json/writer.hpp"
#include "callmap/types.hpp"

namespace callmap::json {

namespace detail {
inline bool equal_ignoring_ascii_case(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
        if (x != y) return false;
    }
    return true;
}

/// True when `text` is exactly one JSON number.
inline bool is_json_number(std::string_view text) noexcept {
    const char* end = text.data() + text.size();
    const number_scan s = scan_number(text.data(), end);
    return s.error == error_code::ok && s.end == end;
}
}  // namespace detail

/// A JSON number, or a string holding exactly a JSON number ("159", "-0.05400").
template <>
struct value_parser<decimal> {
    static bool parse(reader& r, decimal& out) {
        if (r.peek() != '"') {
            out.quoted = false;
            return r.read_number_text(out.text);
        }
        const char* at = r.position();
        if (!r.read_string(out.text)) return false;
        out.quoted = true;
        if (detail::is_json_number(out.text)) return true;
        return r.fail(error_code::type_mismatch, at, "number or numeric string");
    }
};

namespace detail {
/// `text` as an open_enum<E>: its enumerator when it is one of E's spellings, and always raw.
template <class E>
void set_open_enum(std::string_view text, open_enum<E>& out) noexcept {
    out.raw = text;
    out.value.reset();
    using spelling = enum_spelling<E>;
    for (std::size_t i = 0; i < spelling::values.size(); ++i) {
        const bool match = spelling::case_insensitive
                               ? equal_ignoring_ascii_case(text, spelling::values[i])
                               : text == spelling::values[i];
        if (match) {
            out.value = static_cast<E>(i);
            return;
        }
    }
}
}  // namespace detail

template <class E>
struct value_parser<open_enum<E>> {
    static bool parse(reader& r, open_enum<E>& out) {
        std::string_view text;
        if (!r.read_string(text)) return false;
        detail::set_open_enum(text, out);
        return true;
    }
};

/// Written as it arrived: a number stays a number, a quoted number stays a string.
template <>
struct value_writer<decimal> {
    static void write(std::string& out, const decimal& d) {
        if (d.quoted) {
            write_string(out, d.text);
        } else {
            out += d.text;
        }
    }
};

/// Written as the provider's original text.
template <class E>
struct value_writer<open_enum<E>> {
    static void write(std::string& out, const open_enum<E>& e) { write_string(out, e.raw); }
};

}  // namespace callmap::json
