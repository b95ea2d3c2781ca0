// Every provider fixture, end to end from its spec: tests/providers/fixtures/<provider>/<case>.json
// normalized as that provider must equal <case>.expected.json (the canonical JSON, one line)
// exactly, or, for payloads that must fail, <case>.error.txt (the error text). Payloads that
// normalize must also be auto-detected as their provider.
#include "callmap/builtin.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

const fs::path fixtures_dir = fs::path(CALLMAP_TESTS_DIR) / "providers" / "fixtures";

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string without_final_newline(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
    return text;
}

struct fixture {
    std::string provider;
    fs::path payload;
};

std::vector<fixture> all_fixtures() {
    std::vector<fixture> out;
    if (!fs::is_directory(fixtures_dir)) return out;
    for (const auto& dir : fs::directory_iterator(fixtures_dir)) {
        if (!dir.is_directory()) continue;
        for (const auto& file : fs::directory_iterator(dir.path())) {
            const std::string name = file.path().filename().string();
            if (file.path().extension() != ".json" || name.ends_with(".expected.json")) continue;
            out.push_back({dir.path().filename().string(), file.path()});
        }
    }
    std::sort(out.begin(), out.end(),
              [](const fixture& a, const fixture& b) { return a.payload < b.payload; });
    return out;
}

/// gtest prints a parameter by its file name (not byte by byte, padding included).
void PrintTo(const fixture& f, std::ostream* os) {
    *os << f.payload.filename().string();
}

class provider_fixture : public testing::TestWithParam<fixture> {};

TEST_P(provider_fixture, normalizes_to_the_expected_record) {
    const fixture& f = GetParam();
    const std::string payload = read_file(f.payload);
    fs::path expected_json = f.payload;
    expected_json.replace_extension(".expected.json");
    fs::path expected_error = f.payload;
    expected_error.replace_extension(".error.txt");
    ASSERT_TRUE(fs::exists(expected_json) != fs::exists(expected_error))
        << "give " << f.payload << " exactly one of " << expected_json.filename() << " or "
        << expected_error.filename();

    callmap::arena arena;
    const callmap::result<callmap::call> call = callmap::normalize(payload, arena, f.provider);
    if (fs::exists(expected_error)) {
        ASSERT_FALSE(call) << callmap::to_json(*call);
        EXPECT_EQ(call.error().to_string(), without_final_newline(read_file(expected_error)));
        return;
    }
    ASSERT_TRUE(call) << call.error();
    EXPECT_EQ(callmap::to_json(*call), without_final_newline(read_file(expected_json)));

    const callmap::result<std::string_view> detected = callmap::detect(payload);
    ASSERT_TRUE(detected) << detected.error();
    EXPECT_EQ(*detected, f.provider);
}

INSTANTIATE_TEST_SUITE_P(fixtures, provider_fixture, testing::ValuesIn(all_fixtures()),
                         [](const testing::TestParamInfo<fixture>& p) {
                             std::string name =
                                 p.param.provider + "_" + p.param.payload.stem().string();
                             for (char& c : name) {
                                 if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                             }
                             return name;
                         });

TEST(provider_fixtures, every_provider_has_fixtures) {
    for (const auto& p : callmap::builtin_providers) {
        EXPECT_TRUE(fs::is_directory(fixtures_dir / p.name)) << "no fixtures for " << p.name;
    }
    EXPECT_GE(all_fixtures().size(), callmap::builtin_providers.size());
}

}  // namespace
