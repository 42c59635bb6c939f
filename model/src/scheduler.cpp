// The steps of one asyncio loop iteration (see scheduler.hpp).
#include "loopspec/scheduler.hpp"

#include <algorithm>
#include <vector>

namespace loopspec {
namespace {
constexpr std::size_t kMinScheduledForPurge = 100;  // _MIN_SCHEDULED_TIMER_HANDLES
constexpr double kCancelledFractionForPurge = 0.5;  // _MIN_CANCELLED_TIMER_HANDLES_FRACTION
}  // namespace

void Scheduler::clear() {
  ready_.clear();
  timers_.clear();
}

void Scheduler::drop_cancelled_timers() {
  const std::size_t n = timers_.size();
  if (n > kMinScheduledForPurge &&
      static_cast<double>(cancelled_timers_) / static_cast<double>(n) > kCancelledFractionForPurge) {
    timers_.remove_cancelled();
    cancelled_timers_ = 0;
    return;
  }
  while (!timers_.empty() && timers_.top()->cancelled()) {
    --cancelled_timers_;
    timers_.pop()->scheduled = false;
  }
}

void Scheduler::move_timers_due_before(double end) {
  if (chooser_) return move_due_timers_chosen(end);
  while (!timers_.empty() && timers_.top_when() < end) {
    TimerHandlePtr t = timers_.pop();
    t->scheduled = false;
    ready_.push_back(std::move(t));
  }
}

void Scheduler::move_due_timers_chosen(double end) {
  std::vector<TimerHandlePtr> due;
  while (!timers_.empty() && timers_.top_when() < end) {
    due.push_back(timers_.pop());
    due.back()->scheduled = false;
  }
  // The heap gives equal deadlines side by side; within a run the
  // candidates stay in heap order, so choosing 0 throughout is CPython's.
  for (auto first = due.begin(); first != due.end();) {
    auto last = std::find_if(first, due.end(), [&](const TimerHandlePtr& t) { return t->when() != (*first)->when(); });
    settle_order(chooser_, OpenOrder::TimerTies, first, last);
    first = last;
  }
  for (auto& t : due) ready_.push_back(std::move(t));
}

void Scheduler::run_ready_batch() {
  for (std::size_t todo = ready_.size(); todo > 0; --todo) {
    HandlePtr h = ready_.pop_front();
    if (h->cancelled()) continue;
    h->run();
  }
}

}  // namespace loopspec
