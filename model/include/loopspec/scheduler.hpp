// Scheduler: asyncio's scheduling state and the steps of one loop iteration
// (BaseEventLoop._ready, ._scheduled and the parts of _run_once), which
// BaseEventLoop (base_event_loop.hpp) runs in CPython's order. A loop of
// another shape may compose one directly.
#pragma once

#include <algorithm>
#include <cstddef>
#include <optional>

#include "loopspec/detail/ready_queue.hpp"
#include "loopspec/detail/timer_heap.hpp"
#include "loopspec/handle.hpp"
#include "loopspec/open_orders.hpp"

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
  /// The oldest ready handle; the caller checked ready_count().
  HandlePtr pop_ready() { return ready_.pop_front(); }
  std::size_t ready_count() const { return ready_.size(); }

  TimerHandlePtr push_timer(TimerHandlePtr t) {
    timers_.push(t);
    t->scheduled = true;
    return t;
  }
  /// TimerHandle::cancel's notification while the handle is in the heap.
  void timer_cancelled(const TimerHandle& t) {
    if (t.scheduled) ++cancelled_timers_;
  }
  bool has_timers() const { return !timers_.empty(); }

  /// Zero when anything is ready or a stop is pending; until the earliest
  /// timer otherwise (capped at a day); none (wait forever) when idle.
  /// `now()` gives the loop's time; it is read only when a timer decides.
  template <class Now>
  std::optional<double> select_timeout(bool stopping, Now&& now) const {
    if (!ready_.empty() || stopping) return 0.0;
    if (timers_.empty()) return std::nullopt;
    return std::min(std::max(0.0, timers_.top_when() - now()), kMaximumSelectTimeout);
  }

  /// Cancelled timers leave the heap in bulk when they are more than half of
  /// over 100 timers; otherwise only those at the head are popped.
  void drop_cancelled_timers();

  /// A timer is due when its deadline is within one clock resolution of the
  /// loop's time; due timers join the ready queue behind the callbacks
  /// already there. `now()` is read only when there is a timer.
  template <class Now>
  void move_due_timers_to_ready(Now&& now) {
    if (!timers_.empty()) move_timers_due_before(now() + kClockResolution);
  }
  /// The timers whose deadline is before `end`, in heap order, to the ready
  /// queue; with a chooser, timers of equal deadline in the order it picks.
  void move_timers_due_before(double end);

  /// Who settles the order of tied timers (open_orders.hpp); null: CPython's
  /// heap order. The chooser must outlive the scheduler's use of it.
  void set_order_chooser(OrderChooser* chooser) { chooser_ = chooser; }

  /// Runs exactly the handles ready at the start of the batch; what they
  /// schedule waits for the next iteration. An exception escaping a handle
  /// (KeyboardInterrupt, SystemExit) leaves the rest of the batch queued.
  void run_ready_batch();

  /// Drops everything scheduled (close()).
  void clear();

 private:
  detail::ReadyQueue ready_;
  detail::TimerHeap timers_;
  std::size_t cancelled_timers_ = 0;
  OrderChooser* chooser_ = nullptr;

  /// move_timers_due_before with a chooser: the due timers leave the heap
  /// together, then each run of equal deadlines is ordered by the chooser.
  void move_due_timers_chosen(double end);
};

}  // namespace loopspec
