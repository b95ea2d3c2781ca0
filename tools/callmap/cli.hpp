// What every callmap subcommand shares: exit codes, reading inputs (files, '-' for standard
// input, NDJSON lines), and the one error line format `FILE: byte N (line L, col C): message`.
#pragma once

#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "callmap/error.hpp"

namespace callmap::cli {

inline constexpr int exit_ok = 0;
inline constexpr int exit_input_failed = 1;
inline constexpr int exit_usage = 2;

/// The whole content of a file, or of standard input for "-"; nullopt when it cannot be read.
std::optional<std::string> read_input(const std::string& name);

/// Flushes standard output; false (and "callmap: cannot write the output: REASON" on stderr)
/// when anything written to it was lost, e.g. a full disk or a closed pipe.
bool output_ok();

/// `where: byte N (line L, col C): message at $.path` on stderr (the message alone when the
/// error has no place in the input, e.g. a provider's error answer).
void report(const std::string& where, const parse_error& e);

/// "callmap: <message>" and the command's help on stderr; returns exit_usage.
int usage_error(std::string_view message, std::string_view help);

/// True when the arguments ask for help.
bool wants_help(const std::vector<std::string>& args);

/// Calls `each(name, content)` for every input; unreadable inputs are reported and counted
/// as failures. Returns exit_ok or exit_input_failed.
int for_each_input(const std::vector<std::string>& files,
                   const std::function<bool(const std::string&, const std::string&)>& each);

/// Calls `each(where, line)` for every non-empty line of every input, streaming (one line in
/// memory at a time); `where` is "FILE:LINE". Returns exit_ok or exit_input_failed.
int for_each_line(const std::vector<std::string>& files,
                  const std::function<bool(const std::string&, const std::string&)>& each);

/// A progress line on stderr, only when stderr is a terminal and the batch is long.
class progress {
public:
    explicit progress(std::size_t total);
    void step();
    ~progress();

private:
    std::size_t total_;
    std::size_t done_ = 0;
    bool enabled_;
};

}  // namespace callmap::cli
