// The callmap command-line tool.
//   callmap check FILE...    strict RFC 8259 validation; silent on success
//   callmap format FILE...   validate and pretty-print
// Exit status: 0 when every input succeeded, 1 when any input failed (the others are still
// processed), 2 on usage errors.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "callmap/callmap.hpp"

namespace {

constexpr int exit_ok = 0;
constexpr int exit_input_failed = 1;
constexpr int exit_usage = 2;

constexpr std::string_view main_help =
    "usage: callmap <command> [options] FILE...\n"
    "\n"
    "commands:\n"
    "  check FILE...    validate each file as strict JSON (RFC 8259); silent on success\n"
    "  format FILE...   validate and pretty-print each file\n"
    "\n"
    "FILE may be '-' for standard input. Run 'callmap <command> --help' for details.\n"
    "Exit status: 0 success, 1 some input failed, 2 usage error.\n";

constexpr std::string_view check_help =
    "usage: callmap check FILE...\n"
    "\n"
    "Validates each FILE as one strict RFC 8259 JSON document (UTF-8, no byte order mark,\n"
    "nesting at most 1024 deep). Prints nothing on success; each failure is reported on stderr\n"
    "as 'FILE: byte N (line L, col C): message at $.path'.\n";

constexpr std::string_view format_help =
    "usage: callmap format [--indent N] FILE...\n"
    "\n"
    "Validates each FILE and prints it indented (default 2 spaces) to stdout. A file that\n"
    "fails validation prints nothing on stdout and its error on stderr.\n";

/// The whole content of a file, or of standard input for "-".
std::optional<std::string> read_input(const std::string& name) {
    if (name == "-") {
        std::ostringstream buffer;
        buffer << std::cin.rdbuf();
        return std::move(buffer).str();
    }
    std::ifstream in(name, std::ios::binary);
    if (!in) return std::nullopt;
    std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) return std::nullopt;
    return content;
}

void report(const std::string& name, const callmap::parse_error& e) {
    std::cerr << name << ": byte " << e.offset << " (line " << e.line << ", col " << e.column
              << "): " << e.message;
    if (!e.path.empty()) std::cerr << " at " << e.path;
    std::cerr << '\n';
}

bool wants_help(const std::vector<std::string>& args) {
    for (const auto& a : args) {
        if (a == "--help" || a == "-h") return true;
    }
    return false;
}

int usage_error(std::string_view message, std::string_view help) {
    std::cerr << "callmap: " << message << "\n\n" << help;
    return exit_usage;
}

/// Runs `each(name, content)` for every input; unreadable inputs count as failures.
template <class Each>
int for_each_input(const std::vector<std::string>& files, Each&& each) {
    int status = exit_ok;
    for (const auto& name : files) {
        const std::optional<std::string> content = read_input(name);
        if (!content) {
            std::cerr << name << ": cannot read: " << std::strerror(errno) << '\n';
            status = exit_input_failed;
            continue;
        }
        if (!each(name, *content)) status = exit_input_failed;
    }
    return status;
}

int run_check(const std::vector<std::string>& args) {
    if (wants_help(args)) {
        std::cout << check_help;
        return exit_ok;
    }
    for (const auto& a : args) {
        if (a.size() > 1 && a[0] == '-')
            return usage_error("unknown option '" + a + "'", check_help);
    }
    if (args.empty()) return usage_error("check needs at least one FILE", check_help);
    return for_each_input(args, [](const std::string& name, const std::string& content) {
        const callmap::result<void> valid = callmap::json::validate(content);
        if (!valid) report(name, valid.error());
        return valid.has_value();
    });
}

int run_format(const std::vector<std::string>& args) {
    if (wants_help(args)) {
        std::cout << format_help;
        return exit_ok;
    }
    unsigned indent = 2;
    std::vector<std::string> files;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--indent") {
            if (i + 1 == args.size()) return usage_error("--indent needs a number", format_help);
            const std::string& n = args[++i];
            if (n.size() != 1 || n[0] < '0' || n[0] > '8') {
                return usage_error("--indent takes a number from 0 to 8", format_help);
            }
            indent = static_cast<unsigned>(n[0] - '0');
        } else if (a.size() > 1 && a[0] == '-') {
            return usage_error("unknown option '" + a + "'", format_help);
        } else {
            files.push_back(a);
        }
    }
    if (files.empty()) return usage_error("format needs at least one FILE", format_help);
    return for_each_input(files, [indent](const std::string& name, const std::string& content) {
        const callmap::result<std::string> pretty = callmap::json::pretty_print(content, indent);
        if (!pretty) {
            report(name, pretty.error());
            return false;
        }
        std::cout << *pretty;
        return true;
    });
}

}  // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    if (argc < 2) return usage_error("missing command", main_help);
    const std::string_view command = argv[1];
    const std::vector<std::string> args(argv + 2, argv + argc);
    if (command == "--help" || command == "-h" || command == "help") {
        std::cout << main_help;
        return exit_ok;
    }
    if (command == "--version") {
        std::cout << "callmap " << CALLMAP_VERSION_MAJOR << '.' << CALLMAP_VERSION_MINOR << '.'
                  << CALLMAP_VERSION_PATCH << '\n';
        return exit_ok;
    }
    if (command == "check") return run_check(args);
    if (command == "format") return run_format(args);
    return usage_error("unknown command '" + std::string(command) + "'", main_help);
}
