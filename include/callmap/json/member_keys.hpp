// How the members of your own described structs meet JSON, for callmap::parse<T> and
// json::to_json: CALLMAP_JSON_KEYS gives members JSON keys other than their names, and
// CALLMAP_JSON_DEFAULTED lets non-optional members be absent (they keep their default member
// initializer). Write them next to BOOST_DESCRIBE_STRUCT, in the struct's namespace: they are
// found by argument-dependent lookup, as Boost.Describe's descriptions are.
//
//   struct call {
//       std::string_view call_id;
//       std::int64_t retries = 3;
//   };
//   BOOST_DESCRIBE_STRUCT(call, (), (call_id, retries))
//   CALLMAP_JSON_KEYS(call, {"call_id", "callId"})
//   CALLMAP_JSON_DEFAULTED(call, "retries")
//
// Without them a member's key is its name, and a member that is not std::optional is required.
#pragma once

#include <array>
#include <string_view>

namespace callmap::json {

/// One renamed member: its C++ name and its key in JSON.
struct key_rename {
    std::string_view member;
    std::string_view key;
};

namespace detail {

template <class T>
concept has_json_keys = requires(const T* p) {
    callmap_json_keys(p);
};
template <class T>
concept has_json_defaulted = requires(const T* p) {
    callmap_json_defaulted(p);
};

/// The JSON key of T's member `member`.
template <class T>
constexpr std::string_view json_key(std::string_view member) noexcept {
    if constexpr (has_json_keys<T>) {
        for (const key_rename& k : callmap_json_keys(static_cast<const T*>(nullptr))) {
            if (k.member == member) return k.key;
        }
    }
    return member;
}

/// True when T's member `member` may be absent and then keeps its default.
template <class T>
constexpr bool is_defaulted(std::string_view member) noexcept {
    if constexpr (has_json_defaulted<T>) {
        for (const std::string_view m : callmap_json_defaulted(static_cast<const T*>(nullptr))) {
            if (m == member) return true;
        }
    }
    return false;
}

/// True when every member CALLMAP_JSON_KEYS / CALLMAP_JSON_DEFAULTED names is one of `names`
/// (T's described members), and no two members share a key.
template <class T, std::size_t N>
constexpr bool member_keys_are_valid(const std::array<std::string_view, N>& names) noexcept {
    const auto described = [&](std::string_view member) {
        for (const std::string_view n : names) {
            if (n == member) return true;
        }
        return false;
    };
    if constexpr (has_json_keys<T>) {
        for (const key_rename& k : callmap_json_keys(static_cast<const T*>(nullptr))) {
            if (!described(k.member)) return false;
        }
    }
    if constexpr (has_json_defaulted<T>) {
        for (const std::string_view m : callmap_json_defaulted(static_cast<const T*>(nullptr))) {
            if (!described(m)) return false;
        }
    }
    for (std::size_t i = 0; i < N; ++i) {
        for (std::size_t j = i + 1; j < N; ++j) {
            if (json_key<T>(names[i]) == json_key<T>(names[j])) return false;
        }
    }
    return true;
}

}  // namespace detail
}  // namespace callmap::json

/// JSON keys for members of T: CALLMAP_JSON_KEYS(T, {"member", "jsonKey"}, ...).
#define CALLMAP_JSON_KEYS(T, ...)                                                                  \
    [[maybe_unused]] constexpr auto callmap_json_keys(const T*) noexcept {                         \
        return std::to_array<::callmap::json::key_rename>({__VA_ARGS__});                          \
    }

/// Members of T that may be absent and then keep their default: CALLMAP_JSON_DEFAULTED(T,
/// "member", ...).
#define CALLMAP_JSON_DEFAULTED(T, ...)                                                             \
    [[maybe_unused]] constexpr auto callmap_json_defaulted(const T*) noexcept {                    \
        return std::to_array<std::string_view>({__VA_ARGS__});                                     \
    }
