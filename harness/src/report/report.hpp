// The results of a `loopspec check` run as a conformance matrix: scenarios
// (grouped by area) as rows, beside the CPython golden (its version, the
// scenario's feature tags); as columns the implementations, then the Python
// loops asked for with --python-loop. The terminal summary and the three
// report formats (docs/report.md) are all views of this.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "run/scenario_check.hpp"

namespace loopspec::harness {

struct ImplColumn {
  std::string name;
  std::string origin;  // "built in" or "plugin <path>"
  std::vector<std::string> features;
  std::string expected_failures_file;
};

/// A Python loop compared by `traces/loopspec-traces compare-loop`
/// (docs/report.md#python-loops).
struct PythonLoop {
  std::string name;  // as given to --python-loop (a known loop or module:factory)
  std::string runtime;
  std::string clock;     // "virtual" or "real"
  std::string rule;      // "exact" or "order"
  std::string baseline;  // what its traces are compared with
  std::string expected;  // its known-divergence list; "" when it has none
  /// Why the column has no cells: the loop is unavailable, or its
  /// comparison failed; "" when it has them.
  std::string note;
  /// The note is a tool error, not a missing loop: `check` exits 2.
  bool failed = false;
};

/// One scenario on one Python loop: an entry of compare-loop's "scenarios".
struct PythonLoopCell {
  Outcome outcome = Outcome::Pass;  // compare-loop's "skipped" is Unsupported
  std::string status;               // same, times, order, content, skipped, error
  std::string cause;                // the list's cause label, for xfail and xpass
  std::string detail, first_difference;
};

struct ScenarioRow {
  std::string id, area, summary, golden_runtime;
  std::vector<std::string> features;
  std::vector<Verdict> results;  // one per ImplColumn
  /// One per PythonLoop; empty where the loop has no result for the scenario.
  std::vector<std::optional<PythonLoopCell>> loop_cells;
};

/// A cell as every view shows it, whichever kind of column it is in.
struct CellView {
  Outcome outcome = Outcome::Pass;
  std::string label;  // "pass", "FAIL", "expected failure", ...
  std::string hover;  // the first divergence or the reason: a hover, a terminal line
  std::string full;   // everything known: the HTML click panel, the Markdown details
};

struct Tally {
  int pass = 0, xfail = 0, unsupported = 0, fail = 0, xpass = 0;
  void add(Outcome o);
  int total() const { return pass + xfail + unsupported + fail + xpass; }
};

struct Report {
  std::string version;  // loopspec's
  std::string clock;    // "virtual" or "real"
  std::string python;   // whose asyncio rules and goldens: "3.12"
  std::string golden_dir;
  std::vector<ImplColumn> impls;
  std::vector<ScenarioRow> rows;  // sorted by id, so areas are contiguous
  std::vector<PythonLoop> python_loops;

  /// Appends a Python loop's column, its cells by scenario id.
  void add_python_loop(PythonLoop loop, const std::map<std::string, PythonLoopCell>& cells);

  /// The matrix's columns, numbered from 0: the implementations, then the
  /// Python loops.
  std::size_t column_count() const { return impls.size() + python_loops.size(); }
  /// The Python loop of `column`; null for an implementation's.
  const PythonLoop* python_loop(std::size_t column) const;
  const std::string& column_name(std::size_t column) const;
  /// False for a Python loop that was not measured (its note says why).
  bool measured(std::size_t column) const;
  /// Row `row`'s cell in `column`; none where a Python loop has no result.
  std::optional<CellView> cell(const ScenarioRow& row, std::size_t column) const;

  std::vector<std::string> areas() const;
  /// The counts of `column` in `area` ("" for all areas).
  Tally tally(std::size_t column, const std::string& area = "") const;
  /// The CPython versions the goldens were recorded with, most common first.
  std::vector<std::string> golden_runtimes() const;
  /// A fail or an XPASS in any column: `check` exits 1.
  bool has_unexpected() const;
  /// A Python loop's comparison failed: `check` exits 2.
  bool has_failed_python_loop() const;
};

/// Writes `report` to `path` in the format of its extension (.md, .html,
/// .json). std::runtime_error naming the file when it cannot be written.
void write_report(const std::string& path, const Report& report);

std::string report_markdown(const Report& report);
std::string report_html(const Report& report);
std::string report_json(const Report& report);

/// One-word cell texts shared by the Markdown and HTML matrices.
std::string outcome_label(Outcome o);
/// A Python loop in a sentence: its runtime, clock, baseline, rule and list;
/// or why its column has no cells ("skipped: <why>" for an unavailable
/// loop, "comparison failed: <why>" for a tool error).
std::string python_loop_description(const PythonLoop& loop);

}  // namespace loopspec::harness
