// A provider's form-encoded shape (a spec shape with `input: form`, e.g. Twilio's status
// callback): the form keys that fill members of the provider's root type (form_layout), the
// text of a value read as a member's type (form::read_value), and read_form, which reads a body
// into the root type and maps it with the provider's to_call, like any other shape.
//
// A form has no types and no null: a member that is a number reads its value as a JSON number
// ("15", "-0.05"), a bool as true or false; an empty value leaves an optional member absent.
//
// LIFETIME: the page's call holds views into the body and the arena.
#pragma once

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>

#include "callmap/arena.hpp"
#include "callmap/call.hpp"
#include "callmap/error.hpp"
#include "callmap/form/reader.hpp"
#include "callmap/json/detail/top_level_keys.hpp"
#include "callmap/json/reader.hpp"
#include "callmap/json/value_parser.hpp"
#include "callmap/json/wire_values.hpp"
#include "callmap/options.hpp"
#include "callmap/shapes.hpp"
#include "callmap/types.hpp"

namespace callmap {
namespace form {

/// Whether a form value fits its member: ok, or the error and what the member takes.
struct value_status {
    error_code code = error_code::ok;
    std::string_view expected;  ///< e.g. "a number", for the message
};

inline value_status read_value(std::string_view text, std::string_view& out, arena&,
                               const parse_options&) {
    out = text;
    return {};
}

/// A JSON number's text: a decimal keeps it as it is.
inline value_status read_value(std::string_view text, decimal& out, arena&, const parse_options&) {
    if (!json::detail::is_json_number(text)) return {error_code::type_mismatch, "a number"};
    out = decimal{text, true};
    return {};
}

/// Integers, floating point and bool: the text as a JSON number or true / false.
template <class T>
requires std::is_arithmetic_v<T> value_status read_value(std::string_view text, T& out,
                                                         arena& memory,
                                                         const parse_options& options) {
    constexpr std::string_view expected = std::same_as<T, bool> ? "true or false" : "a number";
    const bool starts_right =
        !text.empty() &&
        (std::same_as<T, bool> ? (text.front() == 't' || text.front() == 'f')
                               : (text.front() == '-' || json::detail::is_digit(text.front())));
    if (!starts_right || json::detail::is_json_whitespace(text.back()))
        return {error_code::type_mismatch, expected};
    json::reader r(text, memory, options);
    if (r.document_start() && json::value_parser<T>::parse(r, out) && r.document_end()) return {};
    return {r.error() == error_code::ok ? error_code::type_mismatch : r.error(), expected};
}

/// A spec enum: the value's spelling, or an unknown value kept as raw.
template <class E>
value_status read_value(std::string_view text, open_enum<E>& out, arena&, const parse_options&) {
    json::detail::set_open_enum(text, out);
    return {};
}

/// An optional member: an empty value leaves it absent (a form's way of saying nothing).
template <class T>
value_status read_value(std::string_view text, std::optional<T>& out, arena& memory,
                        const parse_options& options) {
    if (text.empty()) {
        out.reset();
        return {};
    }
    return read_value(text, out.emplace(), memory, options);
}

/// The reader of one member, for a form_field: `&form::fill<call, &call::sid>`.
template <class Root, auto Member>
value_status fill(Root& out, std::string_view text, arena& memory, const parse_options& options) {
    return read_value(text, out.*Member, memory, options);
}

}  // namespace form

/// A form key and the member of the provider's root type it fills.
template <class Root>
struct form_field {
    std::string_view key;   ///< as it is in the body, decoded, e.g. "CallDuration"
    bool required = false;  ///< the member is not optional: a body without the key is refused
    form::value_status (*read)(Root& out, std::string_view text, arena& memory,
                               const parse_options& options);
};

/// What callmap-gen writes for a form-encoded shape of a spec's shapes:.
template <class Root>
struct form_layout {
    payload_shape kind = payload_shape::callback;
    std::span<const form_field<Root>> fields;  ///< at most 64
    std::string_view event;                    ///< the key whose value names the event, or empty
    std::span<const event_status> statuses;    ///< the status an event sets
};

namespace detail {

/// read_form's work: the pairs of the body into a Root, every error with its key's path.
template <class Root>
class form_fill {
public:
    form_fill(std::string_view body, arena& memory, const parse_options& options,
              const form_layout<Root>& layout) noexcept
        : r_(body, memory, options), memory_(memory), options_(options), layout_(layout),
          body_size_(body.size()) {}

