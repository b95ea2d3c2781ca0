// Shared by the hostile-input suites (tests/hostile/*_test.cpp): the provider fixtures, every
// compiled-in provider's parser + mapping as a function, the outcome of one run, and a walk of a
// fixture that knows, for every value, what the provider's spec says may stand there.
//
// What reaches the generated providers (their parsers, to_call, the registry's normalize and
// detect) is declared here and defined once, in providers.cpp (library hostile_providers): the
// registry instantiates every provider's parser and mapping, the heaviest code to compile, and the
// suites would otherwise each compile all of it again.
//
// Environment: CALLMAP_HOSTILE_STRIDE=N and CALLMAP_HOSTILE_OFFSET=K check every N-th position
// of the exhaustive loops, from the K-th, instead of all of them (tests/support/sampling.hpp;
// the presets of the ASan and Clang runs and scripts/valgrind.sh set them). Default: every
// position.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <sys/wait.h>
#include <unistd.h>

#include "callmap/arena.hpp"
#include "callmap/call.hpp"
#include "callmap/error.hpp"
#include "callmap/json.hpp"
#include "callmap/normalize.hpp"
#include "support/sampling.hpp"

namespace callmap {
/// gtest prints error codes by name.
inline void PrintTo(error_code code, std::ostream* os) {
    *os << describe(code) << " (" << static_cast<int>(code) << ")";
}
}  // namespace callmap

