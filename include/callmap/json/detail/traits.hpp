// Type traits that value_parser.hpp and writer.hpp share.
#pragma once

#include <type_traits>

namespace callmap::json::detail {

/// std::map, std::unordered_map and their kin (a key_type and a mapped_type).
template <class T, class = void>
struct is_standard_map : std::false_type {};
template <class T>
struct is_standard_map<T, std::void_t<typename T::key_type, typename T::mapped_type>>
    : std::true_type {};

}  // namespace callmap::json::detail
