// The emitters: pure functions from a checked spec to the text of its generated header.
#include "emit.hpp"

#include "callmap/drift_shape.hpp"
#include "code_writer.hpp"
#include "emit_mapping.hpp"
#include "emit_payload_shapes.hpp"
#include "emit_supplements.hpp"

#include <algorithm>
#include <cstddef>
#include <map>
#include <set>
#include <string_view>

namespace callmap::gen {
namespace {

// Boost.Describe's BOOST_DESCRIBE_STRUCT / BOOST_DESCRIBE_ENUM take at most this many names.
constexpr std::size_t describe_limit = 52;

std::string qualified(const model::provider& s, const std::string& name) {
    return "::" + s.cpp_namespace + "::" + name;
}

}  // namespace

std::string wire_cpp_type(const model::provider& s, const type_ref& t) {
    std::string base;
    switch (t.base) {
        case type_ref::base_kind::string: base = "std::string_view"; break;
        case type_ref::base_kind::integer: base = "std::int64_t"; break;
        case type_ref::base_kind::number: base = "double"; break;
        case type_ref::base_kind::boolean: base = "bool"; break;
        case type_ref::base_kind::decimal: base = "::callmap::decimal"; break;
        case type_ref::base_kind::raw: base = "::callmap::raw_json"; break;
        case type_ref::base_kind::named:
            base = s.is_enum(t.name) ? "::callmap::open_enum<" + qualified(s, t.name) + ">"
                                     : qualified(s, t.name);
            break;
        case type_ref::base_kind::one_of: base = qualified(s, t.name); break;
    }
    if (t.is_map) base = "::callmap::map<" + base + ">";
    for (int i = 0; i < t.array_depth; ++i) base = "std::span<const " + base + ">";
    if (t.optional) base = "std::optional<" + base + ">";
    return base;
}

namespace {

void emit_banner(code_writer& o, const model::provider& s) {
    o.print("// generated from $file$ by callmap-gen -- do not edit.\n", {{"file", s.file}});
    if (!s.title.empty()) o.print("// $title$\n", {{"title", s.title}});
    if (!s.docs.empty()) o.print("// $docs$\n", {{"docs", s.docs}});
    o.print("#pragma once\n\n"
            "#include <array>\n#include <cstddef>\n#include <cstdint>\n#include <optional>\n"
            "#include <span>\n#include <string_view>\n\n"
            "#include <boost/describe/class.hpp>\n#include <boost/describe/enum.hpp>\n\n"
            "#include \"callmap/config.hpp\"\n"
            "#include \"callmap/drift_shape.hpp\"\n");
    const bool forms = std::any_of(s.shapes.begin(), s.shapes.end(),
                                   [](const model::shape& shape) { return shape.form; });
    if (forms) o.print("#include \"callmap/form/read_form.hpp\"\n");
    o.print("#include \"callmap/json/object_members.hpp\"\n"
            "#include \"callmap/json/reader.hpp\"\n"
            "#include \"callmap/json/value_parser.hpp\"\n"
            "#include \"callmap/json/wire_values.hpp\"\n");
    if (s.has_mapping)
        o.print("#include \"callmap/mapping.hpp\"\n#include \"callmap/normalize.hpp\"\n");
    o.print("#include \"callmap/parse.hpp\"\n#include \"callmap/types.hpp\"\n");
    o.print("#include \"callmap/version.hpp\"\n\n"
            "#if CALLMAP_CODEGEN_VERSION != $version$\n"
            "#error \"$provider$.hpp was generated for another callmap runtime; regenerate it\"\n"
            "#endif\n",
            {{"version", std::to_string(codegen_version)}, {"provider", s.name}});
}

void emit_enum(code_writer& o, const model::enumeration& e) {
    o.print("enum class $name$ : $underlying$ {\n",
            {{"name", e.name},
             {"underlying", e.values.size() <= 255 ? "std::uint8_t" : "std::uint16_t"}});
    for (const auto& id : e.identifiers) o.print("    $id$,\n", {{"id", id}});
    o.print("};\n");
    if (e.identifiers.size() <= describe_limit) {
        std::string names = e.name;
        for (const auto& id : e.identifiers) names += ", " + id;
        o.print("BOOST_DESCRIBE_ENUM($names$)\n", {{"names", names}});
    }
    o.print("\n");
}

void emit_describe_struct(code_writer& o, const std::string& name, const std::string& base,
                          const std::vector<const model::field*>& members) {
    // one member to a line: a new field is one new line
    std::string names;
    for (std::size_t i = 0; i < members.size(); ++i)
        names += "\n    " + members[i]->name + (i + 1 < members.size() ? "," : "");
    o.print("BOOST_DESCRIBE_STRUCT($name$, ($base$), ($names$))\n\n",
            {{"name", name}, {"base", base}, {"names", names}});
}

/// An object type; wider than Boost.Describe allows, it is split into a chain of bases.
void emit_struct(code_writer& o, const model::provider& s, const model::object& obj) {
    std::vector<std::vector<const model::field*>> parts(1);
    for (const auto& f : obj.fields) {
        if (parts.back().size() == describe_limit) parts.emplace_back();
        parts.back().push_back(&f);
    }
    std::string base;
    for (std::size_t p = 0; p < parts.size(); ++p) {
        const bool last = p + 1 == parts.size();
        const std::string name = last ? obj.name : obj.name + "_part" + std::to_string(p + 1);
        o.print("struct $name$$base$ {\n",
                {{"name", name}, {"base", base.empty() ? "" : " : " + base}});
        o.indent();
        for (const model::field* f : parts[p]) {
            const std::string key =
                f->json_name != f->name ? "  // " + cpp_string_literal(f->json_name) : "";
            o.print("$type$ $name${};$key$\n",
                    {{"type", wire_cpp_type(s, f->type)}, {"name", f->name}, {"key", key}});
        }
        o.outdent();
        o.print("};\n");
        emit_describe_struct(o, name, base, parts[p]);
        base = name;
    }
}

/// `string | choice` becomes a struct with one optional member per alternative.
void emit_one_of_structs(code_writer& o, const model::provider& s, const model::object& obj) {
    for (const auto& f : obj.fields) {
        if (f.type.base != type_ref::base_kind::one_of) continue;
        o.print("/// $key$ of $object$: one of $types$, told apart by the JSON type.\n"
                "struct $name$ {\n",
                {{"key", cpp_string_literal(f.json_name)},
                 {"object", obj.name},
                 {"types", f.type.text},
                 {"name", f.type.name}});
        std::string members;
        for (const auto& alternative : f.type.alternatives) {
            o.print("    std::optional<$type$> $member${};\n",
                    {{"type", wire_cpp_type(s, alternative)},
                     {"member", model::union_member(alternative)}});
            members += (members.empty() ? "" : ", ") + model::union_member(alternative);
        }
        o.print("};\nBOOST_DESCRIBE_STRUCT($name$, (), ($members$))\n\n",
                {{"name", f.type.name}, {"members", members}});
    }
}

/// The first characters a JSON value of an alternative's type starts with.
std::vector<std::string> start_characters(const type_ref& alternative) {
    if (alternative.array_depth > 0) return {"'['"};
    switch (alternative.base) {
        case type_ref::base_kind::string: return {"'\"'"};
        case type_ref::base_kind::integer:
        case type_ref::base_kind::number:
            return {"'-'", "'0'", "'1'", "'2'", "'3'", "'4'", "'5'", "'6'", "'7'", "'8'", "'9'"};
        case type_ref::base_kind::boolean: return {"'t'", "'f'"};
        case type_ref::base_kind::decimal:
        case type_ref::base_kind::raw:
        case type_ref::base_kind::named:
        case type_ref::base_kind::one_of: return {"'{'"};
    }
    return {"'{'"};
}

/// The alternatives of a one-of field, as "a string, an object or an array".
std::string one_of_expected(const type_ref& t) {
    std::string expected;
    for (std::size_t k = 0; k < t.alternatives.size(); ++k) {
        const bool last = k + 1 == t.alternatives.size();
        expected += (k == 0 ? "" : last ? " or " : ", ") + t.alternatives[k].text;
    }
    return expected;
}

void emit_one_of_parsers(code_writer& o, const model::provider& s, const model::object& obj) {
    for (const auto& f : obj.fields) {
        if (f.type.base != type_ref::base_kind::one_of) continue;
        o.print("template <>\nstruct value_parser<$type$> {\n"
                "    static bool parse(reader& r, $type$& out);\n};\n\n",
                {{"type", qualified(s, f.type.name)}});
    }
}

/// The first line(s) of value_parser<type>::parse's definition, `{` and all: on one line when
/// it fits, else with its parameters on the next.
void print_parse_signature(code_writer& o, const std::string& type) {
    // appended piece by piece: `"..." + std::string` trips GCC 12's -Wrestrict at -O3
    std::string head = "CALLMAP_PROVIDER_INLINE bool value_parser<";
    head.append(type).append(">::parse(");
    std::string params = "reader& r, ";
    params.append(type).append("& out) {");
    if (head.size() + params.size() <= code_writer::column_limit)
        o.print("$head$$params$\n", {{"head", head}, {"params", params}});
    else
        o.print("$head$\n    $params$\n", {{"head", head}, {"params", params}});
}

/// The one-of parsers' parse(): the first byte of the value chooses the alternative.
void emit_one_of_parser_definitions(code_writer& o, const model::provider& s,
                                    const model::object& obj) {
    for (const auto& f : obj.fields) {
        if (f.type.base != type_ref::base_kind::one_of) continue;
        const std::string type = qualified(s, f.type.name);
        print_parse_signature(o, type);
        o.indent();
        o.print("out = {};\nswitch (r.peek()) {\n");
        o.indent();
        for (const auto& alternative : f.type.alternatives) {
            std::string labels;  // six to a line
            const std::vector<std::string> starts = start_characters(alternative);
            for (std::size_t k = 0; k < starts.size(); ++k) {
                labels += k == 0 ? "" : k % 6 == 0 ? "\n" : " ";
                labels += "case " + starts[k] + ":";
            }
            o.print(
                "$labels$\n    return value_parser<$type$>::parse(r, out.$member$.emplace());\n",
                {{"labels", labels},
                 {"type", wire_cpp_type(s, alternative)},
                 {"member", model::union_member(alternative)}});
        }
        o.print("default: return r.fail_type($expected$);\n",
                {{"expected", cpp_string_literal(one_of_expected(f.type))}});
        o.outdent();
        o.print("}\n");
        o.outdent();
        o.print("}\n\n");
    }
}

void emit_enum_spelling(code_writer& o, const model::provider& s, const model::enumeration& e) {
    std::string values;
    for (std::size_t i = 0; i < e.values.size(); ++i)
        values += (i ? ", " : "") + cpp_string_literal(e.values[i]);
    o.print("template <>\nstruct enum_spelling<$type$> {\n"
            "    static constexpr std::array<std::string_view, $count$> values{$values$};\n"
            "    static constexpr bool case_insensitive = $insensitive$;\n};\n\n",
            {{"type", qualified(s, e.name)},
             {"count", std::to_string(e.values.size())},
             {"values", values},
             {"insensitive", e.case_insensitive ? "true" : "false"}});
}

struct key_entry {
    std::string key;
    std::size_t field;
};

/// A position where every key of one length has a different byte, if there is one.
std::optional<std::size_t> distinguishing_byte(const std::vector<key_entry>& keys) {
    const std::size_t length = keys.front().key.size();
    for (std::size_t i = 0; i < length; ++i) {
        std::set<char> bytes;
        for (const auto& k : keys) bytes.insert(k.key[i]);
        if (bytes.size() == keys.size()) return i;
    }
    return std::nullopt;
}

std::string char_literal(char c) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '\'' || c == '\\') return std::string("'\\") + c + "'";
    if (u < 0x20 || u >= 0x7F) return "static_cast<char>(" + std::to_string(u) + ")";
    return std::string("'") + c + "'";
}