namespace hostile {

namespace fs = std::filesystem;
using callmap::error_code;

// --- providers -----------------------------------------------------------------------------

/// One provider's generated entry points: callmap::parse<root> (+ <provider>::to_call).
struct provider_api {
    std::string_view name;
    callmap::result<callmap::call> (*parse_and_map)(std::string_view, callmap::arena&,
                                                    const callmap::parse_options&);
    callmap::result<void> (*parse_only)(std::string_view, callmap::arena&,
                                        const callmap::parse_options&);
};

/// Every provider of the generated registry, in its order.
const std::vector<provider_api>& providers();

/// The built-in registry's entry points (callmap/builtin.hpp).
const callmap::provider_entry* find_provider(std::string_view name);
callmap::result<std::string_view> detect(std::string_view payload);
callmap::result<callmap::call> normalize_call(std::string_view payload, callmap::arena& memory,
                                              std::string_view provider = "auto",
                                              const callmap::parse_options& options = {});

inline const provider_api* find_api(std::string_view name) {
    for (const auto& p : providers()) {
        if (p.name == name) return &p;
    }
    return nullptr;
}

// --- fixtures ------------------------------------------------------------------------------

inline std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

struct fixture {
    std::string provider;
    std::string name;  // provider_case, usable as a test name
    fs::path path;
    std::string text;
};

/// The payload fixtures of every compiled-in provider (tests/providers/fixtures/<p>/*.json,
/// not *.expected.json), sorted.
inline const std::vector<fixture>& fixtures() {
    static const std::vector<fixture> all = [] {
        std::vector<fixture> out;
        const fs::path dir = fs::path(CALLMAP_TESTS_DIR) / "providers" / "fixtures";
        if (!fs::is_directory(dir)) return out;
        for (const auto& p : providers()) {
            if (!fs::is_directory(dir / p.name)) continue;
            for (const auto& file : fs::directory_iterator(dir / p.name)) {
                const std::string base = file.path().filename().string();
                if (file.path().extension() != ".json" || base.ends_with(".expected.json"))
                    continue;
                std::string name = std::string(p.name) + "_" + file.path().stem().string();
                for (char& c : name) {
                    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                }
                out.push_back({std::string(p.name), name, file.path(), read_file(file.path())});
            }
        }
        std::sort(out.begin(), out.end(),
                  [](const fixture& a, const fixture& b) { return a.name < b.name; });
        return out;
    }();
    return all;
}

/// The providers that have fixtures: the suites are parameterized by provider (one process
/// per provider under ctest), and loop over its fixtures.
inline std::vector<std::string> provider_names() {
    std::vector<std::string> out;
    for (const auto& f : fixtures()) {
        if (out.empty() || out.back() != f.provider) out.push_back(f.provider);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

inline std::string provider_param_name(const testing::TestParamInfo<std::string>& info) {
    return info.param;
}

/// The fixtures of one provider.
inline std::vector<const fixture*> fixtures_of(std::string_view provider) {
    std::vector<const fixture*> out;
    for (const auto& f : fixtures()) {
        if (f.provider == provider) out.push_back(&f);
    }
    return out;
}

/// How many failures the running test has recorded so far.
inline int failures_so_far() {
    return testing::UnitTest::GetInstance()->current_test_info()->result()->total_part_count();
}

/// Which positions the exhaustive loops check (tests/support/sampling.hpp).
using support::sample;
using support::sampling;

/// Runs `check(fixture)` for every fixture of `provider`, each under a trace with its name (and
/// the sampling, when not every position is checked); a fatal failure in one fixture moves on
/// to the next.
template <class Check>
void for_each_fixture(std::string_view provider, Check&& check) {
    const auto all = fixtures_of(provider);
    ASSERT_FALSE(all.empty()) << "no fixtures for " << provider;
    SCOPED_TRACE(sample().describe());
    for (const fixture* f : all) {
        SCOPED_TRACE(f->path.filename().string());
        check(*f);
    }
}

// --- outcomes ------------------------------------------------------------------------------

/// The result of one run: success and the record's canonical JSON, or the error.
struct outcome {
    bool ok = false;
    callmap::parse_error error;
    std::string json;
    std::string provider;  ///< the record's provider (when ok)

    std::string text() const { return ok ? json : error.to_string(); }
    friend bool operator==(const outcome& a, const outcome& b) {
        if (a.ok != b.ok) return false;
        if (a.ok) return a.json == b.json;
        return a.error.code == b.error.code && a.error.offset == b.error.offset &&
               a.error.message == b.error.message && a.error.path == b.error.path;
    }
    friend std::ostream& operator<<(std::ostream& os, const outcome& o) { return os << o.text(); }
};

inline outcome from(const callmap::result<callmap::call>& r) {
    outcome o;
    o.ok = bool(r);
    if (r) {
        o.json = callmap::to_json(*r);
        o.provider = r->provider;
    } else {
        o.error = r.error();
    }
    return o;
}
inline outcome from(const callmap::result<void>& r) {
    outcome o;
    o.ok = bool(r);
    if (!r) o.error = r.error();
    return o;
}

/// An arena for one run: a fresh one with a limit, else one reused across runs (reset), as a
/// server would use it — and without a heap allocation per run.
class run_arena {
public:
    explicit run_arena(std::size_t limit) {
        if (limit != callmap::arena::default_max_bytes) {
            own_ = std::make_unique<callmap::arena>(limit);
            memory_ = own_.get();
        } else {
            static callmap::arena reused;
            reused.reset();
            memory_ = &reused;
        }
    }
    callmap::arena& get() { return *memory_; }

private:
    std::unique_ptr<callmap::arena> own_;
    callmap::arena* memory_;
};

inline outcome parse_and_map(const provider_api& p, std::string_view payload,
                             const callmap::parse_options& options = {},
                             std::size_t arena_limit = callmap::arena::default_max_bytes) {
    run_arena memory(arena_limit);
    return from(p.parse_and_map(payload, memory.get(), options));
}
inline outcome parse_only(const provider_api& p, std::string_view payload,
                          const callmap::parse_options& options = {}) {
    run_arena memory(callmap::arena::default_max_bytes);
    return from(p.parse_only(payload, memory.get(), options));
}
inline outcome normalize(std::string_view payload, std::string_view provider = "auto",
                         const callmap::parse_options& options = {},
                         std::size_t arena_limit = callmap::arena::default_max_bytes) {
    run_arena memory(arena_limit);
    return from(normalize_call(payload, memory.get(), provider, options));
}
inline outcome validate(std::string_view payload, const callmap::parse_options& options = {}) {
    return from(callmap::json::validate(payload, options));
}

/// Codes of malformed JSON (as opposed to limits, types and mapping).
inline bool is_syntax_error(error_code c) {
    return c >= error_code::empty_input && c <= error_code::invalid_utf8;
}

/// The typed parser's error `typed` is the syntax error `valid` that validate() reports.
inline bool same_syntax_error(const outcome& typed, const outcome& valid) {
    return !typed.ok && !valid.ok && typed.error.code == valid.error.code;
}

/// A typed parse (or normalize) of a payload against validate() of the same bytes: it never
/// accepts what validate refuses, it refuses no later than validate (it reads the same bytes
/// left to right and may stop earlier, at a value of the wrong type), and a syntax error it
/// reports is validate's (same code, same byte).
inline testing::AssertionResult consistent_with_validate(const outcome& typed,
                                                         const outcome& valid) {
    if (!valid.ok && typed.ok)
        return testing::AssertionFailure() << "accepted invalid JSON (" << valid << "): " << typed;
    if (!valid.ok && typed.error.line != 0 && typed.error.offset > valid.error.offset)
        return testing::AssertionFailure()
               << "refused later than validate: " << typed << "\nvalidate: " << valid;
    if (!typed.ok && is_syntax_error(typed.error.code) &&
        (valid.ok || typed.error.code != valid.error.code ||
         typed.error.offset != valid.error.offset))
        return testing::AssertionFailure()
               << "syntax error differs: " << typed << "\nvalidate: " << valid;
    if (!typed.ok && !valid.ok && typed.error.offset == valid.error.offset &&
        typed.error.line != 0 && !same_syntax_error(typed, valid) &&
        typed.error.code != error_code::depth_limit_exceeded)
        return testing::AssertionFailure()
               << "a different error at validate's byte: " << typed << "\nvalidate: " << valid;
    return testing::AssertionSuccess();
}

/// An error must be well formed: a code, a message, an offset inside the input, the line and
/// column of that offset (counted here, independently of callmap::json::locate) and a JSON
/// path — or line 0 for errors that belong to no place (a provider's error answer, detection).
inline testing::AssertionResult well_formed(const outcome& o, std::string_view input) {
    if (o.ok) return testing::AssertionSuccess();
    const callmap::parse_error& e = o.error;
    if (e.code == error_code::ok || e.message.empty())
        return testing::AssertionFailure() << "empty error: " << e.to_string();
    if (e.line == 0) return testing::AssertionSuccess();
    if (e.offset > input.size())
        return testing::AssertionFailure() << "offset " << e.offset << " > size " << input.size();
    const std::string_view before = input.substr(0, e.offset);
    const std::size_t line =
        1 + static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
    const std::size_t last_newline = before.rfind('\n');
    const std::size_t column =
        e.offset - (last_newline == std::string_view::npos ? 0 : last_newline + 1) + 1;
    if (e.line != line || e.column != column)
        return testing::AssertionFailure()
               << "line/column should be " << line << "/" << column << ": " << e.to_string();
    if (e.path.empty() || e.path[0] != '$')
        return testing::AssertionFailure() << "no JSON path: " << e.to_string();
    return testing::AssertionSuccess();
}

// --- what the spec says about each value of a fixture --------------------------------------

enum class json_kind : std::uint8_t {
    string,
    number,
    boolean,
    null,
    object,
    array
};

inline json_kind kind_at(char c) {
    switch (c) {
        case '"': return json_kind::string;
        case '{': return json_kind::object;
        case '[': return json_kind::array;
        case 't':
        case 'f': return json_kind::boolean;
        case 'n': return json_kind::null;
        default: return json_kind::number;
    }
}

/// How the parser treats a value.
enum class role : std::uint8_t {
    unknown,  ///< under a key the spec does not declare: validated and skipped
    any,      ///< a declared free-form value (raw JSON, map of raw JSON): kept as text
    typed,    ///< a declared value with a type
};

struct value_info {
    std::size_t start = 0;  ///< first byte of the value
    std::size_t end = 0;    ///< one past its last byte
    json_kind kind = json_kind::null;
    std::string path;       ///< as callmap::json::locate prints it
    int parent = -1;        ///< index of the enclosing container's value_info
    std::size_t depth = 0;  ///< containers around it (the root value: 0)
    // as a member of an object
    bool is_member = false;
    std::size_t key_start = 0;  ///< the key's opening quote
    std::string_view key_text;  ///< the key as written (with quotes)
    // what the spec allows here (role == typed)
    role how = role::unknown;
    std::uint8_t kinds = 0;      ///< callmap::drift json_kind bits allowed for this value
    bool nullable = false;       ///< null is allowed here
    bool stored = false;         ///< a container the parser stores (counts against
                                 ///< parse_options::max_array_elements)
    bool struct_object = false;  ///< an object read as a declared struct (duplicate keys refused)
    std::vector<std::size_t> children;  ///< members / elements, in order
};

namespace detail {

struct expectation {
    role how = role::unknown;
    const callmap::drift::field_shape* field = nullptr;
    std::uint8_t arrays_left = 0;
    bool map_pending = false;
    bool outermost = true;
};

class fixture_walker {
public:
    fixture_walker(std::string_view text, const callmap::provider_entry& entry)
        : text_(text), entry_(entry) {
        root_field_ = {"$",  callmap::drift::kind_object, 0, false, false, entry.root_shape, {},
                       false};
    }

    std::vector<value_info> walk() {
        callmap::arena memory;
        callmap::json::reader r(text_, memory);
        if (!r.document_start()) return {};
        expectation e{role::typed, &root_field_, 0, false, true};
        if (!value(r, e, -1, "$", 0)) return {};
        return std::move(values_);
    }

private:
    const callmap::drift::field_shape* member_shape(int object, std::string_view key) const {
        if (object < 0 || static_cast<std::size_t>(object) >= entry_.shapes.size()) return nullptr;
        for (const auto& f : entry_.shapes[static_cast<std::size_t>(object)].fields) {
            if (f.key == key) return &f;
        }
        return nullptr;
    }

    bool value(callmap::json::reader& r, const expectation& e, int parent, std::string path,
               std::size_t depth) {
        r.skip_ws();
        const std::size_t index = values_.size();
        values_.emplace_back();
        {
            value_info& v = values_.back();
            v.start = r.offset();
            v.kind = kind_at(r.peek());
            v.path = std::move(path);
            v.parent = parent;
            v.depth = depth;
            v.how = e.how;
        }
        // what may stand here, and how the children are read
        expectation child{e.how == role::typed ? role::typed : e.how, nullptr, 0, false, false};
        int member_object = -1;
        if (e.how == role::typed) {
            const auto& f = *e.field;
            value_info& v = values_[index];
            v.nullable = e.outermost && f.nullable;
            if (e.arrays_left > 0) {
                v.kinds = callmap::drift::kind_array;
                v.stored = true;
                child = {role::typed, &f, static_cast<std::uint8_t>(e.arrays_left - 1),
                         e.map_pending, false};
            } else if (e.map_pending) {
                v.kinds = callmap::drift::kind_object;
                v.stored = true;
                child = {role::typed, &f, 0, false, false};
            } else if (f.kinds == callmap::drift::kind_any) {
                v.how = role::any;
                v.kinds = callmap::drift::kind_any;
                child.how = role::any;
            } else {
                v.kinds = f.kinds;
                if (v.kind == json_kind::object && (f.kinds & callmap::drift::kind_object) != 0 &&
                    f.object >= 0) {
                    v.struct_object = true;
                    member_object = f.object;
                } else {
                    child.how = role::any;  // not expected to occur in a parsed fixture
                }
            }
        }
        switch (values_[index].kind) {
            case json_kind::object: {
                bool more = false;
                if (!r.object_start(more)) return false;
                while (more) {
                    r.skip_ws();
                    const std::size_t key_start = r.offset();
                    std::string_view key;
                    if (!r.object_key(key)) return false;
                    std::size_t key_end = r.offset() - 1;  // the ':'
                    while (key_end > key_start && text_[key_end - 1] != '"') --key_end;
                    const std::string_view key_text = text_.substr(key_start, key_end - key_start);
                    expectation m = child;
                    if (values_[index].struct_object) {
                        const auto* f = member_shape(member_object, key);
                        m = f != nullptr
                                ? expectation{role::typed, f, f->array_depth, f->is_map, true}
                                : expectation{role::unknown, nullptr, 0, false, true};
                    }
                    std::string member_path = values_[index].path;
                    callmap::json::detail::append_path_key(member_path, key);
                    const std::size_t child_index = values_.size();
                    values_[index].children.push_back(child_index);
                    if (!value(r, m, static_cast<int>(index), std::move(member_path), depth + 1))
                        return false;
                    values_[child_index].is_member = true;
                    values_[child_index].key_start = key_start;
                    values_[child_index].key_text = key_text;
                    if (!r.object_next(more)) return false;
                }
                break;
            }
            case json_kind::array: {
                bool more = false;
                if (!r.array_start(more)) return false;
                std::size_t i = 0;
                while (more) {
                    const std::size_t child_index = values_.size();
                    values_[index].children.push_back(child_index);
                    if (!value(r, child, static_cast<int>(index),
                               values_[index].path + "[" + std::to_string(i++) + "]", depth + 1))
                        return false;
                    if (!r.array_next(more)) return false;
                }
                break;
            }
            default:
                if (!r.skip_value()) return false;
        }
        values_[index].end = r.offset();
        return true;
    }

    std::string_view text_;
    const callmap::provider_entry& entry_;
    callmap::drift::field_shape root_field_;
    std::vector<value_info> values_;
};

}  // namespace detail

/// Every value of a fixture in document order (index 0: the root), with what the provider's
/// spec allows at each. Empty when the fixture is not valid JSON.
inline std::vector<value_info> walk_fixture(const fixture& f) {
    const callmap::provider_entry* entry = find_provider(f.provider);
    if (entry == nullptr) return {};
    return detail::fixture_walker(f.text, *entry).walk();
}

/// drift kind bit of a JSON kind (null: 0).
inline std::uint8_t kind_bit(json_kind k) {
    switch (k) {
        case json_kind::string: return callmap::drift::kind_string;
        case json_kind::number: return callmap::drift::kind_number;
        case json_kind::boolean: return callmap::drift::kind_boolean;
        case json_kind::object: return callmap::drift::kind_object;
        case json_kind::array: return callmap::drift::kind_array;
        case json_kind::null: return 0;
    }
    return 0;
}

/// True when the spec rules out a value of kind `k` at `v` (the parser must refuse it there).
inline bool refused_kind(const value_info& v, json_kind k) {
    if (v.how != role::typed) return false;
    if (k == json_kind::null) return !v.nullable;
    return (v.kinds & kind_bit(k)) == 0;
}

/// `text` with [at, at + length) replaced by `with`.
inline std::string splice(std::string_view text, std::size_t at, std::size_t length,
                          std::string_view with) {
    std::string out;
    out.reserve(text.size() - length + with.size());
    out.append(text.substr(0, at));
    out.append(with);
    out.append(text.substr(at + length));
    return out;
}

/// `member` ("\"key\":value") inserted as the first member of the root object.
inline std::string with_root_member(std::string_view payload, std::string_view member) {
    const std::size_t open = payload.find('{');
    std::size_t next = open + 1;
    while (next < payload.size() && (payload[next] == ' ' || payload[next] == '\n' ||
                                     payload[next] == '\r' || payload[next] == '\t'))
        ++next;
    const bool empty = next < payload.size() && payload[next] == '}';
    return splice(payload, open + 1, 0, std::string(member) + (empty ? "" : ","));
}

/// The first fixture of each provider whose payload maps to a record (for the big-input cases).
inline std::vector<const fixture*> one_good_fixture_per_provider() {
    std::vector<const fixture*> out;
    for (const auto& p : providers()) {
        const fixture* best = nullptr;
        for (const auto& f : fixtures()) {
            if (f.provider != p.name) continue;
            if (!normalize(f.text, p.name).ok) continue;
            if (best == nullptr || f.path.stem() == "documented") best = &f;
        }
        if (best != nullptr) out.push_back(best);
    }
    return out;
}

// --- the command-line tool -------------------------------------------------------------------

/// A scratch directory for one test, removed with the object.
class temp_dir {
public:
    temp_dir() {
        static int counter = 0;
        path_ = fs::temp_directory_path() /
                ("callmap_hostile_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
        fs::create_directories(path_);
    }
    ~temp_dir() {
        std::error_code ignored;
        fs::remove_all(path_, ignored);
    }
    temp_dir(const temp_dir&) = delete;
    temp_dir& operator=(const temp_dir&) = delete;
    const fs::path& path() const { return path_; }
    /// Writes `content` to a file named `name` here; returns its path.
    fs::path write(const std::string& name, std::string_view content) const {
        const fs::path p = path_ / name;
        std::ofstream out(p, std::ios::binary);
        out.write(content.data(), static_cast<std::streamsize>(content.size()));
        return p;
    }

private:
    fs::path path_;
};

struct cli_run {
    int status = -1;  ///< exit status; 128 + signal when killed by one
    std::string out;
    std::string err;
};

inline std::string shell_quote(std::string_view s) {
    std::string q = "'";
    for (const char c : s) {
        if (c == '\'') {
            q += "'\\''";
        } else {
            q += c;
        }
    }
    return q + "'";
}

/// Runs the callmap binary with `args`; stdin from `stdin_file` (or /dev/null); stdout to
/// `stdout_file` when given (then `out` stays empty).
inline cli_run run_cli(const std::vector<std::string>& args, const std::string& stdin_file = {},
                       const std::string& stdout_file = {}) {
#ifdef CALLMAP_CLI_PATH
    const temp_dir dir;
    std::string cmd = shell_quote(CALLMAP_CLI_PATH);
    for (const auto& a : args) cmd.append(" ").append(shell_quote(a));
    cmd.append(" <").append(shell_quote(stdin_file.empty() ? "/dev/null" : stdin_file));
    cmd.append(" >").append(
        shell_quote(stdout_file.empty() ? (dir.path() / "out").string() : stdout_file));
    cmd.append(" 2>").append(shell_quote((dir.path() / "err").string()));
    const int raw = std::system(cmd.c_str());
    cli_run r;
    if (WIFEXITED(raw)) {
        r.status = WEXITSTATUS(raw);
    } else if (WIFSIGNALED(raw)) {
        r.status = 128 + WTERMSIG(raw);
    }
    if (stdout_file.empty()) r.out = read_file(dir.path() / "out");
    r.err = read_file(dir.path() / "err");
    return r;
#else
    (void)args;
    (void)stdin_file;
    (void)stdout_file;
    return {};
#endif
}

inline bool have_cli() {
#ifdef CALLMAP_CLI_PATH
    return fs::exists(CALLMAP_CLI_PATH);
#else
    return false;
#endif
}

}  // namespace hostile
