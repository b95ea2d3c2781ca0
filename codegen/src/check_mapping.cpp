// check, continued: the mapping. Every path must exist in the wire types, every conversion
// must fit both the wire value it reads and the canonical target it fills, and every table
// value must be a value of the target's canonical enum.
#include "check_mapping.hpp"

#include "check.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include <boost/describe/enum_from_string.hpp>

#include "callmap/mapping.hpp"
#include "canonical.hpp"
#include "mapping_order.hpp"

namespace callmap::gen {
namespace {

std::vector<std::string> split_path(const std::string& path) {
    std::vector<std::string> parts;
    std::string part;
    std::istringstream in(path);
    while (std::getline(in, part, '.')) parts.push_back(part);
    return parts;
}

const char* kind_name(target_kind k) {
    switch (k) {
        case target_kind::string: return "string";
        case target_kind::party: return "phone party";
        case target_kind::instant: return "instant";
        case target_kind::millis: return "milliseconds";
        case target_kind::integer: return "integer";
        case target_kind::number: return "number";
        case target_kind::money: return "money";
        case target_kind::enumeration: return "enum";
        case target_kind::raw: return "raw JSON";
        case target_kind::raw_map: return "object";
        case target_kind::number_array: return "number list";
        case target_kind::string_array: return "string list";
        case target_kind::boolean: return "boolean";
        case target_kind::group:
        case target_kind::collection:
        case target_kind::list:
        case target_kind::named_strings: return "group";
    }
    return "group";
}

bool is_scalar(const type_ref& t) {
    return !t.is_map && t.array_depth == 0;
}

/// Reads a spec's mapping section and adds it, resolved, to the provider's model.
class mapping_checker {
public:
    mapping_checker(const spec& s, model::provider& m, diagnostics& diags)
        : s_(s), m_(m), diags_(diags) {}

    /// A mapping from the object type `root` onto callmap::call (the provider's, or a
    /// supplement's: `needs_id` false), into `out` and `out_rule`.
    void check(const model::object& root, const mapping_node& mapping, const error_rule& rule,
               bool needs_id, model::node& out, model::error_rule& out_rule) {
        mapped_.clear();
        if (rule.present) out_rule = check_error_rule(root, rule);
        for (const auto& child : mapping.children) mapped_.insert(child.tgt->name);
        if (needs_id && mapped_.count("id") == 0) diags_.error(mapping.pos, "mapping must set id");
        out.tgt = mapping.tgt;
        for (const auto& child : mapping.children)
            out.children.push_back(check_node(child, &root, true));
        std::string cycle;
        if (diags_.empty() && !computation_order(out, &cycle)) {
            diags_.error(mapping.pos, "mapping fields depend on each other in a cycle: " + cycle);
        }
    }

private:
    /// The object type a path reaches past a field: its own, or a union's object type (only a
    /// value's path goes through a union: `through_unions`).
    const model::object* next_object(const type_ref& t, bool through_unions) const {
        if (!is_scalar(t)) return nullptr;
        if (t.base == type_ref::base_kind::one_of && !through_unions) return nullptr;
        return m_.object_type(t);
    }

