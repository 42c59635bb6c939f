// Property 3: the reference model against CPython itself. N programs (2,000
// by default) are generated, written as IR, decompiled to scenario files and
// run through one CPython driver process (loopspec-traces batch); each
// CPython trace must equal the model's. A disagreement is shrunk with CPython
// in the loop and reported as a scenario file with both traces.
#include <gtest/gtest.h>

#include <cstdlib>
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

/// subject-vs-CPython verdicts for a batch of plans (one CPython process).
std::vector<Verdict> judge(const std::vector<Plan>& plans) {
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
    const harness::Implementation& impl = subject();
    Built built = build_checked(plans[i]);
    TraceRun model = run_plan(built, impl, support::selected_version());
    if (!model.error.empty()) {
      out.push_back(Verdict::fail(impl.name + " made no trace: " + model.error, "  " + impl.name + " made no trace: " + model.error + "\n"));
      continue;
    }
    out.push_back(compare_traces(*py.trace, "CPython", model.events, impl.name));
  }
  return out;
}

class CPython : public ::testing::TestWithParam<int> {};

TEST_P(CPython, ModelAgreesWithCPython) {
  const int n = cases_per_chunk(kCPythonCases);
  const std::string id = "cpython/" + std::to_string(GetParam());
  const std::uint64_t seed = chunk_seed(id, GetParam());
  const int max_size = rc::detail::configuration().testParams.maxSize;  // sizes cycle 0..max_size
  std::vector<rc::Shrinkable<Plan>> cases = generate_cases(seed, n);
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
    ADD_FAILURE() << failure_report(subject().name + " disagrees with CPython", minimal, v, replay);
  }
  std::cout << "[ cpython  ] " << n << " programs on CPython " << to_string(support::selected_version()) << ", " << failed
            << " disagreements with " << subject().name
            << " (seed " << base_seed() << ")\n";
}

INSTANTIATE_TEST_SUITE_P(Chunks, CPython, support::chunks());

}  // namespace
}  // namespace loopspec::properties