/// The name of a parser's field ids: `field`, unless a member is called that.
std::string field_ids_name(const model::object& obj) {
    std::string name = "field";
    const auto taken = [&](const std::string& n) {
        return std::any_of(obj.fields.begin(), obj.fields.end(),
                           [&](const model::field& f) { return f.name == n; });
    };
    for (int k = 2; taken(name); ++k) name = "field_" + std::to_string(k);
    return name;
}

/// field_index(): O(1) key dispatch — switch on length, then on a byte that tells the keys of
/// that length apart, then one full compare. Never a scan over all members.
void emit_field_index(code_writer& o, const model::object& obj, const std::string& ids) {
    std::map<std::size_t, std::vector<key_entry>> by_length;
    for (std::size_t i = 0; i < obj.fields.size(); ++i) {
        by_length[obj.fields[i].json_name.size()].push_back({obj.fields[i].json_name, i});
        for (const auto& a : obj.fields[i].aliases) by_length[a.size()].push_back({a, i});
    }
    const auto id = [&](const key_entry& k) {
        return ids + "::" + obj.fields[k.field].name;
    };
    o.print("static int field_index(std::string_view key) noexcept {\n");
    o.indent();
    o.print("switch (key.size()) {\n");
    o.indent();
    for (const auto& [length, keys] : by_length) {
        const std::string label = "case " + std::to_string(length) + ":";
        if (keys.size() == 1) {
            const std::string only =
                "return key == " + cpp_string_literal(keys[0].key) + " ? " + id(keys[0]) + " : -1;";
            o.print(o.fits(label + " " + only) ? "$label$ $only$\n" : "$label$\n    $only$\n",
                    {{"label", label}, {"only", only}});
            continue;
        }
        o.print("$label$\n", {{"label", label}});
        o.indent();
        if (const auto at = distinguishing_byte(keys)) {
            o.print("switch (key[$at$]) {\n", {{"at", std::to_string(*at)}});
            o.indent();
            for (const auto& k : keys) {
                const std::string c = "case " + char_literal(k.key[*at]) + ":";
                const std::string match =
                    "return key == " + cpp_string_literal(k.key) + " ? " + id(k) + " : -1;";
                o.print(o.fits(c + " " + match) ? "$c$ $match$\n" : "$c$\n    $match$\n",
                        {{"c", c}, {"match", match}});
            }
            o.print("default: return -1;\n");
            o.outdent();
            o.print("}\n");
        } else {
            for (const auto& k : keys) {
                o.print("if (key == $key$) return $id$;\n",
                        {{"key", cpp_string_literal(k.key)}, {"id", id(k)}});
            }
            o.print("return -1;\n");
        }
        o.outdent();
    }
    o.print("default: return -1;\n");
    o.outdent();
    o.print("}\n");
    o.outdent();
    o.print("}\n");
}

