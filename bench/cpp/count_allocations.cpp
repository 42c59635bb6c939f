// loopspec_bench_allocs: allocations per item of every C++ workload on every
// loop (bench/README.md records them). A sibling of loopspec_bench, not a
// mode of it, so the timed binary keeps its allocator untouched.
//
//   loopspec_bench_allocs [regex over "<workload>/<loop>"]
//
// prints one JSON line per run: {"run": ..., "items": ..., "allocations": ...}.
// Each run goes once unmeasured (static tables, lazily built state), then once
// counted, on a fresh loop as the timed runs do. What is counted is the
// global operator new, through which every C++ allocation of the program
// passes (libstdc++'s array and nothrow forms call it); over-aligned `new`
// and C code's own malloc (libuv's) are not counted: the loops make neither
// per item.
#include <atomic>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <new>
#include <regex>

#include "loops.hpp"
#include "workloads.hpp"

namespace {

std::atomic<std::uint64_t> allocations{0};

}  // namespace

// operator delete stays libstdc++'s, which releases with free().
void* operator new(std::size_t n) {
  allocations.fetch_add(1, std::memory_order_relaxed);
  if (void* p = std::malloc(n == 0 ? 1 : n)) return p;
  throw std::bad_alloc();
}

int main(int argc, char** argv) {
  using namespace loopspec::bench;
  const std::regex filter(argc > 1 ? argv[1] : ".*");
  register_all_workloads();
  for (const Run& r : runs()) {
    if (!std::regex_search(r.name, filter)) continue;
    r.once();
    const std::uint64_t before = allocations.load();
    const std::int64_t items = r.once();
    const std::uint64_t counted = allocations.load() - before;
    std::printf("{\"run\": \"%s\", \"items\": %lld, \"allocations\": %llu}\n", r.name.c_str(),
                static_cast<long long>(items), static_cast<unsigned long long>(counted));
    std::fflush(stdout);
  }
  return 0;
}
