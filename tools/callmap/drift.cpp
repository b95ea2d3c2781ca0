// callmap drift: how a corpus of real payloads differs from a provider's spec.
#include "drift.hpp"

#include <iostream>
#include <map>

#include "callmap/arena.hpp"
#include "callmap/call.hpp"
#include "callmap/drift.hpp"
#include "callmap/normalize.hpp"
#include "cli.hpp"

namespace callmap::cli {

const std::string_view drift_help =
    "usage: callmap drift --provider NAME [--ndjson] FILE...\n"
    "\n"
    "Reads a corpus of the provider's payloads and reports, with counts: keys the spec does not\n"
    "know (by JSON path, list elements as [*]), values of another JSON type than the spec\n"
    "declares, strings outside a spec enum's list, and values no mapping table maps; then the\n"
    "spec lines that would absorb the new keys and enum values, by spec type. Exit status\n"
    "0 when every payload was read (drift is a finding, not a failure), 1 when an input could\n"
    "not be read or is not JSON, 2 on usage errors.\n";

namespace {

void print_section(std::string_view title, const std::map<std::string, std::size_t>& counts) {
    if (counts.empty()) return;
    std::cout << title << ":\n";
    for (const auto& [what, count] : counts) std::cout << "  " << what << "  (" << count << ")\n";
}

}  // namespace

int run_drift(const std::vector<std::string>& args, registry providers) {
    if (wants_help(args)) {
        std::cout << drift_help;
        return exit_ok;
    }
    std::string provider;
    bool ndjson = false;
    std::vector<std::string> files;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--provider") {
            if (i + 1 == args.size()) return usage_error("--provider needs a name", drift_help);
            provider = args[++i];
        } else if (a == "--ndjson") {
            ndjson = true;
        } else if (a.size() > 1 && a[0] == '-') {
            return usage_error("unknown option '" + a + "'", drift_help);
        } else {
            files.push_back(a);
        }
    }
    if (provider.empty()) return usage_error("drift needs --provider NAME", drift_help);
    const provider_entry* p = find_provider(providers, provider);
    if (p == nullptr) return usage_error("unknown provider '" + provider + "'", drift_help);
    if (files.empty()) return usage_error("drift needs at least one FILE", drift_help);

    drift::report findings;
    std::map<std::string, std::size_t> unmapped;
    arena memory;
    auto each = [&](const std::string& where, const std::string& payload) {
        const result<void> inspected = drift::inspect(payload, p->shapes, p->root_shape, findings);
        if (!inspected) {
            report(where, inspected.error());
            return false;
        }
        memory.reset();
        if (const result<call> c = p->normalize(payload, memory, {})) {
            for (const auto& w : c->warnings) {
                if (w.starts_with("unmapped ")) ++unmapped[std::string(w)];
            }
        }
        return true;
    };
    const int status = ndjson ? for_each_line(files, each) : for_each_input(files, each);
    std::cout << p->name << ": " << findings.payloads << " payload(s), " << findings.invalid
              << " not JSON\n";
    if (findings.unknown_fields.empty() && findings.type_mismatches.empty() &&
        findings.unknown_enum_values.empty() && unmapped.empty()) {
        std::cout << "no drift: every key, type and value is in the spec\n";
    }
    print_section("keys the spec does not know", findings.unknown_fields);
    print_section("values of another type", findings.type_mismatches);
    print_section("values outside the spec's enums", findings.unknown_enum_values);
    print_section("values no mapping table maps", unmapped);
    if (const std::string lines = drift::spec_lines(findings); !lines.empty())
        std::cout << "spec lines that absorb the new keys and values (under types:):\n" << lines;
    return status;
}

}  // namespace callmap::cli
