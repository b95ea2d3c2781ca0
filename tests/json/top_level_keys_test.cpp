// detail::top_level_keys, the non-validating scan of an object's top-level keys that provider
// detection runs first: exact keys for valid JSON (the same as the validating reader's, on every
// provider fixture and on valid corruptions of them), giving up on what it cannot vouch for
// (escaped keys, no object, depth, unclosed, trailing content), strings with escapes and
// brackets across the 64-byte block boundaries, and hostile input (every truncation, deep
// nesting, big values) without reading outside the input. Also detail::structural_mask64.
#include "callmap/json/detail/top_level_keys.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "callmap/arena.hpp"
#include "callmap/json/detail/block_scan.hpp"
#include "callmap/json/reader.hpp"
#include "callmap/json/validate.hpp"
#include "callmap/options.hpp"
#include "support/sampling.hpp"

namespace {

using namespace std::literals;
namespace fs = std::filesystem;
using keys = std::vector<std::string>;

/// A heap copy of `text` with no spare byte after it: AddressSanitizer reports any read past
/// the end.
class exact_copy {
public:
    explicit exact_copy(std::string_view text)
        : bytes_(std::make_unique<char[]>(text.size())), size_(text.size()) {
        if (size_ != 0) std::memcpy(bytes_.get(), text.data(), size_);
    }
    std::string_view view() const noexcept { return {bytes_.get(), size_}; }

private:
    std::unique_ptr<char[]> bytes_;
    std::size_t size_;
};

/// The keys top_level_keys reports, each with the first byte of its value, or nullopt when it
/// gives up.
struct keys_and_values {
    keys found;
    std::string value_starts;  // one byte per key
};
std::optional<keys_and_values> lax_scan(std::string_view text, std::uint32_t max_depth = 1024) {
    const exact_copy copy(text);
    keys_and_values out;
    const bool complete = callmap::json::detail::top_level_keys(
        copy.view(), max_depth,
        [&](std::string_view key, callmap::json::detail::value_start value_start) {
            EXPECT_TRUE(key.data() >= copy.view().data() &&
                        key.data() + key.size() <= copy.view().data() + copy.view().size())
                << "a key outside the input";
            out.found.emplace_back(key);
            out.value_starts += value_start();
        });
    if (!complete) return std::nullopt;
    return out;
}

/// The keys top_level_keys reports, or nullopt when it gives up.
std::optional<keys> lax_keys(std::string_view text, std::uint32_t max_depth = 1024) {
    std::optional<keys_and_values> scanned = lax_scan(text, max_depth);
    if (!scanned) return std::nullopt;
    return std::move(scanned->found);
}

/// The top-level keys of a valid JSON object as the validating reader decodes them, and whether
/// one of them is written with an escape.
struct strict_keys {
    keys decoded;
    std::string value_starts;  // what the reader peeks after each key's colon
    bool escaped = false;
};
std::optional<strict_keys> reader_keys(std::string_view text) {
    callmap::arena memory;
    callmap::json::reader r(text, memory);
    strict_keys out;
    bool more = false;
    if (!r.document_start() || r.peek() != '{' || !r.object_start(more)) return std::nullopt;
    while (more) {
        std::string_view key;
        r.skip_ws();
        const char* at = r.position();
        if (!r.object_key(key)) return std::nullopt;
        if (std::string_view(at, static_cast<std::size_t>(r.position() - at)).find('\\') !=
            std::string_view::npos)
            out.escaped = true;
        out.value_starts += r.peek();
        if (!r.skip_value()) return std::nullopt;
        out.decoded.emplace_back(key);
        if (!r.object_next(more)) return std::nullopt;
    }
    if (!r.document_end()) return std::nullopt;
    return out;
}

/// For a valid JSON text: the scan gives up exactly when the reader finds no object or an
/// escaped top-level key, and otherwise reports the reader's keys and the first byte of each
/// value.
testing::AssertionResult agrees_with_reader(std::string_view text) {
    const std::optional<keys_and_values> lax = lax_scan(text);
    const std::optional<strict_keys> strict = reader_keys(text);
    if (!strict || strict->escaped) {
        if (lax) return testing::AssertionFailure() << "the scan should give up";
        return testing::AssertionSuccess();
    }
    if (!lax) return testing::AssertionFailure() << "the scan gave up";
    if (lax->found != strict->decoded) return testing::AssertionFailure() << "different keys";
    if (lax->value_starts != strict->value_starts)
        return testing::AssertionFailure() << "different value starts: '" << lax->value_starts
                                           << "' vs '" << strict->value_starts << "'";
    return testing::AssertionSuccess();
}

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

/// Every provider payload fixture (not the expected records), sorted by path.
std::vector<fs::path> fixture_paths() {
    std::vector<fs::path> out;
    const fs::path dir = fs::path(CALLMAP_TESTS_DIR) / "providers" / "fixtures";
    for (const auto& provider : fs::directory_iterator(dir)) {
        if (!provider.is_directory()) continue;
        for (const auto& file : fs::directory_iterator(provider.path())) {
            const std::string name = file.path().filename().string();
            if (file.path().extension() == ".json" && !name.ends_with(".expected.json"))
                out.push_back(file.path());
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

// --- structural_mask64 ---------------------------------------------------------------------

std::uint64_t reference_mask(const char* p) {
    std::uint64_t mask = 0;
    for (unsigned i = 0; i < 64; ++i) {
        if (std::string_view("\"\\{}[]").find(p[i]) != std::string_view::npos)
            mask |= std::uint64_t{1} << i;
    }
    return mask;
}

TEST(structural_mask64, marks_exactly_quotes_backslashes_and_brackets) {
    char block[64];
    for (unsigned byte = 0; byte < 256; ++byte) {
        for (unsigned at = 0; at < 64; ++at) {
            std::memset(block, 'a', sizeof block);
            block[at] = static_cast<char>(byte);
            block[(at + 37) % 64] = '{';
            const std::uint64_t mask = callmap::json::detail::structural_mask64(block);
            ASSERT_EQ(mask, reference_mask(block)) << "byte " << byte << " at " << at;
        }
    }
    // bytes that equal a bracket, a quote or a backslash once 0x20 is set, next to real ones
    std::string mixed = R"({"a\"":[1,{}],"b":"]"})";
    mixed += "\x7B\x5B\x7D\x5D\x3B\x1B\x7C\x5C\xFB\xDB\xFD\x02\x22\x42";
    mixed.resize(64, ']');
    std::memcpy(block, mixed.data(), 64);
    EXPECT_EQ(callmap::json::detail::structural_mask64(block), reference_mask(block));
}

// --- what is reported ----------------------------------------------------------------------

struct keys_case {
    const char* name;
    std::string_view text;
    std::optional<keys> expected;  // nullopt: the scan gives up
};

TEST(top_level_keys, reports_the_keys_or_gives_up) {
    const keys_case cases[] = {
        {"two_members", R"({"a":1,"b":"x"})"sv, keys{"a", "b"}},
        {"empty_object", "{}"sv, keys{}},
        {"whitespace_everywhere", " \t\r\n{ \"a\" \n: 1 ,\t\"b\"\r:\"v\" }\n "sv, keys{"a", "b"}},
        {"string_value_before_comma", R"({"a" : "v" , "b" : "w" })"sv, keys{"a", "b"}},
        {"every_kind_of_value",
         R"({"s":"x","n":-1.5e3,"t":true,"f":false,"z":null,"o":{},"a":[],"last":0})"sv,
         keys{"s", "n", "t", "f", "z", "o", "a", "last"}},
        {"nested_keys_are_not_top_level",
         R"({"a":{"b":{"c":[1,{"d":"e"}]}},"f":[{"g":1}],"h":2})"sv, keys{"a", "f", "h"}},
        {"repeated_key_each_time", R"({"a":1,"a":2})"sv, keys{"a", "a"}},
        {"brackets_in_strings", R"({"a":"}{][","b":"{","c":"]]]}}}","d":1})"sv,
         keys{"a", "b", "c", "d"}},
        {"brackets_in_keys", R"({"{[":1,"]}":2})"sv, keys{"{[", "]}"}},
        {"escaped_quote_in_value", R"({"a":"x\"}, \"b\": 1","c":2})"sv, keys{"a", "c"}},
        {"escaped_backslash_before_quote", R"({"a":"\\","b":"\\\\","c":"\\\"","d":1})"sv,
         keys{"a", "b", "c", "d"}},
        {"unicode_escapes_in_value", R"({"a":"\u0022\u005c\u007b","b":1})"sv, keys{"a", "b"}},
        {"escaped_key_nested", R"({"a":{"\u0062":1,"x\"y":2},"c":3})"sv, keys{"a", "c"}},
        {"non_ascii_key", "{\"caf\xC3\xA9\":1,\"\xE2\x82\xAC\":2}"sv,
         keys{"caf\xC3\xA9", "\xE2\x82\xAC"}},
        {"empty_key", R"({"":1})"sv, keys{""}},
        {"colon_in_string_value", R"({"a":"b","c":":"})"sv, keys{"a", "c"}},
        // gives up: what the validating path must decide
        {"escaped_key", R"({"\u0061":1})"sv, std::nullopt},
        {"escaped_quote_in_key", R"({"a\"b":1})"sv, std::nullopt},
        {"escaped_key_after_plain_ones", R"({"a":1,"b\/":2})"sv, std::nullopt},
        {"array", "[1,2]"sv, std::nullopt},
        {"string", R"("a")"sv, std::nullopt},
        {"number", "1"sv, std::nullopt},
        {"literal", "null"sv, std::nullopt},
        {"empty", ""sv, std::nullopt},
        {"only_whitespace", " \n\t\r"sv, std::nullopt},
        {"byte_order_mark", "\xEF\xBB\xBF{}"sv, std::nullopt},
        {"vertical_tab_before", "\v{}"sv, std::nullopt},
        {"trailing_content", R"({"a":1} x)"sv, std::nullopt},
        {"second_object", R"({"a":1}{"b":2})"sv, std::nullopt},
        {"unclosed", R"({"a":1)"sv, std::nullopt},
        {"unclosed_string", R"({"a":"})"sv, std::nullopt},
        {"unclosed_key", R"({"a)"sv, std::nullopt},
        {"unclosed_nested", R"({"a":[})"sv, std::nullopt},
        {"backslash_at_the_end", "{\"a\":\"\\"sv, std::nullopt},
        {"backslash_outside_strings", R"({"a":\1})"sv, std::nullopt},
        {"only_open", "{"sv, std::nullopt},
        // not JSON, yet the scan reports what strings and brackets tell; the provider's parser
        // (which validates everything) refuses such a payload
        {"no_colon_after_string", R"({"a" 1 "b": 2})"sv, keys{"b"}},
        {"bracket_kinds_not_matched", R"({"a":[1}])"sv, keys{"a"}},
        {"invalid_values", R"({"a":tru,"b":01,"c":"\q"})"sv, keys{"a", "b", "c"}},
        {"closed_by_a_bracket", R"({"a":1])"sv, keys{"a"}},
    };
    for (const keys_case& c : cases) {
        SCOPED_TRACE(c.name);
        const std::optional<keys> found = lax_keys(c.text);
        EXPECT_EQ(found.has_value(), c.expected.has_value());
        if (found && c.expected) {
            EXPECT_EQ(*found, *c.expected);
        }
        if (callmap::json::validate(c.text)) {
            EXPECT_TRUE(agrees_with_reader(c.text));
        }
    }
}

