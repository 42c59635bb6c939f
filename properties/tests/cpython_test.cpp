// Property 3: the reference model against CPython itself. N programs (500
// by default, properties/src/budget.hpp) are generated, written as IR, decompiled to scenario files and
// run through one CPython driver process (loopspec-traces batch); each
// CPython trace must equal the model's. A disagreement is shrunk with CPython
// in the loop and reported as a scenario file with both traces.
// With open orders (200 programs whose deadlines tie and whose set walks
// show), each CPython trace must be among the traces the model permits.
#include <gtest/gtest.h>

#include <cstdlib>
#include <functional>
#include <iostream>
#include <stdexcept>

#include "batch_search.hpp"
#include "catalogue.hpp"
#include "checks.hpp"
#include "cpython_batch.hpp"
#include "ir/ir_writer.hpp"
#include "property_runner.hpp"
#include "test_support.hpp"

namespace loopspec::properties {
namespace {

constexpr int kReported = 1;       // disagreements shrunk and reported in full (the rest: one line each)

/// What CPython is compared with: the reference model, or the
/// implementation or mutant named by LOOPSPEC_CPYTHON_AGAINST (to compare an
/// implementation with CPython directly, or to check that this check bites).
const harness::Implementation& subject() {
  static const harness::Implementation impl = [] {
    const char* name = std::getenv("LOOPSPEC_CPYTHON_AGAINST");
    if (!name || !*name) return reference_impl();
    if (const auto* i = harness::find_implementation(name)) return *i;
    for (const auto& m : mutants::catalogue())
      if (m.name == name || m.impl.name == name) return m.impl;
    throw std::invalid_argument(std::string("LOOPSPEC_CPYTHON_AGAINST: no implementation or mutant '") + name + "'");
  }();
  return impl;
}

/// What a CPython trace of a plan is held to.
using TraceJudge = std::function<Verdict(const Plan&, const std::vector<harness::Json>& cpython)>;

/// Verdicts for a batch of plans (one CPython process): each CPython trace
/// judged by `judge_trace`, once CPython has made one and the decompiled
/// scenario is the program.
std::vector<Verdict> judge_on_cpython(const std::vector<Plan>& plans, const TraceJudge& judge_trace) {
  std::vector<harness::Json> irs;
  for (std::size_t i = 0; i < plans.size(); ++i) irs.push_back(ir::write_ir(build_program(plans[i], "properties/p" + std::to_string(i)).program));
  BatchOptions options;
  options.python = support::selected_python();
  std::vector<CPythonRun> runs = run_on_cpython(irs, options);
  std::vector<Verdict> out;
  for (std::size_t i = 0; i < plans.size(); ++i) {
    const CPythonRun& py = runs[i];
    if (!py.error.empty()) {
      out.push_back(Verdict::fail("CPython made no trace: " + py.error, "  CPython made no trace: " + py.error + "\n"));
      continue;
    }
    if (!py.roundtrip) {
      out.push_back(Verdict::fail("the decompiled scenario compiles to another IR", "  compile(decompile(ir)) != ir\n"));
      continue;
    }
    out.push_back(judge_trace(plans[i], *py.trace));
  }
  return out;
}

/// CPython's trace equals subject()'s.
Verdict same_as_subject(const Plan& plan, const std::vector<harness::Json>& cpython) {
  const harness::Implementation& impl = subject();
  Built built = build_checked(plan);
  TraceRun model = run_plan(built, impl, support::selected_version());
  if (!model.error.empty())
    return Verdict::fail(impl.name + " made no trace: " + model.error, "  " + impl.name + " made no trace: " + model.error + "\n");
  return compare_traces(cpython, "CPython", model.events, impl.name);
}

/// Generates chunk `chunk`'s programs (`orders`) under `id`'s seed, judges
/// them in one batch, and shrinks and reports the first failures as `title`.
void judge_chunk(const std::string& id, int chunk, int default_cases, Orders orders, const BatchJudge& judge,
                 const std::string& title) {
  const int n = cases_per_chunk(default_cases);
  const std::uint64_t seed = chunk_seed(id, chunk);
  const int max_size = rc::detail::configuration().testParams.maxSize;  // sizes cycle 0..max_size
  std::vector<rc::Shrinkable<Plan>> cases = generate_cases(seed, n, orders);
  std::vector<Plan> plans;
  for (const auto& c : cases) plans.push_back(c.value());
  std::vector<Verdict> verdicts;
  try {
    verdicts = judge(plans);
  } catch (const CPythonUnavailable& e) {
    if (e.missing) GTEST_SKIP() << e.what();
    FAIL() << e.what();
  }
  int failed = 0;
  for (int i = 0; i < n; ++i) {
    const Verdict& verdict = verdicts[static_cast<std::size_t>(i)];
    if (verdict.ok) continue;
    if (++failed > kReported) {
      ADD_FAILURE() << "program " << i << " (size " << i % (max_size + 1) << "): " << verdict.summary
                    << " (not shrunk; rerun with LOOPSPEC_PROPERTY_CASES and the seed below to see it)";
      continue;
    }
    ShrinkResult shrunk = shrink_in_batches(cases[static_cast<std::size_t>(i)], verdict, judge);
    Plan minimal = shrunk.smallest.value();
    Verdict v = judge({minimal}).front();
    std::string replay = "  RapidCheck seed " + std::to_string(base_seed()) + ": program " + std::to_string(i) +
                         " of " + std::to_string(n) + " (size " + std::to_string(i % (max_size + 1)) +
                         "), " + shrink_note(shrunk) + "; regenerate the search with\n    RC_PARAMS=\"seed=" + std::to_string(base_seed()) +
                         "\" LOOPSPEC_PROPERTY_CASES=" + std::to_string(n) + " " + support::rerun_command(support::python_flag()) + "\n";
    ADD_FAILURE() << failure_report(title, minimal, v, replay);
  }
  std::cout << "[ cpython  ] " << n << " programs on CPython " << to_string(support::selected_version()) << ", " << failed
            << " where " << title << " (seed " << base_seed() << ")\n";
}

class CPython : public ::testing::TestWithParam<int> {};

TEST_P(CPython, ModelAgreesWithCPython) {
  auto judge = [](const std::vector<Plan>& plans) { return judge_on_cpython(plans, same_as_subject); };
  judge_chunk("cpython/" + std::to_string(GetParam()), GetParam(), kCPythonCases, Orders::Closed, judge,
              subject().name + " disagrees with CPython");
}

// With open orders the model agrees with CPython when CPython's trace is one
// of the traces the model permits (its first, CPython's own choices, unless
// the model's stand-in for address order is not CPython's).
TEST_P(CPython, ModelPermitsCPythonsOrders) {
  OrderStats stats;
  auto permits = [&stats](const Plan& plan, const std::vector<harness::Json>& cpython) {
    Built built = build_checked(plan);
    return among_permitted(built, cpython, "CPython", support::selected_version(), &stats);
  };
  auto judge = [&permits](const std::vector<Plan>& plans) { return judge_on_cpython(plans, permits); };
  judge_chunk("cpython-open-orders/" + std::to_string(GetParam()), GetParam(), kCPythonOpenOrderCases, Orders::Open,
              judge, "the model permits no trace CPython made");
  std::cout << "[ orders   ] " << stats.summary() << " (shrinking included)\n";
}

INSTANTIATE_TEST_SUITE_P(Chunks, CPython, support::chunks());

}  // namespace
}  // namespace loopspec::properties
