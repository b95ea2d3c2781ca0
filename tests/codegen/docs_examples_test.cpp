// The YAML examples of docs/spec.md, checked by the generator as a spec author would run it:
// each ```yaml block after a `<!-- check: ... -->` marker must load and check without a message.
//
//   <!-- check: spec -->          the block is a whole spec (schemas/<provider>.yaml)
//   <!-- check: types NAME -->    a types: section; NAME is the root type
//   <!-- check: mapping -->       a mapping: section of the Mapping chapter's example spec (the
//                                 `spec` block of provider acme), plus `id: data.id` if it has
//                                 no id:
//   <!-- check: table NAME -->    a shared table, schemas/tables/NAME.yaml, for the specs above
//
// A block without a marker is prose (a fragment of another provider's spec): nothing reads it.
#include "check.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

#include "load.hpp"

namespace {

namespace fs = std::filesystem;

const fs::path spec_doc = fs::path(CALLMAP_TESTS_DIR) / ".." / "docs" / "spec.md";

struct doc_example {
    int line = 0;      // of the marker
    std::string kind;  // spec, types, mapping, table
    std::string argument;
    std::string yaml;
};

/// gtest prints a parameter by its place in the document.
void PrintTo(const doc_example& e, std::ostream* os) {
    *os << "docs/spec.md:" << e.line << " (" << e.kind << ")";
}

/// Every marked example of the document, in order.
std::vector<doc_example> read_examples(const fs::path& path) {
    std::ifstream in(path);
    std::vector<doc_example> out;
    std::optional<doc_example> pending;  // a marker whose block has not started yet
    bool in_block = false;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (in_block) {
            if (line == "```") {
                out.push_back(*pending);
                pending.reset();
                in_block = false;
            } else {
                pending->yaml += line + "\n";
            }
        } else if (line.starts_with("<!-- check: ") && line.ends_with(" -->")) {
            std::istringstream words(line.substr(12, line.size() - 12 - 4));
            doc_example e;
            e.line = number;
            words >> e.kind >> e.argument;
            pending = e;
        } else if (pending && line == "```yaml") {
            in_block = true;
        }
    }
    return out;
}

const std::vector<doc_example>& examples() {
    static const std::vector<doc_example> all = read_examples(spec_doc);
    return all;
}

/// The shared tables the document defines, by the path the loader asks for.
std::optional<std::string> read_doc_table(const std::string& path) {
    for (const doc_example& e : examples()) {
        if (e.kind == "table" && path.ends_with("tables/" + e.argument + ".yaml")) return e.yaml;
    }
    return std::nullopt;
}

/// The spec the Mapping chapter's examples are written against (provider acme).
std::string mapping_base() {
    for (const doc_example& e : examples()) {
        if (e.kind == "spec" && e.yaml.starts_with("provider: acme\n")) return e.yaml;
    }
    return "";
}

/// The messages callmap-gen prints for a spec text (load, then check).
std::vector<std::string> messages_for(const std::string& yaml, const std::string& file) {
    callmap::gen::diagnostics diags(file);
    std::optional<callmap::gen::spec> s = callmap::gen::load(yaml, file, diags, read_doc_table);
    if (s) callmap::gen::check(*s, diags);
    std::vector<std::string> out;
    for (const auto& d : diags.list()) out.push_back(d.to_string());
    return out;
}

/// The value of `provider:` in a spec text ("" when it has none).
std::string provider_of(const std::string& yaml) {
    const std::string key = "provider: ";
    if (!yaml.starts_with(key)) return "";
    return yaml.substr(key.size(), yaml.find('\n') - key.size());
}

/// The spec an example stands for.
std::string spec_text(const doc_example& e) {
    if (e.kind == "spec") return e.yaml;
    if (e.kind == "types") return "provider: doc\nroot: " + e.argument + "\n" + e.yaml;
    if (e.kind == "mapping") {
        const std::string base = mapping_base();
        std::string mapping = e.yaml;
        if (mapping.find("\n  id:") == std::string::npos)
            mapping.insert(mapping.find('\n') + 1, "  id: data.id\n");
        return base.substr(0, base.find("\nmapping:\n") + 1) + mapping;
    }
    // a table: a spec whose mapping reads it
    return mapping_base().substr(0, mapping_base().find("\nmapping:\n") + 1) +
           "mapping:\n  id: data.id\n  end_reason: {from: data.end_reason, table: " + e.argument +
           "}\n";
}

class spec_doc_examples : public testing::TestWithParam<doc_example> {};

TEST_P(spec_doc_examples, check_without_a_message) {
    const doc_example& e = GetParam();
    const std::string text = spec_text(e);
    const std::string provider = provider_of(text);
    EXPECT_EQ(messages_for(text, "schemas/" + provider + ".yaml"), std::vector<std::string>{})
        << "docs/spec.md:" << e.line << " as the spec:\n"
        << text;
}

INSTANTIATE_TEST_SUITE_P(docs, spec_doc_examples, testing::ValuesIn(examples()),
                         [](const testing::TestParamInfo<doc_example>& p) {
                             return "line_" + std::to_string(p.param.line) + "_" + p.param.kind;
                         });

TEST(spec_doc, has_the_examples_this_test_reads) {
    const auto count = [](const std::string& kind) {
        return std::count_if(examples().begin(), examples().end(),
                             [&](const doc_example& e) { return e.kind == kind; });
    };
    EXPECT_GE(count("spec"), 4);
    EXPECT_GE(count("types"), 4);
    EXPECT_GE(count("mapping"), 18);
    EXPECT_EQ(count("table"), 1);
    EXPECT_NE(mapping_base(), "");
    EXPECT_TRUE(std::all_of(examples().begin(), examples().end(), [](const doc_example& e) {
        return e.kind == "spec" || e.kind == "types" || e.kind == "mapping" || e.kind == "table";
    }));
}

}  // namespace