TEST(top_level_keys, a_callback_that_returns_false_stops_the_scan) {
    using callmap::json::detail::top_level_keys;
    // what follows the second key is not JSON: a scan told to stop never reads it
    const std::string_view input = R"({"a": 1, "b": {"x": 2}, "c": [oops)";
    std::vector<std::string> seen;
    EXPECT_TRUE(
        top_level_keys(input, 64, [&](std::string_view key, callmap::json::detail::value_start) {
            seen.emplace_back(key);
            return key != "b";
        }));
    EXPECT_EQ(seen, (std::vector<std::string>{"a", "b"}));
    seen.clear();
    EXPECT_FALSE(
        top_level_keys(input, 64, [&](std::string_view key, callmap::json::detail::value_start) {
            seen.emplace_back(key);
            return true;
        }));
    EXPECT_EQ(seen, (std::vector<std::string>{"a", "b", "c"}));
}

TEST(top_level_keys, reports_the_first_byte_of_each_value) {
    const auto scanned =
        lax_scan("{\"a\": {\"x\":1}, \"b\" :  [1], \"c\":\"s\", \"d\":\n\t-1, \"e\":null, "
                 "\"f\":true}");
    ASSERT_TRUE(scanned);
    EXPECT_EQ(scanned->found, (keys{"a", "b", "c", "d", "e", "f"}));
    EXPECT_EQ(scanned->value_starts, "{[\"-nt");
    // whitespace after the colon that runs past the 64-byte block of the key
    const std::string spaced = "{\"key\":" + std::string(70, ' ') + "{}, \"k2\":\n[]}";
    const auto across = lax_scan(spaced);
    ASSERT_TRUE(across);
    EXPECT_EQ(across->value_starts, "{[");
    EXPECT_TRUE(agrees_with_reader(spaced));
}

