// Every truncation of every provider fixture is refused with an error — never accepted, never a
// crash — through callmap::normalize (auto-detection) and through the provider's own
// callmap::parse<root> + to_call. (tests/json/validate_test.cpp covers validate() on the bundled
// samples; this is the typed path on the fixtures.)
//
// The error is the truncation's: unexpected end of input at the cut, or — when the cut falls
// inside a literal or a UTF-8 sequence — invalid_literal / invalid_utf8 at its first byte; the
// same error validate() reports. A fixture that fails on purpose (*.error.txt) may report its
// own error instead when that error lies before the cut.
#include "hostile.hpp"

namespace {

using callmap::error_code;
using hostile::outcome;

/// True when text[0, size) is the whole document, only without trailing whitespace.
bool only_whitespace_after(std::string_view text, std::size_t size) {
    return text.find_first_not_of(" \t\r\n", size) == std::string_view::npos;
}

void check_every_prefix(const hostile::fixture& f) {
    const int failures_before = hostile::failures_so_far();
    const hostile::provider_api& api = *hostile::find_api(f.provider);
    const std::string_view text = f.text;
    const outcome whole = hostile::parse_and_map(api, text);
    ASSERT_TRUE(whole.ok || whole.error.code != error_code::ok);

    std::size_t checked = 0;
    const hostile::sampling& sample = hostile::sample();
    for (std::size_t size = sample.offset; size < text.size(); size += sample.stride) {
        if (only_whitespace_after(text, size)) break;    // the document is complete
        const std::string prefix(text.substr(0, size));  // exact size: ASan sees over-reads
        SCOPED_TRACE("prefix of " + std::to_string(size) + " bytes");

        const outcome valid = hostile::validate(prefix);
        ASSERT_FALSE(valid.ok);
        const error_code c = valid.error.code;
        ASSERT_TRUE(c == error_code::unexpected_end || c == error_code::empty_input ||
                    c == error_code::invalid_literal || c == error_code::invalid_utf8)
            << valid;
        if (c == error_code::unexpected_end || c == error_code::empty_input) {
            EXPECT_EQ(valid.error.offset, size) << valid;
        } else {
            EXPECT_LT(valid.error.offset, size) << valid;
        }

        const outcome typed = hostile::parse_and_map(api, prefix);
        ASSERT_FALSE(typed.ok) << "accepted: " << typed.json;
        EXPECT_TRUE(hostile::well_formed(typed, prefix));
        const bool own_error_first =
            !whole.ok && whole.error.line != 0 && whole.error.offset < size && typed == whole;
        EXPECT_TRUE(own_error_first || (hostile::same_syntax_error(typed, valid) &&
                                        typed.error.offset == valid.error.offset))
            << "typed: " << typed << "\nvalidate: " << valid;

        const outcome automatic = hostile::normalize(prefix);
        ASSERT_FALSE(automatic.ok) << "accepted: " << automatic.json;
        EXPECT_TRUE(hostile::well_formed(automatic, prefix));
        // detection reads the whole document first: it reports the syntax error
        EXPECT_EQ(automatic.error.code, valid.error.code) << automatic;
        EXPECT_EQ(automatic.error.offset, valid.error.offset) << automatic;
        ++checked;
        if (hostile::failures_so_far() != failures_before) break;  // one bad prefix says enough
    }
    EXPECT_GT(checked, 0u);
}

class truncation : public testing::TestWithParam<std::string> {};

TEST_P(truncation, every_prefix_is_refused_with_the_truncation_error) {
    hostile::for_each_fixture(GetParam(), check_every_prefix);
}

INSTANTIATE_TEST_SUITE_P(providers, truncation, testing::ValuesIn(hostile::provider_names()),
                         hostile::provider_param_name);

TEST(truncation_fixtures, every_provider_has_fixtures) {
    for (const auto& p : hostile::providers()) {
        const bool found = std::any_of(hostile::fixtures().begin(), hostile::fixtures().end(),
                                       [&](const auto& f) { return f.provider == p.name; });
        EXPECT_TRUE(found) << "no fixtures for " << p.name;
    }
}

}  // namespace