/// The parser of an object type. Fields are named (`field::call_id`), never numbered, and
/// listed one to a line, so that a new field is new lines and nothing else changes.
void emit_parser(code_writer& o, const model::provider& s, const model::object& obj) {
    const std::string type = qualified(s, obj.name);
    const std::string ids = field_ids_name(obj);
    o.print("template <>\nstruct value_parser<$type$> {\n", {{"type", type}});
    o.indent();
    if (obj.fields.empty()) {
        o.print("static constexpr std::array<std::string_view, 0> keys{};\n"
                "static constexpr std::array<bool, 0> required{};\n");
    } else {
        o.print("struct $ids$ {\n    enum : int {\n", {{"ids", ids}});
        for (const auto& f : obj.fields) o.print("        $name$,\n", {{"name", f.name}});
        o.print("    };\n};\nstatic constexpr auto keys = std::to_array<std::string_view>({\n");
        for (const auto& f : obj.fields)
            o.print("    $key$,\n", {{"key", cpp_string_literal(f.json_name)}});
        std::string required;
        for (const auto& f : obj.fields) {
            if (!f.type.optional) required += (required.empty() ? "" : ", ") + ids + "::" + f.name;
        }
        o.print(
            "});\nstatic constexpr auto required = required_fields<keys.size()>({$required$});\n",
            {{"required", required}});
    }
    emit_field_index(o, obj, ids);
    o.print("static bool parse(reader& r, $type$& out);\n", {{"type", type}});
    o.outdent();
    o.print("};\n\n");
}

