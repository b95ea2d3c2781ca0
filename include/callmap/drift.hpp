// Drift: how a corpus of real payloads differs from a provider's spec — keys the spec does not
// know (by JSON path, arrays as [*]), values of another JSON type than declared, and strings
// outside an enum's list. It is how users notice that a provider changed its API; spec_lines()
// writes the spec lines that would absorb it (new optional keys with the type their values
// had, enums with the new values). The generated provider headers describe their wire types
// as the shapes below.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "callmap/arena.hpp"
#include "callmap/drift_shape.hpp"
#include "callmap/error.hpp"
#include "callmap/json/reader.hpp"
#include "callmap/json/wire_values.hpp"

namespace callmap::drift {

/// What a corpus showed; keys are JSON paths like $.data.transcript_object[*].confidence.
/// What the values of a key the spec does not know were, over the corpus.
struct unknown_key {
    std::uint8_t kinds = 0;  ///< the JSON types seen (kind_* bits; null is not one)
    bool null_seen = false;
    bool fraction_seen = false;  ///< a number with a fraction or an exponent
};

/// An open enum's list, and the values outside it that the corpus had (first seen first).
struct enum_growth {
    std::span<const std::string_view> known;
    bool case_insensitive = false;
    bool nullable = false;
    std::vector<std::string> found;
};

struct report {
    std::size_t payloads = 0;
    std::size_t invalid = 0;  ///< not JSON at all (not inspected further)
    std::map<std::string, std::size_t> unknown_fields;
    std::map<std::string, std::size_t> type_mismatches;      ///< "path: expected X, found Y"
    std::map<std::string, std::size_t> unknown_enum_values;  ///< "path = value"
    /// The same findings by spec type and key, for spec_lines(): (type, key) -> what was seen.
    std::map<std::pair<std::string, std::string>, unknown_key> unknown_keys;
    std::map<std::pair<std::string, std::string>, enum_growth> enum_growths;
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
        const std::string_view outer = type_;
        type_ = shape.name;
        const bool read = members_of(shape);
        type_ = outer;
        return read;
    }

private:
    bool members_of(const object_shape& shape) {
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
                ok = unknown_value(out_.unknown_keys[{std::string(type_), std::string(key)}]);
            } else {
                ok = value(*field, field->array_depth, field->is_map);
            }
            path_.resize(mark);
            if (!ok || !r_.object_next(more)) return false;
        }
        return true;
    }

    bool unknown_value(unknown_key& seen) {
        const std::uint8_t kind = kind_at(r_.peek());
        seen.null_seen = seen.null_seen || kind == 0;
        seen.kinds = static_cast<std::uint8_t>(seen.kinds | kind);
        if (kind != kind_number) return r_.skip_value();
        std::string_view text;
        if (!r_.read_number_text(text)) return false;
        seen.fraction_seen = seen.fraction_seen || text.find_first_of(".eE") != text.npos;
        return true;
    }

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
        if (f.object >= 0 && found == kind_array) {  // `x | x[]`: a list of such objects
            field_shape element = f;
            element.kinds = kind_object;
            element.nullable = false;
            element.enum_values = {};
            return elements(element, 1);
        }
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
        enum_growth& growth = out_.enum_growths[{std::string(type_), std::string(f.key)}];
        growth.known = f.enum_values;
        growth.case_insensitive = f.case_insensitive;
        growth.nullable = f.nullable;
        if (std::find(growth.found.begin(), growth.found.end(), text) == growth.found.end())
            growth.found.emplace_back(text);
        return true;
    }

    json::reader& r_;
    std::span<const object_shape> shapes_;
    report& out_;
    std::string path_ = "$";
    std::string_view type_;  // the spec type of the object being read
};

}  // namespace detail

