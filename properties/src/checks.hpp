// The verdicts the properties are made of: run a Plan's program on
// implementations and judge the traces.
#pragma once

#include <string>
#include <vector>

#include "builder.hpp"
#include "loopspec/implementation.hpp"
#include "plan.hpp"
#include "run/order_exploration.hpp"

namespace loopspec::properties {

struct Verdict {
  bool ok = true;
  std::string summary;  // one line: what RapidCheck prints while shrinking
  std::string details;  // the diff, the violations, the traces
  static Verdict pass() { return {}; }
  static Verdict fail(std::string summary, std::string details) { return {false, std::move(summary), std::move(details)}; }
};

/// The reference implementation (always linked: impls/reference).
const harness::Implementation& reference_impl();

/// The program of `plan`, checked (ir/validate.hpp) and ready to run. Throws
/// std::logic_error when the builder made an invalid program (a generator bug).
Built build_checked(const Plan& plan);

/// The trace, or an "error" run when the implementation made no full trace.
struct TraceRun {
  std::vector<harness::Json> events;
  std::string error;
};
TraceRun run_plan(Built& built, const harness::Implementation& impl, PythonVersion python = PythonVersion::v3_11);

/// Differential: `impl`'s trace equals the reference model's, both under
/// `python`'s rules.
Verdict differential(const Plan& plan, const harness::Implementation& impl,
                     PythonVersion python = PythonVersion::v3_11);

/// Invariants (invariants.hpp) on `impl`'s trace under `python`'s rules.
Verdict invariants(const Plan& plan, const harness::Implementation& impl, PythonVersion python = PythonVersion::v3_11);

/// Both, for the mutants: a mutant is killed when either fails.
Verdict differential_and_invariants(const Plan& plan, const harness::Implementation& impl);

/// How far the model's orders are explored per program (open orders): a
/// program whose search stops at this bound before it meets the trace judged
/// is counted as undecided, not failed.
inline constexpr harness::ExplorationLimits kOrderLimits{1000};

/// What the open-order properties met, over all the programs they judged.
struct OrderStats {
  int programs = 0;
  int choosing = 0;   // programs that met a choice point (a tie, a set of several)
  int several = 0;    // programs whose open orders permit more than one trace
  int undecided = 0;  // the trace is none the bounded search met
  std::size_t most = 0;  // the most traces one program permits (as far as searched)
  std::size_t runs = 0;  // runs of the model, in all
  void count(const harness::PermittedTraces& p);
  /// "2000 programs, 800 meeting choice points, 310 with several permitted traces (at most 24), ..."
  std::string summary() const;
};

/// `actual` (made by `label`) against every trace the model permits for
/// `built`'s program, whose open orders it declares: passes when it is one of
/// them (or when the bounded search did not meet it: undecided), else fails
/// with the diff against the nearest permitted trace. `stats` counts.
Verdict among_permitted(Built& built, const std::vector<harness::Json>& actual, const std::string& label,
                        PythonVersion python, OrderStats* stats = nullptr);

/// Open orders: `impl`'s trace of `plan` is one the model permits.
Verdict open_orders(const Plan& plan, const harness::Implementation& impl, PythonVersion python = PythonVersion::v3_11,
                    OrderStats* stats = nullptr);

/// Compares two traces; the report quotes both in full.
Verdict compare_traces(const std::vector<harness::Json>& expected, const std::string& expected_label,
                       const std::vector<harness::Json>& actual, const std::string& actual_label);

/// Events as text, one per line, indented.
std::string trace_text(const std::vector<harness::Json>& events);

}  // namespace loopspec::properties
