// The knobs of a parse: limits that bound time and memory on hostile input, and the policies
// for keys the destination does not know or sees twice.
#pragma once

#include <cstddef>
#include <cstdint>

namespace callmap {

enum class unknown_key_policy : std::uint8_t {
    skip,   ///< validate and ignore (default): providers add fields all the time
    error,  ///< strict mode: error_code::unknown_key
};

enum class duplicate_key_policy : std::uint8_t {
    error,      ///< error_code::duplicate_key (default): an ambiguous payload is not trusted
    last_wins,  ///< the last occurrence replaces the earlier one
};

/// How normalize() and normalize_page() read a payload (parse<T> always reads JSON).
enum class payload_encoding : std::uint8_t {
    detect,  ///< JSON; or form-encoded when it does not start as JSON does and a provider's
             ///< form shape has its keys (callmap/form/reader.hpp: looks_form_encoded)
    json,
    form,  ///< application/x-www-form-urlencoded, read by the providers' form shapes
};

struct parse_options {
    /// Maximum nesting of arrays and objects; the document's root container is depth 1.
    std::uint32_t max_depth = 1024;
    /// Inputs longer than this are refused up front with error_code::input_too_large.
    std::size_t max_input_bytes = std::size_t{1} << 32;
    /// Maximum elements of one array (or members of one map) stored in the destination.
    std::size_t max_array_elements = std::size_t{1} << 26;
    unknown_key_policy unknown_keys = unknown_key_policy::skip;
    /// Applies to keys the destination declares; duplicates among skipped keys are not tracked.
    duplicate_key_policy duplicate_keys = duplicate_key_policy::error;
    /// A list page's call that does not read as the provider's type (or is its error answer)
    /// is reported in page::skipped and the page's other calls are still delivered. By
    /// default the first such call is the page's error. JSON that is not well-formed always
    /// fails the page.
    bool skip_invalid_calls = false;
    /// normalize() and normalize_page(): JSON, a form-encoded body, or either.
    payload_encoding encoding = payload_encoding::detect;
};

}  // namespace callmap
