// asyncio.mixins._LoopBoundMixin (see loop_bound.hpp).
#include "loopspec/detail/loop_bound.hpp"

#include "loopspec/runtime.hpp"

namespace loopspec::detail {

EventLoop& LoopBinding::get(const Object& owner) {
  EventLoop& running = get_running_loop();
  if (!bound_) {
    loop_ = running.shared_from_this();
    bound_ = true;
  }
  if (loop_.lock().get() != &running) raise(exc::RuntimeError, owner.python_repr() + " is bound to a different event loop");
  return running;
}

}  // namespace loopspec::detail
