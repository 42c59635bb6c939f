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

std::vector<std::string> Report::areas() const {
  std::vector<std::string> out;
  for (const auto& r : rows)
    if (out.empty() || out.back() != r.area) out.push_back(r.area);
  return out;
}

Tally Report::tally(std::size_t impl, const std::string& area) const {
  Tally t;
  for (const auto& r : rows)
    if (area.empty() || r.area == area) t.add(r.results.at(impl).outcome);
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
  for (const auto& r : rows)
    for (const auto& v : r.results)
      if (is_unexpected(v.outcome)) return true;
  return false;
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

std::string uvloop_label(const std::string& status) {
  if (status == "same") return "same";
  if (status == "times") return "times differ";
  if (status == "order") return "other order";
  if (status == "content") return "other events";
  return status;  // skipped, error
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