    /// Reads the body into `out`; the event's value, when the body has it, into event().
    result<void> read(Root& out) {
        form::pair p;
        while (r_.next(p)) {
            if (!layout_.event.empty() && p.key == layout_.event && !take_event(p)) break;
            if (!take(p, out)) break;
        }
        if (r_.failed()) return with_path(r_.make_error());
        for (std::size_t i = 0; i < layout_.fields.size(); ++i) {
            if (!layout_.fields[i].required || (seen_ & (std::uint64_t{1} << i)) != 0) continue;
            parse_error e;
            e.code = error_code::missing_field;
            e.message = "missing required field '" + std::string(layout_.fields[i].key) + "'";
            e.offset = body_size_;  // where the key could still have been
            e.line = 1;
            e.column = body_size_ + 1;
            e.path.push_back('$');
            return e;
        }
        return {};
    }

    std::optional<std::string_view> event() const noexcept { return event_; }

private:
    bool take_event(const form::pair& p) {
        if (event_ && options_.duplicate_keys == duplicate_key_policy::error && !event_is_field())
            return duplicate(p);
        event_ = p.value;
        return true;
    }

    bool event_is_field() const noexcept {
        for (const auto& f : layout_.fields) {
            if (f.key == layout_.event) return true;
        }
        return false;
    }

    bool take(const form::pair& p, Root& out) {
        std::size_t i = 0;
        while (i < layout_.fields.size() && layout_.fields[i].key != p.key) ++i;
        if (i == layout_.fields.size()) {
            if (p.key == layout_.event || options_.unknown_keys == unknown_key_policy::skip)
                return true;
            key_ = p.key;
            return r_.fail(error_code::unknown_key, p.key_offset,
                           "unknown key '" + std::string(p.key) + "'");
        }
        const std::uint64_t bit = std::uint64_t{1} << i;
        if ((seen_ & bit) != 0 && options_.duplicate_keys == duplicate_key_policy::error)
            return duplicate(p);
        seen_ |= bit;
        const form::value_status status = layout_.fields[i].read(out, p.value, memory_, options_);
        if (status.code == error_code::ok) return true;
        key_ = p.key;
        std::string message = "expected ";
        message += status.expected;
        message += ", found '";
        message += p.value;
        message += '\'';
        return r_.fail(status.code, p.value_offset, std::move(message));
    }

    bool duplicate(const form::pair& p) {
        key_ = p.key;
        return r_.fail(error_code::duplicate_key, p.key_offset,
                       "duplicate key '" + std::string(p.key) + "'");
    }

    parse_error with_path(parse_error e) const {
        if (!key_.empty()) {  // the reader's path is "$"
            e.path += '.';
            e.path += key_;
        }
        return e;
    }

    form::reader r_;
    arena& memory_;
    const parse_options& options_;
    const form_layout<Root>& layout_;
    std::size_t body_size_;
    std::uint64_t seen_ = 0;
    std::optional<std::string_view> event_;
    std::string_view key_;  // the key of the pair that failed, for the error's path
};

}  // namespace detail

/// Reads a form-encoded body of the shape `layout` describes into Root and maps it with
/// ToCall: a page of one call whose source is the shape and the event.
/// LIFETIME: the page holds views into `body` and `memory`.
template <class Root, result<call> (*ToCall)(const Root&, arena&)>
result<page> read_form(std::string_view body, arena& memory, const parse_options& options,
                       const form_layout<Root>& layout) {
    Root root{};
    detail::form_fill<Root> fill(body, memory, options, layout);
    if (result<void> read = fill.read(root); !read) return read.error();
    result<call> mapped = ToCall(root, memory);
    if (!mapped) return mapped.error();
    call* stored = memory.allocate_array<call>(1);
    if (stored == nullptr) return detail::page_arena_full();
    *stored = std::move(*mapped);
    detail::set_source(*stored, layout.kind, fill.event(), layout.statuses);
    page out;
    out.shape = layout.kind;
    out.calls = {stored, 1};
    return out;
}

}  // namespace callmap
