// Comparing traces (docs/scenario-language.md#trace-equality): event lists equal as parsed JSON values
// with strict number typing (1 and 1.0 differ; nlohmann's == would call them
// equal), headers not compared; and a readable report of the first divergence.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "common/json.hpp"

namespace loopspec::harness {

/// JSON equality where an int never equals a float; object member order is ignored.
bool strict_equal(const Json& a, const Json& b);

struct DiffOptions {
  std::string expected_label = "expected";
  std::string actual_label = "actual";
  /// Events shown before the divergence on each side.
  std::size_t context = 3;
  /// The scenario's source, one string per line (line 1 first), to quote the
  /// line of the diverging events; empty when not available.
  std::vector<std::string> source_lines;
};

struct TraceDiff {
  bool equal = true;
  /// Index of the first differing event (or of the first event one side lacks).
  std::size_t index = 0;
  /// Human-readable report; empty when equal.
  std::string report;
};

TraceDiff diff_traces(const std::vector<Json>& expected, const std::vector<Json>& actual,
                      const DiffOptions& options = {});

}  // namespace loopspec::harness
