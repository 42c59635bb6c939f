// check_scenario and apply_expectation (scenario_check.hpp).
#include "run/scenario_check.hpp"

#include <array>
#include <optional>
#include <utility>

#include "corpus/scenario_file.hpp"
#include "run/time_tolerance.hpp"
#include "run/order_exploration.hpp"
#include "run/scenario_runner.hpp"
#include "trace/trace_diff.hpp"

namespace loopspec::harness {
namespace {

constexpr std::array<std::pair<Outcome, std::string_view>, 5> kNames{{
    {Outcome::Pass, "pass"},
    {Outcome::Fail, "fail"},
    {Outcome::ExpectedFailure, "xfail"},
    {Outcome::UnexpectedPass, "xpass"},
    {Outcome::Unsupported, "unsupported"},
}};


std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
  return out;
}

std::string trace_text(const std::vector<Json>& events) {
  if (events.empty()) return "  (none)\n";
  std::string out;
  for (const auto& e : events) out += "  " + e.dump() + "\n";
  return out;
}

/// Why `impl` cannot run `golden` under `python` with `clock`, or "".
std::string unsupported_reason(const ScenarioFile& golden, const Implementation& impl, PythonVersion python,
                               ClockKind clock) {
  std::string version(to_string(python));
  if (!impl.targets(python)) return impl.name + " does not target CPython " + version;
  if (!golden.trace_for(python))
    return "the golden records no trace for CPython " + version + " (the scenario needs python: " +
           golden.program.meta.python + ")";
  auto missing = impl.missing(golden.program.meta.features);
  if (!missing.empty()) return impl.name + " does not support feature tag(s): " + join(missing);
  if (clock == ClockKind::Virtual) return "";
  if (!impl.real_clock_factory) return impl.name + " has no real-clock factory";
  std::string why = time_tolerance::real_clock_disqualifier(golden.program.meta, *golden.trace_for(python));
  return why.empty() ? "" : "not checkable on a real clock: " + why;
}

/// `actual` (labelled `actual_label`) against `expected`, with a real
/// clock's times aligned first.
TraceDiff compare(const ScenarioFile& golden, const std::vector<Json>& expected, const std::string& expected_label,
                  std::vector<Json> actual, const std::string& actual_label, ClockKind clock) {
  if (clock == ClockKind::Real) actual = time_tolerance::align_times(expected, std::move(actual));
  DiffOptions opts;
  opts.expected_label = expected_label;
  opts.actual_label = actual_label;
  opts.source_lines = python_source_lines(golden.program);
  return diff_traces(expected, actual, opts);
}

/// A scenario with open orders: `actual` passes when it is one of the traces
/// the model permits, and the golden must be one of them too.
Verdict check_open_orders(ScenarioFile& golden, const Implementation& impl, PythonVersion python, ClockKind clock,
                          const std::vector<OpenOrder>& open, std::vector<Json> actual) {
  PermittedTraces permitted = explore_orders(golden.program, python, open);
  if (!permitted.error.empty())
    return Verdict::fail(golden.path + ": exploring the model's permitted orders failed: " + permitted.error);
  const std::vector<Json>& expected = *golden.trace_for(python);
  if (!permitted.find(expected))
    return Verdict::fail(golden.path + ": the model's " + permitted.summary() +
                  " do not include CPython's golden: the model is wrong here, not " + impl.name +
                  "\n" + compare(golden, expected, "golden", permitted.traces.front(), "model", ClockKind::Virtual).report);
  for (const auto& trace : permitted.traces) {
    if (compare(golden, trace, "permitted", actual, impl.name, clock).equal) {
      Verdict v;
      v.permitted = permitted.summary();
      v.other_order = &trace != &permitted.traces[*permitted.find(expected)];
      return v;
    }
  }
  const std::vector<Json>& near = permitted.traces[permitted.nearest(actual)];
  Verdict v = Verdict::fail(golden.path + ": " + impl.name + "'s trace is none of the " + permitted.summary() +
                     "; against the nearest:\n" + compare(golden, near, "permitted", actual, impl.name, clock).report);
  v.permitted = permitted.summary();
  return v;
}

/// One run of a supported scenario against its golden; `only_late` tells
/// whether a failed run on the real clock differed in lateness alone.
Verdict run_and_compare(ScenarioFile& golden, const Implementation& impl, PythonVersion python, ClockKind clock,
                        bool& only_late) {
  only_late = false;
  const std::vector<Json>& expected = *golden.trace_for(python);
  RunOptions options;
  options.python = python;
  RunResult run = run_program(golden.program, impl, options, clock);
  if (!run.ok()) return Verdict::fail(run.error + "\n\nevents so far:\n" + trace_text(run.events));
  std::vector<OpenOrder> open = explorable_orders(golden.program.meta);
  if (!open.empty()) return check_open_orders(golden, impl, python, clock, open, std::move(run.events));
  TraceDiff d = compare(golden, expected, "golden", run.events, impl.name, clock);
  if (d.equal) return {};
  only_late = clock == ClockKind::Real && time_tolerance::only_late(expected, run.events);
  return Verdict::fail(golden.path + ": " + d.report);
}

}  // namespace

