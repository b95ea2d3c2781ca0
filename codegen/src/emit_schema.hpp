// emit_schema: schemas/spec.schema.json and tables.schema.json, the JSON Schemas that editors
// and CI check specs and shared tables with.
// The grammar of a spec (types, fields, conditions: schemas/spec.grammar.json) is written by
// hand; what a mapping may say (its targets, their values, the enum values, time formats and
// money units) comes from the canonical table (canonical.hpp), that is from callmap::call, so
// the schema never disagrees with the runtime.
#pragma once

#include <optional>
#include <string>

namespace callmap::gen {

/// The complete schema for the grammar in `grammar_json`, or nullopt (with a message in
/// `error`) when the grammar is not a JSON object with properties.mapping.
std::optional<std::string> emit_schema(const std::string& grammar_json, std::string& error);

/// schemas/tables.schema.json: a shared value table holds values of one canonical enum.
std::string emit_tables_schema();

}  // namespace callmap::gen
