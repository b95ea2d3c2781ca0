// From payload bytes to the canonical record in one call, over a registry of providers:
// normalize(payload, memory, registry), detect(payload, registry), find_provider(registry,
// name); normalize_as<Root, to_call> for one known provider, and detect_provider for telling
// providers apart by the top-level keys of a payload. callmap/builtin.hpp adds the same calls
// without a registry argument, over the providers callmap ships (the generated
// callmap/providers/registry.hpp lists them).
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "callmap/arena.hpp"
#include "callmap/call.hpp"
#include "callmap/drift_shape.hpp"
#include "callmap/error.hpp"
#include "callmap/form/reader.hpp"
#include "callmap/json/detail/top_level_keys.hpp"
#include "callmap/json/reader.hpp"
#include "callmap/options.hpp"
#include "callmap/parse.hpp"
#include "callmap/shapes.hpp"

namespace callmap {

/// A provider's shape: keys that every payload of it has at the top level.
struct provider_signature {
    std::string_view name;
    std::span<const std::string_view> keys;
};

/// A payload that completes a call of its provider (a spec's supplements:), e.g. Bland's
/// corrected transcript from GET /v1/calls/{id}/correct: callmap::apply_supplement
/// (callmap/supplement.hpp) reads it with `normalize` into the fields it gives and merges them
/// into the call.
struct supplement_entry {
    std::string_view name;  ///< e.g. "corrected"
    std::string_view docs;  ///< the document it was written from
    std::span<const std::string_view> detect_keys;
    result<call> (*normalize)(std::string_view payload, arena& memory,
                              const parse_options& options);
};

/// A provider compiled into the build: callmap::builtin_providers lists the ones callmap
/// ships (the generated callmap/providers/registry.hpp).
struct provider_entry {
    std::string_view name;   ///< spec name, e.g. "zudu"
    std::string_view title;  ///< the spec's title
    std::string_view docs;   ///< the document the spec was written from
    std::span<const std::string_view> detect_keys;
    result<call> (*normalize)(std::string_view payload, arena& memory,
                              const parse_options& options);
    std::span<const drift::object_shape> shapes;  ///< the wire types, for drift reports
    int root_shape;                               ///< index of the payload's root type in shapes
    /// Every shape the provider delivers calls in, its get answer first (empty: only that
    /// one, read by `normalize`).
    std::span<const shape_entry> payload_shapes = {};
    /// The payloads that complete one of its calls (empty: none).
    std::span<const supplement_entry> supplements = {};
};

/// Parses `payload` as Root and maps it with ToCall. The call holds views into `payload` and
/// `memory` (not into the intermediate wire struct).
template <class Root, result<call> (*ToCall)(const Root&, arena&)>
result<call> normalize_as(std::string_view payload, arena& memory,
                          const parse_options& options = {}) {
    Root root{};
    if (result<void> parsed = parse_into(root, payload, memory, options); !parsed)
        return parsed.error();
    return ToCall(root, memory);
}

namespace detail {

inline std::span<const std::string_view> signature_keys(const provider_signature& s) noexcept {
    return s.keys;
}
inline std::span<const std::string_view> signature_keys(const provider_entry& p) noexcept {
    return p.detect_keys;
}
inline std::span<const std::string_view> signature_keys(const supplement_entry& s) noexcept {
    return s.detect_keys;
}
/// What the value of each signature key must be (callmap::detect_value): a provider's keys
/// may hold anything.
inline std::span<const detect_value> signature_values(const provider_signature&) noexcept {
    return {};
}
inline std::span<const detect_value> signature_values(const provider_entry&) noexcept {
    return {};
}
inline std::span<const detect_value> signature_values(const supplement_entry&) noexcept {
    return {};
}

/// Which signature keys a payload has, each with a value of the kind the candidate wants: for
/// each of the first max_candidates candidates (provider_signature, provider_entry or
/// shape_candidate), a bit for each of its first 64 keys; and the choice detection makes.
template <class Candidate, std::size_t MaxCandidates = 256>
class signature_match {
public:
    static constexpr std::size_t max_candidates = MaxCandidates;