TEST(top_level_keys, nesting_deeper_than_max_depth_gives_up) {
    const std::string_view text = R"({"a":[{"b":[1]}],"c":2})";  // 4 levels
    EXPECT_EQ(lax_keys(text, 4), (keys{"a", "c"}));
    EXPECT_EQ(lax_keys(text, 5), (keys{"a", "c"}));
    EXPECT_EQ(lax_keys(text, 3), std::nullopt);
    EXPECT_EQ(lax_keys(R"({"a":1})", 1), keys{"a"});
    EXPECT_EQ(lax_keys(R"({"a":[]})", 1), std::nullopt);
    EXPECT_EQ(lax_keys("{}", 0), std::nullopt);
    // brackets inside strings do not count
    EXPECT_EQ(lax_keys(R"({"a":"[[[[{{{{"})", 1), keys{"a"});
}

// --- block boundaries ----------------------------------------------------------------------

TEST(top_level_keys, escapes_and_keys_across_block_boundaries) {
    // every alignment of an escape, a key and a bracket against the 64-byte blocks, including a
    // backslash at the last byte of a block escaping the first byte of the next
    for (std::size_t pad = 0; pad < 200; ++pad) {
        SCOPED_TRACE("pad " + std::to_string(pad));
        const std::string filler(pad, 'x');
        const std::string text = R"({"p":")" + filler + R"(\"}\\","key)" + filler + R"(":[")" +
                                 filler + R"(\\\"]"],"z":1})";
        EXPECT_EQ(lax_keys(text), (keys{"p", "key" + filler, "z"}));
        EXPECT_TRUE(agrees_with_reader(text));
        const std::string spaced = std::string(pad, ' ') + R"({"a":")" + filler + R"(\\" ,
            "b" :{"c":")" + filler +
                                   R"(\""}})";
        EXPECT_EQ(lax_keys(spaced), (keys{"a", "b"}));
        EXPECT_TRUE(agrees_with_reader(spaced));
        const std::string escaped_key = R"({"a":")" + filler + R"(","b)" + filler + R"(\n":1})";
        EXPECT_EQ(lax_keys(escaped_key), std::nullopt);
    }
}

TEST(top_level_keys, strings_of_every_length_with_an_escape_at_every_place) {
    for (std::size_t length = 0; length < 140; ++length) {
        for (std::size_t at = 0; at <= length; ++at) {
            std::string value(length, 'v');
            value.insert(at, "\\\"");
            const std::string text = R"({"first":")" + value + R"(","second":{}})";
            ASSERT_EQ(lax_keys(text), (keys{"first", "second"})) << length << " " << at;
        }
    }
}

// --- against the validating reader ---------------------------------------------------------

TEST(top_level_keys, every_provider_fixture_has_the_readers_keys) {
    const auto paths = fixture_paths();
    ASSERT_GE(paths.size(), 10u);
    std::size_t valid = 0, reported = 0;
    for (const auto& path : paths) {
        SCOPED_TRACE(path.string());
        const std::string text = read_file(path);
        if (!callmap::json::validate(text)) continue;  // a fixture of a broken payload
        ++valid;
        EXPECT_TRUE(agrees_with_reader(text));
        if (lax_keys(text)) ++reported;
    }
    EXPECT_GE(valid, 10u);
    EXPECT_EQ(reported, valid);  // no fixture has an escaped top-level key
}

TEST(top_level_keys, every_truncation_of_every_fixture_gives_up) {
    for (const auto& path : fixture_paths()) {
        SCOPED_TRACE(path.string());
        const std::string text = read_file(path);
        const std::size_t whole = text.find_last_not_of(" \t\r\n") + 1;
        const support::sampling& sample = support::sample();
        SCOPED_TRACE(sample.describe());
        for (std::size_t size = sample.offset; size < whole; size += sample.stride) {
            ASSERT_EQ(lax_keys(std::string_view(text).substr(0, size)), std::nullopt) << size;
        }
    }
}

TEST(top_level_keys, corruptions_that_stay_valid_keep_the_readers_keys) {
    // the bytes that change structure, one at every position of the first fixture of each
    // provider; whatever the scan reports for invalid results, it must not crash or over-read
    std::vector<fs::path> firsts;
    for (const auto& path : fixture_paths()) {
        if (firsts.empty() || firsts.back().parent_path() != path.parent_path())
            firsts.push_back(path);
    }
    std::size_t still_valid = 0;
    const support::sampling& sample = support::sample();
    SCOPED_TRACE(sample.describe());
    for (const auto& path : firsts) {
        SCOPED_TRACE(path.string());
        std::string text = read_file(path);
        for (std::size_t at = sample.offset; at < text.size(); at += sample.stride) {
            const char original = text[at];
            for (const char byte : {'"', '\\', '{', '}', '[', ']', ' ', 'u'}) {
                if (byte == original) continue;
                text[at] = byte;
                SCOPED_TRACE("byte " + std::to_string(at) + " = " + byte);
                if (callmap::json::validate(text)) {
                    ++still_valid;
                    ASSERT_TRUE(agrees_with_reader(text));
                } else {
                    (void)lax_keys(text);
                }
            }
            text[at] = original;
        }
    }
    if (sample.whole()) {
        EXPECT_GT(still_valid, 0u);
    }
}

// --- hostile input -------------------------------------------------------------------------

TEST(top_level_keys, deep_nesting_is_counted_not_recursed) {
    const std::size_t levels = 100000;
    const std::string text =
        R"({"a":)" + std::string(levels, '[') + std::string(levels, ']') + R"(,"b":1})";
    EXPECT_EQ(lax_keys(text), std::nullopt);  // deeper than the default 1024
    EXPECT_EQ(lax_keys(text, levels + 1), (keys{"a", "b"}));
    EXPECT_EQ(lax_keys(text, levels), std::nullopt);
    const std::string unclosed = "{" + std::string(levels, '[');
    EXPECT_EQ(lax_keys(unclosed, 1u << 30), std::nullopt);
    const std::string closing_only = "{" + std::string(levels, '}');
    EXPECT_EQ(lax_keys(closing_only), std::nullopt);  // closed by the first, then content
}

TEST(top_level_keys, big_values_and_unclosed_strings) {
    const std::string big(8 << 20, 'x');
    EXPECT_EQ(lax_keys(R"({"a":")" + big + R"(","b":1})"), (keys{"a", "b"}));
    EXPECT_EQ(lax_keys(R"({"a":")" + big), std::nullopt);
    const std::string backslashes(1 << 20, '\\');
    EXPECT_EQ(lax_keys(R"({"a":")" + backslashes + R"(","b":1})"), (keys{"a", "b"}));
    EXPECT_EQ(lax_keys(R"({"a":")" + backslashes + R"(\","b":1})"), std::nullopt);
    const std::string quotes((1 << 20) + 1, '"');
    EXPECT_EQ(lax_keys("{" + quotes + "}"), std::nullopt);  // the last '"' opens a string
    EXPECT_EQ(lax_keys("{" + quotes + "\"}"), keys{});      // "" "" ... "": no key
    const std::string nul_bytes(1000, '\0');
    EXPECT_EQ(lax_keys("{\"a\":\"" + nul_bytes + "\"}"), keys{"a"});
}

}  // namespace
