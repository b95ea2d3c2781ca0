// Drift: how a corpus of real payloads differs from a provider's spec — keys the spec does not
// know (by JSON path, arrays as [*]), values of another JSON type than declared, and strings
// outside an enum's list. It is how users notice that a provider changed its API.
// The generated provider headers describe their wire types as the shapes below.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>

#include "callmap/arena.hpp"
#include "callmap/drift_shape.hpp"
#include "callmap/error.hpp"
#include "callmap/json/reader.hpp"
#include "callmap/json/wire_values.hpp"

namespace callmap::drift {

/// What a corpus showed; keys are JSON paths like $.data.transcript_object[*].confidence.
struct report {
    std::size_t payloads = 0;
    std::size_t invalid = 0;  ///< not JSON at all (not inspected further)
    std::map<std::string, std::size_t> unknown_fields;
    std::map<std::string, std::size_t> type_mismatches;      ///< "path: expected X, found Y"
    std::map<std::string, std::size_t> unknown_enum_values;  ///< "path = value"
};

namespace detail {

inline std::uint8_t kind_at(char c) noexcept {
    switch (c) {
        case '"': return kind_string;
        case '{': return kind_object;
        case '[': return kind_array;
        case 't':
        case 'f': return kind_boolean;
        case 'n': return 0;  // null
        default: return kind_number;
    }
}

inline std::string kind_names(std::uint8_t kinds) {
    if (kinds == kind_any) return "any value";
    std::string out;
    const std::pair<std::uint8_t, const char*> names[] = {{kind_string, "string"},
                                                          {kind_number, "number"},
                                                          {kind_boolean, "boolean"},
                                                          {kind_object, "object"},
                                                          {kind_array, "array"}};
    for (const auto& [bit, name] : names) {
        if ((kinds & bit) != 0) out += (out.empty() ? "" : " or ") + std::string(name);
    }
    return out;
}

class inspector {
public:
    inspector(json::reader& r, std::span<const object_shape> shapes, report& out)
        : r_(r), shapes_(shapes), out_(out) {}

    bool object(int index) {
        const object_shape& shape = shapes_[static_cast<std::size_t>(index)];
        bool more = false;
        if (!r_.object_start(more)) return false;
        while (more) {
            std::string_view key;
            if (!r_.object_key(key)) return false;
            const std::size_t mark = path_.size();
            json::detail::append_path_key(path_, key);
            const field_shape* field = nullptr;
            for (const auto& f : shape.fields) {
                if (f.key == key) field = &f;
            }
            bool ok = true;
            if (field == nullptr) {
                ++out_.unknown_fields[path_];
                ok = r_.skip_value();
            } else {
                ok = value(*field, field->array_depth, field->is_map);
            }
            path_.resize(mark);
            if (!ok || !r_.object_next(more)) return false;
        }
        return true;
    }

private:
    bool value(const field_shape& f, std::uint8_t depth, bool map) {
        const char c = r_.peek();
        const std::uint8_t found = kind_at(c);
        if (found == 0 && f.nullable && depth == f.array_depth && map == f.is_map)
            return r_.skip_value();
        const std::uint8_t expected = depth > 0 ? std::uint8_t{kind_array}
                                      : map     ? std::uint8_t{kind_object}
                                                : f.kinds;
        if ((found & expected) == 0) {
            ++out_.type_mismatches[path_ + ": expected " + kind_names(expected) + ", found " +
                                   (found == 0 ? std::string("null") : kind_names(found))];
            return r_.skip_value();
        }
        if (depth > 0) return elements(f, depth);
        if (map) return members(f);
        if (f.object >= 0 && found == kind_object) return object(f.object);
        if (!f.enum_values.empty() && found == kind_string) return enum_value(f);
        return r_.skip_value();
    }

    bool elements(const field_shape& f, std::uint8_t depth) {
        bool more = false;
        if (!r_.array_start(more)) return false;
        const std::size_t mark = path_.size();
        path_ += "[*]";
        while (more) {
            if (!value(f, static_cast<std::uint8_t>(depth - 1), f.is_map) || !r_.array_next(more))
                return false;
        }
        path_.resize(mark);
        return true;
    }

    bool members(const field_shape& f) {
        bool more = false;
        if (!r_.object_start(more)) return false;
        const std::size_t mark = path_.size();
        path_ += "[*]";
        while (more) {
            std::string_view key;
            if (!r_.object_key(key) || !value(f, 0, false) || !r_.object_next(more)) return false;
        }
        path_.resize(mark);
        return true;
    }

    bool enum_value(const field_shape& f) {
        std::string_view text;
        if (!r_.read_string(text)) return false;
        for (const auto& known : f.enum_values) {
            if (f.case_insensitive ? json::detail::equal_ignoring_ascii_case(known, text)
                                   : known == text)
                return true;
        }
        ++out_.unknown_enum_values[path_ + " = " + std::string(text)];
        return true;
    }

    json::reader& r_;
    std::span<const object_shape> shapes_;
    report& out_;
    std::string path_ = "$";
};

}  // namespace detail

/// Adds what `payload` shows to `out`, against the shapes of one provider (root at `root`).
/// Returns the payload's JSON error, if it is not valid JSON.
inline result<void> inspect(std::string_view payload, std::span<const object_shape> shapes,
                            int root, report& out, const parse_options& options = {}) {
    arena memory(std::size_t{1} << 24);
    json::reader r(payload, memory, options);
    ++out.payloads;
    detail::inspector walk(r, shapes, out);
    if (r.document_start() && walk.object(root) && r.document_end()) return {};
    ++out.invalid;
    return r.make_error();
}

}  // namespace callmap::drift
