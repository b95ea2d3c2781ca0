// check, continued: shapes:. Each shape is a list page, a webhook or a callback; its calls are
// the spec's root type, mapped by the spec's mapping, so a shape names only where they are (key
// paths), the cursor and the event, the status an event sets, and the envelope object whose
// keys fill the call's fields. A form-encoded shape names instead the root type's field that
// each form key fills.
#include "check_shapes.hpp"

#include <algorithm>
#include <string>
#include <string_view>

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include "check.hpp"

namespace callmap::gen {
namespace {

/// The keys of a dot-separated path; "." is the payload itself (no key).
std::vector<std::string> key_path(const std::string& text, source_pos pos, const std::string& what,
                                  diagnostics& diags) {
    std::vector<std::string> keys;
    if (text.empty() || text == ".") return keys;
    std::size_t start = 0;
    for (;;) {
        const std::size_t dot = text.find('.', start);
        keys.push_back(text.substr(start, dot == std::string::npos ? dot : dot - start));
        if (keys.back().empty()) {
            diags.error(pos, what + " '" + text +
                                 "' has an empty key; write JSON keys separated by '.', or '.' "
                                 "for the payload itself");
            return {};
        }
        if (dot == std::string::npos) return keys;
        start = dot + 1;
    }
}

std::optional<call_status> status_named(const std::string& name, std::vector<std::string>& all) {
    std::optional<call_status> found;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<call_status>>([&](auto D) {
        all.emplace_back(D.name);
        if (name == D.name) found = D.value;
    });
    return found;
}

bool is_prefix(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    return a.size() <= b.size() && std::equal(a.begin(), a.end(), b.begin());
}

class shape_checker {
public:
    shape_checker(const spec& s, model::provider& m, diagnostics& diags)
        : s_(s), m_(m), diags_(diags) {}

    void check(const shape_def& d) {
        model::shape out;
        out.name = d.name;
        check_name(d);
        if (d.kind == "list") {
            out.kind = payload_shape::list;
            out.many = true;
        } else if (d.kind == "webhook") {
            out.kind = payload_shape::webhook;
        } else if (d.kind == "callback") {
            out.kind = payload_shape::callback;
        } else if (!d.kind.empty()) {
            diags_.error(d.kind_pos, "kind '" + d.kind + "' of shape '" + d.name +
                                         "' is not a shape kind; expected list, webhook or "
                                         "callback");
            return;
        }
        const std::string where = "shape '" + d.name + "'";
        if (d.input == "form") {
            check_form(d, out);
            check_statuses(d, out);
            m_.shapes.push_back(std::move(out));
            return;
        }
        if (!d.input.empty() && d.input != "json") {
            diags_.error(d.input_pos, "input '" + d.input + "' of " + where +
                                          " is not a payload encoding; expected json or form");
        }
        if (d.calls.empty()) {
            diags_.error(d.pos, where + " needs " +
                                    (out.many ? "calls: (the array of calls, or '.' for a "
                                                "payload that is the array)"
                                              : "call: (the call object, or '.' for a payload "
                                                "that is the call)"));
        }
        out.calls = key_path(d.calls, d.calls_pos, "the path", diags_);
        out.cursor = key_path(d.cursor, d.cursor_pos, "the cursor path", diags_);
        out.event = key_path(d.event, d.event_pos, "the event path", diags_);
        if (!out.many && !d.cursor.empty())
            diags_.error(d.cursor_pos, where + " is a webhook: only a list has a cursor");
        if (out.many && !d.event.empty())
            diags_.error(d.event_pos, where + " is a list: only a webhook names an event");
        if (!d.status.empty() && d.event.empty())
            diags_.error(d.status_pos, where + " sets statuses by event but has no event: path");
        check_paths(d, out);
        check_envelope(d, out);
        check_detect(d, out);
        check_statuses(d, out);
        m_.shapes.push_back(std::move(out));
    }

private:
    void check_name(const shape_def& d) {
        if (!is_valid_cpp_name(d.name)) {
            diags_.error(d.pos, "shape name '" + d.name +
                                    "' is not a C++ identifier (it names layouts::" + d.name +
                                    " and read_" + d.name + "())");
        }
        if (d.name == "get") {
            diags_.error(d.pos, "shape name 'get' is the provider's get answer (root:, detect:); "
                                "name the shape for what it is, e.g. list or call_ended");
        }
        for (std::size_t i = 1; i < m_.shapes.size(); ++i) {  // [0] is the get answer
            if (m_.shapes[i].name == d.name)
                diags_.error(d.pos, "shape '" + d.name + "' is defined twice");
        }
        for (const auto& o : m_.objects) {
            if (o.name == "read_" + d.name)
                diags_.error(d.pos, "shape '" + d.name + "' would define read_" + d.name +
                                        "(), which collides with the type of that name");
        }
    }

