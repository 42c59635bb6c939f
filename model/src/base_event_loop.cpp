// BaseEventLoop (base_event_loop.hpp): BaseEventLoop.run_forever, stop,
// close and _run_once.
#include "loopspec/base_event_loop.hpp"

#include <utility>

#include "loopspec/runtime.hpp"

namespace loopspec {

BaseEventLoop::BaseEventLoop(OrderChooserPtr orders) : orders_(std::move(orders)) {
  sched_.set_order_chooser(orders_.get());
}

BaseEventLoop::~BaseEventLoop() { abandon_unfinished(); }

HandlePtr BaseEventLoop::call_soon(Callback cb) {
  check_closed();
  return sched_.push_ready(std::allocate_shared<Handle>(handle_blocks_.allocator<Handle>(), *this, std::move(cb)));
}

TimerHandlePtr BaseEventLoop::call_at(double when, Callback cb) {
  check_closed();
  return sched_.push_timer(std::allocate_shared<TimerHandle>(timer_handle_blocks_.allocator<TimerHandle>(), *this, when,
                                                           std::move(cb)));
}

void BaseEventLoop::run_forever() {
  try {
    check_closed();
    check_running();
  } catch (const PyError&) {
    // 3.13.0 makes these checks inside the try whose finally cleans up, so a
    // refused run resets the loop that *is* running and clears the running
    // loop: a bug of that release (docs/versions.md#run-forever-refusal-resets).
    if (Runtime::current().follows(VersionRule::RunForeverRefusalResets)) end_run();
    throw;
  }
  running_.store(true, std::memory_order_relaxed);
  Runtime::current().set_running_loop(this);
  struct Reset {
    BaseEventLoop* loop;
    ~Reset() { loop->end_run(); }
  } reset{this};
  do {
    run_once();
  } while (!stopping_);
}

void BaseEventLoop::end_run() {
  stopping_ = false;
  running_.store(false, std::memory_order_relaxed);
  Runtime::current().set_running_loop(nullptr);
}

void BaseEventLoop::run_once() {
  sched_.drop_cancelled_timers();
  wait(sched_.select_timeout(stopping_, [this] { return time(); }));
  move_due_timers();
  run_ready_batch();
}

void BaseEventLoop::wait(std::optional<double> timeout) {
  if (!timeout) throw LoopBlocked();
  virtual_now_ = virtual_now_ + *timeout;
}

void BaseEventLoop::close() {
  if (is_running()) raise(exc::RuntimeError, "Cannot close a running event loop");
  if (is_closed()) return;
  closed_.store(true, std::memory_order_relaxed);
  sched_.clear();
}

}  // namespace loopspec
