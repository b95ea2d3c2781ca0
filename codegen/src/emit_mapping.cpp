// emit, continued: to_call() — the mapping of a checked spec as straight-line C++ over the wire
// structs, written as a person would: a wire value is tested where the spec lets it be absent
// (never where it cannot be), assigned where no conversion applies, and converted by one runtime
// call otherwise (mapping.hpp). A value that is absent or unreadable leaves its canonical field
// absent; `first` tries its alternatives in order. Locals are named after the spec (the
// canonical target, the wire list), never numbered, so a spec change touches only its own lines.
#include "emit_mapping.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <string_view>
#include <vector>

#include <boost/describe/enum_to_string.hpp>

#include "canonical.hpp"
#include "code_writer.hpp"
#include "emit.hpp"
#include "mapping_order.hpp"

namespace callmap::gen {
namespace {

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i != 0) out += separator;
        out += parts[i];
    }
    return out;
}

/// `!term`, parenthesized unless the term is one name or member access.
std::string negated(const std::string& term) {
    const bool simple = std::all_of(term.begin(), term.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '.' ||
               c == '>' || c == '-';
    });
    return simple ? "!" + term : "!(" + term + ")";
}

/// "::callmap::turn" -> "turn": the local that holds one element of a canonical list.
std::string element_name(const std::string& element_cpp) {
    const std::size_t colons = element_cpp.rfind("::");
    return colons == std::string::npos ? element_cpp : element_cpp.substr(colons + 2);
}

/// `::callmap::<type>::<name>` for a value of one of the runtime's described enums
/// (time_format, money_unit): its C++ name comes from the runtime's own description.
template <class E>
std::string runtime_enumerator(std::string_view type, E value) {
    return "::callmap::" + std::string(type) + "::" + boost::describe::enum_to_string(value, "");
}

bool is_plain(const type_ref& t, type_ref::base_kind base) {
    return t.base == base && t.array_depth == 0 && !t.is_map;
}

/// A wire value as reached from a scope: the tests that it is present (none when it always
/// is) and the expression of the value itself.
struct wire_value {
    std::vector<std::string> present;
    std::string value;
    const type_ref* type = nullptr;  // nullptr: the list element itself (`.`)
    std::vector<std::string> notes;  // statements that run when the value is used (warnings)
};

/// One way of storing a canonical value: when every test in `when` holds and `attempt` (a
/// conversion that may fail, "" for none) succeeds, the statements of `body` complete it.
struct alternative {
    std::vector<std::string> when;
    std::string attempt;
    std::vector<std::string> body;
};

/// The alternatives of one value, in order: the first that holds stores the value.
using chain = std::vector<alternative>;

/// Where a value goes: a member (an lvalue), written by `assign` (a plain assignment, or
/// set_party, or a named entry).
struct destination {
    std::string lvalue;
    std::function<std::string(const std::string&)> assign;
};

class mapping_emitter {
public:
    explicit mapping_emitter(const model::provider& s) : s_(s) {}

    /// to_call()'s declaration, and each supplement's map_<name>().
    void declare(code_writer& o) const {
        o.print("namespace $ns$ {\n\n", {{"ns", s_.cpp_namespace}});
        o.print("/// Maps a parsed $provider$ payload onto the canonical call record. The result "
                "holds views\n/// into the payload and into `memory`. A provider error answer is "
                "an error result.\n",
                {{"provider", s_.name}});
        o.print("::callmap::result<::callmap::call> to_call(const $root$& in, "
                "::callmap::arena& memory);\n",
                {{"root", s_.root}});
        for (const model::supplement& sup : s_.supplements) {
            o.print("\n/// Maps a parsed $provider$ $name$ supplement onto the fields of a call it "
                    "gives, the\n/// others absent (callmap::apply_supplement merges them into a "
                    "call). The result\n/// holds views into the payload and into `memory`.\n"
                    "::callmap::result<::callmap::call> map_$name$(const $root$& in, "
                    "::callmap::arena& memory);\n",
                    {{"provider", s_.name}, {"name", sup.name}, {"root", sup.root}});
        }
        o.print("\n}  // namespace $ns$\n", {{"ns", s_.cpp_namespace}});
    }

