// callmap-gen infer: the draft written for sample payloads (exact text), errors, and how the
// drafts of the built-in providers' fixtures agree with their hand-written specs.
#include "infer.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "check.hpp"
#include "load.hpp"

namespace {

namespace fs = std::filesystem;
namespace infer = callmap::gen::infer;

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

/// The model of a spec text, or nullopt (with the messages in `errors`).
std::optional<callmap::gen::model::provider> checked(const std::string& text,
                                                     const std::string& file, std::string& errors) {
    callmap::gen::diagnostics diags(file);
    std::optional<callmap::gen::model::provider> model;
    if (const auto s = callmap::gen::load(text, file, diags))
        model = callmap::gen::check(*s, diags);
    for (const auto& d : diags.list()) errors += d.to_string() + "\n";
    return model;
}

const std::vector<std::string> samples = {
    R"({"callId": "c1", "status": "done", "startedAt": "2024-01-02T03:04:05Z", "seconds": 12,
        "price": "0.05", "tags": {"a": 1}, "words": [{"w": "hi", "t": 0.5}]})",
    R"({"callId": "c2", "status": "busy", "startedAt": "2024-01-02T03:05:05Z", "seconds": 3,
        "price": 0.1, "tags": {"b": 2}, "words": [], "note": null})",
    R"({"callId": "c3", "status": "done", "seconds": 7, "tags": {}})",
};

TEST(infer, the_draft_of_three_payloads) {
    infer::observation root;
    for (const auto& s : samples) ASSERT_EQ(infer::add_sample(root, s), std::nullopt);
    infer::draft_options options;
    options.provider = "acme";
    options.sources = {"a.json", "b.json", "c.json"};
    const std::string draft = infer::draft(root, options);
    // the detect keys are the only required fields; `tags` has other keys in every payload (a
    // map); `price` is a number or a string holding one (decimal); `status` takes few values
    // (an open enum); `startedAt` reads as ISO 8601 and `seconds` as a duration
    EXPECT_EQ(draft, R"(# Draft spec of 'acme', inferred by callmap-gen infer from 3 payload(s):
#   a.json
#   b.json
#   c.json
# Samples show what was sent, not everything that may be: check each type against the
# provider's documentation, and each mapping line marked 'review'. Only the detect keys
# are required; a field every sample had is marked, still optional, so that a payload
# without it is read: make it required where the documentation promises it.
provider: acme
title: "acme — draft inferred from sample payloads"
root: call
detect: [callId, status, seconds]
types:
  call:
    callId: string
    status: status
    startedAt: string?
    seconds: int
    price: decimal?
    tags: map<int>?  # in every sample
    words: word[]?
    note: raw?
  status: {enum: [done, busy]}
  word:
    w: string?  # in every sample
    t: number?  # in every sample
mapping:
  id: callId  # review: the call's id, by its key
  status: {from: status, table: {done: completed, busy: busy}}  # review: the values seen that read as statuses; add the others
  started_at: {from: startedAt, time: iso8601}  # review: the values read as iso8601 instants
  duration_ms: {from: seconds, scale: 1000}  # review: a duration, assumed in seconds: check the unit
  cost: {amount: {from: price, money: major}}  # review: an amount in currency units: check the unit
)");
    std::string errors;
    EXPECT_TRUE(checked(draft, "acme.yaml", errors)) << errors;
}

TEST(infer, strict_requires_what_every_sample_had) {
    infer::observation root;
    for (const auto& s : samples) ASSERT_EQ(infer::add_sample(root, s), std::nullopt);
    infer::draft_options options;
    options.strict = true;
    const std::string draft = infer::draft(root, options);
    EXPECT_NE(draft.find("    tags: map<int>\n"), std::string::npos) << draft;
    EXPECT_NE(draft.find("    w: string\n    t: number\n"), std::string::npos) << draft;
    EXPECT_NE(draft.find("    startedAt: string?\n"), std::string::npos) << draft;
}

TEST(infer, a_payload_that_is_not_json_is_reported_and_left_out) {
    infer::observation root;
    EXPECT_EQ(infer::add_sample(root, R"({"a": [1,})"),
              std::optional<std::string>("expected a JSON value at byte 9"));
    EXPECT_EQ(infer::add_sample(root, R"([{"a": 1}])"),
              std::optional<std::string>("the payload is not a JSON object"));
    EXPECT_EQ(root.present, 0u);
    EXPECT_TRUE(root.members.empty());
}

TEST(infer, keys_and_strings_are_decoded) {
    infer::observation root;
    ASSERT_EQ(infer::add_sample(
                  root, R"({"caf\u00e9": "x", "q": "say \"hi\"\n", "e": "\ud83d\ude00\/"})"),
              std::nullopt);
    ASSERT_NE(root.find("caf\xc3\xa9"), nullptr);
    EXPECT_EQ(root.find("q")->strings_seen, (std::vector<std::string>{"say \"hi\"\n"}));
    EXPECT_EQ(root.find("e")->strings_seen, (std::vector<std::string>{"\xf0\x9f\x98\x80/"}));
    // written back as YAML: quoted, with the quote and the control character escaped
    const std::string draft = infer::draft(root, {});
    EXPECT_NE(draft.find("    \"caf\xc3\xa9\": string\n"), std::string::npos) << draft;
}

