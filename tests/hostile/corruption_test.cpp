// Every single-byte corruption of every provider fixture either parses or errors cleanly —
// through callmap::normalize (auto-detection) and the provider's callmap::parse<root> + to_call.
// A bounded but complete set: every position x the bytes 0x00 '"' '{' ']' '9' 0xFF 0xC3 (NUL,
// a quote and brackets that break structure, a digit that changes a number or a literal, a byte
// that is never UTF-8, a lead byte without its continuation).
//
// "Cleanly" means:
//   * the typed parser never accepts what validate() refuses, and refuses no later than it;
//   * a syntax error of the typed parser is validate()'s error (same code, same byte);
//   * every error is well formed (offset within the input, line/column/path as locate() says);
//   * an accepted payload's record is valid JSON, and auto-detection gives the same record as
//     naming the provider whenever it detects that provider.
#include "hostile.hpp"

namespace {

using callmap::error_code;
using hostile::outcome;

constexpr unsigned char replacements[] = {0x00, '"', '{', ']', '9', 0xFF, 0xC3};

void check_every_corruption(const hostile::fixture& f) {
    const hostile::provider_api& api = *hostile::find_api(f.provider);
    std::string text = f.text;
    std::size_t accepted = 0, refused = 0;
    const hostile::sampling& sample = hostile::sample();
    for (std::size_t at = sample.offset; at < text.size(); at += sample.stride) {
        const char original = text[at];
        for (const unsigned char byte : replacements) {
            if (static_cast<char>(byte) == original) continue;
            text[at] = static_cast<char>(byte);
            SCOPED_TRACE(testing::Message()
                         << "byte " << at << " = 0x" << std::hex << static_cast<int>(byte));
            const outcome valid = hostile::validate(text);
            const outcome typed = hostile::parse_and_map(api, text);
            ASSERT_TRUE(hostile::well_formed(typed, text));
            ASSERT_TRUE(hostile::consistent_with_validate(typed, valid));
            if (typed.ok) {
                ASSERT_TRUE(hostile::validate(typed.json).ok) << typed.json;
            }

            const outcome automatic = hostile::normalize(text);
            ASSERT_TRUE(hostile::consistent_with_validate(automatic, valid));
            if (automatic.ok) {
                if (automatic.provider == f.provider) {
                    ASSERT_EQ(automatic, typed);  // the same record
                } else {
                    ASSERT_TRUE(hostile::validate(automatic.json).ok) << automatic.json;
                }
            } else {
                if (!(automatic == valid)) {  // validate's error is located by the same code
                    ASSERT_TRUE(hostile::well_formed(automatic, text));
                }
                if (valid.ok && automatic.error.line != 0) {
                    // detection went through; the detected provider's parser refused it
                    const auto detected = hostile::detect(text);
                    ASSERT_TRUE(detected) << detected.error();
                    if (*detected == f.provider) {
                        ASSERT_EQ(automatic, typed);  // the same error
                    }
                }
            }
            (typed.ok ? accepted : refused) += 1;
        }
        text[at] = original;
    }
    testing::Test::RecordProperty(f.name + "_accepted", static_cast<int>(accepted));
    testing::Test::RecordProperty(f.name + "_refused", static_cast<int>(refused));
    EXPECT_GT(refused, 0u);
}

class corruption : public testing::TestWithParam<std::string> {};

TEST_P(corruption, every_single_byte_corruption_parses_or_errors_cleanly) {
    hostile::for_each_fixture(GetParam(), check_every_corruption);
}

INSTANTIATE_TEST_SUITE_P(providers, corruption, testing::ValuesIn(hostile::provider_names()),
                         hostile::provider_param_name);

}  // namespace
