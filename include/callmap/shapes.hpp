// Payload shapes: how a payload holds its call(s) when it is not only the provider's "get one
// call" answer: a list page (an array of calls, bare or inside an envelope, with the cursor of
// the next page) or a webhook (an envelope around one call object, naming the event, which may
// decide the status). A spec's `shapes:` become shape_layouts of key paths; read_shape walks a
// payload along them in one pass, parses each call object as the provider's root type, maps it
// with the provider's to_call, and returns the calls as a page.
//
// LIFETIME: a page's calls, cursor and event hold views into the payload and the arena.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include <boost/describe/enum.hpp>

#include "callmap/arena.hpp"
#include "callmap/call.hpp"
#include "callmap/error.hpp"
#include "callmap/json/error_location.hpp"
#include "callmap/json/reader.hpp"
#include "callmap/json/value_parser.hpp"
#include "callmap/mapping.hpp"
#include "callmap/options.hpp"

namespace callmap {

/// The calls of one payload, in payload order: one for a get answer or a webhook, any number
/// (zero too) for a list page.
struct page {
    payload_shape shape = payload_shape::get;
    std::span<const call> calls;             ///< in the arena
    std::optional<std::string_view> cursor;  ///< the next page's, when the payload gives one
    /// The calls left out, each with its own error and path ($.calls[17].status): only with
    /// parse_options::skip_invalid_calls; otherwise the first one is the page's error.
    std::vector<parse_error> skipped;
};

/// JSON object keys from the top of a payload, e.g. {"_embedded", "calls"}; empty: the
/// payload itself.
using key_path = std::span<const std::string_view>;

/// A webhook event that decides the call's status, whatever the call object says.
struct event_status {
    std::string_view event;
    call_status status;
};

/// Where a shape keeps its calls (what callmap-gen writes for an entry of a spec's shapes:).
struct shape_layout {
    payload_shape kind = payload_shape::get;
    bool many = false;                       ///< `calls` is an array of call objects
    key_path calls;                          ///< the call object, or the array of them
    key_path cursor;                         ///< the next page's cursor: a string, or null
    key_path event;                          ///< the event's name: a string
    std::span<const event_status> statuses;  ///< the status an event sets
    /// A webhook's object whose keys (envelope_field) fill fields of its call; empty: the
    /// payload itself when read_shape is given envelope fields (keys beside the call), else none.
    key_path envelope;
};

/// A key of a webhook's envelope object that fills a field of the call, newer than the call
/// object's own (a JSON shape's `fields:`): Vapi's server messages send the call's endedReason,
/// artifact, status, ... beside the call object.
template <class Root>
struct envelope_field {
    std::string_view key;
    bool (*read)(json::reader& r, Root& out);  ///< parses the value into its member of `out`
    void (*take)(Root& from, Root& to);        ///< moves that member

