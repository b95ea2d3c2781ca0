// Boost.JSON 1.81 (Debian libboost-json1.81-dev) + Boost.Describe: a DOM parse, then the
// Describe mapping of dom_mapping.hpp. Boost 1.81 has no parse_into and its value_to<T> refuses
// unknown keys and absent members, so a reflective mapping over the DOM is how a user fills
// these structs. Used once: a fresh parser and monotonic_resource (Boost's recommended setup).
// Reused: one parser and a kept, pre-touched buffer under a monotonic_resource per parse.
#include <charconv>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <boost/json/monotonic_resource.hpp>
#include <boost/json/parser.hpp>
#include <boost/json/value.hpp>

#include "dom_mapping.hpp"
#include "peer.hpp"

namespace bench {

namespace {

struct boost_dom {
    using value = const boost::json::value&;

    static bool is_null(value v) noexcept { return v.is_null(); }
    static bool get_bool(value v, bool& out) noexcept {
        const bool* p = v.if_bool();
        if (p == nullptr) return false;
        out = *p;
        return true;
    }
    static bool get_int64(value v, std::int64_t& out) noexcept {
        if (const std::int64_t* p = v.if_int64()) {
            out = *p;
            return true;
        }
        if (const std::uint64_t* u = v.if_uint64()) {
            if (*u > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
                return false;
            }
            out = static_cast<std::int64_t>(*u);
            return true;
        }
        return false;
    }
    static bool get_double(value v, double& out) noexcept {
        if (const double* d = v.if_double()) {
            out = *d;
            return true;
        }
        if (const std::int64_t* p = v.if_int64()) {
            out = static_cast<double>(*p);
            return true;
        }
        if (const std::uint64_t* u = v.if_uint64()) {
            out = static_cast<double>(*u);
            return true;
        }
        return false;
    }
    static bool get_string(value v, std::string_view& out) noexcept {
        const boost::json::string* s = v.if_string();
        if (s == nullptr) return false;
        out = {s->data(), s->size()};
        return true;
    }
    static bool number_text(value v, char* buf, std::size_t& size) noexcept {
        std::to_chars_result r{};
        if (const std::int64_t* p = v.if_int64()) {
            r = std::to_chars(buf, buf + 32, *p);
        } else if (const std::uint64_t* u = v.if_uint64()) {
            r = std::to_chars(buf, buf + 32, *u);
        } else if (const double* d = v.if_double()) {
            r = std::to_chars(buf, buf + 32, *d);
        } else {
            return false;
        }
        size = static_cast<std::size_t>(r.ptr - buf);
        return true;
    }
    template <class F>
    static bool for_each_member(value v, F&& f) {
        const boost::json::object* o = v.if_object();
        if (o == nullptr) return false;
        for (const auto& kv : *o) {
            const auto key = kv.key();
            f(std::string_view(key.data(), key.size()), kv.value());
        }
        return true;
    }
    static bool array_size(value v, std::size_t& n) noexcept {
        const boost::json::array* a = v.if_array();
        if (a == nullptr) return false;
        n = a->size();
        return true;
    }
    template <class F>
    static void for_each_element(value v, F&& f) {
        for (const boost::json::value& e : v.get_array()) f(e);
    }
};

class boost_json_once final : public peer_parser {
public:
    bool parse(const std::string& json, callmap::zudu::envelope& out,
               callmap::arena& memory) override {
        boost::json::parser p(boost::json::storage_ptr(), options());
        p.reset(&resource_);
        boost::system::error_code ec;
        p.write(json.data(), json.size(), ec);
        if (ec) return false;
        root_.emplace(p.release());  // a move keeps the value's storage (no deep copy)
        dom_mapper<boost_dom> map(memory);
        return map.read(*root_, out);
    }

    static boost::json::parse_options options() {
        boost::json::parse_options o;
        o.max_depth = 1024;  // the default (32) is far below callmap's and simdjson's
        return o;
    }

private:
    boost::json::monotonic_resource resource_;
    std::optional<boost::json::value> root_;
};

class boost_json_reused final : public peer_parser {
public:
    boost_json_reused() : parser_(boost::json::storage_ptr(), boost_json_once::options()) {}

    bool parse(const std::string& json, callmap::zudu::envelope& out,
               callmap::arena& memory) override {
        // The DOM of the previous parse lives in buffer_: drop it before reusing the memory.
        root_.reset();
        if (buffer_.size() < json.size() * 6 + 4096) {
            buffer_.assign(json.size() * 6 + 4096, 0);  // touched: no page faults while timing
        }
        resource_.emplace(buffer_.data(), buffer_.size());
        parser_.reset(&*resource_);
        boost::system::error_code ec;
        parser_.write(json.data(), json.size(), ec);
        if (ec) return false;
        root_.emplace(parser_.release());
        dom_mapper<boost_dom> map(memory);
        return map.read(*root_, out);
    }

private:
    boost::json::parser parser_;
    std::vector<unsigned char> buffer_;
    std::optional<boost::json::monotonic_resource> resource_;
    std::optional<boost::json::value> root_;
};

}  // namespace

peer_info boost_json_peer() {
    return {"boost_json", "Boost.JSON 1.81 DOM + Describe mapping",
            [](bool reused) -> std::unique_ptr<peer_parser> {
                if (reused) return std::make_unique<boost_json_reused>();
                return std::make_unique<boost_json_once>();
            }};
}

}  // namespace bench
