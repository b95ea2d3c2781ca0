// The member loop that every generated object parser shares: keys are dispatched by the
// parser's own O(1) field_index (after trying the next declared field first, since APIs send
// fields in a stable order), duplicates of known keys and unknown keys follow parse_options,
// and required fields are checked at the closing brace. Generated code supplies only the
// per-field reads.
#pragma once

#include <array>
#include <bitset>
#include <cstddef>
#include <string_view>

#include "callmap/json/reader.hpp"

namespace callmap::json {

/// Parses an object whose known keys are `keys` (index = field); `index_of(key)` maps any key
/// (aliases included) to its field or -1; `read(field)` reads that field's value.
template <std::size_t N, class IndexOf, class Read>
bool parse_object_members(reader& r, const std::array<std::string_view, N>& keys,
                          const std::array<bool, N>& required, IndexOf&& index_of, Read&& read) {
    bool more = false;
    if (!r.object_start(more)) return false;
    std::bitset<N> seen;
    std::size_t expected = 0;
    while (more) {
        std::string_view key;
        int field;
        if (expected < N && r.try_key(keys[expected])) {
            field = static_cast<int>(expected);
            key = keys[expected];
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
        if (required[i] && !seen.test(i))
            return r.fail(error_code::missing_field, r.position() - 1, keys[i]);
    }
    return true;
}

}  // namespace callmap::json
