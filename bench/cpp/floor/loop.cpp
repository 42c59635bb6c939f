// The floor loop (see loop.hpp).
#include "loop.hpp"

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace loopspec::bench {
namespace {

constexpr auto later = [](const auto& a, const auto& b) { return a.when > b.when; };

}  // namespace

FloorLoop::FloorLoop() : timers_(std::exchange(spare_timers_, {})) {}

FloorLoop::~FloorLoop() {
  timers_.heap.clear();
  timers_.timers.clear();
  timers_.free.clear();
  // The biggest arrays stay with the thread.
  if (timers_.timers.capacity() > spare_timers_.timers.capacity()) spare_timers_ = std::move(timers_);
}

FloorLoop::TimerId FloorLoop::call_later(double delay, Callback cb) {
  auto& [heap, timers, free] = timers_;
  TimerId id;
  if (free.empty()) {
    id = static_cast<TimerId>(timers.size());
    timers.emplace_back();
  } else {
    id = free.back();
    free.pop_back();
  }
  timers[id] = Timer{std::move(cb), false};
  heap.push_back(Due{now_ + delay, id});
  std::push_heap(heap.begin(), heap.end(), later);
  return id;
}

void FloorLoop::move_due_timers() {
  auto& [heap, timers, free] = timers_;
  // Nothing ready and nothing due: the virtual clock jumps to the deadline.
  if (ready_.empty() && !heap.empty()) now_ = std::max(now_, heap.front().when);
  while (!heap.empty() && heap.front().when <= now_) {
    std::pop_heap(heap.begin(), heap.end(), later);
    Timer& t = timers[heap.back().id];
    Callback cb = std::move(t.cb);
    if (!t.cancelled) ready_.push(std::move(cb));
    free.push_back(heap.back().id);
    heap.pop_back();
  }
}

void FloorLoop::run_once() {
  if (ready_.empty() && timers_.heap.empty()) throw std::logic_error("floor loop: nothing ready and no timer: the workload never stops");
  move_due_timers();
  for (std::size_t n = ready_.size(); n > 0; --n) ready_.pop()();
}

void FloorLoop::run_forever() {
  stopping_ = false;
  while (!stopping_) run_once();
}

}  // namespace loopspec::bench