    explicit signature_match(std::span<const Candidate> candidates) noexcept
        : candidates_(candidates.first(std::min(candidates.size(), max_candidates))) {
        const std::size_t used = words_used();  // only the words the candidates use
        if (used == words) {
            std::memset(with_key_in_bucket_, 0, sizeof with_key_in_bucket_);
        } else {
            for (auto& row : with_key_in_bucket_) std::fill_n(row, used, std::uint64_t{0});
        }
        for (std::size_t c = 0; c < candidates_.size(); ++c) {
            seen_[c] = 0;
            wrong_kind_[c] = 0;
            const auto keys = signature_keys(candidates_[c]);
            for (std::size_t k = 0; k < keys.size() && k < 64; ++k) {
                with_key_in_bucket_[bucket(keys[k])][c / 64] |= std::uint64_t{1} << (c % 64);
            }
        }
    }

    /// Records a top-level key of the payload; value_start() gives the first byte of its value
    /// ('{', '[', '"', ...), asked only of a key some candidate wants a kind of value for.
    /// Whether it is a signature key of some candidate. Most keys of a payload are none: only
    /// the candidates with a key in the same bucket are compared.
    template <class ValueStart>
    bool see(std::string_view key, const ValueStart& value_start) noexcept {
        bool signature_key = false;
        const auto& in_bucket = with_key_in_bucket_[bucket(key)];
        for (std::size_t w = 0; w < words_used(); ++w) {
            for (std::uint64_t m = in_bucket[w]; m != 0; m &= m - 1) {
                const std::size_t c = w * 64 + static_cast<std::size_t>(std::countr_zero(m));
                const auto keys = signature_keys(candidates_[c]);
                for (std::size_t k = 0; k < keys.size() && k < 64; ++k) {
                    if (keys[k] != key) continue;
                    const auto values = signature_values(candidates_[c]);
                    if (k < values.size() && !detect_value_fits(values[k], value_start())) {
                        wrong_kind_[c] |= std::uint64_t{1} << k;
                        continue;
                    }
                    seen_[c] |= std::uint64_t{1} << k;
                    signature_key = true;
                }
            }
        }
        return signature_key;
    }

    struct choice {
        const Candidate* best = nullptr;  ///< all its keys seen, and most keys
        const Candidate* tie = nullptr;   ///< another one with as many
        /// With no best one: the first with all its keys seen but some with a value of another
        /// kind than it wants, and the first such key (for the error that says so).
        const Candidate* near = nullptr;
        std::size_t near_key = 0;
    };
    choice choose() const noexcept {
        choice out;
        // The best one's uncapped key count, compared with a candidate's capped n, as it always
        // was: a best candidate with more than 64 keys is neither beaten nor tied by a later one.
        std::size_t best_size = 0;
        for (std::size_t c = 0; c < candidates_.size(); ++c) {
            const std::size_t size = signature_keys(candidates_[c]).size();
            const std::size_t n = size < 64 ? size : 64;
            const std::uint64_t all = n == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << n) - 1;
            if (n != 0 && out.near == nullptr && wrong_kind_[c] != 0 &&
                (seen_[c] | wrong_kind_[c]) == all) {
                out.near = &candidates_[c];
                out.near_key = static_cast<std::size_t>(std::countr_zero(wrong_kind_[c]));
            }
            if (n == 0 || seen_[c] != all) continue;
            if (out.best == nullptr || n > best_size) {
                out.best = &candidates_[c];
                out.tie = nullptr;
                best_size = size;
            } else if (n == best_size) {
                out.tie = &candidates_[c];
            }
        }
        if (out.best != nullptr) out.near = nullptr;
        return out;
    }

    /// Whether a candidate with as many keys as any has all of them seen: no later key can
    /// change the best one then (only make a tie of two such candidates, which a caller that
    /// stops here accepts, as for a single provider's shapes, where the first one wins).
    bool settled(std::size_t most_keys) const noexcept {
        for (std::size_t c = 0; c < candidates_.size(); ++c) {
            const std::size_t size = signature_keys(candidates_[c]).size();
            if (size != most_keys || size == 0 || size >= 64) continue;
            if (seen_[c] == (std::uint64_t{1} << size) - 1) return true;
        }
        return false;
    }

private:
    static constexpr std::size_t words = max_candidates / 64;

