// WaitedFutures: a loop's pending futures that have done callbacks.
//
// A pending future's callbacks hold whoever waits for it (a task, a gather),
// and that often holds the future back: a reference cycle that lasts until
// the future finishes. When it never will, because its loop is torn down,
// the loop drops those callbacks (EventLoop::abandon_unfinished), freeing
// what CPython's garbage collector would free. Every awaited future joins
// and leaves, so membership is an intrusive list: joining and leaving cost no
// allocation and no reference count, and touch only the future and its
// neighbours in joining order, which ran close to it in time.
#pragma once

#include <memory>
#include <vector>

namespace loopspec {
class Future;
}  // namespace loopspec::detail

namespace loopspec::detail {

/// A future's place in a WaitedFutures list; unlinked while both are null.
struct WaitedLink {
  WaitedLink* prev = nullptr;
  WaitedLink* next = nullptr;
  bool linked() const { return next != nullptr; }
};

class WaitedFutures {
 public:
  WaitedFutures() = default;
  WaitedFutures(const WaitedFutures&) = delete;
  WaitedFutures& operator=(const WaitedFutures&) = delete;
  /// Unlinks every member: the loop that owns the list is going away.
  ~WaitedFutures();

  /// Precondition: `f` is in no list.
  void insert(Future& f);
  /// Precondition: `f` is in a list.
  static void erase(Future& f);
  /// The members, each kept alive for the caller, in joining order.
  std::vector<std::shared_ptr<Future>> members() const;

 private:
  WaitedLink head_{&head_, &head_};  // a ring through the members
};

}  // namespace loopspec::detail
