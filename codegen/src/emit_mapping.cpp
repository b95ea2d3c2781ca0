// emit, continued: to_call() — the mapping of a checked spec as straight-line C++ over the
// wire structs. Every value is computed by an immediately invoked lambda that stores it into
// its canonical field and returns whether it had one, so absent wire values leave canonical
// fields absent (never invented). The value goes straight to its field: a lambda returning
// std::optional made GCC build it on the stack and copy it back at once, a store-forwarding
// stall per field (Bland's to_call spent about a third of its time in them).
#include "emit_mapping.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <sstream>

#include "canonical.hpp"
#include "emit.hpp"
#include "mapping_order.hpp"

namespace callmap::gen {
namespace {

std::string literal(std::string_view s) {
    std::string out = "\"";
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20 || u >= 0x7F) {
            static const char* hex = "0123456789abcdef";
            out += "\\x";
            out += hex[u >> 4];
            out += hex[u & 0xF];
            out += "\"\"";
        } else {
            out += c;
        }
    }
    return out + "\"";
}

const char* time_format_cpp(const std::string& time) {
    if (time == "iso8601") return "::callmap::time_format::iso8601";
    if (time == "rfc2822") return "::callmap::time_format::rfc2822";
    if (time == "epoch_s") return "::callmap::time_format::epoch_s";
    return "::callmap::time_format::epoch_ms";
}

class mapping_emitter {
public:
    explicit mapping_emitter(const spec& s) : s_(s) {}

    std::string run() {
        std::ostringstream body;
        emit_error_rule(body);
        const auto order = computation_order(s_);  // checked: no cycle
        for (const mapping_node* node : order.value()) emit_node(body, *node, "out", "in", 1);
        std::ostringstream o;
        o << "namespace callmap::" << s_.provider << " {\n\nnamespace mapping_tables {\n"
          << tables_.str() << "}  // namespace mapping_tables\n\n"
          << "// GCC 12 reports std::optional members of lambda results as maybe-uninitialized at "
             "-O2\n"
          << "// (a known false positive, GCC PR 80635); the code reads no uninitialized value.\n"
          << "#if defined(__GNUC__) && !defined(__clang__)\n#pragma GCC diagnostic push\n"
          << "#pragma GCC diagnostic ignored \"-Wmaybe-uninitialized\"\n#endif\n"
          << "/// Maps a parsed " << s_.provider
          << " payload onto the canonical call record. The result holds\n"
          << "/// views into the payload and into `memory`. A provider error answer is an error "
             "result.\n"
          << "inline ::callmap::result<::callmap::call> to_call(const " << s_.root
          << "& in, ::callmap::arena& memory) {\n"
          << "    ::callmap::mapping_context ctx(memory);\n"
          << "    ::callmap::result<::callmap::call> answer(std::in_place);  // mapped in place\n"
          << "    ::callmap::call& out = *answer;\n"
          << "    out.provider = " << literal(s_.provider) << ";\n"
          << body.str() << "    if (out.id.empty()) ctx.warn(\"no call id in the payload\");\n"
          << "    ctx.finish_into(answer);\n"
          << "    return answer;\n}\n"
          << "#if defined(__GNUC__) && !defined(__clang__)\n#pragma GCC diagnostic pop\n#endif\n\n"
          << "}  // namespace callmap::" << s_.provider << "\n";
        return o.str();
    }

private:
    static std::string indent(int level) {
        return std::string(static_cast<std::size_t>(level) * 4, ' ');
    }

    /// `const Leaf*` to the end of a field chain from `var`, or nullptr when an optional is absent.
    std::string access(const std::string& var, const std::vector<const field_def*>& chain,
                       int level) {
        type_ref leaf = chain.back()->type;
        leaf.optional = false;
        std::ostringstream o;
        o << "[&]() -> const " << wire_cpp_type(s_, leaf) << "* {\n";
        std::string current = var;
        for (std::size_t i = 0; i < chain.size(); ++i) {
            const field_def& f = *chain[i];
            const std::string member = current + "." + f.name;
            const bool last = i + 1 == chain.size();
            if (f.type.optional) {
                o << indent(level + 1) << "if (!" << member << ") return nullptr;\n";
                if (last) {
                    o << indent(level + 1) << "return &*" << member << ";\n";
                } else {
                    current = fresh("s");
                    o << indent(level + 1) << "const auto& " << current << " = *" << member
                      << ";\n";
                }
            } else if (last) {
                o << indent(level + 1) << "return &" << member << ";\n";
            } else {
                current = fresh("s");
                o << indent(level + 1) << "const auto& " << current << " = " << member << ";\n";
            }
        }
        o << indent(level) << "}()";
        return o.str();
    }