    std::size_t words_used() const noexcept { return (candidates_.size() + 63) / 64; }

    static std::size_t bucket(std::string_view key) noexcept {
        if (key.empty()) return 0;
        return (static_cast<unsigned char>(key.front()) +
                3u * static_cast<unsigned char>(key.back()) + 7u * key.size()) %
               64;
    }

    std::span<const Candidate> candidates_;
    std::uint64_t seen_[max_candidates];        // the first candidates_.size() are used
    std::uint64_t wrong_kind_[max_candidates];  // keys seen with a value of another kind
    // bit c of word c / 64: candidate c has a key in the bucket; the first words_used() of
    // each row are written (zeroing all 2 KB on every detection was a hot-path cost)
    std::uint64_t with_key_in_bucket_[64][words];
};

/// The candidate (provider_signature or provider_entry) whose signature keys single it out
/// when the top-level keys of `payload` are read without validating it
/// (json/detail/top_level_keys.hpp); nullptr when that scan gives up, or finds no candidate or
/// a tie, and only detect_provider can tell. For a valid payload the answer is
/// detect_provider's; for an invalid one the provider's parser, which validates everything,
/// reports the error.
template <class Candidate>
const Candidate* detect_provider_by_keys(std::string_view payload,
                                         std::span<const Candidate> candidates,
                                         const parse_options& options = {}) noexcept {
    if (payload.size() > options.max_input_bytes) return nullptr;
    signature_match<Candidate> match(candidates);
    const bool complete = json::detail::top_level_keys(
        payload, options.max_depth,
        [&match](std::string_view key, json::detail::value_start value) noexcept {
            match.see(key, value);
        });
    if (!complete) return nullptr;
    const auto found = match.choose();
    return found.tie == nullptr ? found.best : nullptr;
}

}  // namespace detail

namespace detail {

/// Reads the members of the object `r` is at, telling `match` each key and the first byte of
/// its value; false (the reader has the error) when they are not JSON.
template <class Match>
bool see_object_keys(json::reader& r, Match& match) {
    bool more = false;
    if (!r.object_start(more)) return false;
    while (more) {
        std::string_view key;
        if (!r.object_key(key)) return false;
        match.see(key, [&r] { return r.peek(); });
        if (!r.skip_value() || !r.object_next(more)) return false;
    }
    return true;
}

/// Reads `payload`, which must be one JSON object, telling `match` each of its top-level keys
/// (see_object_keys); the whole payload is validated on the way.
template <class Match>
result<void> see_top_level_keys(std::string_view payload, Match& match,
                                const parse_options& options) {
    arena keys_memory(std::size_t{1} << 20);  // only escaped keys are decoded into it
    json::reader r(payload, keys_memory, options);
    if (!r.document_start()) return r.make_error();
    if (r.peek() != '{') {
        r.fail_type("object");
        return r.make_error();
    }
    if (!see_object_keys(r, match) || !r.document_end()) return r.make_error();
    return {};
}

}  // namespace detail

/// The name of the provider whose signature keys are all at the top level of `payload`; the
/// one with most keys wins. The payload is validated completely on the way.
inline result<std::string_view> detect_provider(std::string_view payload,
                                                std::span<const provider_signature> candidates,
                                                const parse_options& options = {}) {
    detail::signature_match<provider_signature> match(candidates);
    if (result<void> read = detail::see_top_level_keys(payload, match, options); !read)
        return read.error();

    const auto found = match.choose();
    parse_error e;
    e.code = error_code::invalid_value;
    if (found.best == nullptr) {
        e.message = "no known provider has this payload's top-level keys";
        return e;
    }
    if (found.tie != nullptr) {
        e.message = "payload matches both " + std::string(found.best->name) + " and " +
                    std::string(found.tie->name) + "; name the provider";
        return e;
    }
    return found.best->name;
}

/// The entry named `name`, or nullptr.
constexpr const provider_entry* find_provider(std::span<const provider_entry> registry,
                                              std::string_view name) noexcept {
    for (const auto& p : registry) {
        if (p.name == name) return &p;
    }
    return nullptr;
}

