// check: name resolution, C++ naming rules, collisions, cycles, and definition order.
#include "check.hpp"

#include "check_mapping.hpp"
#include "check_shapes.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <functional>
#include <map>
#include <set>

namespace callmap::gen {
namespace {

const std::set<std::string, std::less<>>& keywords() {
    static const std::set<std::string, std::less<>> words = {
        "alignas",       "alignof",     "and",
        "and_eq",        "asm",         "auto",
        "bitand",        "bitor",       "bool",
        "break",         "case",        "catch",
        "char",          "char8_t",     "char16_t",
        "char32_t",      "class",       "compl",
        "concept",       "const",       "consteval",
        "constexpr",     "constinit",   "const_cast",
        "continue",      "co_await",    "co_return",
        "co_yield",      "decltype",    "default",
        "delete",        "do",          "double",
        "dynamic_cast",  "else",        "enum",
        "explicit",      "export",      "extern",
        "false",         "float",       "for",
        "friend",        "goto",        "if",
        "inline",        "int",         "long",
        "mutable",       "namespace",   "new",
        "noexcept",      "not",         "not_eq",
        "nullptr",       "operator",    "or",
        "or_eq",         "private",     "protected",
        "public",        "register",    "reinterpret_cast",
        "requires",      "return",      "short",
        "signed",        "sizeof",      "static",
        "static_assert", "static_cast", "struct",
        "switch",        "template",    "this",
        "thread_local",  "throw",       "true",
        "try",           "typedef",     "typeid",
        "typename",      "union",       "unsigned",
        "using",         "virtual",     "void",
        "volatile",      "wchar_t",     "while",
        "xor",           "xor_eq"};
    return words;
}

const std::vector<std::string>& builtin_types() {
    static const std::vector<std::string> names = {"string", "int",     "number",
                                                   "bool",   "decimal", "raw"};
    return names;
}

bool is_identifier(const std::string& s) {
    if (s.empty() || !(std::isalpha(static_cast<unsigned char>(s[0])) != 0 || s[0] == '_'))
        return false;
    return std::all_of(s.begin(), s.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
    });
}

bool is_reserved(const std::string& s) {
    return s.find("__") != std::string::npos ||
           (s.size() >= 2 && s[0] == '_' && std::isupper(static_cast<unsigned char>(s[1])) != 0);
}

/// Checks that `name` can be a C++ name; `what` is e.g. "type" or "member".
bool check_name(const std::string& name, source_pos pos, const std::string& what,
                const std::string& fix, diagnostics& diags) {
    if (!is_identifier(name)) {
        diags.error(pos, "'" + name + "' is not a valid C++ identifier for a " + what + fix);
        return false;
    }
    if (is_cpp_keyword(name)) {
        diags.error(pos, "'" + name + "' is a C++ keyword and cannot name a " + what + fix);
        return false;
    }
    if (is_common_macro(name)) {
        diags.error(pos, "'" + name + "' is a macro in common platform headers and cannot name a " +
                             what + fix);
        return false;
    }
    if (is_reserved(name)) {
        diags.error(pos,
                    "'" + name +
                        "' is reserved in C++ (double underscore or _Capital) and cannot name a " +
                        what + fix);
        return false;
    }
    return true;
}

/// A C++ enumerator for a JSON enum value: invalid characters become '_', a leading digit
/// gets a 'v' prefix, a keyword or a common macro name (ERROR, DELETE, TRUE ...) a '_' suffix.
std::string enumerator_for(const std::string& value) {
    std::string id;  // a run of invalid characters and '_' becomes one '_' ("__" is reserved)
    for (const char c : value) {
        const char out = (std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_') ? c : '_';
        if (out != '_' || id.empty() || id.back() != '_') id += out;
    }
    const bool needs_prefix =
        id.empty() || std::isdigit(static_cast<unsigned char>(id[0])) != 0 ||
        (id.size() >= 2 && id[0] == '_' && std::isupper(static_cast<unsigned char>(id[1])) != 0);
    if (needs_prefix) id.insert(id.begin(), 'v');
    if (is_cpp_keyword(id) || is_common_macro(id)) id += '_';
    return id;
}

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

/// The enum with a C++ enumerator for each value.
model::enumeration check_enum(const enum_def& e, diagnostics& diags) {
    check_name(e.name, e.pos, "type", "", diags);
    model::enumeration checked{e.name, e.values, {}, e.case_insensitive};
    std::map<std::string, std::string> by_identifier;  // enumerator -> value
    std::set<std::string> spellings;
    for (const auto& value : e.values) {
        const std::string key = e.case_insensitive ? lower(value) : value;
        if (!spellings.insert(key).second) {
            diags.error(e.pos, "duplicate value '" + value + "' in enum '" + e.name + "'" +
                                   (e.case_insensitive ? " (the enum is case-insensitive)" : ""));
            continue;
        }
        const std::string id = enumerator_for(value);
        if (const auto [it, fresh] = by_identifier.emplace(id, value); !fresh) {
            diags.error(e.pos, "enum '" + e.name + "' values '" + it->second + "' and '" + value +
                                   "' both become the C++ enumerator '" + id + "'");
            continue;
        }
        checked.identifiers.push_back(id);
    }
    return checked;
}

/// The JSON type an alternative of a one-of field is recognized by ("" when it has none).
std::string json_kind(const type_ref& t, bool is_object) {
    switch (t.base) {
        case type_ref::base_kind::string: return "string";
        case type_ref::base_kind::integer:
        case type_ref::base_kind::number: return "number";
        case type_ref::base_kind::boolean: return "boolean";
        case type_ref::base_kind::named: return is_object ? "object" : "";
        case type_ref::base_kind::decimal:  // a string or a number: not one JSON type
        case type_ref::base_kind::raw:
        case type_ref::base_kind::one_of: return "";
    }
    return "";
}

/// `string | choice | choice[]`: alternatives each recognized by a different JSON type; an
/// object and a list alternative are of one object type.
template <class FindObject>
void check_one_of(const field_def& f, const std::vector<std::string>& type_names,
                  FindObject&& find_object, diagnostics& diags) {
    std::map<std::string, std::string> by_kind;
    std::string object_type;
    for (const auto& alternative : f.type.alternatives) {
        const bool known = alternative.base != type_ref::base_kind::named ||
                           find_object(alternative.name) != nullptr;
        if (!known &&
            std::find(type_names.begin(), type_names.end(), alternative.name) == type_names.end()) {
            diags.error(f.type.pos, "unknown type '" + alternative.name + "'" +
                                        did_you_mean(alternative.name, type_names));
            continue;
        }
        const bool is_object = known && alternative.base == type_ref::base_kind::named;
        const std::string kind = alternative.array_depth == 0 ? json_kind(alternative, known)
                                 : is_object                  ? "array"
                                                              : "";
        if (kind.empty()) {
            diags.error(f.type.pos, "'" + alternative.text + "' cannot be an alternative of '" +
                                        f.json_name +
                                        "': alternatives are string, int, number, bool or object "
                                        "types, or a list of an object type");
            continue;
        }
        if (is_object) {  // `endpoint | endpoint[]`: a path through the union reads either
            if (object_type.empty()) {
                object_type = alternative.name;
            } else if (object_type != alternative.name) {
                diags.error(f.type.pos, "alternatives '" + object_type + "' and '" +
                                            alternative.text + "' of '" + f.json_name +
                                            "' are of different object types; an object and a "
                                            "list alternative must be of the same type");
            }
        }
        if (const auto [it, fresh] = by_kind.emplace(kind, alternative.text); !fresh) {
            diags.error(f.type.pos, "alternatives '" + it->second + "' and '" + alternative.text +
                                        "' of '" + f.json_name + "' are both JSON " + kind +
                                        "s and cannot be told apart");
        }
    }
}

/// A type may not take a name the generated header gives to its own parts in the provider's
/// namespace.
void check_not_generated_name(const std::string& name, source_pos pos, diagnostics& diags) {
    static const std::set<std::string> parts = {"detect_keys", "layouts",        "mapping_tables",
                                                "normalize",   "payload_shapes", "provider",
                                                "shape",       "supplements",    "to_call"};
    if (parts.count(name) != 0) {
        diags.error(pos, "type '" + name + "' collides with callmap::<provider>::" + name +
                             ", which the generated header defines; rename the type");
    }
}

/// The keys that identify the provider's payloads: given, or the root's required fields.
std::vector<std::string> detect_keys(const spec& s, const object_def& root, diagnostics& diags) {
    std::vector<std::string> keys;
    for (const auto& f : root.fields) {
        keys.push_back(f.json_name);
        keys.insert(keys.end(), f.aliases.begin(), f.aliases.end());
    }
    if (s.detect.empty()) {
        std::vector<std::string> required;
        for (const auto& f : root.fields) {
            if (!f.type.optional && f.aliases.empty()) required.push_back(f.json_name);
        }
        return required;
    }
    for (const auto& key : s.detect) {
        if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
            diags.error(s.detect_pos, "detect key '" + key + "' is not a field of the root type '" +
                                          root.name + "'" + did_you_mean(key, keys));
        }
    }
    return s.detect;
}

/// The types in definition order: each object after every object it contains. A type that
/// contains itself is an error.
std::vector<model::object> definition_order(std::vector<model::object> objects,
                                            diagnostics& diags) {
    std::vector<model::object> ordered;
    std::map<std::string, int> state;  // 0 new, 1 visiting, 2 done
    auto find = [&](const std::string& name) -> model::object* {
        for (auto& o : objects) {
            if (o.name == name) return &o;
        }
        return nullptr;
    };
    std::function<void(model::object&, std::vector<std::string>&)> visit =
        [&](model::object& o, std::vector<std::string>& chain) {
            int& st = state[o.name];
            if (st == 2) return;
            if (st == 1) {
                std::string path;
                for (const auto& c : chain) path += c + " -> ";
                diags.error(o.pos, "type '" + o.name + "' contains itself (" + path + o.name +
                                       "); recursive payloads are not supported");
                return;
            }
            st = 1;
            chain.push_back(o.name);
            for (const auto& f : o.fields) {
                if (model::object* inner = find(f.type.name);
                    f.type.base == type_ref::base_kind::named && inner != nullptr) {
                    visit(*inner, chain);
                }
                for (const auto& alternative : f.type.alternatives) {
                    if (model::object* inner = find(alternative.name)) visit(*inner, chain);
                }
            }
            chain.pop_back();
            state[o.name] = 2;
            ordered.push_back(o);
        };
    for (auto& o : objects) {
        std::vector<std::string> chain;
        visit(o, chain);
    }
    return ordered;
}

const std::set<std::string>& common_macro_names() {
    // Object-like macros of headers a consumer's translation unit may include before ours:
    // <windows.h> (winerror.h, winnt.h, minwindef.h, wingdi.h), C and POSIX (<stdio.h>,
    // <math.h>, <complex.h>, <errno.h>, <endian.h>), X11 (<X11/X.h>), and what GCC predefines
    // in GNU modes.
    static const std::set<std::string> macros = {
        // Windows
        "ABSOLUTE", "ALTERNATE", "BOOLEAN", "CALLBACK", "CONST", "DELETE", "ERROR", "FALSE", "FAR",
        "IN", "INTERFACE", "NEAR", "NO_ERROR", "OPAQUE", "OPTIONAL", "OUT", "PASCAL", "RELATIVE",
        "SYNCHRONIZE", "TRANSPARENT", "TRUE", "VOID", "WINDING", "interface", "small",
        // C and POSIX
        "BIG_ENDIAN", "BUFSIZ", "BYTE_ORDER", "DOMAIN", "EOF", "HUGE_VAL", "INFINITY", "I",
        "LITTLE_ENDIAN", "NAN", "NULL", "OVERFLOW", "PDP_ENDIAN", "PLOSS", "SING", "TLOSS",
        "UNDERFLOW", "errno", "stderr", "stdin", "stdout",
        // X11
        "Always", "Bool", "None", "Status", "Success", "True", "False",
        // GCC in GNU modes (-std=gnu++20, CMake's default)
        "i386", "linux", "unix"};
    return macros;
}

}  // namespace

