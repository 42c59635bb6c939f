// The rules of one asyncio loop iteration (see scheduler.hpp).
#include "loopspec/scheduler.hpp"

#include <algorithm>

namespace loopspec {
namespace {
constexpr std::size_t kMinScheduledForPurge = 100;  // _MIN_SCHEDULED_TIMER_HANDLES
constexpr double kCancelledFractionForPurge = 0.5;  // _MIN_CANCELLED_TIMER_HANDLES_FRACTION
}  // namespace

std::optional<double> Scheduler::select_timeout(bool stopping, double now) const {
  if (!ready_.empty() || stopping) return 0.0;
  if (timers_.empty()) return std::nullopt;
  return std::min(std::max(0.0, timers_.top()->when() - now), kMaximumSelectTimeout);
}

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

void Scheduler::move_due_timers_to_ready(double now) {
  const double end_time = now + kClockResolution;
  while (!timers_.empty() && timers_.top()->when() < end_time) {
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
