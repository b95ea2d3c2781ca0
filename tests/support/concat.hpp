// concat(parts...): the texts joined into one std::string. Tests build payloads with it instead
// of `"literal" + std::string(...)`: GCC 12 inlines that operator+ (const char*, string&&) at -O2
// and above into a memcpy it then reports as overlapping (-Wrestrict false positive, GCC PR
// 105329), which stops a Release build with warnings as errors.
#pragma once

#include <string>
#include <string_view>

namespace support {

template <class... Parts>
std::string concat(const Parts&... parts) {
    std::string out;
    out.reserve((std::string_view(parts).size() + ... + 0));
    (out.append(std::string_view(parts)), ...);
    return out;
}

}  // namespace support
