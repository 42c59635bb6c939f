// TimerHeap: the loop's scheduled timers (BaseEventLoop._scheduled); a part
// of Scheduler, not an API of its own.
#pragma once

#include <cstddef>

#include "loopspec/detail/recycler.hpp"
#include "loopspec/handle.hpp"

namespace loopspec::detail {

/// A binary min-heap on TimerHandle::when() that performs exactly the sift
/// steps of Python's heapq (heappush, heappop, heapify). Timers with equal
/// deadlines therefore come out in the very order CPython's loop runs them,
/// which is not FIFO: heapq compares deadlines only.
class TimerHeap {
 public:
  bool empty() const { return heap_.empty(); }
  std::size_t size() const { return heap_.size(); }
  const TimerHandlePtr& top() const { return heap_.front().timer; }
  /// top()->when(), read from the heap's own copy: the loop asks every
  /// iteration, and the handle itself is likely out of the cache.
  double top_when() const { return heap_.front().when; }

  /// heapq.heappush.
  void push(TimerHandlePtr t) {
    double when = t->when();
    heap_.push_back({when, std::move(t)});
    move_toward_root(0, heap_.size() - 1);
  }

  /// heapq.heappop.
  TimerHandlePtr pop() {
    Entry last = std::move(heap_.back());
    heap_.pop_back();
    if (heap_.empty()) return std::move(last.timer);
    TimerHandlePtr first = std::move(heap_.front().timer);
    heap_.front() = std::move(last);
    move_toward_leaves(0);
    // The loop reads the new top's handle in its next iteration (is it
    // cancelled, is it due). Handles come out in deadline order, unrelated
    // to where they lie in memory, so each read would miss the cache.
    __builtin_prefetch(heap_.front().timer.get());
    return first;
  }

  /// Drops the cancelled timers (marking them unscheduled) and re-heapifies
  /// the rest in heapq.heapify's order. (CPython's C heapify visits nodes in
  /// a cache-friendly order above 2,500 items; equal deadlines among that many
  /// timers after a purge may then come out differently.)
  void remove_cancelled() {
    // Compacted in place, the survivors keeping their order (the one a new
    // list of them would have): no second array.
    std::size_t kept = 0;
    for (auto& e : heap_) {
      if (e.timer->cancelled()) {
        e.timer->scheduled = false;
      } else {
        if (&e != &heap_[kept]) heap_[kept] = std::move(e);
        ++kept;
      }
    }
    heap_.erase(heap_.begin() + static_cast<std::ptrdiff_t>(kept), heap_.end());
    for (std::size_t i = heap_.size() / 2; i-- > 0;) move_toward_leaves(i);
  }

  void clear() { heap_.clear(); }

 private:
  /// The deadline is kept beside the pointer so that sifting never touches
  /// the handles themselves (a cache miss per comparison otherwise).
  struct Entry {
    double when;
    TimerHandlePtr timer;
  };

  static bool less(const Entry& a, const Entry& b) { return a.when < b.when; }

  // heapq._siftdown (named for the direction of its comparisons, not of the
  // item): moves the item at `pos` towards the root, no further than
  // `start`, while it is smaller than its parent.
  void move_toward_root(std::size_t start, std::size_t pos) {
    Entry item = std::move(heap_[pos]);
    while (pos > start) {
      std::size_t parent = (pos - 1) >> 1;
      if (!less(item, heap_[parent])) break;
      heap_[pos] = std::move(heap_[parent]);
      pos = parent;
    }
    heap_[pos] = std::move(item);
  }

  // heapq._siftup: moves the smaller child up at each level down to a leaf,
  // then moves the displaced item back towards the root (Floyd's variant;
  // the right child on ties).
  void move_toward_leaves(std::size_t pos) {
    const std::size_t end = heap_.size();
    const std::size_t start = pos;
    Entry item = std::move(heap_[pos]);
    std::size_t child = 2 * pos + 1;
    while (child < end) {
      std::size_t right = child + 1;
      if (right < end && !less(heap_[child], heap_[right])) child = right;
      heap_[pos] = std::move(heap_[child]);
      pos = child;
      child = 2 * pos + 1;
    }
    heap_[pos] = std::move(item);
    move_toward_root(start, pos);
  }

  // Recycled: the heap grows to the loop's burst of timers (200k in W3,
  // 4.8 MB), and glibc handed such arrays back to the kernel when they were
  // freed, so each burst faulted them in again, page by page, through every
  // doubling (bench/README.md, "Page faults").
  RecycledVector<Entry> heap_;
};

}  // namespace loopspec::detail
