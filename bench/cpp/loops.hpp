// The loops the C++ workloads run on, and how a workload is registered for
// each of them.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "floor/loop.hpp"
#include "loopspec/loopspec.hpp"

namespace loopspec::bench {

/// One loop under test.
struct LoopKind {
  const char* name;  // the benchmark name's suffix: reference, libuv, libuv_real
  EventLoopPtr (*make)();
};

/// reference (virtual clock), libuv on the virtual clock, libuv on the real clock.
const std::vector<LoopKind>& loop_kinds();

/// One workload on one loop, named `<workload>/<loop>`: `once` runs it on a
/// fresh loop and returns how many items it processed. The timing binary
/// and the allocation counter both run these.
struct Run {
  std::string name;
  std::function<std::int64_t()> once;
};

/// Every run registered so far, in registration order.
const std::vector<Run>& runs();

/// A workload runs once on a fresh loop (inside a fresh RuntimeScope) and
/// returns how many items it processed.
using Workload = std::int64_t (*)(EventLoop& loop);

/// Adds `<name>/<loop>` for every loop kind.
void register_workload(const std::string& name, Workload w);

/// The same workload written for the floor loop (floor/loop.hpp).
using FloorWorkload = std::int64_t (*)(FloorLoop& loop);

/// Adds `<name>/floor`.
void register_floor(const std::string& name, FloorWorkload w);

/// The workload's pseudo-random delays, identical in bench/python and bench/c:
/// xorshift32 from 2463534242, delay = (x % 1000000) ns, so in [0, 1 ms).
std::vector<double> timer_delays(std::size_t n);

}  // namespace loopspec::bench
