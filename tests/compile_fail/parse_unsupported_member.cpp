// EXPECT-ERROR: callmap::parse: no value_parser for this type
// EXPECT-ERROR(gcc): const wchar_t*
// EXPECT-ERROR(clang): const wchar_t *
// A member of a type callmap cannot read is refused with a message that names the type and
// lists what a member can be. The control uses std::string_view.
#include <string_view>

#include <boost/describe/class.hpp>

#include "callmap/parse.hpp"

struct note {
#ifdef CALLMAP_COMPILE_FAIL_CONTROL
    std::string_view text;
#else
    const wchar_t* text;
#endif
};
BOOST_DESCRIBE_STRUCT(note, (), (text))

int main() {
    constexpr std::string_view json = R"({"text": "hi"})";
    callmap::arena memory;
    auto r = callmap::parse<note>(json, memory);
    return r ? 0 : 1;
}
