// ir::Program -> the IR JSON of docs/ir.md, the inverse of load_ir: how a
// program built in memory (the property generator's) reaches CPython and
// `loopspec-traces decompile`.
//
// Write a program before resolve(): resolving folds `asyncio.X` into
// constants that have no JSON form (they are reported as errors).
#pragma once

#include <stdexcept>

#include "common/json.hpp"
#include "ir/ir.hpp"

namespace loopspec::ir {

class IrWriteError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

harness::Json write_ir(const Program& program);

}  // namespace loopspec::ir
