// The callmap command-line tool: one subcommand per job (see `callmap --help`).
// Exit status: 0 when every input succeeded, 1 when any input failed (the others are still
// processed) or the output could not be written, 2 on usage errors.
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "callmap/version.hpp"
#include "check_format.hpp"
#include "cli.hpp"
#include "drift.hpp"
#include "normalize.hpp"

namespace {

struct command {
    std::string_view name;
    std::string_view summary;
    int (*run)(const std::vector<std::string>& args);
};

constexpr command commands[] = {
    {"normalize", "payloads -> canonical call records (NDJSON, JSON or CSV)",
     &callmap::cli::run_normalize},
    {"detect", "the provider of each payload", &callmap::cli::run_detect},
    {"check", "strict RFC 8259 validation; silent on success", &callmap::cli::run_check},
    {"format", "validate and pretty-print", &callmap::cli::run_format},
    {"drift", "keys, types and values a corpus has that the spec lacks", &callmap::cli::run_drift},
    {"providers", "the providers compiled in", &callmap::cli::run_providers},
};

std::string main_help() {
    std::string help = "usage: callmap <command> [options] FILE...\n\ncommands:\n";
    for (const auto& c : commands) {
        help += "  " + std::string(c.name) + std::string(12 - c.name.size(), ' ') +
                std::string(c.summary) + '\n';
    }
    help += "\nFILE may be '-' for standard input. Run 'callmap <command> --help' for details.\n"
            "Exit status: 0 success, 1 some input failed, 2 usage error.\n";
    return help;
}

}  // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    if (argc < 2) return callmap::cli::usage_error("missing command", main_help());
    const std::string_view name = argv[1];
    const std::vector<std::string> args(argv + 2, argv + argc);
    if (name == "--help" || name == "-h" || name == "help") {
        std::cout << main_help();
        return callmap::cli::exit_ok;
    }
    if (name == "--version") {
        std::cout << "callmap " << CALLMAP_VERSION_MAJOR << '.' << CALLMAP_VERSION_MINOR << '.'
                  << CALLMAP_VERSION_PATCH << '\n';
        return callmap::cli::exit_ok;
    }
    for (const auto& c : commands) {
        if (c.name != name) continue;
        const int status = c.run(args);
        if (!callmap::cli::output_ok() && status == callmap::cli::exit_ok) {
            return callmap::cli::exit_input_failed;  // the records were not delivered
        }
        return status;
    }
    return callmap::cli::usage_error("unknown command '" + std::string(name) + "'", main_help());
}
