// load: the first stage of the generator (YAML text -> spec model with source positions).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "diagnostic.hpp"
#include "spec.hpp"

namespace callmap::gen {

/// Reads a file the spec refers to (a shared table); nullopt when it cannot.
using file_reader = std::function<std::optional<std::string>(const std::string& path)>;

/// Reads files from disk.
std::optional<std::string> read_from_disk(const std::string& path);

/// The spec in `text` (read from `file`), or nullopt with the problems in `diags`. A shared
/// table <name> is read with `read` from tables/<name>.yaml next to the spec, or else from
/// <dir>/<name>.yaml for the first of `table_dirs` that has it (callmap-gen --tables: a
/// project's own tables, then the ones callmap ships).
std::optional<spec> load(const std::string& text, const std::string& file, diagnostics& diags,
                         const file_reader& read = read_from_disk,
                         const std::vector<std::string>& table_dirs = {});

}  // namespace callmap::gen