    /// to_call()'s definition, each supplement's map_<name>() and normalize_<name>(), and
    /// their value tables.
    void define(code_writer& o) {
        const std::string to_call_body = body(s_.mapping, s_.error_when, "");
        std::vector<std::string> supplement_bodies;
        for (const model::supplement& sup : s_.supplements)
            supplement_bodies.push_back(body(sup.mapping, sup.error_when, sup.name + "_"));
        o.print("namespace $ns$ {\n\nnamespace mapping_tables {\n", {{"ns", s_.cpp_namespace}});
        o.print("$tables$", {{"tables", tables_.text()}});
        o.print("}  // namespace mapping_tables\n\n");
        define_function(o, "to_call", s_.root, to_call_body, true);
        o.print("CALLMAP_PROVIDER_INLINE ::callmap::result<::callmap::call> normalize(\n"
                "    std::string_view payload, ::callmap::arena& memory,\n"
                "    const ::callmap::parse_options& options) {\n"
                "    return ::callmap::normalize_as<$root$, &to_call>(payload, memory, options);\n"
                "}\n\n",
                {{"root", s_.root}});
        for (std::size_t i = 0; i < s_.supplements.size(); ++i) {
            const model::supplement& sup = s_.supplements[i];
            define_function(o, "map_" + sup.name, sup.root, supplement_bodies[i], false);
            o.print("CALLMAP_PROVIDER_INLINE ::callmap::result<::callmap::call> normalize_$name$(\n"
                    "    std::string_view payload, ::callmap::arena& memory,\n"
                    "    const ::callmap::parse_options& options) {\n"
                    "    return ::callmap::normalize_as<$root$, &map_$name$>(payload, memory, "
                    "options);\n"
                    "}\n\n",
                    {{"name", sup.name}, {"root", sup.root}});
        }
        o.print("}  // namespace $ns$\n", {{"ns", s_.cpp_namespace}});
    }

private:
    /// The statements of a mapping function: the error rule, then every top-level target in
    /// computation order. Its value tables get names starting with `table_prefix`.
    std::string body(const model::node& mapping, const model::error_rule& rule,
                     const std::string& table_prefix) {
        code_writer b;
        b.indent();
        emit_error_rule(b, rule);
        unit_prefix_ = table_prefix;
        const auto order = computation_order(mapping);  // checked: no cycle
        for (const model::node* node : order.value()) emit_node(b, *node, "out", "in", "");
        unit_prefix_.clear();
        return b.text();
    }

    /// `name(const root& in, arena& memory)`, mapping in place; a call (not a supplement) warns
    /// when it has no id.
    void define_function(code_writer& o, const std::string& name, const std::string& root,
                         const std::string& statements, bool a_call) const {
        o.print("CALLMAP_PROVIDER_INLINE ::callmap::result<::callmap::call> $name$(\n"
                "    const $root$& in, ::callmap::arena& memory) {\n",
                {{"name", name}, {"root", root}});
        o.indent();
        o.print("::callmap::mapping_context ctx(memory);\n"
                "::callmap::result<::callmap::call> answer(std::in_place);  // mapped in place\n"
                "::callmap::call& out = *answer;\n"
                "out.provider = $provider$;\n",
                {{"provider", cpp_string_literal(s_.name)}});
        o.outdent();
        o.print("$body$", {{"body", statements}});
        o.indent();
        if (a_call) o.print("if (out.id.empty()) ctx.warn(\"no call id in the payload\");\n");
        o.print("ctx.finish_into(answer);\nreturn answer;\n");
        o.outdent();
        o.print("}\n\n");
    }

    // --- reaching wire values ----------------------------------------------------------------

    /// The value at the end of `path` from the object `scope`: each optional step is tested.
    /// (A path through a union is a value's only: see routes().)
    wire_value access(const std::string& scope,
                      const std::vector<const model::field*>& path) const {
        return routes(scope, path, "").front();
    }

    /// The ways to the value at the end of a value's path, in the union's order: one, or past
    /// a union (`to.number` of `to: (string | endpoint | endpoint[])`) one through its object
    /// alternative and one through the first element of its list alternative, which warns when
    /// the list holds more. `member`: the union member the value itself is (`as_string`).
    std::vector<wire_value> routes(const std::string& scope,
                                   const std::vector<const model::field*>& path,
                                   const std::string& member) const {
        std::vector<wire_value> out;
        walk(wire_value{}, scope, false, path, 0, member, out);
        return out;
    }

    void walk(wire_value w, const std::string& object, bool through_optional,
              const std::vector<const model::field*>& path, std::size_t i,
              const std::string& last_member, std::vector<wire_value>& out) const {
        const model::field& f = *path[i];
        const std::string field = object + (through_optional ? "->" : ".") + f.name;
        if (f.type.optional) w.present.push_back(field);
        const std::string inside = field + (f.type.optional ? "->" : ".");  // of a union
        if (i + 1 == path.size()) {
            w.value = f.type.optional ? "*" + field : field;
            w.type = &f.type;
            const bool scalar_union = f.type.array_depth == 0 && !f.type.is_map;
            for (const auto& alternative : f.type.alternatives) {
                if (scalar_union && model::union_member(alternative) == last_member) {
                    w.present.push_back(inside + last_member);
                    w.value = "*" + inside + last_member;
                    w.type = &alternative;
                }
            }
            out.push_back(std::move(w));
            return;
        }
        if (f.type.base != type_ref::base_kind::one_of) {
            walk(std::move(w), field, f.type.optional, path, i + 1, last_member, out);
            return;
        }
        for (const auto& alternative : f.type.alternatives) {
            if (alternative.base != type_ref::base_kind::named) continue;  // checked: an object
            const std::string held = inside + model::union_member(alternative);
            wire_value via = w;
            via.present.push_back(held);
            if (alternative.array_depth == 0) {
                walk(std::move(via), held, true, path, i + 1, last_member, out);
                continue;
            }
            via.present.push_back("!" + held + "->empty()");
            std::string keys;
            for (std::size_t k = 0; k <= i; ++k) keys += (k == 0 ? "" : ".") + path[k]->json_name;
            via.notes.push_back("if (" + held + "->size() > 1)\n    ctx.warn(" +
                                cpp_string_literal("only the first of several values mapped") +
                                ", " + cpp_string_literal(keys) + ");");
            walk(std::move(via), held + "->front()", false, path, i + 1, last_member, out);
        }
    }

