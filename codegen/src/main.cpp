// callmap-gen: compiles provider specs (schemas/*.yaml) into headers.
//   callmap-gen --out DIR [--registry] SPEC...   write DIR/<provider>.hpp per spec (and
//                                                DIR/registry.hpp), each only if changed
//   callmap-gen --check --out DIR [--registry] SPEC...   write nothing; fail when stale
//   --tables DIR (repeatable): where shared tables are looked up after tables/ next to a spec
//   --depfile FILE (one SPEC): also write FILE, the Makefile rule of the header's inputs
//   --namespace NS: the providers' types go in NS::<provider> instead of callmap::<provider>
//   callmap-gen --stdout SPEC                    print the header
//   callmap-gen infer [--provider NAME] PAYLOAD...   print a draft spec inferred from payloads
//   callmap-gen [--check] --schema GRAMMAR --out DIR   write DIR/spec.schema.json (the grammar
//                                                and the canonical record) and DIR/tables.schema.json
// Exit status: 0 success, 1 spec errors or stale headers, 2 usage errors.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include <unistd.h>

#include "check.hpp"
#include "emit.hpp"
#include "emit_schema.hpp"
#include "infer.hpp"
#include "load.hpp"

namespace {

constexpr const char* infer_usage =
    "usage: callmap-gen infer [--provider NAME] [--root NAME] [--strict] [--compare SPEC]\n"
    "                         PAYLOAD...\n"
    "\n"
    "Prints a draft spec inferred from sample payloads (JSON objects, one per file): the wire\n"
    "types (enums for small closed sets of strings, maps for objects whose keys vary), the\n"
    "detect keys, and a mapping of the fields it recognises, each line marked 'review'. Only\n"
    "the detect keys are required; fields every sample had are marked '# in every sample'\n"
    "(--strict: required). Save it as NAME.yaml (--provider NAME,\n"
    "default draft; --root names the root type, default call). A payload that is not valid\n"
    "JSON is reported and left out (exit status 1). --compare SPEC prints on stderr how the\n"
    "draft's types agree with a hand-written spec, field by field.\n";

constexpr const char* usage =
    "usage: callmap-gen [--check] [--registry] [--namespace NS] [--tables DIR]...\n"
    "                   [--depfile FILE] --out DIR SPEC...\n"
    "       callmap-gen --stdout SPEC\n"
    "       callmap-gen infer [--provider NAME] [--root NAME] PAYLOAD...\n"
    "       callmap-gen [--check] --schema GRAMMAR --out DIR\n"
    "\n"
    "Compiles each provider spec (YAML) into DIR/<provider>.hpp; --registry also writes\n"
    "DIR/registry.hpp for all of them. A header is rewritten only when its content changes.\n"
    "A shared table <name> is tables/<name>.yaml next to the spec, or else DIR/<name>.yaml\n"
    "in the first --tables DIR that has it. --depfile writes FILE, the header's rule with\n"
    "every file it was made from (the spec and its tables), for build systems (one SPEC).\n"
    "--namespace NS puts a provider's types in NS::<provider> (callmap::<provider> by default).\n"
    "--check writes nothing and fails when a header is missing or stale.\n"
    "--schema writes DIR/spec.schema.json, the JSON Schema of specs (the grammar, e.g.\n"
    "schemas/spec.grammar.json, with the mapping targets of callmap::call), and\n"
    "DIR/tables.schema.json, that of shared value tables.\n";

struct options {
    bool check = false;
    bool registry = false;
    bool to_stdout = false;
    std::string schema_grammar;                   // --schema GRAMMAR
    std::vector<std::string> table_dirs;          // --tables DIR...
    std::string enclosing_namespace = "callmap";  // --namespace NS
    std::string depfile;                          // --depfile FILE
    std::string out_dir;
    std::vector<std::string> specs;
};

std::optional<options> parse_args(int argc, char** argv) {
    options o;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--check") {
            o.check = true;
        } else if (a == "--registry") {
            o.registry = true;
        } else if (a == "--stdout") {
            o.to_stdout = true;
        } else if (a == "--schema") {
            if (i + 1 == argc) return std::nullopt;
            o.schema_grammar = argv[++i];
        } else if (a == "--out") {
            if (i + 1 == argc) return std::nullopt;
            o.out_dir = argv[++i];
        } else if (a == "--tables") {
            if (i + 1 == argc) return std::nullopt;
            o.table_dirs.emplace_back(argv[++i]);
        } else if (a == "--namespace") {
            if (i + 1 == argc) return std::nullopt;
            o.enclosing_namespace = argv[++i];
        } else if (a == "--depfile") {
            if (i + 1 == argc) return std::nullopt;
            o.depfile = argv[++i];
        } else if (a == "--help" || a == "-h") {
            return std::nullopt;
        } else if (!a.empty() && a[0] == '-') {
            std::cerr << "callmap-gen: unknown option '" << a << "'\n";
            return std::nullopt;
        } else {
            o.specs.push_back(a);
        }
    }
    if (!o.schema_grammar.empty()) {
        if (!o.specs.empty() || o.registry || o.to_stdout || o.out_dir.empty()) return std::nullopt;
        return o;
    }
    const bool has_out = !o.out_dir.empty();
    if ((o.specs.empty() && !o.registry) || o.to_stdout == has_out ||
        (o.to_stdout && (o.check || o.registry)) ||
        (!o.depfile.empty() && (o.specs.size() != 1 || o.registry || !has_out))) {
        return std::nullopt;
    }
    return o;
}