    std::string table_name(const value_expr& e, const target& t) {
        if (!e.table_ref.empty()) {
            const std::string name = "shared_" + e.table_ref;
            if (emitted_tables_.insert(name).second) {
                for (const auto& table : s_.tables) {
                    if (table.name == e.table_ref) emit_table(name, t, table.entries);
                }
            }
            return "mapping_tables::" + name;
        }
        const std::string name = "table_" + std::to_string(++table_count_);
        emit_table(name, t, e.table);
        return "mapping_tables::" + name;
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
        tables_ << "inline constexpr ::callmap::table_entry<" << E << "> " << name << "[] = {\n";
        for (const auto* e : ordered)
            tables_ << "    {" << literal(e->key) << ", " << E << "::" << e->value << "},\n";
        tables_ << "};\n";
    }

    /// What stores a value into its destination: a statement, given the value's expression.
    using sink = std::function<std::string(const std::string& value)>;

    /// An expression of type bool: true when the value exists, after `to` has stored it.
    std::string store(const value_expr& e, const target& t, const std::string& var, int level,
                      const sink& to) {
        std::ostringstream o;
        o << "[&]() -> bool {\n";
        const std::string in = indent(level + 1);
        switch (e.kind) {
            case value_expr::form::constant: stored(o, in, to(constant(e, t))); break;
            case value_expr::form::first:
                for (const auto& item : e.items)
                    o << in << "if (" << store(item, t, var, level + 1, to) << ") return true;\n";
                o << in << "return false;\n";
                break;
            case value_expr::form::when: {
                const std::string w = fresh("w");
                o << in << "const auto* " << w << " = " << access(var, e.when_resolved, level + 1)
                  << ";\n"
                  << in << "if (" << w << " != nullptr";
                if (!e.when_equals.empty()) {  // without equals the condition is presence
                    o << " && ::callmap::matches_any(::callmap::text_of(*" << w << "), {";
                    for (std::size_t i = 0; i < e.when_equals.size(); ++i)
                        o << (i ? ", " : "") << literal(e.when_equals[i]);
                    o << "})";
                }
                o << ") ";
                // a test of the very field the tables read is the provider's value too
                const bool records_raw = !raw_slot_.empty() && !e.when_equals.empty() &&
                                         raw_fields_.count(e.when_resolved.back()) != 0;
                if (records_raw)
                    o << "{\n"
                      << in << "    " << raw_slot_ << " = ::callmap::text_of(*" << w << ");\n"
                      << in << "    ";
                o << "return " << store(e.items[0], t, var, level + 1, to) << ";\n";
                if (records_raw) o << in << "}\n";
                if (e.items.size() > 1) {
                    o << in << "return " << store(e.items[1], t, var, level + 1, to) << ";\n";
                } else {
                    o << in << "return false;\n";
                }
                break;
            }
            case value_expr::form::difference:
                o << in << "if (!out." << e.operands[0] << " || !out." << e.operands[1]
                  << ") return false;\n";
                stored(o, in,
                       to("out." + e.operands[0] + "->epoch_ms - out." + e.operands[1] +
                          "->epoch_ms"));
                break;
            case value_expr::form::sum:
                o << in << "if (!out." << e.operands[0] << " || !out." << e.operands[1]
                  << ") return false;\n";
                stored(o, in,
                       to("::callmap::timestamp{out." + e.operands[0] + "->epoch_ms + *out." +
                          e.operands[1] + "}"));
                break;
            case value_expr::form::implied_by_status:
                stored_if(o, in, "::callmap::end_reason_from_status(out.status)", to);
                break;
            case value_expr::form::path: path_store(o, e, t, var, level, to); break;
        }
        o << indent(level) << "}()";
        return o.str();
    }

