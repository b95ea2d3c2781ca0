// nlohmann/json 3.11 (Debian nlohmann-json3-dev): json::parse without exceptions, then the
// Describe mapping of dom_mapping.hpp. ordered_json keeps members in document order, like the
// other libraries (std::map would sort them, changing the latency stages' order). Its allocator is std::allocator: nothing to tune, so the
// reused parser only keeps the json object between parses.
#include <charconv>
#include <cstdint>
#include <limits>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "dom_mapping.hpp"
#include "peer.hpp"

namespace bench {

namespace {

struct nlohmann_dom {
    using value = const nlohmann::ordered_json&;

    static bool is_null(value v) noexcept { return v.is_null(); }
    static bool get_bool(value v, bool& out) noexcept {
        const auto* p = v.get_ptr<const nlohmann::ordered_json::boolean_t*>();
        if (p == nullptr) return false;
        out = *p;
        return true;
    }
    static bool get_int64(value v, std::int64_t& out) noexcept {
        if (const auto* p = v.get_ptr<const nlohmann::ordered_json::number_integer_t*>()) {
            out = *p;
            return true;
        }
        if (const auto* u = v.get_ptr<const nlohmann::ordered_json::number_unsigned_t*>()) {
            if (*u > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
                return false;
            }
            out = static_cast<std::int64_t>(*u);
            return true;
        }
        return false;
    }
    static bool get_double(value v, double& out) noexcept {
        if (const auto* d = v.get_ptr<const nlohmann::ordered_json::number_float_t*>()) {
            out = *d;
            return true;
        }
        if (const auto* p = v.get_ptr<const nlohmann::ordered_json::number_integer_t*>()) {
            out = static_cast<double>(*p);
            return true;
        }
        if (const auto* u = v.get_ptr<const nlohmann::ordered_json::number_unsigned_t*>()) {
            out = static_cast<double>(*u);
            return true;
        }
        return false;
    }
    static bool get_string(value v, std::string_view& out) noexcept {
        const auto* s = v.get_ptr<const nlohmann::ordered_json::string_t*>();
        if (s == nullptr) return false;
        out = *s;
        return true;
    }
    static bool number_text(value v, char* buf, std::size_t& size) noexcept {
        std::to_chars_result r{};
        if (const auto* p = v.get_ptr<const nlohmann::ordered_json::number_integer_t*>()) {
            r = std::to_chars(buf, buf + 32, *p);
        } else if (const auto* u = v.get_ptr<const nlohmann::ordered_json::number_unsigned_t*>()) {
            r = std::to_chars(buf, buf + 32, *u);
        } else if (const auto* d = v.get_ptr<const nlohmann::ordered_json::number_float_t*>()) {
            r = std::to_chars(buf, buf + 32, *d);
        } else {
            return false;
        }
        size = static_cast<std::size_t>(r.ptr - buf);
        return true;
    }
    template <class F>
    static bool for_each_member(value v, F&& f) {
        const auto* o = v.get_ptr<const nlohmann::ordered_json::object_t*>();
        if (o == nullptr) return false;
        for (const auto& [key, member] : *o) f(std::string_view(key), member);
        return true;
    }
    static bool array_size(value v, std::size_t& n) noexcept {
        const auto* a = v.get_ptr<const nlohmann::ordered_json::array_t*>();
        if (a == nullptr) return false;
        n = a->size();
        return true;
    }
    template <class F>
    static void for_each_element(value v, F&& f) {
        const auto* a = v.get_ptr<const nlohmann::ordered_json::array_t*>();
        if (a == nullptr) return;
        for (const nlohmann::ordered_json& e : *a) f(e);
    }
};

class nlohmann_parser final : public peer_parser {
public:
    bool parse(const std::string& json, callmap::zudu::envelope& out,
               callmap::arena& memory) override {
        doc_ = nlohmann::ordered_json::parse(json.begin(), json.end(), nullptr, false);
        if (doc_.is_discarded()) return false;
        dom_mapper<nlohmann_dom> map(memory);
        return map.read(doc_, out);
    }

private:
    nlohmann::ordered_json doc_;
};

}  // namespace

peer_info nlohmann_peer() {
    return {"nlohmann", "nlohmann/json 3.11 ordered_json DOM + Describe mapping",
            [](bool) -> std::unique_ptr<peer_parser> {
                return std::make_unique<nlohmann_parser>();
            }};
}

}  // namespace bench
