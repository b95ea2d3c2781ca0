// callmap's own benchmarks beyond the shared parse rows: parse + to_call (the canonical
// record), the documented call of every provider, and normalize() over the mixed stream.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "harness.hpp"
#include "payloads.hpp"

namespace bench {

/// The providers compiled into callmap (its registry), in registry order.
std::vector<std::string_view> provider_names();

/// parse/<payload>/callmap/{reused,fresh} for a Zudu payload (the rows shared with the peers).
std::vector<bench_case> callmap_parse_cases(const payload& zudu_payload);

/// Everything else callmap-only: parse_map for the Zudu payloads, parse and parse_map for the
/// other providers' documented calls, normalize over the mixed stream (auto and named).
std::vector<bench_case> callmap_cases(const payload_set& payloads);

/// Runs every operation above once and compares what can be compared (normalize with
/// auto-detection must equal normalize with the provider named); one message per problem.
std::vector<std::string> check_callmap_cases(const payload_set& payloads);

}  // namespace bench
