// Invariants any conforming loop holds, checked on one run's trace (not by
// comparing with the model). Generated programs log tagged events for them
// (builder.cpp):
//   ["sched", k] / ["sched", k, when]   callback k scheduled (soon / timer)
//   ["cb", k]                           callback k runs
//   ["hcancel", k]                      handle k cancelled
//   ["gather", g, results]              what gather g returned
//   ["probe", kind, k, state.., cancel(), state..]
//   ["final", j, done, cancelled, j in all_tasks]
//   ["closed", ...], ["accepted"|"refused", what, ...], ["late"]
//   ["qput", i, v] / ["qget", i, v]     v went into / came out of queue ps[i]
//   ["bwait", i, index, n_waiting, broken]  Barrier ps[i].wait() returned
//   ["cw", ...], ["cr", ...], ["cend", ...]  the connections' writes and reads (conn_builder.hpp)
#pragma once

#include <string>
#include <vector>

#include "builder.hpp"
#include "common/json.hpp"

namespace loopspec::properties {

/// The rules, each a short name used in reports.
/// - time-monotonic: loop.time() (each event's "t") never goes backwards;
/// - soon-fifo: call_soon callbacks run in the order they were scheduled;
/// - timer-deadline: no timer callback runs before its deadline (less the
///   clock resolution, 1e-9);
/// - cancelled-handle: a handle cancelled before it ran never runs;
/// - gather-order: gather's results are in argument order;
/// - cancel-done: cancel() on a done future returns False and changes nothing;
/// - closed: after close() every scheduling call raises RuntimeError, as does
///   run_forever, and no callback runs again;
/// - tasks-accounted: every task is done or in all_tasks() at the end;
/// - queue-order: a Queue gets its oldest item, a LifoQueue its newest, a
///   PriorityQueue its smallest;
/// - barrier-index: Barrier.wait() returns an index below `parties` from a
///   barrier that is not broken;
/// - stream-bytes: on a connection neither end aborted, each end reads what
///   its peer wrote, in order and whole (where the trace can tell).
std::vector<std::string> check_invariants(const std::vector<harness::Json>& events, const Manifest& manifest);

}  // namespace loopspec::properties
