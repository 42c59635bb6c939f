// The interpreter's speed on the golden corpus: every scenario of an area
// run on the reference loop, in process, once per benchmark iteration.
// Items are scenarios, so the figure is scenarios per second. Each program
// is resolved by its first run; the timed runs measure interpretation and
// the model, as `loopspec check` spends them once its child has loaded the
// file (each run on the harness's stack thread, as there: wall-clock time). Compare
// two builds area by area (areas present in both).
#include <benchmark/benchmark.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "corpus/corpus.hpp"
#include "corpus/scenario_file.hpp"
#include "loopspec/reference_loop.hpp"
#include "run/scenario_runner.hpp"

namespace {

using loopspec::harness::Corpus;

struct Area {
  std::vector<loopspec::ir::Program> programs;
};

const loopspec::harness::Implementation& reference() {
  static const loopspec::harness::Implementation impl = [] {
    loopspec::harness::Implementation i;
    i.name = "reference";
    i.factory = [] { return loopspec::make_reference_loop(); };
    return i;
  }();
  return impl;
}

void run_area(benchmark::State& state, Area* area) {
  for (auto _ : state) {
    for (auto& program : area->programs) {
      auto result = loopspec::harness::run_program(program, reference());
      if (!result.ok()) state.SkipWithError((program.id + ": " + result.error).c_str());
      benchmark::DoNotOptimize(result.events.data());
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(area->programs.size()));
}

}  // namespace

int main(int argc, char** argv) {
  static std::map<std::string, Area> areas;
  Corpus corpus = Corpus::default_corpus();
  for (const auto& file : corpus.golden_files()) {
    areas[Corpus::area_of(file)].programs.push_back(loopspec::harness::load_scenario_file(file).program);
  }
  for (auto& [name, area] : areas) {
    benchmark::RegisterBenchmark(("corpus/" + name).c_str(), run_area, &area)->Unit(benchmark::kMillisecond)->UseRealTime();
  }
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
