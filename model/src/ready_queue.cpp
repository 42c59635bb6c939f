// ReadyQueue (detail/ready_queue.hpp): the ring's growth, and the buffer a
// thread keeps for its next queue.
#include "loopspec/detail/ready_queue.hpp"

#include <utility>

namespace loopspec::detail {
namespace {

// The spare dies with its thread; a queue that goes after that (a loop in
// another thread_local) frees its buffer.
thread_local bool spare_gone = false;
/// The buffer of this thread's last queue to go (the biggest, if several);
/// its slots are all null.
struct Spare {
  std::vector<HandlePtr> buf;
  ~Spare() { spare_gone = true; }
};
thread_local Spare spare;

}  // namespace

ReadyQueue::~ReadyQueue() {
  // Handles are released in the order they would have run.
  clear();
  if (!spare_gone && buf_.size() > spare.buf.size()) spare.buf = std::move(buf_);
}

void ReadyQueue::grow() {
  std::vector<HandlePtr> bigger;
  if (!spare_gone && spare.buf.size() > buf_.size()) bigger = std::exchange(spare.buf, {});
  else bigger.resize(buf_.empty() ? 64 : buf_.size() * 2);
  for (std::size_t i = 0; i < size_; ++i) bigger[i] = std::move(buf_[(head_ + i) & (buf_.size() - 1)]);
  buf_ = std::move(bigger);
  head_ = 0;
}

}  // namespace loopspec::detail
