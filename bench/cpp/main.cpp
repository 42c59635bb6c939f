// loopspec_bench: the C++ side of bench/ (Google Benchmark). Wall-clock time,
// since a real clock that sleeps must count; items/s from the runs' counts.
#include <benchmark/benchmark.h>

#include "loops.hpp"
#include "workloads.hpp"

int main(int argc, char** argv) {
  using namespace loopspec::bench;
  register_all_workloads();
  for (const Run& r : runs()) {
    auto timed = [once = r.once](benchmark::State& state) {
      std::int64_t items = 0;
      for (auto _ : state) items += once();
      state.SetItemsProcessed(items);
    };
    benchmark::RegisterBenchmark(r.name.c_str(), timed)->UseRealTime()->Unit(benchmark::kMillisecond);
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