namespace detail {

/// A shape of a provider, as detection compares it: its get answer, a list page, a webhook.
struct shape_candidate {  // trivial: shape_candidates holds 512, left unwritten until used
    const provider_entry* provider;
    const shape_entry* shape;  ///< nullptr: the get answer of an entry without shapes
    const std::string_view* keys;
    std::size_t key_count;
    bool array_root;
};
inline std::span<const std::string_view> signature_keys(const shape_candidate& c) noexcept {
    return {c.keys, c.key_count};
}
inline std::span<const detect_value> signature_values(const shape_candidate& c) noexcept {
    return c.shape != nullptr ? c.shape->detect_values : std::span<const detect_value>{};
}

/// The shapes detection chooses among: every shape of every provider of `registry` (or of
/// the one named), the first signature_match::max_candidates of them (form_capacity of the
/// form-encoded ones).
class shape_candidates {
public:
    static constexpr std::size_t form_capacity = 64;

    explicit shape_candidates(std::span<const provider_entry> registry,
                              const provider_entry* only = nullptr) noexcept {
        for (const provider_entry& p : registry) {
            if (only != nullptr && &p != only) continue;
            if (p.payload_shapes.empty()) {
                add({&p, nullptr, p.detect_keys.data(), p.detect_keys.size(), false});
                continue;
            }
            for (const shape_entry& shape : p.payload_shapes)
                add({&p, &shape, shape.detect_keys.data(), shape.detect_keys.size(),
                     shape.array_root});
        }
    }
    /// The JSON candidates whose payload is an object, or a bare array of calls.
    std::span<const shape_candidate> of(bool array_root) const noexcept {
        return array_root ? std::span<const shape_candidate>(arrays_, array_count_)
                          : std::span<const shape_candidate>(objects_, object_count_);
    }
    /// The form-encoded candidates.
    std::span<const shape_candidate> forms() const noexcept { return {forms_, form_count_}; }

private:
    static constexpr std::size_t capacity = signature_match<shape_candidate>::max_candidates;
    void add(const shape_candidate& c) noexcept {
        if (c.shape != nullptr && c.shape->form) {
            if (form_count_ < form_capacity) forms_[form_count_++] = c;
        } else if (c.array_root) {
            if (array_count_ < capacity) arrays_[array_count_++] = c;
        } else if (object_count_ < capacity) {
            objects_[object_count_++] = c;
        }
    }
    shape_candidate objects_[capacity];
    shape_candidate arrays_[capacity];
    shape_candidate forms_[form_capacity];
    std::size_t object_count_ = 0;
    std::size_t array_count_ = 0;
    std::size_t form_count_ = 0;
};

/// Why a shape whose keys a payload has is not its shape: " (vapi's server_message shape has
/// these keys, but its 'message' is not an object)".
inline std::string near_shape_note(const shape_candidate& near, std::size_t key) {
    const auto values = signature_values(near);
    const char* kind =
        key < values.size() && values[key] == detect_value::array ? "an array" : "an object";
    return " (" + std::string(near.provider->name) + "'s " +
           std::string(near.shape != nullptr ? near.shape->name : "get") +
           " shape has these keys, but its '" + std::string(signature_keys(near)[key]) +
           "' is not " + kind + ")";
}

/// detection's answer from a signature_match's choice: the best candidate, or why none.
template <class Choice>
result<const shape_candidate*> chosen_shape(const Choice& found, const char* none) {
    parse_error e;
    e.code = error_code::invalid_value;
    if (found.best == nullptr) {
        e.message = none;
        if (found.near != nullptr) e.message += near_shape_note(*found.near, found.near_key);
        return e;
    }
    if (found.tie != nullptr && found.tie->provider != found.best->provider) {
        e.message = "payload matches both " + std::string(found.best->provider->name) + " and " +
                    std::string(found.tie->provider->name) + "; name the provider";
        return e;
    }
    if (found.tie != nullptr) {
        e.message = "payload matches both the " + std::string(found.best->shape->name) +
                    " and the " + std::string(found.tie->shape->name) + " shape of " +
                    std::string(found.best->provider->name);
        return e;
    }
    return found.best;
}

/// Whether `payload` is read as a form body: as the options say, or, to detect, when it does
/// not start as JSON does and some candidate is form-encoded.
inline bool read_as_form(std::string_view payload, const shape_candidates& candidates,
                         const parse_options& options) noexcept {
    switch (options.encoding) {
        case payload_encoding::json: return false;
        case payload_encoding::form: return true;
        case payload_encoding::detect: break;
    }
    return !candidates.forms().empty() && form::looks_form_encoded(payload);
}

/// Whether a named provider's payload is read as a form body (see read_as_form).
inline bool read_as_form(std::string_view payload, const provider_entry& p,
                         const parse_options& options) noexcept {
    if (options.encoding == payload_encoding::json) return false;
    if (options.encoding == payload_encoding::form) return true;
    if (!form::looks_form_encoded(payload)) return false;
    for (const shape_entry& shape : p.payload_shapes) {
        if (shape.form) return true;
    }
    return false;
}

/// The form-encoded shape whose keys are all in the body, the one with most keys; the body is
/// read completely (decoded and validated) on the way.
inline result<const shape_candidate*> detect_form_shape(std::string_view payload,
                                                        const shape_candidates& candidates,
                                                        const parse_options& options) {
    if (candidates.forms().empty()) {
        parse_error e;
        e.code = error_code::invalid_value;
        e.message = "no provider here has a form-encoded shape";
        return e;
    }
    arena keys_memory(std::size_t{1} << 20);  // only escaped pieces are decoded into it
    form::reader r(payload, keys_memory, options);
    signature_match<shape_candidate, shape_candidates::form_capacity> match(candidates.forms());
    form::pair p;
    while (r.next(p)) match.see(p.key, [] { return '"'; });  // a form value is text
    if (r.failed()) return r.make_error();
    return chosen_shape(match.choose(), "no known provider has a form shape with these keys");
}

/// The shape whose keys are all at the top level of `payload` (for a bare array: of its first
/// element), the one with most keys; the payload is validated completely on the way.
inline result<const shape_candidate*> detect_shape(std::string_view payload,
                                                   const shape_candidates& candidates,
                                                   const parse_options& options) {
    arena keys_memory(std::size_t{1} << 20);  // only escaped keys are decoded into it
    json::reader r(payload, keys_memory, options);
    if (!r.document_start()) return r.make_error();
    const bool array_root = r.peek() == '[' && !candidates.of(true).empty();
    if (!array_root && r.peek() != '{') {
        r.fail_type("object");
        return r.make_error();
    }
    signature_match<shape_candidate> match(candidates.of(array_root));
    bool more = false;
    bool first_is_object = false;
    if (array_root) {
        if (!r.array_start(more)) return r.make_error();
        if (more && r.peek() == '{') first_is_object = true;
    }
    if (!array_root || first_is_object) {
        if (!see_object_keys(r, match)) return r.make_error();
        if (array_root && !r.array_next(more)) return r.make_error();
    }
    while (array_root && more) {
        if (!r.skip_value() || !r.array_next(more)) return r.make_error();
    }
    if (!r.document_end()) return r.make_error();

    return chosen_shape(match.choose(),
                        !array_root       ? "no known provider has this payload's top-level keys"
                        : first_is_object ? "no known provider lists calls with these keys"
                                          : "an array without a call object names no provider; "
                                            "name the provider");
}

/// The shape of `payload` among `candidates`, the payload read completely on the way: a form
/// body's (detect_form_shape) or a JSON payload's (detect_shape).
inline result<const shape_candidate*> detect_payload_shape(std::string_view payload,
                                                           const shape_candidates& candidates,
                                                           const parse_options& options) {
    return read_as_form(payload, candidates, options)
               ? detect_form_shape(payload, candidates, options)
               : detect_shape(payload, candidates, options);
}

/// The shape of `payload` among `candidates`: a form body's by its keys; a JSON payload's by
/// its top-level keys read without validating (json/detail/top_level_keys.hpp) when they
/// single one out, else by detect_shape.
inline result<const shape_candidate*> find_shape(std::string_view payload,
                                                 const shape_candidates& candidates,
                                                 const parse_options& options) {
    if (read_as_form(payload, candidates, options))
        return detect_form_shape(payload, candidates, options);
    if (const shape_candidate* c =
            detect_provider_by_keys(payload, candidates.of(false), options)) {
        return c;
    }
    return detect_shape(payload, candidates, options);
}

/// " (bland's corrected supplement has these keys: ...)" when the top-level keys of `payload`,
/// which no shape has, are all the keys of a provider's supplement (spec supplements:), which
/// is no call but completes one; "" otherwise. For the error that detection gives.
inline std::string supplement_note(std::string_view payload,
                                   std::span<const provider_entry> registry,
                                   const parse_options& options) {
    for (const provider_entry& p : registry) {
        if (const supplement_entry* s = detect_provider_by_keys(payload, p.supplements, options)) {
            return " (" + std::string(p.name) + "'s " + std::string(s->name) +
                   " supplement has these keys: it completes a call, with "
                   "callmap::apply_supplement or callmap normalize CALL --with FILE)";
        }
    }
    return {};
}

/// A detection error (it has no place in the payload) with supplement_note's note.
inline parse_error with_supplement_note(parse_error e, std::string_view payload,
                                        std::span<const provider_entry> registry,
                                        const parse_options& options) {
    if (e.line == 0) e.message += supplement_note(payload, registry, options);
    return e;
}

/// The shape of a payload of one named provider, by its top-level keys read without
/// validating, the scan stopping as soon as a shape with the most keys has all of them (a get
/// answer is told after its first keys, not its whole text); with none, a shape whose keys are
/// all there but some with a value of another kind (its reader says where); nullptr when the
/// keys name none. When the scan gives up (an escaped key, say) before that, the keys are read
/// validating (detect_shape), as with the provider detected; nullptr when that fails too (the
/// provider's parser then says what is wrong).
inline const shape_candidate* named_provider_shape(std::string_view payload,
                                                   const shape_candidates& candidates,
                                                   const parse_options& options) {
    if (payload.size() > options.max_input_bytes) return nullptr;
    const std::span<const shape_candidate> objects = candidates.of(false);
    std::size_t most_keys = 0;
    for (const shape_candidate& c : objects) most_keys = std::max(most_keys, c.key_count);
    signature_match<shape_candidate, 64> match(objects);  // one provider's: a few shapes
    const bool complete = json::detail::top_level_keys(
        payload, options.max_depth,
        [&](std::string_view key, json::detail::value_start value) noexcept {
            // only a signature key can settle the choice
            return !match.see(key, value) || !match.settled(most_keys);
        });
    if (!complete) {
        result<const shape_candidate*> validated = detect_shape(payload, candidates, options);
        return validated ? *validated : nullptr;
    }
    const auto found = match.choose();
    return found.best != nullptr ? found.best : found.near;
}

/// The provider named `name` (or the detected one, for "auto") and the shape of `payload`.
/// With a named provider whose shapes the payload matches none of, its get answer: its parser
/// then says what is wrong. `lists`: whether list pages are wanted (normalize_page), or only
/// the shapes of one call (normalize).
inline result<shape_candidate> choose_shape(std::span<const provider_entry> registry,
                                            std::string_view payload, std::string_view name,
                                            const parse_options& options, bool lists = true) {
    const provider_entry* only = nullptr;
    if (name != "auto") {
        only = find_provider(registry, name);
        if (only == nullptr) {
            parse_error e;
            e.code = error_code::invalid_value;
            e.message = "unknown provider '" + std::string(name) + "'";
            return e;
        }
        if (read_as_form(payload, *only, options)) {
            const shape_candidates candidates(registry, only);
            result<const shape_candidate*> found = detect_form_shape(payload, candidates, options);
            if (!found) return found.error();
            return **found;
        }
        const shape_entry* array_list = nullptr;
        bool other_shapes = false;  // besides the get answer, that this call reads
        for (const shape_entry& shape : only->payload_shapes) {
            if (shape.array_root) array_list = &shape;
            other_shapes = other_shapes || (shape.kind != payload_shape::get &&
                                            (lists || shape.kind != payload_shape::list));
        }
        // for normalize_page, an array is the named provider's list of calls (an empty one too)
        std::size_t start = 0;
        while (start < payload.size() && json::detail::is_json_whitespace(payload[start])) ++start;
        if (lists && array_list != nullptr && start < payload.size() && payload[start] == '[')
            return shape_candidate{only, array_list, array_list->detect_keys.data(),
                                   array_list->detect_keys.size(), true};
        if (!other_shapes) return shape_candidate{only, nullptr, nullptr, 0, false};
        const shape_candidates candidates(registry, only);
        if (const shape_candidate* c = named_provider_shape(payload, candidates, options))
            return *c;
        return shape_candidate{only, nullptr, nullptr, 0, false};  // its parser says what is wrong
    }
    const shape_candidates candidates(registry);
    result<const shape_candidate*> found = find_shape(payload, candidates, options);
    if (!found) return with_supplement_note(found.error(), payload, registry, options);
    return **found;
}

/// Whether a named provider has another shape than its get answer that normalize() reads (a
/// webhook): only then are a payload's keys looked at before its parser runs. (A named
/// provider's list page given to normalize() gets its get parser's error, as parse + to_call.)
inline bool may_be_webhook(const provider_entry& p) noexcept {
    for (const shape_entry& shape : p.payload_shapes) {
        if (shape.kind == payload_shape::webhook) return true;
    }
    return false;
}

/// The error for a list page given to normalize(), which reads one call.
inline parse_error list_page_error(std::string_view provider, std::size_t calls) {
    parse_error e;
    e.code = error_code::invalid_value;
    e.message = "a ";
    e.message += provider;
    e.message += " list page (" + std::to_string(calls) +
                 " calls): callmap::normalize_page reads every call of it";
    return e;
}

}  // namespace detail

