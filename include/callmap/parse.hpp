// callmap::parse<T> and callmap::parse_into: one call from payload bytes to a typed value.
//
// LIFETIME: the result holds std::string_view / std::span members that point into `json` and
// into `memory`. Keep both alive, and do not reset the arena, while you use the result.
// Parsing from a temporary std::string does not compile, because the views would dangle.
#pragma once

#include <concepts>
#include <string>
#include <string_view>

#include "callmap/arena.hpp"
#include "callmap/error.hpp"
#include "callmap/json/reader.hpp"
#include "callmap/json/value_parser.hpp"
#include "callmap/options.hpp"

namespace callmap {

/// Parses `json` into `out` (reusing `out`'s storage). On failure `out` is partly written.
template <class T>
result<void> parse_into(T& out, std::string_view json, arena& memory,
                        const parse_options& options = {}) {
    json::reader r(json, memory, options);
    if (r.document_start() && json::value_parser<T>::parse(r, out) && r.document_end()) return {};
    return r.make_error();
}

/// Parses `json` into a new T.
template <class T>
result<T> parse(std::string_view json, arena& memory, const parse_options& options = {}) {
    T out{};
    result<void> status = parse_into(out, json, memory, options);
    if (!status) return status.error();
    return out;
}

// The result would point into a string destroyed at the end of the full expression.
template <class T, class String>
requires std::same_as<String, std::string>
void parse(String&& json, arena& memory, const parse_options& options = {}) = delete;
template <class T, class String>
requires std::same_as<String, std::string>
void parse_into(T& out, String&& json, arena& memory, const parse_options& options = {}) = delete;

}  // namespace callmap
