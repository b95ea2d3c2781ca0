// A DOM value -> described struct mapping, driven by Boost.Describe, shared by the DOM peers
// (RapidJSON, Boost.JSON, nlohmann/json). `Dom` adapts one library (see the peer sources):
//
//   using value = <const reference to the library's value>;
//   is_null(v); get_bool(v, bool&); get_int64(v, int64&); get_double(v, double&);
//   get_string(v, string_view&)            // a view into the DOM
//   number_text(v, char* buf, size_t&)     // a number's shortest text (into a 32-byte buffer)
//   for_each_member(v, f(string_view, value)) / for_each_element(v, f(value)), false if the
//   value is not an object / array; array_size(v, size_t&)
//
// The mapping is the one a user of these libraries would write with reflection: for each JSON
// member, find the described member of that name and convert. Unknown keys are ignored; a value
// of the wrong type is an error. Raw JSON members cannot be had without re-serializing the
// subtree, so they hold a marker (the checksum counts them by presence only).
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <new>
#include <optional>
#include <span>
#include <string_view>
#include <type_traits>

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include "callmap/arena.hpp"
#include "callmap/json/wire_values.hpp"
#include "callmap/types.hpp"

namespace bench {

template <class Dom>
class dom_mapper {
public:
    using value = typename Dom::value;

    explicit dom_mapper(callmap::arena& memory) noexcept : memory_(&memory) {}

    bool read(value v, bool& out) { return Dom::get_bool(v, out); }

    bool read(value v, std::int64_t& out) { return Dom::get_int64(v, out); }

    bool read(value v, double& out) { return Dom::get_double(v, out); }

    bool read(value v, std::string_view& out) { return Dom::get_string(v, out); }

    bool read(value v, callmap::raw_json& out) {
        out.text = Dom::is_null(v) ? std::string_view("null") : std::string_view("<dom>");
        return true;
    }

    bool read(value v, callmap::decimal& out) {
        if (Dom::get_string(v, out.text)) {
            out.quoted = true;
            return callmap::json::detail::is_json_number(out.text);
        }
        char buf[32];
        std::size_t size = 0;
        if (!Dom::number_text(v, buf, size)) return false;
        const char* text = memory_->copy(buf, size);
        if (text == nullptr) return false;
        out.text = {text, size};
        out.quoted = false;
        return true;
    }

    template <class E>
    bool read(value v, callmap::open_enum<E>& out) {
        if (!Dom::get_string(v, out.raw)) return false;
        out.value.reset();
        using spelling = callmap::enum_spelling<E>;
        for (std::size_t i = 0; i < spelling::values.size(); ++i) {
            const bool match =
                spelling::case_insensitive
                    ? callmap::json::detail::equal_ignoring_ascii_case(out.raw, spelling::values[i])
                    : out.raw == spelling::values[i];
            if (match) {
                out.value = static_cast<E>(i);
                break;
            }
        }
        return true;
    }

    template <class T>
    bool read(value v, std::optional<T>& out) {
        if (Dom::is_null(v)) {
            out.reset();
            return true;
        }
        return read(v, out.emplace());
    }

    template <class T>
    bool read(value v, std::span<const T>& out) {
        std::size_t n = 0;
        if (!Dom::array_size(v, n)) return false;
        T* items = memory_->allocate_array<T>(n);
        if (items == nullptr) return false;
        std::size_t i = 0;
        bool ok = true;
        Dom::for_each_element(v, [&](value e) {
            T* item = ::new (static_cast<void*>(items + i++)) T{};
            ok = ok && read(e, *item);
        });
        out = {items, n};
        return ok;
    }

    template <class V>
    bool read(value v, callmap::map<V>& out) {
        std::size_t n = 0;
        bool counted = Dom::for_each_member(v, [&](std::string_view, value) { ++n; });
        if (!counted) return false;
        auto* entries = memory_->allocate_array<callmap::map_entry<V>>(n);
        if (entries == nullptr) return false;
        std::size_t i = 0;
        bool ok = true;
        Dom::for_each_member(v, [&](std::string_view key, value member) {
            auto* e = ::new (static_cast<void*>(entries + i++)) callmap::map_entry<V>{};
            e->key = key;
            ok = ok && read(member, e->value);
        });
        out.entries = {entries, n};
        return ok;
    }

    template <class T>
    requires boost::describe::has_describe_members<T>::value bool read(value v, T& out) {
        using members = boost::describe::describe_members<T, boost::describe::mod_public>;
        out = T{};
        bool ok = true;
        const bool is_object = Dom::for_each_member(v, [&](std::string_view key, value member) {
            if (!ok) return;
            bool matched = false;
            boost::mp11::mp_for_each<members>([&](auto D) {
                if (!matched && key == D.name) {
                    matched = true;
                    ok = read(member, out.*D.pointer);
                }
            });
        });
        return is_object && ok;
    }

private:
    callmap::arena* memory_;
};

}  // namespace bench
