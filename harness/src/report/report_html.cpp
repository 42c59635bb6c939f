// The HTML report (docs/report.md): one self-contained page (inline CSS, a
// few lines of script for "expand all"). Areas are collapsible, open when
// they hold a failure; cells are coloured by outcome; a failure's first
// divergence shows on hover and its whole report on expanding the cell.
#include <sstream>

#include "report/report.hpp"

namespace loopspec::harness {
namespace {

constexpr const char* kStyle = R"(
body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.5em; margin-bottom: .2em; }
.meta { color: #555; margin-top: 0; }
table { border-collapse: collapse; margin: .5em 0 1em; }
table.matrix { width: 100%; max-width: 1400px; }
table.matrix td:first-child { width: 24em; }
table.matrix td.tags { width: 26em; }
th, td { border: 1px solid #ccc; padding: 2px 8px; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.pass { background: #d9f2dd; }
.xfail { background: #fff1c2; }
.unsupported { background: #e7e7e7; color: #555; }
.fail { background: #f9c9cc; font-weight: bold; }
.xpass { background: #e9c9f9; font-weight: bold; }
.uv-same, .uv-times { background: #e6f4e8; }
.uv-order { background: #ffe2b8; }
.uv-content { background: #f9d9c9; }
.uv-skipped, .uv-error { background: #eee; color: #666; }
.tags { color: #555; font-size: 12px; }
details.area { margin: .3em 0; }
details.area > summary { cursor: pointer; font-weight: 600; padding: 2px 0; }
details.area > summary .counts { font-weight: normal; color: #555; }
td details summary { cursor: pointer; }
pre { white-space: pre-wrap; font-size: 12px; font-weight: normal; max-width: 90ch; margin: .3em 0; }
.legend span { padding: 1px 6px; margin-right: 4px; border: 1px solid #ccc; }
)";

constexpr const char* kScript = R"(
function setAll(open) { document.querySelectorAll('details.area').forEach(d => d.open = open); }
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

std::string css_class(Outcome o) { return std::string(outcome_name(o)); }

std::string verdict_cell(const Verdict& v) {
  std::string label = esc(outcome_label(v.outcome));
  std::string cls = css_class(v.outcome);
  if (v.outcome == Outcome::Pass) return "<td class=\"pass\">pass</td>";
  std::string hover = v.outcome == Outcome::Fail ? first_divergence(v.detail) : v.reason;
  std::string body = v.outcome == Outcome::ExpectedFailure ? v.reason + "\n\n" + v.detail
                     : v.outcome == Outcome::Fail         ? v.detail
                                                          : v.reason;
  return "<td class=\"" + cls + "\" title=\"" + esc(hover) + "\"><details><summary>" + label + "</summary><pre>" +
         esc(body) + "</pre></details></td>";
}

std::string uvloop_cell(const ScenarioRow& row) {
  if (!row.uvloop) return "<td></td>";
  return "<td class=\"uv-" + esc(row.uvloop->status) + "\" title=\"" + esc(row.uvloop->detail) + "\">" +
         esc(uvloop_label(row.uvloop->status)) + "</td>";
}

std::string tally_text(const Tally& t) {
  std::string out = std::to_string(t.pass) + " pass";
  if (t.xfail) out += ", " + std::to_string(t.xfail) + " expected failures";
  if (t.unsupported) out += ", " + std::to_string(t.unsupported) + " unsupported";
  if (t.fail) out += ", " + std::to_string(t.fail) + " FAIL";
  if (t.xpass) out += ", " + std::to_string(t.xpass) + " XPASS";
  return out;
}

std::string worst_class(const Tally& t) {
  if (t.fail || t.xpass) return t.fail ? "fail" : "xpass";
  if (t.xfail) return "xfail";
  return t.pass ? "pass" : "unsupported";
}

void summary(std::ostream& out, const Report& r) {
  out << "<h2>Summary</h2>\n<table><tr><th>area</th>";
  for (const auto& i : r.impls) out << "<th title=\"" << esc(i.origin) << "\">" << esc(i.name) << "</th>";
  out << "</tr>\n";
  auto row = [&](const std::string& label, const std::string& area) {
    out << "<tr><th>" << esc(label) << "</th>";
    for (std::size_t i = 0; i < r.impls.size(); ++i) {
      Tally t = r.tally(i, area);
      out << "<td class=\"" << worst_class(t) << "\">" << esc(tally_text(t)) << "</td>";
    }
    out << "</tr>\n";
  };
  for (const auto& area : r.areas()) row(area, area);
  row("all areas", "");
  out << "</table>\n";
}

void area_section(std::ostream& out, const Report& r, const std::string& area, const std::string& cpython) {
  bool open = false;
  std::string counts;
  for (std::size_t i = 0; i < r.impls.size(); ++i) {
    Tally t = r.tally(i, area);
    open = open || t.fail || t.xpass;
    counts += (counts.empty() ? "" : " · ") + r.impls[i].name + ": " + tally_text(t);
  }
  out << "<details class=\"area\"" << (open ? " open" : "") << "><summary>" << esc(area)
      << " <span class=\"counts\">— " << esc(counts) << "</span></summary>\n<table class=\"matrix\"><tr><th>scenario</th><th>"
      << esc(cpython) << "<br><span class=\"tags\">feature tags</span></th>";
  for (const auto& i : r.impls) out << "<th>" << esc(i.name) << "</th>";
  if (!r.uvloop_runtime.empty()) out << "<th title=\"" << esc(r.uvloop_runtime) << "\">uvloop</th>";
  out << "</tr>\n";
  for (const auto& row : r.rows) {
    if (row.area != area) continue;
    out << "<tr><td title=\"" << esc(row.summary) << "\">" << esc(row.id.substr(area.size() + 1)) << "</td>"
        << "<td class=\"tags\" title=\"recorded with " << esc(row.golden_runtime) << "\">" << esc(join(row.features))
        << "</td>";
    for (const auto& v : row.results) out << verdict_cell(v);
    if (!r.uvloop_runtime.empty()) out << uvloop_cell(row);
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
      << "</script></head>\n<body>\n<h1>loopspec conformance report</h1>\n<p class=\"meta\">loopspec "
      << esc(r.version) << " · " << esc(r.clock) << " clock · golden corpus <code>" << esc(r.golden_dir)
      << "</code>, recorded with " << esc(join(r.golden_runtimes()));
  if (!r.uvloop_runtime.empty()) out << " · uvloop column: " << esc(r.uvloop_runtime);
  else if (!r.uvloop_note.empty()) out << " · no uvloop column: " << esc(r.uvloop_note);
  out << "</p>\n<p class=\"legend\"><span class=\"pass\">pass</span><span class=\"xfail\">expected failure</span>"
         "<span class=\"unsupported\">unsupported</span><span class=\"fail\">FAIL</span>"
         "<span class=\"xpass\">XPASS</span> Hover a cell for the first divergence or the reason; click it for "
         "the whole report.</p>\n";
  summary(out, r);
  out << "<h2>Matrix</h2>\n<p><button onclick=\"setAll(true)\">expand all</button> "
         "<button onclick=\"setAll(false)\">collapse all</button></p>\n";
  for (const auto& area : r.areas()) area_section(out, r, area, cpython);
  out << "</body></html>\n";
  return out.str();
}

}  // namespace loopspec::harness
