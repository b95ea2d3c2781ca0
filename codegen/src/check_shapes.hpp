// check, continued: the shapes a provider delivers calls in (see check_shapes.cpp).
#pragma once

#include "diagnostic.hpp"
#include "model.hpp"
#include "spec.hpp"

namespace callmap::gen {

/// Fills m.shapes: the get answer, then each shape of s.shapes, checked (names, kinds, key
/// paths, statuses). Needs m.detect and m.objects.
void check_shapes(const spec& s, model::provider& m, diagnostics& diags);

}  // namespace callmap::gen
