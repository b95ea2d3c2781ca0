// The order in which to_call() and a supplement's map_<name>() compute the top-level canonical
// fields: every field after the fields it reads (derived values, relative_to, status
// refinement, implied end reasons), groups and collections last. Shared by check (which reports
// cycles) and emit (which follows it).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model.hpp"

namespace callmap::gen {

/// The top-level canonical fields a mapping node reads.
std::vector<std::string> top_level_dependencies(const model::node& n);

/// The top-level nodes of a mapping (a provider's, or a supplement's) in computation order, or
/// nullopt when they depend on each other in a cycle (then `cycle` names it, e.g.
/// "ended_at -> duration_ms -> ended_at").
std::optional<std::vector<const model::node*>> computation_order(const model::node& mapping,
                                                                 std::string* cycle = nullptr);

}  // namespace callmap::gen
