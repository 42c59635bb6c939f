// UvloopColumn (uvloop_column.hpp): posix_spawn of the Python tool.
#include "report/uvloop_column.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <map>

#include "ir/ir_loader.hpp"
#include "common/json.hpp"

#ifndef LOOPSPEC_TRACES_TOOL
#define LOOPSPEC_TRACES_TOOL "traces/loopspec-traces"
#endif
#ifndef LOOPSPEC_PYTHON
#define LOOPSPEC_PYTHON "python3"
#endif

extern char** environ;

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
  if (pid_ > 0) {
    kill(pid_, SIGTERM);
    waitpid(pid_, nullptr, 0);
  }
  if (owns_files_) {
    std::error_code ec;
    fs::remove(json_path_, ec);
    fs::remove(log_path_, ec);
  }
}

void UvloopColumn::start(const std::vector<std::string>& ids, const std::string& golden_dir, unsigned jobs) {
  std::error_code ec;
  fs::path scenarios = fs::path(golden_dir).parent_path() / "scenarios";
  if (!fs::exists(LOOPSPEC_TRACES_TOOL, ec)) {
    note_ = std::string(LOOPSPEC_TRACES_TOOL) + " is not there (use --uvloop FILE.json with an earlier result)";
    return;
  }
  if (!fs::is_directory(scenarios, ec)) {
    note_ = "no scenario sources at " + scenarios.string();
    return;
  }
  json_path_ = temp_file("loopspec-uvloop-json");
  log_path_ = temp_file("loopspec-uvloop-log");
  owns_files_ = true;
  std::vector<std::string> args{LOOPSPEC_PYTHON, LOOPSPEC_TRACES_TOOL, "compare-uvloop", "--jobs", std::to_string(jobs),
                                "--json", json_path_, "--scenarios", scenarios.string()};
  args.insert(args.end(), ids.begin(), ids.end());
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log_path_.c_str(), O_WRONLY | O_TRUNC, 0);
  posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  if (posix_spawnp(&pid_, argv[0], &actions, nullptr, argv.data(), environ) != 0) {
    pid_ = -1;
    note_ = std::string("cannot start ") + LOOPSPEC_PYTHON;
  }
  posix_spawn_file_actions_destroy(&actions);
}

void UvloopColumn::wait() {
  int status = 0;
  while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
  }
  pid_ = -1;
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::string why;
    try {
      why = last_line(read_text_file(log_path_));
    } catch (const LoadError&) {
    }
    note_ = "compare-uvloop failed" + (why.empty() ? std::string() : ": " + why);
  }
}

void UvloopColumn::fill(Report& report) {
  if (pid_ > 0) wait();
  if (note_.empty()) {
    try {
      Json rows = parse_json_text(read_text_file(json_path_), json_path_);
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