/// The model of the spec in one file, or nullopt after printing its errors.
std::optional<callmap::gen::model::provider> load_and_check(const std::string& path,
                                                            const options& opts) {
    callmap::gen::diagnostics diags(path);
    const std::optional<std::string> text = callmap::gen::read_from_disk(path);
    if (!text) {
        std::cerr << path << ": error: cannot read the file\n";
        return std::nullopt;
    }
    const std::optional<callmap::gen::spec> s =
        callmap::gen::load(*text, path, diags, callmap::gen::read_from_disk, opts.table_dirs);
    if (s) {
        std::optional<callmap::gen::model::provider> m =
            callmap::gen::check(*s, diags, opts.enclosing_namespace);
        if (m) return m;
    }
    for (const auto& d : diags.list()) std::cerr << d.to_string() << '\n';
    return std::nullopt;
}

/// Writes `text` to `target` unless it is already there; in check mode only compares.
bool update(const std::filesystem::path& target, const std::string& text, bool check,
            const std::string& source) {
    const std::optional<std::string> current = callmap::gen::read_from_disk(target.string());
    if (current && *current == text) return true;
    if (check) {
        std::cerr << target.string() << ": out of date with " << source << "\n";
        return false;
    }
    // Written whole to a temporary file next to the target, then renamed over it: an
    // interrupted run (a build stopped, a full disk) never leaves a half-written header.
    // (a file in the working directory has no parent to create; a failure to create one shows
    // as the write's error below)
    if (std::error_code ignored; !target.parent_path().empty())
        std::filesystem::create_directories(target.parent_path(), ignored);
    std::filesystem::path temporary = target;
    temporary += ".tmp" + std::to_string(::getpid());
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << text;
        out.close();
        if (!out) {
            std::error_code ignored;
            std::filesystem::remove(temporary, ignored);
            std::cerr << target.string() << ": error: cannot write\n";
            return false;
        }
    }
    std::error_code renamed;
    std::filesystem::rename(temporary, target, renamed);
    if (renamed) {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        std::cerr << target.string() << ": error: cannot write: " << renamed.message() << "\n";
        return false;
    }
    return true;
}

/// A path as a Makefile rule spells it: spaces, '#' and '$' escaped.
std::string make_escaped(const std::filesystem::path& path) {
    std::string out;
    for (const char c : path.generic_string()) {
        if (c == ' ' || c == '#') out += '\\';
        if (c == '$') out += '$';
        out += c;
    }
    return out;
}

/// The depfile of a header: `<header>: <spec> <table>...`, the files it was made from
/// (absolute paths, as CMake's DEPFILE and Ninja want them).
std::string depfile_rule(const std::filesystem::path& header, const std::string& spec_path,
                         const callmap::gen::model::provider& m) {
    // appended piece by piece: `" " + std::string&&` trips GCC 12's -Wrestrict at -O3
    std::string rule = make_escaped(std::filesystem::absolute(header));
    rule += ':';
    rule += ' ';
    rule += make_escaped(std::filesystem::absolute(spec_path));
    for (const auto& table : m.tables) {
        rule += ' ';
        rule += make_escaped(std::filesystem::absolute(table.file));
    }
    rule += '\n';
    return rule;
}

}  // namespace

/// --schema: the specs' JSON Schema from the grammar and the canonical record.
int write_schema(const options& opts) {
    const std::optional<std::string> grammar = callmap::gen::read_from_disk(opts.schema_grammar);
    if (!grammar) {
        std::cerr << opts.schema_grammar << ": error: cannot read the file\n";
        return 1;
    }
    std::string error;
    const std::optional<std::string> schema = callmap::gen::emit_schema(*grammar, error);
    if (!schema) {
        std::cerr << opts.schema_grammar << ": error: " << error << "\n";
        return 1;
    }
    const std::filesystem::path dir(opts.out_dir);
    const bool specs_current =
        update(dir / "spec.schema.json", *schema, opts.check, opts.schema_grammar);
    const bool tables_current =
        update(dir / "tables.schema.json", callmap::gen::emit_tables_schema(), opts.check,
               "callmap::call");
    return specs_current && tables_current ? 0 : 1;
}

