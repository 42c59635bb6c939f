// What a module-level name means: Python runs the module top to bottom, so a
// name defined twice (two `def main`, a constant and a function of one name)
// means what was defined last.
#pragma once

#include <string>
#include <unordered_map>

#include "ir/ir.hpp"

namespace loopspec::ir {

struct ModuleBinding {
  enum class Kind { Constant, Class, Function };
  Kind kind;
  int index;  // into Program::constants, classes or functions
};

/// Every module-level name with the definition that binds it last.
std::unordered_map<std::string, ModuleBinding> module_bindings(const Program& p);

}  // namespace loopspec::ir
