// Proof that the properties have teeth: the default property budget
// (differential against the reference, then the invariants) must kill every
// mutant of properties/mutants/. Prints the kill table with the size of each
// mutant's smallest counterexample.
#include <gtest/gtest.h>

#include <cstdio>
#include <iostream>

#include "catalogue.hpp"
#include "checks.hpp"
#include "property_runner.hpp"
#include "test_support.hpp"

namespace loopspec::properties {
namespace {

constexpr int kCases = 300;  // the default differential budget

struct Row {
  std::string name, status, rule;
  int cases = 0;
  int size = -1;
  std::string why;
};

void print_table(const std::vector<Row>& rows) {
  std::printf("\n%-26s %-10s %6s %9s  %s\n", "mutant", "status", "cases", "min size", "rule it breaks");
  for (const Row& r : rows) {
    std::string size = r.size >= 0 ? std::to_string(r.size) : "-";
    std::printf("%-26s %-10s %6d %9s  %s\n", r.name.c_str(), r.status.c_str(), r.cases, size.c_str(), r.rule.c_str());
    if (!r.why.empty()) std::printf("%-26s   %s\n", "", r.why.c_str());
  }
  std::fflush(stdout);
}

TEST(Mutants, EveryMutantIsKilled) {
  std::vector<Row> rows;
  for (const auto& m : mutants::catalogue()) {
    Row row;
    row.name = m.name;
    row.rule = m.rule;
    if (!m.built) {
      row.status = "not built";
      row.why = m.missing;
      rows.push_back(row);
      continue;
    }
    PropertySpec s;
    s.id = "mutant/" + m.name;
    s.cases = cases_per_chunk(kCases);
    s.seed = chunk_seed(s.id, 0);
    s.gen = generator_options_from_harness();
    const harness::Implementation impl = m.impl;
    s.check = [impl](const Plan& p) { return differential_and_invariants(p, impl); };
    s.rerun = support::rerun_command();
    PropertyResult r = run_property(s);
    row.cases = r.cases_run;
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

}  // namespace
}  // namespace loopspec::properties
