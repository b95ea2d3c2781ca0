// check: the second stage (spec model -> validated model). Resolves names, applies the C++
// rules (identifiers, keywords, collisions), fills derived names and orders the types so that
// every type is defined before it is used. Emitters only ever see a checked spec.
#pragma once

#include "diagnostic.hpp"
#include "spec.hpp"

namespace callmap::gen {

/// True when `s` is valid; otherwise every problem is in `diags`.
bool check(spec& s, diagnostics& diags);

/// snake_case of a JSON key: "recordingUrls" -> "recording_urls", "in-progress" -> "in_progress".
std::string to_snake_case(const std::string& key);

/// True for C++20 keywords and alternative tokens.
bool is_cpp_keyword(const std::string& word);

/// True for a name that common platform headers define as a macro (ERROR, DELETE, IN, OUT,
/// TRUE, linux ...): an enumerator of that name gets a '_' suffix, a member or type is refused.
bool is_common_macro(const std::string& word);

/// Every C++ keyword, and every name is_common_macro() knows, sorted (for the JSON Schema).
std::vector<std::string> cpp_keywords();
std::vector<std::string> common_macros();

}  // namespace callmap::gen
