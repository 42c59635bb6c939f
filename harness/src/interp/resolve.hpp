// resolve(): the one pass between building an ir::Program and running it.
//
// It numbers each function's locals (Python's rule: a name bound anywhere in
// the function is local everywhere in it), points every other name at a
// module constant, a function of the file, a builtin, or nothing (NameError
// when evaluated), interns attribute names, folds `asyncio.X` to the bound
// value, marks the statements that contain an await, and checks what the
// compiler guarantees (await only as a whole statement value inside an async
// def, break/continue inside a loop, the entry point's signature).
#pragma once

#include <string>

#include "ir/ir.hpp"

namespace loopspec::harness {

/// Resolves `p` in place; returns "" when it can run, else what is wrong
/// (with the scenario line). Resolving twice is a no-op.
std::string resolve(ir::Program& p);

}  // namespace loopspec::harness