/// The provider of `payload` among `registry`, by its top-level keys (for a bare array of
/// calls, its first call's); the payload is validated completely on the way.
inline result<std::string_view> detect_provider(std::string_view payload,
                                                std::span<const provider_entry> registry,
                                                const parse_options& options = {}) {
    const detail::shape_candidates candidates(registry);
    result<const detail::shape_candidate*> found =
        detail::detect_payload_shape(payload, candidates, options);
    if (!found) return detail::with_supplement_note(found.error(), payload, registry, options);
    return (*found)->provider->name;
}

/// Every call of a payload of the named provider of `registry` ("auto": detect it), whatever
/// its shape: a get answer, a webhook, or a list page and its cursor.
inline result<page> normalize_page_with(std::span<const provider_entry> registry,
                                        std::string_view payload, arena& memory,
                                        std::string_view provider = "auto",
                                        const parse_options& options = {}) {
    result<detail::shape_candidate> chosen =
        detail::choose_shape(registry, payload, provider, options);
    if (!chosen) return chosen.error();
    if (chosen->shape != nullptr) return chosen->shape->read(payload, memory, options);
    result<call> one = chosen->provider->normalize(payload, memory, options);
    if (!one) return one.error();
    call* stored = memory.allocate_array<call>(1);
    if (stored == nullptr) return detail::page_arena_full();
    *stored = *one;
    page out;
    out.calls = {stored, 1};
    return out;
}

