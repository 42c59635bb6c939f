// The loops the C++ workloads run on, and how a workload is registered for
// each of them.
#pragma once

#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>

#include "loopspec/loopspec.hpp"

namespace loopspec::bench {

/// One loop under test.
struct LoopKind {
  const char* name;  // the benchmark name's suffix: reference, libuv, libuv_real
  EventLoopPtr (*make)();
};

/// reference (virtual clock), libuv on the virtual clock, libuv on the real clock.
const std::vector<LoopKind>& loop_kinds();

/// A workload runs once on a fresh loop (inside a fresh RuntimeScope) and
/// returns how many items it processed.
using Workload = std::int64_t (*)(EventLoop& loop);

/// Registers `<name>/<loop>` for every loop kind: wall-clock time (a real
/// clock that sleeps must count), items/s from the returned counts.
void register_workload(const std::string& name, Workload w);

/// The workload's pseudo-random delays, identical in bench/python and bench/c:
/// xorshift32 from 2463534242, delay = (x % 1000000) ns, so in [0, 1 ms).
std::vector<double> timer_delays(std::size_t n);

}  // namespace loopspec::bench
