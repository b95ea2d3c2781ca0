// EXPECT-ERROR: no matching function for call to
// The arena must outlive the result: a temporary arena does not compile.
#include <string_view>

#include "callmap/parse.hpp"

int main() {
    constexpr std::string_view json = "42";
    auto r = callmap::parse<int>(json, callmap::arena{});
    return r ? 0 : 1;
}
