// callmap::drift: what a corpus has that a provider's spec lacks, by path and by spec type, and
// the spec lines that absorb it (against Zudu's generated shapes).
#include "callmap/drift.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "callmap/providers/vonage.hpp"
#include "callmap/providers/zudu.hpp"

namespace {

callmap::drift::report inspected(std::initializer_list<std::string_view> payloads) {
    callmap::drift::report findings;
    for (const auto payload : payloads) {
        const auto read = callmap::drift::inspect(payload, callmap::zudu::shape::objects,
                                                  callmap::zudu::shape::root, findings);
        EXPECT_TRUE(read) << read.error().to_string();
    }
    return findings;
}

TEST(drift, new_keys_by_spec_type_with_the_json_types_of_their_values) {
    const auto findings = inspected({
        R"({"status": "success", "data": {"call_id": "a", "call_status": "ENDED", "rating": 4,
            "tags": ["x"], "transcript_object": [{"role": "agent", "content": "hi", "score": 0.5}]}})",
        R"({"status": "success", "data": {"call_id": "b", "call_status": "ENDED", "rating": null,
            "odd key": "x", "transcript_object": [{"role": "user", "content": "yo", "score": 1}]}})",
    });
    ASSERT_EQ(findings.unknown_keys.size(), 4u);
    const callmap::drift::unknown_key& rating = findings.unknown_keys.at({"call", "rating"});
    EXPECT_EQ(rating.kinds, callmap::drift::kind_number);
    EXPECT_TRUE(rating.null_seen);
    EXPECT_FALSE(rating.fraction_seen);
    const callmap::drift::unknown_key& score = findings.unknown_keys.at({"turn", "score"});
    EXPECT_TRUE(score.fraction_seen);
    EXPECT_EQ(callmap::drift::spec_lines(findings), "  call:\n"
                                                    "    \"odd key\": string?\n"
                                                    "    rating: int?\n"
                                                    "    tags: raw[]?\n"
                                                    "  turn:\n"
                                                    "    score: number?\n");
}

TEST(drift, an_invalid_payload_is_counted_and_reported_and_adds_no_finding) {
    callmap::drift::report findings;
    // valid up to its last byte: a walk that reported as it went would have seen "rating"
    const std::string_view payload =
        R"({"status": "success", "data": {"call_id": "a", "rating": 4, "call_status": "PAUSED"}})"
        "]";
    const auto read = callmap::drift::inspect(payload, callmap::zudu::shape::objects,
                                              callmap::zudu::shape::root, findings);
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().offset, payload.size() - 1);
    EXPECT_EQ(findings.payloads, 1u);
    EXPECT_EQ(findings.invalid, 1u);
    EXPECT_TRUE(findings.unknown_keys.empty());
    EXPECT_TRUE(findings.unknown_fields.empty());
    EXPECT_TRUE(findings.enum_growths.empty());
    EXPECT_TRUE(findings.unknown_enum_values.empty());
    EXPECT_EQ(callmap::drift::spec_lines(findings), "");
}

TEST(drift, an_enum_with_the_values_found_once_each_in_the_order_seen) {
    const auto findings = inspected({
        R"({"status": "ok", "data": {"call_id": "a", "call_status": "PAUSED", "direction": "up"}})",
        R"({"status": "ok", "data": {"call_id": "b", "call_status": "HELD"}})",
        R"({"status": "ok", "data": {"call_id": "c", "call_status": "PAUSED"}})",
    });
    EXPECT_EQ(findings.enum_growths.at({"call", "call_status"}).found,
              (std::vector<std::string>{"PAUSED", "HELD"}));
    EXPECT_EQ(
        callmap::drift::spec_lines(findings),
        "  call:\n"
        "    call_status: {enum: [REGISTERED, ONGOING, ENDED, ERROR, SCHEDULED, PAUSED, HELD],"
        " case: insensitive}\n"
        "    direction: {enum: [INBOUND, OUTBOUND, up], case: insensitive, optional: true}\n");
}

// Vonage's `to: (string | endpoint | endpoint[])?`: each alternative is read as what it is.
TEST(drift, a_union_reads_its_object_and_the_objects_of_its_list) {
    callmap::drift::report findings;
    for (const std::string_view payload : {
             R"({"uuid": "a", "to": {"type": "phone", "number": "1", "carrier": "x"}})",
             R"({"uuid": "b", "to": [{"type": "phone", "region": "EU"}, 7]})",
             R"({"uuid": "c", "to": "447700900000"})",
             R"({"uuid": "d", "to": true})",
         }) {
        const auto read = callmap::drift::inspect(payload, callmap::vonage::shape::objects,
                                                  callmap::vonage::shape::root, findings);
        EXPECT_TRUE(read) << read.error().to_string();
    }
    EXPECT_EQ(findings.unknown_fields,
              (std::map<std::string, std::size_t>{{"$.to.carrier", 1}, {"$.to[*].region", 1}}));
    EXPECT_EQ(findings.type_mismatches,
              (std::map<std::string, std::size_t>{
                  {"$.to: expected string or object or array, found boolean", 1},
                  {"$.to[*]: expected object, found number", 1}}));
    EXPECT_EQ(callmap::drift::spec_lines(findings), "  endpoint:\n"
                                                    "    carrier: string?\n"
                                                    "    region: string?\n");
}

TEST(drift, yaml_text_quotes_what_yaml_would_read_otherwise) {
    EXPECT_EQ(callmap::drift::yaml_text("call_status"), "call_status");
    EXPECT_EQ(callmap::drift::yaml_text("in-progress.v2"), "in-progress.v2");
    EXPECT_EQ(callmap::drift::yaml_text("True"), "\"True\"");
    EXPECT_EQ(callmap::drift::yaml_text("off"), "\"off\"");
    EXPECT_EQ(callmap::drift::yaml_text("odd key"), "\"odd key\"");
    EXPECT_EQ(callmap::drift::yaml_text("1st"), "\"1st\"");
    EXPECT_EQ(callmap::drift::yaml_text("a\"b\\c\td"), "\"a\\\"b\\\\c\\x09d\"");
    EXPECT_EQ(callmap::drift::yaml_text(""), "\"\"");
}

TEST(drift, nothing_new_writes_no_spec_line) {
    const auto findings =
        inspected({R"({"status": "ok", "data": {"call_id": "a", "call_status": "ENDED"}})"});
    EXPECT_TRUE(findings.unknown_keys.empty());
    EXPECT_TRUE(findings.enum_growths.empty());
    EXPECT_EQ(callmap::drift::spec_lines(findings), "");
}

}  // namespace
