// load, continued: the mapping section of a spec (see load_mapping.cpp).
#pragma once

#include <yaml-cpp/yaml.h>

#include "diagnostic.hpp"
#include "load.hpp"
#include "spec.hpp"

namespace callmap::gen {

/// A mapping onto callmap::call (the spec's mapping:, or a supplement's) into `mapping` and
/// `error_when`. Shared tables are looked up as load() says: next to the spec, then in
/// `table_dirs`; they are added to s.tables.
void load_mapping(const YAML::Node& node, spec& s, diagnostics& diags, const file_reader& read,
                  const std::vector<std::string>& table_dirs, mapping_node& mapping,
                  error_rule& error_when);

}  // namespace callmap::gen
