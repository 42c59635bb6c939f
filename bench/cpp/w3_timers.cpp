// W3: 200k call_later with pseudo-random delays in [0, 1 ms), run until the
// last fires; and the same with every other timer cancelled right after it
// was scheduled. On a virtual clock waiting is free (the clock jumps), so
// those rows measure the timer heap alone; libuv_real really waits.
#include "loops.hpp"
#include "workloads.hpp"

namespace loopspec::bench {
namespace {

constexpr std::size_t kTimers = 200'000;

const std::vector<double>& delays() {
  static const std::vector<double> d = timer_delays(kTimers);
  return d;
}

struct Countdown {
  EventLoop* loop;
  std::size_t left;
  void fired() {
    if (--left == 0) loop->stop();
  }
};

std::int64_t timers(EventLoop& loop) {
  Countdown c{&loop, kTimers};
  for (double d : delays()) loop.call_later(d, [&c] { c.fired(); });
  loop.run_forever();
  return kTimers;
}

std::int64_t timers_half_cancelled(EventLoop& loop) {
  Countdown c{&loop, kTimers / 2};
  bool cancel = false;
  for (double d : delays()) {
    TimerHandlePtr t = loop.call_later(d, [&c] { c.fired(); });
    if (cancel) t->cancel();
    cancel = !cancel;
  }
  loop.run_forever();
  return kTimers;
}

}  // namespace

void register_timers() {
  register_workload("W3_timers", timers);
  register_workload("W3_timers_half_cancelled", timers_half_cancelled);
}

}  // namespace loopspec::bench
