// load, continued: shapes:, the list pages and webhooks a provider delivers calls in. Only the
// YAML's structure is checked here; check_shapes() checks names, paths and values.
#include "load_shapes.hpp"

#include "yaml_util.hpp"

namespace callmap::gen {
namespace {

/// A scalar key of a shape, with its position.
void optional_scalar(const YAML::Node& shape, const char* key, std::string& out, source_pos& pos,
                     diagnostics& diags) {
    if (const YAML::Node n = shape[key]) {
        pos = pos_of(n);
        scalar_string(n, key, out, diags);
    }
}

/// The entries of a map of scalars, each key with its position and its value in `value`.
template <class Entry>
void scalar_map(const YAML::Node& n, const std::string& not_a_map, const char* what,
                std::string Entry::*value, std::vector<Entry>& out, diagnostics& diags) {
    if (!n.IsMap()) {
        diags.error(pos_of(n), not_a_map);
        return;
    }
    for (auto it = n.begin(); it != n.end(); ++it) {
        Entry e;
        e.key = it->first.Scalar();
        e.pos = pos_of(it->first);
        if (scalar_string(it->second, what, e.*value, diags)) out.push_back(std::move(e));
    }
}

void load_shape(const std::string& name, const YAML::Node& node, source_pos pos, spec& s,
                diagnostics& diags) {
    shape_def d;
    d.name = name;
    d.pos = pos;
    if (!node.IsMap()) {
        diags.error(pos_of(node), "shape '" + name +
                                      "' must be a map with kind: (list, webhook or callback) "
                                      "and where its calls are");
        return;
    }
    expect_keys(node,
                {"kind", "input", "detect", "calls", "call", "cursor", "event", "status", "fields",
                 "envelope"},
                "shape '" + name + "'", diags);
    optional_scalar(node, "input", d.input, d.input_pos, diags);
    optional_scalar(node, "kind", d.kind, d.kind_pos, diags);
    if (!node["kind"])
        diags.error(pos, "shape '" + name + "' needs kind: list, webhook or callback");
    if (node["calls"] && node["call"]) {
        diags.error(pos_of(node["call"]), "shape '" + name +
                                              "' has both calls: and call:; a list names its "
                                              "array with calls:, a webhook its call with call:");
    }
    optional_scalar(node, node["call"] ? "call" : "calls", d.calls, d.calls_pos, diags);
    optional_scalar(node, "cursor", d.cursor, d.cursor_pos, diags);
    optional_scalar(node, "event", d.event, d.event_pos, diags);
    optional_scalar(node, "envelope", d.envelope, d.envelope_pos, diags);
    if (const YAML::Node n = node["detect"]) {
        d.detect_pos = pos_of(n);
        if (!n.IsSequence()) {
            diags.error(d.detect_pos,
                        "detect of shape '" + name + "' must be a list of top-level JSON keys");
        } else {
            for (const auto& key : n) {
                std::string text;
                if (scalar_string(key, "a detect key", text, diags)) d.detect.push_back(text);
            }
        }
    }
    if (const YAML::Node n = node["status"]) {
        d.status_pos = pos_of(n);
        scalar_map(n,
                   "status of shape '" + name + "' must be a map of event name to canonical status",
                   "a status", &table_entry_def::value, d.status, diags);
    }
    if (const YAML::Node n = node["fields"]) {
        d.fields_pos = pos_of(n);
        scalar_map(n,
                   "fields of shape '" + name +
                       "' must be a map of form or envelope key to the root type's field",
                   "a field", &form_field_def::field, d.fields, diags);
    }
    s.shapes.push_back(std::move(d));
}

}  // namespace

void load_shapes(const YAML::Node& node, spec& s, diagnostics& diags) {
    if (!node.IsMap()) {
        diags.error(pos_of(node), "shapes must be a map of shape name to shape");
        return;
    }
    for (auto it = node.begin(); it != node.end(); ++it)
        load_shape(it->first.Scalar(), it->second, pos_of(it->first), s, diags);
}

}  // namespace callmap::gen
