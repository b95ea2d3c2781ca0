// emit, continued: a spec's supplements: as data for the registry. Each supplement is a
// callmap::supplement_entry: its name, the document it was written from, its detect keys and
// normalize_<name>() (defined with the mapping: emit_mapping.cpp writes map_<name>() beside
// to_call()), which callmap::apply_supplement finds and merges into a call.
#include "emit_supplements.hpp"

#include "emit_payload_shapes.hpp"

#include <string>

namespace callmap::gen {

void emit_supplements_declaration(code_writer& o, const model::provider& s) {
    if (s.supplements.empty()) return;
    o.print("/// The top-level keys of each payload that completes a $provider$ call (spec "
            "supplements:).\nnamespace layouts {\n\n",
            {{"provider", s.name}});
    for (const model::supplement& sup : s.supplements)
        key_array(o, sup.name + "_detect", sup.detect);
    o.print("\n}  // namespace layouts\n\n");
    for (const model::supplement& sup : s.supplements) {
        o.print(
            "/// Parses a $provider$ $name$ supplement and maps it onto the fields of a call it "
            "gives.\n/// LIFETIME: the call holds views into `payload` and `memory`.\n"
            "::callmap::result<::callmap::call> normalize_$name$(\n"
            "    std::string_view payload, ::callmap::arena& memory,\n"
            "    const ::callmap::parse_options& options = {});\n",
            {{"provider", s.name}, {"name", sup.name}});
    }
    o.print("\n/// The payloads that complete a $provider$ call, for callmap::apply_supplement.\n"
            "inline constexpr ::callmap::supplement_entry supplements[] = {\n",
            {{"provider", s.name}});
    o.indent();
    for (const model::supplement& sup : s.supplements) {
        o.print("{$quoted$, $docs$, layouts::$name$_detect, &normalize_$name$},\n",
                {{"quoted", cpp_string_literal(sup.name)},
                 {"docs", cpp_string_literal(sup.docs)},
                 {"name", sup.name}});
    }
    o.outdent();
    o.print("};\n\n");
}

}  // namespace callmap::gen
