// EXPECT-ERROR: deleted function
// Normalizing a temporary std::string must not compile: the call's views would dangle.
#include <string>

#include "callmap/callmap.hpp"

static std::string fetch() {
    return "{}";
}

int main() {
    callmap::arena memory;
    auto r = callmap::normalize(fetch(), memory);
    return r ? 0 : 1;
}