/// An object parser's parse(): each member by its field id.
void emit_parser_definition(code_writer& o, const model::provider& s, const model::object& obj) {
    const std::string type = qualified(s, obj.name);
    const std::string ids = field_ids_name(obj);
    print_parse_signature(o, type);
    o.indent();
    o.print("out = {};\n"
            "return parse_object_members<keys, required>(r, &field_index, [&](int id) {\n");
    o.indent();
    o.print("switch (id) {\n");
    o.indent();
    for (const auto& f : obj.fields) {
        o.print("case $ids$::$name$: return read_value(r, out.$name$);\n",
                {{"ids", ids}, {"name", f.name}});
    }
    o.print("default: return false;\n");
    o.outdent();
    o.print("}\n");
    o.outdent();
    o.print("});\n");
    o.outdent();
    o.print("}\n\n");
}

}  // namespace

std::string emit_header(const model::provider& s) {
    code_writer o;
    emit_banner(o, s);
    o.print("\nnamespace $ns$ {\n\n", {{"ns", s.cpp_namespace}});
    for (const auto& e : s.enums) emit_enum(o, e);
    for (const auto& obj : s.objects) {
        emit_one_of_structs(o, s, obj);
        emit_struct(o, s, obj);
    }
    o.print("}  // namespace $ns$\n\nnamespace callmap {\n\n", {{"ns", s.cpp_namespace}});
    for (const auto& e : s.enums) emit_enum_spelling(o, s, e);
    o.print("}  // namespace callmap\n\nnamespace callmap::json {\n\n");
    for (const auto& obj : s.objects) {
        emit_one_of_parsers(o, s, obj);
        emit_parser(o, s, obj);
    }
    o.print("}  // namespace callmap::json\n\n");
    emit_shapes(o, s);
    if (s.has_mapping) {
        o.print("\n");
        emit_mapping_declaration(o, s);
        o.print("\n");
        emit_provider_entry(o, s);
    }
    o.print("\n"
            "// The parsers and the mapping: inline in every translation unit (header-only, the\n"
            "// default), or compiled once, in the translation unit that defines CALLMAP_SOURCE\n"
            "// before it includes this header, when the program defines\n"
            "// CALLMAP_SEPARATE_COMPILATION (callmap/config.hpp).\n"
            "#if !defined(CALLMAP_SEPARATE_COMPILATION) || defined(CALLMAP_SOURCE)\n\n"
            "namespace callmap::json {\n\n");
    for (const auto& obj : s.objects) {
        emit_one_of_parser_definitions(o, s, obj);
        emit_parser_definition(o, s, obj);
    }
    o.print("}  // namespace callmap::json\n");
    if (s.has_mapping) {
        o.print("\n");
        emit_mapping_definition(o, s);
    }
    if (has_payload_shapes(s)) {
        o.print("\n");
        emit_payload_shapes_definition(o, s);
    }
    o.print("\n#endif  // !CALLMAP_SEPARATE_COMPILATION || CALLMAP_SOURCE\n");
    return o.text();
}

