// Reading the JSON IR (docs/ir.md) into an ir::Program.
//
// Every problem is a LoadError whose message names the file, the JSON path of
// the bad node and, when known, the scenario source line; nothing else
// escapes. The program is checked (ir/validate.hpp) but not resolved: the
// interpreter binds its names before it runs (interp/resolve.hpp).
#pragma once

#include <string>

#include "common/json.hpp"
#include "ir/ir.hpp"

namespace loopspec::harness {

/// Converts an IR document; `origin` names it in messages (a file path).
ir::Program load_ir(const Json& doc, const std::string& origin);

}  // namespace loopspec::harness