    /// The fields a path walks through from `scope`, or empty after an error.
    model::field_path resolve(const model::object* scope, const std::string& path, source_pos pos,
                              bool through_unions = false) {
        model::field_path chain;
        const model::object* current = scope;
        const std::vector<std::string> parts = split_path(path);
        if (current == nullptr) {
            diags_.error(pos, "path '" + path +
                                  "': inside each: over a list of values the element is '.', "
                                  "it has no fields");
            return {};
        }
        if (parts.empty()) {
            diags_.error(pos, "empty path");
            return {};
        }
        for (std::size_t i = 0; i < parts.size(); ++i) {
            const model::field* found = nullptr;
            std::vector<std::string> names;
            for (const auto& f : current->fields) {
                names.push_back(f.json_name);
                if (f.json_name == parts[i] ||
                    std::find(f.aliases.begin(), f.aliases.end(), parts[i]) != f.aliases.end()) {
                    found = &f;
                }
            }
            if (found == nullptr) {
                diags_.error(pos, "path '" + path + "' does not exist: type '" + current->name +
                                      "' has no field '" + parts[i] + "'" +
                                      did_you_mean(parts[i], names));
                return {};
            }
            chain.push_back(found);
            if (i + 1 == parts.size()) break;
            const type_ref& t = found->type;
            const model::object* next = next_object(t, through_unions);
            if (next == nullptr) {
                const bool a_union = is_scalar(t) && t.base == type_ref::base_kind::one_of &&
                                     next_object(t, true) != nullptr;
                const std::string why = t.array_depth > 0 ? "is a list; map its elements with each:"
                                        : a_union ? "is a union: only a value's path may go "
                                                    "through one"
                                                  : "is not an object (" + t.text + ")";
                diags_.error(pos,
                             "path '" + path + "' goes through '" + parts[i] + "', which " + why);
                return {};
            }
            current = next;
        }
        return chain;
    }

    model::error_rule check_error_rule(const model::object& root, const error_rule& r) {
        model::error_rule checked{true, resolve(&root, r.path, r.pos), r.equals, {}};
        if (!checked.resolved.empty())
            check_condition_type(*checked.resolved.back(), r.path, r.pos);
        for (const auto& m : r.message) {
            auto chain = resolve(&root, m, r.pos);
            if (!chain.empty() && !(is_scalar(chain.back()->type) &&
                                    chain.back()->type.base == type_ref::base_kind::string)) {
                diags_.error(r.pos, "error message path '" + m + "' must be a string, not " +
                                        chain.back()->type.text);
            }
            checked.message_resolved.push_back(std::move(chain));
        }
        return checked;
    }

    void check_condition_type(const model::field& f, const std::string& path, source_pos pos) {
        const type_ref& t = f.type;
        const bool ok =
            is_scalar(t) &&
            (t.base == type_ref::base_kind::string || t.base == type_ref::base_kind::boolean ||
             (t.base == type_ref::base_kind::named && m_.is_enum(t.name)));
        if (!ok)
            diags_.error(pos, "'" + path +
                                  "' must be a string, an enum or a bool to compare, not " +
                                  t.text);
    }

    model::node check_node(const mapping_node& n, const model::object* scope, bool top_level) {
        const target& t = *n.tgt;
        model::node checked;
        checked.tgt = n.tgt;
        switch (t.kind) {
            case target_kind::group:
                for (const auto& c : n.children)
                    checked.children.push_back(check_node(c, scope, false));
                return checked;
            case target_kind::collection:
            case target_kind::list:
                if (n.each.empty()) {  // a list written item by item
                    for (const auto& item : n.children) {
                        model::node& checked_item = checked.children.emplace_back();
                        checked_item.tgt = item.tgt;
                        for (const auto& c : item.children)
                            checked_item.children.push_back(check_node(c, scope, false));
                    }
                    return checked;
                }
                check_collection(n, scope, checked);
                return checked;
            case target_kind::named_strings: {
                target as_string = t;  // each entry is a string target of its own
                as_string.kind = target_kind::string;
                for (const auto& [name, value] : n.named) {
                    as_string.name = t.name + "." + name;
                    checked.named.emplace_back(name, check_expr(value, as_string, scope, false,
                                                                "'" + as_string.name + "'"));
                }
                return checked;
            }
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
            case target_kind::boolean:
                checked.value = check_expr(n.value, t, scope, top_level, "'" + t.name + "'");
                return checked;
        }
        return checked;
    }