void emit_provider_entry(code_writer& o, const model::provider& s) {
    o.print("namespace $ns$ {\n\n"
            "/// The top-level keys that every $provider$ payload has (auto-detection).\n"
            "inline constexpr auto detect_keys = std::to_array<std::string_view>({\n",
            {{"ns", s.cpp_namespace}, {"provider", s.name}});
    o.indent();
    for (const auto& key : s.detect) o.print("$key$,\n", {{"key", cpp_string_literal(key)}});
    o.outdent();
    o.print(
        "});\n\n"
        "/// Parses a $provider$ payload and maps it onto the canonical call record (what the\n"
        "/// registry entry calls). LIFETIME: the call holds views into `payload` and `memory`.\n"
        "::callmap::result<::callmap::call> normalize(std::string_view payload, "
        "::callmap::arena& memory,\n"
        "                                             const ::callmap::parse_options& "
        "options = {});\n\n",
        {{"provider", s.name}});
    emit_payload_shapes_declaration(o, s);
    emit_supplements_declaration(o, s);
    o.print("/// This provider in a registry (callmap/normalize.hpp): on its own, or with the\n"
            "/// built-in ones through callmap::with_builtin (callmap/builtin.hpp).\n"
            "inline constexpr ::callmap::provider_entry provider{\n"
            "    $name$,\n    $title$,\n    $docs$,\n    detect_keys,\n"
            "    &normalize,\n"
            "    shape::objects,\n    shape::root$shapes$$supplements$};\n\n"
            "}  // namespace $ns$\n",
            {{"ns", s.cpp_namespace},
             {"provider", s.name},
             {"name", cpp_string_literal(s.name)},
             {"title", cpp_string_literal(s.title)},
             {"docs", cpp_string_literal(s.docs)},
             {"root", s.root},
             {"shapes", has_payload_shapes(s)   ? ",\n    payload_shapes"
                        : s.supplements.empty() ? ""
                                                : ",\n    {}"},
             {"supplements", s.supplements.empty() ? "" : ",\n    supplements"}});
}

