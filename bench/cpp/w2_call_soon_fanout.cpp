// W2: 1M callbacks scheduled up front, then one run: one iteration runs them
// all, so this measures scheduling and running a handle, not iterations. The
// same code runs on the asyncio loops and on the floor loop.
#include "loops.hpp"
#include "workloads.hpp"

namespace loopspec::bench {
namespace {

constexpr std::int64_t kCallbacks = 1'000'000;

template <class Loop>
std::int64_t call_soon_fanout(Loop& loop) {
  std::int64_t ran = 0;
  for (std::int64_t i = 0; i < kCallbacks; ++i) loop.call_soon([&ran] { ++ran; });
  loop.call_soon([&loop] { loop.stop(); });
  loop.run_forever();
  return ran;
}

}  // namespace

void register_call_soon_fanout() {
  register_workload("W2_call_soon_fanout", call_soon_fanout<EventLoop>);
  register_floor("W2_call_soon_fanout", call_soon_fanout<FloorLoop>);
}

}  // namespace loopspec::bench
