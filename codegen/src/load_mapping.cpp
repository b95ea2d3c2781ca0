// load, continued: the `mapping:` section and the shared tables it references. The shape of
// what may be written is taken from the canonical target table (canonical.hpp).
#include "load_mapping.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "canonical.hpp"
#include "yaml_util.hpp"

namespace callmap::gen {
namespace {

std::vector<std::string> child_names(const target& t) {
    std::vector<std::string> names;
    for (const auto& c : t.children) names.push_back(c.name);
    return names;
}

bool string_list(const YAML::Node& node, std::string_view what, std::vector<std::string>& out,
                 diagnostics& diags) {
    if (node.IsScalar()) {
        out.push_back(node.Scalar());
        return true;
    }
    if (!node.IsSequence()) {
        diags.error(pos_of(node), std::string(what) + " must be a value or a list of values");
        return false;
    }
    for (const auto& v : node) {
        std::string text;
        if (scalar_string(v, what, text, diags)) out.push_back(text);
    }
    return true;
}

bool load_table_entries(const YAML::Node& node, std::vector<table_entry_def>& out,
                        diagnostics& diags) {
    if (!node.IsMap()) {
        diags.error(pos_of(node), "a table must be a map of provider value to canonical value");
        return false;
    }
    for (auto it = node.begin(); it != node.end(); ++it) {
        table_entry_def e;
        e.key = it->first.Scalar();
        e.pos = pos_of(it->first);
        if (scalar_string(it->second, "a table value", e.value, diags)) out.push_back(std::move(e));
    }
    return true;
}

class mapping_loader {
public:
    mapping_loader(spec& s, diagnostics& diags, const file_reader& read,
                   const std::vector<std::string>& table_dirs)
        : s_(s), diags_(diags), read_(read), table_dirs_(table_dirs) {}

    void load_expr(const YAML::Node& node, value_expr& e) {
        e.pos = pos_of(node);
        if (node.IsScalar()) {
            e.kind = value_expr::form::path;
            e.path = node.Scalar();
            return;
        }
        if (!node.IsMap()) {
            diags_.error(
                e.pos,
                "a value must be a path (e.g. data.call_id) or a map such as {from: path, ...}");
            return;
        }
        if (node["const"]) {
            expect_keys(node, {"const"}, "a constant", diags_);
            e.kind = value_expr::form::constant;
            scalar_string(node["const"], "const", e.constant, diags_);
        } else if (const YAML::Node first = node["first"]) {
            expect_keys(node, {"first"}, "first", diags_);
            e.kind = value_expr::form::first;
            if (!first.IsSequence() || first.size() == 0) {
                diags_.error(pos_of(first),
                             "first must be a non-empty list of values to try in order");
                return;
            }
            for (const auto& item : first) load_expr(item, e.items.emplace_back());
        } else if (const YAML::Node when = node["when"]) {
            expect_keys(node, {"when", "then", "else"}, "when", diags_);
            e.kind = value_expr::form::when;
            load_condition(when, e);
            if (!node["then"]) {
                diags_.error(e.pos, "when needs then:");
                return;
            }
            load_expr(node["then"], e.items.emplace_back());
            if (node["else"]) load_expr(node["else"], e.items.emplace_back());
        } else if (node["difference"] || node["sum"]) {
            const bool difference = static_cast<bool>(node["difference"]);
            const char* key = difference ? "difference" : "sum";
            expect_keys(node, {key}, key, diags_);
            e.kind = difference ? value_expr::form::difference : value_expr::form::sum;
            const YAML::Node ops = node[key];
            if (!ops.IsSequence() || ops.size() != 2) {
                diags_.error(pos_of(ops),
                             std::string(key) +
                                 " takes two canonical fields, e.g. [ended_at, answered_at]");
                return;
            }
            for (const auto& op : ops) {
                std::string name;
                if (scalar_string(op, "an operand", name, diags_)) e.operands.push_back(name);
            }
        } else if (const YAML::Node implied = node["implied_by"]) {
            expect_keys(node, {"implied_by"}, "implied_by", diags_);
            e.kind = value_expr::form::implied_by_status;
            std::string what;
            if (scalar_string(implied, "implied_by", what, diags_) && what != "status") {
                diags_.error(pos_of(implied),
                             "implied_by takes 'status' (the end reason a final status implies)");
            }
        } else if (const YAML::Node from = node["from"]) {
            expect_keys(node,
                        {"from", "time", "scale", "money", "abs", "table", "default", "refine",
                         "relative_to"},
                        "a value", diags_);
            e.kind = value_expr::form::path;
            scalar_string(from, "from", e.path, diags_);
            load_conversions(node, e);
        } else {
            diags_.error(
                e.pos,
                "a value needs one of: from, const, first, when, difference, sum, implied_by");
        }
    }

