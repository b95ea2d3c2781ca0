// EXPECT-ERROR: needs std::string or std::string_view keys
// EXPECT-ERROR(gcc): std::map<int,
// EXPECT-ERROR(clang): std::map<int,
// A std::map member reads a JSON object, whose keys are strings: a map with other keys is
// refused with a message that says so and names the type, not with an error deep inside
// value_parser.hpp. The control reads the same object into std::map<std::string, ...>.
#include <map>
#include <string>
#include <string_view>

#include <boost/describe/class.hpp>

#include "callmap/parse.hpp"

struct labelled {
#ifdef CALLMAP_COMPILE_FAIL_CONTROL
    std::map<std::string, std::string> labels;
#else
    std::map<int, std::string> labels;
#endif
};
BOOST_DESCRIBE_STRUCT(labelled, (), (labels))

int main() {
    constexpr std::string_view json = R"({"labels": {"a": "b"}})";
    callmap::arena memory;
    auto r = callmap::parse<labelled>(json, memory);
    return r ? 0 : 1;
}