    /// The ways to the value of an expression's path (or the list element itself for `.`).
    std::vector<wire_value> path_routes(const model::value& e, const std::string& scope) const {
        if (e.self) return {{{}, scope, nullptr, {}}};
        return routes(scope, e.resolved, e.alternative);
    }

    /// The text of a wire value, as conditions and tables compare it.
    static std::string text_of(const wire_value& w) {
        if (w.type != nullptr && is_plain(*w.type, type_ref::base_kind::string)) return w.value;
        return "::callmap::text_of(" + w.value + ")";
    }

    /// The tests of a `when` (or error rule): the path is present and, with `equals`, matches.
    std::vector<std::string> condition(const std::vector<const model::field*>& path,
                                       const std::vector<std::string>& equals,
                                       const std::string& scope) const {
        const wire_value w = access(scope, path);
        std::vector<std::string> tests = w.present;
        if (!equals.empty()) tests.push_back(matches(text_of(w), equals));
        return tests;
    }

    static std::string matches(const std::string& text, const std::vector<std::string>& values) {
        std::vector<std::string> literals;
        for (const auto& v : values) literals.push_back(cpp_string_literal(v));
        return "::callmap::matches_any(" + text + ", {" + join(literals, ", ") + "})";
    }

    // --- values ------------------------------------------------------------------------------

    chain value_chain(const model::value& e, const target& t, const std::string& scope,
                      const destination& dst, const std::string& table_prefix) {
        switch (e.kind) {
            case model::value::form::constant: return {{{}, "", {dst.assign(constant(e, t))}}};
            case model::value::form::first: {
                chain all;
                for (const auto& item : e.items) {
                    chain c = value_chain(item, t, scope, dst, table_prefix);
                    all.insert(all.end(), c.begin(), c.end());
                }
                return all;
            }
            case model::value::form::when: return when_chain(e, t, scope, dst, table_prefix);
            case model::value::form::difference:
                return {{{"out." + e.operands[0], "out." + e.operands[1]},
                         "",
                         {dst.assign("out." + e.operands[0] + "->epoch_ms - out." + e.operands[1] +
                                     "->epoch_ms")}}};
            case model::value::form::sum:
                return {{{"out." + e.operands[0], "out." + e.operands[1]},
                         "",
                         {dst.assign("::callmap::timestamp{out." + e.operands[0] +
                                     "->epoch_ms + *out." + e.operands[1] + "}")}}};
            case model::value::form::implied_by_status:
                return {{{},
                         "::callmap::set_if(::callmap::end_reason_from_status(out.status), " +
                             dst.lvalue + ")",
                         {}}};
            case model::value::form::path: {
                chain all;
                for (const wire_value& w : path_routes(e, scope))
                    all.push_back(path_alternative(e, t, w, dst, table_prefix));
                return all;
            }
        }
        return {};
    }

    chain when_chain(const model::value& e, const target& t, const std::string& scope,
                     const destination& dst, const std::string& table_prefix) {
        const std::vector<std::string> test = condition(e.when_resolved, e.when_equals, scope);
        // a test of the very field the tables read is the provider's value too
        const bool records_raw = !raw_slot_.empty() && !e.when_equals.empty() &&
                                 raw_fields_.count(e.when_resolved.back()) != 0;
        chain out;
        for (alternative a : value_chain(e.items[0], t, scope, dst, table_prefix)) {
            a.when.insert(a.when.begin(), test.begin(), test.end());
            if (records_raw) {
                a.body.insert(a.body.begin(),
                              raw_slot_ + " = " + text_of(access(scope, e.when_resolved)) + ";");
            }
            out.push_back(std::move(a));
        }
        if (e.items.size() > 1 && !test.empty()) {  // else: when the test fails
            const std::string failed = negated(join(test, " && "));
            for (alternative a : value_chain(e.items[1], t, scope, dst, table_prefix)) {
                a.when.insert(a.when.begin(), failed);
                out.push_back(std::move(a));
            }
        }
        return out;
    }

    std::string constant(const model::value& e, const target& t) const {
        switch (t.kind) {
            case target_kind::enumeration: return t.enumeration->cpp + "::" + e.constant;
            case target_kind::boolean: return e.constant;
            case target_kind::millis:
            case target_kind::integer: return e.constant;
            case target_kind::string:
            case target_kind::party:
            case target_kind::instant:
            case target_kind::number:
            case target_kind::money:
            case target_kind::raw:
            case target_kind::raw_map:
            case target_kind::number_array:
            case target_kind::string_array:
            case target_kind::group:
            case target_kind::collection:
            case target_kind::list:
            case target_kind::named_strings: return cpp_string_literal(e.constant);
        }
        return cpp_string_literal(e.constant);  // (not reached: every kind is a case above)
    }

