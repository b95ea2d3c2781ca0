// Helpers shared by the loaders: source positions of YAML nodes and the common checks on
// their shape (known keys, string scalars).
#pragma once

#include <yaml-cpp/yaml.h>

#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.hpp"

namespace callmap::gen {

inline source_pos pos_of(const YAML::Node& node) {
    const YAML::Mark m = node.Mark();
    if (m.line < 0) return {};
    return {m.line + 1, m.column + 1};
}

inline std::string join(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : ", ") + w;
    return out;
}

/// Reports keys of `node` that are not in `allowed`.
inline void expect_keys(const YAML::Node& node, const std::vector<std::string>& allowed,
                        std::string_view where, diagnostics& diags) {
    for (auto it = node.begin(); it != node.end(); ++it) {
        const std::string key = it->first.Scalar();
        bool known = false;
        for (const auto& a : allowed) known = known || a == key;
        if (!known) {
            diags.error(pos_of(it->first), "unknown key '" + key + "' in " + std::string(where) +
                                               did_you_mean(key, allowed) +
                                               "; expected one of: " + join(allowed));
        }
    }
}

inline bool scalar_string(const YAML::Node& node, std::string_view what, std::string& out,
                          diagnostics& diags) {
    if (!node.IsScalar()) {
        diags.error(pos_of(node), std::string(what) + " must be a string");
        return false;
    }
    out = node.Scalar();
    return true;
}

}  // namespace callmap::gen
