// Properties 1 and 2 for the implementation chosen with --impl, under the
// rules of the version chosen with --python (default 3.11):
//   Differential: its trace equals the reference model's on every program;
//   Invariants:   its trace holds the rules of invariants.hpp;
//   OpenOrders:   on programs whose deadlines tie and whose set walks show,
//                 its trace is one of those the model permits.
#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>

#include "checks.hpp"
#include "property_runner.hpp"
#include "test_support.hpp"

namespace loopspec::properties {
namespace {

using support::selected_impl;


class Conformance : public ::testing::TestWithParam<int> {
 protected:
  const harness::Implementation* impl() {
    const harness::Implementation* i = harness::find_implementation(selected_impl());
    if (!i) ADD_FAILURE() << "no implementation '" << selected_impl() << "' is linked into this binary";
    return i;
  }

  /// Whether the implementation targets the --python version (loopspec_add_impl's
  /// PYTHON_VERSIONS); a missing implementation is run()'s failure to report.
  bool targeted() {
    const harness::Implementation* i = harness::find_implementation(selected_impl());
    return !i || std::ranges::count(i->python_versions, support::selected_version()) > 0;
  }

  PropertyResult run(const std::string& property, int default_cases,
                     std::function<Verdict(const Plan&, const harness::Implementation&, PythonVersion)> check,
                     Orders orders = Orders::Closed) {
    const harness::Implementation* i = impl();
    if (!i) return {};
    PropertySpec s;
    const std::string& python = support::selected_python();  // none: 3.11, as ids were before versions
    s.id = property + "/" + i->name + (python.empty() ? "" : "/" + python) + "/" + std::to_string(GetParam());
    s.cases = cases_per_chunk(default_cases);
    s.seed = chunk_seed(s.id, GetParam());
    s.check = [i, check](const Plan& p) { return check(p, *i, support::selected_version()); };
    s.rerun = support::rerun_command("--impl=" + i->name + " " + support::python_flag());
    s.orders = orders;
    return run_property(s);
  }
};

TEST_P(Conformance, Differential) {
  if (!targeted()) GTEST_SKIP() << "the implementation does not target CPython " << support::selected_python();
  auto r = run("differential", kDefaultCases, differential);
  if (r.skipped) GTEST_SKIP() << "RC_PARAMS replays another property";
  EXPECT_TRUE(r.passed) << r.report;
}

TEST_P(Conformance, Invariants) {
  if (!targeted()) GTEST_SKIP() << "the implementation does not target CPython " << support::selected_python();
  auto r = run("invariants", kDefaultCases, invariants);
  if (r.skipped) GTEST_SKIP() << "RC_PARAMS replays another property";
  EXPECT_TRUE(r.passed) << r.report;
}

TEST_P(Conformance, OpenOrders) {
  if (!targeted()) GTEST_SKIP() << "the implementation does not target CPython " << support::selected_python();
  OrderStats stats;
  auto check = [&stats](const Plan& p, const harness::Implementation& i, PythonVersion v) {
    return open_orders(p, i, v, &stats);
  };
  auto r = run("open-orders", kOpenOrderCases, check, Orders::Open);
  if (r.skipped) GTEST_SKIP() << "RC_PARAMS replays another property";
  std::cout << "[ orders   ] " << stats.summary() << " (shrinking included)\n";
  EXPECT_TRUE(r.passed) << r.report;
}

INSTANTIATE_TEST_SUITE_P(Chunks, Conformance, support::chunks());

}  // namespace
}  // namespace loopspec::properties
