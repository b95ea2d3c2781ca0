// An unaligned load of a machine word from a byte pointer, for the SWAR code of the JSON core
// (key compares, member literals, digit values, the portable string scan). memcpy compiles to a
// single load and is free of alignment and aliasing problems.
#pragma once

#include <cstring>
#include <type_traits>

namespace callmap::json::detail {

/// The sizeof(Word) bytes at p as a Word, in the machine's byte order.
template <class Word>
inline Word load_word(const char* p) noexcept {
    static_assert(std::is_trivially_copyable_v<Word>);
    Word w;
    std::memcpy(&w, p, sizeof w);
    return w;
}

}  // namespace callmap::json::detail
