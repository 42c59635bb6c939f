// The floor loop (see loop.hpp).
#include "loop.hpp"

#include <algorithm>
#include <stdexcept>

namespace loopspec::bench {
namespace {

constexpr auto later = [](const auto& a, const auto& b) { return a.when > b.when; };

}  // namespace

FloorLoop::TimerId FloorLoop::call_later(double delay, Callback cb) {
  TimerId id;
  if (free_.empty()) {
    id = static_cast<TimerId>(timers_.size());
    timers_.emplace_back();
  } else {
    id = free_.back();
    free_.pop_back();
  }
  timers_[id] = Timer{std::move(cb), false};
  heap_.push_back(Due{now_ + delay, id});
  std::push_heap(heap_.begin(), heap_.end(), later);
  return id;
}

void FloorLoop::move_due_timers() {
  // Nothing ready and nothing due: the virtual clock jumps to the deadline.
  if (ready_.empty() && !heap_.empty()) now_ = std::max(now_, heap_.front().when);
  while (!heap_.empty() && heap_.front().when <= now_) {
    std::pop_heap(heap_.begin(), heap_.end(), later);
    Timer& t = timers_[heap_.back().id];
    Callback cb = std::move(t.cb);
    if (!t.cancelled) ready_.push(std::move(cb));
    free_.push_back(heap_.back().id);
    heap_.pop_back();
  }
}

void FloorLoop::run_once() {
  if (ready_.empty() && heap_.empty()) throw std::logic_error("floor loop: nothing ready and no timer: the workload never stops");
  move_due_timers();
  for (std::size_t n = ready_.size(); n > 0; --n) ready_.pop()();
}

void FloorLoop::run_forever() {
  stopping_ = false;
  while (!stopping_) run_once();
}

}  // namespace loopspec::bench
