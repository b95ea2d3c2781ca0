// The shape of callmap::call as the generator sees it: which targets a mapping may set, the
// kind of value each one takes, and the C++ member it lands in. It is read from the runtime's
// description of callmap::call (canonical.cpp), and drives the loader, the checker and the
// emitter, so the runtime and the three agree on what a mapping can say.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace callmap::gen {

enum class target_kind {
    string,         // std::string_view
    party,          // callmap::party from a string (E.164 derived when safe)
    instant,        // callmap::timestamp
    millis,         // std::int64_t milliseconds
    integer,        // std::int64_t count
    number,         // double
    money,          // std::int64_t micros
    enumeration,    // one of the canonical enums
    raw,            // callmap::raw_json
    raw_map,        // callmap::map<callmap::raw_json>
    number_array,   // std::span<const double>
    string_array,   // std::span<const std::string_view>
    boolean,        // bool (constant only)
    group,          // a struct of targets (agent, cost, transcript)
    collection,     // {each: path, ...}: one element per array element (or map member)
    list,           // a YAML list of groups, each element present when its first target is
    named_strings,  // external_ids: any name -> string
};

struct canonical_enum {
    std::string cpp;                  // C++ type, e.g. ::callmap::call_status
    std::vector<std::string> values;  // canonical spellings (C++ enumerator names)
    std::string fallback;             // for provider values no table maps
};

struct target {
    std::string name;  // the key in a spec's mapping
    target_kind kind = target_kind::string;
    std::string member;            // C++ member of the canonical struct
    bool optional_member = false;  // the member is a std::optional
    bool keeps_raw = false;  // <member>_raw keeps the provider's text (status, end_reason, ...)
    const canonical_enum* enumeration = nullptr;
    std::string element_cpp;  // group / collection / list: the C++ element type
    bool keyed = false;       // collection over a map: element is map_entry<element_cpp>
    std::string presence;     // group: the child that must have a value for the group to exist
    std::vector<target> children;
};

/// The mapping's root: every target of callmap::call.
const target& call_target();

/// The canonical enums by C++ name (for checking table values).
const std::vector<canonical_enum>& canonical_enums();

/// The names of callmap::time_format (`time:` of a mapping), in the runtime's order.
const std::vector<std::string>& time_formats();

/// The names of callmap::money_unit (`money:` of a mapping), in the runtime's order.
const std::vector<std::string>& money_units();

/// The child of `parent` named `name`, or nullptr.
const target* find_child(const target& parent, std::string_view name);

}  // namespace callmap::gen
