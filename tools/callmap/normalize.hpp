// callmap normalize / detect / providers (see normalize.cpp).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "callmap/normalize.hpp"

namespace callmap::cli {

extern const std::string_view normalize_help;
extern const std::string_view detect_help;
extern const std::string_view providers_help;
int run_normalize(const std::vector<std::string>& args, registry providers);
int run_detect(const std::vector<std::string>& args, registry providers);
int run_providers(const std::vector<std::string>& args, registry providers);

}  // namespace callmap::cli
