// Scheduler: asyncio's scheduling state and the rules of one loop iteration.
//
// Any loop that wants asyncio's ordering (not its poller's) composes one:
// the reference loop drives it with a virtual clock, the libuv loop with
// uv_run. Only the waiting differs between them.
#pragma once

#include <cstddef>
#include <optional>

#include "loopspec/handle.hpp"
#include "loopspec/ready_queue.hpp"
#include "loopspec/timer_heap.hpp"

namespace loopspec {

class Scheduler {
 public:
  /// BaseEventLoop's constants.
  static constexpr double kClockResolution = 1e-09;           // time.get_clock_info('monotonic') on Linux
  static constexpr double kMaximumSelectTimeout = 24 * 3600;  // select() never sleeps longer

  HandlePtr push_ready(HandlePtr h) {
    ready_.push_back(h);
    return h;
  }
  TimerHandlePtr push_timer(TimerHandlePtr t) {
    timers_.push(t);
    t->scheduled = true;
    return t;
  }
  /// TimerHandle::cancel's notification while the handle is in the heap.
  void timer_cancelled(const TimerHandle& t) {
    if (t.scheduled) ++cancelled_timers_;
  }

  /// One iteration of `loop`, as CPython's _run_once: drop cancelled timers,
  /// wait (`wait(timeout)` blocks for at most the timeout, or forever when it
  /// is empty), move the due timers to the ready queue, run one batch.
  template <class Loop, class Wait>
  void run_once(const Loop& loop, bool stopping, Wait&& wait) {
    drop_cancelled_timers();
    wait(select_timeout(stopping, loop.time()));
    move_due_timers_to_ready(loop.time());
    run_ready_batch();
  }

  bool has_ready() const { return !ready_.empty(); }
  bool has_timers() const { return !timers_.empty(); }
  /// Zero when anything is ready or a stop is pending; until the earliest
  /// timer otherwise (capped at a day); none (wait forever) when idle.
  /// `now` is the loop's time.
  std::optional<double> select_timeout(bool stopping, double now) const;
  /// Drops everything scheduled (close()).
  void clear();

  /// Cancelled timers leave the heap in bulk when they are more than half of
  /// over 100 timers; otherwise only those at the head are popped.
  void drop_cancelled_timers();
  /// A timer is due when its deadline is within one clock resolution of
  /// `now`; due timers join the ready queue behind the callbacks already there.
  void move_due_timers_to_ready(double now);
  /// Runs exactly the handles ready at the start of the batch; what they
  /// schedule waits for the next iteration. An exception escaping a handle
  /// (KeyboardInterrupt, SystemExit) leaves the rest of the batch queued.
  void run_ready_batch();

 private:
  ReadyQueue ready_;
  TimerHeap timers_;
  std::size_t cancelled_timers_ = 0;
};

}  // namespace loopspec
