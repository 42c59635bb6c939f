// The HTML report (docs/report.md): one self-contained page (inline CSS, a
// few lines of script, nothing fetched). The implementations and the Python
// loops stand side by side under one header; areas are collapsible, open
// when they hold a failure, their tallies in the summary line; cells are
// coloured by outcome; a cell shows its first divergence or reason on hover
// and everything known about it in a panel on click.
#include <sstream>

#include "report/report.hpp"

namespace loopspec::harness {
namespace {

constexpr const char* kStyle = R"(
body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #222; }
body.panel-open { padding-bottom: 45vh; }
h1 { font-size: 1.5em; margin-bottom: .2em; }
.meta { color: #555; margin-top: 0; }
table { border-collapse: collapse; margin: .5em 0 1em; }
table.matrix { width: 100%; max-width: 1400px; }
table.matrix td:first-child { width: 22em; }
table.matrix td.tags { width: 18em; }
th, td { border: 1px solid #ccc; padding: 2px 8px; text-align: left; vertical-align: top; }
th { background: #f3f3f3; font-weight: 600; }
th.group { text-align: center; font-weight: normal; color: #444; }
th.py, th.group.py { background: #e8eef8; }
.py-first { border-left: 3px solid #7a8fb8; }
.pass { background: #d9f2dd; }
.xfail { background: #fff1c2; }
.unsupported { background: #e7e7e7; color: #555; }
.fail { background: #f9c9cc; font-weight: bold; }
.xpass { background: #e9c9f9; font-weight: bold; }
.absent { background: repeating-linear-gradient(45deg, #f4f4f4, #f4f4f4 6px, #fff 6px, #fff 12px); color: #666; }
td[data-full] { cursor: pointer; }
td.picked { outline: 2px solid #333; outline-offset: -2px; }
.tags { color: #555; font-size: 12px; }
details.area { margin: .3em 0; }
details.area > summary { cursor: pointer; font-weight: 600; padding: 2px 0; }
.chip { font-weight: normal; font-size: 12px; padding: 0 5px; margin-left: 4px; border: 1px solid #ccc; border-radius: 3px; }
pre { white-space: pre-wrap; font-size: 12px; margin: .3em 0; }
.legend span { padding: 1px 6px; margin-right: 4px; border: 1px solid #ccc; }
#panel { position: fixed; left: 0; right: 0; bottom: 0; max-height: 40vh; overflow: auto; background: #fff;
         border-top: 3px solid #7a8fb8; box-shadow: 0 -2px 8px rgba(0,0,0,.15); padding: .5em 1.5em; }
#panel h3 { margin: .2em 0; font-size: 1em; }
#panel button { float: right; }
)";

constexpr const char* kScript = R"(
function setAll(open) { document.querySelectorAll('details.area').forEach(d => d.open = open); }
function pick(td) {
  document.querySelectorAll('td.picked').forEach(c => c.classList.remove('picked'));
  const panel = document.getElementById('panel');
  panel.hidden = !td;
  document.body.classList.toggle('panel-open', !!td);
  if (!td) return;
  td.classList.add('picked');
  panel.querySelector('h3').textContent = td.dataset.head;
  panel.querySelector('pre').textContent = td.dataset.full;
}
document.addEventListener('click', e => { const td = e.target.closest('td[data-full]'); if (td) pick(td); });
document.addEventListener('keydown', e => { if (e.key === 'Escape') pick(null); });
)";

std::string esc(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
  return out;
}

/// The class that marks the first Python loop's column, where the groups meet.
std::string group_edge(const Report& r, std::size_t column) { return column == r.impls.size() ? " py-first" : ""; }

std::string cell_html(const Report& r, const ScenarioRow& row, std::size_t column) {
  std::string edge = group_edge(r, column);
  if (!r.measured(column)) return "<td class=\"absent" + edge + "\"></td>";
  auto c = r.cell(row, column);
  if (!c) return "<td class=\"absent" + edge + "\" title=\"compare-loop has no result for it\"></td>";
  std::string out = "<td class=\"" + std::string(outcome_name(c->outcome)) + edge + "\"";
  if (!c->hover.empty()) out += " title=\"" + esc(c->hover) + "\"";
  if (!c->full.empty())
    out += " data-head=\"" + esc(c->label + " · " + r.column_name(column) + " · " + row.id + " — " + row.summary) +
           "\" data-full=\"" + esc(c->full) + "\"";
  return out + ">" + esc(c->label) + "</td>";
}

std::string tally_text(const Tally& t, bool python_loop) {
  std::string out = std::to_string(t.pass) + " pass";
  if (t.xfail) out += ", " + std::to_string(t.xfail) + " xfail";
  if (t.unsupported) out += ", " + std::to_string(t.unsupported) + (python_loop ? " skipped" : " unsupported");
  if (t.fail) out += ", " + std::to_string(t.fail) + " FAIL";
  if (t.xpass) out += ", " + std::to_string(t.xpass) + " XPASS";
  return out;
}

std::string worst_class(const Tally& t) {
  if (t.fail || t.xpass) return t.fail ? "fail" : "xpass";
  if (t.xfail) return "xfail";
  return t.pass ? "pass" : "unsupported";
}

/// A column's count in `area` ("" for all), or why it has none.
std::string tally_cell(const Report& r, std::size_t column, const std::string& area) {
  std::string edge = group_edge(r, column);
  if (!r.measured(column))
    return "<td class=\"absent" + edge + "\" title=\"" + esc(python_loop_description(*r.python_loop(column))) + "\">" +
           (r.python_loop(column)->failed ? "comparison failed" : "skipped") + "</td>";
  Tally t = r.tally(column, area);
  if (t.total() == 0) return "<td class=\"absent" + edge + "\">no results</td>";
  return "<td class=\"" + worst_class(t) + edge + "\">" + esc(tally_text(t, r.python_loop(column))) + "</td>";
}

/// Two header rows: which group each column is in, then its name.
void column_headers(std::ostream& out, const Report& r, const std::string& leading) {
  out << "<tr>" << leading << "<th class=\"group\" colspan=\"" << r.impls.size() << "\">implementations</th>";
  if (!r.python_loops.empty())
    out << "<th class=\"group py py-first\" colspan=\"" << r.python_loops.size() << "\">Python loops</th>";
  out << "</tr>\n<tr>";
  for (std::size_t c = 0; c < r.column_count(); ++c) {
    const PythonLoop* loop = r.python_loop(c);
    std::string title = loop ? python_loop_description(*loop) : r.impls[c].origin;
    out << "<th class=\"" << (loop ? "py" : "") << group_edge(r, c) << "\" title=\"" << esc(title) << "\">"
        << esc(r.column_name(c)) << "</th>";
  }
  out << "</tr>\n";
}

void columns_legend(std::ostream& out, const Report& r) {
  out << "<h2>Columns</h2>\n<table><tr><th>column</th><th>origin</th><th>expected failures</th></tr>\n";
  for (const auto& i : r.impls)
    out << "<tr><td>" << esc(i.name) << "</td><td>" << esc(i.origin) << "</td><td>"
        << esc(i.expected_failures_file.empty() ? "none" : i.expected_failures_file) << "</td></tr>\n";
  for (const auto& l : r.python_loops)
    out << "<tr><td class=\"py-first\">" << esc(l.name)
        << " <span class=\"tags\">(Python loop)</span></td><td colspan=\"2\""
        << (l.note.empty() ? "" : " class=\"absent\"") << ">" << esc(python_loop_description(l)) << "</td></tr>\n";
  out << "</table>\n";
}

void summary(std::ostream& out, const Report& r) {
  out << "<h2>Summary</h2>\n<table>";
  column_headers(out, r, "<th rowspan=\"2\">area</th>");
  auto row = [&](const std::string& label, const std::string& area) {
    out << "<tr><th>" << esc(label) << "</th>";
    for (std::size_t c = 0; c < r.column_count(); ++c) out << tally_cell(r, c, area);
    out << "</tr>\n";
  };
  for (const auto& area : r.areas()) row(area, area);
  row("all areas", "");
  out << "</table>\n";
}

/// The summary line's chips: the counts in `area` of each column that has any.
std::string area_chips(const Report& r, const std::string& area, bool& open) {
  std::string chips;
  for (std::size_t c = 0; c < r.column_count(); ++c) {
    Tally t = r.tally(c, area);
    if (t.total() == 0) continue;
    open = open || t.fail || t.xpass;
    chips += "<span class=\"chip " + worst_class(t) + "\">" + esc(r.column_name(c)) + ": " +
             esc(tally_text(t, r.python_loop(c))) + "</span>";
  }
  return chips;
}

void area_section(std::ostream& out, const Report& r, const std::string& area, const std::string& cpython) {
  bool open = false;
  std::string chips = area_chips(r, area, open);
  out << "<details class=\"area\"" << (open ? " open" : "") << "><summary>" << esc(area) << " " << chips
      << "</summary>\n<table class=\"matrix\">";
  column_headers(out, r,
                 "<th rowspan=\"2\">scenario</th><th rowspan=\"2\">" + esc(cpython) +
                     "<br><span class=\"tags\">feature tags</span></th>");
  for (const auto& row : r.rows) {
    if (row.area != area) continue;
    out << "<tr><td title=\"" << esc(row.summary) << "\">" << esc(row.id.substr(area.size() + 1)) << "</td>"
        << "<td class=\"tags\" title=\"recorded with " << esc(row.golden_runtime) << "\">" << esc(join(row.features))
        << "</td>";
    for (std::size_t c = 0; c < r.column_count(); ++c) out << cell_html(r, row, c);
    out << "</tr>\n";
  }
  out << "</table></details>\n";
}

}  // namespace

std::string report_html(const Report& r) {
  std::ostringstream out;
  std::string cpython = r.golden_runtimes().empty() ? "CPython" : r.golden_runtimes().front();
  out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
      << "<title>loopspec conformance report</title>\n<style>" << kStyle << "</style>\n<script>" << kScript
      << "</script></head>\n<body>\n<h1>loopspec conformance report</h1>\n<p class=\"meta\">loopspec " << esc(r.version)
      << " · CPython " << esc(r.python) << " rules · " << esc(r.clock) << " clock · golden corpus <code>" << esc(r.golden_dir) << "</code>, recorded with "
      << esc(join(r.golden_runtimes())) << "</p>\n";
  columns_legend(out, r);
  out << "<p class=\"legend\"><span class=\"pass\">pass</span><span class=\"xfail\">expected failure</span>"
         "<span class=\"unsupported\">unsupported / skipped</span><span class=\"fail\">FAIL</span>"
         "<span class=\"xpass\">XPASS</span><span class=\"absent\">no result</span> Hover a cell for its first "
         "divergence or its reason; click it for everything known about it (Esc closes).</p>\n";
  summary(out, r);
  out << "<h2>Matrix</h2>\n<p><button onclick=\"setAll(true)\">expand all</button> "
         "<button onclick=\"setAll(false)\">collapse all</button></p>\n";
  for (const auto& area : r.areas()) area_section(out, r, area, cpython);
  out << "<div id=\"panel\" hidden><button onclick=\"pick(null)\">close</button><h3></h3><pre></pre></div>\n"
         "</body></html>\n";
  return out.str();
}

}  // namespace loopspec::harness
