// load: YAML text -> spec model. Reports structural mistakes (unknown keys, wrong node kinds,
// malformed type expressions, duplicates); name resolution and C++ rules are check()'s job.
#include "load.hpp"

#include "check.hpp"
#include "load_mapping.hpp"
#include "load_shapes.hpp"
#include "load_supplements.hpp"
#include "yaml_util.hpp"

#include <yaml-cpp/yaml.h>

#include <cctype>
#include <fstream>
#include <iterator>
#include <set>
#include <string_view>

namespace callmap::gen {
namespace {

bool is_ident_start(char c) {
    return std::isalpha(static_cast<unsigned char>(c)) != 0 || c == '_';
}
bool is_ident_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
}

/// Parses `core ("[]")* "?"?` where core is `name`, `map<name>` or a union of names
/// `(a | b | b[])`.
bool parse_type_expr(const std::string& text, source_pos pos, type_ref& out, diagnostics& diags) {
    out = {};
    out.text = text;
    out.pos = pos;
    std::string_view s = text;
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    if (!s.empty() && s.back() == '?') {
        out.optional = true;
        s.remove_suffix(1);
    }
    while (s.size() >= 2 && s.substr(s.size() - 2) == "[]") {
        ++out.array_depth;
        s.remove_suffix(2);
    }
    if (s.substr(0, 4) == "map<") {
        if (s.back() != '>') {
            diags.error(pos, "malformed type '" + text + "': expected 'map<type>'");
            return false;
        }
        out.is_map = true;
        s = s.substr(4, s.size() - 5);
    }
    if (!s.empty() && s.front() == '(' && s.back() == ')') s = s.substr(1, s.size() - 2);
    if (s.find('|') != std::string_view::npos) {
        if (out.is_map) {
            diags.error(pos, "malformed type '" + text +
                                 "': a map's values cannot be one of several types");
            return false;
        }
        out.base = type_ref::base_kind::one_of;
        while (!s.empty()) {
            const std::size_t bar = s.find('|');
            std::string_view part = s.substr(0, bar);
            s = bar == std::string_view::npos ? std::string_view{} : s.substr(bar + 1);
            while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
            while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
            type_ref alternative;
            if (!parse_type_expr(std::string(part), pos, alternative, diags)) return false;
            // a plain type name, or a list of one (`endpoint[]`: check() requires an object)
            if (alternative.optional || alternative.array_depth > 1 || alternative.is_map ||
                alternative.base == type_ref::base_kind::one_of ||
                part.find('(') != std::string_view::npos) {
                diags.error(pos, "malformed type '" + text +
                                     "': each alternative must be a type name or a list of one");
                return false;
            }
            out.alternatives.push_back(std::move(alternative));
        }
        return true;
    }
    if (s.empty() || !is_ident_start(s.front())) {
        diags.error(pos, "malformed type '" + text +
                             "': expected a type name such as string, int, number, "
                             "bool, decimal, raw or a type from types:");
        return false;
    }
    for (const char c : s) {
        if (!is_ident_char(c)) {
            diags.error(pos,
                        "malformed type '" + text + "': unexpected '" + std::string(1, c) + "'");
            return false;
        }
    }
    static const std::map<std::string, type_ref::base_kind, std::less<>> builtins = {
        {"string", type_ref::base_kind::string},   {"int", type_ref::base_kind::integer},
        {"number", type_ref::base_kind::number},   {"bool", type_ref::base_kind::boolean},
        {"decimal", type_ref::base_kind::decimal}, {"raw", type_ref::base_kind::raw}};
    if (const auto it = builtins.find(s); it != builtins.end()) {
        out.base = it->second;
    } else {
        out.base = type_ref::base_kind::named;
        out.name = std::string(s);
    }
    return true;
}

void load_enum_values(const YAML::Node& node, enum_def& e, diagnostics& diags) {
    if (!node.IsSequence() || node.size() == 0) {
        diags.error(pos_of(node), "enum must be a non-empty list of values");
        return;
    }
    for (const auto& v : node) {
        std::string value;
        if (scalar_string(v, "an enum value", value, diags)) e.values.push_back(value);
    }
}

bool load_case(const YAML::Node& node, bool& insensitive, diagnostics& diags) {
    std::string value;
    if (!scalar_string(node, "case", value, diags)) return false;
    if (value != "sensitive" && value != "insensitive") {
        diags.error(pos_of(node), "case must be 'sensitive' or 'insensitive', not '" + value + "'" +
                                      did_you_mean(value, {"sensitive", "insensitive"}));
        return false;
    }
    insensitive = value == "insensitive";
    return true;
}

/// One field: `key: type-expr` or `key: {type:, name:, aliases:, enum:, case:, optional:}`.
void load_field(const std::string& object, const YAML::Node& key, const YAML::Node& value, spec& s,
                object_def& obj, diagnostics& diags) {
    field_def f;
    f.json_name = key.Scalar();
    f.pos = pos_of(key);
    if (value.IsScalar()) {
        if (!parse_type_expr(value.Scalar(), pos_of(value), f.type, diags)) return;
        obj.fields.push_back(std::move(f));
        return;
    }
    if (!value.IsMap()) {
        diags.error(pos_of(value), "field '" + f.json_name +
                                       "' must be a type (e.g. string?) or a map with 'type:'");
        return;
    }
    expect_keys(value, {"type", "name", "aliases", "enum", "case", "optional"},
                "field '" + f.json_name + "'", diags);
    const YAML::Node type = value["type"];
    const YAML::Node values = value["enum"];
    if (type && values) {
        diags.error(pos_of(values),
                    "field '" + f.json_name + "' has both 'type' and 'enum'; use one");
        return;
    }
    if (const YAML::Node n = value["name"]) scalar_string(n, "name", f.name, diags);
    if (values) {
        enum_def e;
        // an inline enum is named after its member; check() validates the name
        e.name = f.name.empty() ? to_snake_case(f.json_name) : f.name;
        e.pos = pos_of(values);
        load_enum_values(values, e, diags);
        if (const YAML::Node c = value["case"]) load_case(c, e.case_insensitive, diags);
        f.type.base = type_ref::base_kind::named;
        f.type.name = e.name;
        f.type.text = e.name;
        f.type.pos = e.pos;
        s.enums.push_back(std::move(e));
    } else if (type) {
        std::string text;
        if (!scalar_string(type, "type", text, diags) ||
            !parse_type_expr(text, pos_of(type), f.type, diags))
            return;
        if (const YAML::Node c = value["case"]) {
            diags.error(pos_of(c), "'case' applies to enum fields only");
        }
    } else {
        diags.error(pos_of(key), "field '" + f.json_name + "' needs 'type:' or 'enum:'");
        return;
    }
    if (const YAML::Node o = value["optional"]) {
        if (!o.IsScalar() || (o.Scalar() != "true" && o.Scalar() != "false")) {
            diags.error(pos_of(o), "optional must be true or false");
        } else if (o.Scalar() == "true") {
            f.type.optional = true;
        }
    }
    if (const YAML::Node a = value["aliases"]) {
        if (!a.IsSequence()) {
            diags.error(pos_of(a), "aliases must be a list of JSON keys");
        } else {
            for (const auto& alias : a) {
                std::string text;
                if (scalar_string(alias, "an alias", text, diags)) f.aliases.push_back(text);
            }
        }
    }
    (void)object;
    obj.fields.push_back(std::move(f));
}

void load_types(const YAML::Node& types, spec& s, diagnostics& diags) {
    if (!types.IsMap()) {
        diags.error(pos_of(types), "types must be a map of type name to its fields");
        return;
    }
    std::map<std::string, source_pos> seen;
    for (auto it = types.begin(); it != types.end(); ++it) {
        const std::string name = it->first.Scalar();
        const YAML::Node body = it->second;
        if (const auto [at, fresh] = seen.emplace(name, pos_of(it->first)); !fresh) {
            diags.error(pos_of(it->first), "duplicate type '" + name + "' (first defined at line " +
                                               std::to_string(at->second.line) + ")");
            continue;
        }
        if (body.IsMap() && body["enum"] && body["enum"].IsSequence()) {
            expect_keys(body, {"enum", "case"}, "enum type '" + name + "'", diags);
            enum_def e;
            e.name = name;
            e.pos = pos_of(it->first);
            load_enum_values(body["enum"], e, diags);
            if (const YAML::Node c = body["case"]) load_case(c, e.case_insensitive, diags);
            s.enums.push_back(std::move(e));
            continue;
        }
        if (!body.IsMap()) {
            diags.error(pos_of(it->first),
                        "type '" + name + "' must be a map of fields (or {enum: [...]})");
            continue;
        }
        object_def obj;
        obj.name = name;
        obj.pos = pos_of(it->first);
        std::map<std::string, source_pos> field_seen;
        for (auto f = body.begin(); f != body.end(); ++f) {
            const std::string key = f->first.Scalar();
            if (const auto [at, fresh] = field_seen.emplace(key, pos_of(f->first)); !fresh) {
                diags.error(pos_of(f->first), "duplicate field '" + key + "' in type '" + name +
                                                  "' (first defined at line " +
                                                  std::to_string(at->second.line) + ")");
                continue;
            }
            load_field(name, f->first, f->second, s, obj, diags);
        }
        s.objects.push_back(std::move(obj));
    }
}

}  // namespace

