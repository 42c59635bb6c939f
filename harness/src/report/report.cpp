// The report model and its dispatch by format (report.hpp).
#include "report/report.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <stdexcept>

namespace loopspec::harness {
namespace {

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

CellView view_of(const Verdict& v) {
  std::string hover = v.outcome == Outcome::Fail ? first_divergence(v.detail) : v.reason;
  std::string full = v.outcome == Outcome::ExpectedFailure ? v.reason + "\n\n" + v.detail
                     : v.outcome == Outcome::Fail          ? v.detail
                                                           : v.reason;
  std::string label = outcome_label(v.outcome);
  if (v.outcome == Outcome::Pass && !v.permitted.empty()) {
    // Informational: an order asyncio leaves open was settled unlike CPython.
    if (v.other_order) label = "pass, another order";
    hover = full = (v.other_order ? "passes, with another permitted order: one of " : "passes, in CPython's order: one of ") +
                   v.permitted;
  }
  return {v.outcome, label, hover, full};
}

/// What compare-loop's status words mean, for a reader who has not run it.
std::string status_meaning(const std::string& status) {
  if (status == "same") return "the traces are equal";
  if (status == "times") return "only times and logged floats differ";
  if (status == "order") return "the same events in another order";
  if (status == "content") return "different events";
  if (status == "permitted") return "another of the traces the open orders permit";
  if (status == "skipped") return "not compared";
  if (status == "error") return "the loop's run failed";
  return "";
}

/// compare-loop's first difference is short (the two events), so a hover
/// shows all there is: how the traces differ, the cause the list gives,
/// where; a click adds what the words mean and which list gave the cause.
CellView view_of(const PythonLoopCell& c, const PythonLoop& loop) {
  std::string hover = c.status;
  if (!c.cause.empty()) hover += " (cause: " + c.cause + ")";
  if (!c.detail.empty()) hover += ": " + c.detail;
  if (!c.first_difference.empty()) hover += "\n" + c.first_difference;
  std::string meaning = status_meaning(c.status);
  std::string full = "status: " + c.status + (meaning.empty() ? "" : " (" + meaning + ")");
  if (!c.cause.empty()) full += "\ncause: " + c.cause + (loop.expected.empty() ? "" : " (" + loop.expected + ")");
  if (!c.detail.empty()) full += "\n" + c.detail;
  if (!c.first_difference.empty()) full += "\n\n" + c.first_difference;
  std::string label = c.outcome == Outcome::Unsupported ? "skipped" : outcome_label(c.outcome);
  return {c.outcome, label, hover, full};
}

}  // namespace

void Tally::add(Outcome o) {
  switch (o) {
    case Outcome::Pass: ++pass; break;
    case Outcome::ExpectedFailure: ++xfail; break;
    case Outcome::Unsupported: ++unsupported; break;
    case Outcome::Fail: ++fail; break;
    case Outcome::UnexpectedPass: ++xpass; break;
  }
}

void Report::add_python_loop(PythonLoop loop, const std::map<std::string, PythonLoopCell>& cells) {
  python_loops.push_back(std::move(loop));
  for (auto& r : rows) {
    auto it = cells.find(r.id);
    r.loop_cells.push_back(it == cells.end() ? std::nullopt : std::optional(it->second));
  }
}

const PythonLoop* Report::python_loop(std::size_t column) const {
  return column < impls.size() ? nullptr : &python_loops.at(column - impls.size());
}

const std::string& Report::column_name(std::size_t column) const {
  const PythonLoop* loop = python_loop(column);
  return loop ? loop->name : impls.at(column).name;
}

bool Report::measured(std::size_t column) const {
  const PythonLoop* loop = python_loop(column);
  return !loop || loop->note.empty();
}

std::optional<CellView> Report::cell(const ScenarioRow& row, std::size_t column) const {
  const PythonLoop* loop = python_loop(column);
  if (!loop) return view_of(row.results.at(column));
  const auto& c = row.loop_cells.at(column - impls.size());
  return c ? std::optional(view_of(*c, *loop)) : std::nullopt;
}

std::vector<std::string> Report::areas() const {
  std::vector<std::string> out;
  for (const auto& r : rows)
    if (out.empty() || out.back() != r.area) out.push_back(r.area);
  return out;
}

Tally Report::tally(std::size_t column, const std::string& area) const {
  Tally t;
  for (const auto& r : rows)
    if (area.empty() || r.area == area)
      if (auto c = cell(r, column)) t.add(c->outcome);
  return t;
}

std::vector<std::string> Report::golden_runtimes() const {
  std::map<std::string, int> counts;
  for (const auto& r : rows) ++counts[r.golden_runtime];
  std::vector<std::string> out;
  for (const auto& [runtime, n] : counts) out.push_back(runtime);
  std::stable_sort(out.begin(), out.end(), [&counts](const auto& a, const auto& b) { return counts[a] > counts[b]; });
  return out;
}

bool Report::has_unexpected() const {
  for (std::size_t c = 0; c < column_count(); ++c)
    if (Tally t = tally(c); t.fail || t.xpass) return true;
  return false;
}

bool Report::has_failed_python_loop() const {
  return std::any_of(python_loops.begin(), python_loops.end(), [](const PythonLoop& l) { return l.failed; });
}

std::string outcome_label(Outcome o) {
  switch (o) {
    case Outcome::Pass: return "pass";
    case Outcome::ExpectedFailure: return "expected failure";
    case Outcome::Unsupported: return "unsupported";
    case Outcome::Fail: return "FAIL";
    case Outcome::UnexpectedPass: return "XPASS";
  }
  return "FAIL";
}

std::string python_loop_description(const PythonLoop& loop) {
  if (!loop.note.empty()) return (loop.failed ? "comparison failed: " : "skipped: ") + loop.note;
  std::string rule = loop.rule == "order" ? "event order, times ignored" : "whole traces, times included";
  return loop.runtime + " on the " + loop.clock + " clock; " + rule + ", against " +
         (loop.baseline == "golden" ? "the goldens" : loop.baseline) +
         "; known divergences: " + (loop.expected.empty() ? "none listed" : loop.expected);
}

void write_report(const std::string& path, const Report& report) {
  std::string text = ends_with(path, ".html") ? report_html(report)
                     : ends_with(path, ".json") ? report_json(report)
                                                : report_markdown(report);
  std::ofstream out(path, std::ios::binary);
  out << text;
  if (!out.flush()) throw std::runtime_error(path + ": cannot write the report");
}

}  // namespace loopspec::harness
