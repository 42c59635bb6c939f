// The results of a `loopspec check` run as a conformance matrix: scenarios
// (grouped by area) as rows, implementations as columns, beside the CPython
// golden (its version, the scenario's feature tags) and, when measured, uvloop.
// The terminal summary and the three report formats (docs/report.md) are
// all views of this.
#pragma once

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

/// One scenario's line of traces/loopspec-traces compare-uvloop.
struct UvloopCell {
  std::string status;  // same, times, order, content, skipped, error
  std::string detail;
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
  std::optional<UvloopCell> uvloop;
};

struct Tally {
  int pass = 0, xfail = 0, unsupported = 0, fail = 0, xpass = 0;
  void add(Outcome o);
  int total() const { return pass + xfail + unsupported + fail + xpass; }
};

struct Report {
  std::string version;  // loopspec's
  std::string clock;    // "virtual" or "real"
  std::string golden_dir;
  std::vector<ImplColumn> impls;
  std::vector<ScenarioRow> rows;  // sorted by id, so areas are contiguous
  /// uvloop's runtime ("CPython 3.11.2, uvloop 0.17.0") when the column is
  /// there; otherwise `uvloop_note` says why not.
  std::string uvloop_runtime, uvloop_note;

  std::vector<std::string> areas() const;
  /// The counts of implementation `impl` in `area` ("" for all areas).
  Tally tally(std::size_t impl, const std::string& area = "") const;
  /// The CPython versions the goldens were recorded with, most common first.
  std::vector<std::string> golden_runtimes() const;
  bool has_unexpected() const;
};

/// Writes `report` to `path` in the format of its extension (.md, .html,
/// .json). std::runtime_error naming the file when it cannot be written.
void write_report(const std::string& path, const Report& report);

std::string report_markdown(const Report& report);
std::string report_html(const Report& report);
std::string report_json(const Report& report);

/// One-word cell texts shared by the Markdown and HTML matrices.
std::string outcome_label(Outcome o);
std::string uvloop_label(const std::string& status);

}  // namespace loopspec::harness
