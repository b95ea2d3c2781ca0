// Fuzz target: callmap::json::validate, the whole-document strict RFC 8259 check.
// Invariants: never crashes, never reads outside the input (ASan), every error is well formed
// (code, offset <= size, line/column, path); the limits behave as documented — a smaller depth
// limit only ever refuses more, and a size limit below the input's size refuses it up front
// with input_too_large at byte 0.
#include <cstddef>
#include <cstdint>

#include "callmap/json/validate.hpp"
#include "common.hpp"

using callmap::error_code;
using callmap::parse_options;
using callmap::json::validate;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input = callmap::fuzz::as_text(data, size);

    const callmap::result<void> full = validate(input);
    if (!full) callmap::fuzz::check_error(full.error(), input);

    // A tighter depth limit refuses a superset; where both refuse, not later than before.
    parse_options shallow;
    shallow.max_depth = 1 + static_cast<std::uint32_t>(callmap::fuzz::hash(input) % 8);
    const callmap::result<void> limited = validate(input, shallow);
    CALLMAP_FUZZ_CHECK(!limited || full, "depth limit accepted what the default refused");
    if (!limited) {
        callmap::fuzz::check_error(limited.error(), input);
        if (limited.error().code != error_code::depth_limit_exceeded) {
            // the depth limit was not what stopped it: the same verdict as without the limit
            CALLMAP_FUZZ_CHECK(!full, limited.error().to_string());
            CALLMAP_FUZZ_CHECK(full.error().code == limited.error().code &&
                                   full.error().offset == limited.error().offset,
                               full.error().to_string() + " vs " + limited.error().to_string());
        } else if (!full) {
            CALLMAP_FUZZ_CHECK(limited.error().offset <= full.error().offset,
                               full.error().to_string() + " vs " + limited.error().to_string());
        }
    }

    // The size limit is checked before anything else.
    if (size > 0) {
        parse_options small;
        small.max_input_bytes = size - 1;
        const callmap::result<void> refused = validate(input, small);
        CALLMAP_FUZZ_CHECK(!refused && refused.error().code == error_code::input_too_large &&
                               refused.error().offset == 0,
                           refused ? std::string("accepted") : refused.error().to_string());
        small.max_input_bytes = size;
        const callmap::result<void> same = validate(input, small);
        CALLMAP_FUZZ_CHECK(bool(same) == bool(full), "max_input_bytes == size changed the verdict");
    }
    return 0;
}
