// emit, continued: to_call() from the mapping section (see emit_mapping.cpp).
#pragma once

#include <string>

#include "code_writer.hpp"
#include "model.hpp"

namespace callmap::gen {

/// The declaration of to_call() (nothing for a spec without a mapping).
void emit_mapping_declaration(code_writer& o, const model::provider& s);

/// The definition of to_call() and its value tables (nothing for a spec without a mapping).
void emit_mapping_definition(code_writer& o, const model::provider& s);

}  // namespace callmap::gen
