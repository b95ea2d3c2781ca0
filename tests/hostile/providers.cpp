// The one translation unit of the hostile suites that includes the generated providers: their
// parsers and mappings as hostile::provider_api, and the registry's find_provider, detect and
// normalize (declared in hostile.hpp).
#include "callmap/callmap.hpp"
#include "hostile.hpp"

namespace hostile {

namespace {

template <class Root, callmap::result<callmap::call> (*ToCall)(const Root&, callmap::arena&)>
callmap::result<callmap::call> parse_and_map_as(std::string_view payload, callmap::arena& memory,
                                                const callmap::parse_options& options) {
    callmap::result<Root> root = callmap::parse<Root>(payload, memory, options);
    if (!root) return root.error();
    return ToCall(*root, memory);
}

template <class Root>
callmap::result<void> parse_only_as(std::string_view payload, callmap::arena& memory,
                                    const callmap::parse_options& options) {
    callmap::result<Root> root = callmap::parse<Root>(payload, memory, options);
    if (!root) return root.error();
    return {};
}

}  // namespace

// Every built-in provider, from the generated registry's list (no list here to keep current).
const std::vector<provider_api>& providers() {
    static const std::vector<provider_api> all = {
#define CALLMAP_HOSTILE_PROVIDER(ns, root)                                                         \
    provider_api{#ns, &parse_and_map_as<callmap::ns::root, &callmap::ns::to_call>,                 \
                 &parse_only_as<callmap::ns::root>},
        CALLMAP_BUILTIN_PROVIDERS(CALLMAP_HOSTILE_PROVIDER)
#undef CALLMAP_HOSTILE_PROVIDER
    };
    return all;
}

const callmap::provider_entry* find_provider(std::string_view name) {
    return callmap::find_provider(name);
}

callmap::result<std::string_view> detect(std::string_view payload) {
    return callmap::detect(payload);
}

callmap::result<callmap::call> normalize_call(std::string_view payload, callmap::arena& memory,
                                              std::string_view provider,
                                              const callmap::parse_options& options) {
    return callmap::normalize(payload, memory, provider, options);
}

}  // namespace hostile
