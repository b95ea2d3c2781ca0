// Whole-document strict RFC 8259 validation: exactly one value, only whitespace around it,
// no byte order mark, valid UTF-8 everywhere, and the configured depth and size limits.
#pragma once

#include <string_view>

#include "callmap/arena.hpp"
#include "callmap/error.hpp"
#include "callmap/json/reader.hpp"
#include "callmap/options.hpp"

namespace callmap::json {

/// Success, or the first problem with its byte offset, line, column and JSON path.
/// Allocates nothing on success.
inline result<void> validate(std::string_view document, const parse_options& options = {}) {
    arena unused(0);  // validation decodes nothing
    reader r(document, unused, options);
    if (r.document_start() && r.skip_value() && r.document_end()) return {};
    return r.make_error();
}

}  // namespace callmap::json