    void load_node(const YAML::Node& node, const target& t, mapping_node& out) {
        out.tgt = &t;
        out.pos = pos_of(node);
        switch (t.kind) {
            case target_kind::group: load_children(node, t, out, false); break;
            case target_kind::collection: load_children(node, t, out, true); break;
            case target_kind::list:
                if (node.IsSequence()) {
                    for (const auto& item : node) {
                        mapping_node& child = out.children.emplace_back();
                        child.tgt = &t;
                        child.pos = pos_of(item);
                        load_children(item, t, child, false);
                    }
                } else {
                    load_children(node, t, out, true);
                }
                break;
            case target_kind::named_strings:
                if (!node.IsMap()) {
                    diags_.error(out.pos, "'" + t.name + "' must be a map of name to value");
                    return;
                }
                for (auto it = node.begin(); it != node.end(); ++it) {
                    auto& [name, value] = out.named.emplace_back();
                    name = it->first.Scalar();
                    load_expr(it->second, value);
                }
                break;
            case target_kind::string:
            case target_kind::party:
            case target_kind::instant:
            case target_kind::millis:
            case target_kind::integer:
            case target_kind::number:
            case target_kind::money:
            case target_kind::enumeration:
            case target_kind::raw:
            case target_kind::raw_map:
            case target_kind::number_array:
            case target_kind::string_array:
            case target_kind::boolean: load_expr(node, out.value); break;
        }
    }

    void load_error_rule(const YAML::Node& node, error_rule& r) {
        r.present = true;
        r.pos = pos_of(node);
        if (!node.IsMap()) {
            diags_.error(r.pos, "error_when must be a map {path:, equals:, message:}");
            return;
        }
        expect_keys(node, {"path", "equals", "message"}, "error_when", diags_);
        if (!node["path"] || !node["equals"]) {
            diags_.error(r.pos, "error_when needs path: and equals:");
            return;
        }
        scalar_string(node["path"], "path", r.path, diags_);
        string_list(node["equals"], "equals", r.equals, diags_);
        if (node["message"]) string_list(node["message"], "message", r.message, diags_);
    }

private:
    void load_condition(const YAML::Node& when, value_expr& e) {
        e.when_pos = pos_of(when);
        if (!when.IsMap() || !when["path"]) {
            diags_.error(
                e.when_pos,
                "when must be {path: ..., equals: ...} (or {path: ...}: the value is present)");
            return;
        }
        expect_keys(when, {"path", "equals"}, "when", diags_);
        scalar_string(when["path"], "path", e.when_path, diags_);
        if (when["equals"]) string_list(when["equals"], "equals", e.when_equals, diags_);
    }

    void load_conversions(const YAML::Node& node, value_expr& e) {
        if (const YAML::Node t = node["time"]) scalar_string(t, "time", e.time, diags_);
        if (const YAML::Node m = node["money"]) scalar_string(m, "money", e.money, diags_);
        if (const YAML::Node a = node["abs"]) {
            if (!a.IsScalar() || (a.Scalar() != "true" && a.Scalar() != "false")) {
                diags_.error(pos_of(a), "abs must be true or false");
            } else {
                e.absolute = a.Scalar() == "true";
            }
        }
        if (const YAML::Node r = node["relative_to"])
            scalar_string(r, "relative_to", e.relative_to, diags_);
        if (const YAML::Node d = node["default"])
            scalar_string(d, "default", e.default_value, diags_);
        if (const YAML::Node r = node["refine"]) string_list(r, "refine", e.refine, diags_);
        if (const YAML::Node sc = node["scale"]) {
            try {
                e.scale = sc.as<long long>();
            } catch (const YAML::Exception&) {
                diags_.error(pos_of(sc),
                             "scale must be an integer, e.g. 1000 for seconds to milliseconds");
            }
        }
        if (const YAML::Node t = node["table"]) {
            e.table_pos = pos_of(t);
            if (t.IsScalar()) {
                e.table_ref = t.Scalar();
                const bool name_ok =
                    !e.table_ref.empty() &&
                    std::all_of(e.table_ref.begin(), e.table_ref.end(), [](char c) {
                        return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
                    });
                if (!name_ok) {
                    diags_.error(e.table_pos, "table name '" + e.table_ref +
                                                  "' must be letters, digits and '_' (the file "
                                                  "tables/<name>.yaml next to the spec)");
                    return;
                }
                load_shared_table(e.table_ref, e.table_pos);
            } else {
                load_table_entries(t, e.table, diags_);
            }
        }
    }

