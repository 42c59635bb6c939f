// Reading what `traces/loopspec-traces compare-loop --json FILE` writes: one
// Python loop's column and its cells. The contract is docs/report.md's
// "compare-loop's JSON"; a file that does not follow it is a LoadError
// naming the file, the member and the fix.
#pragma once

#include <map>
#include <string>

#include "report/report.hpp"

namespace loopspec::harness {

struct CompareLoopResult {
  PythonLoop loop;
  std::map<std::string, PythonLoopCell> cells;  // by scenario id; none when the loop is unavailable
};

CompareLoopResult read_compare_loop_result(const std::string& path);

}  // namespace loopspec::harness
