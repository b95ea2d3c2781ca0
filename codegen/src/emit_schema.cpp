#include "emit_schema.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <utility>
#include <variant>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "canonical.hpp"
#include "check.hpp"

namespace callmap::gen {
namespace {

// --- a JSON value, in document order, printed as `python3 -m json.tool` would --------------

struct json;
using json_array = std::vector<json>;
using json_object = std::vector<std::pair<std::string, json>>;
struct number_text {
    std::string text;
};

struct json {
    std::variant<std::nullptr_t, bool, number_text, std::string, json_array, json_object> value;

    json() : value(nullptr) {}
    json(bool b) : value(b) {}                              // NOLINT: a JSON literal
    json(int n) : value(number_text{std::to_string(n)}) {}  // NOLINT
    json(const char* s) : value(std::string(s)) {}          // NOLINT
    json(std::string s) : value(std::move(s)) {}            // NOLINT
    json(json_array a) : value(std::move(a)) {}             // NOLINT
    json(json_object o) : value(std::move(o)) {}            // NOLINT
    json(number_text n) : value(std::move(n)) {}            // NOLINT
};

json* member(json& object, std::string_view key) {
    auto* members = std::get_if<json_object>(&object.value);
    if (members == nullptr) return nullptr;
    for (auto& [k, v] : *members) {
        if (k == key) return &v;
    }
    return nullptr;
}

/// A JSON document read with yaml-cpp (JSON is YAML): quoted scalars are strings, plain ones
/// numbers, booleans or null.
json from_yaml(const YAML::Node& node) {
    switch (node.Type()) {
        case YAML::NodeType::Map: {
            json_object members;
            for (const auto& entry : node)
                members.emplace_back(entry.first.Scalar(), from_yaml(entry.second));
            return members;
        }
        case YAML::NodeType::Sequence: {
            json_array items;
            for (const auto& item : node) items.push_back(from_yaml(item));
            return items;
        }
        case YAML::NodeType::Scalar: {
            const std::string& text = node.Scalar();
            if (node.Tag() == "!") return text;  // quoted
            if (text == "true" || text == "false") return text == "true";
            if (text == "null") return json();
            return number_text{text};
        }
        case YAML::NodeType::Null:
        case YAML::NodeType::Undefined: return json();
    }
    return json();
}

void print_string(std::string& out, std::string_view s) {
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            default:
                if (u < 0x20) {
                    out += "\\u00";
                    out += hex[u >> 4];
                    out += hex[u & 0xF];
                } else {
                    out += c;
                }
        }
    }
    out += '"';
}

void print(std::string& out, const json& v, int level) {
    const std::string inner(static_cast<std::size_t>(level + 1) * 2, ' ');
    const std::string outer(static_cast<std::size_t>(level) * 2, ' ');
    if (std::holds_alternative<std::nullptr_t>(v.value)) {
        out += "null";
    } else if (const bool* b = std::get_if<bool>(&v.value)) {
        out += *b ? "true" : "false";
    } else if (const auto* n = std::get_if<number_text>(&v.value)) {
        out += n->text;
    } else if (const auto* s = std::get_if<std::string>(&v.value)) {
        print_string(out, *s);
    } else if (const auto* a = std::get_if<json_array>(&v.value)) {
        if (a->empty()) {
            out += "[]";
            return;
        }
        out += "[\n";
        for (std::size_t i = 0; i < a->size(); ++i) {
            out += inner;
            print(out, (*a)[i], level + 1);
            out += i + 1 < a->size() ? ",\n" : "\n";
        }
        out += outer + "]";
    } else if (const auto* o = std::get_if<json_object>(&v.value)) {
        if (o->empty()) {
            out += "{}";
            return;
        }
        out += "{\n";
        for (std::size_t i = 0; i < o->size(); ++i) {
            out += inner;
            print_string(out, (*o)[i].first);
            out += ": ";
            print(out, (*o)[i].second, level + 1);
            out += i + 1 < o->size() ? ",\n" : "\n";
        }
        out += outer + "}";
    }
}

// --- the canonical part ----------------------------------------------------------------------

json def_ref(const std::string& def) {
    return json_object{{"$ref", "#/$defs/" + def}};
}

json strings(const std::vector<std::string>& values) {
    json_array items;
    for (const auto& v : values) items.emplace_back(v);
    return items;
}

json enum_of(const std::vector<std::string>& values) {
    return json_object{{"enum", strings(values)}};
}

