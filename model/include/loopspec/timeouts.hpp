// asyncio.timeout and asyncio.timeout_at (3.11): a deadline for a block of
// code, enforced by cancelling the task that runs it.
#pragma once

#include <memory>
#include <string>

#include "loopspec/async_context.hpp"
#include "loopspec/event_loop.hpp"

namespace loopspec {

/// asyncio.Timeout. Make it with std::make_shared (its coroutines keep it
/// alive), usually through timeout() or timeout_at().
///
/// Entering binds the current task, records its cancelling() count and
/// schedules the deadline: call_at(when), or call_soon when the deadline is
/// not in the future. At the deadline the task is cancelled (task.cancel())
/// and the timeout is *expiring*. Exiting cancels the pending deadline; an
/// expiring timeout becomes *expired*, calls task.uncancel(), and converts a
/// CancelledError leaving the block into TimeoutError() when no cancel request
/// newer than the entry is left (uncancel() <= the recorded count): a cancel
/// that came from elsewhere is not converted. Neither entering nor exiting
/// ever gives up a loop iteration.
class Timeout : public AsyncContextManager {
 public:
  /// Timeout(when): `when` is None (never) or a loop time (int or float).
  explicit Timeout(Value when);
  std::string type_name() const override { return "Timeout"; }

  /// The current deadline, as given (None when disabled).
  const Value& when() const { return when_; }
  /// Moves the deadline (None disables it). RuntimeError('Timeout has not been
  /// entered') before the block, RuntimeError('Cannot change state of
  /// <expiring|expired|finished> Timeout') once the deadline fired or the block ended.
  void reschedule(Value when);
  /// Whether the deadline fired during the block (expiring or expired).
  bool expired() const;
  /// `<Timeout [active] when=1.5>`: the state, and while active the deadline
  /// rounded to milliseconds.
  std::string python_repr() const override;

  /// __aenter__'s body: RuntimeError('Timeout has already been entered') on
  /// reuse, RuntimeError('Timeout should be used inside a task') outside one.
  /// Returns the Timeout itself (what `as` binds).
  Value enter();
  /// __aexit__'s body for the exception leaving the block (null if none);
  /// raises TimeoutError when it converts a cancellation, else returns None.
  Value exit(const ExceptionPtr& exc);

  /// enter() as a coroutine that never yields.
  Coro aenter() override;
  /// exit() as a coroutine that never yields.
  Coro aexit(ExceptionPtr exc) override;

 private:
  enum class State { Created, Entered, Expiring, Expired, Exited };
  static const char* state_text(State s);
  void on_timeout();

  State state_ = State::Created;
  Value when_;
  HandlePtr timeout_handler_;  // a TimerHandle, or a Handle for a past deadline
  TaskPtr task_;               // while entered
  int cancelling_ = 0;         // task_->cancelling() at entry
};
using TimeoutPtr = std::shared_ptr<Timeout>;

/// asyncio.timeout(delay): a Timeout at get_running_loop().time() + delay, or
/// a disabled one for None. RuntimeError('no running event loop') outside a loop.
TimeoutPtr timeout(const Value& delay);
/// asyncio.timeout_at(when): a Timeout at the absolute loop time `when`.
TimeoutPtr timeout_at(const Value& when);
/// `async with timeout(delay): return await body`, for the library's own
/// uses of it: `body` (not yet started) runs in the caller's task.
Coro under_timeout(const Value& delay, Coro body);

}  // namespace loopspec