    /// `to` with the value, then true.
    static void stored(std::ostream& o, const std::string& in, const std::string& statement) {
        o << in << statement << "\n" << in << "return true;\n";
    }

    /// `to` with the value of an optional-valued expression, when it has one.
    void stored_if(std::ostream& o, const std::string& in, const std::string& optional_value,
                   const sink& to) {
        const std::string r = fresh("r");
        o << in << "const auto " << r << " = " << optional_value << ";\n"
          << in << "if (!" << r << ") return false;\n";
        stored(o, in, to("*" + r));
    }

    /// The sink of a canonical field `member` of target `t`.
    static sink into(const target& t, const std::string& member) {
        if (t.kind == target_kind::party)
            return [member](const std::string& v) {
                return "::callmap::set_party(" + member + ", " + v + ");";
            };
        return [member](const std::string& v) {
            return member + " = " + v + ";";
        };
    }

    std::string constant(const value_expr& e, const target& t) const {
        switch (t.kind) {
            case target_kind::enumeration: return t.enumeration->cpp + "::" + e.constant;
            case target_kind::boolean: return e.constant;
            case target_kind::millis:
            case target_kind::integer: return "std::int64_t{" + e.constant + "}";
            default: return "std::string_view(" + literal(e.constant) + ")";
        }
    }

    void path_store(std::ostream& o, const value_expr& e, const target& t, const std::string& var,
                    int level, const sink& to) {
        const std::string in = indent(level + 1);
        const std::string v = fresh("v");
        if (e.self) {
            o << in << "const auto* " << v << " = &" << var << ";\n";
        } else {
            o << in << "const auto* " << v << " = " << access(var, e.resolved, level + 1) << ";\n"
              << in << "if (" << v << " == nullptr) return false;\n";
        }
        const std::string unit = e.money == "cents" ? "10'000" : "1'000'000";
        switch (t.kind) {
            case target_kind::string:
            case target_kind::party: stored(o, in, to("::callmap::text_of(*" + v + ")")); return;
            case target_kind::instant: {
                const std::string r = fresh("t");
                o << in << "::callmap::timestamp " << r << ";\n"
                  << in << "if (!::callmap::read_instant(ctx, *" << v << ", "
                  << time_format_cpp(e.time) << ", " << r << ")) return false;\n";
                stored(o, in, to(r));
                return;
            }
            case target_kind::millis:
            case target_kind::integer: {
                const std::string scaled = "::callmap::scaled_integer(*" + v + ", " +
                                           std::to_string(e.scale.value_or(1)) + ")";
                if (e.relative_to.empty()) {
                    stored_if(o, in, scaled, to);
                    return;
                }
                const std::string r = fresh("r");
                o << in << "const std::optional<std::int64_t> " << r << " = " << scaled << ";\n"
                  << in << "if (!" << r << " || !out." << e.relative_to << ") return false;\n";
                stored(o, in, to("*" + r + " - out." + e.relative_to + "->epoch_ms"));
                return;
            }
            case target_kind::number:
                if (e.scale) {
                    const std::string r = fresh("r");
                    o << in << "const std::optional<double> " << r << " = ::callmap::to_double(*"
                      << v << ");\n"
                      << in << "if (!" << r << ") return false;\n";
                    stored(o, in, to("*" + r + " * " + std::to_string(*e.scale)));
                } else {
                    stored_if(o, in, "::callmap::to_double(*" + v + ")", to);
                }
                return;
            case target_kind::money:
                if (e.absolute) {  // the provider's sign means "charged", not a credit
                    const std::string r = fresh("r");
                    o << in << "const std::optional<std::int64_t> " << r
                      << " = ::callmap::money_micros(*" << v << ", " << unit << ");\n"
                      << in << "if (!" << r << ") return false;\n";
                    stored(o, in, to("*" + r + " < 0 ? -*" + r + " : *" + r));
                    return;
                }
                stored_if(o, in, "::callmap::money_micros(*" + v + ", " + unit + ")", to);
                return;
            case target_kind::enumeration: {
                const std::string& E = t.enumeration->cpp;
                const std::string raw = fresh("raw");
                const std::string mapped = fresh("mapped");
                const std::string value = fresh("value");
                o << in << "const std::string_view " << raw << " = ::callmap::text_of(*" << v
                  << ");\n"
                  << (raw_slot_.empty() ? std::string() : in + raw_slot_ + " = " + raw + ";\n")
                  << in << "const std::optional<" << E << "> " << mapped << " = ::callmap::lookup<"
                  << E << ">(" << table_name(e, t) << ", " << raw << ");\n";
                const std::string fallback =
                    e.default_value.empty() ? t.enumeration->fallback : e.default_value;
                if (e.default_value.empty()) {
                    o << in << "if (!" << mapped << ") ctx.warn("
                      << literal("unmapped " + t.name + " value") << ", " << raw << ");\n";
                }
                o << in << E << " " << value << " = " << mapped << " ? *" << mapped << " : " << E
                  << "::" << fallback << ";\n";
                if (!e.refine.empty()) {
                    o << in << "if (::callmap::matches_any(" << raw << ", {";
                    for (std::size_t i = 0; i < e.refine.size(); ++i)
                        o << (i ? ", " : "") << literal(e.refine[i]);
                    o << "})) " << value << " = ::callmap::refine_status(" << value
                      << ", out.end_reason);\n";
                }
                stored(o, in, to(value));
                return;
            }
            case target_kind::string_array:
                if (!e.alternative.empty()) {  // the strings of a `string | x` list
                    const std::string i = fresh("i");
                    const std::string g = fresh("g");
                    std::ostringstream strings;
                    strings << "::callmap::build_array<std::string_view>(ctx, " << v
                            << "->size(), [&](std::size_t " << i << ", std::string_view& " << g
                            << ") -> bool {\n"
                            << in << "    if (!(*" << v << ")[" << i << "]." << e.alternative
                            << ") return false;\n"
                            << in << "    " << g << " = *(*" << v << ")[" << i << "]."
                            << e.alternative << ";\n"
                            << in << "    return true;\n"
                            << in << "})";
                    stored(o, in, to(strings.str()));
                    return;
                }
                stored(o, in, to("*" + v));
                return;
            default: stored(o, in, to("*" + v)); return;
        }
    }