/// {"type": "object", "required": [...], "additionalProperties": false, "properties": {...}}
json closed_object(std::vector<std::string> required, json_object properties) {
    return json_object{{"type", "object"},
                       {"required", strings(required)},
                       {"additionalProperties", false},
                       {"properties", std::move(properties)}};
}

/// The part of a value definition's name ("value_millis") that says its kind.
const char* value_kind(target_kind k) {
    switch (k) {
        case target_kind::string: return "string";
        case target_kind::party: return "party";
        case target_kind::instant: return "instant";
        case target_kind::millis: return "millis";
        case target_kind::integer: return "integer";
        case target_kind::number: return "number";
        case target_kind::money: return "money";
        case target_kind::enumeration: return "enum";
        case target_kind::raw: return "raw";
        case target_kind::raw_map: return "raw_map";
        case target_kind::number_array: return "number_array";
        case target_kind::string_array: return "string_array";
        case target_kind::boolean: return "boolean";
        case target_kind::group: return "group";
        case target_kind::collection: return "collection";
        case target_kind::list: return "list";
        case target_kind::named_strings: return "named_strings";
    }
    return "value";
}

class schema_builder {
public:
    schema_builder() {
        for (const target& t : call_target().children) {
            if (t.kind == target_kind::instant) instants_.push_back(t.name);
            if (t.kind == target_kind::millis) millis_.push_back(t.name);
        }
    }

    /// properties.mapping.properties: every target of callmap::call.
    void add_targets(json_object& properties) {
        for (const target& t : call_target().children)
            properties.emplace_back(t.name, target_schema(t, true));
    }