/// Parses and maps a payload of the named provider ("auto": detect it) that holds one call: a
/// get answer or a webhook. A list page is an error (normalize_page reads it).
/// Detection first reads only the top-level keys, without validating (the provider's parser
/// validates everything next, with the errors naming the provider gives); when they do not
/// single out one shape, detect_shape decides, and its error is the result.
inline result<call> normalize_with(std::span<const provider_entry> registry,
                                   std::string_view payload, arena& memory,
                                   std::string_view provider = "auto",
                                   const parse_options& options = {}) {
    if (provider != "auto") {  // the common case first: a named provider's get answer
        const provider_entry* p = find_provider(registry, provider);
        if (p != nullptr && !detail::may_be_webhook(*p) &&
            !detail::read_as_form(payload, *p, options))
            return p->normalize(payload, memory, options);
    }
    result<detail::shape_candidate> chosen =
        detail::choose_shape(registry, payload, provider, options, false);
    if (!chosen) return chosen.error();
    const shape_entry* shape = chosen->shape;
    if (shape == nullptr || shape->kind == payload_shape::get) {
        return chosen->provider->normalize(payload, memory, options);
    }
    result<page> read = shape->read(payload, memory, options);
    if (!read) return read.error();
    if (read->calls.size() != 1 || shape->kind == payload_shape::list)
        return detail::list_page_error(chosen->provider->name, read->calls.size());
    return read->calls.front();
}

