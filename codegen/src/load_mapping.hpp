// load, continued: the mapping section of a spec (see load_mapping.cpp).
#pragma once

#include <yaml-cpp/yaml.h>

#include "diagnostic.hpp"
#include "load.hpp"
#include "spec.hpp"

namespace callmap::gen {

/// Shared tables are looked up as load() says: next to the spec, then in `table_dirs`.
void load_mapping(const YAML::Node& node, spec& s, diagnostics& diags, const file_reader& read,
                  const std::vector<std::string>& table_dirs);

}  // namespace callmap::gen
