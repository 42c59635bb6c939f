// PythonLoopColumn (python_loop_column.hpp).
#include "report/python_loop_column.hpp"

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "common/errors.hpp"
#include "common/json_reader.hpp"
#include "corpus/corpus.hpp"

namespace loopspec::harness {
namespace {

namespace fs = std::filesystem;

// compare-loop's exit statuses (docs/report.md#python-loops): 0 and 1 (no
// fail or XPASS / some) both wrote the JSON; 77 wrote it with `unavailable`.
constexpr int kComparedSome = 1;
constexpr int kLoopUnavailable = 77;

std::string temp_file(const std::string& stem) {
  std::string pattern = (fs::temp_directory_path() / (stem + "-XXXXXX")).string();
  int fd = mkstemp(pattern.data());
  if (fd < 0) throw LoadError("cannot make a temporary file in " + fs::temp_directory_path().string());
  close(fd);
  return pattern;
}

std::string last_line(const std::string& text) {
  std::string t = text;
  while (!t.empty() && t.back() == '\n') t.pop_back();
  auto nl = t.rfind('\n');
  return nl == std::string::npos ? t : t.substr(nl + 1);
}

}  // namespace

bool is_compare_loop_file(const std::string& loop) { return loop.ends_with(".json"); }

PythonLoopColumn::PythonLoopColumn(const std::string& loop, const std::vector<std::string>& ids,
                                   const std::string& golden_dir, unsigned jobs, const Json& permitted)
    : name_(loop) {
  if (is_compare_loop_file(loop)) {
    read_ = read_compare_loop_result(loop);
    name_ = read_->loop.name;
  } else {
    start(ids, golden_dir, jobs, permitted);
  }
}

PythonLoopColumn::~PythonLoopColumn() {
  tool_.reset();
  std::error_code ec;
  if (!json_path_.empty()) fs::remove(json_path_, ec);
  if (!log_path_.empty()) fs::remove(log_path_, ec);
  if (!permitted_path_.empty()) fs::remove(permitted_path_, ec);
}

void PythonLoopColumn::start(const std::vector<std::string>& ids, const std::string& golden_dir, unsigned jobs,
                             const Json& permitted) {
  std::string scenarios_dir = Corpus(golden_dir).scenarios_dir();
  std::string why = "--python-loop " + name_ + ": cannot run compare-loop: ";
  std::error_code ec;
  if (!fs::exists(traces_tool_path(), ec))
    throw LoadError(why + traces_tool_path() +
                    " is not there (an installed loopspec has no Python tool): give --python-loop the FILE.json "
                    "of a compare-loop --json run in a source tree");
  if (!fs::is_directory(scenarios_dir, ec)) throw LoadError(why + "no scenario sources at " + scenarios_dir);
  json_path_ = temp_file("loopspec-loop-json");
  log_path_ = temp_file("loopspec-loop-log");
  std::vector<std::string> args{"compare-loop", "--loop", name_, "--jobs", std::to_string(jobs), "--json", json_path_};
  args.insert(args.end(), {"--scenarios", scenarios_dir, "--golden", golden_dir});
  if (!permitted.empty()) {
    permitted_path_ = temp_file("loopspec-permitted");
    std::ofstream out(permitted_path_, std::ios::binary);
    if (!(out << permitted.dump()).flush()) throw LoadError(why + "cannot write " + permitted_path_);
    args.insert(args.end(), {"--permitted", permitted_path_});
  }
  args.insert(args.end(), ids.begin(), ids.end());
  tool_ = std::make_unique<TracesToolProcess>(args, log_path_);
  if (!tool_->started()) throw LoadError(why + tool_->error());
}

CompareLoopResult PythonLoopColumn::result() {
  if (!read_) read_ = finish();
  return *read_;
}

CompareLoopResult PythonLoopColumn::finish() {
  int status = tool_->wait();
  tool_.reset();
  if (status != 0 && status != kComparedSome && status != kLoopUnavailable) {
    std::string said;
    try {
      said = last_line(read_text_file(log_path_));
    } catch (const LoadError&) {
    }
    return failed("compare-loop " +
                  (status < 0 ? "did not exit normally" : "exited with status " + std::to_string(status)) +
                  (said.empty() ? "" : ": " + said));
  }
  try {
    return read_compare_loop_result(json_path_);
  } catch (const LoadError& e) {
    return failed(std::string("compare-loop wrote no usable JSON: ") + e.what());
  }
}

CompareLoopResult PythonLoopColumn::failed(const std::string& why) const {
  CompareLoopResult r;
  r.loop.name = name_;
  r.loop.note = why;
  r.loop.failed = true;
  return r;
}

}  // namespace loopspec::harness
