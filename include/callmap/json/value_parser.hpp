// value_parser<T>: how one JSON value is read into a T. Scalars, strings, optionals, arrays
// (std::vector, or std::span in the arena), free-form objects (map<V>), raw_json, and — through
// Boost.Describe reflection — described enums and structs. Generated provider parsers
// specialize value_parser for their own structs and reuse everything else here.
//
// Reflection rules for described structs: keys match member names exactly (escaped keys are
// decoded first); std::optional members may be absent or null, every other member is required;
// unknown keys are validated and skipped (or refused in strict mode); a repeated known key is
// an error unless parse_options::duplicate_keys says last_wins.
#pragma once

#include <array>
#include <cstddef>
#include <cstring>
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

#include "callmap/json/detail/traits.hpp"
#include "callmap/json/member_keys.hpp"
#include "callmap/json/object_members.hpp"
#include "callmap/json/reader.hpp"
#include "callmap/types.hpp"

namespace callmap::json {

namespace detail {
template <class T>
inline constexpr bool always_false = false;

}  // namespace detail

/// Specialize to teach callmap how to read a type. `parse` consumes exactly one value.
/// The primary template is what a type no specialization covers meets: a compile error that
/// names the type (in the instantiation above it) and says what to use instead.
template <class T, class Enable = void>
struct value_parser {
    static_assert(detail::always_false<T>,
                  "callmap::parse: no value_parser for this type. Members can be bool, integers, "
                  "floating point, std::string_view or std::string, std::optional<T>, "
                  "std::vector<T> or std::span<const T>, callmap::map<V> (or std::map / "
                  "std::unordered_map with string keys), callmap::raw_json, and structs and "
                  "enums described with BOOST_DESCRIBE_STRUCT / BOOST_DESCRIBE_ENUM; for "
                  "anything else specialize callmap::json::value_parser<T>");
    static bool parse(reader&, T&) { return false; }  // (no second error after the one above)
};

/// Reads one value into `out` with its value_parser: what a generated parser does per member.
template <class T>
[[gnu::always_inline]] inline bool read_value(reader& r, T& out) {
    return value_parser<T>::parse(r, out);
}

namespace detail {
template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};

template <class T>
using described_members_of =
    boost::describe::describe_members<T,
                                      boost::describe::mod_public | boost::describe::mod_inherited>;

/// Reads an object with free-form keys, at most max_array_elements members; `read(key)` reads
/// the value of each member.
template <class Read>
bool parse_free_members(reader& r, Read&& read) {
    bool more = false;
    if (!r.object_start(more)) return false;
    std::size_t count = 0;
    while (more) {
        if (count == r.options().max_array_elements) {
            r.skip_ws();
            return r.fail(error_code::array_too_long, r.position());
        }
        std::string_view key;
        if (!r.object_key(key) || !read(key)) return false;
        ++count;
        if (!r.object_next(more)) return false;
    }
    return true;
}

/// Reads an array element by element; `append(element)` stores each one.
template <class T, class Append>
bool parse_elements(reader& r, Append&& append) {
    bool more = false;
    if (!r.array_start(more)) return false;
    std::size_t count = 0;
    while (more) {
        if (count == r.options().max_array_elements) {
            r.skip_ws();
            return r.fail(error_code::array_too_long, r.position());
        }
        T element{};
        if (!value_parser<T>::parse(r, element) || !append(element)) return false;
        ++count;
        if (!r.array_next(more)) return false;
    }
    return true;
}

/// Copies `count` elements parked on the arena's scratch stack at `mark` into arena storage.
template <class T>
bool settle_scratch(reader& r, std::size_t mark, std::span<const T>& out) {
    arena& memory = r.memory();
    const std::size_t count = (memory.scratch_top() - mark) / sizeof(T);
    if (count == 0) {
        out = {};
        return true;
    }
    T* dst = memory.allocate_array<T>(count);
    if (dst == nullptr) return r.fail(error_code::arena_limit_exceeded, r.position());
    std::memcpy(static_cast<void*>(dst), memory.scratch_at(mark), count * sizeof(T));
    out = {dst, count};
    return true;
}
}  // namespace detail

