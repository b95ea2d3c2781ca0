// callmap normalize / detect / providers: payloads to canonical records, provider detection,
// and the list of providers compiled in.
#include "normalize.hpp"

#include <fstream>
#include <iostream>
#include <optional>

#include "callmap/arena.hpp"
#include "callmap/call.hpp"
#include "callmap/normalize.hpp"
#include "callmap/supplement.hpp"
#include "cli.hpp"

namespace callmap::cli {

const std::string_view normalize_help =
    "usage: callmap normalize [--provider NAME|auto] [--ndjson] [--format ndjson|json|csv]\n"
    "                         [--input json|form|auto] [--skip-invalid-calls] [--cursor FILE]\n"
    "                         [--with SUPPLEMENT]... FILE...\n"
    "\n"
    "Prints one canonical call record per call: one for a get answer or a webhook, every call\n"
    "of a list page (each record's source says which). FILE may be '-' (standard input).\n"
    "  --provider NAME  the payloads' provider (see 'callmap providers'); default auto: told\n"
    "                   apart, with their shape, by each payload's top-level keys\n"
    "  --ndjson         each input line is one payload (streamed: one line in memory at a time)\n"
    "  --input E        json, form (application/x-www-form-urlencoded, e.g. a Twilio status\n"
    "                   callback's body) or auto (default: form when a payload does not start\n"
    "                   as JSON does and a provider's form shape has its keys)\n"
    "  --format F       ndjson (default): one JSON object per line; json: one JSON array;\n"
    "                   csv: a header and one row per record (the main fields)\n"
    "  --skip-invalid-calls\n"
    "                   a list page's call that does not read is reported and left out; the\n"
    "                   page's other calls are printed (default: the page fails whole)\n"
    "  --cursor FILE    writes the last list page's next-page cursor to FILE (empty when it has\n"
    "                   none), for a loop that follows pages; stderr says it too\n"
    "  --with SUPPLEMENT\n"
    "                   a payload that completes the call (e.g. Bland's corrected transcript,\n"
    "                   GET /v1/calls/{id}/correct): its fields are merged into the record; the\n"
    "                   payload must hold one call. Repeatable: applied in order\n"
    "A payload that fails is reported on stderr ('FILE: byte N (line L, col C): message at\n"
    "$.path'; with --ndjson 'FILE:LINE: ...') and prints nothing; the others are still printed.\n"
    "Exit status: 0 all succeeded, 1 some input (or, skipped, some call) failed, 2 usage "
    "error.\n";

const std::string_view detect_help =
    "usage: callmap detect FILE...\n"
    "\n"
    "Prints 'FILE: PROVIDER' for each payload, telling providers apart by top-level keys (a\n"
    "form-encoded body's by its form keys); 'FILE: PROVIDER SHAPE' when the payload is a list\n"
    "page, a webhook or a callback.\n";

const std::string_view providers_help =
    "usage: callmap providers\n"
    "\n"
    "Lists the providers compiled in: name, title and the document each spec was written from.\n";

namespace {

enum class output_format {
    ndjson,
    json,
    csv
};

void csv_field(std::string& out, std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
        out += text;
        return;
    }
    out += '"';
    for (const char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

template <class E>
std::string_view enum_name(E value) {
    std::string_view name;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto D) {
        if (D.value == value) name = D.name;
    });
    return name;
}

constexpr std::string_view csv_header =
    "provider,id,shape,event,direction,channel,from,to,transferred_to,status,status_raw,end_reason,"
    "end_reason_raw,"
    "answered_by,answered_by_raw,error_code,error_message,created_at,"
    "started_at,answered_at,ended_at,updated_at,duration_ms,talk_ms,ring_ms,billed_ms,cost_micros,"
    "currency,recording_url,turns,warnings\n";

void csv_row(std::string& out, const call& c) {
    auto text = [&](std::string_view v) {
        csv_field(out, v);
        out += ',';
    };
    auto optional_text = [&](const std::optional<std::string_view>& v) {
        text(v ? *v : std::string_view{});
    };
    auto instant = [&](const std::optional<timestamp>& t) {
        if (t) out += format_iso8601(*t);
        out += ',';
    };
    auto number = [&](const std::optional<std::int64_t>& v) {
        if (v) out += std::to_string(*v);
        out += ',';
    };
    text(c.provider);
    text(c.id);
    text(enum_name(c.source.shape));
    optional_text(c.source.event);
    text(c.direction ? enum_name(*c.direction) : std::string_view{});
    text(c.channel ? enum_name(*c.channel) : std::string_view{});
    text(c.from ? c.from->raw : std::string_view{});
    text(c.to ? c.to->raw : std::string_view{});
    text(c.transferred_to ? c.transferred_to->raw : std::string_view{});
    text(enum_name(c.status));
    optional_text(c.status_raw);
    text(c.end_reason ? enum_name(*c.end_reason) : std::string_view{});
    optional_text(c.end_reason_raw);
    text(c.answered_by ? enum_name(*c.answered_by) : std::string_view{});
    optional_text(c.answered_by_raw);
    optional_text(c.error ? c.error->code : std::nullopt);
    optional_text(c.error ? c.error->message : std::nullopt);
    instant(c.created_at);
    instant(c.started_at);
    instant(c.answered_at);
    instant(c.ended_at);
    instant(c.updated_at);
    number(c.duration_ms);
    number(c.talk_ms);
    number(c.ring_ms);
    number(c.billed_ms);
    number(c.cost ? std::optional<std::int64_t>(c.cost->amount_micros) : std::nullopt);
    optional_text(c.cost ? c.cost->currency : std::nullopt);
    text(c.recordings.empty() ? std::string_view{} : c.recordings.front().url);
    number(c.transcript
               ? std::optional<std::int64_t>(static_cast<std::int64_t>(c.transcript->turns.size()))
               : std::nullopt);
    std::string warnings;
    for (const auto& w : c.warnings) warnings += (warnings.empty() ? "" : "; ") + std::string(w);
    csv_field(out, warnings);
    out += '\n';
}

struct normalize_options {
    std::string provider = "auto";
    bool ndjson_input = false;
    bool skip_invalid_calls = false;
    std::optional<std::string> cursor_file;
    std::vector<std::string> supplement_files;  // --with, in order
    payload_encoding input = payload_encoding::detect;
    output_format format = output_format::ndjson;
    std::vector<std::string> files;
};

std::optional<normalize_options> parse_normalize_args(const std::vector<std::string>& args,
                                                      registry providers, int& status) {
    normalize_options o;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--cursor" || a == "--with") {
            if (i + 1 == args.size()) {
                status = usage_error(a + " needs a file", normalize_help);
                return std::nullopt;
            }
            if (a == "--cursor")
                o.cursor_file = args[++i];
            else
                o.supplement_files.push_back(args[++i]);
        } else if (a == "--skip-invalid-calls") {
            o.skip_invalid_calls = true;
        } else if (a == "--input") {
            const std::string v = i + 1 == args.size() ? std::string() : args[++i];
            if (v != "json" && v != "form" && v != "auto") {
                status = usage_error("--input takes json, form or auto", normalize_help);
                return std::nullopt;
            }
            o.input = v == "json"   ? payload_encoding::json
                      : v == "form" ? payload_encoding::form
                                    : payload_encoding::detect;
        } else if (a == "--provider" || a == "--format") {
            if (i + 1 == args.size()) {
                status = usage_error(a + " needs a value", normalize_help);
                return std::nullopt;
            }
            const std::string& v = args[++i];
            if (a == "--provider") {
                if (v != "auto" && find_provider(providers, v) == nullptr) {
                    std::string known;
                    for (const auto& p : providers)
                        known += (known.empty() ? "" : ", ") + std::string(p.name);
                    status = usage_error("unknown provider '" + v + "' (known: " + known + ")",
                                         normalize_help);
                    return std::nullopt;
                }
                o.provider = v;
            } else if (v == "ndjson" || v == "json" || v == "csv") {
                o.format = v == "json"  ? output_format::json
                           : v == "csv" ? output_format::csv
                                        : output_format::ndjson;
            } else {
                status = usage_error("--format takes ndjson, json or csv", normalize_help);
                return std::nullopt;
            }
        } else if (a == "--ndjson") {
            o.ndjson_input = true;
        } else if (a.size() > 1 && a[0] == '-') {
            status = usage_error("unknown option '" + a + "'", normalize_help);
            return std::nullopt;
        } else {
            o.files.push_back(a);
        }
    }
    if (o.files.empty()) {
        status = usage_error("normalize needs at least one FILE (or - for standard input)",
                             normalize_help);
        return std::nullopt;
    }
    return o;
}

}  // namespace