    void check_collection(const mapping_node& n, const model::object* scope, model::node& checked) {
        const target& t = *n.tgt;
        checked.each_resolved = resolve(scope, n.each, n.each_pos);
        if (checked.each_resolved.empty()) return;
        const type_ref& wire = checked.each_resolved.back()->type;
        for (const auto& path : n.each_otherwise) {  // each: {first: [...]}: lists of one type
            model::field_path other = resolve(scope, path, n.each_pos);
            if (other.empty()) continue;
            const type_ref& o = other.back()->type;
            if (o.base != wire.base || o.name != wire.name || o.is_map != wire.is_map ||
                o.array_depth != wire.array_depth) {
                diags_.error(n.each_pos, "each: first: '" + path + "' is " + o.text + " and '" +
                                             n.each + "' is " + wire.text +
                                             "; the lists tried in turn must be of one type");
                continue;
            }
            checked.each_otherwise.push_back(std::move(other));
        }
        const model::object* element =
            wire.base == type_ref::base_kind::named ? m_.find_object(wire.name) : nullptr;
        if (wire.base == type_ref::base_kind::one_of) {  // a list of `x | obj`: visit the objects
            for (const auto& alternative : wire.alternatives) {
                const model::object* o =
                    alternative.array_depth == 0 ? m_.find_object(alternative.name) : nullptr;
                if (o != nullptr) {
                    element = o;
                    checked.each_alternative = model::union_member(alternative);
                }
            }
        }
        const bool shape_ok = t.keyed ? (wire.is_map && wire.array_depth == 0)
                                      : (!wire.is_map && wire.array_depth == 1);
        const bool scalar_list = shape_ok && !t.keyed && element == nullptr &&
                                 wire.base != type_ref::base_kind::named &&
                                 wire.base != type_ref::base_kind::one_of;
        if (scalar_list) {  // a list of values: its element is written '.'
            type_ref value = wire;
            value.array_depth = 0;
            value.optional = false;
            value.text = value.text.substr(0, value.text.find('['));
            const type_ref* outer = element_value_;
            element_value_ = &value;
            for (const auto& c : n.children)
                checked.children.push_back(check_node(c, nullptr, false));
            element_value_ = outer;
            return;
        }
        if (element == nullptr || !shape_ok) {
            diags_.error(n.each_pos, "each: '" + n.each + "' must be " +
                                         (t.keyed ? "a map of objects (map<type>)"
                                                  : "a list of objects (type[])") +
                                         ", not " + wire.text);
            return;
        }
        checked.element = element;
        for (const auto& c : n.children) checked.children.push_back(check_node(c, element, false));
    }

    /// What a value says as written; check_expr adds what it resolves.
    static model::value as_written(const value_expr& e) {
        model::value v;
        v.kind = e.kind;
        v.path = e.path;
        v.constant = e.constant;
        v.when_equals = e.when_equals;
        v.operands = e.operands;
        v.scale = e.scale;
        v.table = e.table;
        v.table_ref = e.table_ref;
        v.default_value = e.default_value;
        v.refine = e.refine;
        v.relative_to = e.relative_to;
        v.absolute = e.absolute;
        return v;
    }

    model::value check_expr(const value_expr& e, const target& t, const model::object* scope,
                            bool top_level, const std::string& what) {
        model::value v = as_written(e);
        switch (e.kind) {
            case value_expr::form::constant: check_constant(e, t, what); break;
            case value_expr::form::first:
                for (const auto& item : e.items)
                    v.items.push_back(check_expr(item, t, scope, top_level, what));
                break;
            case value_expr::form::when:
                v.when_resolved = resolve(scope, e.when_path, e.when_pos);
                if (!v.when_resolved.empty() && !e.when_equals.empty())  // without equals: present
                    check_condition_type(*v.when_resolved.back(), e.when_path, e.when_pos);
                for (const auto& item : e.items)
                    v.items.push_back(check_expr(item, t, scope, top_level, what));
                break;
            case value_expr::form::difference:
            case value_expr::form::sum: check_derived(e, t, top_level, what); break;
            case value_expr::form::implied_by_status:
                if (t.name != "end_reason" || !top_level) {
                    diags_.error(e.pos, "implied_by: status applies to end_reason only");
                } else if (mapped_.count("status") == 0) {
                    diags_.error(e.pos,
                                 "end_reason is implied by status, but status is not mapped");
                }
                break;
            case value_expr::form::path: check_path_expr(e, v, t, scope, what); break;
        }
        return v;
    }