    /// The field for `Member`, e.g. envelope_field<call>::fills<&call::ended_reason>("x").
    template <auto Member>
    static constexpr envelope_field fills(std::string_view key) noexcept {
        return {key, [](json::reader& r, Root& out) { return json::read_value(r, out.*Member); },
                [](Root& from, Root& to) {
                    to.*Member = std::move(from.*Member);
                }};
    }
};

/// What the value of a shape's detect key must be for a payload to be of that shape. A key on
/// the way to the call, the envelope or the calls holds an object (or the array of calls): an
/// error body `{"message": "not found"}` is no webhook whose call is at `message.call`.
enum class detect_value : std::uint8_t {
    any,
    object,
    array
};
BOOST_DESCRIBE_ENUM(detect_value, any, object, array)

/// Whether a value whose first byte is `first` (JSON: '{', '[', '"', ...) is what `wanted`
/// says.
constexpr bool detect_value_fits(detect_value wanted, char first) noexcept {
    switch (wanted) {
        case detect_value::any: return true;
        case detect_value::object: return first == '{';
        case detect_value::array: return first == '[';
    }
    return true;
}

/// One shape of a provider in a registry (provider_entry::payload_shapes): how it is detected
/// and read.
struct shape_entry {
    std::string_view name;  ///< "get", or the spec's name for the shape ("list", "call_ended")
    payload_shape kind = payload_shape::get;
    /// The top-level keys every payload of this shape has; for a bare array of calls, the keys
    /// its first call has.
    std::span<const std::string_view> detect_keys;
    bool array_root = false;  ///< the payload is a bare array of calls
    result<page> (*read)(std::string_view payload, arena& memory, const parse_options& options);
    /// The payload is a form-encoded body (callmap/form/read_form.hpp), detected by its keys.
    bool form = false;
    /// What each detect key's value must be, in detect_keys' order (fewer: the rest any).
    std::span<const detect_value> detect_values = {};
};

namespace detail {

/// The error of a page whose calls do not fit in the arena.
inline parse_error page_arena_full() {
    parse_error e;
    e.code = error_code::arena_limit_exceeded;
    e.message = "arena memory limit exceeded while reading the calls of a page";
    return e;
}

/// A record's source (the shape that read it, the event) and the status the event sets
/// (status_after_event: forward from the call object's, never back from a final one).
inline void set_source(call& c, payload_shape kind, std::optional<std::string_view> event,
                       std::span<const event_status> statuses) noexcept {
    c.source.shape = kind;
    c.source.event = event;
    if (!event) return;
    for (const event_status& s : statuses) {
        if (s.event == *event) c.status = status_after_event(c.status, s.status, c.end_reason);
    }
}

/// read_shape's walk: one pass over the payload, following the layout's key paths; every
/// other value is skipped (and validated).
template <class Root, result<call> (*ToCall)(const Root&, arena&)>
class shape_walk {
public:
    shape_walk(std::string_view payload, arena& memory, const parse_options& options,
               const shape_layout& layout, std::span<const envelope_field<Root>> fields) noexcept
        : payload_(payload), memory_(&memory), options_(options), layout_(layout), fields_(fields) {
    }

    result<page> read() {
        const std::size_t scratch_base = memory_->scratch_top();
        mark_ = memory_->scratch_mark(alignof(call));
        json::reader reader(payload_, *memory_, options_);
        json::reader again(payload_, *memory_, options_);
        r_ = &reader;
        bool read_all = reader.document_start();
        if (read_all && layout_.calls.empty()) {
            read_all = read_calls_here() && reader.document_end();
            if (read_all && wants_more()) {  // the event's and cursor's paths, inside the call
                r_ = &again;
                read_all = again.document_start() && walk_document(cursor_target);
            }
        } else if (read_all) {
            read_all = walk_document(calls_target) && map_pending();
        }
        if (!read_all) {
            memory_->scratch_release(scratch_base);
            return error_ ? std::move(*error_) : r_->make_error();
        }
        const std::size_t count = (memory_->scratch_top() - mark_) / sizeof(call);
        if (!layout_.many && count == 0 && skipped_.empty()) {
            memory_->scratch_release(scratch_base);
            return no_call();
        }
        call* calls = count == 0 ? nullptr : memory_->allocate_array<call>(count);
        if (count != 0 && calls != nullptr)
            std::memcpy(static_cast<void*>(calls), memory_->scratch_at(mark_),
                        count * sizeof(call));
        memory_->scratch_release(scratch_base);
        if (count != 0 && calls == nullptr) return page_arena_full();
        page out;
        out.shape = layout_.kind;
        out.cursor = cursor_;
        out.skipped = std::move(skipped_);
        for (std::size_t i = 0; i < count; ++i)
            set_source(calls[i], layout_.kind, event_, layout_.statuses);
        out.calls = {calls, count};
        return out;
    }

private:
    enum target : unsigned {
        calls_target,
        cursor_target,
        event_target,
        target_count
    };

    key_path path(unsigned t) const noexcept {
        switch (t) {
            case calls_target: return layout_.calls;
            case cursor_target: return layout_.cursor;
            default: return layout_.event;
        }
    }

    bool wants_more() const noexcept { return !layout_.cursor.empty() || !layout_.event.empty(); }

    /// Walks the document's root along the paths of the targets from `first` on.
    bool walk_document(unsigned first) {
        unsigned live = 0;
        for (unsigned t = first; t < target_count; ++t) {
            if (!path(t).empty()) live |= 1u << t;
        }
        if (r_->peek() != '{') return r_->fail_type("object");
        const bool fills = first == calls_target && !fields_.empty();
        const bool root_is_envelope = fills && layout_.envelope.empty();
        return walk_object(0, live, fills && !root_is_envelope, root_is_envelope) &&
               r_->document_end();
    }