int run_normalize(const std::vector<std::string>& args, registry providers) {
    if (wants_help(args)) {
        std::cout << normalize_help;
        return exit_ok;
    }
    int usage_status = exit_ok;
    const std::optional<normalize_options> opts =
        parse_normalize_args(args, providers, usage_status);
    if (!opts) return usage_status;

    struct supplement_file {
        std::string name;
        std::string payload;
    };
    std::vector<supplement_file> supplements;  // --with: read once, kept for every record
    for (const std::string& name : opts->supplement_files) {
        std::optional<std::string> text = read_input(name);
        if (!text) {
            std::cerr << name << ": cannot read the supplement\n";
            return exit_input_failed;
        }
        supplements.push_back({name, std::move(*text)});
    }

    arena memory;  // reset per payload: after warm-up, records cost no heap allocation
    std::string out;
    bool first_record = true;
    if (opts->format == output_format::csv) std::cout << csv_header;
    if (opts->format == output_format::json) std::cout << '[';
    parse_options options;
    options.skip_invalid_calls = opts->skip_invalid_calls;
    options.encoding = opts->input;
    std::optional<std::string> cursor;  // of the last list page
    auto each = [&](const std::string& where, const std::string& payload) {
        memory.reset();
        const result<page> p =
            normalize_page_with(providers, payload, memory, opts->provider, options);
        if (!p) {
            report(where, p.error());
            return false;
        }
        std::span<const call> calls = p->calls;
        call completed;  // the one call, with the supplements merged in
        if (!supplements.empty()) {
            if (calls.size() != 1) {
                parse_error e;
                e.code = error_code::invalid_value;
                e.message =
                    "--with completes one call; this payload has " + std::to_string(calls.size());
                report(where, e);
                return false;
            }
            completed = calls.front();
            for (const supplement_file& s : supplements) {
                if (result<void> applied =
                        apply_supplement(completed, s.payload, memory, providers, "auto", options);
                    !applied) {
                    report(s.name, applied.error());
                    return false;
                }
            }
            calls = {&completed, 1};
        }
        out.clear();
        for (const call& c : calls) {
            switch (opts->format) {
                case output_format::ndjson:
                    json::write(out, c);
                    out += '\n';
                    break;
                case output_format::json:
                    out += first_record ? "\n" : ",\n";
                    json::write(out, c);
                    break;
                case output_format::csv: csv_row(out, c); break;
            }
            first_record = false;
        }
        std::cout.write(out.data(),
                        static_cast<std::streamsize>(out.size()));  // whole records only
        for (const parse_error& e : p->skipped) report(where, e);
        if (p->shape == payload_shape::list) {
            cursor = p->cursor ? std::optional<std::string>(*p->cursor) : std::nullopt;
            if (p->cursor) std::cerr << where << ": next page: " << *p->cursor << '\n';
        }
        return p->skipped.empty();
    };
    const int status =
        opts->ndjson_input ? for_each_line(opts->files, each) : for_each_input(opts->files, each);
    if (opts->format == output_format::json) std::cout << (first_record ? "]\n" : "\n]\n");
    std::cout.flush();
    if (opts->cursor_file) {
        std::ofstream file(*opts->cursor_file, std::ios::binary | std::ios::trunc);
        if (cursor) file << *cursor << '\n';
        if (!file) {
            std::cerr << *opts->cursor_file << ": cannot write the cursor\n";
            return exit_input_failed;
        }
    }
    return status;
}

