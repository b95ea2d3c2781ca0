// The limits are explicit and configurable, and exceeding one is its own error, at the exact
// byte — for every provider fixture, through validate(), the provider's parse<root> + to_call
// and callmap::normalize (auto-detection and named):
//   parse_options::max_depth           depth_limit_exceeded at the first container too deep
//   parse_options::max_input_bytes     input_too_large at byte 0, before anything is read
//   parse_options::max_array_elements  array_too_long at the first element (or member) past
//                                      the limit, in any array or map the parser stores
//   arena max_bytes                    arena_limit_exceeded — never a record with parts missing
// A limit exactly at what the payload needs changes nothing.
#include <algorithm>
#include <limits>

#include "hostile.hpp"

namespace {

using callmap::error_code;
using hostile::outcome;

void expect_error(const outcome& o, error_code code, std::size_t offset, const char* where) {
    SCOPED_TRACE(where);
    ASSERT_FALSE(o.ok) << "accepted: " << o.json;
    EXPECT_EQ(o.error.code, code) << o;
    EXPECT_EQ(o.error.offset, offset) << o;
}

/// One fixture whose payload parses, and the checks of each limit on it.
struct limits_case {
    explicit limits_case(const hostile::fixture& fixture) : f(fixture) {}

    const hostile::fixture& f;
    const hostile::provider_api& api = *hostile::find_api(f.provider);
    const std::vector<hostile::value_info> values = hostile::walk_fixture(f);
    const outcome base = hostile::parse_and_map(api, f.text);
    const bool detected_as_own = [this] {
        const auto d = hostile::detect(f.text);
        return d && *d == f.provider;
    }();

    /// The same error through every entry point.
    void expect_everywhere(const callmap::parse_options& o, error_code code, std::size_t offset,
                           bool validate_too) {
        if (validate_too) expect_error(hostile::validate(f.text, o), code, offset, "validate");
        expect_error(hostile::parse_and_map(api, f.text, o), code, offset, "parse + to_call");
        expect_error(hostile::normalize(f.text, f.provider, o), code, offset, "normalize named");
        if (detected_as_own) {
            expect_error(hostile::normalize(f.text, "auto", o), code, offset, "normalize auto");
        }
    }
    void expect_unchanged(const callmap::parse_options& o) {
        EXPECT_TRUE(hostile::validate(f.text, o).ok);
        EXPECT_EQ(hostile::parse_and_map(api, f.text, o), base);
        if (detected_as_own) {
            EXPECT_EQ(hostile::normalize(f.text, "auto", o), base);
        }
    }

    void max_depth() {
        ASSERT_FALSE(values.empty());
        std::size_t deepest = 0;  // nesting of the deepest container (the root object: 1)
        for (const auto& v : values) {
            if (v.kind == hostile::json_kind::object || v.kind == hostile::json_kind::array)
                deepest = std::max(deepest, v.depth + 1);
        }
        ASSERT_GE(deepest, 1u);
        std::size_t first_too_deep = 0;
        for (const auto& v : values) {
            if ((v.kind == hostile::json_kind::object || v.kind == hostile::json_kind::array) &&
                v.depth + 1 == deepest) {
                first_too_deep = v.start;
                break;
            }
        }
        callmap::parse_options o;
        o.max_depth = static_cast<std::uint32_t>(deepest - 1);
        expect_everywhere(o, error_code::depth_limit_exceeded, first_too_deep, true);
        o.max_depth = static_cast<std::uint32_t>(deepest);
        expect_unchanged(o);
    }

    void max_input_bytes() {
        callmap::parse_options o;
        o.max_input_bytes = f.text.size() - 1;
        expect_everywhere(o, error_code::input_too_large, 0, true);
        o.max_input_bytes = 0;
        expect_everywhere(o, error_code::input_too_large, 0, true);
        o.max_input_bytes = f.text.size();
        expect_unchanged(o);
    }

    void max_array_elements() {
        ASSERT_FALSE(values.empty());
        std::size_t longest = 0;
        for (const auto& v : values) {
            if (v.stored) longest = std::max(longest, v.children.size());
        }
        for (std::size_t limit = 0; limit <= std::min<std::size_t>(longest, 4); ++limit) {
            SCOPED_TRACE("max_array_elements = " + std::to_string(limit));
            // the parser stops at the first element (in document order) past the limit
            std::size_t first_excess = std::numeric_limits<std::size_t>::max();
            for (const auto& v : values) {
                if (!v.stored || v.children.size() <= limit) continue;
                const hostile::value_info& e = values[v.children[limit]];
                first_excess = std::min(first_excess, e.is_member ? e.key_start : e.start);
            }
            callmap::parse_options o;
            o.max_array_elements = limit;
            if (first_excess == std::numeric_limits<std::size_t>::max()) {
                expect_unchanged(o);
            } else {
                expect_everywhere(o, error_code::array_too_long, first_excess, false);
                EXPECT_TRUE(hostile::validate(f.text, o).ok) << "validate stores no arrays";
            }
        }
        callmap::parse_options o;
        o.max_array_elements = longest;
        expect_unchanged(o);
    }

    void arena_bytes() {
        // Every arena limit from 0 up to what the payload needs, in steps of 32 bytes (of
        // 32 x stride when sampled): a parse either fails with arena_limit_exceeded or gives
        // exactly the record an unlimited arena gives.
        const hostile::sampling& sample = hostile::sample();
        std::size_t limit = 32 * sample.offset;
        std::size_t failures = 0;
        for (;; limit += 32 * sample.stride) {
            SCOPED_TRACE("arena limit " + std::to_string(limit));
            const outcome o = hostile::parse_and_map(api, f.text, {}, limit);
            if (o == base) break;
            ASSERT_FALSE(o.ok) << "a record with parts missing:\n"
                               << o.json << "\nexpected\n"
                               << base;
            ASSERT_EQ(o.error.code, error_code::arena_limit_exceeded) << o;
            ASSERT_TRUE(hostile::well_formed(o, f.text));
            ++failures;
            ASSERT_LT(limit, std::size_t{1} << 22) << "never succeeds";
        }
        // and above it, nothing changes
        for (std::size_t more = limit; more < limit + 4096; more += 512) {
            EXPECT_EQ(hostile::parse_and_map(api, f.text, {}, more), base) << "limit " << more;
        }
        testing::Test::RecordProperty(f.name + "_arena_bytes_needed", static_cast<int>(limit));
        testing::Test::RecordProperty(f.name + "_arena_failures", static_cast<int>(failures));
    }
};

/// Runs one limit's check on every fixture of the provider that parses.
template <class Check>
void each(const std::string& provider, Check check) {
    hostile::for_each_fixture(provider, [&](const hostile::fixture& f) {
        if (!hostile::parse_only(*hostile::find_api(f.provider), f.text).ok) return;
        limits_case c(f);
        (c.*check)();
    });
}

class limits : public testing::TestWithParam<std::string> {};

TEST_P(limits, max_depth) {
    each(GetParam(), &limits_case::max_depth);
}
TEST_P(limits, max_input_bytes) {
    each(GetParam(), &limits_case::max_input_bytes);
}
TEST_P(limits, max_array_elements) {
    each(GetParam(), &limits_case::max_array_elements);
}
TEST_P(limits, arena_bytes) {
    each(GetParam(), &limits_case::arena_bytes);
}

INSTANTIATE_TEST_SUITE_P(providers, limits, testing::ValuesIn(hostile::provider_names()),
                         hostile::provider_param_name);

}  // namespace