    void emit_node(std::ostream& o, const mapping_node& n, const std::string& dst,
                   const std::string& var, int level) {
        const target& t = *n.tgt;
        const std::string in = indent(level);
        switch (t.kind) {
            case target_kind::group: emit_group(o, n, dst, var, level); return;
            case target_kind::collection:
            case target_kind::list: emit_collection(o, n, dst, var, level); return;
            case target_kind::named_strings: emit_named(o, n, dst, var, level); return;
            default: {
                // status / end_reason keep the provider's text of the value that decided them:
                // the table lookup that produced the value records it (constants record none)
                const bool keeps_raw =
                    dst == "out" && (t.name == "status" || t.name == "end_reason");
                if (keeps_raw) {
                    raw_fields_.clear();
                    collect_table_fields(n.value);
                    raw_slot_ = dst + "." + t.member + "_raw";
                }
                o << in << store(n.value, t, var, level, into(t, dst + "." + t.member)) << ";\n";
                raw_slot_.clear();
                return;
            }
        }
    }

    static bool is_leaf(const target& t) {
        return t.kind != target_kind::group && t.kind != target_kind::collection &&
               t.kind != target_kind::list && t.kind != target_kind::named_strings;
    }

    /// A group (agent, cost, transcript): present when any non-constant part has a value.
    void emit_group(std::ostream& o, const mapping_node& n, const std::string& dst,
                    const std::string& var, int level) {
        const target& t = *n.tgt;
        const std::string in = indent(level);
        const std::string g = fresh("g");
        const std::string present = fresh("present");
        // built in place in its optional member, which is reset if nothing was present
        o << in << "{\n"
          << in << "    " << t.element_cpp << "& " << g << " = " << dst << "." << t.member
          << ".emplace();\n"
          << in << "    bool " << present << " = false;\n";
        for (const auto& child : n.children) {
            const target& c = *child.tgt;
            if (is_leaf(c) && child.value.kind != value_expr::form::constant) {
                const std::string value =
                    store(child.value, c, var, level + 1, into(c, g + "." + c.member));
                if (t.presence.empty() || t.presence == c.name) {
                    o << in << "    if (" << value << ") " << present << " = true;\n";
                } else {
                    o << in << "    " << value << ";\n";
                }
            } else if (is_leaf(c)) {
                o << in << "    " << g << "." << c.member << " = " << constant(child.value, c)
                  << ";\n";
            } else {
                emit_node(o, child, g, var, level + 1);
                if (t.presence.empty()) {
                    o << in << "    " << present << " = " << present << " || !" << g << "."
                      << c.member << ".empty();\n";
                }
            }
        }
        if (t.name == "cost") emit_currency_warning(o, n, g, present, in);
        o << in << "    if (!" << present << ") " << dst << "." << t.member << ".reset();\n"
          << in << "}\n";
    }

