// emit, continued: to_call() from the mapping section (see emit_mapping.cpp).
#pragma once

#include <string>

#include "spec.hpp"

namespace callmap::gen {

/// The to_call() function and its value tables; empty for a spec without a mapping.
std::string emit_mapping(const spec& s);

}  // namespace callmap::gen
