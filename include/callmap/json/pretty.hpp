// Re-indents a JSON document for people to read. The document is validated first; the output
// keeps every token byte for byte (strings and numbers are not re-encoded).
#pragma once

#include <string>
#include <string_view>

#include "callmap/error.hpp"
#include "callmap/json/string.hpp"
#include "callmap/json/validate.hpp"
#include "callmap/options.hpp"

namespace callmap::json {

/// The document indented by `indent` spaces per level, or the validation error.
inline result<std::string> pretty_print(std::string_view document, unsigned indent = 2,
                                        const parse_options& options = {}) {
    if (result<void> valid = validate(document, options); !valid) return valid.error();
    std::string out;
    out.reserve(document.size() + document.size() / 2);
    std::size_t level = 0;
    auto newline = [&] {
        out += '\n';
        out.append(level * indent, ' ');
    };
    const char* p = document.data();
    const char* const end = p + document.size();
    auto next_significant = [&](const char* q) {
        while (q != end && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r')) ++q;
        return q;
    };
    while (p != end) {
        const char c = *p;
        switch (c) {
            case ' ':
            case '\t':
            case '\n':
            case '\r': ++p; break;
            case '"': {
                const detail::string_scan s = detail::scan_string(p + 1, end);
                out.append(p, s.close + 1);
                p = s.close + 1;
                break;
            }
            case '{':
            case '[': {
                const char* q = next_significant(p + 1);
                if (*q == (c == '{' ? '}' : ']')) {  // empty container stays on one line
                    out += c;
                    out += *q;
                    p = q + 1;
                    break;
                }
                out += c;
                ++level;
                newline();
                ++p;
                break;
            }
            case '}':
            case ']':
                --level;
                newline();
                out += c;
                ++p;
                break;
            case ',':
                out += ',';
                newline();
                ++p;
                break;
            case ':':
                out += ": ";
                ++p;
                break;
            default:
                out += c;
                ++p;
                break;
        }
    }
    out += '\n';
    return out;
}

}  // namespace callmap::json
