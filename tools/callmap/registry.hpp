// The providers the tool normalizes, detects and lists: the built-in registry
// (callmap/providers/registry.hpp). Only registry.cpp includes it, because the registry
// instantiates every provider's parser and mapping, the heaviest code to compile; the
// subcommands reach the providers through this span.
#pragma once

#include <span>

#include "callmap/normalize.hpp"

namespace callmap::cli {

/// Every provider the tool knows, in the registry's order.
std::span<const provider_entry> registry();

}  // namespace callmap::cli