/// callmap-gen infer: a draft spec from sample payloads, checked before it is printed.
int run_infer(const std::vector<std::string>& args) {
    callmap::gen::infer::draft_options draft;
    std::vector<std::string> payloads;
    std::string compare_with;  // --compare SPEC
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if ((a == "--provider" || a == "--root") && i + 1 < args.size()) {
            (a == "--provider" ? draft.provider : draft.root) = args[++i];
        } else if (a == "--strict") {
            draft.strict = true;
        } else if (a == "--compare" && i + 1 < args.size()) {
            compare_with = args[++i];
        } else if (a == "--help" || a == "-h") {
            std::cout << infer_usage;
            return 0;
        } else if (a.starts_with("-") || a.empty()) {
            std::cerr << "callmap-gen infer: unknown option '" << a << "'\n" << infer_usage;
            return 2;
        } else {
            payloads.push_back(a);
        }
    }
    if (payloads.empty()) {
        std::cerr << "callmap-gen infer: no payload given\n" << infer_usage;
        return 2;
    }
    callmap::gen::infer::observation root;
    int status = 0;
    for (const auto& path : payloads) {
        const std::optional<std::string> text = callmap::gen::read_from_disk(path);
        if (!text) {
            std::cerr << path << ": error: cannot read the file\n";
            status = 1;
            continue;
        }
        if (const auto error = callmap::gen::infer::add_sample(root, *text)) {
            std::cerr << path << ": error: " << *error << " (the payload is left out)\n";
            status = 1;
            continue;
        }
        draft.sources.push_back(path);
    }
    if (draft.sources.empty()) return 1;
    const std::string spec = callmap::gen::infer::draft(root, draft);
    // the draft must be a spec the generator compiles
    const std::string file = draft.provider + ".yaml";
    callmap::gen::diagnostics diags(file);
    const std::optional<callmap::gen::spec> loaded = callmap::gen::load(spec, file, diags);
    std::optional<callmap::gen::model::provider> drafted;
    if (loaded) drafted = callmap::gen::check(*loaded, diags);
    if (!drafted) {
        for (const auto& d : diags.list()) std::cerr << d.to_string() << '\n';
        std::cerr << "callmap-gen infer: the draft does not check (a bug in infer):\n" << spec;
        return 1;
    }
    std::cout << spec;
    if (!compare_with.empty()) {
        const std::optional<callmap::gen::model::provider> written =
            load_and_check(compare_with, options{});
        if (!written) return 1;
        const callmap::gen::infer::agreement a = callmap::gen::infer::compare(*written, *drafted);
        std::cerr << compare_with << ": " << a.fields << " fields, " << a.in_samples
                  << " in the samples; of those, same type " << a.same_type << ", same optionality "
                  << a.same_optional << ", both " << a.same_both << '\n';
        for (const auto& d : a.differences) std::cerr << "  " << d << '\n';
    }
    return status;
}

int main(int argc, char** argv) {
    if (argc > 1 && std::string_view(argv[1]) == "infer")
        return run_infer(std::vector<std::string>(argv + 2, argv + argc));
    const std::optional<options> opts = parse_args(argc, argv);
    if (!opts) {
        std::cerr << usage;
        return 2;
    }
    if (!opts->schema_grammar.empty()) return write_schema(*opts);
    int status = 0;
    std::vector<callmap::gen::model::provider> specs;
    for (const auto& path : opts->specs) {
        std::optional<callmap::gen::model::provider> s = load_and_check(path, *opts);
        if (!s) {
            status = 1;
            continue;
        }
        const std::string header = callmap::gen::emit_header(*s);
        if (opts->to_stdout) {
            std::cout << header;
            continue;
        }
        const std::filesystem::path target =
            std::filesystem::path(opts->out_dir) / (s->name + ".hpp");
        if (!update(target, header, opts->check, path)) status = 1;
        // written like the header (whole, only when changed); --check writes nothing
        if (!opts->depfile.empty() && !opts->check &&
            !update(opts->depfile, depfile_rule(target, path, *s), false, path)) {
            status = 1;
        }
        if (opts->registry && !s->has_mapping) {
            std::cerr << path
                      << ": error: the registry needs a mapping: section in every provider spec\n";
            status = 1;
        }
        if (opts->registry && s->detect.empty()) {
            std::cerr << path
                      << ": error: the root type has no required field to recognize payloads by; "
                         "list top-level keys under detect:\n";
            status = 1;
        }
        specs.push_back(std::move(*s));
    }
    if (opts->registry && status == 0) {
        std::sort(specs.begin(), specs.end(),
                  [](const auto& a, const auto& b) { return a.name < b.name; });
        const std::string registry = callmap::gen::emit_registry(specs);
        if (!update(std::filesystem::path(opts->out_dir) / "registry.hpp", registry, opts->check,
                    "the provider specs")) {
            status = 1;
        }
    }
    return status;
}
