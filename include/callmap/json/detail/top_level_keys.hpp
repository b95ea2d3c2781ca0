// The keys at the top level of a JSON object, found without validating anything: only strings
// (with their escapes) and the nesting of brackets are followed, 64 bytes at a time; numbers,
// literals, commas and colons are not read. This is what provider detection needs before the
// provider's own parser, which validates everything, runs (callmap::normalize with "auto"), so
// that a payload is validated once, not twice. For a valid JSON text the keys are exactly the
// ones the validating reader finds; whatever the scan cannot vouch for makes it give up, so that
// the caller takes the validating path. No allocation, no recursion, never a byte outside the
// input, and time linear in its size, whatever the input.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>

#include "callmap/json/detail/block_scan.hpp"

namespace callmap::json::detail {

inline bool is_json_whitespace(char c) noexcept {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

/// The first byte of a key's value after any whitespace ('{', '[', '"', ...; '\0' at the end of
/// the input), looked for only when asked: most keys' values are never looked at.
class value_start {
public:
    explicit value_start(std::string_view after_colon) noexcept : rest_(after_colon) {}
    char operator()() const noexcept {
        std::size_t i = 0;
        while (i < rest_.size() && is_json_whitespace(rest_[i])) ++i;
        return i < rest_.size() ? rest_[i] : '\0';
    }

private:
    std::string_view rest_;
};

/// Calls on_key(std::string_view key, value_start value) for each key of the top-level object
/// in `input`, in order (a repeated key each time), and returns true. Returns false (after
/// calling on_key for some keys, perhaps) unless `input`, as far as strings and brackets tell,
/// is one object with only whitespace around it, none of whose top-level keys has an escape,
/// nested no deeper than `max_depth` (the object itself is depth 1). A key is a string at the top level followed by
/// ':'. Nothing else is checked: for a text that is not JSON, the keys are what the scan found.
/// An on_key that returns bool stops the scan by returning false: top_level_keys then returns
/// true at once (the keys so far are as trustworthy; the rest of the input is not looked at).
template <class OnKey>
bool top_level_keys(std::string_view input, std::uint32_t max_depth, OnKey&& on_key) noexcept {
    const char* const text = input.data();
    const std::size_t size = input.size();
    std::size_t start = 0;
    while (start < size && is_json_whitespace(text[start])) ++start;
    if (start == size || text[start] != '{') return false;

    std::size_t depth = 0;  // brackets open (the scan starts at the object's '{')
    bool in_string = false;
    bool escaped = false;  // the current string has a backslash
    std::size_t string_start = 0;
    std::uint64_t skip = 0;  // bit 0: a backslash at the end of the last block escapes the first
    char last_block[64];     // the input's last bytes (fewer than 64), padded with spaces
    for (std::size_t block = start; block < size; block += 64) {
        const char* p = text + block;
        if (size - block < 64) {
            std::memset(last_block, ' ', sizeof last_block);
            std::memcpy(last_block, p, size - block);
            p = last_block;
        }
        std::uint64_t bits = structural_mask64(p) & ~skip;
        skip = 0;
        while (bits != 0) {
            const auto i = static_cast<unsigned>(std::countr_zero(bits));
            bits &= bits - 1;
            const char c = p[i];
            if (c == '"') {
                if (!in_string) {
                    in_string = true;
                    escaped = false;
                    string_start = block + i + 1;
                    continue;
                }
                in_string = false;
                if (depth != 1) continue;
                // a string at the top level: a key when ':' follows, else a value
                const std::size_t close = block + i;
                std::size_t next = close + 1;
                while (next < size && is_json_whitespace(text[next])) ++next;
                if (next < size && text[next] == ':') {
                    if (escaped) return false;  // its text is not the key
                    const std::string_view key(text + string_start, close - string_start);
                    const value_start value({text + next + 1, size - next - 1});
                    if constexpr (std::is_same_v<
                                      std::invoke_result_t<OnKey&, std::string_view, value_start>,
                                      bool>) {
                        if (!on_key(key, value)) return true;  // the caller has seen enough
                    } else {
                        on_key(key, value);
                    }
                }
            } else if (c == '\\') {
                if (!in_string) return false;  // a backslash outside a string
                escaped = true;                // and the next byte is escaped, whatever it is
                if (i == 63) {
                    skip = 1;
                } else {
                    bits &= ~(std::uint64_t{2} << i);
                }
            } else if (!in_string) {  // a bracket in a string is text
                if (c == '{' || c == '[') {
                    if (++depth > max_depth) return false;
                } else if (--depth == 0) {  // the object is closed: only whitespace may follow
                    std::size_t next = block + i + 1;
                    while (next < size && is_json_whitespace(text[next])) ++next;
                    return next == size;
                }
            }
        }
    }
    return false;  // the input ends inside the object
}

}  // namespace callmap::json::detail
