// emit, continued: to_call() from the mapping section (see emit_mapping.cpp).
#pragma once

#include <string>

#include "code_writer.hpp"
#include "model.hpp"

namespace callmap::gen {

/// The to_call() function and its value tables (nothing for a spec without a mapping).
void emit_mapping(code_writer& o, const model::provider& s);

}  // namespace callmap::gen
