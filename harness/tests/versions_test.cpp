// Versions are really distinguished: every golden scenario whose trace
// changes between two CPython versions passes on the reference model under
// each version's rules against that version's trace, and fails under the
// other version's rules (docs/versions.md). Without this, a rule guarded by
// the wrong version, or not guarded at all, could pass by luck of the corpus.
#include <gtest/gtest.h>

#include <algorithm>

#include <fstream>
#include <map>
#include <sstream>
#include <vector>

#include "corpus/corpus.hpp"
#include "corpus/scenario_file.hpp"
#include "loopspec/reference_loop.hpp"
#include "run/scenario_check.hpp"
#include "run/scenario_runner.hpp"
#include "trace/trace_diff.hpp"

namespace {

using namespace loopspec;
using namespace loopspec::harness;

Implementation reference() {
  Implementation impl;
  impl.name = "reference";
  impl.factory = make_reference_loop;
  return impl;
}

/// Equal as the goldens' writer sees them: 1 and 1.0 differ.
bool same_events(const std::vector<Json>& a, const std::vector<Json>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i].dump() != b[i].dump()) return false;
  return true;
}

/// The verdict of running `run_as`'s rules against `trace_of`'s trace (the
/// file's own traces are restored afterwards).
Verdict check_swapped(ScenarioFile& file, const Implementation& impl, PythonVersion run_as, PythonVersion trace_of) {
  std::vector<Json> own = file.traces.at(run_as);
  file.traces[run_as] = file.traces.at(trace_of);
  Verdict v = check_scenario(file, impl, run_as);
  file.traces[run_as] = std::move(own);
  return v;
}

TEST(Versions, ChangedScenariosPassUnderTheirVersionAndFailUnderTheOther) {
  Corpus corpus(LOOPSPEC_TEST_GOLDEN_DIR);
  const Implementation impl = reference();
  int changed = 0;
  for (const std::string& path : corpus.golden_files()) {
    ScenarioFile file = load_scenario_file(path);
    // Set walks come out of CPython in an order its allocator decides, which
    // differs between releases without a rule behind it (docs/versions.md).
    const auto& order = file.program.meta.order;
    if (std::find(order.begin(), order.end(), "set-iteration") != order.end()) continue;
    for (std::size_t i = 0; i + 1 < kPythonVersions.size(); ++i) {
      PythonVersion older = kPythonVersions[i], newer = kPythonVersions[i + 1];
      const auto* a = file.trace_for(older);
      const auto* b = file.trace_for(newer);
      if (!a || !b || same_events(*a, *b)) continue;
      ++changed;
      const std::string step = std::string(to_string(older)) + "->" + std::string(to_string(newer));
      for (PythonVersion v : {older, newer}) {
        Verdict own = check_scenario(file, impl, v);
        EXPECT_EQ(own.outcome, Outcome::Pass) << path << " under " << to_string(v) << "\n" << own.detail;
      }
      EXPECT_EQ(check_swapped(file, impl, older, newer).outcome, Outcome::Fail)
          << path << ": " << to_string(older) << "'s rules make " << to_string(newer) << "'s trace (" << step << ")";
      EXPECT_EQ(check_swapped(file, impl, newer, older).outcome, Outcome::Fail)
          << path << ": " << to_string(newer) << "'s rules make " << to_string(older) << "'s trace (" << step << ")";
    }
  }
  if (changed == 0) GTEST_SKIP() << "no golden records two versions that differ (regenerate with every interpreter)";
}

/// {scenario id: cause label} of traces/versions/<version>.txt (docs/versions.md).
std::map<std::string, std::string> listed_changes(PythonVersion version) {
  std::map<std::string, std::string> out;
  std::ifstream in(std::string(LOOPSPEC_TEST_GOLDEN_DIR) + "/../versions/" + std::string(to_string(version)) + ".txt");
  for (std::string line; std::getline(in, line);) {
    std::istringstream fields(line.substr(0, line.find('#')));
    std::string id, label;
    if (fields >> id >> label) out[id] = label;
  }
  return out;
}

/// Whether the reference, under `python` with `rule` swapped, makes the golden's `python` trace.
bool agrees_with_rule_swapped(const std::string& id, PythonVersion python, VersionRule rule) {
  ScenarioFile file = load_scenario_file(std::string(LOOPSPEC_TEST_GOLDEN_DIR) + "/" + id + ".json");
  RunOptions options;
  options.python = python;
  options.swapped_rule = rule;
  RunResult run = run_program(file.program, reference(), options);
  return run.ok() && diff_traces(*file.trace_for(python), run.events, {}).equal;
}

// Each rule, swapped alone on either side of its version step, makes some
// scenario listed under it trace differently from its golden: the mutant is
// killed. The scenarios come from traces/versions/<since>.txt.
TEST(Versions, EachRuleSwappedAloneIsKilledOnBothSidesOfItsStep) {
  for (const VersionRuleInfo& r : kVersionRules) {
    auto step = std::find(kPythonVersions.begin(), kPythonVersions.end(), r.since);
    ASSERT_NE(step, kPythonVersions.begin()) << r.label << ": a rule needs an older version to differ from";
    std::vector<std::string> ids;
    for (const auto& [id, label] : listed_changes(r.since))
      if (label == r.label) ids.push_back(id);
    ASSERT_FALSE(ids.empty()) << r.label << ": no scenario in traces/versions/" << to_string(r.since)
                              << ".txt is listed under it, so nothing pins it";
    for (PythonVersion side : {*(step - 1), r.since}) {
      bool killed = std::any_of(ids.begin(), ids.end(),
                                [&](const std::string& id) { return !agrees_with_rule_swapped(id, side, r.rule); });
      EXPECT_TRUE(killed) << r.label << " swapped under " << to_string(side)
                          << ": every scenario listed under it still matches its golden";
    }
  }
}

}  // namespace