    /// The value definitions the targets refer to, and reserved_word.
    void add_definitions(json_object& defs) {
        std::vector<std::string> reserved = cpp_keywords();
        const std::vector<std::string> macros = common_macros();
        reserved.insert(reserved.end(), macros.begin(), macros.end());
        defs.emplace_back("reserved_word",
                          json_object{{"enum", strings(reserved)},
                                      {"description", "C++ keywords, and names that common "
                                                      "headers define as macros"}});
        for (auto& [name, def] : values_) defs.emplace_back(name, std::move(def));
        std::sort(defs.begin(), defs.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
    }

private:
    json target_schema(const target& t, bool top_level) {
        switch (t.kind) {
            case target_kind::group: {
                json_object children;
                for (const target& c : t.children)
                    children.emplace_back(c.name, target_schema(c, false));
                return json_object{{"type", "object"},
                                   {"additionalProperties", false},
                                   {"properties", std::move(children)}};
            }
            case target_kind::collection: return collection(t);
            case target_kind::list: {
                json_object children;
                std::vector<std::string> names;
                for (const target& c : t.children) {
                    children.emplace_back(c.name, target_schema(c, false));
                    names.push_back(c.name);
                }
                std::string listed;
                for (const auto& n : names) listed += (listed.empty() ? "" : ", ") + n;
                json item = json_object{{"type", "object"},
                                        {"additionalProperties", false},
                                        {"properties", std::move(children)}};
                return json_object{
                    {"anyOf", json_array{json_object{{"type", "array"}, {"items", std::move(item)}},
                                         collection(t)}},
                    {"description",
                     "a list of {" + listed + "} items, or a collection with each:"}};
            }
            case target_kind::named_strings:
                return json_object{
                    {"type", "object"},
                    {"additionalProperties", def_ref(value("string_noconst", t, false))},
                    {"description", "name -> string value (no constants)"}};
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
            case target_kind::boolean: return def_ref(value(value_kind(t.kind), t, top_level));
        }
        return json();
    }

    json collection(const target& t) {
        json_object properties{
            {"each",
             json_object{
                 {"anyOf",
                  json_array{def_ref("path"),
                             closed_object({"first"},
                                           {{"first", json_object{{"type", "array"},
                                                                  {"minItems", 1},
                                                                  {"items", def_ref("path")}}}})}},
                 {"description", "the wire list (or map) to map, or {first: [lists]}: the first "
                                 "of them present; element paths are relative to its element"}}}};
        for (const target& c : t.children) properties.emplace_back(c.name, target_schema(c, false));
        json_object out{{"type", "object"},
                        {"additionalProperties", false},
                        {"properties", std::move(properties)},
                        {"required", strings({"each"})}};
        if (t.keyed) {
            out.emplace_back(
                "description",
                "each: a map<stage> of the wire; the member key becomes the stage name");
        }
        return out;
    }

    /// The name of the definition of a value of `kind` (defined on first use): an enum's is
    /// its type's, or the target's at the top level, where instants, durations, the status
    /// and the end reason can say more (sum, difference, refine, implied_by).
    std::string value(const std::string& kind, const target& t, bool top_level) {
        std::string name = "value_" + kind;
        const bool top =
            top_level && (t.kind == target_kind::instant || t.kind == target_kind::millis ||
                          t.kind == target_kind::enumeration);
        if (t.kind == target_kind::enumeration) {
            const std::string& cpp = t.enumeration->cpp;
            name = "value_" + (top ? t.name : cpp.substr(cpp.rfind(':') + 1));
        }
        if (top) name += "_top";
        if (std::none_of(values_.begin(), values_.end(),
                         [&](const auto& d) { return d.first == name; })) {
            values_.emplace_back(name, json());  // reserved first: definitions refer to themselves
            json def = json_object{{"anyOf", alternatives(t, top, name)}};
            for (auto& d : values_) {
                if (d.first == name) d.second = std::move(def);
            }
        }
        return name;
    }

    json_array alternatives(const target& t, bool top, const std::string& self) {
        const json path = def_ref("path");
        const json from = closed_object({"from"}, {{"from", path}});
        const json constant_scalar = closed_object({"const"}, {{"const", def_ref("scalar")}});
        const json constant_integer = closed_object(
            {"const"},
            {{"const",
              json_object{{"anyOf", json_array{json_object{{"type", "integer"}},
                                               json_object{{"type", "string"},
                                                           {"pattern", "^-?[0-9]+$"}}}}}}});
        const json first = closed_object(
            {"first"},
            {{"first", json_object{{"type", "array"}, {"minItems", 1}, {"items", def_ref(self)}}}});
        const json when = closed_object(
            {"when", "then"},
            {{"when", def_ref("condition")}, {"then", def_ref(self)}, {"else", def_ref(self)}});
        json_array out;
        switch (t.kind) {
            case target_kind::string:
            case target_kind::party: out = {path, from, constant_scalar}; break;
            case target_kind::instant:
                out = {closed_object({"from", "time"},
                                     {{"from", path}, {"time", enum_of(time_formats())}})};
                break;
            case target_kind::millis:
                out = {path,
                       closed_object({"from"},
                                     {{"from", path},
                                      {"scale", def_ref("scale")},
                                      {"relative_to",
                                       json_object{{"enum", strings(instants_)},
                                                   {"description",
                                                    "subtract this mapped top-level instant"}}}}),
                       constant_integer};
                break;
            case target_kind::integer:
                out = {path, closed_object({"from"}, {{"from", path}, {"scale", def_ref("scale")}}),
                       constant_integer};
                break;
            case target_kind::number:
                out = {path,
                       closed_object({"from"}, {{"from", path}, {"scale", def_ref("scale")}})};
                break;
            case target_kind::money:
                out = {closed_object(
                    {"from", "money"},
                    {{"from", path},
                     {"money", enum_of(money_units())},
                     {"abs",
                      json_object{{"type", "boolean"},
                                  {"description",
                                   "drop the sign: Twilio sends charges as negative prices"}}}})};
                break;
            case target_kind::enumeration: out = enumeration(t, top); break;
            case target_kind::boolean:
                return {closed_object(
                    {"const"},
                    {{"const", json_object{{"enum", json_array{true, false, "true", "false"}}}}})};
            case target_kind::raw:
            case target_kind::raw_map:
            case target_kind::number_array:
            case target_kind::string_array: out = {path, from}; break;
            case target_kind::named_strings: out = {path, from}; break;  // each a string
            case target_kind::group:
            case target_kind::collection:
            case target_kind::list: break;  // not values
        }
        out.push_back(first);
        out.push_back(when);
        if (top && t.kind == target_kind::instant) {
            json_array any;
            for (const auto& i : instants_) any.emplace_back(i);
            for (const auto& m : millis_) any.emplace_back(m);
            out.push_back(closed_object(
                {"sum"}, {{"sum", json_object{{"type", "array"},
                                              {"minItems", 2},
                                              {"maxItems", 2},
                                              {"prefixItems",
                                               json_array{enum_of(instants_), enum_of(millis_)}},
                                              {"items", json_object{{"enum", std::move(any)}}},
                                              {"description", "[instant, milliseconds]"}}}}));
        }
        if (top && t.kind == target_kind::millis) {
            out.push_back(closed_object(
                {"difference"},
                {{"difference", json_object{{"type", "array"},
                                            {"minItems", 2},
                                            {"maxItems", 2},
                                            {"items", enum_of(instants_)},
                                            {"description", "[a, b]: a - b in milliseconds"}}}}));
        }
        if (top && t.name == "end_reason") {
            out.push_back(
                closed_object({"implied_by"}, {{"implied_by", json_object{{"const", "status"}}}}));
        }
        return out;
    }

    json_array enumeration(const target& t, bool top) const {
        const std::vector<std::string>& values = t.enumeration->values;
        json_object properties{
            {"from", def_ref("path")},
            {"table",
             json_object{
                 {"anyOf", json_array{def_ref("table_name"),
                                      json_object{{"type", "object"},
                                                  {"additionalProperties", enum_of(values)}}}},
                 {"description",
                  "provider value -> canonical value (inline), or a shared table name"}}},
            {"default",
             json_object{{"enum", strings(values)},
                         {"description", "for values the table does not map (no warning)"}}}};
        if (top && t.name == "status") {
            properties.emplace_back(
                "refine",
                json_object{
                    {"anyOf", json_array{json_object{{"type", "string"}},
                                         json_object{{"type", "array"},
                                                     {"items", json_object{{"type", "string"}}}}}},
                    {"description", "provider statuses refined by the end reason"}});
        }
        return {closed_object({"from", "table"}, std::move(properties)),
                closed_object({"const"}, {{"const", enum_of(values)}})};
    }

    std::vector<std::string> instants_;  // top-level instants: relative_to, difference, sum
    std::vector<std::string> millis_;    // top-level durations: sum
    json_object values_;                 // value_* definitions, in first-use order
};

}  // namespace

