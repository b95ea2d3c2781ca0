// emit, continued: to_call() from the mapping section (see emit_mapping.cpp).
#pragma once

#include <string>

#include "code_writer.hpp"
#include "spec.hpp"

namespace callmap::gen {

/// The to_call() function and its value tables (nothing for a spec without a mapping).
void emit_mapping(code_writer& o, const spec& s);

}  // namespace callmap::gen
