// make_check_plan (check_plan.hpp) and linked_implementation_names (cli.hpp).
#include "cli/check_plan.hpp"

#include <algorithm>
#include <set>

#include "cli/cli.hpp"
#include "common/errors.hpp"
#include "corpus/corpus.hpp"
#include "corpus/feature_registry.hpp"
#include "interp/resolve.hpp"
#include "run/plugin_loader.hpp"

namespace loopspec::harness {

std::string linked_implementation_names() {
  std::string out;
  for (const auto& i : implementations()) out += (out.empty() ? "" : ", ") + i.name;
  return out.empty() ? "(none linked)" : out;
}

namespace {

std::vector<Implementation> chosen_implementations(const CheckOptions& o, const FeatureRegistry& registry) {
  std::vector<Implementation> out;
  if (o.impls.empty() && o.plugins.empty()) out = implementations();
  for (const auto& name : o.impls) {
    const Implementation* i = find_implementation(name);
    if (!i) throw UsageError("no implementation '" + name + "'; built in: " + linked_implementation_names());
    out.push_back(*i);
  }
  for (const auto& path : o.plugins) out.push_back(load_plugin(path, registry));
  std::set<std::string> names;
  for (auto& impl : out) {
    registry.validate(impl.features, "implementation '" + impl.name + "'");
    if (!names.insert(impl.name).second) throw UsageError("two implementations are called '" + impl.name + "'");
    if (!o.expected_failures.empty()) impl.expected_failures_file = o.expected_failures;
  }
  return out;
}

/// Real-clock runs leave out implementations that have no real clock.
void drop_virtual_only(CheckPlan& plan) {
  auto virtual_only = [](const Implementation& i) { return !i.real_clock_factory; };
  for (const auto& i : plan.impls)
    if (virtual_only(i)) plan.notes.push_back(i.name + " has no real-clock factory: left out of this --clock real run");
  plan.impls.erase(std::remove_if(plan.impls.begin(), plan.impls.end(), virtual_only), plan.impls.end());
  if (plan.impls.empty()) throw UsageError("--clock real: none of the chosen implementations has a real clock");
}

bool contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

bool selected_by_name(const CheckOptions& o, const PlannedScenario& s) {
  if (!o.areas.empty() && !contains(o.areas, s.area)) return false;
  return o.only.empty() || contains(o.only, s.area) || contains(o.only, s.id);
}

/// A scenario tagged with any of --features (all when none are given).
bool selected_by_features(const CheckOptions& o, const PlannedScenario& s) {
  if (o.features.empty() || !s.load_error.empty()) return true;
  const auto& tags = s.file.program.meta.features;
  return std::any_of(tags.begin(), tags.end(), [&o](const std::string& t) { return contains(o.features, t); });
}

PlannedScenario load_planned(const std::string& path) {
  PlannedScenario s;
  s.path = path;
  s.area = Corpus::area_of(path);
  s.id = Corpus::id_of(path);
  try {
    s.file = load_scenario_file(path);
    resolve(s.file.program);  // once here, not in every child process
  } catch (const LoadError& e) {
    s.load_error = e.what();
  }
  return s;
}

void check_selection_names(const CheckOptions& o, const std::set<std::string>& ids, const std::set<std::string>& areas) {
  for (const auto& a : o.areas)
    if (!areas.count(a)) throw UsageError("--area " + a + ": no such area in the golden corpus");
  for (const auto& x : o.only)
    if (!areas.count(x) && !ids.count(x)) throw UsageError("'" + x + "' is neither a scenario id nor an area of the golden corpus");
}

/// The newest version the goldens record that every chosen implementation
/// targets; failing that, the newest they record.
PythonVersion default_python(const CheckPlan& plan) {
  std::set<PythonVersion> recorded;
  for (const auto& s : plan.scenarios)
    for (const auto& [version, events] : s.file.traces) recorded.insert(version);
  for (auto v = recorded.rbegin(); v != recorded.rend(); ++v)
    if (std::all_of(plan.impls.begin(), plan.impls.end(), [&](const Implementation& i) { return i.targets(*v); }))
      return *v;
  return recorded.empty() ? kNewestPythonVersion : *recorded.rbegin();
}

}  // namespace

CheckPlan make_check_plan(const CheckOptions& o) {
  Corpus corpus(o.golden_dir);
  std::vector<std::string> files = corpus.golden_files();
  if (files.empty()) throw UsageError("no golden files under " + o.golden_dir + " (--golden-dir)");
  FeatureRegistry registry = FeatureRegistry::load(corpus.features_file());
  registry.validate(o.features, "--features");

  CheckPlan plan;
  plan.impls = chosen_implementations(o, registry);
  if (o.clock == ClockKind::Real) drop_virtual_only(plan);

  std::set<std::string> ids, areas;
  for (const auto& path : files) {
    PlannedScenario s = load_planned(path);
    ids.insert(s.id);
    areas.insert(s.area);
    if (selected_by_name(o, s) && selected_by_features(o, s)) plan.scenarios.push_back(std::move(s));
  }
  check_selection_names(o, ids, areas);
  if (plan.scenarios.empty()) throw UsageError("no golden scenario matches the selection");
  for (const auto& impl : plan.impls) plan.expected.push_back(ExpectedFailures::load(impl.expected_failures_file, ids));
  plan.python = o.python.value_or(default_python(plan));
  return plan;
}

}  // namespace loopspec::harness