    /// No path may lead into another: the walk reads each key once.
    void check_paths(const shape_def& d, model::shape& out) {
        const std::pair<const std::vector<std::string>*, const char*> paths[] = {
            {&out.calls, "calls"}, {&out.cursor, "cursor"}, {&out.event, "event"}};
        for (std::size_t i = 0; i < 3; ++i) {
            for (std::size_t j = i + 1; j < 3; ++j) {
                const auto& a = *paths[i].first;
                const auto& b = *paths[j].first;
                if (a.empty() || b.empty()) continue;
                if (is_prefix(a, b) || is_prefix(b, a)) {
                    diags_.error(d.pos, "shape '" + d.name + "': the " + paths[i].second + " and " +
                                            paths[j].second +
                                            " paths lead to the same value; a value is read once");
                }
            }
        }
    }

    void check_detect(const shape_def& d, model::shape& out) {
        out.array_root = out.many && out.calls.empty() && !d.calls.empty();
        if (out.array_root) {
            if (!d.detect.empty()) {
                diags_.error(d.detect_pos,
                             "shape '" + d.name +
                                 "' is a bare array of calls: it is detected by its first "
                                 "call's keys (the spec's detect:); remove its detect:");
            }
            out.detect = m_.detect;
            return;
        }
        if (out.calls.empty()) {  // the payload is the call: the spec's root type's keys
            if (d.detect.empty()) {
                diags_.error(d.pos, "shape '" + d.name +
                                        "' needs detect: the top-level keys that tell its "
                                        "payloads from the get answer's");
            }
            out.detect = d.detect;
            return;
        }
        if (d.detect.empty()) {
            diags_.error(d.pos, "shape '" + d.name +
                                    "' needs detect: the top-level keys every payload of it has");
        }
        out.detect = d.detect;
        out.detect_values = detect_values(out);
    }

    /// What each detect key's value must be: an object when a path (to the call, the calls,
    /// the envelope, the event or the cursor) goes through it; the array of calls, or the call
    /// object, when it is the calls path itself. Empty when no key is on a path.
    static std::vector<detect_value> detect_values(const model::shape& shape) {
        std::vector<detect_value> out(shape.detect.size(), detect_value::any);
        const auto through = [&](const std::vector<std::string>& path, std::size_t i) {
            return path.size() > 1 && path.front() == shape.detect[i];
        };
        bool any_wanted = false;
        for (std::size_t i = 0; i < shape.detect.size(); ++i) {
            if (shape.calls.size() == 1 && shape.calls.front() == shape.detect[i]) {
                out[i] = shape.many ? detect_value::array : detect_value::object;
            } else if (through(shape.calls, i) || through(shape.event, i) ||
                       through(shape.cursor, i) ||
                       (!shape.envelope.empty() && shape.envelope.front() == shape.detect[i])) {
                out[i] = detect_value::object;
            }
            any_wanted = any_wanted || out[i] != detect_value::any;
        }
        if (!any_wanted) out.clear();
        return out;
    }

    /// A form-encoded shape: one call, whose form keys fill fields of the root type.
    void check_form(const shape_def& d, model::shape& out) {
        const std::string where = "shape '" + d.name + "'";
        out.form = true;
        if (out.many)
            diags_.error(d.kind_pos, where + " is form-encoded: a form body holds one call "
                                             "(kind: callback or webhook)");
        if (!d.calls.empty() || !d.cursor.empty() || !d.envelope.empty()) {
            diags_.error(!d.calls.empty()    ? d.calls_pos
                         : !d.cursor.empty() ? d.cursor_pos
                                             : d.envelope_pos,
                         where + " is form-encoded: it has no paths; its keys fill the root "
                                 "type's fields (fields:)");
        }
        if (d.detect.empty())
            diags_.error(d.pos, where + " needs detect: the form keys every body of it has");
        out.detect = d.detect;
        if (!d.event.empty()) out.event = {d.event};  // a form key, dots and all
        if (!d.status.empty() && d.event.empty())
            diags_.error(d.status_pos, where + " sets statuses by event but has no event: key");
        const model::object* root = m_.find_object(m_.root);
        if (root == nullptr) return;  // check() has said so
        if (d.fields.empty())
            diags_.error(d.pos, where + " needs fields: the form keys and the fields of '" +
                                    m_.root + "' they fill");
        const std::vector<const model::field*> filled = check_fields(d, out, *root, "form key");
        for (const auto& field : root->fields) {
            if (field.type.optional ||
                std::find(filled.begin(), filled.end(), &field) != filled.end())
                continue;
            diags_.error(d.fields_pos.line != 0 ? d.fields_pos : d.pos,
                         where + " fills no '" + field.json_name + "', a required field of '" +
                             m_.root + "'");
        }
    }

