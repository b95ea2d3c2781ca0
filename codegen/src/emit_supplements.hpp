// emit, continued: the payloads that complete a call (see emit_supplements.cpp).
#pragma once

#include "code_writer.hpp"
#include "model.hpp"

namespace callmap::gen {

/// In the provider's namespace: each supplement's detect keys (layouts::<name>_detect), the
/// declaration of its normalize_<name>(), and `supplements`, the array the registry entry
/// points to. Nothing for a spec without supplements.
void emit_supplements_declaration(code_writer& o, const model::provider& s);

}  // namespace callmap::gen