    void check_constant(const value_expr& e, const target& t, const std::string& what) {
        switch (t.kind) {
            case target_kind::enumeration:
                check_enum_value(e.constant, *t.enumeration, e.pos, what);
                return;
            case target_kind::boolean:
                if (e.constant != "true" && e.constant != "false") {
                    diags_.error(e.pos, what + " takes true or false, not '" + e.constant + "'");
                }
                return;
            case target_kind::string:
            case target_kind::party: return;
            case target_kind::millis:
            case target_kind::integer: {
                const bool digits =
                    !e.constant.empty() &&
                    std::all_of(e.constant.begin() + (e.constant[0] == '-' ? 1 : 0),
                                e.constant.end(), [](char c) { return c >= '0' && c <= '9'; });
                if (!digits)
                    diags_.error(e.pos,
                                 what + " takes an integer constant, not '" + e.constant + "'");
                return;
            }
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
            case target_kind::named_strings:
                diags_.error(e.pos, what + " (" + kind_name(t.kind) + ") cannot be a constant");
        }
    }

    void check_enum_value(const std::string& value, const canonical_enum& en, source_pos pos,
                          const std::string& what) {
        if (std::find(en.values.begin(), en.values.end(), value) == en.values.end()) {
            diags_.error(pos, "'" + value + "' is not a value of " + what + " (one of: " +
                                  join_values(en) + ")" + did_you_mean(value, en.values));
        }
    }

    static std::string join_values(const canonical_enum& en) {
        std::string out;
        for (const auto& v : en.values) out += (out.empty() ? "" : ", ") + v;
        return out;
    }

    void check_derived(const value_expr& e, const target& t, bool top_level,
                       const std::string& what) {
        const bool difference = e.kind == value_expr::form::difference;
        const char* name = difference ? "difference" : "sum";
        if (!top_level) {
            diags_.error(e.pos, std::string(name) + " is only available for top-level fields");
            return;
        }
        const target_kind want_result = difference ? target_kind::millis : target_kind::instant;
        if (t.kind != want_result) {
            diags_.error(e.pos, what + " (" + kind_name(t.kind) + ") cannot be a " + name + "; a " +
                                    name + " gives " +
                                    (difference ? "milliseconds" : "an instant"));
            return;
        }
        const std::vector<target_kind> operand_kinds =
            difference ? std::vector<target_kind>{target_kind::instant, target_kind::instant}
                       : std::vector<target_kind>{target_kind::instant, target_kind::millis};
        for (std::size_t i = 0; i < e.operands.size() && i < 2; ++i) {
            const target* op = find_child(call_target(), e.operands[i]);
            if (op == nullptr || op->kind != operand_kinds[i]) {
                diags_.error(
                    e.pos, std::string(name) + " operand '" + e.operands[i] +
                               "' must be a top-level " + kind_name(operand_kinds[i]) +
                               " field such as " +
                               (operand_kinds[i] == target_kind::instant ? "ended_at" : "talk_ms"));
            } else if (mapped_.count(op->name) == 0) {
                diags_.error(e.pos,
                             std::string(name) + " operand '" + e.operands[i] + "' is not mapped");
            } else if (op->name == t.name) {
                diags_.error(e.pos, what + " cannot be derived from itself");
            }
        }
    }

    void reject(const value_expr& e, bool present, const char* key, const target& t,
                const std::string& what) {
        if (present)
            diags_.error(e.pos, std::string("'") + key + "' does not apply to " + what + " (" +
                                    kind_name(t.kind) + ")");
    }

