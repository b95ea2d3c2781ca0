// The built-in providers, compiled once for the whole tool (registry.hpp).
#include "registry.hpp"

#include "callmap/providers/registry.hpp"

namespace callmap::cli {

std::span<const provider_entry> registry() {
    return callmap::builtin_providers;
}

}  // namespace callmap::cli
