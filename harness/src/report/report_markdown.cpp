// The Markdown report (docs/report.md): readable as plain text in a terminal
// and rendered on a forge. Summary table, the matrix by area, then the
// details: failures with their first divergence, XPASSes, expected failures.
#include <sstream>

#include "report/report.hpp"

namespace loopspec::harness {
namespace {

/// Table cells hold no pipes and no line breaks.
std::string cell(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '|') out += "\\|";
    else if (c == '\n') out += ' ';
    else out += c;
  }
  return out;
}

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
  return out;
}

std::string short_name(const ScenarioRow& r) { return r.id.substr(r.area.size() + 1); }

std::string verdict_cell(const Verdict& v) {
  std::string label = outcome_label(v.outcome);
  return is_unexpected(v.outcome) ? "**" + label + "**" : label;
}

void summary(std::ostream& out, const Report& r) {
  out << "## Summary\n\n| implementation | area | passed | expected failures | unsupported | failed | XPASS |\n"
         "|---|---|--:|--:|--:|--:|--:|\n";
  for (std::size_t i = 0; i < r.impls.size(); ++i) {
    auto row = [&](const std::string& area, const Tally& t) {
      out << "| " << r.impls[i].name << " | " << area << " | " << t.pass << " | " << t.xfail << " | " << t.unsupported
          << " | " << t.fail << " | " << t.xpass << " |\n";
    };
    for (const auto& area : r.areas()) row(area, r.tally(i, area));
    row("**all**", r.tally(i));
  }
  out << "\n";
}

void matrix(std::ostream& out, const Report& r) {
  std::string cpython = r.golden_runtimes().empty() ? "CPython" : r.golden_runtimes().front();
  out << "## Matrix\n\nThe " << cpython << " column is the golden itself: it lists the scenario's feature tags.\n";
  if (!r.uvloop_runtime.empty())
    out << "The uvloop column compares uvloop's event order with CPython's own loop on the same interpreter, times aside (`traces/loopspec-traces compare-uvloop`; docs/uvloop-divergences.md).\n";
  for (const auto& area : r.areas()) {
    out << "\n### " << area << "\n\n| scenario | " << cpython << " (features) |";
    for (const auto& i : r.impls) out << " " << i.name << " |";
    if (!r.uvloop_runtime.empty()) out << " uvloop |";
    out << "\n|---|---|";
    for (std::size_t i = 0; i < r.impls.size(); ++i) out << "---|";
    out << (r.uvloop_runtime.empty() ? "" : "---|") << "\n";
    for (const auto& row : r.rows) {
      if (row.area != area) continue;
      out << "| " << short_name(row) << " | " << cell(join(row.features)) << " |";
      for (const auto& v : row.results) out << " " << verdict_cell(v) << " |";
      if (!r.uvloop_runtime.empty()) out << " " << (row.uvloop ? uvloop_label(row.uvloop->status) : "") << " |";
      out << "\n";
    }
  }
  out << "\n";
}

/// One section listing every result with outcome `o`, `body` showing each.
template <class Body>
void listing(std::ostream& out, const Report& r, Outcome o, const std::string& title, Body body) {
  bool any = false;
  for (const auto& row : r.rows) {
    for (std::size_t i = 0; i < r.impls.size(); ++i) {
      if (row.results[i].outcome != o) continue;
      if (!any) out << "## " << title << "\n\n";
      any = true;
      body(r.impls[i].name, row, row.results[i]);
    }
  }
  if (any) out << "\n";
}

}  // namespace

std::string report_markdown(const Report& r) {
  std::ostringstream out;
  out << "# loopspec conformance report\n\nloopspec " << r.version << ", " << r.clock << " clock, golden corpus `"
      << r.golden_dir << "` (recorded with " << join(r.golden_runtimes()) << ").\n";
  if (!r.uvloop_runtime.empty()) out << "uvloop column: " << r.uvloop_runtime << ".\n";
  else if (!r.uvloop_note.empty()) out << "No uvloop column: " << r.uvloop_note << ".\n";
  out << "\n";
  summary(out, r);
  matrix(out, r);
  listing(out, r, Outcome::Fail, "Failures", [&out](const std::string& impl, const ScenarioRow& row, const Verdict& v) {
    out << "### " << impl << ": " << row.id << "\n\n" << row.summary << "\n\n```\n" << v.detail << "\n```\n\n";
  });
  listing(out, r, Outcome::UnexpectedPass, "Unexpected passes (XPASS)",
          [&out](const std::string& impl, const ScenarioRow& row, const Verdict& v) {
            out << "- " << impl << ": `" << row.id << "`: " << v.reason << "\n";
          });
  listing(out, r, Outcome::ExpectedFailure, "Expected failures",
          [&out](const std::string& impl, const ScenarioRow& row, const Verdict& v) {
            out << "- " << impl << ": `" << row.id << "`: " << v.reason << "\n";
          });
  return out.str();
}

}  // namespace loopspec::harness
