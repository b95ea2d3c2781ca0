// Writes values back as compact JSON: the mirror of value_parser. Described structs become
// objects in declaration order, with empty std::optional members omitted. The output is always
// valid JSON: strings are escaped as RFC 8259 requires, invalid UTF-8 becomes U+FFFD,
// non-finite doubles become null, and doubles use the shortest text that reads back exactly.
#pragma once

#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <boost/describe/enumerators.hpp>
#include <boost/describe/members.hpp>
#include <boost/describe/modifiers.hpp>
#include <boost/mp11/algorithm.hpp>

#include "callmap/json/detail/block_scan.hpp"
#include "callmap/json/detail/traits.hpp"
#include "callmap/json/member_keys.hpp"
#include "callmap/json/string.hpp"
#include "callmap/json/utf8.hpp"
#include "callmap/types.hpp"

namespace callmap::json {

namespace detail {
template <class T>
inline constexpr bool unwritable = false;
}  // namespace detail

/// Specialize to teach callmap how to write a type. The primary template is what a type no
/// specialization covers meets: a compile error that names the type and says what is written.
template <class T, class Enable = void>
struct value_writer {
    static_assert(detail::unwritable<T>,
                  "callmap::json::to_json: no value_writer for this type. It writes bool, "
                  "integers, floating point, std::string_view and std::string, std::optional<T>, "
                  "std::vector<T> and std::span<const T>, callmap::map<V> and std::map / "
                  "std::unordered_map with string keys, callmap::raw_json, and "
                  "structs and enums described with BOOST_DESCRIBE_STRUCT / BOOST_DESCRIBE_ENUM; "
                  "for anything else specialize callmap::json::value_writer<T>");
    static void write(std::string&, const T&) {}  // (no second error after the one above)
};

/// Appends `text` as a quoted, escaped JSON string.
inline void write_string(std::string& out, std::string_view text) {
    out += '"';
    const char* p = text.data();
    const char* const end = p + text.size();
    while (p != end) {
        const char* run = p;
        while (static_cast<std::size_t>(end - p) >= detail::block_scan::width) {
            const std::size_t i = detail::block_scan::first_special(p);
            p += i;
            if (i != detail::block_scan::width) break;
        }
        while (p != end) {
            const auto c = static_cast<unsigned char>(*p);
            if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) break;
            ++p;
        }
        out.append(run, p);
        if (p == end) break;
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x80) {
            const std::size_t n = detail::utf8_sequence_length(p, end);
            if (n == 0) {
                out += "\\ufffd";
                ++p;
            } else {
                out.append(p, n);
                p += n;
            }
            continue;
        }
        out += '\\';
        switch (c) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '\b': out += 'b'; break;
            case '\f': out += 'f'; break;
            case '\n': out += 'n'; break;
            case '\r': out += 'r'; break;
            case '\t': out += 't'; break;
            default:
                out += "u00";
                out += "0123456789abcdef"[c >> 4];
                out += "0123456789abcdef"[c & 0xF];
        }
        ++p;
    }
    out += '"';
}

/// Appends a double: shortest round-trip text, or null when it is not finite.
inline void write_double(std::string& out, double v) {
    if (!std::isfinite(v)) {
        out += "null";
        return;
    }
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

template <class T>
void write(std::string& out, const T& value) {
    value_writer<T>::write(out, value);
}

/// The compact JSON text of `value`.
template <class T>
std::string to_json(const T& value) {
    std::string out;
    write(out, value);
    return out;
}

template <>
struct value_writer<bool> {
    static void write(std::string& out, bool v) { out += v ? "true" : "false"; }
};

template <class Int>
struct value_writer<Int, std::enable_if_t<std::is_integral_v<Int> && !std::is_same_v<Int, bool>>> {
    static void write(std::string& out, Int v) {
        char buf[24];
        const auto r = std::to_chars(buf, buf + sizeof buf, v);
        out.append(buf, r.ptr);
    }
};

template <class Float>
struct value_writer<Float, std::enable_if_t<std::is_floating_point_v<Float>>> {
    static void write(std::string& out, Float v) {
        if constexpr (std::is_same_v<Float, float>) {
            if (!std::isfinite(v)) {
                out += "null";
                return;
            }
            char buf[32];  // the shortest text that reads back as this float: 0.1f -> "0.1"
            const auto r = std::to_chars(buf, buf + sizeof buf, v);
            out.append(buf, r.ptr);
        } else {
            write_double(out, static_cast<double>(v));
        }
    }
};

template <>
struct value_writer<std::string_view> {
    static void write(std::string& out, std::string_view v) { write_string(out, v); }
};
template <>
struct value_writer<std::string> {
    static void write(std::string& out, const std::string& v) { write_string(out, v); }
};

/// Appends validated JSON text without its insignificant whitespace (strings are kept byte
/// for byte), so that raw values never break a one-record-per-line output.
inline void write_compact(std::string& out, std::string_view json_text) {
    const char* p = json_text.data();
    const char* const end = p + json_text.size();
    while (p != end) {
        const char c = *p;
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            ++p;
        } else if (c == '"') {
            const detail::string_scan s = detail::scan_string(p + 1, end);
            const char* stop = s.error == error_code::ok ? s.close + 1 : end;
            out.append(p, stop);
            p = stop;
        } else {
            out += c;
            ++p;
        }
    }
}

