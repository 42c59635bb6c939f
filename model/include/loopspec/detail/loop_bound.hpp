// LoopBinding: asyncio.mixins._LoopBoundMixin, the rule that ties a lock or
// queue to the first loop it waits on.
#pragma once

#include <memory>
#include <string>

#include "loopspec/event_loop.hpp"

namespace loopspec::detail {

/// The loop a synchronisation primitive belongs to. Primitives are made
/// without a loop and bind lazily: the first time one needs a waiter future,
/// it adopts the running loop; from then on it refuses any other.
class LoopBinding {
 public:
  /// _get_loop(): the running loop, bound on first use. RuntimeError('no
  /// running event loop') outside a loop; RuntimeError('<repr of owner> is
  /// bound to a different event loop') when another loop runs than the bound one.
  EventLoop& get(const Object& owner);

 private:
  // Weak: a loop keeps its waiters' futures alive, and they the primitive.
  // A bound loop that is gone is as different as any other.
  std::weak_ptr<Object> loop_;
  bool bound_ = false;
};

}  // namespace loopspec::detail
