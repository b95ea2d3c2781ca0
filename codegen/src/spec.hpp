// The spec: what a provider's YAML file says, as written, with the source position of every
// node. load() builds it; check() reads it and builds the model (model.hpp) the emitters read.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace callmap::gen {

struct source_pos {
    int line = 0;    // 1-based; 0 = unknown
    int column = 0;  // 1-based
};

/// A wire type as written in a field: `string`, `word[]`, `map<raw>?`, or a named type.
struct type_ref {
    enum class base_kind {
        string,
        integer,
        number,
        boolean,
        decimal,
        raw,
        named,
        one_of
    };
    base_kind base = base_kind::string;
    std::string name;  // named: the object or enum type; one_of: the generated struct
    std::vector<type_ref> alternatives;  // one_of: `string | choice`, told apart by JSON type
    bool is_map = false;                 // map<base>: a free-form object of base values
    int array_depth = 0;                 // number of trailing []
    bool optional = false;               // trailing ?: may be absent or null
    std::string text;                    // as written, for messages
    source_pos pos;
};

struct field_def {
    std::string name;                  // C++ member name; empty: derived from the key by check
    std::string json_name;             // the key in the payload
    std::vector<std::string> aliases;  // other keys that fill the same member
    type_ref type;
    source_pos pos;  // of the field's key
};

struct object_def {
    std::string name;
    std::vector<field_def> fields;
    source_pos pos;
};

struct enum_def {
    std::string name;
    std::vector<std::string> values;  // JSON spellings, in spec order
    bool case_insensitive = false;
    source_pos pos;
};

// --- the mapping onto callmap::call ------------------------------------------------------------

struct target;  // canonical.hpp

struct table_entry_def {
    std::string key;    // a provider value; '*' matches any run of characters
    std::string value;  // a canonical enum value
    source_pos pos;
};

/// A shared value table (schemas/tables/<name>.yaml), referenced by name from mappings.
struct table_def {
    std::string name;
    std::string file;
    std::string enumeration;  // the canonical enum its values belong to, e.g. end_reason
    std::vector<table_entry_def> entries;
    source_pos pos;
};

/// How one canonical value is computed.
struct value_expr {
    enum class form {
        path,
        constant,
        first,
        when,
        difference,
        sum,
        implied_by_status
    };
    form kind = form::path;
    source_pos pos;
    std::string path;                      // path: JSON keys from the current scope, dot-separated
    std::string constant;                  // constant: text of the value
    std::vector<value_expr> items;         // first: alternatives; when: then and (optionally) else
    std::string when_path;                 // when: the path tested ...
    std::vector<std::string> when_equals;  // ... against these values (loosely)
    source_pos when_pos;
    std::vector<std::string> operands;  // difference / sum: canonical fields
    // conversions applied to a path's value
    std::string time;                    // iso8601 | rfc2822 | epoch_ms | epoch_s
    std::optional<long long> scale;      // multiply (e.g. seconds -> ms: 1000)
    std::string money;                   // major | cents
    std::vector<table_entry_def> table;  // inline table
    std::string table_ref;               // or a shared table's name
    source_pos table_pos;
    std::string default_value;        // for values the table does not map
    std::vector<std::string> refine;  // status: provider values refined by the end reason
    std::string relative_to;          // millis: subtract this canonical instant
    bool absolute = false;            // money: drop the sign (Twilio sends charges negative)
};

/// What a spec says for one target of the canonical record (see canonical.hpp).
struct mapping_node {
    const target* tgt = nullptr;
    source_pos pos;
    value_expr value;  // leaves
    std::string each;  // collections: the array (or map) to iterate
    // each: {first: [a, b, ...]}: the lists after the first (`each`), tried in order when the
    // ones before are absent
    std::vector<std::string> each_otherwise;
    source_pos each_pos;
    std::vector<mapping_node> children;  // groups and collections; list: one group per item
    std::vector<std::pair<std::string, value_expr>> named;  // named_strings
};

/// The payload is the provider's error answer when `path` equals one of `equals`.
struct error_rule {
    bool present = false;
    std::string path;
    std::vector<std::string> equals;
    std::vector<std::string> message;  // paths tried in order for the provider's message
    source_pos pos;
};

/// A form key of a form-encoded shape and the field of the root type it fills.
struct form_field_def {
    std::string key;    // as in the body, e.g. CallDuration
    std::string field;  // the root type's field (its JSON key), e.g. duration
    source_pos pos;
};

/// A shape the provider delivers calls in besides its get answer (an entry of shapes:): a
/// list page, or a webhook around one call object. Paths are JSON keys, dot-separated. A
/// form-encoded shape (input: form) is one call whose form keys fill the root type's fields.
struct shape_def {
    std::string name;  // the key under shapes:
    source_pos pos;
    std::string kind;  // list | webhook
    source_pos kind_pos;
    std::vector<std::string> detect;  // top-level keys every payload of the shape has
    source_pos detect_pos;
    std::string
        calls;  // list: the array of calls; webhook (call:): the call object; "." the payload
    source_pos calls_pos;
    std::string cursor;  // list: the next page's cursor
    source_pos cursor_pos;
    std::string event;  // webhook: the event's name
    source_pos event_pos;
    std::vector<table_entry_def> status;  // webhook: event name -> canonical status
    source_pos status_pos;
    std::string input;  // json (the default) | form
    source_pos input_pos;
    std::vector<form_field_def> fields;  // form key, or envelope key -> root field; in order
    source_pos fields_pos;
    std::string envelope;  // webhook: the object whose keys (fields:) fill the call's fields
    source_pos envelope_pos;
};

/// A payload that completes a call the caller already has (an entry of supplements:), e.g.
/// Bland's corrected transcript, fetched from its own endpoint: its own root type, the
/// top-level keys that tell it apart, and a mapping onto the canonical fields it gives (no id
/// needed). callmap::apply_supplement merges those fields into the call.
struct supplement_def {
    std::string name;  // the key under supplements:
    source_pos pos;
    std::string docs;
    std::string root;  // the object type the payload parses into
    source_pos root_pos;
    std::vector<std::string> detect;  // top-level keys every payload of it has
    source_pos detect_pos;
    mapping_node mapping;  // the root: callmap::call, the fields it gives
    error_rule error_when;
};

struct spec {
    std::string file;      // as given on the command line, for messages and the banner
    std::string provider;  // C++ namespace callmap::<provider>, header providers/<provider>.hpp
    std::string title;
    std::string docs;
    std::string root;  // the object type a payload parses into
    source_pos provider_pos, root_pos;
    std::vector<std::string> detect;  // top-level keys every payload has (auto-detection)
    source_pos detect_pos;
    std::vector<object_def> objects;  // in spec order
    std::vector<enum_def> enums;      // named and inline enums
    bool has_mapping = false;
    mapping_node mapping;  // the root: callmap::call
    error_rule error_when;
    std::vector<table_def> tables;            // shared tables the mapping references
    std::vector<shape_def> shapes;            // besides the get answer, in spec order
    std::vector<supplement_def> supplements;  // in spec order
};

}  // namespace callmap::gen