/// A key or value as a spec's YAML writes it: plain when it is a simple word that YAML does not
/// read as a boolean or null (in any case: `True`, `NO`), double-quoted otherwise, with `"`, `\\`
/// and control characters escaped. (callmap drift's spec lines and callmap-gen infer's drafts.)
inline std::string yaml_text(std::string_view s) {
    const auto is_letter = [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    };
    const auto is_word_char = [&](char c) {
        return is_letter(c) || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
    };
    std::string folded(s);
    for (char& c : folded) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    constexpr std::string_view special[] = {"y",   "n",    "yes",   "no",  "on",
                                            "off", "true", "false", "null"};
    const bool plain =
        !s.empty() && is_letter(s[0]) && std::all_of(s.begin(), s.end(), is_word_char) &&
        std::find(std::begin(special), std::end(special), folded) == std::end(special);
    if (plain) return std::string(s);
    std::string out = "\"";
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            constexpr const char* hex = "0123456789abcdef";
            out += "\\x";
            out += hex[u >> 4];
            out += hex[u & 0xF];
        } else {
            out += c;
        }
    }
    out += '"';
    return out;
}

namespace detail {

/// The spec type of a key's values: one JSON type gives its spec type, several give raw.
inline std::string spec_type(const unknown_key& seen) {
    switch (seen.kinds) {
        case kind_string: return "string?";
        case kind_number: return seen.fraction_seen ? "number?" : "int?";
        case kind_boolean: return "bool?";
        case kind_object: return "map<raw>?";
        case kind_array: return "raw[]?";
        default: return "raw?";
    }
}

}  // namespace detail

/// The spec lines that would absorb what `findings` holds, grouped by spec type and ready to
/// paste under `types:`: each new key as an optional field of the type its values had
/// (`map<raw>?` for objects: give them a type of their own if they matter), and each enum with
/// its new values (written inline; for a named enum type, copy the list). Empty when the
/// corpus had no new key or value.
inline std::string spec_lines(const report& findings) {
    // (appended piece by piece: `"..." + std::string&&` trips GCC 12's -Wrestrict at -O3)
    std::map<std::string, std::vector<std::string>> by_type;
    for (const auto& [where, seen] : findings.unknown_keys) {
        std::string line = yaml_text(where.second);
        line += ": ";
        line += detail::spec_type(seen);
        by_type[where.first].push_back(std::move(line));
    }
    for (const auto& [where, growth] : findings.enum_growths) {
        std::string line = yaml_text(where.second);
        line += ": {enum: [";
        bool first = true;
        const auto add = [&](std::string_view value) {
            if (!first) line += ", ";
            first = false;
            line += yaml_text(value);
        };
        for (const auto& v : growth.known) add(v);
        for (const auto& v : growth.found) add(v);
        line += ']';
        if (growth.case_insensitive) line += ", case: insensitive";
        if (growth.nullable) line += ", optional: true";
        line += '}';
        by_type[where.first].push_back(std::move(line));
    }
    std::string out;
    for (const auto& [type, lines] : by_type) {
        out += "  ";
        out += type;
        out += ":\n";
        for (const auto& line : lines) {
            out += "    ";
            out += line;
            out += '\n';
        }
    }
    return out;
}

/// Adds what `payload` shows to `out`, against the shapes of one provider (root at `root`).
/// Returns the payload's JSON error, if it is not valid JSON; an invalid payload adds nothing
/// but its count (it is validated whole before it is inspected).
inline result<void> inspect(std::string_view payload, std::span<const object_shape> shapes,
                            int root, report& out, const parse_options& options = {}) {
    arena memory(std::size_t{1} << 24);
    ++out.payloads;
    {
        json::reader check(payload, memory, options);
        if (!check.document_start() || !check.skip_value() || !check.document_end()) {
            ++out.invalid;
            return check.make_error();
        }
    }
    memory.reset();
    json::reader r(payload, memory, options);
    detail::inspector walk(r, shapes, out);
    if (r.document_start() && walk.object(root) && r.document_end()) return {};
    ++out.invalid;
    return r.make_error();
}

}  // namespace callmap::drift