    alternative path_alternative(const model::value& e, const target& t, const wire_value& w,
                                 const destination& dst, const std::string& table_prefix) {
        alternative a{w.present, "", w.notes};
        const auto set_if = [&](const std::string& optional_value) {
            a.attempt = "::callmap::set_if(" + optional_value + ", " + dst.lvalue + ")";
        };
        const bool integer = w.type != nullptr && is_plain(*w.type, type_ref::base_kind::integer);
        const bool number = w.type != nullptr && is_plain(*w.type, type_ref::base_kind::number);
        switch (t.kind) {
            case target_kind::string:
            case target_kind::party: a.body.push_back(dst.assign(text_of(w))); break;
            case target_kind::instant:
                a.attempt = "::callmap::set_instant(ctx, " + w.value + ", " +
                            runtime_enumerator("time_format", e.time.value()) + ", " + dst.lvalue +
                            ")";
                break;
            case target_kind::millis:
            case target_kind::integer: {
                const long long scale = e.scale.value_or(1);
                const bool identity = integer && scale == 1;
                const std::string ms = identity ? w.value
                                                : "::callmap::scaled_integer(" + w.value + ", " +
                                                      std::to_string(scale) + ")";
                if (!e.relative_to.empty()) {
                    a.when.push_back("out." + e.relative_to);
                    set_if("::callmap::ms_since(*out." + e.relative_to + ", " + ms + ")");
                } else if (identity) {
                    a.body.push_back(dst.assign(w.value));
                } else {
                    set_if(ms);
                }
                break;
            }
            case target_kind::number:
                if (e.scale) {
                    set_if("::callmap::scaled_double(" + w.value + ", " + std::to_string(*e.scale) +
                           ")");
                } else if (number) {
                    a.body.push_back(dst.assign(w.value));
                } else if (integer) {
                    a.body.push_back(dst.assign("static_cast<double>(" + w.value + ")"));
                } else {
                    set_if("::callmap::to_double(" + w.value + ")");
                }
                break;
            case target_kind::money: {
                const std::string micros = "::callmap::money_micros(ctx, " + w.value + ", " +
                                           runtime_enumerator("money_unit", e.money.value()) + ")";
                // an absolute amount: the provider's sign means "charged", not a credit
                set_if(e.absolute ? "::callmap::magnitude(" + micros + ")" : micros);
                break;
            }
            case target_kind::enumeration: enumeration_body(a, e, t, w, dst, table_prefix); break;
            case target_kind::string_array:
                if (!e.alternative.empty()) {  // the strings of a `string | x` list
                    const std::string list =
                        w.value.starts_with('*') ? "(" + w.value + ")" : w.value;
                    a.body.push_back(
                        dst.assign("::callmap::build_array<std::string_view>(ctx, " + list +
                                   ".size(), [&](std::size_t i, std::string_view& text) -> bool {\n"
                                   "    if (!" +
                                   list + "[i]." + e.alternative +
                                   ") return false;\n"
                                   "    text = *" +
                                   list + "[i]." + e.alternative +
                                   ";\n"
                                   "    return true;\n"
                                   "})"));
                    break;
                }
                a.body.push_back(dst.assign(w.value));
                break;
            case target_kind::raw:
            case target_kind::raw_map:
            case target_kind::number_array:
            case target_kind::boolean: a.body.push_back(dst.assign(w.value)); break;
            case target_kind::group:
            case target_kind::collection:
            case target_kind::list:
            case target_kind::named_strings: break;  // not values: emit_node handles them
        }
        return a;
    }

    /// A canonical enum from the provider's text through a table; status and end_reason keep
    /// the text (raw_slot_), a status refined by the end reason says more when it can.
    void enumeration_body(alternative& a, const model::value& e, const target& t,
                          const wire_value& w, const destination& dst,
                          const std::string& table_prefix) {
        const std::string& E = t.enumeration->cpp;
        const bool named_raw = !raw_slot_.empty() || !e.refine.empty();
        std::string raw = text_of(w);
        if (named_raw) {
            a.body.push_back("const std::string_view raw = " + raw + ";");
            raw = "raw";
        }
        if (!raw_slot_.empty()) a.body.push_back(raw_slot_ + " = raw;");
        const std::string table = table_name(e, t, table_prefix);
        if (e.default_value.empty()) {
            a.body.push_back(dst.assign("::callmap::lookup_or_warn(ctx, " + table + ", " + raw +
                                        ", " + E + "::" + t.enumeration->fallback + ", " +
                                        cpp_string_literal("unmapped " + t.name + " value") + ")"));
        } else {
            a.body.push_back(dst.assign("::callmap::lookup<" + E + ">(" + table + ", " + raw +
                                        ").value_or(" + E + "::" + e.default_value + ")"));
        }
        if (!e.refine.empty()) {
            a.body.push_back(
                "if (" + matches("raw", e.refine) + ") {\n    " +
                dst.assign("::callmap::refine_status(" + dst.lvalue + ", out.end_reason)") + "\n}");
        }
    }

    // --- value tables ------------------------------------------------------------------------

