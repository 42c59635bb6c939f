// The Markdown report (docs/report.md): readable as plain text in a terminal
// and rendered on a forge. The Python loops, the summary table, the matrix
// by area, then the details: failures with their first divergence, XPASSes,
// expected failures, in implementations and Python loops alike.
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

std::string first_line(const std::string& s) { return s.substr(0, s.find('\n')); }

/// A Python loop without cells keeps its column, headed with why it is empty.
std::string heading(const Report& r, std::size_t column) {
  if (r.measured(column)) return r.column_name(column);
  return r.column_name(column) + (r.python_loop(column)->failed ? " (failed)" : " (skipped)");
}

std::string cell_text(const std::optional<CellView>& c) {
  if (!c) return "";
  return is_unexpected(c->outcome) ? "**" + c->label + "**" : c->label;
}

void python_loops(std::ostream& out, const Report& r) {
  if (r.python_loops.empty()) return;
  out << "\nPython loops, compared by `traces/loopspec-traces compare-loop` (docs/report.md#python-loops):\n\n";
  for (const auto& loop : r.python_loops) out << "- **" << loop.name << "**: " << python_loop_description(loop) << "\n";
}

/// A Python loop without cells has no rows: the list above says why.
void summary(std::ostream& out, const Report& r) {
  out << "## Summary\n\n| implementation or Python loop | area | passed | expected failures | unsupported | failed | "
         "XPASS |\n"
         "|---|---|--:|--:|--:|--:|--:|\n";
  for (std::size_t c = 0; c < r.column_count(); ++c) {
    if (!r.measured(c)) continue;
    auto row = [&](const std::string& area, const Tally& t) {
      out << "| " << r.column_name(c) << " | " << area << " | " << t.pass << " | " << t.xfail << " | " << t.unsupported
          << " | " << t.fail << " | " << t.xpass << " |\n";
    };
    for (const auto& area : r.areas()) row(area, r.tally(c, area));
    row("**all**", r.tally(c));
  }
  out << "\n";
}

void matrix(std::ostream& out, const Report& r) {
  std::string cpython = r.golden_runtimes().empty() ? "CPython" : r.golden_runtimes().front();
  out << "## Matrix\n\nThe " << cpython << " column is the golden itself: it lists the scenario's feature tags.\n";
  if (!r.python_loops.empty())
    out << "After the implementations come the Python loops, each with its verdict against its known-divergence list; "
           "a Python loop's `unsupported` is a scenario compare-loop skipped.\n";
  for (const auto& area : r.areas()) {
    out << "\n### " << area << "\n\n| scenario | " << cpython << " (features) |";
    for (std::size_t c = 0; c < r.column_count(); ++c) out << " " << heading(r, c) << " |";
    out << "\n|---|---|";
    for (std::size_t c = 0; c < r.column_count(); ++c) out << "---|";
    out << "\n";
    for (const auto& row : r.rows) {
      if (row.area != area) continue;
      out << "| " << short_name(row) << " | " << cell(join(row.features)) << " |";
      for (std::size_t c = 0; c < r.column_count(); ++c) out << " " << cell_text(r.cell(row, c)) << " |";
      out << "\n";
    }
  }
  out << "\n";
}

/// One section listing every cell with outcome `o`, `body` showing each.
template <class Body>
void listing(std::ostream& out, const Report& r, Outcome o, const std::string& title, Body body) {
  bool any = false;
  for (const auto& row : r.rows) {
    for (std::size_t c = 0; c < r.column_count(); ++c) {
      auto view = r.cell(row, c);
      if (!view || view->outcome != o) continue;
      if (!any) out << "## " << title << "\n\n";
      any = true;
      body(r.column_name(c), row, *view);
    }
  }
  if (any) out << "\n";
}

}  // namespace

std::string report_markdown(const Report& r) {
  std::ostringstream out;
  out << "# loopspec conformance report\n\nloopspec " << r.version << ", CPython " << r.python << " rules, " << r.clock
      << " clock, golden corpus `"
      << r.golden_dir << "` (recorded with " << join(r.golden_runtimes()) << ").\n";
  python_loops(out, r);
  out << "\n";
  summary(out, r);
  matrix(out, r);
  listing(out, r, Outcome::Fail, "Failures",
          [&out](const std::string& column, const ScenarioRow& row, const CellView& v) {
            out << "### " << column << ": " << row.id << "\n\n" << row.summary << "\n\n```\n" << v.full << "\n```\n\n";
          });
  auto reason = [&out](const std::string& column, const ScenarioRow& row, const CellView& v) {
    out << "- " << column << ": `" << row.id << "`: " << first_line(v.hover) << "\n";
  };
  listing(out, r, Outcome::UnexpectedPass, "Unexpected passes (XPASS)", reason);
  listing(out, r, Outcome::ExpectedFailure, "Expected failures", reason);
  return out.str();
}

}  // namespace loopspec::harness