/// The providers normalize() and detect() choose among: callmap::builtin_providers, or any
/// array of provider_entry of your own (each generated provider header defines one,
/// callmap::<provider>::provider), or both together (combine, callmap::with_builtin).
using registry = std::span<const provider_entry>;

/// One registry of the providers of `own`, then those of `base` that `own` does not replace:
/// an entry of `own` replaces the entry of `base` with the same name (a corrected `zudu` spec
/// of your own replaces the built-in one). Pass the vector wherever a registry is taken, and
/// keep it alive while it is used.
inline std::vector<provider_entry> combine(registry own, registry base) {
    std::vector<provider_entry> all(own.begin(), own.end());
    for (const provider_entry& p : base) {
        if (find_provider(own, p.name) == nullptr) all.push_back(p);
    }
    return all;
}

/// A registry in static storage, as combined() builds it: the first size() of its Capacity
/// entries. Pass it wherever a registry is taken (it is a contiguous range).
template <std::size_t Capacity>
struct fixed_registry {
    std::array<provider_entry, Capacity> entries{};
    std::size_t count = 0;

    constexpr const provider_entry* data() const noexcept { return entries.data(); }
    constexpr const provider_entry* begin() const noexcept { return entries.data(); }
    constexpr const provider_entry* end() const noexcept { return entries.data() + count; }
    constexpr std::size_t size() const noexcept { return count; }
};

