// emit, continued: the shapes a provider delivers calls in (see emit_payload_shapes.cpp).
#pragma once

#include "code_writer.hpp"
#include "model.hpp"

namespace callmap::gen {

/// True when the spec has shapes: besides its get answer (only then is anything emitted).
bool has_payload_shapes(const model::provider& s);

/// In the provider's namespace: each shape's layout (namespace layouts), the declarations of
/// its read_<shape>() functions, and payload_shapes, the array the registry entry points to.
void emit_payload_shapes_declaration(code_writer& o, const model::provider& s);

/// The read_<shape>() functions: callmap::read_shape over the spec's root type and to_call.
void emit_payload_shapes_definition(code_writer& o, const model::provider& s);

}  // namespace callmap::gen
