// ThreadsafeInbox: where call_soon_threadsafe from another thread leaves its
// handles until the loop thread moves them to the ready queue.
#pragma once

#include <atomic>
#include <mutex>
#include <utility>
#include <vector>

#include "loopspec/handle.hpp"

namespace loopspec::libuv {

/// A mutex-protected list of handles with a lock-free "maybe non-empty" flag,
/// so the loop thread's check on every iteration is one atomic load, not a
/// lock: a call_soon chain must not pay for the threads it does not have.
class ThreadsafeInbox {
 public:
  /// Any thread.
  void push(HandlePtr h) {
    std::lock_guard lock(mu_);
    items_.push_back(std::move(h));
    nonempty_.store(true, std::memory_order_release);
  }

  /// Loop thread: everything pushed so far, in push order (empty when none).
  std::vector<HandlePtr> take() {
    if (!nonempty_.load(std::memory_order_acquire)) return {};
    std::lock_guard lock(mu_);
    nonempty_.store(false, std::memory_order_relaxed);
    return std::exchange(items_, {});
  }

  void clear() { take(); }

 private:
  std::mutex mu_;
  std::vector<HandlePtr> items_;
  std::atomic<bool> nonempty_{false};
};

}  // namespace loopspec::libuv
