// The waiting functions of asyncio.tasks (3.11.7, and where 3.12 and 3.13
// changed them): shield, wait_for, wait, as_completed.
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "loopspec/event_loop.hpp"

namespace loopspec {

/// asyncio.shield(aw): ensure_future(aw); a done future is returned as is.
/// Otherwise a new outer future of its loop follows the inner one: the
/// inner's outcome is copied to the outer by a done callback (one iteration
/// after the inner finishes); cancelling the outer leaves the inner running
/// (and removes that callback); the inner being cancelled cancels the outer.
FuturePtr shield(const Value& aw);

/// asyncio.wait_for(aw, timeout) as written in 3.11.7:
/// - timeout None: `await aw` directly;
/// - timeout <= 0: ensure_future; a done future's result at once, else cancel
///   it, wait until it is done (_cancel_and_wait) and raise TimeoutError()
///   when it ended cancelled;
/// - otherwise a waiter future released by a call_later timer or by aw's done
///   callback: whichever comes first. On timeout aw is cancelled and awaited
///   as above; if the waiting task is cancelled meanwhile, aw's result wins
///   when aw is already done, else aw is cancelled and awaited and the
///   CancelledError propagates.
/// `timeout` is None or a number; aw a coroutine (wrapped in a task, after the
/// waiter and the timer were made) or a future.
/// From 3.12, past the timeout <= 0 case it is `async with timeout(t): return
/// await aw` (timeouts.hpp): a coroutine runs in the caller's task, and None
/// still enters a (disabled) Timeout.
Coro wait_for(Value aw, Value timeout);

/// asyncio.FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED: strings, as in
/// CPython (they come from concurrent.futures).
inline constexpr const char* FIRST_COMPLETED = "FIRST_COMPLETED";
inline constexpr const char* FIRST_EXCEPTION = "FIRST_EXCEPTION";
inline constexpr const char* ALL_COMPLETED = "ALL_COMPLETED";

/// asyncio.wait(fs, timeout=None, return_when=ALL_COMPLETED). A coroutine:
/// its checks run when it is first awaited. `fs` is a list, tuple or set of
/// futures (duplicates count once): TypeError('expect a list of futures, not
/// <type>') for a single future or coroutine, ValueError('Set of
/// Tasks/Futures is empty.'), ValueError('Invalid return_when value: <v>'),
/// TypeError('Passing coroutines is forbidden, use tasks explicitly.').
/// Registers one done callback on each future and waits on a waiter future
/// (released by the first qualifying completion or the timer). Returns the
/// tuple (done, pending) of two sets; nothing is cancelled.
Coro wait(Value fs, Value timeout = None, Value return_when = ALL_COMPLETED);

/// What asyncio.as_completed(fs, timeout=None) hands out: 3.13's
/// _AsCompletedIterator, and the state of the generator of 3.11 and 3.12.
/// Made by as_completed() below, whose set-up has run by then.
class AsCompleted : public Object {
 public:
  struct State;
  explicit AsCompleted(std::shared_ptr<State> state, std::size_t count) : state_(std::move(state)), left_(count) {}
  /// "_AsCompletedIterator" from 3.13, "generator" before.
  std::string type_name() const override;

  /// __next__ (the plain form of every version): a coroutine that returns
  /// (or raises) the outcome of the next future to complete, or raises
  /// TimeoutError() once the timer fired; none when every one was handed out.
  std::optional<Coro> next();
  /// __anext__ (3.13): a coroutine that returns the next future to complete
  /// itself (the caller's own task or future, or the task made for a
  /// coroutine), raises TimeoutError() once the timer fired, and
  /// StopAsyncIteration when every one was handed out. It counts one off
  /// when it runs, not when it is made.
  Coro anext();

 private:
  std::shared_ptr<State> state_;
  std::size_t left_;  // _todo_left: awaitables not handed out yet
};
using AsCompletedPtr = std::shared_ptr<AsCompleted>;

/// asyncio.as_completed(fs, timeout=None): ensure_future on every distinct
/// awaitable (with the running loop, or get_event_loop()), a done callback on
/// each that queues it on an internal asyncio.Queue, and a timer that queues
/// one "timed out" mark per pending future. Up to 3.12 CPython's is a
/// generator that does this at its first next(), which in a `for` loop is the
/// moment of the call; 3.13 does it when called.
/// TypeError('expect an iterable of futures, not <type>') for a single future
/// or coroutine (3.13: 'expects an iterable of awaitables, not <type>').
AsCompletedPtr as_completed(const Value& fs, Value timeout = None);

}  // namespace loopspec
