// The tolerances of a real-clock check (`loopspec check --clock real`): which
// golden scenarios qualify, and how far an event's time may stray.
//
// A golden trace is recorded on the virtual clock; a loop on a real clock
// reaches the same deadlines only approximately. A scenario qualifies when
// its events cannot change order under small delays, and `t` is then
// compared with a tolerance instead of exactly (docs/report.md, "Real clock").
// A run that is only late is run once more before it fails.
#pragma once

#include <string>
#include <vector>

#include "ir/ir.hpp"
#include "common/json.hpp"

namespace loopspec::harness::time_tolerance {

/// Distinct event times of a qualifying golden are at least this far apart
/// (0 counts as an event time: the start).
inline constexpr double kMinSpacing = 0.05;
/// A qualifying golden lasts at most this long (seconds of its clock).
inline constexpr double kMaxDuration = 5.0;
/// An event may come this much later than its golden time (half the
/// spacing: it stays nearer its own time than its neighbour's) ...
inline constexpr double kLateTolerance = 0.025;
/// ... or this much earlier (millisecond timer granularity).
inline constexpr double kEarlyTolerance = 0.002;

/// Why the golden scenario cannot be checked on a real clock, or "" when it can.
std::string real_clock_disqualifier(const ir::Meta& meta, const std::vector<Json>& golden_trace);

/// `actual` with every `t` within tolerance of the golden event's `t` at the
/// same index replaced by the golden value, so that a strict diff reports
/// only changes of order or content and times out of tolerance.
std::vector<Json> align_times(const std::vector<Json>& golden, std::vector<Json> actual);

/// Whether `actual` is the golden trace but for times, none of them earlier
/// than the tolerance allows: what a machine that stalls the process makes
/// of a right loop (a stall delays events, it never brings one forward).
bool only_late(const std::vector<Json>& golden, const std::vector<Json>& actual);

}  // namespace loopspec::harness::time_tolerance
