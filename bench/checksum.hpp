// What "the same result" means for the libraries that fill callmap::zudu::envelope: a checksum
// over every member, walked by Boost.Describe reflection so that no member is forgotten.
// Computed outside the timed loops (it is thorough, not fast).
//
// Raw JSON members (metadata, events[].data, call_analysis, ...) count by presence only: DOM
// libraries cannot hand back a value's original text without re-serializing it.
#pragma once

#include <cstdint>
#include <cstdio>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include "callmap/providers/zudu.hpp"
#include "callmap/types.hpp"
#include "described_zudu.hpp"

namespace bench {

struct checksum {
    std::uint64_t words = 0;         ///< zudu::word objects
    std::uint64_t objects = 0;       ///< every described struct
    std::uint64_t integers = 0;      ///< sum (mod 2^64) of every integer, bool and enum value
    std::uint64_t string_bytes = 0;  ///< decoded bytes of every string (decimals included)
    std::uint64_t string_hash = 14695981039346656037ull;  ///< FNV-1a over them
    std::uint64_t floats = 0;                             ///< doubles seen
    double float_sum = 0;                                 ///< their sum, compared bit for bit
    std::uint64_t raw_values = 0;                         ///< raw JSON members present
    std::uint64_t absent = 0;                             ///< optionals left empty

    friend bool operator==(const checksum&, const checksum&) = default;

    std::string to_string() const;
};

namespace checksum_detail {

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};
template <class T>
struct is_span : std::false_type {};
template <class T>
struct is_span<std::span<const T>> : std::true_type {};
template <class T>
struct is_map : std::false_type {};
template <class V>
struct is_map<callmap::map<V>> : std::true_type {};
template <class T>
struct is_open_enum : std::false_type {};
template <class E>
struct is_open_enum<callmap::open_enum<E>> : std::true_type {};

inline void add_string(checksum& c, std::string_view s) {
    c.string_bytes += s.size();
    for (const char ch : s) {
        c.string_hash ^= static_cast<unsigned char>(ch);
        c.string_hash *= 1099511628211ull;
    }
    c.string_hash ^= 0xFF;  // separator: "ab"+"c" differs from "a"+"bc"
    c.string_hash *= 1099511628211ull;
}

template <class T>
void add(checksum& c, const T& v) {
    if constexpr (std::is_same_v<T, bool>) {
        c.integers += v ? 1u : 2u;
    } else if constexpr (std::is_integral_v<T>) {
        c.integers += static_cast<std::uint64_t>(v);
    } else if constexpr (std::is_floating_point_v<T>) {
        ++c.floats;
        c.float_sum += static_cast<double>(v);
    } else if constexpr (std::is_same_v<T, std::string_view>) {
        add_string(c, v);
    } else if constexpr (std::is_same_v<T, callmap::raw_json>) {
        ++c.raw_values;
    } else if constexpr (std::is_same_v<T, callmap::decimal>) {
        add_string(c, v.text);
        c.integers += v.quoted ? 3u : 5u;
    } else if constexpr (is_open_enum<T>::value) {
        add_string(c, v.raw);
        c.integers += v.value ? static_cast<std::uint64_t>(*v.value) + 7u : 11u;
    } else if constexpr (std::is_enum_v<T>) {  // a user's described enum (described_zudu.hpp)
        c.integers += static_cast<std::uint64_t>(v) + 7u;
    } else if constexpr (is_optional<T>::value) {
        if (v) {
            add(c, *v);
        } else {
            ++c.absent;
        }
    } else if constexpr (is_span<T>::value) {
        c.integers += v.size();
        for (const auto& e : v) add(c, e);
    } else if constexpr (is_map<T>::value) {
        c.integers += v.size();
        for (const auto& e : v) {
            add_string(c, e.key);
            add(c, e.value);
        }
    } else {
        static_assert(boost::describe::has_describe_members<T>::value, "unhandled member type");
        ++c.objects;
        if constexpr (std::is_same_v<T, callmap::zudu::word> || std::is_same_v<T, described::word>)
            ++c.words;
        using members = boost::describe::describe_members<T, boost::describe::mod_public>;
        boost::mp11::mp_for_each<members>([&](auto D) { add(c, v.*D.pointer); });
    }
}

}  // namespace checksum_detail

inline std::string checksum::to_string() const {
    char buf[320];
    std::snprintf(
        buf, sizeof buf,
        "words=%llu objects=%llu integers=%llu string_bytes=%llu string_hash=%016llx "
        "floats=%llu float_sum=%.17g raw_values=%llu absent=%llu",
        static_cast<unsigned long long>(words), static_cast<unsigned long long>(objects),
        static_cast<unsigned long long>(integers), static_cast<unsigned long long>(string_bytes),
        static_cast<unsigned long long>(string_hash), static_cast<unsigned long long>(floats),
        float_sum, static_cast<unsigned long long>(raw_values),
        static_cast<unsigned long long>(absent));
    return buf;
}

/// The checksum of a parsed Zudu call: the generated wire type or the described one.
template <class Envelope>
checksum checksum_of(const Envelope& e) {
    checksum c;
    checksum_detail::add(c, e);
    return c;
}

}  // namespace bench