int run_detect(const std::vector<std::string>& args, registry providers) {
    if (wants_help(args)) {
        std::cout << detect_help;
        return exit_ok;
    }
    for (const auto& a : args) {
        if (a.size() > 1 && a[0] == '-')
            return usage_error("unknown option '" + a + "'", detect_help);
    }
    if (args.empty()) return usage_error("detect needs at least one FILE", detect_help);
    return for_each_input(args, [&](const std::string& name, const std::string& payload) {
        const detail::shape_candidates candidates(providers);
        const result<const detail::shape_candidate*> found =
            detail::detect_payload_shape(payload, candidates, {});
        if (!found) {
            report(name, detail::with_supplement_note(found.error(), payload, providers, {}));
            return false;
        }
        std::cout << name << ": " << (*found)->provider->name;
        if ((*found)->shape != nullptr && (*found)->shape->kind != payload_shape::get)
            std::cout << ' ' << (*found)->shape->name;
        std::cout << '\n';
        return true;
    });
}

int run_providers(const std::vector<std::string>& args, registry providers) {
    if (wants_help(args)) {
        std::cout << providers_help;
        return exit_ok;
    }
    if (!args.empty()) return usage_error("providers takes no arguments", providers_help);
    for (const auto& p : providers) {
        std::cout << p.name << "\t" << p.title << "\t" << p.docs << '\n';
    }
    return exit_ok;
}

}  // namespace callmap::cli