    std::string table_name(const model::value& e, const target& t, const std::string& prefix) {
        if (!e.table_ref.empty()) {
            const std::string name = "shared_" + e.table_ref;
            if (emitted_tables_.insert(name).second) {
                for (const auto& table : s_.tables) {
                    if (table.name == e.table_ref) emit_table(name, t, table.entries);
                }
            }
            return "mapping_tables::" + name;
        }
        // once per value: the routes through a union read the same table
        if (const auto it = inline_tables_.find(&e); it != inline_tables_.end()) return it->second;
        std::string name = unit_prefix_ + prefix + t.name;
        for (int n = 2; !emitted_tables_.insert(name).second; ++n)
            name = unit_prefix_ + prefix + t.name + "_" + std::to_string(n);
        emit_table(name, t, e.table);
        return inline_tables_[&e] = "mapping_tables::" + name;
    }

    void emit_table(const std::string& name, const target& t,
                    const std::vector<table_entry_def>& entries) {
        // exact keys first, then patterns, each group in spec order
        std::vector<const table_entry_def*> ordered;
        for (const auto& e : entries) {
            if (e.key.find('*') == std::string::npos) ordered.push_back(&e);
        }
        for (const auto& e : entries) {
            if (e.key.find('*') != std::string::npos) ordered.push_back(&e);
        }
        const std::string& E = t.enumeration->cpp;
        tables_.print("inline constexpr ::callmap::table_entry<$E$> $name$[] = {\n",
                      {{"E", E}, {"name", name}});
        for (const auto* e : ordered) {
            tables_.print("    {$key$, $E$::$value$},\n",
                          {{"key", cpp_string_literal(e->key)}, {"E", E}, {"value", e->value}});
        }
        tables_.print("};\n");
    }

    // --- writing chains ----------------------------------------------------------------------

    static std::vector<std::string> tests_of(const alternative& a) {
        std::vector<std::string> tests = a.when;
        if (!a.attempt.empty()) tests.push_back(a.attempt);
        return tests;
    }

    /// `if (test) statement`, on one line when it fits.
    static void print_if(code_writer& o, const std::string& test, const std::string& statement) {
        if (o.fits("if (" + test + ") " + statement)) {
            o.print("if ($test$) $statement$\n", {{"test", test}, {"statement", statement}});
            return;
        }
        o.print("if ($test$) {\n", {{"test", test}});
        o.indent();
        o.print("$statement$\n", {{"statement", statement}});
        o.outdent();
        o.print("}\n");
    }

    static void print_lines(code_writer& o, const std::vector<std::string>& lines) {
        for (const auto& line : lines) o.print("$line$\n", {{"line", line}});
    }

    /// The chain as statements: the first alternative that holds stores the value and runs
    /// `then`; when none does, `otherwise` runs.
    static void write_chain(code_writer& o, chain c, const std::vector<std::string>& then = {},
                            const std::vector<std::string>& otherwise = {}) {
        if (c.empty()) {
            print_lines(o, otherwise);
            return;
        }
        // the last attempt needs no test when nothing depends on whether it succeeded
        alternative& last = c.back();
        if (then.empty() && otherwise.empty() && !last.attempt.empty() && last.body.empty()) {
            last.body.push_back(last.attempt + ";");
            last.attempt.clear();
        }
        if (c.size() == 1) {
            write_single(o, c.front(), then, otherwise);
            return;
        }
        for (std::size_t i = 0; i < c.size(); ++i) {
            const std::vector<std::string> tests = tests_of(c[i]);
            if (tests.empty()) {  // always holds: the alternatives after it are never reached
                o.print(i == 0 ? "{\n" : "} else {\n");
                o.indent();
                print_lines(o, c[i].body);
                print_lines(o, then);
                o.outdent();
                o.print("}\n");
                return;
            }
            o.print(i == 0 ? "if ($test$) {\n" : "} else if ($test$) {\n",
                    {{"test", join(tests, " && ")}});
            o.indent();
            print_lines(o, c[i].body);
            print_lines(o, then);
            o.outdent();
        }
        if (!otherwise.empty()) {
            o.print("} else {\n");
            o.indent();
            print_lines(o, otherwise);
            o.outdent();
        }
        o.print("}\n");
    }

    static void write_single(code_writer& o, const alternative& a,
                             const std::vector<std::string>& then,
                             const std::vector<std::string>& otherwise) {
        const std::vector<std::string> tests = tests_of(a);
        std::vector<std::string> body = a.body;
        body.insert(body.end(), then.begin(), then.end());
        if (tests.empty()) {  // always stored; a block keeps its locals (raw) to itself
            if (body.size() > 1) o.print("{\n");
            if (body.size() > 1) o.indent();
            print_lines(o, body);
            if (body.size() > 1) o.outdent();
            if (body.size() > 1) o.print("}\n");
            return;
        }
        const std::string test = join(tests, " && ");
        if (!otherwise.empty()) {  // a guard: leave unless it holds
            if (otherwise.size() == 1 &&
                o.fits("if (" + negated(test) + ") " + otherwise.front())) {
                o.print("if ($not$) $otherwise$\n",
                        {{"not", negated(test)}, {"otherwise", otherwise.front()}});
            } else {
                o.print("if ($not$) {\n", {{"not", negated(test)}});
                o.indent();
                print_lines(o, otherwise);
                o.outdent();
                o.print("}\n");
            }
            print_lines(o, body);
            return;
        }
        if (body.empty()) {
            o.print("$test$;\n", {{"test", test}});  // only an attempt: it is the statement
            return;
        }
        if (body.size() == 1 && body.front().find('\n') == std::string::npos &&
            o.fits("if (" + test + ") " + body.front())) {
            o.print("if ($test$) $body$\n", {{"test", test}, {"body", body.front()}});
            return;
        }
        o.print("if ($test$) {\n", {{"test", test}});
        o.indent();
        print_lines(o, body);
        o.outdent();
        o.print("}\n");
    }

