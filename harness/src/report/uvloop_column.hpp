// The report's uvloop column: how uvloop orders each scenario's events,
// measured by `traces/loopspec-traces compare-uvloop --json` (uvloop runs in
// real time, so this takes a minute or two for the whole corpus; it runs in
// the background while the scenarios are checked), or read from the JSON of
// an earlier comparison.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "common/traces_tool.hpp"
#include "report/report.hpp"

namespace loopspec::harness {

class UvloopColumn {
 public:
  /// `mode`: "off"; "auto" (start compare-uvloop on `ids` now, when the tool
  /// and the scenario sources are there); or the path of a --json result.
  UvloopColumn(const std::string& mode, const std::vector<std::string>& ids, const std::string& golden_dir,
               unsigned jobs);
  ~UvloopColumn();
  UvloopColumn(const UvloopColumn&) = delete;
  UvloopColumn& operator=(const UvloopColumn&) = delete;

  /// True while compare-uvloop runs.
  bool running() const { return tool_ != nullptr; }
  /// Waits for the comparison, then fills the report's uvloop cells and
  /// runtime, or its uvloop_note saying why there is no column.
  void fill(Report& report);

 private:
  void start(const std::vector<std::string>& ids, const std::string& golden_dir, unsigned jobs);
  void wait();

  std::unique_ptr<TracesToolProcess> tool_;
  std::string json_path_, log_path_;
  bool owns_files_ = false;
  std::string note_;
};

}  // namespace loopspec::harness
