// The shape of a provider's wire types as data (keys, JSON types, enum lists), emitted by the
// generator next to each parser; callmap/drift.hpp compares payloads against it.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace callmap::drift {

/// The JSON types a value may have (a bit set).
enum json_kind : std::uint8_t {
    kind_string = 1,
    kind_number = 2,
    kind_boolean = 4,
    kind_object = 8,
    kind_array = 16,
    kind_any = 31,
};

struct field_shape {
    std::string_view key;
    std::uint8_t kinds;        ///< JSON types of the value (of the elements, for lists and maps)
    std::uint8_t array_depth;  ///< number of list levels around the value
    bool is_map;               ///< a free-form object of such values
    bool nullable;             ///< may be null (optional fields)
    int object;                ///< shape index of an object value, or -1
    std::span<const std::string_view> enum_values;  ///< known values of an open enum
    bool case_insensitive;
};

struct object_shape {
    std::string_view name;
    std::span<const field_shape> fields;
};

}  // namespace callmap::drift