    // --- canonical targets -------------------------------------------------------------------

    static destination into(const target& t, const std::string& member) {
        if (t.kind == target_kind::party) {
            return {member, [member](const std::string& v) {
                        return "::callmap::set_party(" + member + ", " + v + ");";
                    }};
        }
        return {member, [member](const std::string& v) {
                    return member + " = " + v + ";";
                }};
    }

    static bool is_leaf(const target& t) {
        return t.kind != target_kind::group && t.kind != target_kind::collection &&
               t.kind != target_kind::list && t.kind != target_kind::named_strings;
    }

    /// One canonical target of `dst` (an object) from the wire object `scope`.
    void emit_node(code_writer& o, const model::node& n, const std::string& dst,
                   const std::string& scope, const std::string& table_prefix) {
        const target& t = *n.tgt;
        switch (t.kind) {
            case target_kind::group: emit_group(o, n, dst, scope); return;
            case target_kind::collection:
            case target_kind::list: emit_collection(o, n, dst, scope, table_prefix); return;
            case target_kind::named_strings: emit_named(o, n, dst, scope); return;
            case target_kind::string:
            case target_kind::party:
            case target_kind::instant:
            case target_kind::millis:
            case target_kind::integer:
            case target_kind::number:
            case target_kind::money:
            case target_kind::enumeration:
            case target_kind::raw:
            case target_kind::raw_map:
            case target_kind::number_array:
            case target_kind::string_array:
            case target_kind::boolean: {
                // status, end_reason, answered_by keep the provider's text of the value that
                // decided them: the table lookup that produced it records it (constants: none)
                if (dst == "out" && t.keeps_raw) {
                    raw_fields_.clear();
                    collect_table_fields(n.value);
                    raw_slot_ = dst + "." + t.member + "_raw";
                }
                write_chain(
                    o, value_chain(n.value, t, scope, into(t, dst + "." + t.member), table_prefix));
                raw_slot_.clear();
                return;
            }
        }
    }

    /// A group (agent, cost, transcript): present when any non-constant part has a value.
    void emit_group(code_writer& o, const model::node& n, const std::string& dst,
                    const std::string& scope) {
        const target& t = *n.tgt;
        const std::string g = t.name;
        const std::string present = t.name + "_present";
        const std::string prefix = t.name + "_";
        locals_.insert(g);
        // built in place in its optional member, which is reset if nothing was present
        o.print("{\n");
        o.indent();
        o.print("$type$& $g$ = $dst$.$member$.emplace();\nbool $present$ = false;\n",
                {{"type", t.element_cpp},
                 {"g", g},
                 {"dst", dst},
                 {"member", t.member},
                 {"present", present}});
        for (const auto& child : n.children) {
            const target& c = *child.tgt;
            if (is_leaf(c) && child.value.kind != model::value::form::constant) {
                const chain values =
                    value_chain(child.value, c, scope, into(c, g + "." + c.member), prefix);
                if (t.presence.empty() || t.presence == c.name) {
                    write_chain(o, values, {present + " = true;"});
                } else {
                    write_chain(o, values);
                }
            } else if (is_leaf(c)) {
                o.print("$g$.$member$ = $value$;\n",
                        {{"g", g}, {"member", c.member}, {"value", constant(child.value, c)}});
            } else {
                emit_node(o, child, g, scope, prefix);
                if (t.presence.empty()) {
                    o.print("$present$ = $present$ || !$g$.$member$.empty();\n",
                            {{"present", present}, {"g", g}, {"member", c.member}});
                }
            }
        }
        if (t.name == "cost") emit_currency_warning(o, n, g, present);
        o.print("if (!$present$) $dst$.$member$.reset();\n",
                {{"present", present}, {"dst", dst}, {"member", t.member}});
        o.outdent();
        o.print("}\n");
        locals_.erase(g);
    }

    /// The cost's "currency assumed" warning. A constant currency makes its text a literal, so
    /// the mapping formats nothing into the arena for it (most specs assume USD on every call);
    /// the literal spells what mapping_context::warn(what, detail) would make: "what 'detail'".
    static void emit_currency_warning(code_writer& o, const model::node& cost, const std::string& g,
                                      const std::string& present) {
        const auto currency =
            std::find_if(cost.children.begin(), cost.children.end(),
                         [](const model::node& child) { return child.tgt->name == "currency"; });
        std::string warning;
        if (currency != cost.children.end() &&
            currency->value.kind == model::value::form::constant) {
            warning = cpp_string_literal("currency assumed '" + currency->value.constant + "'");
        } else {
            warning = "\"currency assumed\", " + g + ".currency.value_or(\"\")";
        }
        print_if(o, present + " && " + g + ".currency_assumed", "ctx.warn(" + warning + ");");
    }