std::optional<std::string> read_from_disk(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    // Read in blocks, not through istreambuf_iterator: GCC 12 at -O3 inlines that iterator into
    // a streambuf access it reports as a potential null dereference (-Wnull-dereference).
    std::string text;
    char block[4096];
    while (in.read(block, sizeof block) || in.gcount() > 0)
        text.append(block, static_cast<std::size_t>(in.gcount()));
    if (in.bad()) return std::nullopt;
    return text;
}

std::optional<spec> load(const std::string& text, const std::string& file, diagnostics& diags,
                         const file_reader& read, const std::vector<std::string>& table_dirs) {
    YAML::Node document;
    try {
        document = YAML::Load(text);
    } catch (const YAML::ParserException& e) {
        diags.error({e.mark.line + 1, e.mark.column + 1}, "invalid YAML: " + e.msg);
        return std::nullopt;
    }
    const YAML::Node& root = document;  // const: operator[] must never insert keys
    if (!root.IsMap()) {
        diags.error(pos_of(root), "a spec must be a YAML map with provider:, root: and types:");
        return std::nullopt;
    }
    spec s;
    s.file = file;
    expect_keys(root,
                {"provider", "title", "docs", "root", "detect", "types", "mapping", "shapes",
                 "supplements"},
                "the spec", diags);
    for (const char* required : {"provider", "root", "types"}) {
        if (!root[required])
            diags.error({1, 1}, std::string("missing required key '") + required + "'");
    }
    if (const YAML::Node n = root["provider"]) {
        scalar_string(n, "provider", s.provider, diags);
        s.provider_pos = pos_of(n);
    }
    if (const YAML::Node n = root["title"]) scalar_string(n, "title", s.title, diags);
    if (const YAML::Node n = root["docs"]) scalar_string(n, "docs", s.docs, diags);
    if (const YAML::Node n = root["root"]) {
        scalar_string(n, "root", s.root, diags);
        s.root_pos = pos_of(n);
    }
    if (const YAML::Node n = root["detect"]) {
        s.detect_pos = pos_of(n);
        if (!n.IsSequence()) {
            diags.error(s.detect_pos, "detect must be a list of top-level JSON keys");
        } else {
            for (const auto& key : n) {
                std::string name;
                if (scalar_string(key, "a detect key", name, diags)) s.detect.push_back(name);
            }
        }
    }
    if (const YAML::Node n = root["types"]) load_types(n, s, diags);
    if (const YAML::Node n = root["mapping"]) {
        s.has_mapping = true;
        load_mapping(n, s, diags, read, table_dirs, s.mapping, s.error_when);
    }
    if (const YAML::Node n = root["shapes"]) load_shapes(n, s, diags);
    if (const YAML::Node n = root["supplements"]) load_supplements(n, s, diags, read, table_dirs);
    if (!diags.empty()) return std::nullopt;
    return s;
}

}  // namespace callmap::gen