    void check_path_expr(const value_expr& e, model::value& v, const target& t,
                         const model::object* scope, const std::string& what) {
        // conversions that do not fit the target
        reject(e, !e.time.empty() && t.kind != target_kind::instant, "time", t, what);
        reject(e,
               e.scale.has_value() && t.kind != target_kind::millis &&
                   t.kind != target_kind::integer && t.kind != target_kind::number,
               "scale", t, what);
        reject(e, !e.relative_to.empty() && t.kind != target_kind::millis, "relative_to", t, what);
        reject(e, e.absolute && t.kind != target_kind::money, "abs", t, what);
        reject(e, !e.money.empty() && t.kind != target_kind::money, "money", t, what);
        reject(e, (!e.table.empty() || !e.table_ref.empty()) && t.kind != target_kind::enumeration,
               "table", t, what);
        reject(e, !e.default_value.empty() && t.kind != target_kind::enumeration, "default", t,
               what);
        if (!e.refine.empty() && !(t.kind == target_kind::enumeration && t.name == "status")) {
            diags_.error(e.pos, "'refine' applies to status only");
        }
        if (e.path == ".") {
            if (element_value_ == nullptr) {
                diags_.error(e.pos,
                             "'.' is the element itself, only inside each: over a list of values");
                return;
            }
            v.self = true;
        } else {
            v.resolved = resolve(scope, e.path, e.pos, true);
            if (v.resolved.empty()) return;
        }
        const type_ref& wire = v.self ? *element_value_ : union_alternative(t, e, v);
        const auto base = wire.base;
        const bool scalar = is_scalar(wire);
        const bool is_string = scalar && base == type_ref::base_kind::string;
        const bool is_enum = scalar && base == type_ref::base_kind::named && m_.is_enum(wire.name);
        const bool is_numeric =
            scalar && (base == type_ref::base_kind::integer ||
                       base == type_ref::base_kind::number || base == type_ref::base_kind::decimal);
        auto mismatch = [&](const std::string& needs) {
            diags_.error(e.pos,
                         what + " needs " + needs + ", but '" + e.path + "' is " + wire.text);
        };
        switch (t.kind) {
            case target_kind::string:
            case target_kind::party:
                if (!(is_string || is_enum || (scalar && base == type_ref::base_kind::decimal)))
                    mismatch("a string");
                return;
            case target_kind::instant: {
                const std::string formats = spoken_list(time_formats(), "or");
                time_format format{};
                if (e.time.empty()) {
                    diags_.error(e.pos, what + " needs time: (" + formats + ")");
                } else if (!boost::describe::enum_from_string(e.time.c_str(), format)) {
                    diags_.error(e.pos, "unknown time format '" + e.time + "'" +
                                            did_you_mean(e.time, time_formats()) + "; expected " +
                                            formats);
                } else {
                    v.time = format;
                    if (is_epoch(format) && !is_numeric) {
                        mismatch("a number for time: " + e.time);
                    } else if (!is_epoch(format) && !is_string) {
                        mismatch("a string for time: " + e.time);
                    }
                }
                return;
            }
            case target_kind::millis:
            case target_kind::integer:
            case target_kind::number:
                if (!is_numeric) mismatch("a number");
                if (!e.relative_to.empty()) {
                    const target* base_field = find_child(call_target(), e.relative_to);
                    if (base_field == nullptr || base_field->kind != target_kind::instant) {
                        diags_.error(
                            e.pos,
                            "relative_to must name a top-level instant such as started_at, not '" +
                                e.relative_to + "'");
                    } else if (mapped_.count(e.relative_to) == 0) {
                        diags_.error(e.pos, "relative_to: '" + e.relative_to + "' is not mapped");
                    }
                }
                if (e.scale && *e.scale <= 0)
                    diags_.error(e.pos, "scale must be a positive integer");
                return;
            case target_kind::money:
                if (money_unit unit{}; boost::describe::enum_from_string(e.money.c_str(), unit)) {
                    v.money = unit;
                } else {
                    std::vector<std::string> choices;
                    for (const auto& name : money_units()) choices.push_back("money: " + name);
                    diags_.error(e.pos,
                                 what + " needs " + spoken_list(choices, "or") +
                                     (e.money.empty() ? std::string()
                                                      : did_you_mean(e.money, money_units())));
                }
                if (scalar && base == type_ref::base_kind::number) {
                    diags_.error(e.pos, what + " needs an exact value: declare '" + e.path +
                                            "' as decimal (a double cannot hold 0.0594 exactly)");
                } else if (!(scalar && (base == type_ref::base_kind::decimal ||
                                        base == type_ref::base_kind::integer))) {
                    mismatch("a decimal");
                }
                return;
            case target_kind::enumeration:
                check_enum_path(e, t, wire, is_string || is_enum, what);
                return;
            case target_kind::raw:
                if (!(scalar && base == type_ref::base_kind::raw)) mismatch("raw");
                return;
            case target_kind::raw_map:
                if (!(wire.is_map && wire.array_depth == 0 && base == type_ref::base_kind::raw))
                    mismatch("map<raw>");
                return;
            case target_kind::number_array:
                if (!(!wire.is_map && wire.array_depth == 1 && base == type_ref::base_kind::number))
                    mismatch("number[]");
                return;
            case target_kind::string_array:
                if (!wire.is_map && wire.array_depth == 1 && base == type_ref::base_kind::one_of) {
                    for (const auto& alternative : wire.alternatives) {
                        if (alternative.base == type_ref::base_kind::string)
                            v.alternative = model::union_member(alternative);
                    }
                }
                if (!(!wire.is_map && wire.array_depth == 1 &&
                      (base == type_ref::base_kind::string || !v.alternative.empty()))) {
                    mismatch("string[]");
                }
                return;
            case target_kind::boolean:
                diags_.error(e.pos, what + " takes a constant: {const: true}");
                return;
            case target_kind::group:
            case target_kind::collection:
            case target_kind::list:
            case target_kind::named_strings: return;
        }
    }

