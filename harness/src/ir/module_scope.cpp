// module_bindings (module_scope.hpp).
#include "ir/module_scope.hpp"

namespace loopspec::ir {

std::unordered_map<std::string, ModuleBinding> module_bindings(const Program& p) {
  std::unordered_map<std::string, ModuleBinding> out;
  std::unordered_map<std::string, int> line;  // of the binding kept so far
  auto bind = [&](const std::string& name, int at, ModuleBinding b) {
    auto [it, fresh] = line.try_emplace(name, at);
    if (!fresh && at < it->second) return;
    it->second = at;
    out.insert_or_assign(name, b);
  };
  for (std::size_t i = 0; i < p.constants.size(); ++i)
    bind(p.constants[i].name, p.constants[i].line, {ModuleBinding::Kind::Constant, static_cast<int>(i)});
  for (std::size_t i = 0; i < p.classes.size(); ++i)
    bind(p.classes[i].name, p.classes[i].line, {ModuleBinding::Kind::Class, static_cast<int>(i)});
  for (std::size_t i = 0; i < p.functions.size(); ++i)
    bind(p.functions[i].name, p.functions[i].line, {ModuleBinding::Kind::Function, static_cast<int>(i)});
  return out;
}

}  // namespace loopspec::ir