std::string emit_tables_schema() {
    json_array names;
    json_array cases;
    for (const canonical_enum& e : canonical_enums()) {
        const std::string name = e.cpp.substr(e.cpp.rfind(':') + 1);
        json_array spelled{name};
        names.emplace_back(name);
        if (name == "call_status") {  // a table of statuses may say `enum: status`
            spelled.emplace_back("status");
        }
        cases.push_back(json_object{
            {"if",
             json_object{{"properties", json_object{{"enum", json_object{{"enum", spelled}}}}},
                         {"required", strings({"enum"})}}},
            {"then", json_object{{"properties",
                                  json_object{{"values", json_object{{"additionalProperties",
                                                                      enum_of(e.values)}}}}}}}});
    }
    names.emplace_back("status");
    const json schema = json_object{
        {"$comment", "generated by callmap-gen from callmap::call -- do not edit"},
        {"$schema", "https://json-schema.org/draft/2020-12/schema"},
        {"title", "callmap shared value table"},
        {"description",
         "schemas/tables/<name>.yaml: provider value -> canonical value. Keys match loosely "
         "(ASCII case ignored, '-' == '_', '*' globs; exact keys before patterns)."},
        {"type", "object"},
        {"required", strings({"enum", "values"})},
        {"additionalProperties", false},
        {"properties",
         json_object{{"table", json_object{{"type", "string"},
                                           {"description", "the table name (informational; the "
                                                           "file name is what mappings use)"}}},
                     {"enum", json_object{{"enum", std::move(names)},
                                          {"description", "the canonical enum of the values"}}},
                     {"values", json_object{{"type", "object"}}}}},
        {"allOf", std::move(cases)}};
    std::string out;
    print(out, schema, 0);
    return out + "\n";
}

std::optional<std::string> emit_schema(const std::string& grammar_json, std::string& error) {
    json schema;
    try {
        schema = from_yaml(YAML::Load(grammar_json));
    } catch (const YAML::Exception& e) {
        error = std::string("not JSON: ") + e.what();
        return std::nullopt;
    }
    json* properties = member(schema, "properties");
    json* mapping = properties != nullptr ? member(*properties, "mapping") : nullptr;
    json* targets = mapping != nullptr ? member(*mapping, "properties") : nullptr;
    json* defs = member(schema, "$defs");
    if (targets == nullptr || !std::holds_alternative<json_object>(targets->value) ||
        defs == nullptr || !std::holds_alternative<json_object>(defs->value)) {
        error = "the grammar needs properties.mapping.properties and $defs objects";
        return std::nullopt;
    }
    if (json* comment = member(schema, "$comment")) {
        *comment = "generated from schemas/spec.grammar.json by callmap-gen -- do not edit";
    }
    schema_builder builder;
    builder.add_targets(std::get<json_object>(targets->value));
    builder.add_definitions(std::get<json_object>(defs->value));
    std::string out;
    print(out, schema, 0);
    return out + "\n";
}

}  // namespace callmap::gen
