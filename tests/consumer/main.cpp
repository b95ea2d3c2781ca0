// A downstream program: uses callmap only through its installed or add_subdirectory target.
#include <callmap/callmap.hpp>

#include <cstdio>

int main() {
    if (!callmap::json::validate(R"({"a":[1,2.5,"x"]})")) {
        std::puts("valid JSON was rejected");
        return 1;
    }
    if (callmap::json::validate(R"({"a":[1,]})")) {
        std::puts("invalid JSON was accepted");
        return 1;
    }
    std::puts("callmap consumer: ok");
    return 0;
}