/// combine() at compile time, for a registry that is a constant: e.g. what
/// callmap_add_providers(... REGISTRY myco::providers) generates,
///   inline constexpr auto providers = callmap::combined(std::array{myco::acme::provider},
///                                                       callmap::builtin_providers);
template <std::size_t Own, std::size_t Base>
constexpr fixed_registry<Own + Base> combined(const std::array<provider_entry, Own>& own,
                                              const std::array<provider_entry, Base>& base) {
    fixed_registry<Own + Base> all;
    for (const provider_entry& p : own) all.entries[all.count++] = p;
    for (const provider_entry& p : base) {
        bool replaced = false;  // (not find_provider: GCC 12 cannot compare its result here)
        for (const provider_entry& mine : own) replaced = replaced || mine.name == p.name;
        if (!replaced) all.entries[all.count++] = p;
    }
    return all;
}

/// The provider of `payload` among `providers`, by its top-level keys; the payload is
/// validated completely on the way.
inline result<std::string_view> detect(std::string_view payload, registry providers,
                                       const parse_options& options = {}) {
    return detect_provider(payload, providers, options);
}

/// Parses and maps a payload of the named provider of `providers` ("auto": detect it) onto
/// callmap::call. LIFETIME: the call holds views into `payload` and `memory`.
inline result<call> normalize(std::string_view payload, arena& memory, registry providers,
                              std::string_view provider = "auto",
                              const parse_options& options = {}) {
    return normalize_with(providers, payload, memory, provider, options);
}

// The call would point into a string destroyed at the end of the full expression.
template <class String>
requires std::same_as<String, std::string> result<call>
normalize(String&& payload, arena& memory, registry providers, std::string_view provider = "auto",
          const parse_options& options = {})
= delete;

/// Every call of a payload of the named provider of `providers` ("auto": detect it), whatever
/// its shape: one for a get answer or a webhook, all of a list page with its cursor.
/// LIFETIME: the page holds views into `payload` and `memory`.
inline result<page> normalize_page(std::string_view payload, arena& memory, registry providers,
                                   std::string_view provider = "auto",
                                   const parse_options& options = {}) {
    return normalize_page_with(providers, payload, memory, provider, options);
}

// The page would point into a string destroyed at the end of the full expression.
template <class String>
requires std::same_as<String, std::string> result<page>
normalize_page(String&& payload, arena& memory, registry providers,
               std::string_view provider = "auto", const parse_options& options = {})
= delete;

}  // namespace callmap