template <>
struct value_parser<bool> {
    static bool parse(reader& r, bool& out) { return r.read_bool(out); }
};

template <class Int>
struct value_parser<Int, std::enable_if_t<std::is_integral_v<Int> && !std::is_same_v<Int, bool>>> {
    [[gnu::always_inline]] static bool parse(reader& r, Int& out) { return r.read_integer(out); }
};

template <class Float>
struct value_parser<Float, std::enable_if_t<std::is_floating_point_v<Float>>> {
    [[gnu::always_inline]] static bool parse(reader& r, Float& out) {
        double v = 0;
        if (!r.read_double(v)) return false;
        out = static_cast<Float>(v);
        return true;
    }
};

template <>
struct value_parser<std::string_view> {
    static bool parse(reader& r, std::string_view& out) { return r.read_string(out); }
};

/// An owning string (allocates); prefer std::string_view in hot structs.
template <>
struct value_parser<std::string> {
    static bool parse(reader& r, std::string& out) {
        std::string_view v;
        if (!r.read_string(v)) return false;
        out.assign(v);
        return true;
    }
};

template <>
struct value_parser<raw_json> {
    static bool parse(reader& r, raw_json& out) { return r.read_raw_value(out.text); }
};

/// Absent members stay nullopt (see the struct parser); `null` resets to nullopt.
template <class T>
struct value_parser<std::optional<T>> {
    static bool parse(reader& r, std::optional<T>& out) {
        if (r.try_null()) {
            out.reset();
            return true;
        }
        return value_parser<T>::parse(r, out.emplace());
    }
};

/// An owning array (allocates per element growth); clear()s first.
template <class T, class Alloc>
struct value_parser<std::vector<T, Alloc>> {
    static bool parse(reader& r, std::vector<T, Alloc>& out) {
        out.clear();
        return detail::parse_elements<T>(r, [&](T& element) {
            out.push_back(std::move(element));
            return true;
        });
    }
};

/// An array whose elements live in the arena: no heap allocation once the arena is warm.
template <class T>
struct value_parser<std::span<const T>> {
    static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>,
                  "std::span<const T> elements live in the arena: T must be trivially copyable");
    static bool parse(reader& r, std::span<const T>& out) {
        arena& memory = r.memory();
        const std::size_t saved = memory.scratch_top();  // released to this, alignment included
        const std::size_t mark = memory.scratch_mark(alignof(T));
        const bool ok = detail::parse_elements<T>(r, [&](const T& element) {
            if (memory.scratch_push(&element, sizeof(T))) return true;
            return r.fail(error_code::arena_limit_exceeded, r.position());
        });
        const bool settled = ok && detail::settle_scratch(r, mark, out);
        memory.scratch_release(saved);
        return settled;
    }
};

/// A free-form object; members are kept in document order in the arena.
template <class V>
struct value_parser<map<V>> {
    static bool parse(reader& r, map<V>& out) {
        using entry = map_entry<V>;
        static_assert(std::is_trivially_copyable_v<entry>, "map values live in the arena");
        arena& memory = r.memory();
        const std::size_t saved = memory.scratch_top();
        const std::size_t mark = memory.scratch_mark(alignof(entry));
        const bool ok = parse_members(r, memory);
        const bool settled = ok && detail::settle_scratch(r, mark, out.entries);
        memory.scratch_release(saved);
        return settled;
    }

private:
    static bool parse_members(reader& r, arena& memory) {
        return detail::parse_free_members(r, [&](std::string_view key) {
            map_entry<V> entry{};
            entry.key = key;
            if (!value_parser<V>::parse(r, entry.value)) return false;
            if (!memory.scratch_push(&entry, sizeof entry)) {
                return r.fail(error_code::arena_limit_exceeded, r.position());
            }
            return true;
        });
    }
};