    /// The fields of the root type that `fields:` fills (into out.fields), each once; a form
    /// key's must hold a form value.
    std::vector<const model::field*> check_fields(const shape_def& d, model::shape& out,
                                                  const model::object& root,
                                                  const std::string& what) {
        const std::string where = "shape '" + d.name + "'";
        if (d.fields.size() > 64)
            diags_.error(d.fields_pos, where + " has " + std::to_string(d.fields.size()) +
                                           " fields; a shape fills at most 64");
        std::vector<const model::field*> filled;
        for (const auto& f : d.fields) {
            const model::field* target = nullptr;
            for (const auto& field : root.fields) {
                if (field.json_name == f.field) target = &field;
            }
            if (target == nullptr) {
                diags_.error(f.pos, what + " '" + f.key + "' fills '" + f.field +
                                        "', which is not a field of '" + m_.root + "'");
                continue;
            }
            if (std::find(filled.begin(), filled.end(), target) != filled.end()) {
                diags_.error(f.pos, what + " '" + f.key + "' fills '" + f.field +
                                        "', which another key of " + where + " fills");
                continue;
            }
            filled.push_back(target);
            if (out.form && !is_form_value(target->type)) {
                diags_.error(f.pos, what + " '" + f.key + "' fills '" + f.field + "' (" +
                                        target->type.text +
                                        "); a form value is text, read as a string, number, "
                                        "decimal, boolean or enum");
                continue;
            }
            out.fields.push_back({f.key, target->name, !target->type.optional});
        }
        return filled;
    }

    /// A webhook's envelope: an object whose keys (fields:) fill the call's fields.
    void check_envelope(const shape_def& d, model::shape& out) {
        const std::string where = "shape '" + d.name + "'";
        if (d.envelope.empty()) {
            if (!d.fields.empty()) {
                diags_.error(d.fields_pos,
                             where + " is JSON: its fields: fill the call from an object of "
                                     "the payload; name that object with envelope:");
            }
            return;
        }
        if (out.many) {
            diags_.error(d.envelope_pos, where + " is a list: only a webhook has an envelope");
            return;
        }
        out.envelope = key_path(d.envelope, d.envelope_pos, "the envelope path", diags_);
        if (out.envelope.empty() && out.calls.empty()) {  // '.': the payload beside its call
            diags_.error(d.envelope_pos, "the envelope of " + where +
                                             " is the payload, which is the call: its keys are "
                                             "the call's own fields");
            return;
        }
        if (d.fields.empty()) {
            diags_.error(d.envelope_pos, where +
                                             " has an envelope but no fields: the envelope's "
                                             "keys and the fields of '" +
                                             m_.root + "' they fill");
        }
        if (is_prefix(out.calls, out.envelope)) {
            diags_.error(d.envelope_pos,
                         where + ": the envelope is inside the call; a value is read once");
        }
        for (const auto& f : d.fields) {  // the keys on the way to the call, the event, ...
            for (const auto* path : {&out.calls, &out.event}) {
                if (path->size() > out.envelope.size() && is_prefix(out.envelope, *path) &&
                    (*path)[out.envelope.size()] == f.key) {
                    diags_.error(f.pos, "envelope key '" + f.key + "' of " + where +
                                            " leads to the " +
                                            (path == &out.calls ? "call" : "event") +
                                            "; a value is read once");
                }
            }
        }
        if (const model::object* root = m_.find_object(m_.root))
            check_fields(d, out, *root, "envelope key");
    }

    bool is_form_value(const type_ref& t) const {
        if (t.array_depth != 0 || t.is_map) return false;
        switch (t.base) {
            case type_ref::base_kind::string:
            case type_ref::base_kind::integer:
            case type_ref::base_kind::number:
            case type_ref::base_kind::boolean:
            case type_ref::base_kind::decimal: return true;
            case type_ref::base_kind::named: return m_.is_enum(t.name);
            case type_ref::base_kind::raw:
            case type_ref::base_kind::one_of: return false;
        }
        return false;
    }

    void check_statuses(const shape_def& d, model::shape& out) {
        for (const auto& e : d.status) {
            std::vector<std::string> all;
            const std::optional<call_status> status = status_named(e.value, all);
            if (!status) {
                diags_.error(
                    e.pos, "'" + e.value + "' is not a value of 'call_status' (one of: " + [&] {
                        std::string list;
                        for (const auto& v : all) list += (list.empty() ? "" : ", ") + v;
                        return list;
                    }() + ")");
                continue;
            }
            out.statuses.emplace_back(e.key, *status);
        }
    }

    const spec& s_;
    model::provider& m_;
    diagnostics& diags_;
};

}  // namespace

void check_shapes(const spec& s, model::provider& m, diagnostics& diags) {
    model::shape get;
    get.name = "get";
    get.detect = m.detect;
    m.shapes.push_back(std::move(get));
    if (!s.shapes.empty() && !s.has_mapping) {
        diags.error(s.shapes.front().pos,
                    "shapes: reuse the spec's mapping for their calls; this spec has no mapping:");
        return;
    }
    shape_checker checker(s, m, diags);
    for (const auto& d : s.shapes) checker.check(d);
}

}  // namespace callmap::gen
