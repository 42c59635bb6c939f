// ReadyQueue: the FIFO of handles due to run (BaseEventLoop._ready); a part
// of Scheduler, not an API of its own.
#pragma once

#include <cstddef>
#include <vector>

#include "loopspec/handle.hpp"

namespace loopspec::detail {

/// A ring buffer of handles. A deque would do; this keeps pushes and pops
/// free of allocation once the buffer has grown to the loop's working size.
///
/// The buffer outlives its queue: a queue that goes leaves it to the next
/// queue its thread makes (the biggest one is kept), as the recycler keeps
/// the handles' own memory (recycler.hpp). A program that fans out to a
/// million callbacks on each new loop then writes into memory already
/// faulted in, instead of growing a fresh buffer through every power of two
/// and faulting it in page by page (bench/README.md, W2).
class ReadyQueue {
 public:
  ReadyQueue() = default;
  ReadyQueue(const ReadyQueue&) = delete;
  ReadyQueue& operator=(const ReadyQueue&) = delete;
  ~ReadyQueue();

  bool empty() const { return size_ == 0; }
  std::size_t size() const { return size_; }
  /// Slots before the next growth (a power of two, or 0).
  std::size_t capacity() const { return buf_.size(); }

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
  void grow();

  std::vector<HandlePtr> buf_;  // its size is a power of two; the slots outside the ring are null
  std::size_t head_ = 0;
  std::size_t size_ = 0;
};

}  // namespace loopspec::detail
