// W1: a callback that reschedules itself with call_soon, 1M hops. Every hop
// is one loop iteration, so this measures the cost of an iteration.
#include "loops.hpp"
#include "workloads.hpp"

namespace loopspec::bench {
namespace {

constexpr std::int64_t kHops = 1'000'000;

struct Chain {
  EventLoop* loop;
  std::int64_t left;
};

void hop(Chain* c) {
  if (--c->left > 0) {
    c->loop->call_soon([c] { hop(c); });
  } else {
    c->loop->stop();
  }
}

std::int64_t call_soon_chain(EventLoop& loop) {
  Chain c{&loop, kHops};
  loop.call_soon([&c] { hop(&c); });
  loop.run_forever();
  return kHops;
}

}  // namespace

void register_call_soon_chain() { register_workload("W1_call_soon_chain", call_soon_chain); }

}  // namespace loopspec::bench
