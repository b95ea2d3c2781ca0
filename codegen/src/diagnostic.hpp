// Compiler-style messages for spec authors: `schemas/x.yaml:12:7: error: ...`, and the
// "did you mean" suggestion for misspelled names.
#pragma once

#include <algorithm>
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "spec.hpp"

namespace callmap::gen {

struct diagnostic {
    std::string file;
    source_pos pos;
    std::string message;

    std::string to_string() const {
        std::string out = file;
        if (pos.line > 0) out += ':' + std::to_string(pos.line) + ':' + std::to_string(pos.column);
        return out + ": error: " + message;
    }
};

class diagnostics {
public:
    explicit diagnostics(std::string file) : file_(std::move(file)) {}
    void error(source_pos pos, std::string message) {
        list_.push_back({file_, pos, std::move(message)});
    }
    /// An error in another file (a shared table the spec references).
    void error_in(std::string file, source_pos pos, std::string message) {
        list_.push_back({std::move(file), pos, std::move(message)});
    }
    bool empty() const { return list_.empty(); }
    const std::vector<diagnostic>& list() const { return list_; }
    const std::string& file() const { return file_; }

private:
    std::string file_;
    std::vector<diagnostic> list_;
};

/// Edit distance counting insertions, deletions, substitutions and adjacent transpositions
/// ("wrod" -> "word" is 1), the usual typos in a spec.
inline std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[a.size()][b.size()];
}

/// " (did you mean 'x'?)" for the closest candidate within a small distance, else "".
inline std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
    const std::string* best = nullptr;
    std::size_t best_distance = 0;
    for (const auto& c : candidates) {
        const std::size_t d = edit_distance(word, c);
        if (best == nullptr || d < best_distance) {
            best = &c;
            best_distance = d;
        }
    }
    const std::size_t limit = std::max<std::size_t>(1, word.size() / 3);
    if (best == nullptr || best_distance == 0 || best_distance > limit) return "";
    return " (did you mean '" + *best + "'?)";
}

/// "a, b or c" (with `last` = "or"): a list as a message says it.
inline std::string spoken_list(const std::vector<std::string>& items, std::string_view last) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i + 1 == items.size() && i != 0) {
            out += ' ';
            out += last;
            out += ' ';
        } else if (i != 0) {
            out += ", ";
        }
        out += items[i];
    }
    return out;
}

}  // namespace callmap::gen
