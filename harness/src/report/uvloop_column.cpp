// UvloopColumn (uvloop_column.hpp).
#include "report/uvloop_column.hpp"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <map>

#include "common/errors.hpp"
#include "common/json_reader.hpp"
#include "corpus/corpus.hpp"

namespace loopspec::harness {
namespace {

namespace fs = std::filesystem;

std::string temp_file(const std::string& stem) {
  std::string pattern = (fs::temp_directory_path() / (stem + "-XXXXXX")).string();
  int fd = mkstemp(pattern.data());
  if (fd >= 0) close(fd);
  return pattern;
}

std::string last_line(const std::string& text) {
  std::string t = text;
  while (!t.empty() && t.back() == '\n') t.pop_back();
  auto nl = t.rfind('\n');
  return nl == std::string::npos ? t : t.substr(nl + 1);
}

/// The first event where the golden's loop and uvloop differ, for a hover.
std::string first_difference(const Json& row) {
  const Json& a = row.value("virtual", Json::array());
  const Json& b = row.value("uvloop", Json::array());
  for (std::size_t i = 0; i < std::max(a.size(), b.size()); ++i) {
    std::string x = i < a.size() ? a[i].dump() : "(trace ended)";
    std::string y = i < b.size() ? b[i].dump() : "(trace ended)";
    if (x != y) return "\nevent " + std::to_string(i) + ":\n  CPython: " + x + "\n  uvloop:  " + y;
  }
  return "";
}

}  // namespace

UvloopColumn::UvloopColumn(const std::string& mode, const std::vector<std::string>& ids, const std::string& golden_dir,
                           unsigned jobs) {
  if (mode == "off") note_ = "--uvloop off";
  else if (mode == "auto") start(ids, golden_dir, jobs);
  else json_path_ = mode;
}

UvloopColumn::~UvloopColumn() {
  tool_.reset();
  if (owns_files_) {
    std::error_code ec;
    fs::remove(json_path_, ec);
    fs::remove(log_path_, ec);
  }
}

void UvloopColumn::start(const std::vector<std::string>& ids, const std::string& golden_dir, unsigned jobs) {
  std::error_code ec;
  std::string scenarios = Corpus(golden_dir).scenarios_dir();
  if (!fs::exists(traces_tool_path(), ec)) {
    note_ = traces_tool_path() + " is not there (use --uvloop FILE.json with an earlier result)";
    return;
  }
  if (!fs::is_directory(scenarios, ec)) {
    note_ = "no scenario sources at " + scenarios;
    return;
  }
  json_path_ = temp_file("loopspec-uvloop-json");
  log_path_ = temp_file("loopspec-uvloop-log");
  owns_files_ = true;
  std::vector<std::string> args{"compare-uvloop", "--jobs", std::to_string(jobs), "--json", json_path_,
                                "--scenarios", scenarios};
  args.insert(args.end(), ids.begin(), ids.end());
  tool_ = std::make_unique<TracesToolProcess>(args, log_path_);
  if (!tool_->started()) {
    note_ = tool_->error();
    tool_.reset();
  }
}

void UvloopColumn::wait() {
  int status = tool_->wait();
  tool_.reset();
  if (status != 0) {
    std::string why;
    try {
      why = last_line(read_text_file(log_path_));
    } catch (const LoadError&) {
    }
    note_ = "compare-uvloop failed" + (why.empty() ? std::string() : ": " + why);
  }
}

void UvloopColumn::fill(Report& report) {
  if (tool_) wait();
  if (note_.empty()) {
    try {
      Json rows = parse_json(read_text_file(json_path_), json_path_);
      std::map<std::string, UvloopCell> cells;
      for (const auto& row : rows) {
        cells[row.value("scenario", "")] = {row.value("status", ""), row.value("detail", "") + first_difference(row)};
        if (report.uvloop_runtime.empty()) report.uvloop_runtime = row.value("runtime", "");
      }
      for (auto& r : report.rows)
        if (auto it = cells.find(r.id); it != cells.end()) r.uvloop = it->second;
      if (report.uvloop_runtime.empty()) report.uvloop_runtime = "uvloop";
    } catch (const std::exception& e) {
      note_ = e.what();
    }
  }
  report.uvloop_note = note_;
}

}  // namespace loopspec::harness
