// load, continued: the shapes: section of a spec (see load_shapes.cpp).
#pragma once

#include <yaml-cpp/yaml.h>

#include "diagnostic.hpp"
#include "spec.hpp"

namespace callmap::gen {

/// Reads shapes: (a map of shape name to its description) into s.shapes.
void load_shapes(const YAML::Node& node, spec& s, diagnostics& diags);

}  // namespace callmap::gen
