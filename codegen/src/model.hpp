// model: what check() makes of a spec, and all the emitters read. The spec (spec.hpp) is the
// YAML as written; check() never changes it. The model is built once by check(), then only
// read: it adds what checking derives (member names from JSON keys, C++ enumerators, one-of
// struct names, the definition order, every mapping path resolved to the wire fields it walks,
// the detect keys) and holds conversions as the runtime's own enums, so an emitter's switch
// over them needs no default and -Wswitch names every case it misses.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "callmap/call.hpp"
#include "callmap/mapping.hpp"
#include "callmap/shapes.hpp"
#include "spec.hpp"

namespace callmap::gen {

struct target;  // canonical.hpp

namespace model {

struct field {
    std::string name;  // the C++ member: given with name:, or derived from the JSON key
    std::string json_name;
    std::vector<std::string> aliases;
    type_ref type;  // a one-of's type.name is its generated struct
    source_pos pos;
};

struct object {
    std::string name;
    std::vector<field> fields;
    source_pos pos;
};

struct enumeration {
    std::string name;
    std::vector<std::string> values;       // JSON spellings, in spec order
    std::vector<std::string> identifiers;  // the C++ enumerator of each value
    bool case_insensitive = false;
};

/// The member of a union's generated struct that holds one alternative: `as_string`,
/// `as_choice`, and `as_choice_list` for a list alternative `choice[]`.
inline std::string union_member(const type_ref& alternative) {
    return "as_" + (alternative.array_depth > 0 ? alternative.name + "_list" : alternative.text);
}

/// The wire fields a path walks through, from the object of its scope. A path may go through
/// a union (`to.number` of `to: (string | endpoint | endpoint[])`): the next field is of its
/// object type, read from the object alternative or the list alternative's first element.

using field_path = std::vector<const field*>;

/// How one canonical value is computed (value_expr, checked).
struct value {
    using form = value_expr::form;
    form kind = form::path;
    std::string path;  // as written, for comments
    field_path resolved;
    bool self = false;        // the path is '.': the list element itself
    std::string alternative;  // the union member read: at the path's end (`string | x`: its
                              // as_string), or of each element of a `string | x` list
    std::string constant;
    std::vector<value> items;  // first: alternatives; when: then and (optionally) else
    field_path when_resolved;
    std::vector<std::string> when_equals;
    std::vector<std::string> operands;  // difference / sum: canonical fields
    std::optional<time_format> time;    // instants
    std::optional<long long> scale;
    std::optional<money_unit> money;  // money
    std::vector<table_entry_def> table;
    std::string table_ref;  // or a shared table's name
    std::string default_value;
    std::vector<std::string> refine;
    std::string relative_to;
    bool absolute = false;
};

/// What a spec says for one target of the canonical record (mapping_node, checked).
struct node {
    const target* tgt = nullptr;
    model::value value;                      // leaves
    field_path each_resolved;                // collections (empty for a list written item by item)
    std::vector<field_path> each_otherwise;  // each: {first: [...]}: the lists tried after it
    std::string each_alternative;            // each over `a | obj` lists visits as_<obj>
    const object* element = nullptr;
    std::vector<node> children;
    std::vector<std::pair<std::string, model::value>> named;  // named_strings
};

struct error_rule {
    bool present = false;
    field_path resolved;
    std::vector<std::string> equals;
    std::vector<field_path> message_resolved;
};

/// A shape of the provider's payloads (shape_def, checked); the get answer is one too.
struct shape {
    std::string name;  // a C++ identifier: layouts::<name>, read_<name>()
    payload_shape kind = payload_shape::get;
    std::vector<std::string> detect;                // for a bare array: the keys of its first call
    std::vector<detect_value> detect_values;        // per detect key; empty: all any
    bool array_root = false;                        // the payload is a bare array of calls
    bool many = false;                              // calls is an array
    std::vector<std::string> calls, cursor, event;  // key paths
    std::vector<std::pair<std::string, call_status>> statuses;  // event -> status
    bool form = false;  // a form-encoded body: fields fill the root type; event is a key
    // webhook: the object whose keys (fields) fill the call's; empty with fields: the payload
    std::vector<std::string> envelope;
    struct field_fill {
        std::string key;     // in the form body, or in the envelope object
        std::string member;  // the root type's C++ member
        bool required = false;
    };
    std::vector<field_fill> fields;
};

/// A payload that completes a call (supplement_def, checked): map_<name>() maps its root type
/// onto the fields it gives, normalize_<name>() parses and maps it.
struct supplement {
    std::string name;  // a C++ identifier
    std::string docs;
    std::string root;
    std::vector<std::string> detect;
    node mapping;
    error_rule error_when;
};

/// A checked provider. Its paths point into its own objects: it can be moved, not copied.
struct provider {
    provider() = default;
    provider(const provider&) = delete;
    provider& operator=(const provider&) = delete;
    provider(provider&&) = default;
    provider& operator=(provider&&) = default;

    std::string file;
    std::string name;           // the provider's name: header <name>.hpp, registry name
    std::string cpp_namespace;  // where its types are: callmap::<name>, or <namespace>::<name>
    std::string title;
    std::string docs;
    std::string root;
    std::vector<std::string> detect;
    std::vector<object> objects;  // every type defined before it is used
    std::vector<enumeration> enums;
    bool has_mapping = false;
    node mapping;
    error_rule error_when;
    std::vector<table_def> tables;
    std::vector<shape> shapes;  // the get answer first; only it when the spec has no shapes:
    std::vector<supplement> supplements;

    /// The object type named `type_name`, or nullptr (an enum, or no type).
    const object* find_object(std::string_view type_name) const {
        for (const auto& o : objects) {
            if (o.name == type_name) return &o;
        }
        return nullptr;
    }
    /// Whether `type_name` is an enum type of this provider.
    bool is_enum(std::string_view type_name) const {
        for (const auto& e : enums) {
            if (e.name == type_name) return true;
        }
        return false;
    }
    /// The object type whose objects a field of type `t` holds: its own (`endpoint`,
    /// `endpoint[]`), or a union's object alternative (`(string | endpoint | endpoint[])`:
    /// check() allows one object type per union); nullptr for values and enums.
    const object* object_type(const type_ref& t) const {
        if (t.base == type_ref::base_kind::named) return find_object(t.name);
        if (t.base != type_ref::base_kind::one_of) return nullptr;
        for (const auto& alternative : t.alternatives) {
            if (const object* o = find_object(alternative.name)) return o;
        }
        return nullptr;
    }
};

}  // namespace model
}  // namespace callmap::gen
