// loopspec_bench: the C++ side of bench/ (Google Benchmark).
#include <benchmark/benchmark.h>

#include "workloads.hpp"

int main(int argc, char** argv) {
  using namespace loopspec::bench;
  register_call_soon_chain();
  register_call_soon_fanout();
  register_timers();
  register_task_switches();
  register_gather();
  register_create_task_await();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
