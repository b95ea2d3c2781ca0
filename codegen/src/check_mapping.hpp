// check, continued: the mapping section and the supplements' mappings (see check_mapping.cpp).
// Runs after the types are checked and ordered (in `m`); adds the mappings to `m`, every path
// resolved to its fields.
#pragma once

#include "diagnostic.hpp"
#include "model.hpp"
#include "spec.hpp"

namespace callmap::gen {

void check_mapping(const spec& s, model::provider& m, diagnostics& diags);

/// The supplements: each one's root type, detect keys and mapping; adds m.supplements.
void check_supplements(const spec& s, model::provider& m, diagnostics& diags);

}  // namespace callmap::gen
