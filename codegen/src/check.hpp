// check: the second stage (spec -> model). Resolves names, applies the C++ rules (identifiers,
// keywords, collisions), derives names, orders the types so that every type is defined before
// it is used, and resolves the mapping. The spec is only read; emitters only ever see a model.
#pragma once

#include <optional>

#include "diagnostic.hpp"
#include "model.hpp"
#include "spec.hpp"

namespace callmap::gen {

/// The model of `s` when it is valid; otherwise nullopt, with every problem in `diags`. The
/// provider's types go in namespace <enclosing_namespace>::<provider> (callmap-gen --namespace;
/// e.g. myco::acme), callmap::<provider> by default.
std::optional<model::provider> check(const spec& s, diagnostics& diags,
                                     const std::string& enclosing_namespace = "callmap");

/// snake_case of a JSON key: "recordingUrls" -> "recording_urls", "in-progress" -> "in_progress".
std::string to_snake_case(const std::string& key);

/// True for a name check() accepts for a type or a member: an identifier that is not a C++
/// keyword, a common macro or reserved (`__x`, `_X`).
bool is_valid_cpp_name(const std::string& name);

/// True for C++20 keywords and alternative tokens.
bool is_cpp_keyword(const std::string& word);

/// True for a name that common platform headers define as a macro (ERROR, DELETE, IN, OUT,
/// TRUE, linux ...): an enumerator of that name gets a '_' suffix, a member or type is refused.
bool is_common_macro(const std::string& word);

/// Every C++ keyword, and every name is_common_macro() knows, sorted (for the JSON Schema).
std::vector<std::string> cpp_keywords();
std::vector<std::string> common_macros();

}  // namespace callmap::gen