    /// each: a path, or {first: [path, ...]}: the first of several lists that is present.
    void load_each(const YAML::Node& each, mapping_node& out) {
        if (!each.IsMap()) {
            scalar_string(each, "each", out.each, diags_);
            return;
        }
        expect_keys(each, {"first"}, "each", diags_);
        const YAML::Node first = each["first"];
        if (!first || !first.IsSequence() || first.size() == 0) {
            diags_.error(out.each_pos,
                         "each: must be the path of a list, or {first: [paths]}: the first of "
                         "several lists that is present");
            return;
        }
        for (const auto& item : first) {
            std::string path;
            if (!scalar_string(item, "each: first:", path, diags_)) continue;
            if (out.each.empty())
                out.each = std::move(path);
            else
                out.each_otherwise.push_back(std::move(path));
        }
    }

    void load_children(const YAML::Node& node, const target& t, mapping_node& out, bool iterates) {
        if (!node.IsMap()) {
            diags_.error(pos_of(node),
                         "'" + t.name + "' must be a map of its fields" +
                             (iterates ? std::string(" with each: (the array to map)") : ""));
            return;
        }
        std::vector<std::string> allowed = child_names(t);
        if (iterates) allowed.insert(allowed.begin(), "each");
        expect_keys(node, allowed, "'" + t.name + "'", diags_);
        if (iterates) {
            if (!node["each"]) {
                diags_.error(out.pos, "'" + t.name + "' needs each: (the array to map)");
                return;
            }
            out.each_pos = pos_of(node["each"]);
            load_each(node["each"], out);
        }
        for (const auto& child : t.children) {
            if (const YAML::Node n = node[child.name])
                load_node(n, child, out.children.emplace_back());
        }
    }

    void load_shared_table(const std::string& name, source_pos pos) {
        for (const auto& t : s_.tables) {
            if (t.name == name) return;
        }
        // next to the spec, then in each --tables directory
        std::vector<std::string> candidates = {
            (std::filesystem::path(s_.file).parent_path() / "tables" / (name + ".yaml"))
                .generic_string()};
        for (const auto& dir : table_dirs_)
            candidates.push_back((std::filesystem::path(dir) / (name + ".yaml")).generic_string());
        std::string file;
        std::optional<std::string> text;
        for (const auto& candidate : candidates) {
            text = read_(candidate);
            if (text) {
                file = candidate;
                break;
            }
        }
        if (!text) {
            std::string tried;
            for (const auto& candidate : candidates)
                tried += (tried.empty() ? "" : ", ") + candidate;
            diags_.error(pos, "table '" + name + "' not found: expected the file" +
                                  (candidates.size() > 1 ? "s (the first found) " : " ") + tried);
            return;
        }
        diagnostics table_diags(file);
        YAML::Node doc;
        try {
            doc = YAML::Load(*text);
        } catch (const YAML::ParserException& ex) {
            diags_.error_in(file, {ex.mark.line + 1, ex.mark.column + 1},
                            "invalid YAML: " + ex.msg);
            return;
        }
        const YAML::Node& root = doc;
        table_def t;
        t.name = name;
        t.file = file;
        t.pos = pos_of(root);
        if (!root.IsMap() || !root["enum"] || !root["values"]) {
            table_diags.error(t.pos,
                              "a table file must be a map {enum: <canonical enum>, values: {...}}");
        } else {
            expect_keys(root, {"table", "enum", "values"}, "the table", table_diags);
            scalar_string(root["enum"], "enum", t.enumeration, table_diags);
            load_table_entries(root["values"], t.entries, table_diags);
        }
        for (const auto& d : table_diags.list()) diags_.error_in(d.file, d.pos, d.message);
        s_.tables.push_back(std::move(t));
    }

    spec& s_;
    diagnostics& diags_;
    const file_reader& read_;
    const std::vector<std::string>& table_dirs_;
};

}  // namespace

void load_mapping(const YAML::Node& node, spec& s, diagnostics& diags, const file_reader& read,
                  const std::vector<std::string>& table_dirs, mapping_node& mapping,
                  error_rule& error_when) {
    if (!node.IsMap()) {
        diags.error(pos_of(node), "mapping must be a map of canonical fields");
        return;
    }
    mapping_loader loader(s, diags, read, table_dirs);
    const target& root = call_target();
    std::vector<std::string> allowed = child_names(root);
    allowed.insert(allowed.begin(), "error_when");
    expect_keys(node, allowed, "mapping", diags);
    mapping.tgt = &root;
    mapping.pos = pos_of(node);
    if (const YAML::Node e = node["error_when"]) loader.load_error_rule(e, error_when);
    for (const auto& child : root.children) {
        if (const YAML::Node n = node[child.name])
            loader.load_node(n, child, mapping.children.emplace_back());
    }
}

}  // namespace callmap::gen
