// callmap drift (see drift.cpp).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "callmap/normalize.hpp"

namespace callmap::cli {

extern const std::string_view drift_help;
int run_drift(const std::vector<std::string>& args, registry providers);

}  // namespace callmap::cli
