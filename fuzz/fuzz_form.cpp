// Fuzz target: form-encoded bodies (callmap/form/reader.hpp, callmap/form/read_form.hpp) and the
// form side of callmap::normalize.
// Invariants:
//   * the reader stays inside the body: every pair's offsets are within it, a key's text ends
//     before its value's starts, decoded texts are valid UTF-8 and no longer than their raw
//     text; an error is well formed and points inside the body;
//   * the pairs, percent-encoded again, read back to the same pairs;
//   * normalize as a form (parse_options::encoding form): a record is a Twilio callback and
//     writes valid JSON; a reused arena gives what a fresh one gives; normalize_page gives the
//     same one call;
//   * auto-detection reads a body that looks form-encoded exactly as naming the form does.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "callmap/callmap.hpp"
#include "callmap/form/reader.hpp"
#include "common.hpp"

namespace {

using pairs = std::vector<std::pair<std::string, std::string>>;

/// The body's pairs, checked as they come; false when the reader failed.
bool read_pairs(std::string_view body, pairs& out) {
    callmap::arena memory;
    callmap::form::reader r(body, memory, {});
    callmap::form::pair p;
    while (r.next(p)) {
        CALLMAP_FUZZ_CHECK(p.key_offset <= p.value_offset && p.value_offset <= body.size(),
                           std::to_string(p.key_offset) + " " + std::to_string(p.value_offset));
        CALLMAP_FUZZ_CHECK(p.key.size() <= p.value_offset - p.key_offset, std::string(p.key));
        CALLMAP_FUZZ_CHECK(p.value.size() <= body.size() - p.value_offset, std::string(p.value));
        CALLMAP_FUZZ_CHECK(callmap::json::is_valid_utf8(p.key) &&
                               callmap::json::is_valid_utf8(p.value),
                           "decoded text is not UTF-8");
        out.emplace_back(p.key, p.value);
    }
    if (!r.failed()) return true;
    const callmap::parse_error e = r.make_error();
    callmap::fuzz::check_error(e, body);
    CALLMAP_FUZZ_CHECK(e.offset < body.size() || e.code == callmap::error_code::empty_input,
                       e.to_string());
    return false;
}

/// What a form encoder writes for `text`: unreserved bytes as they are, every other one escaped.
void encode(std::string& out, std::string_view text) {
    static constexpr char hex[] = "0123456789ABCDEF";
    for (const char c : text) {
        const auto b = static_cast<unsigned char>(c);
        const bool plain = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') ||
                           (b >= '0' && b <= '9') || b == '-' || b == '.' || b == '_' || b == '*';
        if (plain) {
            out += c;
        } else {
            out += '%';
            out += hex[b >> 4];
            out += hex[b & 15];
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input = callmap::fuzz::as_text(data, size);

    pairs read;
    if (read_pairs(input, read) && !read.empty()) {
        std::string again;
        for (const auto& [key, value] : read) {
            if (!again.empty()) again += '&';
            encode(again, key);
            again += '=';
            encode(again, value);
        }
        pairs reread;
        CALLMAP_FUZZ_CHECK(read_pairs(again, reread) && reread == read, again);
    }

    callmap::parse_options form;
    form.encoding = callmap::payload_encoding::form;
    static callmap::arena reused;
    reused.reset();
    const auto as_form =
        callmap::normalize(input, reused, callmap::builtin_providers, "auto", form);
    callmap::arena fresh;
    const auto again = callmap::normalize(input, fresh, callmap::builtin_providers, "auto", form);
    CALLMAP_FUZZ_CHECK(bool(as_form) == bool(again), "a reused arena changed the result");
    std::string json;
    if (as_form) {
        CALLMAP_FUZZ_CHECK(as_form->provider == "twilio", std::string(as_form->provider));
        CALLMAP_FUZZ_CHECK(as_form->source.shape == callmap::payload_shape::callback, "shape");
        json = callmap::to_json(*as_form);
        callmap::fuzz::check_produces_valid_json(json, input);
        CALLMAP_FUZZ_CHECK(callmap::to_json(*again) == json, json);
    } else {
        callmap::fuzz::check_error(as_form.error(), input);
        CALLMAP_FUZZ_CHECK(again.error().to_string() == as_form.error().to_string(),
                           as_form.error().to_string());
    }

    callmap::arena page_memory;
    const auto page = callmap::normalize_page(input, page_memory, "auto", form);
    CALLMAP_FUZZ_CHECK(bool(page) == bool(as_form), "normalize_page and normalize disagree");
    if (page) {
        CALLMAP_FUZZ_CHECK(page->calls.size() == 1 && callmap::to_json(page->calls[0]) == json,
                           json);
    }

    if (callmap::form::looks_form_encoded(input)) {
        callmap::arena auto_memory;
        const auto automatic = callmap::normalize(input, auto_memory);
        CALLMAP_FUZZ_CHECK(bool(automatic) == bool(as_form), "auto and form disagree");
        if (automatic) {
            CALLMAP_FUZZ_CHECK(callmap::to_json(*automatic) == json, json);
        } else {
            CALLMAP_FUZZ_CHECK(automatic.error().to_string() == as_form.error().to_string(),
                               automatic.error().to_string());
        }
    }
    return 0;
}
