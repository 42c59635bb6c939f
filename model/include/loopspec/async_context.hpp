// AsyncContextManager: the `async with` protocol of asyncio's context managers.
#pragma once

#include "loopspec/coro.hpp"
#include "loopspec/exceptions.hpp"
#include "loopspec/value.hpp"

namespace loopspec {

/// An object usable in `async with` (Timeout, TaskGroup, Lock, Semaphore,
/// BoundedSemaphore, Condition, Barrier). Python runs
///
///     async with cm as x:
///         body
///
/// as `x = await cm.__aenter__()`, then the body, then
/// `await cm.__aexit__(type(e), e, tb)` for an exception e leaving the body
/// (re-raised unless the result is true) or `await cm.__aexit__(None, None,
/// None)` when the body ends in any other way (return, break and continue
/// included). An interpreter drives every manager the same way:
///
///     Value x = co_await cm->aenter();
///     ... body; on a PyError e:  if (!truthy(co_await cm->aexit(e.exception()))) throw;
///     ... otherwise:            co_await cm->aexit(nullptr);
///
/// Both coroutines run inline in the awaiting task, like any awaited
/// coroutine: they give up loop iterations only where CPython's do (a lock's
/// __aenter__ waiting for the lock, a TaskGroup's __aexit__ waiting for its
/// children); an exception they raise replaces the body's.
class AsyncContextManager : public Object {
 public:
  /// `__aenter__()`: returns what `as` binds.
  virtual Coro aenter() = 0;
  /// `__aexit__(type(exc), exc, tb)`, with exc null when the body ended
  /// without an exception. Returns a truthy value to suppress exc.
  virtual Coro aexit(ExceptionPtr exc) = 0;
};

/// asyncio's _ContextManagerMixin (Lock, Semaphore, Condition): `async with`
/// awaits acquire() on entry and calls release() on exit, whatever the body
/// did; both return None.
class AcquireReleaseContext : public AsyncContextManager {
 public:
  virtual Coro acquire() = 0;
  virtual void release() = 0;
  Coro aenter() final;
  Coro aexit(ExceptionPtr exc) final;
};

}  // namespace loopspec
