// The steps of one asyncio loop iteration (see scheduler.hpp).
#include "loopspec/scheduler.hpp"

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
  while (!timers_.empty() && timers_.top()->when() < end) {
    TimerHandlePtr t = timers_.pop();
    t->scheduled = false;
    ready_.push_back(std::move(t));
  }
}

void Scheduler::run_ready_batch() {
  for (std::size_t todo = ready_.size(); todo > 0; --todo) {
    HandlePtr h = ready_.pop_front();
    if (h->cancelled()) continue;
    h->run();
  }
}

}  // namespace loopspec
