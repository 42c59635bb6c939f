// asyncio's bridges to concurrent.futures: futures.wrap_future and
// _chain_future, tasks.run_coroutine_threadsafe. Written over the public
// EventLoop interface (call_soon_threadsafe, is_closed, create_future,
// create_task), so they hold for every implementation.
//
// On the loop's own thread (threads are version 2's, docs/outside-world.md)
// the rules show as orders: a concurrent future runs its done callbacks at
// once, inside set_result or cancel, and those schedule the asyncio side's
// update with call_soon_threadsafe, which queues like call_soon.
#pragma once

#include <variant>

#include "loopspec/concurrent_future.hpp"
#include "loopspec/event_loop.hpp"

namespace loopspec {

/// One end of a chain: an asyncio future (a task, too) or a concurrent one.
using EitherFuture = std::variant<FuturePtr, ConcurrentFuturePtr>;

/// futures._convert_future_exc: concurrent.futures' CancelledError and
/// InvalidStateError become asyncio's, with the same args; so does its
/// TimeoutError up to 3.12 (a new instance of the same builtin class), while
/// 3.13 passes it on as it is (VersionRule::ChainKeepsTimeoutError). Any other
/// exception passes unchanged.
ExceptionPtr convert_future_exc(const ExceptionPtr& exc);

/// futures._chain_future: when `source` finishes, `destination` takes its
/// outcome; when `destination` is cancelled, so is `source`. Between an
/// asyncio future and a concurrent one, the asyncio side's change is
/// scheduled on its loop with call_soon_threadsafe (and dropped once that
/// loop is closed); the concurrent side changes at once.
void chain_future(const EitherFuture& source, const EitherFuture& destination);

/// futures.wrap_future: an asyncio future is returned as it is; a concurrent
/// one gets a new future of `loop` (default: get_event_loop()) chained to it;
/// anything else fails the function's assert (AssertionError
/// 'concurrent.futures.Future is expected, got <repr>').
FuturePtr wrap_future(const Value& future, EventLoop* loop = nullptr);

/// tasks.run_coroutine_threadsafe: TypeError('A coroutine object is
/// required') for anything but a coroutine, then AttributeError when `loop`
/// has no call_soon_threadsafe (is no loop); otherwise a pending concurrent
/// future, and a call_soon_threadsafe callback that makes the task
/// (ensure_future) and chains it to that future. When making the task
/// fails, the future takes the error (unless cancelled already) and the
/// callback raises it to the loop's exception handler.
ConcurrentFuturePtr run_coroutine_threadsafe(const Value& coro, const Value& loop);

}  // namespace loopspec