    /// The members of an object at `level` of the paths in `live` (a bit per target);
    /// `on_envelope`: the object is on the way to the envelope, `is_envelope`: it is it.
    bool walk_object(std::size_t level, unsigned live, bool on_envelope, bool is_envelope) {
        bool more = false;
        if (!r_->object_start(more)) return false;
        while (more) {
            std::string_view key;
            if (!r_->object_key(key)) return false;
            if (is_envelope) {
                if (const int f = envelope_field_index(key); f >= 0) {
                    if (!read_envelope_field(static_cast<unsigned>(f)) || !r_->object_next(more))
                        return false;
                    continue;
                }
            }
            const bool envelope_next = on_envelope && layout_.envelope[level] == key;
            const bool envelope_here = envelope_next && level + 1 == layout_.envelope.size();
            unsigned deeper = 0;
            int ends_here = -1;
            for (unsigned t = 0; t < target_count; ++t) {
                if ((live & (1u << t)) == 0 || path(t)[level] != key) continue;
                if (path(t).size() == level + 1)
                    ends_here = static_cast<int>(t);
                else
                    deeper |= 1u << t;
            }
            bool read = true;
            if (ends_here >= 0) {
                read = read_target(static_cast<unsigned>(ends_here));
            } else if ((deeper != 0 || envelope_next) && r_->peek() == '{') {
                read =
                    walk_object(level + 1, deeper, envelope_next && !envelope_here, envelope_here);
            } else if ((deeper & (1u << calls_target)) != 0 && r_->peek() != 'n') {
                return r_->fail_type("object");  // the way to the call is no object (nor null)
            } else {
                read = r_->skip_value();  // not on a path, or a path through a non-object: absent
            }
            if (!read || !r_->object_next(more)) return false;
        }
        return true;
    }

    bool read_target(unsigned t) {
        if (seen_[t]) {
            if (r_->options().duplicate_keys == duplicate_key_policy::error) {
                std::string_view key = path(t).back();
                return r_->fail(error_code::duplicate_key, r_->key_position(), key);
            }
            if (t == calls_target) {  // last wins: the earlier calls are dropped
                memory_->scratch_release(mark_);
                skipped_.clear();
            }
        }
        seen_[t] = true;
        switch (t) {
            case calls_target: return read_calls_here();
            case cursor_target: return read_optional_text(cursor_);
            default: return read_optional_text(event_);
        }
    }

    int envelope_field_index(std::string_view key) const noexcept {
        for (std::size_t i = 0; i < fields_.size(); ++i) {
            if (fields_[i].key == key) return static_cast<int>(i);
        }
        return -1;
    }

    /// An envelope key that fills a field of the call: into over_, applied after the walk.
    bool read_envelope_field(unsigned index) {
        const std::uint64_t bit = std::uint64_t{1} << index;
        if ((over_seen_ & bit) != 0 &&
            r_->options().duplicate_keys == duplicate_key_policy::error) {
            return r_->fail(error_code::duplicate_key, r_->key_position(), fields_[index].key);
        }
        over_seen_ |= bit;
        return fields_[index].read(*r_, over_);
    }

    /// With envelope fields, the call is mapped once the walk has read them all: they fill
    /// its fields, whatever the call object says.
    bool map_pending() {
        if (!pending_) return true;
        for (std::size_t i = 0; i < fields_.size(); ++i) {
            if ((over_seen_ & (std::uint64_t{1} << i)) != 0) fields_[i].take(over_, *pending_);
        }
        return map_and_push(*pending_, pending_start_);
    }

    bool read_optional_text(std::optional<std::string_view>& out) {
        if (r_->try_null()) {
            out.reset();
            return true;
        }
        std::string_view text;
        if (!r_->read_string(text)) return false;
        out = text;
        return true;
    }

    /// The call object, or the array of them, at the cursor.
    bool read_calls_here() {
        if (!layout_.many) return read_one_call();
        bool more = false;
        if (!r_->array_start(more)) return false;
        std::size_t index = 0;
        while (more) {
            if (index++ == r_->options().max_array_elements)
                return r_->fail(error_code::array_too_long, r_->position());
            if (!read_one_call() || !r_->array_next(more)) return false;
        }
        return true;
    }

