// Versions are really distinguished: every golden scenario whose trace
// changes between two CPython versions passes on the reference model under
// each version's rules against that version's trace, and fails under the
// other version's rules (docs/versions.md). Without this, a rule guarded by
// the wrong version, or not guarded at all, could pass by luck of the corpus.
#include <gtest/gtest.h>

#include <vector>

#include "corpus/corpus.hpp"
#include "corpus/scenario_file.hpp"
#include "loopspec/reference_loop.hpp"
#include "run/scenario_check.hpp"

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

}  // namespace
