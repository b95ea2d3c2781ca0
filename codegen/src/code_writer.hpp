// code_writer: how the emitters write C++ (the idea of protoc's io::Printer and flatc's
// CodeWriter). Text is printed from templates with $name$ variables, every line is indented to
// the current level, and a line longer than the limit is broken at its last top-level separator
// (" && ", " || ", ", ", " = ") that fits, so generated code stays within 100 columns without
// each emitter counting them.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace callmap::gen {

/// A C++ string literal for `text`: UTF-8 text stays readable, control characters, quotes and
/// backslashes are escaped, and bytes that are not valid UTF-8 become hex escapes.
std::string cpp_string_literal(std::string_view text);

class code_writer {
public:
    using variables = std::initializer_list<std::pair<std::string_view, std::string_view>>;

    static constexpr std::size_t column_limit = 100;

    /// Appends `format` with every `$name$` replaced by its value in `vars` (`$$` is one '$').
    /// A line starts at the current indentation; a value that holds newlines is indented too.
    void print(std::string_view format, variables vars = {});

    /// One more (or one less) level of four spaces for the lines printed from now on.
    void indent() noexcept { ++level_; }
    void outdent() noexcept { --level_; }

    /// True when `line` printed now (at the current indentation) needs no break.
    [[nodiscard]] bool fits(std::string_view line) const noexcept {
        return static_cast<std::size_t>(level_) * 4 + line.size() <= column_limit;
    }

    /// The text so far, every line within column_limit where a separator allows it.
    [[nodiscard]] const std::string& text() const noexcept { return out_; }

private:
    void put(std::string_view piece);
    void end_line();

    std::string out_;
    std::string line_;  // the line being printed, without its newline
    int level_ = 0;
};

/// `line` broken at top-level separators into lines of at most `limit` columns where possible;
/// a continuation is indented to the innermost open parenthesis (or 8 past the line's own).
std::string wrap_line(std::string_view line, std::size_t limit);

}  // namespace callmap::gen
