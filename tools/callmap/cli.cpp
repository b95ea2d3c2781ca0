// Shared plumbing of the callmap subcommands (see cli.hpp).
#include "cli.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace callmap::cli {

namespace {

/// Opens a named input for reading. A directory opens fine as a std::ifstream on Linux but
/// cannot be read; it fails here with errno EISDIR.
bool open_input(const std::string& name, std::ifstream& in) {
    std::error_code ec;
    if (std::filesystem::is_directory(name, ec)) {
        errno = EISDIR;
        return false;
    }
    in.open(name, std::ios::binary);
    return static_cast<bool>(in);
}

}  // namespace

std::optional<std::string> read_input(const std::string& name) {
    if (name == "-") {
        std::ostringstream buffer;
        buffer << std::cin.rdbuf();
        return std::move(buffer).str();
    }
    std::ifstream in;
    if (!open_input(name, in)) return std::nullopt;
    std::string content;
    std::error_code ec;
    const std::uintmax_t size = std::filesystem::file_size(name, ec);  // a hint: may change
    if (!ec && size < content.max_size()) content.reserve(static_cast<std::size_t>(size));
    char chunk[1 << 16];
    while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
        content.append(chunk, static_cast<std::size_t>(in.gcount()));
    }
    if (in.bad()) {
        if (errno == 0) errno = EIO;
        return std::nullopt;
    }
    return content;
}

bool output_ok() {
    std::cout.flush();
    if (std::cout) return true;
    const int error = errno;
    std::cerr << "callmap: cannot write the output";
    if (error != 0) std::cerr << ": " << std::strerror(error);
    std::cerr << '\n';
    return false;
}

void report(const std::string& where, const parse_error& e) {
    std::cerr << where << ": ";
    if (e.line != 0)
        std::cerr << "byte " << e.offset << " (line " << e.line << ", col " << e.column << "): ";
    std::cerr << e.message;
    if (!e.path.empty() && e.line != 0) std::cerr << " at " << e.path;
    std::cerr << '\n';
}

int usage_error(std::string_view message, std::string_view help) {
    std::cerr << "callmap: " << message << "\n\n" << help;
    return exit_usage;
}

bool wants_help(const std::vector<std::string>& args) {
    for (const auto& a : args) {
        if (a == "--help" || a == "-h") return true;
    }
    return false;
}

int for_each_input(const std::vector<std::string>& files,
                   const std::function<bool(const std::string&, const std::string&)>& each) {
    int status = exit_ok;
    progress bar(files.size());
    for (const auto& name : files) {
        const std::optional<std::string> content = read_input(name);
        if (!content) {
            std::cerr << name << ": cannot read: " << std::strerror(errno) << '\n';
            status = exit_input_failed;
        } else if (!each(name, *content)) {
            status = exit_input_failed;
        }
        bar.step();
    }
    return status;
}

int for_each_line(const std::vector<std::string>& files,
                  const std::function<bool(const std::string&, const std::string&)>& each) {
    int status = exit_ok;
    for (const auto& name : files) {
        std::ifstream file;
        std::istream* in = &std::cin;
        if (name != "-") {
            if (!open_input(name, file)) {
                std::cerr << name << ": cannot read: " << std::strerror(errno) << '\n';
                status = exit_input_failed;
                continue;
            }
            in = &file;
        }
        std::string line;
        std::size_t number = 0;
        while (std::getline(*in, line)) {
            ++number;
            if (!line.empty() && line.back() == '\r') line.pop_back();
            if (line.find_first_not_of(" \t") == std::string::npos) continue;
            if (!each(name + ":" + std::to_string(number), line)) status = exit_input_failed;
        }
        if (in->bad()) {
            std::cerr << name << ": read error after line " << number << '\n';
            status = exit_input_failed;
        }
    }
    return status;
}

progress::progress(std::size_t total)
    : total_(total), enabled_(total >= 50 && isatty(STDERR_FILENO) == 1) {}

void progress::step() {
    ++done_;
    if (enabled_ && (done_ % 25 == 0 || done_ == total_)) {
        std::cerr << "\r" << done_ << "/" << total_ << " inputs" << std::flush;
    }
}

progress::~progress() {
    if (enabled_) std::cerr << "\r\033[K" << std::flush;
}

}  // namespace callmap::cli