    /// The cost's "currency assumed" warning. A constant currency makes its text a literal, so
    /// the mapping formats nothing into the arena for it (most specs assume USD on every call);
    /// the literal spells what mapping_context::warn(what, detail) would make: "what 'detail'".
    void emit_currency_warning(std::ostream& o, const mapping_node& cost, const std::string& g,
                               const std::string& present, const std::string& in) {
        const auto currency =
            std::find_if(cost.children.begin(), cost.children.end(),
                         [](const mapping_node& child) { return child.tgt->name == "currency"; });
        o << in << "    if (" << present << " && " << g << ".currency_assumed) ctx.warn(";
        if (currency != cost.children.end() && currency->value.kind == value_expr::form::constant) {
            o << literal("currency assumed '" + currency->value.constant + "'");
        } else {
            o << "\"currency assumed\", " << g << ".currency.value_or(\"\")";
        }
        o << ");\n";
    }

    /// A list written item by item: an element for each item whose first part has a value.
    void emit_item_list(std::ostream& o, const mapping_node& n, const std::string& dst,
                        const std::string& var, int level) {
        const target& t = *n.tgt;
        const std::string in = indent(level);
        const std::string i = fresh("i");
        const std::string g = fresh("g");
        o << in << dst << "." << t.member << " = ::callmap::build_array<" << t.element_cpp
          << ">(ctx, " << n.children.size() << ", [&](std::size_t " << i << ", " << t.element_cpp
          << "& " << g << ") -> bool {\n"
          << in << "    switch (" << i << ") {\n";
        for (std::size_t k = 0; k < n.children.size(); ++k) {
            o << in << "        case " << k << ": {\n";
            bool first = true;
            for (const auto& child : n.children[k].children) {
                const target& c = *child.tgt;
                if (child.value.kind == value_expr::form::constant) {
                    o << in << "            " << g << "." << c.member << " = "
                      << constant(child.value, c) << ";\n";
                    continue;
                }
                const std::string value =
                    store(child.value, c, var, level + 3, into(c, g + "." + c.member));
                if (first) {
                    o << in << "            if (!" << value << ") return false;\n";
                } else {
                    o << in << "            " << value << ";\n";
                }
                first = false;
            }
            o << in << "            return true;\n" << in << "        }\n";
        }
        o << in << "        default: return false;\n" << in << "    }\n" << in << "});\n";
    }

    /// {each: path, ...}: one element per element of a wire list (or member of a wire map).
    void emit_collection(std::ostream& o, const mapping_node& n, const std::string& dst,
                         const std::string& var, int level) {
        if (n.each.empty()) {
            emit_item_list(o, n, dst, var, level);
            return;
        }
        const target& t = *n.tgt;
        const std::string in = indent(level);
        const std::string items = fresh("items");
        const std::string i = fresh("i");
        const std::string e = fresh("e");
        const std::string g = fresh("g");
        const std::string element_type =
            t.keyed ? "::callmap::map_entry<" + t.element_cpp + ">" : t.element_cpp;
        const std::string source = t.keyed ? items + "->entries" : "(*" + items + ")";
        o << in << "if (const auto* " << items << " = " << access(var, n.each_resolved, level)
          << ") {\n"
          << in << "    " << dst << "." << t.member << (t.keyed ? ".entries" : "")
          << " = ::callmap::build_array<" << element_type << ">(ctx, " << source
          << ".size(), [&](std::size_t " << i << ", " << element_type << "& " << g
          << ") -> bool {\n"
          << in;
        if (n.each_alternative.empty()) {
            o << "        const auto& " << e << " = " << source << "[" << i << "];\n";
        } else {  // a `x | obj` list: only its objects become elements
            const std::string holder = fresh("alt");
            o << "        const auto& " << holder << " = " << source << "[" << i << "]."
              << n.each_alternative << ";\n"
              << in << "        if (!" << holder << ") return false;\n"
              << in << "        const auto& " << e << " = *" << holder << ";\n";
        }
        std::string scope = e;
        std::string element_dst = g;
        if (t.keyed) {
            o << in << "        " << g << ".key = " << e << ".key;\n";
            scope = e + ".value";
            element_dst = g + ".value";
        }
        for (const auto& child : n.children) {
            const target& c = *child.tgt;
            if (is_leaf(c) && child.value.kind == value_expr::form::constant) {
                o << in << "        " << element_dst << "." << c.member << " = "
                  << constant(child.value, c) << ";\n";
            } else {
                emit_node(o, child, element_dst, scope, level + 2);
            }
        }
        o << in << "        return true;\n" << in << "    });\n" << in << "}\n";
    }

