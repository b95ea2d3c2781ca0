// The peers: other JSON libraries filling the same struct, callmap::zudu::envelope, from the
// same bytes. Arrays go into a callmap::arena like callmap's own (the struct's spans must point
// somewhere); strings point wherever the library keeps them (its DOM, its string buffer, the
// input), valid while the parser object lives.
//
// One parser object = the library's reusable state (parser, DOM, buffers). "reused" rows keep
// one for the whole run; "fresh" rows construct and destroy one per parse.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "callmap/arena.hpp"
#include "callmap/providers/zudu.hpp"

namespace bench {

class peer_parser {
public:
    virtual ~peer_parser() = default;
    /// Parses `json` (its capacity leaves 64 bytes of padding) into `out`; false on error.
    virtual bool parse(const std::string& json, callmap::zudu::envelope& out,
                       callmap::arena& memory) = 0;
};

struct peer_info {
    const char* id;     ///< benchmark name component, e.g. "simdjson_ondemand"
    const char* title;  ///< for people, e.g. "simdjson 3.0.1 On-Demand, hand-written mapping"
    /// `reused`: the object will parse many payloads, so it may set up pools and buffers
    /// (the tuned use of the library); otherwise it is used once (the idiomatic use).
    std::unique_ptr<peer_parser> (*make)(bool reused);
};

/// callmap itself behind the same interface (callmap::parse_into), for the shared rows.
peer_info callmap_peer();

// Defined by the peer sources that the build found (see CMakeLists.txt).
peer_info simdjson_ondemand_peer();
/// simdjson's kernels: stage 1 (run-time dispatch in the shared library) and the inlined
/// On-Demand code (chosen by our compile flags: "fallback" without -march).
std::string simdjson_kernel();
peer_info rapidjson_dom_peer();
peer_info rapidjson_insitu_peer();
peer_info boost_json_peer();
peer_info nlohmann_peer();

}  // namespace bench
