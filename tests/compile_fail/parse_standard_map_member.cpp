// EXPECT-ERROR: read a JSON object with free-form keys into callmap::map<V>
// EXPECT-ERROR(gcc): std::map<
// EXPECT-ERROR(clang): std::map<
// A std::map member is refused with a message that points to callmap::map and names the type,
// not with "incomplete type" deep inside value_parser.hpp. The control reads the same object
// into callmap::map<std::string_view>.
#include <map>
#include <string>
#include <string_view>

#include <boost/describe/class.hpp>

#include "callmap/parse.hpp"

struct labelled {
#ifdef CALLMAP_COMPILE_FAIL_CONTROL
    callmap::map<std::string_view> labels;
#else
    std::map<std::string, std::string> labels;
#endif
};
BOOST_DESCRIBE_STRUCT(labelled, (), (labels))

int main() {
    constexpr std::string_view json = R"({"labels": {"a": "b"}})";
    callmap::arena memory;
    auto r = callmap::parse<labelled>(json, memory);
    return r ? 0 : 1;
}
