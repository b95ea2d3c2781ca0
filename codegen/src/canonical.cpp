// The table of callmap::call targets, derived from the runtime's own description of the record
// (BOOST_DESCRIBE_STRUCT / BOOST_DESCRIBE_ENUM in callmap/call.hpp): a member's C++ type says
// what kind of value it takes, an enum's enumerators are its values. What the types cannot say
// is the short table in `special` below. A new canonical field is a member of callmap::call.
#include "canonical.hpp"

#include <algorithm>
#include <deque>
#include <optional>
#include <span>
#include <string_view>
#include <type_traits>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <boost/describe/enumerators.hpp>
#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include "callmap/call.hpp"
#include "callmap/mapping.hpp"

namespace callmap::gen {
namespace {

// --- what the C++ types do not say ----------------------------------------------------------

namespace special {

/// Members no mapping sets: filled by the runtime (provider, source, warnings), or the
/// provider's text kept next to a mapped value (status_raw, end_reason_raw: any member named
/// <target>_raw).
bool unmapped(std::string_view member) {
    return member == "provider" || member == "source" || member == "warnings" ||
           member.ends_with("_raw");
}

/// The key a spec uses for a member: money is written without its unit suffix (amount for
/// amount_micros), the cost's currency_assumed is `assumed`.
std::string spec_name(std::string_view member) {
    if (member == "currency_assumed") return "assumed";
    if (member.ends_with("_micros")) return std::string(member.substr(0, member.size() - 7));
    return std::string(member);
}

/// An integer member is a duration in milliseconds (`_ms`), money in micros (`_micros`), or a
/// count.
target_kind integer_kind(std::string_view member) {
    if (member.ends_with("_ms")) return target_kind::millis;
    if (member.ends_with("_micros")) return target_kind::money;
    return target_kind::integer;
}

/// A list a spec writes item by item (a YAML list of groups) rather than with `each:`.
bool item_list(std::string_view member) {
    return member == "recordings";
}

/// The part of a group that must have a value for the group to exist (a currency alone is no
/// cost); "" when any part will do.
std::string presence(std::string_view member) {
    return member == "cost" ? "amount" : "";
}

/// The C++ name of each canonical type a member may hold (Boost.Describe names members and
/// enumerators, not types).
template <class T>
constexpr std::string_view type_name() {
    if constexpr (std::is_same_v<T, agent_info>)
        return "agent_info";
    else if constexpr (std::is_same_v<T, cost>)
        return "cost";
    else if constexpr (std::is_same_v<T, cost_component>)
        return "cost_component";
    else if constexpr (std::is_same_v<T, recording>)
        return "recording";
    else if constexpr (std::is_same_v<T, transcript>)
        return "transcript";
    else if constexpr (std::is_same_v<T, turn>)
        return "turn";
    else if constexpr (std::is_same_v<T, word>)
        return "word";
    else if constexpr (std::is_same_v<T, latency_stats>)
        return "latency_stats";
    else if constexpr (std::is_same_v<T, ivr_step>)
        return "ivr_step";
    else if constexpr (std::is_same_v<T, ivr_choice>)
        return "ivr_choice";
    else if constexpr (std::is_same_v<T, event>)
        return "event";
    else if constexpr (std::is_same_v<T, call_error>)
        return "call_error";
    else if constexpr (std::is_same_v<T, answered_by>)
        return "answered_by";
    else if constexpr (std::is_same_v<T, source>)
        return "source";
    else if constexpr (std::is_same_v<T, payload_shape>)
        return "payload_shape";
    else if constexpr (std::is_same_v<T, direction>)
        return "direction";
    else if constexpr (std::is_same_v<T, channel>)
        return "channel";
    else if constexpr (std::is_same_v<T, call_status>)
        return "call_status";
    else if constexpr (std::is_same_v<T, end_reason>)
        return "end_reason";
    else if constexpr (std::is_same_v<T, agent_kind>)
        return "agent_kind";
    else if constexpr (std::is_same_v<T, recording_kind>)
        return "recording_kind";
    else if constexpr (std::is_same_v<T, turn_role>)
        return "turn_role";
    else if constexpr (std::is_same_v<T, ivr_kind>)
        return "ivr_kind";
    else if constexpr (std::is_same_v<T, call>)
        return "call";
    else
        static_assert(std::is_void_v<T>, "a canonical type without a name: add it here");
}

}  // namespace special

// --- the description, read ------------------------------------------------------------------

template <class T>
struct unwrap {
    using type = T;
    static constexpr bool optional = false;
};
template <class T>
struct unwrap<std::optional<T>> {
    using type = T;
    static constexpr bool optional = true;
};

template <class T>
inline constexpr bool is_described_struct = boost::describe::has_describe_members<T>::value;
template <class T>
inline constexpr bool is_described_enum = boost::describe::has_describe_enumerators<T>::value;

template <class T>
struct span_of {
    static constexpr bool value = false;
};
template <class T>
struct span_of<std::span<const T>> {
    static constexpr bool value = true;
    using element = T;
};
template <class T>
struct map_of {
    static constexpr bool value = false;
};
template <class V>
struct map_of<map<V>> {
    static constexpr bool value = true;
    using element = V;
};

std::string qualified(std::string_view name) {
    return "::callmap::" + std::string(name);
}

/// The values of a described enum, each with its C++ spelling.
template <class E>
std::vector<std::string> enumerator_names() {
    std::vector<std::string> names;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>(
        [&](auto e) { names.emplace_back(e.name); });
    return names;
}

/// The canonical enums, each once (targets point into this).
std::deque<canonical_enum>& enums() {
    static std::deque<canonical_enum> all;
    return all;
}

template <class E>
const canonical_enum* canonical_enum_of() {
    const std::string cpp = qualified(special::type_name<E>());
    for (const auto& e : enums()) {
        if (e.cpp == cpp) return &e;
    }
    canonical_enum e;
    e.cpp = cpp;
    e.values = enumerator_names<E>();
    // for provider values no table maps: unknown where the enum has it, else other
    const bool has_unknown =
        std::find(e.values.begin(), e.values.end(), "unknown") != e.values.end();
    e.fallback = has_unknown ? "unknown" : "other";
    enums().push_back(std::move(e));
    return &enums().back();
}

template <class S>
std::vector<target> targets_of();

/// The target for a member `member` of C++ type M.
template <class M>
target target_for(std::string_view member) {
    using value = typename unwrap<M>::type;
    target t;
    t.name = special::spec_name(member);
    t.member = std::string(member);
    t.optional_member = unwrap<M>::optional;
    if constexpr (std::is_same_v<value, std::string_view>) {
        t.kind = target_kind::string;
    } else if constexpr (std::is_same_v<value, party>) {
        t.kind = target_kind::party;
    } else if constexpr (std::is_same_v<value, timestamp>) {
        t.kind = target_kind::instant;
    } else if constexpr (std::is_same_v<value, std::int64_t>) {
        t.kind = special::integer_kind(member);
    } else if constexpr (std::is_same_v<value, double>) {
        t.kind = target_kind::number;
    } else if constexpr (std::is_same_v<value, bool>) {
        t.kind = target_kind::boolean;
    } else if constexpr (std::is_same_v<value, raw_json>) {
        t.kind = target_kind::raw;
    } else if constexpr (std::is_same_v<value, map<raw_json>>) {
        t.kind = target_kind::raw_map;
    } else if constexpr (std::is_same_v<value, map<std::string_view>>) {
        t.kind = target_kind::named_strings;
    } else if constexpr (std::is_same_v<value, std::span<const double>>) {
        t.kind = target_kind::number_array;
    } else if constexpr (std::is_same_v<value, std::span<const std::string_view>>) {
        t.kind = target_kind::string_array;
    } else if constexpr (is_described_enum<value>) {
        t.kind = target_kind::enumeration;
        t.enumeration = canonical_enum_of<value>();
    } else if constexpr (is_described_struct<value>) {
        t.kind = target_kind::group;
        t.element_cpp = qualified(special::type_name<value>());
        t.children = targets_of<value>();
        t.presence = special::presence(member);
    } else if constexpr (span_of<value>::value) {
        using element = typename span_of<value>::element;
        t.kind = special::item_list(member) ? target_kind::list : target_kind::collection;
        t.element_cpp = qualified(special::type_name<element>());
        t.children = targets_of<element>();
    } else if constexpr (map_of<value>::value) {
        using element = typename map_of<value>::element;
        t.kind = target_kind::collection;
        t.keyed = true;
        t.element_cpp = qualified(special::type_name<element>());
        t.children = targets_of<element>();
    } else {
        static_assert(std::is_void_v<value>,
                      "a member of callmap::call whose type the generator cannot map: add it to "
                      "target_for() (codegen/src/canonical.cpp)");
    }
    return t;
}

/// The mappable members of a described canonical struct, in declaration order; a member
/// with a `<member>_raw` beside it keeps the provider's text there.
template <class S>
std::vector<target> targets_of() {
    std::vector<target> out;
    std::vector<std::string_view> names;
    using members = boost::describe::describe_members<S, boost::describe::mod_public>;
    boost::mp11::mp_for_each<members>([&](auto m) {
        using type = std::remove_cvref_t<decltype(std::declval<S&>().*m.pointer)>;
        names.emplace_back(m.name);
        if (!special::unmapped(m.name)) out.push_back(target_for<type>(m.name));
    });
    for (target& t : out)
        t.keeps_raw = std::find(names.begin(), names.end(), t.member + "_raw") != names.end();
    return out;
}

target build_call() {
    target root;
    root.name = "call";
    root.kind = target_kind::group;
    root.element_cpp = qualified(special::type_name<call>());
    root.children = targets_of<call>();
    return root;
}

}  // namespace

const target& call_target() {
    static const target root = build_call();
    return root;
}

const std::vector<canonical_enum>& canonical_enums() {
    static const std::vector<canonical_enum> all = [] {
        call_target();  // builds every enum a target uses
        return std::vector<canonical_enum>(enums().begin(), enums().end());
    }();
    return all;
}

const std::vector<std::string>& time_formats() {
    static const std::vector<std::string> names = enumerator_names<time_format>();
    return names;
}

const std::vector<std::string>& money_units() {
    static const std::vector<std::string> names = enumerator_names<money_unit>();
    return names;
}

const target* find_child(const target& parent, std::string_view name) {
    for (const auto& c : parent.children) {
        if (c.name == name) return &c;
    }
    return nullptr;
}

}  // namespace callmap::gen
