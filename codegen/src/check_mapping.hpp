// check, continued: the mapping section (see check_mapping.cpp). Runs after the types are
// checked and ordered; fills the resolved field chains the emitter walks.
#pragma once

#include "diagnostic.hpp"
#include "spec.hpp"

namespace callmap::gen {

void check_mapping(spec& s, diagnostics& diags);

}  // namespace callmap::gen
