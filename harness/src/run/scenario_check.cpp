// check_scenario and apply_expectation (scenario_check.hpp).
#include "run/scenario_check.hpp"

#include <array>
#include <utility>

#include "corpus/scenario_file.hpp"
#include "run/time_tolerance.hpp"
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

Verdict unsupported(std::string reason) { return {Outcome::Unsupported, "", std::move(reason)}; }
Verdict failed(std::string detail) { return {Outcome::Fail, std::move(detail), ""}; }

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
  return Json{{"outcome", std::string(outcome_name(outcome))}, {"detail", detail}, {"reason", reason}};
}

Verdict Verdict::from_json(const Json& j) {
  return {outcome_from_name(j.value("outcome", "fail")), j.value("detail", ""), j.value("reason", "")};
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
  if (!golden.is_golden()) return failed(golden.path + ": not a golden file (no trace)");
  std::string why = unsupported_reason(golden, impl, python, clock);
  if (!why.empty()) return unsupported(why);
  const std::vector<Json>& expected = *golden.trace_for(python);
  RunOptions options;
  options.python = python;
  RunResult run = run_program(golden.program, impl, options, clock);
  if (!run.ok()) return failed(run.error + "\n\nevents so far:\n" + trace_text(run.events));
  std::vector<Json> actual =
      clock == ClockKind::Real ? time_tolerance::align_times(expected, std::move(run.events)) : std::move(run.events);
  DiffOptions opts;
  opts.expected_label = "golden";
  opts.actual_label = impl.name;
  opts.source_lines = python_source_lines(golden.program);
  TraceDiff d = diff_traces(expected, actual, opts);
  return d.equal ? Verdict{} : failed(golden.path + ": " + d.report);
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
