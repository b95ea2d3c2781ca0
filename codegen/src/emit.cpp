// The emitters: pure functions from a checked spec to the text of its generated header.
#include "emit.hpp"

#include "code_writer.hpp"
#include "emit_mapping.hpp"

#include <algorithm>
#include <cstddef>
#include <map>
#include <set>
#include <sstream>
#include <string_view>

namespace callmap::gen {
namespace {

// Boost.Describe's BOOST_DESCRIBE_STRUCT / BOOST_DESCRIBE_ENUM take at most this many names.
constexpr std::size_t describe_limit = 52;

std::string qualified(const spec& s, const std::string& name) {
    return "::callmap::" + s.provider + "::" + name;
}

bool is_enum(const spec& s, const std::string& name) {
    return std::any_of(s.enums.begin(), s.enums.end(),
                       [&](const enum_def& e) { return e.name == name; });
}

}  // namespace

std::string wire_cpp_type(const spec& s, const type_ref& t) {
    std::string base;
    switch (t.base) {
        case type_ref::base_kind::string: base = "std::string_view"; break;
        case type_ref::base_kind::integer: base = "std::int64_t"; break;
        case type_ref::base_kind::number: base = "double"; break;
        case type_ref::base_kind::boolean: base = "bool"; break;
        case type_ref::base_kind::decimal: base = "::callmap::decimal"; break;
        case type_ref::base_kind::raw: base = "::callmap::raw_json"; break;
        case type_ref::base_kind::named:
            base = is_enum(s, t.name) ? "::callmap::open_enum<" + qualified(s, t.name) + ">"
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

std::string banner(const spec& s) {
    std::ostringstream o;
    o << "// generated from " << s.file << " by callmap-gen -- do not edit.\n";
    if (!s.title.empty()) o << "// " << s.title << "\n";
    if (!s.docs.empty()) o << "// " << s.docs << "\n";
    o << "#pragma once\n\n"
      << "#include <cstdint>\n#include <optional>\n#include <span>\n#include <string_view>\n\n"
      << "#include <boost/describe/class.hpp>\n#include <boost/describe/enum.hpp>\n\n"
      << "#include \"callmap/drift_shape.hpp\"\n"
      << "#include \"callmap/json/object_members.hpp\"\n"
      << "#include \"callmap/json/parse.hpp\"\n"
      << "#include \"callmap/json/reader.hpp\"\n"
      << "#include \"callmap/json/types.hpp\"\n"
      << "#include \"callmap/json/value_parser.hpp\"\n"
      << "#include \"callmap/json/wire_values.hpp\"\n"
      << (s.has_mapping ? "#include \"callmap/mapping.hpp\"\n" : "")
      << "#include \"callmap/version.hpp\"\n\n"
      << "#if CALLMAP_CODEGEN_VERSION != " << codegen_version << "\n"
      << "#error \"" << s.provider
      << ".hpp was generated for another callmap runtime; regenerate it\"\n"
      << "#endif\n";
    return o.str();
}

void emit_enum(std::ostream& o, const enum_def& e) {
    const char* underlying = e.values.size() <= 255 ? "std::uint8_t" : "std::uint16_t";
    o << "enum class " << e.name << " : " << underlying << " {\n";
    for (const auto& id : e.identifiers) o << "    " << id << ",\n";
    o << "};\n";
    if (e.identifiers.size() <= describe_limit) {
        o << "BOOST_DESCRIBE_ENUM(" << e.name;
        for (const auto& id : e.identifiers) o << ", " << id;
        o << ")\n";
    }
    o << "\n";
}

void emit_describe_struct(std::ostream& o, const std::string& name, const std::string& base,
                          const std::vector<const field_def*>& members) {
    o << "BOOST_DESCRIBE_STRUCT(" << name << ", (" << base << "), (";
    for (std::size_t i = 0; i < members.size(); ++i) o << (i ? ", " : "") << members[i]->name;
    o << "))\n\n";
}

/// An object type; wider than Boost.Describe allows, it is split into a chain of bases.
void emit_struct(std::ostream& o, const spec& s, const object_def& obj) {
    std::vector<std::vector<const field_def*>> parts(1);
    for (const auto& f : obj.fields) {
        if (parts.back().size() == describe_limit) parts.emplace_back();
        parts.back().push_back(&f);
    }
    std::string base;
    for (std::size_t p = 0; p < parts.size(); ++p) {
        const bool last = p + 1 == parts.size();
        const std::string name = last ? obj.name : obj.name + "_part" + std::to_string(p + 1);
        o << "struct " << name << (base.empty() ? "" : " : " + base) << " {\n";
        for (const field_def* f : parts[p]) {
            o << "    " << wire_cpp_type(s, f->type) << " " << f->name << "{};";
            if (f->json_name != f->name) o << "  // \"" << f->json_name << "\"";
            o << "\n";
        }
        o << "};\n";
        emit_describe_struct(o, name, base, parts[p]);
        base = name;
    }
}

/// The member of a one-of struct that holds one alternative: as_string, as_choice, ...
std::string alternative_member(const type_ref& alternative) {
    return "as_" + alternative.text;
}

/// `string | choice` becomes a struct with one optional member per alternative.
void emit_one_of_structs(std::ostream& o, const spec& s, const object_def& obj) {
    for (const auto& f : obj.fields) {
        if (f.type.base != type_ref::base_kind::one_of) continue;
        o << "/// \"" << f.json_name << "\" of " << obj.name << ": one of " << f.type.text
          << ", told apart by the JSON type.\n"
          << "struct " << f.type.name << " {\n";
        std::vector<std::string> members;
        for (const auto& alternative : f.type.alternatives) {
            o << "    std::optional<" << wire_cpp_type(s, alternative) << "> "
              << alternative_member(alternative) << "{};\n";
            members.push_back(alternative_member(alternative));
        }
        o << "};\nBOOST_DESCRIBE_STRUCT(" << f.type.name << ", (), (";
        for (std::size_t i = 0; i < members.size(); ++i) o << (i ? ", " : "") << members[i];
        o << "))\n\n";
    }
}

void emit_one_of_parsers(std::ostream& o, const spec& s, const object_def& obj) {
    for (const auto& f : obj.fields) {
        if (f.type.base != type_ref::base_kind::one_of) continue;
        const std::string type = qualified(s, f.type.name);
        std::string expected;
        for (std::size_t k = 0; k < f.type.alternatives.size(); ++k) {
            const bool last = k + 1 == f.type.alternatives.size();
            expected += (k == 0 ? "" : last ? " or " : ", ") + f.type.alternatives[k].text;
        }
        o << "template <>\nstruct value_parser<" << type << "> {\n"
          << "    static bool parse(reader& r, " << type << "& out) {\n"
          << "        out = {};\n"
          << "        switch (r.peek()) {\n";
        for (const auto& alternative : f.type.alternatives) {
            std::vector<std::string> starts;
            switch (alternative.base) {
                case type_ref::base_kind::string: starts = {"'\"'"}; break;
                case type_ref::base_kind::integer:
                case type_ref::base_kind::number:
                    starts = {"'-'", "'0'", "'1'", "'2'", "'3'", "'4'",
                              "'5'", "'6'", "'7'", "'8'", "'9'"};
                    break;
                case type_ref::base_kind::boolean: starts = {"'t'", "'f'"}; break;
                default: starts = {"'{'"}; break;
            }
            o << "            ";
            for (std::size_t k = 0; k < starts.size(); ++k)
                o << (k ? " case " : "case ") << starts[k] << ":";
            o << "\n                return value_parser<" << wire_cpp_type(s, alternative)
              << ">::parse(r, out." << alternative_member(alternative) << ".emplace());\n";
        }
        o << "            default: return r.fail_type(" << cpp_string_literal(expected) << ");\n"
          << "        }\n    }\n};\n\n";
    }
}

void emit_enum_spelling(std::ostream& o, const spec& s, const enum_def& e) {
    o << "template <>\nstruct enum_spelling<" << qualified(s, e.name) << "> {\n"
      << "    static constexpr std::array<std::string_view, " << e.values.size() << "> values{";
    for (std::size_t i = 0; i < e.values.size(); ++i)
        o << (i ? ", " : "") << cpp_string_literal(e.values[i]);
    o << "};\n    static constexpr bool case_insensitive = "
      << (e.case_insensitive ? "true" : "false") << ";\n};\n\n";
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

/// field_index(): O(1) key dispatch — switch on length, then on a byte that tells the keys of
/// that length apart, then one full compare. Never a scan over all members.
void emit_field_index(std::ostream& o, const object_def& obj) {
    std::map<std::size_t, std::vector<key_entry>> by_length;
    for (std::size_t i = 0; i < obj.fields.size(); ++i) {
        by_length[obj.fields[i].json_name.size()].push_back({obj.fields[i].json_name, i});
        for (const auto& a : obj.fields[i].aliases) by_length[a.size()].push_back({a, i});
    }
    o << "    static int field_index(std::string_view key) noexcept {\n"
      << "        switch (key.size()) {\n";
    for (const auto& [length, keys] : by_length) {
        o << "            case " << length << ":\n";
        if (keys.size() == 1) {
            o << "                return key == " << cpp_string_literal(keys[0].key) << " ? "
              << keys[0].field << " : -1;\n";
            continue;
        }
        if (const auto at = distinguishing_byte(keys)) {
            o << "                switch (key[" << *at << "]) {\n";
            for (const auto& k : keys) {
                o << "                    case " << char_literal(k.key[*at])
                  << ": return key == " << cpp_string_literal(k.key) << " ? " << k.field
                  << " : -1;\n";
            }
            o << "                    default: return -1;\n                }\n";
            continue;
        }
        for (const auto& k : keys) {
            o << "                if (key == " << cpp_string_literal(k.key) << ") return "
              << k.field << ";\n";
        }
        o << "                return -1;\n";
    }
    o << "            default: return -1;\n        }\n    }\n";
}

void emit_parser(std::ostream& o, const spec& s, const object_def& obj) {
    const std::string type = qualified(s, obj.name);
    const std::size_t n = obj.fields.size();
    o << "template <>\nstruct value_parser<" << type << "> {\n";
    o << "    static constexpr std::array<std::string_view, " << n << "> keys{";
    for (std::size_t i = 0; i < n; ++i)
        o << (i ? ", " : "") << cpp_string_literal(obj.fields[i].json_name);
    o << "};\n    static constexpr std::array<bool, " << n << "> required{";
    for (std::size_t i = 0; i < n; ++i)
        o << (i ? ", " : "") << (obj.fields[i].type.optional ? "false" : "true");
    o << "};\n";
    emit_field_index(o, obj);
    o << "    static bool parse(reader& r, " << type << "& out) {\n"
      << "        out = {};\n"
      << "        return parse_object_members<keys, required>(r, &field_index, [&](int field) {\n"
      << "            switch (field) {\n";
    for (std::size_t i = 0; i < n; ++i) {
        const field_def& f = obj.fields[i];
        o << "                case " << i << ": return value_parser<" << wire_cpp_type(s, f.type)
          << ">::parse(r, out." << f.name << ");\n";
    }
    o << "                default: return false;\n"
      << "            }\n"
      << "        });\n    }\n};\n\n";
}

}  // namespace

std::string emit_header(const spec& s) {
    std::ostringstream o;
    o << banner(s) << "\n#include <array>\n#include <cstddef>\n\n";
    o << "namespace callmap::" << s.provider << " {\n\n";
    for (const auto& e : s.enums) emit_enum(o, e);
    for (const auto& obj : s.objects) {
        emit_one_of_structs(o, s, obj);
        emit_struct(o, s, obj);
    }
    o << "}  // namespace callmap::" << s.provider << "\n\n";
    o << "namespace callmap {\n\n";
    for (const auto& e : s.enums) emit_enum_spelling(o, s, e);
    o << "}  // namespace callmap\n\n";
    o << "namespace callmap::json {\n\n";
    for (const auto& obj : s.objects) {
        emit_one_of_parsers(o, s, obj);
        emit_parser(o, s, obj);
    }
    o << "}  // namespace callmap::json\n";
    o << "\n" << emit_shapes(s);
    if (s.has_mapping) o << "\n" << emit_mapping(s);
    return o.str();
}

namespace {

/// The JSON types a wire value may have (callmap::drift::json_kind bits).
int json_kinds(const spec& s, const type_ref& t) {
    switch (t.base) {
        case type_ref::base_kind::string: return 1;
        case type_ref::base_kind::integer:
        case type_ref::base_kind::number: return 2;
        case type_ref::base_kind::boolean: return 4;
        case type_ref::base_kind::decimal: return 1 | 2;
        case type_ref::base_kind::raw: return 31;
        case type_ref::base_kind::named: return is_enum(s, t.name) ? 1 : 8;
        case type_ref::base_kind::one_of: {
            int kinds = 0;
            for (const auto& alternative : t.alternatives) kinds |= json_kinds(s, alternative);
            return kinds;
        }
    }
    return 31;
}

int object_index(const spec& s, const type_ref& t) {
    std::vector<std::string> names = {t.name};
    for (const auto& alternative : t.alternatives) names.push_back(alternative.name);
    for (std::size_t i = 0; i < s.objects.size(); ++i) {
        for (const auto& name : names) {
            if (s.objects[i].name == name) return static_cast<int>(i);
        }
    }
    return -1;
}

}  // namespace

std::string emit_shapes(const spec& s) {
    std::ostringstream o;
    o << "namespace callmap::" << s.provider << "::shape {\n\n";
    int root = -1;
    for (std::size_t i = 0; i < s.objects.size(); ++i) {
        const object_def& obj = s.objects[i];
        if (obj.name == s.root) root = static_cast<int>(i);
        std::size_t count = 0;
        std::ostringstream fields;
        for (const auto& f : obj.fields) {
            std::vector<std::string> keys = {f.json_name};
            keys.insert(keys.end(), f.aliases.begin(), f.aliases.end());
            const bool enumeration =
                f.type.base == type_ref::base_kind::named && is_enum(s, f.type.name);
            for (const auto& key : keys) {
                ++count;
                fields << "    {" << cpp_string_literal(key) << ", " << json_kinds(s, f.type)
                       << ", " << f.type.array_depth << ", " << (f.type.is_map ? "true" : "false")
                       << ", " << (f.type.optional ? "true" : "false") << ", "
                       << object_index(s, f.type) << ", ";
                if (enumeration) {
                    const std::string e =
                        "::callmap::enum_spelling<" + qualified(s, f.type.name) + ">";
                    fields << e << "::values, " << e << "::case_insensitive},\n";
                } else {
                    fields << "{}, false},\n";
                }
            }
        }
        o << "inline constexpr std::array<::callmap::drift::field_shape, " << count << "> "
          << obj.name << "_fields{{\n"
          << fields.str() << "}};\n";
    }
    o << "inline constexpr std::array<::callmap::drift::object_shape, " << s.objects.size()
      << "> objects{{\n";
    for (const auto& obj : s.objects)
        o << "    {" << cpp_string_literal(obj.name) << ", " << obj.name << "_fields},\n";
    o << "}};\ninline constexpr int root = " << root
      << ";\n\n}  // namespace callmap::" << s.provider << "::shape\n";
    return o.str();
}

std::string emit_registry(const std::vector<spec>& specs) {
    std::ostringstream o;
    o << "// generated from schemas/*.yaml by callmap-gen -- do not edit.\n"
      << "// The providers compiled into callmap: lookup by name, auto-detection, normalize().\n"
      << "#pragma once\n\n#include <array>\n#include <concepts>\n#include <string>\n#include "
         "<string_view>\n\n"
      << "#include \"callmap/normalize.hpp\"\n";
    for (const auto& s : specs) o << "#include \"callmap/providers/" << s.provider << ".hpp\"\n";
    o << "\nnamespace callmap {\n\nnamespace registry_detail {\n";
    for (const auto& s : specs) {
        o << "inline constexpr std::array<std::string_view, " << s.detect.size() << "> "
          << s.provider << "_keys{";
        for (std::size_t i = 0; i < s.detect.size(); ++i)
            o << (i ? ", " : "") << cpp_string_literal(s.detect[i]);
        o << "};\n";
    }
    o << "}  // namespace registry_detail\n\n"
      << "/// Every provider compiled in, in spec-name order.\n"
      << "inline constexpr std::array<provider_entry, " << specs.size() << "> providers{{\n";
    for (const auto& s : specs) {
        o << "    {" << cpp_string_literal(s.provider) << ", " << cpp_string_literal(s.title)
          << ", " << cpp_string_literal(s.docs) << ", registry_detail::" << s.provider << "_keys,\n"
          << "     &normalize_as<" << s.provider << "::" << s.root << ", &" << s.provider
          << "::to_call>, " << s.provider << "::shape::objects, " << s.provider
          << "::shape::root},\n";
    }
    o << "}};\n\n"
      << "/// The provider named `name`, or nullptr.\n"
      << "inline const provider_entry* find_provider(std::string_view name) noexcept {\n"
      << "    return find_provider(providers, name);\n}\n\n"
      << "/// The provider of a payload, told apart by its top-level keys.\n"
      << "inline result<std::string_view> detect(std::string_view payload, const parse_options& "
         "options = {}) {\n"
      << "    return detect_provider(payload, providers, options);\n}\n\n"
      << "/// Parses and maps a payload of the named provider (\"auto\": detect it) onto "
         "callmap::call.\n"
      << "/// LIFETIME: the call holds views into `payload` and `memory`.\n"
      << "inline result<call> normalize(std::string_view payload, arena& memory, std::string_view "
         "provider = \"auto\",\n"
      << "                              const parse_options& options = {}) {\n"
      << "    return normalize_with(providers, payload, memory, provider, options);\n}\n\n"
      << "// The call would point into a string destroyed at the end of the full expression.\n"
      << "template <class String>\n    requires std::same_as<String, std::string>\n"
      << "result<call> normalize(String&& payload, arena& memory, std::string_view provider = "
         "\"auto\",\n"
      << "                       const parse_options& options = {}) = delete;\n\n"
      << "}  // namespace callmap\n";
    return o.str();
}

}  // namespace callmap::gen