    /// The wire value at a value's path; at a union (`string | endpoint`), the alternative
    /// of the JSON type the target reads (kept in v.alternative), or the union when it has none.
    const type_ref& union_alternative(const target& t, const value_expr& e, model::value& v) const {
        const type_ref& wire = v.resolved.back()->type;
        if (!is_scalar(wire) || wire.base != type_ref::base_kind::one_of) return wire;
        const bool wants_number = t.kind == target_kind::millis || t.kind == target_kind::integer ||
                                  t.kind == target_kind::number || t.kind == target_kind::money ||
                                  (t.kind == target_kind::instant && e.time.starts_with("epoch"));
        const bool wants_string = t.kind == target_kind::string || t.kind == target_kind::party ||
                                  t.kind == target_kind::enumeration ||
                                  (t.kind == target_kind::instant && !wants_number);
        for (const auto& alternative : wire.alternatives) {
            const auto base = alternative.base;
            const bool number =
                base == type_ref::base_kind::integer || base == type_ref::base_kind::number;
            if (alternative.array_depth == 0 &&
                ((wants_string && base == type_ref::base_kind::string) ||
                 (wants_number && number))) {
                v.alternative = model::union_member(alternative);
                return alternative;
            }
        }
        return wire;
    }

    void check_enum_path(const value_expr& e, const target& t, const type_ref& wire,
                         bool text_source, const std::string& what) {
        const bool bool_source = is_scalar(wire) && wire.base == type_ref::base_kind::boolean;
        if (!text_source && !bool_source) {
            diags_.error(e.pos, what + " needs a string, an enum or a bool, but '" + e.path +
                                    "' is " + wire.text);
        }
        const canonical_enum& en = *t.enumeration;
        if (e.table.empty() && e.table_ref.empty()) {
            diags_.error(e.pos, what + " needs table: (provider value -> " + t.name + ")");
        }
        for (const auto& entry : e.table) check_enum_value(entry.value, en, entry.pos, what);
        if (!e.table_ref.empty()) {
            for (const auto& table : s_.tables) {
                if (table.name != e.table_ref) continue;
                const std::string short_name = en.cpp.substr(en.cpp.rfind(':') + 1);
                if (table.enumeration != short_name &&
                    !(short_name == "call_status" && table.enumeration == "status")) {
                    diags_.error(e.table_pos, "table '" + table.name + "' holds " +
                                                  table.enumeration + " values, but " + what +
                                                  " needs " + short_name);
                    continue;
                }
                for (const auto& entry : table.entries) {
                    if (std::find(en.values.begin(), en.values.end(), entry.value) ==
                        en.values.end()) {
                        diags_.error_in(table.file, entry.pos,
                                        "'" + entry.value + "' is not a value of " + short_name +
                                            did_you_mean(entry.value, en.values));
                    }
                }
            }
        }
        if (!e.default_value.empty()) check_enum_value(e.default_value, en, e.pos, what);
        if (!e.refine.empty() && mapped_.count("end_reason") == 0) {
            diags_.error(e.pos,
                         "status is refined by the end reason, but end_reason is not mapped");
        }
    }