template <>
struct value_writer<raw_json> {
    static void write(std::string& out, const raw_json& v) {
        if (v.empty()) {
            out += "null";
        } else {
            write_compact(out, v.text);
        }
    }
};

template <class T>
struct value_writer<std::optional<T>> {
    static void write(std::string& out, const std::optional<T>& v) {
        if (v) {
            value_writer<T>::write(out, *v);
        } else {
            out += "null";
        }
    }
};

namespace detail {
template <class T, class Range>
void write_array(std::string& out, const Range& range) {
    out += '[';
    bool first = true;
    for (const auto& element : range) {
        if (!first) out += ',';
        first = false;
        value_writer<T>::write(out, element);
    }
    out += ']';
}

template <class T>
struct is_std_optional : std::false_type {};
template <class T>
struct is_std_optional<std::optional<T>> : std::true_type {};
}  // namespace detail

template <class T, class Alloc>
struct value_writer<std::vector<T, Alloc>> {
    static void write(std::string& out, const std::vector<T, Alloc>& v) {
        detail::write_array<T>(out, v);
    }
};

template <class T>
struct value_writer<std::span<const T>> {
    static void write(std::string& out, std::span<const T> v) { detail::write_array<T>(out, v); }
};

template <class V>
struct value_writer<map<V>> {
    static void write(std::string& out, const map<V>& m) {
        out += '{';
        bool first = true;
        for (const auto& entry : m) {
            if (!first) out += ',';
            first = false;
            write_string(out, entry.key);
            out += ':';
            value_writer<V>::write(out, entry.value);
        }
        out += '}';
    }
};

/// Enumerators are written by name; a value that names no enumerator is written as its number.
template <class E>
struct value_writer<E, std::enable_if_t<boost::describe::has_describe_enumerators<E>::value>> {
    static void write(std::string& out, E v) {
        bool found = false;
        boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto D) {
            if (!found && v == D.value) {
                write_string(out, D.name);
                found = true;
            }
        });
        if (!found)
            value_writer<std::underlying_type_t<E>>::write(
                out, static_cast<std::underlying_type_t<E>>(v));
    }
};

template <class T>
struct value_writer<
    T, std::enable_if_t<boost::describe::has_describe_members<T>::value && !std::is_union_v<T>>> {
    static void write(std::string& out, const T& v) {
        out += '{';
        bool first = true;
        using members = boost::describe::describe_members<T, boost::describe::mod_public |
                                                                 boost::describe::mod_inherited>;
        boost::mp11::mp_for_each<members>([&](auto D) {
            const auto& member = v.*D.pointer;
            using member_type = std::remove_cvref_t<decltype(member)>;
            if constexpr (detail::is_std_optional<member_type>::value) {
                if (!member) return;
            }
            if (!first) out += ',';
            first = false;
            write_string(out, detail::json_key<T>(D.name));  // CALLMAP_JSON_KEYS, or the name
            out += ':';
            value_writer<member_type>::write(out, member);
        });
        out += '}';
    }
};

/// A std::map or std::unordered_map with string keys, as an object (in the container's order).
template <class M>
struct value_writer<M, std::enable_if_t<detail::is_standard_map<M>::value>> {
    static void write(std::string& out, const M& m) {
        out += '{';
        bool first = true;
        for (const auto& [key, value] : m) {
            if (!first) out += ',';
            first = false;
            write_string(out, std::string_view(key));
            out += ':';
            value_writer<typename M::mapped_type>::write(out, value);
        }
        out += '}';
    }
};

}  // namespace callmap::json
