// W1: a callback that reschedules itself with call_soon, 1M hops. Every hop
// is one loop iteration, so this measures the cost of an iteration. The same
// code runs on the asyncio loops and on the floor loop.
#include "loops.hpp"
#include "workloads.hpp"

namespace loopspec::bench {
namespace {

constexpr std::int64_t kHops = 1'000'000;

template <class Loop>
struct Chain {
  Loop* loop;
  std::int64_t left;
};

template <class Loop>
void hop(Chain<Loop>* c) {
  if (--c->left > 0) {
    c->loop->call_soon([c] { hop(c); });
  } else {
    c->loop->stop();
  }
}

template <class Loop>
std::int64_t call_soon_chain(Loop& loop) {
  Chain<Loop> c{&loop, kHops};
  loop.call_soon([&c] { hop(&c); });
  loop.run_forever();
  return kHops;
}

}  // namespace

void register_call_soon_chain() {
  register_workload("W1_call_soon_chain", call_soon_chain<EventLoop>);
  register_floor("W1_call_soon_chain", call_soon_chain<FloorLoop>);
}

}  // namespace loopspec::bench
