// The callmap tool on many inputs, good and hostile mixed (every fixture, a truncation and a
// corruption of each, empty and missing files): a payload that fails never leaves a partial
// record on stdout, the good ones are all still processed and printed in input order, every
// failure is one line on stderr naming its input, and the exit status is as documented
// (0 all succeeded, 1 some input failed, 2 usage error).
#include "hostile.hpp"

namespace {

using hostile::cli_run;
using hostile::run_cli;

class cli : public testing::Test {
protected:
    void SetUp() override {
        if (!hostile::have_cli()) GTEST_SKIP() << "the callmap tool is not built";
    }
    hostile::temp_dir dir;
};

struct input {
    std::string path;
    std::string payload;
    bool exists = true;
};

/// Every fixture, plus a truncated and a corrupted copy of each, an empty file and a missing one.
std::vector<input> mixed_inputs(const hostile::temp_dir& dir) {
    std::vector<input> out;
    std::size_t n = 0;
    for (const auto& f : hostile::fixtures()) {
        out.push_back({f.path.string(), f.text});
        const std::string cut = f.text.substr(0, f.text.size() / 2);
        out.push_back({dir.write("cut_" + std::to_string(n) + ".json", cut).string(), cut});
        std::string bad = f.text;
        bad[bad.size() * 2 / 3] = '\xFF';
        out.push_back({dir.write("bad_" + std::to_string(n) + ".json", bad).string(), bad});
        ++n;
    }
    out.push_back({dir.write("empty.json", "").string(), ""});
    out.push_back({(dir.path() / "missing.json").string(), "", false});
    out.push_back({hostile::fixtures().front().path.string(), hostile::fixtures().front().text});
    return out;
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

TEST_F(cli, normalize_many_inputs_prints_every_good_record_and_nothing_of_the_bad_ones) {
    const std::vector<input> inputs = mixed_inputs(dir);
    std::string expected_out;
    std::vector<std::string> failed;
    for (const auto& in : inputs) {
        callmap::arena memory;
        const auto c = in.exists ? hostile::normalize_call(in.payload, memory)
                                 : callmap::result<callmap::call>(callmap::parse_error{});
        if (c) {
            expected_out += callmap::to_json(*c) + "\n";
        } else {
            failed.push_back(in.path);
        }
    }
    ASSERT_GT(failed.size(), inputs.size() / 3);
    std::vector<std::string> args{"normalize"};
    for (const auto& in : inputs) args.push_back(in.path);
    const cli_run r = run_cli(args);
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(r.out, expected_out);  // whole records only, in input order
    const std::vector<std::string> errors = lines(r.err);
    ASSERT_EQ(errors.size(), failed.size()) << r.err;
    for (std::size_t i = 0; i < errors.size(); ++i) {
        EXPECT_TRUE(errors[i].starts_with(failed[i] + ": ")) << errors[i];
    }
}

TEST_F(cli, normalize_all_good_exits_0_silently) {
    std::vector<std::string> args{"normalize"};
    std::string expected;
    for (const auto& f : hostile::fixtures()) {
        callmap::arena memory;
        const auto c = hostile::normalize_call(f.text, memory);
        if (!c) continue;
        args.push_back(f.path.string());
        expected += callmap::to_json(*c) + "\n";
    }
    const cli_run r = run_cli(args);
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, expected);
    EXPECT_EQ(r.err, "");
}

TEST_F(cli, a_payload_failing_at_its_last_byte_prints_nothing) {
    for (const auto& f : hostile::fixtures()) {
        callmap::arena memory;
        if (!hostile::normalize_call(f.text, memory)) continue;
        const auto path = dir.write("late.json", f.text + "x");
        const cli_run r = run_cli({"normalize", "--provider", f.provider, path.string()});
        EXPECT_EQ(r.status, 1) << f.name;
        EXPECT_EQ(r.out, "") << f.name;
        EXPECT_NE(r.err.find("unexpected content after the JSON value"), std::string::npos)
            << r.err;
    }
}

TEST_F(cli, json_and_csv_output_hold_exactly_the_good_records) {
    const std::vector<input> inputs = mixed_inputs(dir);
    std::vector<std::string> args{"normalize", "--format", "json"};
    std::size_t good = 0;
    for (const auto& in : inputs) {
        args.push_back(in.path);
        callmap::arena memory;
        if (in.exists && hostile::normalize_call(in.payload, memory)) ++good;
    }
    const cli_run json = run_cli(args);
    EXPECT_EQ(json.status, 1);
    ASSERT_TRUE(callmap::json::validate(json.out)) << json.out.substr(0, 500);
    callmap::arena memory;
    const auto records = callmap::parse<std::vector<callmap::raw_json>>(json.out, memory);
    ASSERT_TRUE(records) << records.error();
    EXPECT_EQ(records->size(), good);

    const cli_run none = run_cli({"normalize", "--format", "json", (dir.path() / "nope").string()});
    EXPECT_EQ(none.status, 1);
    EXPECT_EQ(none.out, "[]\n");

    args[2] = "csv";
    const cli_run csv = run_cli(args);
    EXPECT_EQ(csv.status, 1);
    EXPECT_TRUE(csv.out.starts_with("provider,id,shape,event,direction,"))
        << csv.out.substr(0, 200);
}

TEST_F(cli, ndjson_lines_fail_alone_and_are_named_by_line) {
    std::string stream;
    std::string expected_out;
    std::vector<std::string> expected_err_prefixes;
    std::size_t line = 0;
    const auto stream_path = dir.path() / "stream.ndjson";
    for (const auto& f : hostile::fixtures()) {
        std::string one = f.text;
        for (char& c : one) {
            if (c == '\n' || c == '\r') c = ' ';  // JSON strings hold no raw line breaks
        }
        for (const std::string& payload : {one, one.substr(0, one.size() / 2)}) {
            stream += payload + "\n";
            ++line;
            callmap::arena memory;
            const auto c = hostile::normalize_call(payload, memory);
            if (c) {
                expected_out += callmap::to_json(*c) + "\n";
            } else {
                expected_err_prefixes.push_back(stream_path.string() + ":" + std::to_string(line) +
                                                ": ");
            }
        }
        stream += "   \n";  // blank lines are skipped
        ++line;
    }
    dir.write("stream.ndjson", stream);
    const cli_run r = run_cli({"normalize", "--ndjson", stream_path.string()});
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(r.out, expected_out);
    const std::vector<std::string> errors = lines(r.err);
    ASSERT_EQ(errors.size(), expected_err_prefixes.size()) << r.err;
    for (std::size_t i = 0; i < errors.size(); ++i) {
        EXPECT_TRUE(errors[i].starts_with(expected_err_prefixes[i])) << errors[i];
    }
    // the same from standard input
    const cli_run piped = run_cli({"normalize", "--ndjson", "-"}, stream_path.string());
    EXPECT_EQ(piped.status, 1);
    EXPECT_EQ(piped.out, expected_out);
}

TEST_F(cli, usage_errors_exit_2_and_print_nothing_on_stdout) {
    const auto good = hostile::fixtures().front().path.string();
    const std::vector<std::vector<std::string>> usages = {
        {},
        {"frobnicate"},
        {"normalize"},
        {"normalize", "--provider"},
        {"normalize", "--provider", "nobody", good},
        {"normalize", "--format", "xml", good},
        {"normalize", "--bogus", good},
        {"detect"},
        {"detect", "--bogus", good},
        {"providers", "extra"},
    };
    for (const auto& args : usages) {
        const cli_run r = run_cli(args);
        std::string joined;
        for (const auto& a : args) joined += a + " ";
        EXPECT_EQ(r.status, 2) << joined << "\n" << r.err;
        EXPECT_EQ(r.out, "") << joined;
        EXPECT_NE(r.err, "") << joined;
    }
}

TEST_F(cli, detect_and_check_keep_going_past_bad_inputs) {
    const std::vector<input> inputs = mixed_inputs(dir);
    std::vector<std::string> detect_args{"detect"}, check_args{"check"};
    std::size_t detected = 0, valid = 0;
    for (const auto& in : inputs) {
        detect_args.push_back(in.path);
        check_args.push_back(in.path);
        if (in.exists && hostile::detect(in.payload)) ++detected;
        if (in.exists && callmap::json::validate(in.payload)) ++valid;
    }
    const cli_run d = run_cli(detect_args);
    EXPECT_EQ(d.status, 1);
    EXPECT_EQ(lines(d.out).size(), detected);
    EXPECT_EQ(lines(d.err).size(), inputs.size() - detected) << d.err;
    const cli_run c = run_cli(check_args);
    EXPECT_EQ(c.status, 1);
    EXPECT_EQ(c.out, "");
    EXPECT_EQ(lines(c.err).size(), inputs.size() - valid) << c.err;
}

}  // namespace
