// callmap::apply_supplement over the built-in providers (callmap/supplement.hpp): the vendors'
// supplement payloads merged into their documented call, what a merge keeps and replaces, and
// the errors. tests/providers/supplements/<provider>/<supplement>_<case>.json (README.md there
// says where each comes from) merged into tests/providers/fixtures/<provider>/documented.json,
// auto-detected and named, must give <supplement>_<case>.expected.json exactly.
#include "callmap/supplement.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

#include "callmap/builtin.hpp"
#include "support/sampling.hpp"

namespace {

namespace fs = std::filesystem;

const fs::path providers_dir = fs::path(CALLMAP_TESTS_DIR) / "providers";

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

struct supplement_fixture {
    std::string provider;
    fs::path payload;
};

void PrintTo(const supplement_fixture& f, std::ostream* os) {
    *os << f.provider << "/" << f.payload.filename().string();
}

std::vector<supplement_fixture> all_supplement_fixtures() {
    std::vector<supplement_fixture> out;
    for (const auto& dir : fs::directory_iterator(providers_dir / "supplements")) {
        if (!dir.is_directory()) continue;
        for (const auto& file : fs::directory_iterator(dir.path())) {
            const std::string name = file.path().filename().string();
            if (file.path().extension() == ".json" && !name.ends_with(".expected.json"))
                out.push_back({dir.path().filename().string(), file.path()});
        }
    }
    std::sort(out.begin(), out.end(),
              [](const auto& a, const auto& b) { return a.payload < b.payload; });
    return out;
}

/// The documented call of `provider` (fixtures/<provider>/documented.json), normalized.
callmap::call documented_call(const std::string& provider, const std::string& payload,
                              callmap::arena& memory) {
    callmap::result<callmap::call> c = callmap::normalize(payload, memory, provider);
    EXPECT_TRUE(c) << c.error();
    return c ? *c : callmap::call{};
}

class vendor_supplement : public testing::TestWithParam<supplement_fixture> {};

TEST_P(vendor_supplement, merges_into_the_documented_call) {
    const supplement_fixture& f = GetParam();
    const std::string call_payload =
        read_file(providers_dir / "fixtures" / f.provider / "documented.json");
    const std::string payload = read_file(f.payload);
    fs::path expected = f.payload;
    expected.replace_extension(".expected.json");
    const std::string stem = f.payload.stem().string();
    const std::string supplement = stem.substr(0, stem.find('_'));
    for (const std::string_view name : {std::string_view("auto"), std::string_view(supplement)}) {
        SCOPED_TRACE(name);
        callmap::arena memory;
        callmap::call c = documented_call(f.provider, call_payload, memory);
        const callmap::result<void> applied = callmap::apply_supplement(c, payload, memory, name);
        ASSERT_TRUE(applied) << applied.error();
        EXPECT_EQ(callmap::to_json(c) + "\n", read_file(expected));
    }
}

INSTANTIATE_TEST_SUITE_P(supplements, vendor_supplement,
                         testing::ValuesIn(all_supplement_fixtures()),
                         [](const testing::TestParamInfo<supplement_fixture>& p) {
                             std::string name =
                                 p.param.provider + "_" + p.param.payload.stem().string();
                             for (char& c : name) {
                                 if (std::isalnum(static_cast<unsigned char>(c)) == 0) c = '_';
                             }
                             return name;
                         });

TEST_P(vendor_supplement, truncated_or_corrupted_is_an_error_or_a_merge_never_a_crash) {
    // every proper prefix is not JSON: an error, the call unchanged; every byte replaced by one
    // of a few troublemakers gives an error (the call unchanged) or a merge, under the sanitizers
    // (positions sampled as support/sampling.hpp says)
    const support::sampling& sample = support::sample();
    const supplement_fixture& f = GetParam();
    const std::string call_payload =
        read_file(providers_dir / "fixtures" / f.provider / "documented.json");
    const std::string payload = read_file(f.payload);
    callmap::arena call_memory;
    const callmap::call documented = documented_call(f.provider, call_payload, call_memory);
    const std::string before = callmap::to_json(documented);
    callmap::arena memory;
    const std::string trimmed = payload.substr(0, payload.find_last_not_of(" \n") + 1);
    for (std::size_t size = 0; size < trimmed.size(); ++size) {
        if (!sample.takes(size)) continue;
        memory.reset();
        callmap::call c = documented;
        const std::string prefix = trimmed.substr(0, size);  // its own allocation, for ASan
        const callmap::result<void> applied = callmap::apply_supplement(c, prefix, memory);
        ASSERT_FALSE(applied) << "prefix of " << size << " bytes, " << sample.describe();
        ASSERT_EQ(callmap::to_json(c), before) << "prefix of " << size << " bytes";
    }
    for (std::size_t at = 0; at < trimmed.size(); ++at) {
        if (!sample.takes(at)) continue;
        for (const char replacement : {'\0', '"', '{', ']', '\xff'}) {
            memory.reset();
            callmap::call c = documented;
            std::string corrupted = trimmed;
            corrupted[at] = replacement;
            if (!callmap::apply_supplement(c, corrupted, memory)) {
                ASSERT_EQ(callmap::to_json(c), before)
                    << "byte " << at << ", " << sample.describe();
            }
        }
    }
}

TEST(supplement_fixtures, every_supplement_of_a_provider_has_fixtures) {
    const std::vector<supplement_fixture> fixtures = all_supplement_fixtures();
    for (const auto& p : callmap::builtin_providers) {
        for (const auto& s : p.supplements) {
            EXPECT_TRUE(std::any_of(fixtures.begin(), fixtures.end(),
                                    [&](const supplement_fixture& f) {
                                        return f.provider == p.name &&
                                               f.payload.filename().string().starts_with(
                                                   std::string(s.name) + "_");
                                    }))
                << "no fixture for " << p.name << "'s " << s.name << " supplement";
        }
    }
}

// --- merging: Bland's corrected transcript ----------------------------------------------------

/// The documented Bland call with `corrected` merged in: its canonical JSON's transcript and
/// warnings, or the error text (and "changed on error" when the call was touched anyway).
std::string bland_corrected(std::string_view corrected, std::string_view supplement = "auto") {
    const std::string call_payload =
        read_file(providers_dir / "fixtures" / "bland" / "documented.json");
    callmap::arena memory;
    callmap::call c = documented_call("bland", call_payload, memory);
    const std::string before = callmap::to_json(c);
    const callmap::result<void> applied =
        callmap::apply_supplement(c, corrected, memory, supplement);
    if (!applied) {
        if (callmap::to_json(c) != before) return "changed on error";
        return "error: " + applied.error().to_string();
    }
    const std::string all = callmap::to_json(c);
    const std::size_t transcript = all.find("\"transcript\":");
    const std::size_t variables = all.find(",\"variables\":");
    std::string out = all.substr(transcript, variables - transcript);
    if (const std::size_t warnings = all.find(",\"warnings\":"); warnings != std::string::npos)
        out += all.substr(warnings, all.size() - 1 - warnings);
    return out;
}

constexpr std::string_view documented_transcript =
    R"("transcript":{"text":"assistant: Hi, this is Max from FastShip. \n user: Hi Max.",)"
    R"("turns":[{"role":"agent","text":"Hi, this is Max from FastShip.",)"
    R"("at":"2025-02-10T17:02:21.118Z","words":[]},{"role":"user","text":"Hi Max.",)"
    R"("at":"2025-02-10T17:02:24.902Z","words":[]}]})";

TEST(bland_corrected, replaces_the_turns_and_keeps_the_transcript_text) {
    EXPECT_EQ(bland_corrected(R"({"corrected":[{"start":0.5,"end":1.25,"text":"Hi.",)"
                              R"("speaker":1,"speaker_label":"user","confidence":0.9}]})"),
              R"("transcript":{"text":"assistant: Hi, this is Max from FastShip. \n user: Hi )"
              R"(Max.","turns":[{"role":"user","text":"Hi.","start_ms":500,"end_ms":1250,)"
              R"("words":[]}]})");
}

TEST(bland_corrected, without_turns_changes_nothing) {
    EXPECT_EQ(bland_corrected(R"({"corrected":[]})"), documented_transcript);
    EXPECT_EQ(bland_corrected(R"({"status":"success","corrected":null,"aligned":[]})"),
              documented_transcript);
}

TEST(bland_corrected, an_unknown_speaker_label_is_another_role_with_a_warning) {
    EXPECT_EQ(bland_corrected(R"({"corrected":[{"start":1,"end":2,"text":"Beep.",)"
                              R"("speaker_label":"robot"}]})"),
              R"("transcript":{"text":"assistant: Hi, this is Max from FastShip. \n user: Hi )"
              R"(Max.","turns":[{"role":"other","text":"Beep.","start_ms":1000,"end_ms":2000,)"
              R"("words":[]}]},"warnings":["corrected supplement: unmapped role value 'robot'"])");
}

TEST(bland_corrected, its_error_answer_is_an_error_and_changes_nothing) {
    // Bland's error answers ({"status": "error", "message": ...}) have no `corrected`: named,
    // the supplement reads it as the provider's error; detected, no supplement has its keys
    constexpr std::string_view not_found = R"({"status":"error","message":"Call not found"})";
    EXPECT_EQ(bland_corrected(not_found, "corrected"),
              "error: bland returned an error: Call not found");
    EXPECT_EQ(bland_corrected(not_found),
              "error: no supplement of bland has this payload's top-level keys (it has: "
              "corrected)");
}

TEST(bland_corrected, a_missing_required_key_is_an_error_at_its_path) {
    EXPECT_EQ(bland_corrected(R"({"corrected":[{"start":1,"text":"Hi."}]})"),
              "error: missing required field 'end' at $.corrected[0] (byte 37, line 1, col 38)");
}

TEST(bland_corrected, not_json_is_an_error_at_its_place) {
    EXPECT_EQ(bland_corrected(R"({"corrected":[{"start":1,}]})"),
              "error: expected an object key at $.corrected[0] (byte 25, line 1, col 26)");
    EXPECT_EQ(bland_corrected("[]"), "error: expected object, found array at $ (byte 0, line 1, "
                                     "col 1)");
}

TEST(apply_supplement, a_provider_without_supplements_says_so) {
    const std::string payload = read_file(providers_dir / "fixtures" / "vapi" / "documented.json");
    callmap::arena memory;
    callmap::call c = documented_call("vapi", payload, memory);
    const callmap::result<void> applied =
        callmap::apply_supplement(c, R"({"corrected":[]})", memory);
    ASSERT_FALSE(applied);
    EXPECT_EQ(applied.error().to_string(), "vapi has no supplements (spec supplements:)");
}

TEST(apply_supplement, a_call_of_a_provider_not_in_the_registry_is_an_error) {
    callmap::call c;
    c.provider = "acme";
    callmap::arena memory;
    const callmap::result<void> applied =
        callmap::apply_supplement(c, R"({"corrected":[]})", memory);
    ASSERT_FALSE(applied);
    EXPECT_EQ(applied.error().to_string(), "the call's provider 'acme' is not in the registry");
}

TEST(supplement_detection, a_supplement_given_as_a_call_is_named_in_the_error) {
    const std::string corrected =
        read_file(providers_dir / "supplements" / "bland" / "corrected_documented.json");
    const std::string note =
        " (bland's corrected supplement has these keys: it completes a call, with "
        "callmap::apply_supplement or callmap normalize CALL --with FILE)";
    callmap::arena memory;
    const callmap::result<callmap::call> c = callmap::normalize(corrected, memory);
    ASSERT_FALSE(c);
    EXPECT_EQ(c.error().to_string(), "no known provider has this payload's top-level keys" + note);
    const callmap::result<std::string_view> detected = callmap::detect(corrected);
    ASSERT_FALSE(detected);
    EXPECT_EQ(detected.error().to_string(),
              "no known provider has this payload's top-level keys" + note);
    // not JSON: the syntax error, without a note
    const callmap::result<callmap::call> broken =
        callmap::normalize(R"({"corrected": [}, "x": 1})", memory);
    ASSERT_FALSE(broken);
    EXPECT_EQ(broken.error().message.find("supplement"), std::string::npos);
}

// --- what a merge keeps and replaces ----------------------------------------------------------

TEST(merge_value, a_group_of_optional_parts_is_merged_part_by_part) {
    std::optional<callmap::call_error> into = callmap::call_error{"E1", std::nullopt};
    callmap::detail::merge_value(into, std::optional(callmap::call_error{std::nullopt, "boom"}));
    ASSERT_TRUE(into);
    EXPECT_EQ(into->code, std::optional<std::string_view>("E1"));
    EXPECT_EQ(into->message, std::optional<std::string_view>("boom"));
}

TEST(merge_value, any_other_value_it_gives_replaces_the_calls_whole) {
    std::optional<callmap::party> to = callmap::party{"+14155550100", "+14155550100"};
    callmap::detail::merge_value(to, std::optional(callmap::party{"sip:a@b", std::nullopt}));
    ASSERT_TRUE(to);
    EXPECT_EQ(to->raw, "sip:a@b");
    EXPECT_EQ(to->e164, std::nullopt);  // not the old number's

    std::optional<std::int64_t> talk_ms = 5;
    callmap::detail::merge_value(talk_ms, std::optional<std::int64_t>{});
    EXPECT_EQ(talk_ms, std::optional<std::int64_t>(5));
    callmap::detail::merge_value(talk_ms, std::optional<std::int64_t>(7));
    EXPECT_EQ(talk_ms, std::optional<std::int64_t>(7));
}

}  // namespace