/// A std::map or std::unordered_map with string keys: an object with free-form keys, in an
/// owning container (it allocates per member; callmap::map<V> keeps them in the arena, in
/// document order). A repeated key follows parse_options::duplicate_keys.
template <class M>
struct value_parser<M, std::enable_if_t<detail::is_standard_map<M>::value>> {
    using key_type = typename M::key_type;
    using mapped_type = typename M::mapped_type;
    static_assert(std::is_same_v<key_type, std::string> ||
                      std::is_same_v<key_type, std::string_view>,
                  "callmap::parse: a std::map / std::unordered_map member needs std::string or "
                  "std::string_view keys (JSON object keys are strings)");

    static bool parse(reader& r, M& out) {
        out.clear();
        return detail::parse_free_members(r, [&](std::string_view text) {
            const key_type key(text);
            const bool repeated = out.find(key) != out.end();
            if (repeated && r.options().duplicate_keys == duplicate_key_policy::error) {
                return r.fail(error_code::duplicate_key, r.key_position(), text);
            }
            mapped_type& value = out[key];
            if (repeated) value = mapped_type{};
            return value_parser<mapped_type>::parse(r, value);
        });
    }
};

/// A described enum, written in JSON as the enumerator's name.
template <class E>
struct value_parser<E, std::enable_if_t<boost::describe::has_describe_enumerators<E>::value>> {
    static bool parse(reader& r, E& out) {
        r.skip_ws();
        const char* at = r.position();
        std::string_view text;
        if (!r.read_string(text)) return false;
        bool found = false;
        boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto D) {
            if (!found && text == D.name) {
                out = D.value;
                found = true;
            }
        });
        return found || r.fail(error_code::invalid_enum_value, at, text);
    }
};

/// A described struct, read by reflection through the member loop that generated parsers use
/// (object_members.hpp): its keys (CALLMAP_JSON_KEYS, or the members' names) and which members
/// are required (not std::optional, not CALLMAP_JSON_DEFAULTED) are tables computed at compile
/// time from the description.
template <class T>
struct value_parser<
    T, std::enable_if_t<boost::describe::has_describe_members<T>::value && !std::is_union_v<T>>> {
    using members = detail::described_members_of<T>;
    static constexpr std::size_t count = boost::mp11::mp_size<members>::value;
    static constexpr std::array<std::string_view, count> names = [] {
        std::array<std::string_view, count> out{};
        std::size_t i = 0;
        boost::mp11::mp_for_each<members>([&](auto D) { out[i++] = D.name; });
        return out;
    }();
    static_assert(detail::member_keys_are_valid<T>(names),
                  "callmap::parse: CALLMAP_JSON_KEYS or CALLMAP_JSON_DEFAULTED names a member "
                  "that BOOST_DESCRIBE_STRUCT does not describe, or gives two members one key");

    static constexpr std::array<std::string_view, count> keys = [] {
        std::array<std::string_view, count> out{};
        for (std::size_t i = 0; i < count; ++i) out[i] = detail::json_key<T>(names[i]);
        return out;
    }();
    static constexpr std::array<bool, count> required = [] {
        std::array<bool, count> out{};
        std::size_t i = 0;
        boost::mp11::mp_for_each<members>([&](auto D) {
            using member_type = std::remove_cvref_t<decltype(std::declval<T&>().*D.pointer)>;
            out[i] = !detail::is_optional<member_type>::value && !detail::is_defaulted<T>(D.name);
            ++i;
        });
        return out;
    }();

    /// The member a key names, or -1 (only keys out of declared order are looked up).
    static int field_index(std::string_view key) noexcept {
        for (std::size_t i = 0; i < count; ++i) {
            if (keys[i] == key) return static_cast<int>(i);
        }
        return -1;
    }

    /// Absent optionals are nullopt and absent defaulted members keep their default: the
    /// destination starts as T{} (a destination reused by parse_into holds no old value).
    static bool parse(reader& r, T& out) {
        out = T{};
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
            if constexpr (count == 0) {
                return false;
            } else {
                return boost::mp11::mp_with_index<count>(
                    static_cast<std::size_t>(field), [&](auto index) {
                        using D = boost::mp11::mp_at_c<members, decltype(index)::value>;
                        return read_value(r, out.*D::pointer);
                    });
            }
        });
    }
};

}  // namespace callmap::json
