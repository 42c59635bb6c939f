// The verdicts (checks.hpp).
#include "checks.hpp"

#include <algorithm>
#include <stdexcept>

#include "invariants.hpp"
#include "ir/validate.hpp"
#include "run/scenario_runner.hpp"
#include "trace/trace_diff.hpp"

namespace loopspec::properties {

using harness::Json;

const harness::Implementation& reference_impl() {
  const harness::Implementation* r = harness::find_implementation("reference");
  if (!r) throw std::logic_error("the reference implementation is not linked into this binary");
  return *r;
}

Built build_checked(const Plan& plan) {
  Built b = build_program(plan);
  std::string err = ir::validate(b.program);
  if (!err.empty()) throw std::logic_error("the generated program is not a valid program: " + err);
  return b;
}

TraceRun run_plan(Built& built, const harness::Implementation& impl, PythonVersion python) {
  harness::RunOptions options;
  options.python = python;
  harness::RunResult r = harness::run_program(built.program, impl, options);
  return TraceRun{std::move(r.events), std::move(r.error)};
}

std::string trace_text(const std::vector<Json>& events) {
  std::string out;
  for (const auto& e : events) out += "    " + e.dump() + "\n";
  return out;
}

Verdict compare_traces(const std::vector<Json>& expected, const std::string& expected_label,
                       const std::vector<Json>& actual, const std::string& actual_label) {
  harness::DiffOptions opts;
  opts.expected_label = expected_label;
  opts.actual_label = actual_label;
  harness::TraceDiff d = harness::diff_traces(expected, actual, opts);
  if (d.equal) return Verdict::pass();
  return Verdict::fail(actual_label + "'s trace differs from " + expected_label + "'s at event " + std::to_string(d.index),
                       d.report + "\n  " + expected_label + " trace:\n" + trace_text(expected) + "  " + actual_label +
                           " trace:\n" + trace_text(actual));
}

namespace {

/// A run that made no whole trace fails every property.
Verdict run_error(const TraceRun& r, const std::string& who) {
  return Verdict::fail(who + " made no trace: " + r.error, "  " + who + " made no trace: " + r.error +
                                                               "\n  events so far:\n" + trace_text(r.events));
}

}  // namespace

Verdict differential(const Plan& plan, const harness::Implementation& impl, PythonVersion python) {
  Built b = build_checked(plan);
  TraceRun expected = run_plan(b, reference_impl(), python);
  if (!expected.error.empty()) return run_error(expected, "the reference model");
  TraceRun actual = run_plan(b, impl, python);
  if (!actual.error.empty()) return run_error(actual, impl.name);
  return compare_traces(expected.events, "reference", actual.events, impl.name);
}

Verdict invariants(const Plan& plan, const harness::Implementation& impl, PythonVersion python) {
  Built b = build_checked(plan);
  TraceRun r = run_plan(b, impl, python);
  if (!r.error.empty()) return run_error(r, impl.name);
  std::vector<std::string> v = check_invariants(r.events, b.manifest);
  if (v.empty()) return Verdict::pass();
  std::string details;
  for (const auto& s : v) details += "  violated: " + s + "\n";
  return Verdict::fail(v.front(), details + "  " + impl.name + " trace:\n" + trace_text(r.events));
}

void OrderStats::count(const harness::PermittedTraces& p) {
  ++programs;
  if (p.deepest > 0) ++choosing;
  if (p.traces.size() > 1) ++several;
  most = std::max(most, p.traces.size());
  runs += p.runs;
}

std::string OrderStats::summary() const {
  return std::to_string(programs) + " programs, " + std::to_string(choosing) + " meeting choice points, " +
         std::to_string(several) + " with several permitted traces (at most " +
         std::to_string(most) + "), " + std::to_string(undecided) + " undecided at the bound of " +
         std::to_string(kOrderLimits.max_runs) + " runs, " + std::to_string(runs) + " model runs";
}

Verdict among_permitted(Built& built, const std::vector<Json>& actual, const std::string& label, PythonVersion python,
                        OrderStats* stats) {
  harness::PermittedTraces permitted =
      harness::explore_orders(built.program, python, harness::explorable_orders(built.program.meta), kOrderLimits);
  if (!permitted.error.empty()) {
    return Verdict::fail("the reference model made no trace: " + permitted.error,
                         "  the reference model made no trace: " + permitted.error + "\n");
  }
  OrderStats ignored;
  OrderStats& s = stats ? *stats : ignored;
  s.count(permitted);
  if (permitted.find(actual)) return Verdict::pass();
  if (!permitted.complete) {
    ++s.undecided;
    return Verdict::pass();
  }
  // The summary keeps "differs": shrinking (batch_search) tells trace
  // disagreements from runs that made no trace by it.
  Verdict v = compare_traces(permitted.traces[permitted.nearest(actual)], "permitted", actual, label);
  v.summary = label + "'s trace differs from each of the model's " + permitted.summary() + "; from the nearest: " + v.summary;
  v.details = "  " + label + "'s trace is none of the model's " + permitted.summary() + "; against the nearest:\n" + v.details;
  return v;
}

Verdict open_orders(const Plan& plan, const harness::Implementation& impl, PythonVersion python, OrderStats* stats) {
  Built b = build_checked(plan);
  TraceRun actual = run_plan(b, impl, python);
  if (!actual.error.empty()) return run_error(actual, impl.name);
  return among_permitted(b, actual.events, impl.name, python, stats);
}

Verdict differential_and_invariants(const Plan& plan, const harness::Implementation& impl) {
  Verdict v = invariants(plan, impl);
  if (!v.ok) return v;
  return differential(plan, impl);
}

}  // namespace loopspec::properties