bool is_cpp_keyword(const std::string& word) {
    return keywords().count(word) != 0;
}

std::vector<std::string> cpp_keywords() {
    return {keywords().begin(), keywords().end()};
}

bool is_common_macro(const std::string& word) {
    return common_macro_names().count(word) != 0;
}

std::vector<std::string> common_macros() {
    return {common_macro_names().begin(), common_macro_names().end()};
}

bool is_valid_cpp_name(const std::string& name) {
    return is_identifier(name) && !is_cpp_keyword(name) && !is_common_macro(name) &&
           !is_reserved(name);
}

std::string to_snake_case(const std::string& key) {
    std::string out;
    for (std::size_t i = 0; i < key.size(); ++i) {
        const char c = key[i];
        const auto u = static_cast<unsigned char>(c);
        if (std::isupper(u) != 0) {
            const bool after_lower =
                i > 0 && (std::islower(static_cast<unsigned char>(key[i - 1])) != 0 ||
                          std::isdigit(static_cast<unsigned char>(key[i - 1])) != 0);
            const bool before_lower = i > 0 && i + 1 < key.size() &&
                                      std::isupper(static_cast<unsigned char>(key[i - 1])) != 0 &&
                                      std::islower(static_cast<unsigned char>(key[i + 1])) != 0;
            if ((after_lower || before_lower) && !out.empty() && out.back() != '_') out += '_';
            out += static_cast<char>(std::tolower(u));
        } else if (std::isalnum(u) != 0 || c == '_') {
            out += c;
        } else if (!out.empty() && out.back() != '_') {
            out += '_';
        }
    }
    while (!out.empty() && out.back() == '_' && !key.empty() && key.back() != '_') out.pop_back();
    return out;
}

