#include "code_writer.hpp"

#include <cctype>
#include <stdexcept>
#include <vector>

#include "callmap/json/utf8.hpp"

namespace callmap::gen {
namespace {

bool is_name_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
}

std::size_t leading_spaces(std::string_view line) {
    std::size_t n = 0;
    while (n < line.size() && line[n] == ' ') ++n;
    return n;
}

struct break_point {
    std::size_t at;     // the continuation starts here (past the separator and its space)
    std::size_t depth;  // parentheses and braces open at this point
    std::size_t open;   // the position just past the innermost of them (0: none)
};

/// Where `line` may be broken: after a separator outside literals and comments.
std::vector<break_point> break_points(std::string_view line, std::size_t own_indent) {
    std::vector<break_point> points;
    std::vector<std::size_t> open;  // positions just past each unclosed ( or {
    char quote = 0;
    for (std::size_t i = own_indent; i < line.size(); ++i) {
        const char c = line[i];
        if (quote != 0) {
            if (c == '\\') {
                ++i;
            } else if (c == quote) {
                quote = 0;
            }
            continue;
        }
        if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '/' && i + 1 < line.size() && line[i + 1] == '/') {
            break;  // a trailing comment is never split
        } else if (c == '(' || c == '{' || (c == '<' && i > 0 && is_name_char(line[i - 1]))) {
            open.push_back(i + 1);  // '<' after a name opens template arguments
        } else if ((c == ')' || c == '}' || (c == '>' && line[i - 1] != '-')) && !open.empty()) {
            open.pop_back();
        } else {
            const std::string_view rest = line.substr(i);
            std::size_t skip = 0;
            if (rest.starts_with(", ")) skip = 2;
            if (rest.starts_with(" && ") || rest.starts_with(" || ")) skip = 4;
            if (rest.starts_with(" = ") || rest.starts_with(" ? ")) skip = 3;
            if (skip != 0)
                points.push_back({i + skip, open.size(), open.empty() ? 0 : open.back()});
        }
    }
    return points;
}

/// A comment line too long for the limit, broken between words (a long URL stays whole).
std::string wrap_comment(std::string_view line, std::size_t limit) {
    std::size_t text_start = line.find_first_not_of('/', leading_spaces(line));
    if (text_start < line.size() && line[text_start] == ' ') ++text_start;
    const std::string prefix(line.substr(0, text_start));
    std::string out;
    std::string current(line);
    while (current.size() > limit) {
        const std::size_t space = current.rfind(' ', limit);
        if (space == std::string::npos || space < prefix.size()) break;
        out += current.substr(0, space) + "\n";
        current = prefix + current.substr(space + 1);
    }
    return out + current;
}

}  // namespace

std::string cpp_string_literal(std::string_view text) {
    static constexpr char hex[] = "0123456789abcdef";
    std::string out = "\"";
    bool after_hex = false;  // a hex escape swallows hex digits that follow it
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80) {
            if (const std::size_t n =
                    json::detail::utf8_sequence_length(text.data() + i, text.data() + text.size());
                n != 0) {
                out.append(text.substr(i, n));
                i += n - 1;
                after_hex = false;
                continue;
            }
        }
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (u < 0x20 || u >= 0x7F) {
            out += "\\x";
            out += hex[u >> 4];
            out += hex[u & 0xF];
            after_hex = true;
            continue;
        } else {
            if (after_hex && std::isxdigit(u) != 0) out += "\"\"";
            out += c;
        }
        after_hex = false;
    }
    return out + "\"";
}

std::string wrap_line(std::string_view line, std::size_t limit) {
    if (line.size() <= limit) return std::string(line);
    const std::size_t own = leading_spaces(line);
    if (line.substr(own).starts_with("//")) return wrap_comment(line, limit);
    const std::vector<break_point> points = break_points(line, own);
    struct output_line {
        std::size_t from;    // position in `line` of its first character
        std::size_t indent;  // its column
    };
    std::vector<output_line> lines = {{own, own}};
    const auto column_of = [&](std::size_t position) {  // where `position` lands in the output
        std::size_t k = lines.size() - 1;
        while (k > 0 && lines[k].from > position) --k;
        return lines[k].indent + (position - lines[k].from);
    };
    const auto width = [&](std::size_t end) {  // the current line up to `end`, less its space
        std::size_t e = end;
        while (e > lines.back().from && line[e - 1] == ' ') --e;
        return lines.back().indent + (e - lines.back().from);
    };
    while (width(line.size()) > limit) {
        // the shallowest separator that fits, the last of those; else the first that does not
        const break_point* chosen = nullptr;
        for (const break_point& p : points) {
            if (p.at <= lines.back().from) continue;
            if (width(p.at) > limit) {
                if (chosen == nullptr) chosen = &p;
                break;
            }
            if (chosen == nullptr || p.depth <= chosen->depth) chosen = &p;
        }
        if (chosen == nullptr) break;
        // aligned to the open bracket when the next piece fits there, else a plain continuation
        std::size_t piece_end = line.size();
        for (const break_point& p : points) {
            if (p.at > chosen->at) {
                piece_end = p.at;
                break;
            }
        }
        std::size_t indent = chosen->open == 0 ? own + 4 : column_of(chosen->open);
        if (indent + (piece_end - chosen->at) > limit) indent = own + 4;
        lines.push_back({chosen->at, indent});
    }
    std::string out;
    for (std::size_t k = 0; k < lines.size(); ++k) {
        const std::size_t end = k + 1 < lines.size() ? lines[k + 1].from : line.size();
        std::string text(line.substr(lines[k].from, end - lines[k].from));
        while (!text.empty() && text.back() == ' ') text.pop_back();
        if (k != 0) out += '\n';
        out += std::string(lines[k].indent, ' ') + text;
    }
    return out;
}

void code_writer::print(std::string_view format, variables vars) {
    std::size_t i = 0;
    while (i < format.size()) {
        const std::size_t dollar = format.find('$', i);
        if (dollar == std::string_view::npos) {
            put(format.substr(i));
            return;
        }
        put(format.substr(i, dollar - i));
        const std::size_t close = format.find('$', dollar + 1);
        if (close == std::string_view::npos)
            throw std::logic_error("code_writer: unclosed $ in '" + std::string(format) + "'");
        const std::string_view name = format.substr(dollar + 1, close - dollar - 1);
        if (name.empty()) {
            put("$");
        } else {
            bool found = false;
            for (const auto& [key, value] : vars) {
                if (key == name) {
                    put(value);
                    found = true;
                    break;
                }
            }
            if (!found)
                throw std::logic_error("code_writer: no value for $" + std::string(name) + "$");
        }
        i = close + 1;
    }
}

void code_writer::put(std::string_view piece) {
    for (const char c : piece) {
        if (c == '\n') {
            end_line();
        } else {
            line_ += c;
        }
    }
}

void code_writer::end_line() {
    if (!line_.empty()) {
        const bool directive = line_.front() == '#';
        const std::string indented =
            (directive ? std::string() : std::string(static_cast<std::size_t>(level_) * 4, ' ')) +
            line_;
        out_ += wrap_line(indented, column_limit);
    }
    out_ += '\n';
    line_.clear();
}

}  // namespace callmap::gen
