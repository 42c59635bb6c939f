// Checking one golden scenario on one implementation: the verdict both the
// golden ctest driver and `loopspec check` give, so the two always agree.
//
//   check_scenario      runs it and compares: pass, fail or unsupported
//   apply_expectation   folds in the expected-failures list: a listed
//                       failure becomes an expected failure, a listed pass
//                       an unexpected pass (XPASS)
#pragma once

#include <string>
#include <string_view>

#include "corpus/expected_failures.hpp"
#include "corpus/scenario_file.hpp"
#include "loopspec/implementation.hpp"
#include "common/json.hpp"

namespace loopspec::harness {

enum class Outcome { Pass, Fail, ExpectedFailure, UnexpectedPass, Unsupported };

/// "pass", "fail", "xfail", "xpass", "unsupported": the report's names.
std::string_view outcome_name(Outcome o);
/// The inverse; Fail for an unknown name.
Outcome outcome_from_name(std::string_view name);
/// Fail and UnexpectedPass: what makes a run exit non-zero.
bool is_unexpected(Outcome o);

struct Verdict {
  Outcome outcome = Outcome::Pass;
  /// Why it failed: the first-divergence report or the run's error; kept
  /// for an expected failure too.
  std::string detail;
  /// Why it is unsupported, expected to fail, or an unexpected pass.
  std::string reason;
  /// For a scenario with open orders (`order:`), how many traces they permit
  /// (PermittedTraces::summary); empty for any other.
  std::string permitted;
  /// It passed with a permitted order other than CPython's.
  bool other_order = false;

  /// A failure, with why.
  static Verdict fail(std::string detail);
  static Verdict unsupported(std::string reason);

  Json to_json() const;
  static Verdict from_json(const Json& j);
};

/// The first lines of a failure's detail (the diverging events, or the error).
std::string first_divergence(const std::string& detail);

/// Runs `golden` on `impl` under `python`'s asyncio rules with `clock` and
/// compares with the golden trace of that version; when the scenario declares
/// open orders the model can explore, with every trace they permit instead,
/// which must include the golden (docs/orders.md). Unsupported when the
/// implementation does not target the version or the golden records none
/// for it (a scenario that needs a newer CPython). Never throws.
Verdict check_scenario(ScenarioFile& golden, const Implementation& impl, PythonVersion python,
                       ClockKind clock = ClockKind::Virtual);

/// The verdict once `expected` (the scenario's entry in the list, or null) is
/// taken into account.
Verdict apply_expectation(Verdict v, const ExpectedFailure* expected);

}  // namespace loopspec::harness
