// The generator itself: every generated program builds, resolves, runs to a
// whole trace on the reference, holds the invariants there, and its IR reads
// back as it was written.
#include <gtest/gtest.h>

#include "catalogue.hpp"
#include "checks.hpp"
#include "generator.hpp"
#include "invariants.hpp"
#include "ir/ir_writer.hpp"
#include "ir/ir_loader.hpp"
#include "trace/trace_diff.hpp"
#include "property_runner.hpp"
#include "test_support.hpp"

namespace loopspec::properties {
namespace {

using support::rerun_command;

PropertySpec spec(const std::string& id, int default_cases, std::function<Verdict(const Plan&)> check) {
  PropertySpec s;
  s.id = id;
  s.cases = cases_per_chunk(default_cases);
  s.seed = chunk_seed(id, 0);
  s.gen = generator_options_from_harness();
  s.check = std::move(check);
  s.rerun = rerun_command();
  return s;
}

TEST(Generator, ProgramsRunOnTheReferenceAndHoldTheInvariants) {
  auto r = run_property(spec("generator/reference", 200, [](const Plan& p) { return invariants(p, reference_impl()); }));
  if (r.skipped) GTEST_SKIP() << "RC_PARAMS replays another property";
  EXPECT_TRUE(r.passed) << r.report;
}

TEST(Generator, IrReadsBackAsWritten) {
  // The IR the CPython side gets is the program the C++ side runs: the
  // written-and-loaded program makes the trace the built one makes.
  auto r = run_property(spec("generator/ir", 100, [](const Plan& p) {
    Built built = build_checked(p);
    Built loaded{harness::load_ir(ir::write_ir(build_program(p).program), "generated"), built.manifest};
    TraceRun a = run_plan(built, reference_impl());
    TraceRun b = run_plan(loaded, reference_impl());
    if (!a.error.empty() || !b.error.empty()) return Verdict::fail("no trace: " + a.error + b.error, "");
    return compare_traces(a.events, "built", b.events, "written and loaded");
  }));
  if (r.skipped) GTEST_SKIP() << "RC_PARAMS replays another property";
  EXPECT_TRUE(r.passed) << r.report;
}

TEST(Generator, TheUnflawedMutantLoopAgreesWithTheReference) {
  // Every mutant is this loop with one switch: without it, no difference.
  auto impl = mutants::unflawed_mutant_loop();
  auto r = run_property(spec("generator/unflawed", 200, [impl](const Plan& p) { return differential(p, impl); }));
  if (r.skipped) GTEST_SKIP() << "RC_PARAMS replays another property";
  EXPECT_TRUE(r.passed) << r.report;
}

}  // namespace
}  // namespace loopspec::properties
