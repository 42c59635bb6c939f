// ReadyQueue: the FIFO of handles due to run (BaseEventLoop._ready); a part
// of Scheduler, not an API of its own.
#pragma once

#include <cstddef>
#include <vector>

#include "loopspec/handle.hpp"

namespace loopspec::detail {

/// A ring buffer of handles. A deque would do; this keeps pushes and pops
/// free of allocation once the buffer has grown to the loop's working size.
class ReadyQueue {
 public:
  bool empty() const { return size_ == 0; }
  std::size_t size() const { return size_; }

  void push_back(HandlePtr h) {
    if (size_ == buf_.size()) grow();
    buf_[(head_ + size_) & (buf_.size() - 1)] = std::move(h);
    ++size_;
  }

  HandlePtr pop_front() {
    HandlePtr h = std::move(buf_[head_]);
    head_ = (head_ + 1) & (buf_.size() - 1);
    --size_;
    return h;
  }

  void clear() {
    while (!empty()) pop_front();
  }

 private:
  void grow() {
    std::vector<HandlePtr> bigger(buf_.empty() ? 64 : buf_.size() * 2);
    for (std::size_t i = 0; i < size_; ++i) bigger[i] = std::move(buf_[(head_ + i) & (buf_.size() - 1)]);
    buf_ = std::move(bigger);
    head_ = 0;
  }

  std::vector<HandlePtr> buf_;  // capacity is a power of two
  std::size_t head_ = 0;
  std::size_t size_ = 0;
};

}  // namespace loopspec::detail
