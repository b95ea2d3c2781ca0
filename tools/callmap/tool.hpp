// The callmap tool as a library: every subcommand (normalize, detect, check, format, drift,
// providers) over a registry of your choice. callmap's own `callmap` is run() over the
// built-in providers (main.cpp); callmap_add_cli(<name> REGISTRY myco::providers) builds the
// same tool over a project's registry.
#pragma once

#include "callmap/normalize.hpp"

namespace callmap::cli {

/// Runs `<program> <command> [options] FILE...` (argv as main receives it) over `providers`:
/// the command's output on stdout, errors on stderr. Returns the exit status: 0 when every
/// input succeeded, 1 when any input failed (the others are still processed) or the output
/// could not be written, 2 on usage errors.
int run(int argc, char** argv, registry providers);

}  // namespace callmap::cli
