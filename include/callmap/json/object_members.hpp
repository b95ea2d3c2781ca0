// The member loop that every generated object parser shares: keys are dispatched by the
// parser's own O(1) field_index (after trying the next declared field first, since APIs send
// fields in a stable order), duplicates of known keys and unknown keys follow parse_options,
// and required fields are checked at the closing brace. Generated code supplies only the
// per-field reads.
#pragma once

#include <array>
#include <bitset>
#include <cstddef>
#include <initializer_list>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

#include "callmap/json/reader.hpp"

namespace callmap::json {

namespace detail {

template <std::size_t N>
constexpr std::array<member_literal, N>
member_literals(const std::array<std::string_view, N>& keys) noexcept {
    std::array<member_literal, N> out{};
    for (std::size_t i = 0; i < N; ++i) out[i] = make_member_literal(keys[i]);
    return out;
}

/// The fast path of parse_object_members: the members that arrive in declared order, one
/// compile-time step per field. Between two of them, `,"key":` is matched with one masked
/// compare (whitespace or another key falls back to object_next + try_key). Stops at the first
/// key that is not the next declared one; `next` is then the first field not read, and the
/// reader stands where the general member loop continues: at a key, or past the object.
template <const auto& Keys, class Read, std::size_t... I>
[[gnu::always_inline]] inline bool members_in_order(reader& r, Read& read, bool& more,
                                                    std::size_t& next, std::index_sequence<I...>) {
    static constexpr auto literals = member_literals(Keys);
    bool ok = true;
    bool stopped = false;
    auto step = [&](auto field) {
        constexpr std::size_t f = decltype(field)::value;
        if (stopped || !ok) return;
        if constexpr (f == 0) {
            if (!more || !r.try_key(Keys[0])) {
                stopped = true;
                return;
            }
        } else if (!r.try_member_literal(literals[f])) {
            if (!r.object_next(more)) {
                ok = false;
                return;
            }
            if (!more || !r.try_key(Keys[f])) {
                stopped = true;
                return;
            }
        }
        if (!read(static_cast<int>(f))) {
            ok = false;
            return;
        }
        next = f + 1;
    };
    (step(std::integral_constant<std::size_t, I>{}), ...);
    if (ok && !stopped) ok = r.object_next(more);  // after the last declared field
    return ok;
}

}  // namespace detail

/// The `required` table of parse_object_members for N fields: true for the fields in `ids`.
template <std::size_t N>
constexpr std::array<bool, N> required_fields(std::initializer_list<int> ids) noexcept {
    std::array<bool, N> required{};
    for (const int id : ids) required[static_cast<std::size_t>(id)] = true;
    return required;
}

/// Parses an object whose known keys are `Keys` (index = field; a constexpr array of
/// string_views) and whose required fields are `Required`; `index_of(key)` maps any key
/// (aliases included) to its field or -1; `read(field)` reads that field's value.
template <const auto& Keys, const auto& Required, class IndexOf, class Read>
bool parse_object_members(reader& r, IndexOf&& index_of, Read&& read) {
    constexpr std::size_t N = std::tuple_size_v<std::remove_cvref_t<decltype(Keys)>>;
    bool more = false;
    if (!r.object_start(more)) return false;
    std::size_t expected = 0;
    if (!detail::members_in_order<Keys>(r, read, more, expected, std::make_index_sequence<N>{}))
        return false;
    std::bitset<N> seen;
    for (std::size_t i = 0; i < expected; ++i) seen.set(i);
    while (more) {
        std::string_view key;
        int field;
        if (expected < N && r.try_key(Keys[expected])) {
            field = static_cast<int>(expected);
            key = Keys[expected];
        } else {
            if (!r.object_key(key)) return false;
            field = index_of(key);
        }
        if (field < 0) {
            if (r.options().unknown_keys == unknown_key_policy::error) {
                return r.fail(error_code::unknown_key, r.key_position(), key);
            }
            if (!r.skip_value()) return false;
        } else {
            const auto index = static_cast<std::size_t>(field);
            if (seen.test(index) && r.options().duplicate_keys == duplicate_key_policy::error) {
                return r.fail(error_code::duplicate_key, r.key_position(), key);
            }
            if (!read(field)) return false;
            seen.set(index);
            expected = index + 1;
        }
        if (!r.object_next(more)) return false;
    }
    for (std::size_t i = 0; i < N; ++i) {
        if (Required[i] && !seen.test(i))
            return r.fail(error_code::missing_field, r.position() - 1, Keys[i]);
    }
    return true;
}

}  // namespace callmap::json
