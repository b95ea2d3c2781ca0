// Value types that wire structs hold besides scalars and strings: raw_json (an unparsed value
// kept as its text), map<V> (a free-form object), decimal (a number that may arrive as a
// string) and open_enum<E> (a string from a known list that keeps unknown values). All are
// views into the input or the arena, trivially copyable, like the structs that contain them.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

namespace callmap {

/// A JSON value kept as its exact, validated text (e.g. `{"a":[1,2]}`), escapes untouched.
struct raw_json {
    std::string_view text;

    bool empty() const noexcept { return text.empty(); }
    bool is_null() const noexcept { return text == "null"; }
    friend bool operator==(const raw_json&, const raw_json&) = default;
};

template <class V>
struct map_entry {
    std::string_view key;
    V value;
    friend bool operator==(const map_entry&, const map_entry&) = default;
};

/// A free-form JSON object: its members in document order, keys decoded.
template <class V>
struct map {
    std::span<const map_entry<V>> entries;

    std::size_t size() const noexcept { return entries.size(); }
    bool empty() const noexcept { return entries.empty(); }
    auto begin() const noexcept { return entries.begin(); }
    auto end() const noexcept { return entries.end(); }

    /// The value of the last member named `key` (JSON's usual last-wins reading), if any.
    const V* find(std::string_view key) const noexcept {
        for (std::size_t i = entries.size(); i-- > 0;) {
            if (entries[i].key == key) return &entries[i].value;
        }
        return nullptr;
    }

    friend bool operator==(const map& a, const map& b) noexcept {
        if (a.size() != b.size()) return false;
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (!(a.entries[i] == b.entries[i])) return false;
        }
        return true;
    }
};

/// A number kept as its exact text; providers send some numbers as strings ("159",
/// "-0.05400"), so both forms are accepted. Convert with the functions in callmap/convert.hpp.
struct decimal {
    std::string_view text;  ///< always a valid JSON number, e.g. "-0.05400"
    bool quoted = false;    ///< it arrived as a JSON string
    friend bool operator==(const decimal&, const decimal&) = default;
};

/// The JSON spellings of a generated enum, in enumerator order; specialized by generated code.
template <class E>
struct enum_spelling;

/// A string from a known list. Values outside the list are never an error: `value` is empty
/// and `raw` keeps the text, so a provider adding a value does not break parsing.
template <class E>
struct open_enum {
    std::optional<E> value;
    std::string_view raw;

    bool known() const noexcept { return value.has_value(); }
    friend bool operator==(const open_enum&, const open_enum&) = default;
};

}  // namespace callmap