namespace {

/// The JSON types a wire value may have: the runtime's callmap::drift::json_kind bits.
int json_kinds(const model::provider& s, const type_ref& t) {
    using namespace ::callmap::drift;
    switch (t.base) {
        case type_ref::base_kind::string: return kind_string;
        case type_ref::base_kind::integer:
        case type_ref::base_kind::number: return kind_number;
        case type_ref::base_kind::boolean: return kind_boolean;
        case type_ref::base_kind::decimal: return kind_string | kind_number;
        case type_ref::base_kind::raw: return kind_any;
        case type_ref::base_kind::named: return s.is_enum(t.name) ? kind_string : kind_object;
        case type_ref::base_kind::one_of: {
            int kinds = 0;
            for (const auto& alternative : t.alternatives)
                kinds |= alternative.array_depth > 0 ? kind_array : json_kinds(s, alternative);
            return kinds;
        }
    }
    return kind_any;
}

int object_index(const model::provider& s, const type_ref& t) {
    const model::object* o = s.object_type(t);
    return o == nullptr ? -1 : static_cast<int>(o - s.objects.data());
}

}  // namespace

void emit_shapes(code_writer& o, const model::provider& s) {
    o.print("namespace $ns$::shape {\n\n", {{"ns", s.cpp_namespace}});
    int root = -1;
    for (std::size_t i = 0; i < s.objects.size(); ++i) {
        const model::object& obj = s.objects[i];
        if (obj.name == s.root) root = static_cast<int>(i);
        std::vector<std::string> rows;
        for (const auto& f : obj.fields) {
            std::vector<std::string> keys = {f.json_name};
            keys.insert(keys.end(), f.aliases.begin(), f.aliases.end());
            const bool enumeration =
                f.type.base == type_ref::base_kind::named && s.is_enum(f.type.name);
            const std::string spelling =
                enumeration ? "::callmap::enum_spelling<" + qualified(s, f.type.name) + ">" : "";
            for (const auto& key : keys) {
                // appended piece by piece: `"{" + std::string` trips GCC 12's -Wrestrict at -O3
                std::string row = "{";
                row.append(cpp_string_literal(key))
                    .append(", ")
                    .append(std::to_string(json_kinds(s, f.type)))
                    .append(", ")
                    .append(std::to_string(f.type.array_depth))
                    .append(f.type.is_map ? ", true, " : ", false, ")
                    .append(f.type.optional ? "true, " : "false, ")
                    .append(std::to_string(object_index(s, f.type)))
                    .append(", ")
                    .append(enumeration ? spelling + "::values, " + spelling + "::case_insensitive"
                                        : std::string("{}, false"))
                    .append("},");
                rows.push_back(std::move(row));
            }
        }
        if (rows.empty()) {
            o.print(
                "inline constexpr std::array<::callmap::drift::field_shape, 0> $name$_fields{};\n",
                {{"name", obj.name}});
            continue;
        }
        o.print("inline constexpr auto $name$_fields = "
                "std::to_array<::callmap::drift::field_shape>({\n",
                {{"name", obj.name}});
        for (const auto& row : rows) o.print("    $row$\n", {{"row", row}});
        o.print("});\n");
    }
    o.print("inline constexpr std::array<::callmap::drift::object_shape, $count$> objects{{\n",
            {{"count", std::to_string(s.objects.size())}});
    for (const auto& obj : s.objects) {
        o.print("    {$literal$, $name$_fields},\n",
                {{"literal", cpp_string_literal(obj.name)}, {"name", obj.name}});
    }
    o.print("}};\ninline constexpr int root = $root$;\n\n}  // namespace $ns$::shape\n",
            {{"root", std::to_string(root)}, {"ns", s.cpp_namespace}});
}