    /// A list written item by item: an element for each item whose first part has a value.
    void emit_item_list(code_writer& o, const model::node& n, const std::string& dst,
                        const std::string& scope, const std::string& table_prefix) {
        const target& t = *n.tgt;
        const std::string element = element_name(t.element_cpp);
        const std::string prefix = table_prefix + t.name + "_";
        o.print("$dst$.$member$ = ::callmap::build_array<$type$>(\n"
                "    ctx, $count$, [&](std::size_t $element$_index, auto& $element$) -> bool {\n",
                {{"dst", dst},
                 {"member", t.member},
                 {"type", t.element_cpp},
                 {"count", std::to_string(n.children.size())},
                 {"element", element}});
        o.indent();
        o.indent();
        o.print("switch ($element$_index) {\n", {{"element", element}});
        o.indent();
        for (std::size_t k = 0; k < n.children.size(); ++k) {
            o.print("case $k$: {\n", {{"k", std::to_string(k)}});
            o.indent();
            bool first = true;
            for (const auto& child : n.children[k].children) {
                const target& c = *child.tgt;
                if (child.value.kind == model::value::form::constant) {
                    o.print("$element$.$member$ = $value$;\n",
                            {{"element", element},
                             {"member", c.member},
                             {"value", constant(child.value, c)}});
                    continue;
                }
                const chain values =
                    value_chain(child.value, c, scope, into(c, element + "." + c.member), prefix);
                if (first) {
                    write_chain(o, values, {}, {"return false;"});
                } else {
                    write_chain(o, values);
                }
                first = false;
            }
            o.print("return true;\n");
            o.outdent();
            o.print("}\n");
        }
        o.print("default: return false;\n");
        o.outdent();
        o.print("}\n");
        o.outdent();
        o.print("});\n");
        o.outdent();
    }

    /// A local name for `wanted` that no enclosing scope of the function uses.
    std::string local_name(const std::string& wanted) {
        std::string name = wanted;
        static const std::set<std::string> taken = {"in",  "out",  "ctx", "answer", "memory",
                                                    "raw", "text", "i",   "id",     "id_index"};
        while (taken.count(name) != 0 || locals_.count(name) != 0) name += "_list";
        return name;
    }

    /// Opens the scope in which `items` is the wire list a collection maps: its each: path's,
    /// or, for each: {first: [...]}, the first of those lists that is present. Whether it
    /// opened an `if` (some list may be absent), which the caller closes.
    bool emit_list_choice(code_writer& o, const model::node& n, const std::string& scope,
                          const std::string& items) {
        const wire_value first = access(scope, n.each_resolved);
        if (first.present.empty() || n.each_otherwise.empty()) {
            if (!first.present.empty()) {
                o.print("if ($test$) {\n", {{"test", join(first.present, " && ")}});
                o.indent();
            }
            o.print("const auto& $items$ = $value$;\n", {{"items", items}, {"value", first.value}});
            return !first.present.empty();
        }
        // the first list present: `a ? &list_a : b ? &list_b : nullptr`
        std::string choice;
        bool always = false;  // an alternative without tests: the ones after it are not read
        for (std::size_t i = 0; i <= n.each_otherwise.size() && !always; ++i) {
            const wire_value list = i == 0 ? first : access(scope, n.each_otherwise[i - 1]);
            if (list.present.empty()) {
                choice += "&" + list.value;
                always = true;
            } else {
                choice += join(list.present, " && ") + " ? &" + list.value + " : ";
            }
        }
        if (!always) choice += "nullptr";
        o.print("const auto* const $items$_list = $choice$;\n"
                "if ($items$_list != nullptr) {\n",
                {{"items", items}, {"choice", choice}});
        o.indent();
        o.print("const auto& $items$ = *$items$_list;\n", {{"items", items}});
        return true;
    }

