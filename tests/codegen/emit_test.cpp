// The generated headers read like hand-written code: within 100 columns, and a spec change
// shows in the header as that change alone (locals and tables are named after the spec, not
// numbered, so nothing else moves).
#include "emit.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "check.hpp"
#include "load.hpp"

namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

/// The lines only in `a` and the lines only in `b` (a longest-common-subsequence diff).
struct line_diff {
    std::vector<std::string> removed;
    std::vector<std::string> added;
};

line_diff diff(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    std::vector<std::vector<int>> lcs(a.size() + 1, std::vector<int>(b.size() + 1, 0));
    for (std::size_t i = a.size(); i-- > 0;) {
        for (std::size_t j = b.size(); j-- > 0;) {
            lcs[i][j] =
                a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        }
    }
    line_diff d;
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < a.size() || j < b.size()) {
        if (i < a.size() && j < b.size() && a[i] == b[j]) {
            ++i;
            ++j;
        } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
            d.added.push_back(b[j++]);
        } else {
            d.removed.push_back(a[i++]);
        }
    }
    return d;
}

const fs::path source_dir = CALLMAP_SOURCE_DIR;
const fs::path golden_spec = source_dir / "tests/codegen/specs/mapped.yaml";

/// The header callmap-gen writes for a spec text (read as the golden spec, for its tables).
std::string header_for(const std::string& yaml) {
    callmap::gen::diagnostics diags(golden_spec.string());
    const std::optional<callmap::gen::spec> s =
        callmap::gen::load(yaml, golden_spec.string(), diags);
    const std::optional<callmap::gen::model::provider> m =
        s ? callmap::gen::check(*s, diags) : std::nullopt;
    if (!m) {
        ADD_FAILURE() << "the spec does not check";
        return {};
    }
    return callmap::gen::emit_header(*m);
}

/// `text` with `insert` placed after the first line that is exactly `after`.
std::string with_line_after(const std::string& text, const std::string& after,
                            const std::string& insert) {
    const std::size_t at = text.find(after + "\n");
    if (at == std::string::npos) {
        ADD_FAILURE() << "no line '" << after << "' in the spec";
        return text;
    }
    std::string out = text;
    out.insert(at + after.size() + 1, insert + "\n");
    return out;
}

TEST(emitted_header, every_line_is_within_100_columns) {
    std::vector<fs::path> headers;
    for (const auto& dir :
         {source_dir / "include/callmap/providers", source_dir / "tests/codegen/golden"}) {
        for (const auto& entry : fs::directory_iterator(dir)) headers.push_back(entry.path());
    }
    ASSERT_GE(headers.size(), 14u);  // ten providers, the registry, three goldens
    for (const auto& header : headers) {
        const std::vector<std::string> lines = lines_of(read_file(header));
        for (std::size_t i = 0; i < lines.size(); ++i) {
            // a URL in a comment is the one thing that may not be broken
            if (lines[i].find("// http") != std::string::npos) continue;
            EXPECT_LE(lines[i].size(), 100u)
                << header.filename() << ":" << i + 1 << ": " << lines[i];
        }
    }
}

TEST(emitted_header, a_new_wire_field_changes_only_its_own_lines) {
    const std::string spec = read_file(golden_spec);
    const std::string before = header_for(spec);
    const std::string after =
        header_for(with_line_after(spec, "    duration: decimal?", "    billed_seconds: int?"));
    const line_diff d = diff(lines_of(before), lines_of(after));
    // its member, its Describe entry, its id, its key, its drift shape and its read (in the
    // parser's definition, after the declarations); keys are dispatched by length, so the one
    // key of its length now shares a switch with it
    EXPECT_EQ(d.removed,
              (std::vector<std::string>{"            case 14: return key == \"caller_id_used\" ? "
                                        "field::caller_id_used : -1;"}));
    EXPECT_EQ(d.added, (std::vector<std::string>{
                           "    std::optional<std::int64_t> billed_seconds{};",
                           "    billed_seconds,",
                           "            billed_seconds,",
                           "        \"billed_seconds\",",
                           "            case 14:",
                           "                switch (key[0]) {",
                           "                    case 'c': return key == \"caller_id_used\" ? "
                           "field::caller_id_used : -1;",
                           "                    case 'b': return key == \"billed_seconds\" ? "
                           "field::billed_seconds : -1;",
                           "                    default: return -1;",
                           "                }",
                           "    {\"billed_seconds\", 2, 0, false, true, -1, {}, false},",
                           "            case field::billed_seconds: return read_value(r, "
                           "out.billed_seconds);",
                       }));
}

TEST(emitted_header, a_new_mapping_changes_only_its_own_lines_in_to_call) {
    const std::string spec = with_line_after(read_file(golden_spec), "    duration: decimal?",
                                             "    billed_seconds: int?");
    const std::string before = header_for(spec);
    const std::string after =
        header_for(with_line_after(spec, "  talk_ms: {difference: [ended_at, answered_at]}",
                                   "  billed_ms: {from: data.billed_seconds, scale: 1000}"));
    const line_diff d = diff(lines_of(before), lines_of(after));
    EXPECT_TRUE(d.removed.empty());
    ASSERT_EQ(d.added.size(), 3u);
    EXPECT_EQ(d.added[0], "    if (in.data && in.data->billed_seconds) {");
    EXPECT_EQ(
        d.added[1],
        "        ::callmap::set_if(::callmap::scaled_integer(*in.data->billed_seconds, 1000), "
        "out.billed_ms);");
    EXPECT_EQ(d.added[2], "    }");
}

}  // namespace
