// EXPECT-ERROR: callmap needs Boost 1.78 or newer
// A Boost older than CALLMAP_BOOST_MIN_VERSION is refused up front, with the version callmap
// needs, not deep inside Boost.Describe. The Boost version is faked by defining
// <boost/version.hpp>'s include guard and BOOST_VERSION first; the control (1.78.0, the minimum
// itself) compiles.
#define BOOST_VERSION_HPP
#ifdef CALLMAP_COMPILE_FAIL_CONTROL
#define BOOST_VERSION 107800
#else
#define BOOST_VERSION 107700
#endif

#include "callmap/version.hpp"

int main() {
    return BOOST_VERSION >= CALLMAP_BOOST_MIN_VERSION ? 0 : 1;
}
