// Payloads that complete a call the caller already has: a provider's second endpoint about one
// call, such as Bland's corrected transcript (GET /v1/calls/{id}/correct). A spec's
// supplements: describes each one (callmap::supplement_entry); apply_supplement(call, payload,
// memory, registry) reads one and merges the canonical fields it gives into the call.
#pragma once

#include <cstring>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include "callmap/arena.hpp"
#include "callmap/call.hpp"
#include "callmap/error.hpp"
#include "callmap/json/value_parser.hpp"
#include "callmap/normalize.hpp"
#include "callmap/options.hpp"

namespace callmap {
namespace detail {

using json::detail::is_optional;

/// A member that may be absent: an optional, a list (span) or a map.
template <class T>
struct may_be_absent : is_optional<T> {};
template <class T>
struct may_be_absent<std::span<const T>> : std::true_type {};
template <class V>
struct may_be_absent<map<V>> : std::true_type {};

/// Whether a canonical value says something: present, not empty, not its type's default.
template <class T>
bool gives(const T& v) {
    if constexpr (is_optional<T>::value) {
        return v.has_value();
    } else if constexpr (may_be_absent<T>::value) {
        return !v.empty();
    } else {
        return !(v == T{});
    }
}

/// A described struct every member of which may be absent (transcript, call_error): a
/// supplement that gives some of its parts keeps the call's others.
template <class T>
constexpr bool merged_by_part() {
    if constexpr (!boost::describe::has_describe_members<T>::value) {
        return false;
    } else {
        bool all = true;
        boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>(
            [&](auto D) {
                using M = std::remove_cvref_t<decltype(std::declval<T>().*D.pointer)>;
                all = all && may_be_absent<M>::value;
            });
        return all;
    }
}

template <class T>
void merge_parts(T& into, const T& from);

/// `from` into `into` when it gives something: part by part for a group of optional parts,
/// whole otherwise.
template <class T>
void merge_value(T& into, const T& from) {
    if constexpr (is_optional<T>::value) {
        if constexpr (merged_by_part<typename T::value_type>()) {
            if (from && into) {
                merge_parts(*into, *from);
                return;
            }
        }
    }
    if (gives(from)) into = from;
}

/// A canonical value and the provider's text that decided it (status and status_raw, ...) go
/// together: both come from the supplement when it gives either.
template <class V>
void merge_decided(V& value, std::optional<std::string_view>& raw, const V& from_value,
                   const std::optional<std::string_view>& from_raw) {
    if (!gives(from_value) && !from_raw) return;
    value = from_value;
    raw = from_raw;
}

template <class T>
void merge_parts(T& into, const T& from) {
    boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>(
        [&](auto D) { merge_value(into.*D.pointer, from.*D.pointer); });
}

inline parse_error supplement_error(std::string message) {
    parse_error e;
    e.code = error_code::invalid_value;
    e.message = std::move(message);
    return e;
}

/// The names of a provider's supplements, for messages: "corrected, aligned".
inline std::string supplement_names(const provider_entry& p) {
    std::string names;
    for (const supplement_entry& s : p.supplements) {
        if (!names.empty()) names += ", ";
        names += s.name;
    }
    return names;
}

/// The supplement of `p` named `name`, or ("auto") the one whose detect keys are all at the
/// top level of `payload` (the payload is validated completely on the way).
inline result<const supplement_entry*> choose_supplement(const provider_entry& p,
                                                         std::string_view payload,
                                                         std::string_view name,
                                                         const parse_options& options) {
    const std::string provider(p.name);
    if (p.supplements.empty())
        return supplement_error(provider + " has no supplements (spec supplements:)");
    if (name != "auto") {
        for (const supplement_entry& s : p.supplements) {
            if (s.name == name) return &s;
        }
        return supplement_error("unknown supplement '" + std::string(name) + "' of " + provider +
                                " (it has: " + supplement_names(p) + ")");
    }
    signature_match<supplement_entry, 64> match(p.supplements);
    if (result<void> read = see_top_level_keys(payload, match, options); !read) return read.error();
    const auto found = match.choose();
    if (found.best == nullptr) {
        return supplement_error(
            "no supplement of " + provider +
            " has this payload's top-level keys (it has: " + supplement_names(p) + ")");
    }
    if (found.tie != nullptr) {
        return supplement_error("the payload's top-level keys fit " + provider + "'s supplements " +
                                std::string(found.best->name) + " and " +
                                std::string(found.tie->name) + "; name the supplement");
    }
    return found.best;
}

/// The call's warnings, then the supplement's, each prefixed "<supplement> supplement: ";
/// false when the arena is full.
inline bool append_warnings(call& c, const call& part, std::string_view supplement, arena& memory) {
    if (part.warnings.empty()) return true;
    const std::size_t count = c.warnings.size() + part.warnings.size();
    auto* all = memory.allocate_array<std::string_view>(count);
    if (all == nullptr) return false;
    std::size_t n = 0;
    for (const std::string_view w : c.warnings) all[n++] = w;
    constexpr std::string_view tag = " supplement: ";
    for (const std::string_view w : part.warnings) {
        const std::size_t size = supplement.size() + tag.size() + w.size();
        auto* text = static_cast<char*>(memory.allocate(size, 1));
        if (text == nullptr) return false;
        std::memcpy(text, supplement.data(), supplement.size());
        std::memcpy(text + supplement.size(), tag.data(), tag.size());
        std::memcpy(text + supplement.size() + tag.size(), w.data(), w.size());
        all[n++] = {text, size};
    }
    c.warnings = {all, count};
    return true;
}

}  // namespace detail

/// Reads `payload`, a supplement of the call's provider (`supplement` names it; "auto": told
/// apart by its top-level keys), and merges the canonical fields it gives into `c`: each one
/// it gives (present, not empty) replaces the call's, except that a group of optional parts
/// (the transcript, the error) is merged part by part, so corrected turns keep the call's
/// transcript text, and that a decided value and its provider text (status and status_raw,
/// end_reason, answered_by) are replaced together. The supplement's warnings are added,
/// prefixed with its name. When the supplement names a call id, it must be the call's. On an
/// error the call is unchanged.
/// LIFETIME: the call then also holds views into `payload` and `memory`.
inline result<void> apply_supplement(call& c, std::string_view payload, arena& memory,
                                     std::span<const provider_entry> providers,
                                     std::string_view supplement = "auto",
                                     const parse_options& options = {}) {
    const provider_entry* p = find_provider(providers, c.provider);
    if (p == nullptr) {
        return detail::supplement_error("the call's provider '" + std::string(c.provider) +
                                        "' is not in the registry");
    }
    result<const supplement_entry*> chosen =
        detail::choose_supplement(*p, payload, supplement, options);
    if (!chosen) return chosen.error();
    const supplement_entry& s = **chosen;
    result<call> part = s.normalize(payload, memory, options);
    if (!part) return part.error();
    if (!part->id.empty() && part->id != c.id) {
        return detail::supplement_error("the " + std::string(s.name) + " supplement is of call '" +
                                        std::string(part->id) + "', not of call '" +
                                        std::string(c.id) + "'");
    }
    call merged = c;
    if (!detail::append_warnings(merged, *part, s.name, memory)) {
        parse_error e;
        e.code = error_code::arena_limit_exceeded;
        e.message = "arena memory limit exceeded while merging a supplement";
        return e;
    }
    const call& from = *part;
    detail::merge_decided(merged.status, merged.status_raw, from.status, from.status_raw);
    detail::merge_decided(merged.end_reason, merged.end_reason_raw, from.end_reason,
                          from.end_reason_raw);
    detail::merge_decided(merged.answered_by, merged.answered_by_raw, from.answered_by,
                          from.answered_by_raw);
    boost::mp11::mp_for_each<boost::describe::describe_members<call, boost::describe::mod_public>>(
        [&](auto D) {
            // where the call came from stays the call's: its provider, id, source and warnings;
            // the decided values and their provider text are merged in pairs above
            using member_type = std::remove_cvref_t<decltype(merged.*D.pointer)>;
            if constexpr (!std::is_same_v<member_type, ::callmap::source>) {
                const std::string_view member = D.name;
                if (member == "provider" || member == "id" || member == "warnings" ||
                    member.starts_with("status") || member.starts_with("end_reason") ||
                    member.starts_with("answered_by"))
                    return;
                detail::merge_value(merged.*D.pointer, from.*D.pointer);
            }
        });
    c = merged;
    return {};
}

// The call would point into a string destroyed at the end of the full expression.
template <class String>
requires std::same_as<String, std::string> result<void>
apply_supplement(call& c, String&& payload, arena& memory,
                 std::span<const provider_entry> providers, std::string_view supplement = "auto",
                 const parse_options& options = {})
= delete;

}  // namespace callmap