std::string emit_registry(const std::vector<model::provider>& specs) {
    code_writer o;
    o.print(
        "// generated from schemas/*.yaml by callmap-gen -- do not edit.\n"
        "// The providers callmap ships: callmap::builtin_providers, the registry that\n"
        "// normalize(), detect() and find_provider() use when given none (callmap/builtin.hpp),\n"
        "// and CALLMAP_BUILTIN_PROVIDERS, the same list for code that loops over it at compile\n"
        "// time.\n"
        "#pragma once\n\n#include <array>\n#include <string_view>\n\n"
        "#include \"callmap/normalize.hpp\"\n");
    for (const auto& s : specs)
        o.print("#include \"callmap/providers/$provider$.hpp\"\n", {{"provider", s.name}});
    o.print("\n/// X(namespace, root type) for every built-in provider, in spec-name order: e.g.\n"
            "/// #define PARSE(ns, root) callmap::parse<callmap::ns::root>(payload, memory);\n"
            "#define CALLMAP_BUILTIN_PROVIDERS(X) \\\n");
    for (std::size_t i = 0; i < specs.size(); ++i) {
        o.print("    X($provider$, $root$)$more$\n", {{"provider", specs[i].name},
                                                      {"root", specs[i].root},
                                                      {"more", i + 1 < specs.size() ? " \\" : ""}});
    }
    o.print("\nnamespace callmap {\n\n"
            "/// Every provider callmap ships, in spec-name order.\n"
            "inline constexpr std::array<provider_entry, $count$> builtin_providers{{\n",
            {{"count", std::to_string(specs.size())}});
    o.indent();
    for (const auto& s : specs) o.print("::$ns$::provider,\n", {{"ns", s.cpp_namespace}});
    o.outdent();
    o.print("}};\n\n}  // namespace callmap\n");
    return o.text();
}

}  // namespace callmap::gen
