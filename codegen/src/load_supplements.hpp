// load, continued: the supplements: section of a spec (see load_supplements.cpp).
#pragma once

#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "diagnostic.hpp"
#include "load.hpp"
#include "spec.hpp"

namespace callmap::gen {

/// Reads supplements: (a map of supplement name to its root, detect keys and mapping) into
/// s.supplements; their shared tables are looked up as load() says.
void load_supplements(const YAML::Node& node, spec& s, diagnostics& diags, const file_reader& read,
                      const std::vector<std::string>& table_dirs);

}  // namespace callmap::gen
