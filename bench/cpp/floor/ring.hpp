// The floor loop's ready queue: one power-of-two array used as a ring, which
// doubles when full. Once it has grown to the workload's width, pushing and
// popping never allocate, which is what a hand-written loop would do.
#pragma once

#include <algorithm>
#include <cstddef>
#include <utility>
#include <vector>

namespace loopspec::bench {

template <class T>
class Ring {
 public:
  std::size_t size() const { return tail_ - head_; }
  bool empty() const { return head_ == tail_; }

  void push(T v) {
    if (size() == slots_.size()) grow();
    slots_[tail_++ & mask()] = std::move(v);
  }

  T pop() { return std::move(slots_[head_++ & mask()]); }

 private:
  std::size_t mask() const { return slots_.size() - 1; }

  void grow() {
    std::vector<T> bigger(std::max<std::size_t>(64, 2 * slots_.size()));
    for (std::size_t i = head_; i != tail_; ++i) bigger[i - head_] = std::move(slots_[i & mask()]);
    tail_ -= head_;
    head_ = 0;
    slots_ = std::move(bigger);
  }

  std::vector<T> slots_;
  std::size_t head_ = 0;  // both only grow; an index is taken modulo the size
  std::size_t tail_ = 0;
};

}  // namespace loopspec::bench
