// emit, continued: the shapes a provider delivers calls in (see emit_payload_shapes.cpp).
#pragma once

#include <string>
#include <vector>

#include "code_writer.hpp"
#include "model.hpp"

namespace callmap::gen {

/// `inline constexpr std::string_view <name>[] = {...};` for a non-empty key list (a shape's
/// or a supplement's paths and detect keys); the name to use in a layout, or "{}" for an empty
/// one.
std::string key_array(code_writer& o, const std::string& name,
                      const std::vector<std::string>& keys);

/// True when the spec has shapes: besides its get answer (only then is anything emitted).
bool has_payload_shapes(const model::provider& s);

/// In the provider's namespace: each shape's layout (namespace layouts), the declarations of
/// its read_<shape>() functions, and payload_shapes, the array the registry entry points to.
void emit_payload_shapes_declaration(code_writer& o, const model::provider& s);

/// The read_<shape>() functions: callmap::read_shape over the spec's root type and to_call.
void emit_payload_shapes_definition(code_writer& o, const model::provider& s);

}  // namespace callmap::gen
