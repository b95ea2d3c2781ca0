// infer: a draft spec from sample payloads (`callmap-gen infer`). Each payload is read into one
// tree of observations (which JSON types each location held, how often it was there, which
// strings it held); the draft is written from that tree: the wire types, the detect keys, and
// a mapping of the fields it recognises by key and value, each marked for review.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model.hpp"

namespace callmap::gen::infer {

/// One JSON location over every sample: an object's key, an array's elements, a map's values.
struct observation {
    std::size_t present = 0;  ///< times the location held a value (null included)
    std::size_t nulls = 0;
    std::size_t strings = 0;
    std::size_t numeric_strings = 0;  ///< strings holding exactly a JSON number ("0.05")
    std::size_t integers = 0;
    std::size_t numbers = 0;  ///< numbers with a fraction or an exponent
    std::size_t booleans = 0;
    std::size_t objects = 0;
    std::size_t arrays = 0;
    std::vector<std::string> strings_seen;  ///< distinct strings, at most 24 (then `many_strings`)
    bool many_strings = false;
    std::vector<std::string> scalars_seen;  ///< the first few scalars' text (times, amounts)
    /// An object's members, in the order they were first seen.
    std::vector<std::pair<std::string, std::unique_ptr<observation>>> members;
    std::unique_ptr<observation> elements;  ///< an array's elements

    observation* member(const std::string& key);
    const observation* find(const std::string& key) const;
};

/// Adds every value of `json` (one payload, a JSON object) to `root`. On an error (not valid
/// JSON, not an object) `root` is unchanged and the result is the message, with its byte offset.
std::optional<std::string> add_sample(observation& root, std::string_view json);

struct draft_options {
    std::string provider = "draft";    ///< provider: (and the file name it must be saved as)
    std::string root = "call";         ///< the root type's name
    std::vector<std::string> sources;  ///< the sample files, named in the draft's header
    /// Required fields: by default only the detect keys, and a field that every sample had is
    /// optional with the comment `# in every sample` (a payload without it is still read);
    /// strict makes every such field required.
    bool strict = false;
};

/// The draft spec (YAML) for the payloads added to `root`.
std::string draft(const observation& root, const draft_options& options);

/// How a draft's wire types agree with a hand-written spec of the same provider, field by
/// field: every field of the written spec reachable from its root, matched by JSON key (or
/// alias) along the same path.
struct agreement {
    std::size_t fields = 0;      ///< the written spec's fields
    std::size_t in_samples = 0;  ///< of those, the ones the draft has (the samples held them)
    std::size_t same_type = 0;   ///< same wire type (objects and enums by kind, not by name)
    std::size_t same_optional = 0;
    std::size_t same_both = 0;
    std::vector<std::string> differences;  ///< "$.data.status: string? written, status? drafted"
};

agreement compare(const model::provider& written, const model::provider& drafted);

}  // namespace callmap::gen::infer