    /// external_ids: an entry for each name whose value is present.
    void emit_named(std::ostream& o, const mapping_node& n, const std::string& dst,
                    const std::string& var, int level) {
        const std::string in = indent(level);
        const std::string i = fresh("i");
        const std::string entry = fresh("entry");
        target string_target;
        string_target.kind = target_kind::string;
        o << in << dst << "." << n.tgt->member
          << ".entries = ::callmap::build_array<::callmap::map_entry<std::string_view>>(ctx, "
          << n.named.size() << ", [&](std::size_t " << i
          << ", ::callmap::map_entry<std::string_view>& " << entry << ") -> bool {\n"
          << in << "    switch (" << i << ") {\n";
        for (std::size_t k = 0; k < n.named.size(); ++k) {
            const auto& [name, value] = n.named[k];
            const std::string key = literal(name);
            const sink to = [&](const std::string& v) {
                return entry + " = {" + key + ", " + v + "};";
            };
            o << in << "        case " << k << ": return "
              << store(value, string_target, var, level + 2, to) << ";\n";
        }
        o << in << "        default: return false;\n" << in << "    }\n" << in << "});\n";
    }

    void emit_error_rule(std::ostream& o) {
        const error_rule& r = s_.error_when;
        if (!r.present || r.resolved.empty()) return;
        const std::string w = fresh("w");
        o << "    if (const auto* " << w << " = " << access("in", r.resolved, 1) << ";\n"
          << "        " << w << " != nullptr && ::callmap::matches_any(::callmap::text_of(*" << w
          << "), {";
        for (std::size_t i = 0; i < r.equals.size(); ++i)
            o << (i ? ", " : "") << literal(r.equals[i]);
        o << "})) {\n        std::string_view message;\n";
        for (const auto& chain : r.message_resolved) {
            if (chain.empty()) continue;
            const std::string m = fresh("m");
            o << "        if (const auto* " << m << " = " << access("in", chain, 2)
              << "; message.empty() && " << m << " != nullptr) message = *" << m << ";\n";
        }
        o << "        answer = ::callmap::provider_error(" << literal(s_.provider)
          << ", message);\n        return answer;\n    }\n";
    }

    /// A name no other generated local uses: lambdas capture by reference, so reusing a name in
    /// a nested lambda would shadow (and -Wshadow is an error for callers who enable it).
    std::string fresh(const char* base) { return base + std::to_string(++names_); }

    const spec& s_;
    int names_ = 0;
    std::string raw_slot_;  // while emitting status / end_reason: where lookups record raw text
    std::set<const field_def*> raw_fields_;  // the wire fields its tables read

    void collect_table_fields(const value_expr& e) {
        if (e.kind == value_expr::form::path && !e.resolved.empty() &&
            (!e.table.empty() || !e.table_ref.empty())) {
            raw_fields_.insert(e.resolved.back());
        }
        for (const auto& item : e.items) collect_table_fields(item);
    }
    std::ostringstream tables_;
    std::set<std::string> emitted_tables_;
    int table_count_ = 0;
};

}  // namespace

std::string emit_mapping(const spec& s) {
    if (!s.has_mapping) return "";
    return mapping_emitter(s).run();
}

}  // namespace callmap::gen
