// Which positions a quadratic test loop checks (every truncation, every byte corruption, every
// value of a fixture, every arena limit): every one by default, or every
// CALLMAP_HOSTILE_STRIDE-th from CALLMAP_HOSTILE_OFFSET (taken modulo the stride). CI samples
// under ASan, Clang and valgrind with an offset taken from the commit (Makefile), so that over
// many commits every position is checked there too; `make test` checks every position. A loop
// puts sample().describe() in its failure messages, so that a sampled failure can be replayed.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <string>

namespace support {

/// Every `stride`-th position from `offset`.
struct sampling {
    std::size_t stride = 1;
    std::size_t offset = 0;  ///< < stride

    bool whole() const noexcept { return stride == 1; }
    /// Whether the loop checks position `i`.
    bool takes(std::size_t i) const noexcept { return i % stride == offset; }
    std::string describe() const {
        if (whole()) return "every position";
        return "every " + std::to_string(stride) + "-th position from " + std::to_string(offset) +
               " (CALLMAP_HOSTILE_STRIDE=" + std::to_string(stride) +
               " CALLMAP_HOSTILE_OFFSET=" + std::to_string(offset) + ")";
    }
};

namespace detail {
inline std::size_t environment_number(const char* name, std::size_t fallback) {
    const char* text = std::getenv(name);
    if (text == nullptr || *text == '\0') return fallback;
    char* end = nullptr;
    const unsigned long long v = std::strtoull(text, &end, 10);
    return *end == '\0' ? static_cast<std::size_t>(v) : fallback;
}
}  // namespace detail

/// The sampling of this run, from the environment.
inline const sampling& sample() {
    static const sampling s = [] {
        sampling out;
        out.stride =
            std::max<std::size_t>(1, detail::environment_number("CALLMAP_HOSTILE_STRIDE", 1));
        out.offset = detail::environment_number("CALLMAP_HOSTILE_OFFSET", 0) % out.stride;
        return out;
    }();
    return s;
}

}  // namespace support
