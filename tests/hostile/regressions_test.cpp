// Regression tests: one per bug found by the hostile suites and the fuzzers (fuzz/), each with
// the smallest input that shows it. A fuzz finding is added here with its input bytes
// (scripts/fuzz.sh repro TARGET FILE reproduces it; xxd -i FILE prints it as C).
#include "hostile.hpp"

namespace {

namespace fs = std::filesystem;
using callmap::error_code;
using hostile::outcome;

// --- the typed reader: a malformed token is a syntax error ----------------------------------
// Found by hostile_truncation_test (a fixture cut inside `null`) and hostile_corruption_test.
// The typed reader reported `nul` where a string may stand as "expected string, found null"
// (type_mismatch), `tru` as "found boolean" and `@` as a type mismatch too, while validate()
// and callmap::normalize with auto-detection report invalid_literal / expected_value for the
// same bytes: the same payload got two different errors depending on --provider.

struct token_case {
    const char* name;
    std::string_view payload;
    error_code code;
    std::size_t offset;
};

const token_case token_cases[] = {
    {"truncated_null_in_optional_string", R"({"success":true,"message":nul})",
     error_code::invalid_literal, 26},
    {"truncated_null_in_required_bool", R"({"success":nul})", error_code::invalid_literal, 11},
    {"truncated_true_in_string", R"({"success":true,"message":tru})", error_code::invalid_literal,
     26},
    {"misspelled_false_in_string", R"({"success":true,"message":fals})",
     error_code::invalid_literal, 26},
    {"stray_byte_in_string", R"({"success":true,"message":@})", error_code::expected_value, 26},
    {"nul_byte_in_bool", std::string_view("{\"success\":\0}", 13), error_code::expected_value, 11},
    {"stray_byte_as_root", "@", error_code::expected_value, 0},
    {"nul_byte_as_root", std::string_view("\0", 1), error_code::expected_value, 0},
};

void PrintTo(const token_case& c, std::ostream* os) {
    *os << c.name;
}

class typed_reader : public testing::TestWithParam<token_case> {};

TEST_P(typed_reader, malformed_literal_is_a_syntax_error_not_a_type_mismatch) {
    const token_case& c = GetParam();
    const outcome valid = hostile::validate(c.payload);
    ASSERT_FALSE(valid.ok);
    ASSERT_EQ(valid.error.code, c.code) << valid;
    ASSERT_EQ(valid.error.offset, c.offset) << valid;
    const outcome named = hostile::normalize(c.payload, "twochat");
    EXPECT_EQ(named.error.code, c.code)
        << named << "\n  expected: " << valid
        << "\n  (include/callmap/json/reader.hpp, reader::fail_type: a token that is no JSON "
           "value, or a malformed literal, must fail as validate() does)";
    EXPECT_EQ(named.error.offset, c.offset) << named;
    const outcome automatic = hostile::normalize(c.payload);
    EXPECT_EQ(automatic.error.code, c.code) << automatic;
}

INSTANTIATE_TEST_SUITE_P(cases, typed_reader, testing::ValuesIn(token_cases),
                         [](const testing::TestParamInfo<token_case>& i) { return i.param.name; });

// --- the mapping: an arena that runs out while to_call() builds the record ------------------
// Found by hostile_limits_test (limits.arena_bytes). With an arena too small for the record,
// to_call() returned success with parts of the record silently missing: build_array() and
// mapping_context::warn()/warnings() (include/callmap/mapping.hpp) drop what does not fit,
// including the "arena limit reached while mapping" warning itself. Limits must fail with
// their own error: arena_limit_exceeded.

constexpr std::string_view diga_payload =
    R"({"id":"c1","status":"completed","type":"outbound","contact":{"id":"k1"},)"
    R"("recording_url":"https://r.example/1.mp3"})";

TEST(mapping, arena_exhausted_while_mapping_is_an_error) {
    const outcome full = hostile::normalize(diga_payload, "diga");
    ASSERT_TRUE(full.ok) << full;
    ASSERT_NE(full.json.find("recordings"), std::string::npos) << full.json;
    for (const std::size_t limit :
         {std::size_t{0}, std::size_t{8}, std::size_t{16}, std::size_t{24}}) {
        const outcome small = hostile::normalize(diga_payload, "diga", {}, limit);
        if (small.ok) {
            EXPECT_EQ(small.json, full.json)
                << "arena limit " << limit << ": a record with parts missing, no error";
        } else {
            EXPECT_EQ(small.error.code, error_code::arena_limit_exceeded) << small;
        }
    }
}

// --- the tool: an input that cannot be read is one failed input -----------------------------
// Found by hand while writing hostile_cli_test. `callmap normalize DIR good.json` aborted with
// an uncaught std::bad_alloc (exit 134, SIGABRT) and never processed good.json:
// cli::read_input (tools/callmap/cli.cpp) opens a directory with std::ifstream (which succeeds
// on Linux), tellg() at the end gives a huge size (9223372036854775807 on ext4/overlayfs), and
// std::string(size, '\0') throws. Expected: "DIR: cannot read: Is a directory" on stderr,
// good.json's record on stdout, exit status 1. The same path serves check, format, detect and
// drift.

TEST(cli_input, a_directory_is_a_failed_input_not_a_crash) {
    if (!hostile::have_cli()) GTEST_SKIP() << "the callmap tool is not built";
    const hostile::temp_dir dir;
    const hostile::fixture* good = hostile::one_good_fixture_per_provider().front();
    callmap::arena memory;
    const auto record = hostile::normalize_call(good->text, memory);
    ASSERT_TRUE(record);
    for (const char* command : {"normalize", "detect", "check"}) {
        const hostile::cli_run r =
            hostile::run_cli({command, dir.path().string(), good->path.string()});
        EXPECT_EQ(r.status, 1) << command << ": " << r.err;
        EXPECT_NE(r.err.find(dir.path().string() + ": cannot read"), std::string::npos)
            << command << ": " << r.err;
        if (std::string_view(command) == "normalize") {
            EXPECT_EQ(r.out, callmap::to_json(*record) + "\n");
        }
    }
}

// --- the tool: output that cannot be written is a failure -----------------------------------
// Found by hand. `callmap normalize good.json >/dev/full` exits 0 although no record was
// written: run_normalize (tools/callmap/normalize.cpp) never checks std::cout after writing or
// flushing. Expected: a message on stderr ("callmap: cannot write the output: No space left
// on device") and a non-zero exit status (1: the input's record was not delivered).

TEST(cli_output, a_write_error_is_not_success) {
    if (!hostile::have_cli()) GTEST_SKIP() << "the callmap tool is not built";
    if (!fs::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
    const hostile::fixture* good = hostile::one_good_fixture_per_provider().front();
    const hostile::cli_run r =
        hostile::run_cli({"normalize", good->path.string()}, {}, "/dev/full");
    EXPECT_NE(r.status, 0) << "records were lost, exit status 0; stderr: " << r.err;
    EXPECT_NE(r.err, "");
}

// --- fuzz findings --------------------------------------------------------------------------

// fuzz_normalize (CI fuzz-smoke, commit a7a77f3): a Vonage event webhook with an escaped key
// ("\rart_time") before `timestamp`, the key that tells the event from the get answer. Detected,
// the unvalidated key scan gave up at the escape and the validating detect_shape chose the
// event; named vonage, the scan gave up too but its partial keys were taken as final, none of
// the shapes' keys were all there, and the payload was read as the get answer: the same payload
// gave source.shape "webhook" with auto and "get" with --provider vonage. A named provider's
// scan that gives up now reads the keys validating, as detection does.
TEST(fuzz_normalize, an_escaped_key_before_the_shapes_keys_gives_the_same_shape_named) {
    const std::string_view payload =
        R"({"uuid":"u1","conversation_uuid":"CON-1","\rart_time":"2021-07-01T20:45:35.000Z",)"
        R"("status":"completed","timestamp":"2020-07-01T20:45:41.712Z"})";
    const outcome detected = hostile::normalize(payload);
    const outcome named = hostile::normalize(payload, "vonage");
    ASSERT_TRUE(detected.ok) << detected.text();
    ASSERT_TRUE(named.ok) << named.text();
    EXPECT_EQ(named.json, detected.json);
    EXPECT_NE(named.json.find(R"("source":{"shape":"webhook","event":"completed"})"),
              std::string::npos)
        << named.json;
}

}  // namespace
