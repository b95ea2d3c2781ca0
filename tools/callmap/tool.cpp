// callmap::cli::run: picks the subcommand and hands it the arguments and the registry.
#include "tool.hpp"

#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "callmap/version.hpp"
#include "check_format.hpp"
#include "cli.hpp"
#include "drift.hpp"
#include "normalize.hpp"

namespace callmap::cli {
namespace {

struct command {
    std::string_view name;
    std::string_view summary;
    int (*run)(const std::vector<std::string>& args, registry providers);
};

constexpr command commands[] = {
    {"normalize", "payloads -> canonical call records (NDJSON, JSON or CSV)", &run_normalize},
    {"detect", "the provider of each payload", &run_detect},
    {"check", "strict RFC 8259 validation; silent on success",
     [](const std::vector<std::string>& args, registry) {
         return run_check(args);
     }},
    {"format", "validate and pretty-print",
     [](const std::vector<std::string>& args, registry) {
         return run_format(args);
     }},
    {"drift", "keys, types and values a corpus has that the spec lacks", &run_drift},
    {"providers", "the providers compiled in", &run_providers},
};

std::string main_help() {
    std::string help = "usage: callmap <command> [options] FILE...\n\ncommands:\n";
    for (const auto& c : commands) {
        help += "  ";
        help += c.name;
        help += std::string(12 - c.name.size(), ' ');
        help += c.summary;
        help += '\n';
    }
    help += "\nFILE may be '-' for standard input. Run 'callmap <command> --help' for details.\n"
            "Exit status: 0 success, 1 some input failed, 2 usage error.\n";
    return help;
}

}  // namespace

int run(int argc, char** argv, registry providers) {
    std::ios::sync_with_stdio(false);
    if (argc < 2) return usage_error("missing command", main_help());
    const std::string_view name = argv[1];
    const std::vector<std::string> args(argv + 2, argv + argc);
    if (name == "--help" || name == "-h" || name == "help") {
        std::cout << main_help();
        return exit_ok;
    }
    if (name == "--version") {
        std::cout << "callmap " << CALLMAP_VERSION_MAJOR << '.' << CALLMAP_VERSION_MINOR << '.'
                  << CALLMAP_VERSION_PATCH << '\n';
        return exit_ok;
    }
    for (const auto& c : commands) {
        if (c.name != name) continue;
        const int status = c.run(args, providers);
        if (!output_ok() && status == exit_ok) {
            return exit_input_failed;  // the records were not delivered
        }
        return status;
    }
    return usage_error("unknown command '" + std::string(name) + "'", main_help());
}

}  // namespace callmap::cli
