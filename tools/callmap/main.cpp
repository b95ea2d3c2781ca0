// callmap's own `callmap` tool: the commands of tool.hpp over the built-in providers. This is
// the one file of the tool that includes every provider, the heaviest code to compile.
#include "callmap/providers/registry.hpp"
#include "tool.hpp"

int main(int argc, char** argv) {
    return callmap::cli::run(argc, argv, callmap::builtin_providers);
}
