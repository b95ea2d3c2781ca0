// callmap check / callmap format: strict validation and pretty-printing of JSON files.
#include "check_format.hpp"

#include <iostream>

#include "callmap/json/pretty.hpp"
#include "callmap/json/validate.hpp"
#include "cli.hpp"

namespace callmap::cli {

const std::string_view check_help =
    "usage: callmap check FILE...\n"
    "\n"
    "Validates each FILE as one strict RFC 8259 JSON document (UTF-8, no byte order mark,\n"
    "nesting at most 1024 deep). Prints nothing on success; each failure is reported on stderr\n"
    "as 'FILE: byte N (line L, col C): message at $.path'. FILE may be '-' (standard input).\n";

const std::string_view format_help =
    "usage: callmap format [--indent N] FILE...\n"
    "\n"
    "Validates each FILE and prints it indented (default 2 spaces, N from 0 to 8) to stdout. A\n"
    "file that fails validation prints nothing on stdout and its error on stderr.\n";

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
        const result<void> valid = json::validate(content);
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
        const result<std::string> pretty = json::pretty_print(content, indent);
        if (!pretty) {
            report(name, pretty.error());
            return false;
        }
        std::cout << *pretty;
        return true;
    });
}

}  // namespace callmap::cli
