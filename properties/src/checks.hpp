// The verdicts the properties are made of: run a Plan's program on
// implementations and judge the traces.
#pragma once

#include <string>
#include <vector>

#include "builder.hpp"
#include "loopspec/implementation.hpp"
#include "plan.hpp"

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

/// Compares two traces; the report quotes both in full.
Verdict compare_traces(const std::vector<harness::Json>& expected, const std::string& expected_label,
                       const std::vector<harness::Json>& actual, const std::string& actual_label);

/// Events as text, one per line, indented.
std::string trace_text(const std::vector<harness::Json>& events);

}  // namespace loopspec::properties
