// The waiting functions of asyncio.tasks (3.11.7, and where 3.12 changed
// them): shield, wait_for, wait, as_completed.
#pragma once

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

/// asyncio.as_completed(fs, timeout=None). CPython's is a generator whose
/// whole set-up (ensure_future on every awaitable, the done callbacks, the
/// timer) runs at the first next(), that is when a `for` loop over it starts:
/// an interpreter calls this function at that moment and iterates the result.
/// Returns the coroutines the generator yields, one per distinct awaitable;
/// the k-th awaited one returns (or raises) the outcome of the k-th future to
/// complete, taken from an internal asyncio.Queue, or raises TimeoutError()
/// once the timeout fired. TypeError('expect an iterable of futures, not
/// <type>') for a single future or coroutine.
std::vector<Coro> as_completed(const Value& fs, Value timeout = None);

}  // namespace loopspec
