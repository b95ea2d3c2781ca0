// emit: the last stage (checked spec -> header text). Deterministic: the output depends only
// on the spec, never on time, paths outside the spec's name, or the machine.
#pragma once

#include <string>
#include <vector>

#include "callmap/version.hpp"
#include "code_writer.hpp"
#include "model.hpp"

namespace callmap::gen {

/// The runtime contract the generated code is written for: the runtime's own
/// CALLMAP_CODEGEN_VERSION (callmap/version.hpp, the one place it is stated), which a generated
/// header checks at compile time. Bump it there whenever generated code needs a different
/// runtime.
inline constexpr int codegen_version = CALLMAP_CODEGEN_VERSION;

/// The C++ type of a wire value (a field's type).
std::string wire_cpp_type(const model::provider& s, const type_ref& t);

/// The complete header for a checked spec.
std::string emit_header(const model::provider& s);

/// The wire types as callmap::drift shapes (namespace callmap::<provider>::shape).
void emit_shapes(code_writer& o, const model::provider& s);

/// callmap::<provider>::provider, the provider's registry entry, and its detect_keys (a spec
/// with a mapping only).
void emit_provider_entry(code_writer& o, const model::provider& s);

/// callmap/providers/registry.hpp for every provider spec (each checked and with a mapping).
std::string emit_registry(const std::vector<model::provider>& specs);

}  // namespace callmap::gen