TEST(infer, keys_that_are_not_identifiers_get_a_member_name) {
    infer::observation root;
    ASSERT_EQ(infer::add_sample(
                  root, R"({"id": "x", "1st": 1, "new": true, "a.b": "c", "_links": {"x": 1},
                          "number": {"y": 2}})"),
              std::nullopt);
    const std::string draft = infer::draft(root, {});
    // (the first three keys of every payload are the detect keys, so these are required)
    EXPECT_NE(draft.find("    \"1st\": {type: \"int\", name: field_2}\n"), std::string::npos)
        << draft;
    EXPECT_NE(draft.find("    new: {type: \"bool\", name: field_3}\n"), std::string::npos) << draft;
    EXPECT_NE(draft.find("    a.b: string?  # in every sample\n"), std::string::npos) << draft;
    // a type is not named like a built-in type of the spec language
    EXPECT_NE(draft.find("    number: t_number?  # in every sample\n"), std::string::npos) << draft;
    // a leading '_' is no part of a C++ name
    EXPECT_NE(draft.find("    \"_links\": {type: \"links?\", name: links}  # in every sample\n"),
              std::string::npos)
        << draft;
    std::string errors;
    EXPECT_TRUE(checked(draft, "draft.yaml", errors)) << errors << draft;
}

TEST(infer, the_mapping_reads_the_calls_duration_not_a_setting) {
    infer::observation root;
    ASSERT_EQ(infer::add_sample(root, R"({"callId": "c1", "assistant": {"maxDurationSeconds": 600},
                                          "durationMs": 4200})"),
              std::nullopt);
    const std::string draft = infer::draft(root, {});
    EXPECT_NE(draft.find("\n  duration_ms: durationMs  # review: a duration in milliseconds, by "
                         "its key\n"),
              std::string::npos)
        << draft;
    EXPECT_EQ(draft.find("maxDurationSeconds, scale"), std::string::npos) << draft;
}

// --- the built-in providers: drafts from their fixtures against their specs -------------------

struct agreement_row {
    const char* provider;
    std::size_t fields, in_samples, same_type, same_optional, same_both;
};

/// The figures `callmap-gen infer --compare` prints; a change to infer shows here.
const agreement_row expected_agreement[] = {
    {"bland", 39, 39, 31, 35, 28},     {"diga", 19, 17, 17, 14, 14},
    {"oca", 19, 19, 16, 16, 14},       {"retell", 89, 71, 55, 65, 52},
    {"talkstack", 13, 13, 13, 12, 12}, {"twilio", 27, 27, 22, 26, 21},
    {"twochat", 38, 36, 36, 34, 34},   {"vapi", 50, 42, 34, 38, 33},
    {"vonage", 30, 20, 14, 18, 13},    {"zudu", 60, 60, 52, 48, 42},
};

TEST(infer, the_built_in_providers_fixtures_give_drafts_that_agree_with_their_specs) {
    const fs::path fixtures = fs::path(CALLMAP_TESTS_DIR) / "providers" / "fixtures";
    const fs::path schemas = fs::path(CALLMAP_SOURCE_DIR) / "schemas";
    for (const auto& row : expected_agreement) {
        SCOPED_TRACE(row.provider);
        infer::observation root;
        std::vector<fs::path> files;  // the fixtures that normalize (have an expected record)
        for (const auto& entry : fs::directory_iterator(fixtures / row.provider)) {
            const std::string name = entry.path().filename().string();
            if (name.ends_with(".expected.json"))
                files.push_back(entry.path().parent_path() /
                                (name.substr(0, name.size() - 14) + ".json"));
        }
        std::sort(files.begin(), files.end());
        ASSERT_GE(files.size(), 5u);
        for (const auto& f : files) ASSERT_EQ(infer::add_sample(root, read_file(f)), std::nullopt);
        infer::draft_options options;
        options.provider = row.provider;
        const std::string draft = infer::draft(root, options);
        std::string errors;
        const auto drafted = checked(draft, std::string(row.provider) + ".yaml", errors);
        ASSERT_TRUE(drafted) << errors << draft;
        const fs::path spec = schemas / (std::string(row.provider) + ".yaml");
        callmap::gen::diagnostics diags(spec.string());
        const auto s = callmap::gen::load(read_file(spec), spec.string(), diags);
        ASSERT_TRUE(s);
        const auto written = callmap::gen::check(*s, diags);
        ASSERT_TRUE(written);
        const infer::agreement a = infer::compare(*written, *drafted);
        EXPECT_EQ(a.fields, row.fields);
        EXPECT_EQ(a.in_samples, row.in_samples);
        EXPECT_EQ(a.same_type, row.same_type);
        EXPECT_EQ(a.same_optional, row.same_optional);
        EXPECT_EQ(a.same_both, row.same_both);
    }
}

}  // namespace
