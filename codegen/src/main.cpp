// callmap-gen: compiles provider specs (schemas/*.yaml) into headers.
//   callmap-gen --out DIR SPEC...     write DIR/<provider>.hpp for each spec (only if changed)
//   callmap-gen --check --out DIR SPEC...   exit 1 when a header is missing or out of date
//   callmap-gen --stdout SPEC          print the header
// Exit status: 0 success, 1 spec errors or stale headers, 2 usage errors.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "check.hpp"
#include "emit.hpp"
#include "load.hpp"

namespace {

constexpr const char* usage =
    "usage: callmap-gen [--check] --out DIR SPEC...\n"
    "       callmap-gen --stdout SPEC\n"
    "\n"
    "Compiles each provider spec (YAML) into DIR/<provider>.hpp. A header is rewritten only when\n"
    "its content changes. --check writes nothing and fails when a header is missing or stale.\n";

std::optional<std::string> read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

struct options {
    bool check = false;
    bool to_stdout = false;
    std::string out_dir;
    std::vector<std::string> specs;
};

std::optional<options> parse_args(int argc, char** argv) {
    options o;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--check") {
            o.check = true;
        } else if (a == "--stdout") {
            o.to_stdout = true;
        } else if (a == "--out") {
            if (i + 1 == argc) return std::nullopt;
            o.out_dir = argv[++i];
        } else if (!a.empty() && a[0] == '-') {
            std::cerr << "callmap-gen: unknown option '" << a << "'\n";
            return std::nullopt;
        } else {
            o.specs.push_back(a);
        }
    }
    if (o.specs.empty() || (o.to_stdout == !o.out_dir.empty()) || (o.to_stdout && o.check))
        return std::nullopt;
    return o;
}

/// The header text for one spec file, or nullopt after printing its errors.
std::optional<std::pair<std::string, std::string>> generate(const std::string& path) {
    const std::optional<std::string> text = read_file(path);
    if (!text) {
        std::cerr << path << ": error: cannot read the file\n";
        return std::nullopt;
    }
    callmap::gen::diagnostics diags(path);
    std::optional<callmap::gen::spec> s = callmap::gen::load(*text, path, diags);
    if (s && callmap::gen::check(*s, diags))
        return std::make_pair(s->provider, callmap::gen::emit_header(*s));
    for (const auto& d : diags.list()) std::cerr << d.to_string() << '\n';
    return std::nullopt;
}

}  // namespace

int main(int argc, char** argv) {
    const std::optional<options> opts = parse_args(argc, argv);
    if (!opts) {
        std::cerr << usage;
        return 2;
    }
    int status = 0;
    for (const auto& path : opts->specs) {
        const auto generated = generate(path);
        if (!generated) {
            status = 1;
            continue;
        }
        const auto& [provider, header] = *generated;
        if (opts->to_stdout) {
            std::cout << header;
            continue;
        }
        const std::filesystem::path target =
            std::filesystem::path(opts->out_dir) / (provider + ".hpp");
        const std::optional<std::string> current = read_file(target.string());
        if (current && *current == header) continue;
        if (opts->check) {
            std::cerr << target.string() << ": out of date with " << path << "\n";
            status = 1;
            continue;
        }
        std::filesystem::create_directories(target.parent_path());
        std::ofstream out(target, std::ios::binary | std::ios::trunc);
        out << header;
        if (!out) {
            std::cerr << target.string() << ": error: cannot write\n";
            status = 1;
        }
    }
    return status;
}
