// resolve(): the one pass between a checked ir::Program (ir/validate.hpp)
// and running it.
//
// It numbers each function's locals (Python's rule: a name bound anywhere in
// the function is local everywhere in it), points every other name at a
// module constant or function (the one defined last: ir/module_scope.hpp), a
// builtin, or nothing (NameError when evaluated), interns attribute names,
// folds `asyncio.X` to the bound value, marks the statements that contain an
// await, and finds the entry point.
#pragma once

#include "ir/ir.hpp"

namespace loopspec::harness {

/// Resolves a valid program in place; resolving twice is a no-op.
void resolve(ir::Program& p);

}  // namespace loopspec::harness