    /// {each: path, ...}: one element per element of a wire list (or member of a wire map).
    void emit_collection(code_writer& o, const model::node& n, const std::string& dst,
                         const std::string& scope, const std::string& table_prefix) {
        if (n.each_resolved.empty()) {
            emit_item_list(o, n, dst, scope, table_prefix);
            return;
        }
        const target& t = *n.tgt;
        const std::string element = element_name(t.element_cpp);
        const std::string wire_element = "wire_" + element;
        const std::string prefix = table_prefix + t.name + "_";
        const std::string items = local_name(n.each_resolved.back()->name);
        locals_.insert({items, element, element + "_index", wire_element});
        const std::string element_type =
            t.keyed ? "::callmap::map_entry<" + t.element_cpp + ">" : t.element_cpp;
        const std::string source = t.keyed ? items + ".entries" : items;
        const bool guarded = emit_list_choice(o, n, scope, items);
        o.print("$dst$.$member$$entries$ = ::callmap::build_array<$type$>(\n"
                "    ctx, $source$.size(), [&](std::size_t $element$_index, auto& $element$) -> "
                "bool {\n",
                {{"dst", dst},
                 {"member", t.member},
                 {"entries", t.keyed ? ".entries" : ""},
                 {"type", element_type},
                 {"source", source},
                 {"element", element}});
        o.indent();
        o.indent();
        const std::string at = source + "[" + element + "_index]";
        if (n.each_alternative.empty()) {
            o.print("const auto& $wire$ = $at$;\n", {{"wire", wire_element}, {"at", at}});
        } else {  // a `x | obj` list: only its objects become elements
            o.print("if (!$at$.$alt$) return false;\nconst auto& $wire$ = *$at$.$alt$;\n",
                    {{"at", at}, {"alt", n.each_alternative}, {"wire", wire_element}});
        }
        std::string element_scope = wire_element;
        std::string element_dst = element;
        if (t.keyed) {
            o.print("$element$.key = $wire$.key;\n",
                    {{"element", element}, {"wire", wire_element}});
            element_scope = wire_element + ".value";
            element_dst = element + ".value";
        }
        for (const auto& child : n.children) {
            const target& c = *child.tgt;
            if (is_leaf(c) && child.value.kind == model::value::form::constant) {
                o.print("$dst$.$member$ = $value$;\n", {{"dst", element_dst},
                                                        {"member", c.member},
                                                        {"value", constant(child.value, c)}});
            } else {
                emit_node(o, child, element_dst, element_scope, prefix);
            }
        }
        o.print("return true;\n");
        o.outdent();
        o.print("});\n");
        o.outdent();
        if (guarded) {
            o.outdent();
            o.print("}\n");
        }
        for (const auto& name : {items, element, element + "_index", wire_element})
            locals_.erase(name);
    }

    /// external_ids: an entry for each name whose value is present.
    void emit_named(code_writer& o, const model::node& n, const std::string& dst,
                    const std::string& scope) {
        target string_target;
        string_target.kind = target_kind::string;
        o.print(
            "$dst$.$member$.entries = ::callmap::build_array<::callmap::map_entry<std::string_"
            "view>>(\n"
            "    ctx, $count$, [&](std::size_t id_index, auto& id) -> bool {\n",
            {{"dst", dst}, {"member", n.tgt->member}, {"count", std::to_string(n.named.size())}});
        o.indent();
        o.indent();
        o.print("switch (id_index) {\n");
        o.indent();
        for (std::size_t k = 0; k < n.named.size(); ++k) {
            const auto& [name, value] = n.named[k];
            const std::string key = cpp_string_literal(name);
            const destination entry{"id", [&key](const std::string& v) {
                                        return "id = {" + key + ", " + v + "};";
                                    }};
            o.print("case $k$:\n", {{"k", std::to_string(k)}});
            o.indent();
            write_chain(o, value_chain(value, string_target, scope, entry, ""), {"return true;"},
                        {"return false;"});
            o.outdent();
        }
        o.print("default: return false;\n");
        o.outdent();
        o.print("}\n");
        o.outdent();
        o.print("});\n");
        o.outdent();
    }

    void emit_error_rule(code_writer& o, const model::error_rule& r) {
        if (!r.present || r.resolved.empty()) return;
        o.print("if ($test$) {\n", {{"test", join(condition(r.resolved, r.equals, "in"), " && ")}});
        o.indent();
        o.print("std::string_view message;\n");
        for (const auto& path : r.message_resolved) {
            if (path.empty()) continue;
            const wire_value m = access("in", path);
            std::vector<std::string> tests = {"message.empty()"};
            tests.insert(tests.end(), m.present.begin(), m.present.end());
            o.print("if ($test$) message = $value$;\n",
                    {{"test", join(tests, " && ")}, {"value", text_of(m)}});
        }
        o.print("answer = ::callmap::provider_error($provider$, message);\nreturn answer;\n",
                {{"provider", cpp_string_literal(s_.name)}});
        o.outdent();
        o.print("}\n");
    }

    void collect_table_fields(const model::value& e) {
        if (e.kind == model::value::form::path && !e.resolved.empty() &&
            (!e.table.empty() || !e.table_ref.empty())) {
            raw_fields_.insert(e.resolved.back());
        }
        for (const auto& item : e.items) collect_table_fields(item);
    }

    const model::provider& s_;
    std::string raw_slot_;  // while emitting status / end_reason: where lookups record raw text
    std::set<const model::field*> raw_fields_;  // the wire fields its tables read
    std::set<std::string> locals_;              // wire lists named in the enclosing scopes
    code_writer tables_;
    std::string unit_prefix_;  // of the value tables of the function being written
    std::set<std::string> emitted_tables_;
    std::map<const model::value*, std::string> inline_tables_;  // a value's own table
};

}  // namespace

void emit_mapping_declaration(code_writer& o, const model::provider& s) {
    if (s.has_mapping) mapping_emitter(s).declare(o);
}

void emit_mapping_definition(code_writer& o, const model::provider& s) {
    if (s.has_mapping) mapping_emitter(s).define(o);
}

}  // namespace callmap::gen
