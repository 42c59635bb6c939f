// `loopspec check`: every selected golden scenario on every chosen
// implementation, each run in a child process with a time limit, while
// compare-loop measures each --python-loop in the background; progress
// while it runs, a summary per implementation, Python loop and area at the
// end and, with --report, the conformance matrix as Markdown, HTML or JSON.
// Exit 1 iff a scenario failed unexpectedly or passed unexpectedly (XPASS)
// in any column; 2 when a Python loop's comparison failed.
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <iostream>
#include <map>
#include <memory>

#include "cli/command_line.hpp"
#include "common/errors.hpp"
#include "cli/check_plan.hpp"
#include "report/check_summary.hpp"
#include "cli/cli.hpp"
#include "run/isolated_runner.hpp"
#include "run/order_exploration.hpp"
#include "report/progress.hpp"
#include "report/report.hpp"
#include "report/python_loop_column.hpp"

#ifndef LOOPSPEC_VERSION
#define LOOPSPEC_VERSION "unknown"
#endif

namespace loopspec::harness {
namespace {

/// The report with one row per scenario and no results yet.
Report empty_report(const CheckOptions& o, const CheckPlan& plan) {
  Report r;
  r.version = LOOPSPEC_VERSION;
  r.clock = o.clock == ClockKind::Real ? "real" : "virtual";
  r.python = std::string(to_string(plan.python));
  r.golden_dir = o.golden_dir;
  for (const auto& i : plan.impls) r.impls.push_back({i.name, i.origin, i.features, i.expected_failures_file});
  for (const auto& s : plan.scenarios) {
    ScenarioRow row;
    row.id = s.id;
    row.area = s.area;
    row.summary = s.file.program.meta.summary;
    row.features = s.file.program.meta.features;
    row.golden_runtime = s.file.runtime_for(plan.python);
    row.results.resize(plan.impls.size());
    r.rows.push_back(std::move(row));
  }
  return r;
}

/// What a child sends back: the verdict as JSON text.
std::string run_in_child(CheckPlan& plan, ClockKind clock, std::size_t impl, std::size_t scenario) {
  PlannedScenario& s = plan.scenarios[scenario];
  Verdict v = s.load_error.empty() ? check_scenario(s.file, plan.impls[impl], plan.python, clock)
                                   : Verdict::fail(s.load_error);
  return v.to_json().dump();
}

Verdict verdict_of(ChildOutcome& child) {
  if (child.payload) {
    try {
      return Verdict::from_json(Json::parse(*child.payload));
    } catch (const Json::exception&) {
      child.failure = "sent back an unreadable verdict";
    }
  }
  std::string detail = child.failure;
  if (!child.output.empty()) detail += "\n\noutput of the run (its end):\n" + child.output;
  return Verdict::fail(detail);
}

std::size_t terminal_columns() {
  winsize w{};
  return ioctl(STDOUT_FILENO, TIOCGWINSZ, &w) == 0 && w.ws_col > 0 ? w.ws_col : 80;
}

std::string tally_line(const Tally& t) {
  return std::to_string(t.pass) + " passed, " + std::to_string(t.xfail) + " expected failures, " +
         std::to_string(t.unsupported) + " unsupported, " + std::to_string(t.fail) + " failed, " +
         std::to_string(t.xpass) + " XPASS";
}

/// Runs every (implementation, scenario) pair and records the verdicts.
void run_all(const CheckOptions& o, CheckPlan& plan, Report& report) {
  std::size_t per_impl = plan.scenarios.size();
  std::size_t total = plan.impls.size() * per_impl;
  std::map<std::pair<std::size_t, std::string>, int> left;  // (impl, area) -> runs to go
  for (std::size_t i = 0; i < plan.impls.size(); ++i)
    for (const auto& s : plan.scenarios) ++left[{i, s.area}];
  Progress progress(std::cout, total, isatty(STDOUT_FILENO), terminal_columns());
  auto task = [&](std::size_t job) { return run_in_child(plan, o.clock, job / per_impl, job % per_impl); };
  auto done = [&](std::size_t job, ChildOutcome child) {
    std::size_t impl = job / per_impl;
    ScenarioRow& row = report.rows[job % per_impl];
    Verdict v = apply_expectation(verdict_of(child), plan.expected[impl].find(row.id));
    const std::string& name = plan.impls[impl].name;
    progress.step(name + " " + row.id);
    if (is_unexpected(v.outcome))
      progress.note(outcome_label(v.outcome) + " " + name + " " + row.id + ": " +
                    first_divergence(v.outcome == Outcome::Fail ? v.detail : v.reason).substr(0, 200));
    row.results[impl] = std::move(v);
    if (--left[{impl, row.area}] == 0 && !progress.terminal())
      progress.note(progress.counter() + " " + name + " " + row.area + ": " + tally_line(report.tally(impl, row.area)));
  };
  run_isolated(total, task, {o.jobs, o.timeout}, done);
  progress.finish();
}

using PythonLoopColumns = std::vector<std::unique_ptr<PythonLoopColumn>>;

/// The traces the open orders of the planned scenarios permit, by scenario
/// and version: a Python loop passes with any of them too (docs/orders.md).
Json permitted_traces(CheckPlan& plan) {
  Json out = Json::object();
  for (auto& s : plan.scenarios) {
    std::vector<OpenOrder> open = s.load_error.empty() ? explorable_orders(s.file.program.meta) : std::vector<OpenOrder>{};
    for (PythonVersion v : kPythonVersions) {
      if (open.empty() || !s.file.trace_for(v)) continue;
      PermittedTraces p = explore_orders(s.file.program, v, open);
      if (p.error.empty()) out[s.id][std::string(to_string(v))] = std::move(p.traces);
    }
  }
  return out;
}

/// Starts compare-loop for each --python-loop, or reads its FILE.json. The
/// comparisons run at once, beside the C++ runs (which are over in seconds),
/// so they share --jobs.
PythonLoopColumns start_python_loops(const CheckOptions& o, CheckPlan& plan) {
  if (o.python_loops.empty()) return {};
  std::vector<std::string> ids;
  for (const auto& s : plan.scenarios) ids.push_back(s.id);
  Json permitted = permitted_traces(plan);
  auto runs = std::ranges::count_if(o.python_loops, [](const auto& l) { return !is_compare_loop_file(l); });
  unsigned jobs = std::max<unsigned>(1, o.jobs / std::max<unsigned>(1, runs));
  PythonLoopColumns columns;
  for (const auto& loop : o.python_loops) {
    columns.push_back(std::make_unique<PythonLoopColumn>(loop, ids, o.golden_dir, jobs, permitted));
    for (std::size_t i = 0; i + 1 < columns.size(); ++i)
      if (columns[i]->name() == columns.back()->name())
        throw UsageError("--python-loop " + loop + ": a second column named '" + columns.back()->name() +
                         "': give each loop once");
  }
  return columns;
}

void add_python_loops(PythonLoopColumns& columns, Report& report) {
  for (auto& column : columns) {
    if (column->running()) std::cout << "loopspec check: waiting for compare-loop --loop " << column->name() << "\n";
    CompareLoopResult result = column->result();
    report.add_python_loop(std::move(result.loop), result.cells);
  }
}

int run_check(const CheckOptions& o, CheckPlan plan) {
  for (const auto& note : plan.notes) std::cout << "loopspec check: " << note << "\n";
  Report report = empty_report(o, plan);
  PythonLoopColumns python_loops = start_python_loops(o, plan);
  run_all(o, plan, report);
  add_python_loops(python_loops, report);
  print_summary(std::cout, report);
  for (const auto& file : o.reports) {
    write_report(file, report);
    std::cout << "report: " << file << "\n";
  }
  if (report.has_failed_python_loop()) return kExitUsage;
  return report.has_unexpected() ? kExitFailed : kExitOk;
}

}  // namespace

int check_command(const CheckOptions& options) {
  try {
    return run_check(options, make_check_plan(options));
  } catch (const UsageError& e) {
    std::cerr << "loopspec check: " << e.what() << " (see loopspec check --help)\n";
  } catch (const LoadError& e) {
    std::cerr << "loopspec check: " << e.what() << "\n";
  }
  return kExitUsage;
}

}  // namespace loopspec::harness