    /// One call object: parsed, mapped and pushed on the scratch stack; or, with
    /// skip_invalid_calls, reported in skipped_ and passed over when it is valid JSON.
    bool read_one_call() {
        r_->skip_ws();
        const char* const start = r_->position();
        const std::uint32_t depth = r_->depth();
        const std::size_t top = memory_->scratch_top();
        Root root{};
        if (!json::value_parser<Root>::parse(*r_, root)) {
            memory_->scratch_release(top);
            if (!skippable(r_->error())) return false;
            parse_error e = r_->make_error();
            r_->rewind(start, depth);
            if (!r_->skip_value()) return false;  // not JSON after all: the page's error
            skipped_.push_back(std::move(e));
            return true;
        }
        if (!fields_.empty()) {  // mapped after the walk, with the envelope's fields
            pending_ = std::move(root);
            pending_start_ = start;
            return true;
        }
        return map_and_push(root, start);
    }

    /// Maps a parsed call and pushes it on the scratch stack; a provider error answer fails
    /// the page (with its position) or, with skip_invalid_calls, is reported in skipped_.
    bool map_and_push(const Root& root, const char* start) {
        const std::size_t top = memory_->scratch_top();
        result<call> mapped = ToCall(root, *memory_);
        if (mapped) return push(*mapped);
        memory_->scratch_release(top);
        parse_error e = std::move(mapped.error());  // the provider's error answer, in a page
        if (e.code == error_code::provider_error && !layout_.calls.empty()) {
            e.offset = static_cast<std::size_t>(start - payload_.data());
            json::source_location at = json::locate(payload_, e.offset);
            e.line = at.line;
            e.column = at.column;
            e.path = std::move(at.path);
        }
        if (!skippable(e.code)) {
            error_ = std::move(e);
            return false;
        }
        skipped_.push_back(std::move(e));
        return true;
    }

    /// With skip_invalid_calls, a call that is not of the provider's type (or is its error
    /// answer) is left out; limits, and JSON that is not well-formed, fail the page.
    bool skippable(error_code code) const noexcept {
        if (!options_.skip_invalid_calls) return false;
        switch (code) {
            case error_code::arena_limit_exceeded:
            case error_code::depth_limit_exceeded:
            case error_code::input_too_large: return false;
            default: return true;
        }
    }

    bool push(const call& c) {
        if (memory_->scratch_push(&c, sizeof(call))) return true;
        error_ = page_arena_full();
        return false;
    }

    /// A webhook whose payload has no call object where the shape says.
    parse_error no_call() const {
        parse_error e;
        e.code = error_code::missing_field;
        e.message = "no call object at $";
        for (const std::string_view key : layout_.calls) {
            e.message += '.';
            e.message += key;
        }
        return e;
    }

    std::string_view payload_;
    arena* memory_;
    const parse_options& options_;
    const shape_layout& layout_;
    json::reader* r_ = nullptr;  // the reader of the walk in progress
    std::size_t mark_ = 0;       // where the calls start on the scratch stack
    std::optional<std::string_view> cursor_;
    std::optional<std::string_view> event_;
    std::vector<parse_error> skipped_;
    std::optional<parse_error> error_;  // an error the reader does not hold (a mapping's)
    bool seen_[target_count] = {};
    std::span<const envelope_field<Root>> fields_;  // the envelope's keys that fill the call
    Root over_{};                                   // what they filled
    std::uint64_t over_seen_ = 0;                   // which of them the envelope had
    std::optional<Root> pending_;                   // the call, until the walk is over
    const char* pending_start_ = nullptr;
};

}  // namespace detail

/// Reads a payload of the shape `layout` describes: each call object parsed as Root and mapped
/// by ToCall; for a webhook with an envelope, after `envelope_fields` have filled its fields.
/// LIFETIME: the page holds views into `payload` and `memory`.
template <class Root, result<call> (*ToCall)(const Root&, arena&)>
result<page> read_shape(std::string_view payload, arena& memory, const parse_options& options,
                        const shape_layout& layout,
                        std::span<const envelope_field<Root>> envelope_fields = {}) {
    return detail::shape_walk<Root, ToCall>(payload, memory, options, layout, envelope_fields)
        .read();
}

}  // namespace callmap
