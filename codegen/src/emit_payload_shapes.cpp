// emit, continued: a spec's shapes: as data. Each shape is a callmap::shape_layout of key
// paths (namespace layouts) read by the runtime's generic callmap::read_shape (with, for a
// webhook's envelope, the callmap::envelope_fields that fill its call's fields), or, form-encoded,
// a callmap::form_layout of form keys and members read by callmap::read_form, instantiated once
// per shape with the spec's root type and to_call; payload_shapes lists them for the registry,
// the get answer first.
#include "emit_payload_shapes.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include <boost/describe/enum_to_string.hpp>

namespace callmap::gen {
namespace {

template <class E>
std::string enumerator(std::string_view type, E value) {
    return "::callmap::" + std::string(type) +
           "::" + boost::describe::enum_to_string(value, "unknown");
}

/// What the values of a shape's detect keys must be: `<shape>_detect_values`, when some key's
/// must be an object or an array.
void detect_values_array(code_writer& o, const model::shape& shape) {
    if (shape.detect_values.empty()) return;
    std::string items;
    for (const detect_value v : shape.detect_values)
        items += (items.empty() ? "" : ", ") + enumerator("detect_value", v);
    o.print("inline constexpr ::callmap::detect_value $name$_detect_values[] = {$items$};\n",
            {{"name", shape.name}, {"items", items}});
}

/// The statuses events set: `inline constexpr ::callmap::event_status <shape>_statuses[]`, and
/// its name ("{}" when there are none).
std::string statuses_array(code_writer& o, const model::shape& shape) {
    if (shape.statuses.empty()) return "{}";
    const std::string name = shape.name + "_statuses";
    o.print("inline constexpr ::callmap::event_status $name$[] = {\n", {{"name", name}});
    o.indent();
    for (const auto& [event_name, status] : shape.statuses) {
        o.print("{$event$, $status$},\n", {{"event", cpp_string_literal(event_name)},
                                           {"status", enumerator("call_status", status)}});
    }
    o.outdent();
    o.print("};\n");
    return name;
}

/// A form-encoded shape: a callmap::form_layout of the form keys and the members they fill.
void emit_form_layout(code_writer& o, const model::provider& s, const model::shape& shape) {
    o.print("inline constexpr ::callmap::form_field<$root$> $name$_fields[] = {\n",
            {{"root", s.root}, {"name", shape.name}});
    o.indent();
    for (const auto& f : shape.fields) {
        o.print("{$key$, $required$, &::callmap::form::fill<$root$, &$root$::$member$>},\n",
                {{"key", cpp_string_literal(f.key)},
                 {"required", f.required ? "true" : "false"},
                 {"root", s.root},
                 {"member", f.member}});
    }
    o.outdent();
    o.print("};\n");
    const std::string statuses = statuses_array(o, shape);
    key_array(o, shape.name + "_detect", shape.detect);
    o.print("inline constexpr ::callmap::form_layout<$root$> $name${$kind$, $name$_fields, "
            "$event$, $statuses$};\n",
            {{"root", s.root},
             {"name", shape.name},
             {"kind", enumerator("payload_shape", shape.kind)},
             {"event", shape.event.empty() ? "{}" : cpp_string_literal(shape.event.front())},
             {"statuses", statuses}});
}

/// A webhook's envelope keys and the members they fill: `<shape>_fields`, for read_shape.
void emit_envelope_fields(code_writer& o, const model::provider& s, const model::shape& shape) {
    o.print("inline constexpr ::callmap::envelope_field<$root$> $name$_fields[] = {\n",
            {{"root", s.root}, {"name", shape.name}});
    o.indent();
    for (const auto& f : shape.fields) {
        o.print("::callmap::envelope_field<$root$>::fills<&$root$::$member$>($key$),\n",
                {{"root", s.root}, {"member", f.member}, {"key", cpp_string_literal(f.key)}});
    }
    o.outdent();
    o.print("};\n");
}

void emit_layout(code_writer& o, const model::provider& s, const model::shape& shape) {
    const std::string calls = key_array(o, shape.name + "_calls", shape.calls);
    const std::string cursor = key_array(o, shape.name + "_cursor", shape.cursor);
    const std::string event = key_array(o, shape.name + "_event", shape.event);
    const std::string statuses = statuses_array(o, shape);
    const std::string envelope = key_array(o, shape.name + "_envelope", shape.envelope);
    if (!shape.fields.empty()) emit_envelope_fields(o, s, shape);
    key_array(o, shape.name + "_detect", shape.detect);
    detect_values_array(o, shape);
    o.print("inline constexpr ::callmap::shape_layout $name${$kind$, $many$, $calls$, $cursor$, "
            "$event$, $statuses$$envelope$};\n",
            {{"name", shape.name},
             {"kind", enumerator("payload_shape", shape.kind)},
             {"many", shape.many ? "true" : "false"},
             {"calls", calls},
             {"cursor", cursor},
             {"event", event},
             {"statuses", statuses},
             {"envelope", ", " + envelope}});
}

}  // namespace

std::string key_array(code_writer& o, const std::string& name,
                      const std::vector<std::string>& keys) {
    if (keys.empty()) return "{}";
    std::string items;
    for (const auto& k : keys) items += (items.empty() ? "" : ", ") + cpp_string_literal(k);
    o.print("inline constexpr std::string_view $name$[] = {$items$};\n",
            {{"name", name}, {"items", items}});
    return name;
}

bool has_payload_shapes(const model::provider& s) {
    return s.has_mapping && s.shapes.size() > 1;
}

void emit_payload_shapes_declaration(code_writer& o, const model::provider& s) {
    if (!has_payload_shapes(s)) return;
    const bool forms = std::any_of(s.shapes.begin(), s.shapes.end(),
                                   [](const model::shape& shape) { return shape.form; });
    o.print(
        "/// Where each shape of $provider$ payloads keeps its calls (spec shapes:), for\n"
        "/// callmap::read_shape$forms$.\nnamespace layouts {\n\n",
        {{"provider", s.name},
         {"forms",
          forms ? "\n/// (a form-encoded one: the members its keys fill, for callmap::read_form)"
                : ""}});
    for (const auto& shape : s.shapes) {
        if (shape.form)
            emit_form_layout(o, s, shape);
        else
            emit_layout(o, s, shape);
    }
    o.print("\n}  // namespace layouts\n\n");
    for (const auto& shape : s.shapes) {
        o.print("/// Every call of a $provider$ $name$ payload (callmap::page). LIFETIME: the page "
                "holds\n/// views into `payload` and `memory`.\n"
                "::callmap::result<::callmap::page> read_$name$(std::string_view payload, "
                "::callmap::arena& memory,\n"
                "    const ::callmap::parse_options& options = {});\n",
                {{"provider", s.name}, {"name", shape.name}});
    }
    o.print("\n/// The shapes of $provider$ payloads, the get answer first (detection tells them "
            "apart).\ninline constexpr ::callmap::shape_entry payload_shapes[] = {\n",
            {{"provider", s.name}});
    o.indent();
    for (const auto& shape : s.shapes) {
        o.print(
            "{$quoted$, $kind$, $detect$, $array$, &read_$name$$form$$values$},\n",
            {{"quoted", cpp_string_literal(shape.name)},
             {"kind", enumerator("payload_shape", shape.kind)},
             {"detect", shape.name == "get" ? "detect_keys" : "layouts::" + shape.name + "_detect"},
             {"array", shape.array_root ? "true" : "false"},
             {"name", shape.name},
             {"form", shape.form ? ", true" : ""},
             {"values", shape.detect_values.empty()
                            ? ""
                            : ", false, layouts::" + shape.name + "_detect_values"}});
    }
    o.outdent();
    o.print("};\n\n");
}

void emit_payload_shapes_definition(code_writer& o, const model::provider& s) {
    if (!has_payload_shapes(s)) return;
    o.print("namespace $ns$ {\n\n", {{"ns", s.cpp_namespace}});
    for (const auto& shape : s.shapes) {
        const bool envelope = !shape.form && !shape.fields.empty();  // its fields fill the call
        o.print("CALLMAP_PROVIDER_INLINE ::callmap::result<::callmap::page> read_$name$(\n"
                "    std::string_view payload, ::callmap::arena& memory,\n"
                "    const ::callmap::parse_options& options) {\n"
                "    return ::callmap::$reader$<$root$, &to_call>(\n"
                "        payload, memory, options, layouts::$name$$fields$);\n"
                "}\n\n",
                {{"name", shape.name},
                 {"root", s.root},
                 {"reader", shape.form ? "read_form" : "read_shape"},
                 {"fields", envelope ? ", layouts::" + shape.name + "_fields" : ""}});
    }
    o.print("}  // namespace $ns$\n", {{"ns", s.cpp_namespace}});
}

}  // namespace callmap::gen
