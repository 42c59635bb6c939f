// Running one property with RapidCheck, and reporting a failure so that it
// can be replayed and filed. (RapidCheck's own gtest macros take their
// budget and seed from RC_PARAMS alone and print the counterexample with
// showValue; the properties need a budget and seed per implementation and
// chunk, and the minimal Plan itself, to decompile it. So they call
// rc::detail::checkProperty directly, which is what those macros do.)
//
//   - the RapidCheck seed and the RC_PARAMS line that replays the minimal case;
//   - what failed (the trace diff or the violated invariants, both traces);
//   - the program as a ready-to-run scenario file (the IR decompiler's output).
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "checks.hpp"
#include "generator.hpp"

namespace loopspec::properties {

struct PropertySpec {
  /// RapidCheck's test id: what RC_PARAMS' reproduce= is keyed by. Include
  /// the implementation and the chunk.
  std::string id;
  int cases = 100;
  std::uint64_t seed = 0;
  std::function<Verdict(const Plan&)> check;
  /// Which programs: closed orders (one trace each) or open (plan.hpp).
  Orders orders = Orders::Closed;
  /// The command line that reruns this property (for the report).
  std::string rerun;
};

struct PropertyResult {
  /// RC_PARAMS replays another property's case (reproduce= names other ids):
  /// this one did not run.
  bool skipped = false;
  bool passed = true;
  int cases_run = 0;    // programs run, shrinking included
  int found_after = 0;  // failing: the case that first failed (1-based)
  std::optional<Plan> counterexample;  // the minimal failing plan
  std::string report;                  // empty when passed
};

PropertyResult run_property(const PropertySpec& spec);

/// The report of a failing plan (also used by the CPython comparison).
std::string failure_report(const std::string& title, const Plan& plan, const Verdict& verdict,
                           const std::string& replay);

}  // namespace loopspec::properties
