// The registry of implementations (implementation.hpp).
#include "loopspec/implementation.hpp"

#include <algorithm>

namespace loopspec::harness {
namespace {
std::vector<Implementation>& registry() {
  static std::vector<Implementation> r;  // function-local: safe during static init
  return r;
}
}  // namespace

bool Implementation::supports(std::string_view feature) const {
  return std::any_of(features.begin(), features.end(),
                     [feature](const std::string& f) { return f == "*" || f == feature; });
}

bool Implementation::targets(PythonVersion python) const {
  return std::find(python_versions.begin(), python_versions.end(), python) != python_versions.end();
}

const LoopFactory& Implementation::factory_for(ClockKind clock) const {
  return clock == ClockKind::Real ? real_clock_factory : factory;
}

std::vector<std::string> Implementation::missing(const std::vector<std::string>& needed) const {
  std::vector<std::string> out;
  for (const auto& f : needed)
    if (!supports(f)) out.push_back(f);
  return out;
}

void register_implementation(Implementation impl) {
  auto& r = registry();
  auto pos = std::lower_bound(r.begin(), r.end(), impl.name,
                              [](const Implementation& a, const std::string& n) { return a.name < n; });
  if (pos != r.end() && pos->name == impl.name) {
    *pos = std::move(impl);  // the same implementation linked twice: keep one
    return;
  }
  r.insert(pos, std::move(impl));
}

const std::vector<Implementation>& implementations() { return registry(); }

const Implementation* find_implementation(std::string_view name) {
  for (const auto& i : registry())
    if (i.name == name) return &i;
  return nullptr;
}

}  // namespace loopspec::harness
