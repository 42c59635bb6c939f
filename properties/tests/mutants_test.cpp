// Proof that the properties have teeth: the default property budget
// (differential against the reference, then the invariants) must kill every
// mutant of properties/mutants/. Prints the kill table: for each mutant the
// case that first failed, the programs run (shrinking included) and the size
// (plan actions) of the smallest counterexample.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <iostream>

#include "catalogue.hpp"
#include "checks.hpp"
#include "property_runner.hpp"
#include "test_support.hpp"

namespace loopspec::properties {
namespace {

struct Row {
  std::string name, status, rule;
  int found_after = 0;  // the case that first failed
  int runs = 0;         // programs run, shrinking included
  int size = -1;        // actions in the smallest counterexample
  std::string why;
};

void print_table(const std::vector<Row>& rows) {
  std::printf("\n%-24s %-10s %6s %6s %5s  %s\n", "mutant", "status", "found", "runs", "size", "rule it breaks");
  for (const Row& r : rows) {
    std::string size = r.size >= 0 ? std::to_string(r.size) : "-";
    std::string found = r.found_after > 0 ? std::to_string(r.found_after) : "-";
    std::printf("%-24s %-10s %6s %6d %5s  %s\n", r.name.c_str(), r.status.c_str(), found.c_str(), r.runs,
                size.c_str(), r.rule.c_str());
    if (!r.why.empty()) std::printf("%-24s   %s\n", "", r.why.c_str());
  }
  std::fflush(stdout);
}

TEST(Mutants, EveryMutantIsKilled) {
  std::vector<Row> rows;
  for (const auto& m : mutants::catalogue()) {
    Row row;
    row.name = m.name;
    row.rule = m.rule;
    PropertySpec s;
    s.id = "mutant/" + m.name;
    s.cases = cases_per_chunk(kDefaultCases);
    s.seed = chunk_seed(s.id, 0);
    const harness::Implementation impl = m.impl;
    s.check = [impl](const Plan& p) { return differential_and_invariants(p, impl); };
    s.rerun = support::rerun_command();
    PropertyResult r = run_property(s);
    if (r.skipped) {
      row.status = "skipped";
      row.why = "RC_PARAMS replays another property";
      rows.push_back(row);
      continue;
    }
    row.runs = r.cases_run;
    row.found_after = r.found_after;
    if (r.passed) {
      row.status = "SURVIVED";
      ADD_FAILURE() << "mutant " << m.name << " survived " << r.cases_run << " cases: nothing checks that "
                    << m.rule;
    } else {
      row.status = "killed";
      if (r.counterexample) {
        row.size = plan_size(*r.counterexample);
        row.why = differential_and_invariants(*r.counterexample, impl).summary;
      }
      if (std::getenv("LOOPSPEC_MUTANT_REPORTS")) std::cout << r.report;
    }
    rows.push_back(row);
  }
  print_table(rows);
}

// With done callbacks called at once, a TaskGroup child that raises wakes
// the group's __aexit__ from inside the child's own done callback: aexit
// finishes and lets go of the parent before that callback goes on to look at
// it. The model must report the late error through the loop's exception
// handler (a divergence that kills the mutant), never dereference the parent.
TEST(Mutants, ReentrantTaskGroupCallbackIsReportedNotCrashed) {
  Action child;
  child.op = Op::Inline;
  child.ending = Ending::Raise;
  Action group;
  group.op = Op::TaskGroup;
  group.alt = {child};
  Action sleep;
  sleep.op = Op::Sleep;
  TaskPlan t;
  t.actions = {sleep, group};
  Plan p;
  p.tasks = {t};
  const auto& all = mutants::catalogue();
  auto sync = std::find_if(all.begin(), all.end(), [](const auto& m) { return m.name == "sync-done-callbacks"; });
  ASSERT_NE(sync, all.end());
  Verdict v = differential_and_invariants(p, sync->impl);
  EXPECT_FALSE(v.ok);
  EXPECT_NE(v.details.find("\"unhandled\""), std::string::npos) << v.details;
}

}  // namespace
}  // namespace loopspec::properties
