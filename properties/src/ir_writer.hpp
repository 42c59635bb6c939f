// ir::Program -> the IR JSON of docs/ir.md, the inverse of the harness's
// load_ir: what `loopspec-traces decompile` turns into a scenario file.
//
// Write a program before resolve(): resolving folds `asyncio.X` into
// constants that have no JSON form (they are reported as errors).
#pragma once

#include <stdexcept>

#include "ir/ir.hpp"
#include "common/json.hpp"

namespace loopspec::properties {

class IrWriteError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

harness::Json write_ir(const ir::Program& program);

}  // namespace loopspec::properties
