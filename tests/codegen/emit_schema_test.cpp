// The JSON Schema of specs says what callmap::call says: every target, the runtime's enum
// values, time formats and money units (the grammar around them is schemas/spec.grammar.json).
#include "emit_schema.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "canonical.hpp"

namespace {

const std::string grammar = R"({
  "$comment": "hand-written",
  "type": "object",
  "properties": {"mapping": {"type": "object", "properties": {}}},
  "$defs": {"path": {"type": "string"}}
})";

YAML::Node schema() {
    std::string error;
    const std::optional<std::string> text = callmap::gen::emit_schema(grammar, error);
    EXPECT_TRUE(text.has_value()) << error;
    return YAML::Load(text.value_or("{}"));
}

std::vector<std::string> strings_of(const YAML::Node& list) {
    std::vector<std::string> out;
    for (const auto& item : list) out.push_back(item.Scalar());
    return out;
}

TEST(emit_schema, every_target_of_the_canonical_record_is_a_mapping_property) {
    const YAML::Node targets = schema()["properties"]["mapping"]["properties"];
    std::vector<std::string> names;
    for (const auto& t : targets) names.push_back(t.first.Scalar());
    std::vector<std::string> expected;
    for (const auto& t : callmap::gen::call_target().children) expected.push_back(t.name);
    EXPECT_EQ(names, expected);
    EXPECT_EQ(targets["billed_ms"]["$ref"].Scalar(), "#/$defs/value_millis_top");
    EXPECT_EQ(targets["status"]["$ref"].Scalar(), "#/$defs/value_status_top");
    EXPECT_EQ(targets["cost"]["properties"]["amount"]["$ref"].Scalar(), "#/$defs/value_money");
}

TEST(emit_schema, values_come_from_the_runtime) {
    const YAML::Node defs = schema()["$defs"];
    EXPECT_EQ(strings_of(defs["value_instant"]["anyOf"][0]["properties"]["time"]["enum"]),
              (std::vector<std::string>{"iso8601", "rfc2822", "epoch_ms", "epoch_s"}));
    EXPECT_EQ(strings_of(defs["value_money"]["anyOf"][0]["properties"]["money"]["enum"]),
              (std::vector<std::string>{"major", "cents"}));
    EXPECT_EQ(strings_of(defs["value_direction_top"]["anyOf"][1]["properties"]["const"]["enum"]),
              (std::vector<std::string>{"unknown", "inbound", "outbound"}));
    const std::vector<std::string> reserved = strings_of(defs["reserved_word"]["enum"]);
    EXPECT_NE(std::find(reserved.begin(), reserved.end(), "class"), reserved.end());
    EXPECT_NE(std::find(reserved.begin(), reserved.end(), "linux"), reserved.end());
    EXPECT_EQ(defs["path"]["type"].Scalar(), "string");  // the grammar's own definitions stay
}

TEST(emit_schema, the_comment_says_the_file_is_generated) {
    EXPECT_EQ(schema()["$comment"].Scalar(),
              "generated from schemas/spec.grammar.json by callmap-gen -- do not edit");
}

TEST(emit_schema, a_grammar_without_a_mapping_object_is_an_error) {
    std::string error;
    EXPECT_FALSE(callmap::gen::emit_schema(R"({"type": "object"})", error).has_value());
    EXPECT_EQ(error, "the grammar needs properties.mapping.properties and $defs objects");
    EXPECT_FALSE(callmap::gen::emit_schema("{", error).has_value());
    EXPECT_EQ(error.rfind("not JSON: ", 0), 0u);
}

TEST(emit_schema, a_table_holds_values_of_one_canonical_enum) {
    const YAML::Node tables = YAML::Load(callmap::gen::emit_tables_schema());
    const std::vector<std::string> names = strings_of(tables["properties"]["enum"]["enum"]);
    EXPECT_EQ(names.size(), callmap::gen::canonical_enums().size() + 1);  // and `status`
    EXPECT_EQ(names.back(), "status");
}

}  // namespace