std::optional<model::provider> check(const spec& s, diagnostics& diags,
                                     const std::string& enclosing_namespace) {
    // --namespace: one or more C++ identifiers joined by ::
    for (std::size_t start = 0; start <= enclosing_namespace.size();) {
        const std::size_t end = enclosing_namespace.find("::", start);
        const std::string part = enclosing_namespace.substr(
            start, end == std::string::npos ? std::string::npos : end - start);
        if (!is_identifier(part) || is_cpp_keyword(part) || is_reserved(part)) {
            diags.error(s.provider_pos, "namespace '" + enclosing_namespace +
                                            "' must be C++ identifiers joined by ::, e.g. myco");
            return std::nullopt;
        }
        if (end == std::string::npos) break;
        start = end + 2;
    }
    // the provider names a namespace and a header
    if (!is_identifier(s.provider) || s.provider != lower(s.provider) ||
        is_cpp_keyword(s.provider)) {
        diags.error(s.provider_pos,
                    "provider '" + s.provider +
                        "' must be a lowercase C++ identifier (it names the namespace "
                        "callmap::<provider> and the header providers/<provider>.hpp)");
    }

    // the build maps schemas/<provider>.yaml to providers/<provider>.hpp
    if (const std::string stem = std::filesystem::path(s.file).stem().string();
        !s.file.empty() && stem != s.provider) {
        diags.error(s.provider_pos,
                    "provider '" + s.provider + "' must match the file name '" + stem + ".yaml'");
    }

    // every type name is unique across objects and enums, and a valid C++ name
    std::map<std::string, source_pos> types;
    std::vector<std::string> type_names = builtin_types();
    for (const auto& o : s.objects) {
        types.emplace(o.name, o.pos);
        type_names.push_back(o.name);
        check_name(o.name, o.pos, "type", "", diags);
        if (std::find(builtin_types().begin(), builtin_types().end(), o.name) !=
            builtin_types().end()) {
            diags.error(o.pos, "type '" + o.name + "' hides the built-in type of the same name");
        }
        check_not_generated_name(o.name, o.pos, diags);
    }
    model::provider m;
    m.file = s.file;
    m.name = s.provider;
    m.cpp_namespace = enclosing_namespace + "::" + s.provider;
    m.title = s.title;
    m.docs = s.docs;
    m.root = s.root;
    m.has_mapping = s.has_mapping;
    m.tables = s.tables;
    for (const auto& e : s.enums) {
        if (const auto [it, fresh] = types.emplace(e.name, e.pos); !fresh) {
            diags.error(e.pos, "enum '" + e.name + "' collides with the type defined at line " +
                                   std::to_string(it->second.line) +
                                   "; declare the enum under types: with another name");
            continue;
        }
        type_names.push_back(e.name);
        check_not_generated_name(e.name, e.pos, diags);
        m.enums.push_back(check_enum(e, diags));
    }
    auto find_object = [&](const std::string& name) -> const object_def* {
        for (const auto& o : s.objects) {
            if (o.name == name) return &o;
        }
        return nullptr;
    };
    auto is_enum = [&](const std::string& name) {
        return std::any_of(s.enums.begin(), s.enums.end(),
                           [&](const enum_def& e) { return e.name == name; });
    };

    if (!s.root.empty() && find_object(s.root) == nullptr) {
        std::vector<std::string> objects;
        for (const auto& o : s.objects) objects.push_back(o.name);
        diags.error(s.root_pos, "root type '" + s.root + "' is not an object type in types:" +
                                    did_you_mean(s.root, objects));
    }

    if (const object_def* root = find_object(s.root); root != nullptr)
        m.detect = detect_keys(s, *root, diags);

    std::vector<model::object> objects;
    for (const auto& o : s.objects) {
        std::map<std::string, source_pos> members, keys;
        model::object& checked = objects.emplace_back(model::object{o.name, {}, o.pos});
        for (const auto& spec_field : o.fields) {
            model::field& f = checked.fields.emplace_back(
                model::field{spec_field.name, spec_field.json_name, spec_field.aliases,
                             spec_field.type, spec_field.pos});
            const bool derived = f.name.empty();
            if (derived) f.name = to_snake_case(f.json_name);
            const std::string fix = derived ? " (derived from the JSON key '" + f.json_name +
                                                  "'); give the member another name with name:"
                                            : "";
            check_name(f.name, f.pos, "member", fix, diags);
            if (const auto [it, fresh] = members.emplace(f.name, f.pos); !fresh) {
                diags.error(f.pos, "member '" + f.name + "' of type '" + o.name +
                                       "' is already defined at line " +
                                       std::to_string(it->second.line) + "; rename one with name:");
            }
            std::vector<std::string> all_keys = f.aliases;
            all_keys.insert(all_keys.begin(), f.json_name);
            for (const auto& k : all_keys) {
                if (const auto [it, fresh] = keys.emplace(k, f.pos); !fresh) {
                    diags.error(f.pos, "JSON key '" + k + "' of type '" + o.name +
                                           "' is already used at line " +
                                           std::to_string(it->second.line));
                }
            }
            if (f.type.base == type_ref::base_kind::named && find_object(f.type.name) == nullptr &&
                !is_enum(f.type.name)) {
                diags.error(f.type.pos, "unknown type '" + f.type.name + "'" +
                                            did_you_mean(f.type.name, type_names));
            }
            if (f.type.base == type_ref::base_kind::one_of) {
                f.type.name = o.name + "_" + f.name;
                if (types.count(f.type.name) != 0) {
                    diags.error(f.type.pos, "the generated type '" + f.type.name + "' for '" +
                                                f.json_name +
                                                "' collides with a type of that name; rename one");
                }
                check_one_of(spec_field, type_names, find_object, diags);
            }
        }
    }
    if (!diags.empty()) return std::nullopt;
    m.objects = definition_order(std::move(objects), diags);
    if (!diags.empty()) return std::nullopt;
    check_mapping(s, m, diags);
    if (!diags.empty()) return std::nullopt;
    check_shapes(s, m, diags);
    if (!diags.empty()) return std::nullopt;
    check_supplements(s, m, diags);
    if (!diags.empty()) return std::nullopt;
    return m;
}

}  // namespace callmap::gen