std::string_view outcome_name(Outcome o) {
  for (const auto& [value, name] : kNames)
    if (value == o) return name;
  return "fail";
}

Outcome outcome_from_name(std::string_view name) {
  for (const auto& [value, n] : kNames)
    if (n == name) return value;
  return Outcome::Fail;
}

bool is_unexpected(Outcome o) { return o == Outcome::Fail || o == Outcome::UnexpectedPass; }

Json Verdict::to_json() const {
  return Json{{"outcome", std::string(outcome_name(outcome))},
              {"detail", detail},
              {"reason", reason},
              {"permitted", permitted},
              {"other_order", other_order}};
}

Verdict Verdict::from_json(const Json& j) {
  Verdict v;
  v.outcome = outcome_from_name(j.value("outcome", "fail"));
  v.detail = j.value("detail", "");
  v.reason = j.value("reason", "");
  v.permitted = j.value("permitted", "");
  v.other_order = j.value("other_order", false);
  return v;
}

Verdict Verdict::fail(std::string detail) {
  Verdict v;
  v.outcome = Outcome::Fail;
  v.detail = std::move(detail);
  return v;
}

Verdict Verdict::unsupported(std::string reason) {
  Verdict v;
  v.outcome = Outcome::Unsupported;
  v.reason = std::move(reason);
  return v;
}

std::string first_divergence(const std::string& detail) {
  std::string out;
  std::size_t pos = 0;
  for (int lines = 0; lines < 3 && pos < detail.size(); ++lines) {
    std::size_t end = detail.find('\n', pos);
    std::string line = detail.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
    if (line.empty()) break;  // a run error's paragraph ends here
    out += (out.empty() ? "" : "\n") + line;
    if (end == std::string::npos) break;
    pos = end + 1;
  }
  return out;
}

Verdict check_scenario(ScenarioFile& golden, const Implementation& impl, PythonVersion python, ClockKind clock) {
  if (!golden.is_golden()) return Verdict::fail(golden.path + ": not a golden file (no trace)");
  std::string why = unsupported_reason(golden, impl, python, clock);
  if (!why.empty()) return Verdict::unsupported(why);
  bool only_late = false;
  Verdict first = run_and_compare(golden, impl, python, clock, only_late);
  if (!only_late) return first;
  // Right but late on the real clock: the machine may have stalled the
  // process past the tolerance, so the scenario runs once more; a loop that
  // is late every time still fails (docs/report.md#real-clock).
  Verdict second = run_and_compare(golden, impl, python, clock, only_late);
  if (second.outcome == Outcome::Pass)
    second.reason = "late beyond the tolerance on a first run, on time on a second: " + first_divergence(first.detail);
  return second;
}

Verdict apply_expectation(Verdict v, const ExpectedFailure* expected) {
  if (!expected) return v;
  if (v.outcome == Outcome::Fail) {
    v.outcome = Outcome::ExpectedFailure;
    v.reason = "expected failure: " + expected->reason + " (" + expected->where + ")";
  } else if (v.outcome == Outcome::Pass) {
    v.outcome = Outcome::UnexpectedPass;
    v.reason = "unexpected pass (XPASS): " + expected->where + " lists it as an expected failure (" +
               expected->reason + "); it passes now, so take it off the list";
  }
  return v;
}

}  // namespace loopspec::harness
