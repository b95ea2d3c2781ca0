// EXPECT-ERROR: deleted function
// Parsing a temporary std::string must not compile: the result's views would dangle.
#include <string>

#include "callmap/parse.hpp"

static std::string fetch() {
    return "42";
}

int main() {
    callmap::arena memory;
    auto r = callmap::parse<int>(fetch(), memory);
    return r ? 0 : 1;
}
