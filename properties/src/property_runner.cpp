// run_property: RapidCheck's checkProperty with our budget and seed, a quiet
// listener, and the minimal counterexample kept for the report.
#include "property_runner.hpp"

#include <rapidcheck.h>

#include <sstream>

#include "budget.hpp"
#include "ir/ir_writer.hpp"
#include "scenario_text.hpp"

namespace loopspec::properties {
namespace {

/// RapidCheck's progress output would drown the test log: say nothing.
class QuietListener : public rc::detail::TestListener {
 public:
  void onTestCaseFinished(const rc::detail::CaseDescription&) override {}
  void onShrinkTried(const rc::detail::CaseDescription&, bool) override {}
  void onTestFinished(const rc::detail::TestMetadata&, const rc::detail::TestResult&) override {}
};

/// The RC_PARAMS value that replays exactly this failing case.
std::string replay_params(const std::string& id, const rc::detail::TestParams& params,
                          const rc::detail::Reproduce& reproduce) {
  rc::detail::Configuration c;
  c.testParams = params;
  c.reproduce[id] = reproduce;
  return rc::detail::configToString(c);
}

}  // namespace

std::string failure_report(const std::string& title, const Plan& plan, const Verdict& verdict,
                           const std::string& replay) {
  std::ostringstream os;
  os << "==== " << title << "\n"
     << "  " << verdict.summary << "\n"
     << "  program: " << plan_size(plan) << " actions\n"
     << replay << verdict.details << "\n"
     << "  the program as a scenario file (drop it into traces/scenarios/regressions/ and run\n"
     << "  `traces/loopspec-traces regen` to record its CPython golden):\n"
     << "----8<----\n"
     << scenario_source(ir::write_ir(build_program(plan, "regressions/property_counterexample").program)) << "----8<----\n";
  return os.str();
}

PropertyResult run_property(const PropertySpec& spec) {
  using namespace rc::detail;
  const Configuration& config = configuration();
  PropertyResult out;
  if (!config.reproduce.empty() && config.reproduce.count(spec.id) == 0) {
    out.skipped = true;  // RapidCheck would report a pass without running anything
    return out;
  }
  TestParams params = config.testParams;
  params.seed = spec.seed;
  params.maxSuccess = spec.cases;
  TestMetadata meta{spec.id, spec.id};

  std::optional<Plan> last_failure;
  int cases = 0;
  auto check = spec.check;
  const rc::Gen<Plan> gen = gen_plan(spec.orders);
  auto property = [&, check] {
    const Plan plan = *gen;
    ++cases;
    Verdict v;
    try {
      v = check(plan);
    } catch (const std::exception& e) {  // a generator or harness bug: shrink it like any failure
      v = Verdict::fail(std::string("internal error: ") + e.what(), std::string("  internal error: ") + e.what() + "\n");
    }
    if (!v.ok) {
      // Shrinking stops at the last case that failed: that is the minimum.
      last_failure = plan;
      RC_FAIL(v.summary);
    }
  };
  QuietListener quiet;
  TestResult result = checkProperty(toProperty(property), meta, params, quiet, config.reproduce);

  out.cases_run = cases;
  FailureResult failure;
  if (result.match(failure)) {
    out.passed = false;
    out.found_after = failure.numSuccess + 1;
    out.counterexample = last_failure;
    std::ostringstream replay;
    replay << "  RapidCheck seed " << base_seed() << " (this chunk: " << spec.seed << "), failed after "
           << failure.numSuccess << " passing cases; replay the minimal case with\n"
           << "    RC_PARAMS=\"" << replay_params(spec.id, params, failure.reproduce) << "\" " << spec.rerun << "\n"
           << "  or rerun the whole search with\n"
           << "    RC_PARAMS=\"seed=" << base_seed() << "\" " << spec.rerun << "\n";
    if (last_failure) {
      Verdict v;
      try {
        v = spec.check(*last_failure);
      } catch (const std::exception& e) {
        v = Verdict::fail(std::string("internal error: ") + e.what(), std::string("  internal error: ") + e.what() + "\n");
      }
      out.report = failure_report(spec.id, *last_failure, v, replay.str());
    } else {
      out.report = "==== " + spec.id + "\n" + replay.str() + "  " + failure.description + "\n";
    }
    return out;
  }
  Error error;
  GaveUpResult gave_up;
  if (result.match(error)) {
    out.passed = false;
    out.report = "==== " + spec.id + ": RapidCheck error: " + error.description + "\n";
  } else if (result.match(gave_up)) {
    out.passed = false;
    out.report = "==== " + spec.id + ": RapidCheck gave up: " + gave_up.description + "\n";
  }
  return out;
}

}  // namespace loopspec::properties
