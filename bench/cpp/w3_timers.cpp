// W3: 200k call_later with pseudo-random delays in [0, 1 ms), run until the
// last fires; and the same with every other timer cancelled right after it
// was scheduled. On a virtual clock waiting is free (the clock jumps), so
// those rows measure the timer heap alone; libuv_real really waits. The
// same code runs on the asyncio loops and on the floor loop.
#include "loops.hpp"
#include "workloads.hpp"

namespace loopspec::bench {
namespace {

constexpr std::size_t kTimers = 200'000;

const std::vector<double>& delays() {
  static const std::vector<double> d = timer_delays(kTimers);
  return d;
}

template <class Loop>
struct Countdown {
  Loop* loop;
  std::size_t left;
  void fired() {
    if (--left == 0) loop->stop();
  }
};

void cancel(EventLoop&, const TimerHandlePtr& t) { t->cancel(); }
void cancel(FloorLoop& loop, FloorLoop::TimerId t) { loop.cancel(t); }

template <class Loop>
std::int64_t timers(Loop& loop) {
  Countdown<Loop> c{&loop, kTimers};
  for (double d : delays()) loop.call_later(d, [&c] { c.fired(); });
  loop.run_forever();
  return kTimers;
}

template <class Loop>
std::int64_t timers_half_cancelled(Loop& loop) {
  Countdown<Loop> c{&loop, kTimers / 2};
  bool cancel_it = false;
  for (double d : delays()) {
    auto t = loop.call_later(d, [&c] { c.fired(); });
    if (cancel_it) cancel(loop, t);
    cancel_it = !cancel_it;
  }
  loop.run_forever();
  return kTimers;
}

}  // namespace

void register_timers() {
  register_workload("W3_timers", timers<EventLoop>);
  register_workload("W3_timers_half_cancelled", timers_half_cancelled<EventLoop>);
  register_floor("W3_timers", timers<FloorLoop>);
  register_floor("W3_timers_half_cancelled", timers_half_cancelled<FloorLoop>);
}

}  // namespace loopspec::bench