    const spec& s_;
    model::provider& m_;
    diagnostics& diags_;
    std::set<std::string> mapped_;             // top-level targets the spec sets
    const type_ref* element_value_ = nullptr;  // inside each: over a list of values
};

}  // namespace

void check_mapping(const spec& s, model::provider& m, diagnostics& diags) {
    if (!s.has_mapping) return;
    const model::object* root = m.find_object(m.root);
    if (root == nullptr) return;
    mapping_checker(s, m, diags)
        .check(*root, s.mapping, s.error_when, true, m.mapping, m.error_when);
}

void check_supplements(const spec& s, model::provider& m, diagnostics& diags) {
    std::set<std::string> names;
    for (const supplement_def& d : s.supplements) {
        const std::string what = "supplement '" + d.name + "'";
        if (!is_valid_cpp_name(d.name)) {
            diags.error(d.pos, what + ": its name must be a C++ identifier (it names map_" +
                                   d.name + "())");
        }
        if (!names.insert(d.name).second) diags.error(d.pos, "duplicate " + what);
        for (const model::shape& shape : m.shapes) {
            if (shape.name == d.name) {
                diags.error(d.pos, what +
                                       " has the name of a shape; their generated names "
                                       "(layouts::" +
                                       d.name + "_detect) would collide");
            }
        }
        if (!s.has_mapping) {
            diags.error(d.pos, what + ": a spec without mapping: has no call to complete");
            continue;
        }
        const model::object* root = m.find_object(d.root);
        if (root == nullptr) {
            std::vector<std::string> objects;
            for (const auto& o : m.objects) objects.push_back(o.name);
            diags.error(d.root_pos,
                        "root type '" + d.root + "' of " + what +
                            " is not an object type in types:" + did_you_mean(d.root, objects));
            continue;
        }
        if (d.root == m.root) {
            diags.error(d.root_pos, what + " has the provider's root type '" + d.root +
                                        "': a supplement is another payload than the call");
            continue;
        }
        if (d.detect.empty()) diags.error(d.detect_pos, what + " needs at least one detect key");
        for (const std::string& key : d.detect) {
            bool found = false;
            std::vector<std::string> keys;
            for (const auto& f : root->fields) {
                keys.push_back(f.json_name);
                found = found || f.json_name == key;
            }
            if (!found) {
                diags.error(d.detect_pos, "detect key '" + key + "' of " + what +
                                              " is not a field of '" + d.root + "'" +
                                              did_you_mean(key, keys));
            }
        }
        if (d.mapping.children.empty())
            diags.error(d.mapping.pos, what + " maps nothing: its mapping: names no field");
        model::supplement& checked = m.supplements.emplace_back();
        checked.name = d.name;
        checked.docs = d.docs;
        checked.root = d.root;
        checked.detect = d.detect;
        mapping_checker(s, m, diags)
            .check(*root, d.mapping, d.error_when, false, checked.mapping, checked.error_when);
    }
}

}  // namespace callmap::gen
