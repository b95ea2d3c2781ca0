// callmap check / callmap format (see check_format.cpp).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace callmap::cli {

extern const std::string_view check_help;
extern const std::string_view format_help;
int run_check(const std::vector<std::string>& args);
int run_format(const std::vector<std::string>& args);

}  // namespace callmap::cli
