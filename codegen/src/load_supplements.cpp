// load, continued: supplements:, the payloads that complete a call the caller already has
// (Bland's corrected transcript). Only the YAML's structure is checked here; check() checks the
// root type, the detect keys and the mapping.
#include "load_supplements.hpp"

#include "load_mapping.hpp"
#include "yaml_util.hpp"

namespace callmap::gen {
namespace {

void load_supplement(const std::string& name, const YAML::Node& node, source_pos pos, spec& s,
                     diagnostics& diags, const file_reader& read,
                     const std::vector<std::string>& table_dirs) {
    const std::string what = "supplement '" + name + "'";
    if (!node.IsMap()) {
        diags.error(pos_of(node), what + " must be a map with root:, detect: and mapping:");
        return;
    }
    expect_keys(node, {"docs", "root", "detect", "mapping"}, what, diags);
    for (const char* required : {"root", "detect", "mapping"}) {
        if (!node[required]) diags.error(pos, what + " needs " + required + ":");
    }
    supplement_def d;
    d.name = name;
    d.pos = pos;
    if (const YAML::Node n = node["docs"]) scalar_string(n, "docs", d.docs, diags);
    if (const YAML::Node n = node["root"]) {
        d.root_pos = pos_of(n);
        scalar_string(n, "root", d.root, diags);
    }
    if (const YAML::Node n = node["detect"]) {
        d.detect_pos = pos_of(n);
        if (!n.IsSequence()) {
            diags.error(d.detect_pos,
                        "detect of " + what + " must be a list of top-level JSON keys");
        } else {
            for (const auto& key : n) {
                std::string text;
                if (scalar_string(key, "a detect key", text, diags)) d.detect.push_back(text);
            }
        }
    }
    if (const YAML::Node n = node["mapping"])
        load_mapping(n, s, diags, read, table_dirs, d.mapping, d.error_when);
    s.supplements.push_back(std::move(d));
}

}  // namespace

void load_supplements(const YAML::Node& node, spec& s, diagnostics& diags, const file_reader& read,
                      const std::vector<std::string>& table_dirs) {
    if (!node.IsMap()) {
        diags.error(pos_of(node), "supplements must be a map of supplement name to supplement");
        return;
    }
    for (auto it = node.begin(); it != node.end(); ++it) {
        load_supplement(it->first.Scalar(), it->second, pos_of(it->first), s, diags, read,
                        table_dirs);
    }
}

}  // namespace callmap::gen
