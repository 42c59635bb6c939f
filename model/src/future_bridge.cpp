// asyncio.futures' chaining with concurrent.futures, and
// tasks.run_coroutine_threadsafe (future_bridge.hpp).
#include "loopspec/future_bridge.hpp"

#include <utility>

#include "loopspec/reprs.hpp"
#include "loopspec/runtime.hpp"
#include "loopspec/tasks.hpp"

namespace loopspec {
namespace {

// What _chain_future's helpers ask of either kind of future.
bool cancelled(const EitherFuture& f) {
  return std::visit([](const auto& p) { return p->cancelled(); }, f);
}
void cancel(const EitherFuture& f) {
  std::visit([](const auto& p) { p->cancel(); }, f);
}
ExceptionPtr exception_of(const EitherFuture& f) {
  return std::visit([](const auto& p) { return p->exception(); }, f);
}
Value result_of(const EitherFuture& f) {
  return std::visit([](const auto& p) { return p->result(); }, f);
}

/// futures._get_loop for an asyncio future; a concurrent one has no loop
/// (null). Loops outlive the futures of a run (the Runtime keeps every loop
/// it made), so the chain may hold them by address, as Future does.
EventLoop* loop_of(const EitherFuture& f) {
  const FuturePtr* fut = std::get_if<FuturePtr>(&f);
  return fut ? &(*fut)->get_loop() : nullptr;
}

/// futures._copy_future_state: the outcome of a done `source` into `dest`,
/// unless `dest` was cancelled meanwhile.
void copy_future_state(const EitherFuture& source, Future& dest) {
  if (dest.cancelled()) return;
  // `assert not dest.done()`: someone else finished dest (CPython runs with asserts on).
  if (dest.done()) raise(exc::AssertionError);
  if (cancelled(source)) {
    dest.cancel();
    return;
  }
  if (ExceptionPtr e = exception_of(source)) {
    dest.set_exception(convert_future_exc(e));
  } else {
    dest.set_result(result_of(source));
  }
}

/// futures._set_concurrent_future_state: the outcome of a done `source` into
/// a concurrent future, through the executor's protocol (running first).
void set_concurrent_future_state(ConcurrentFuture& concurrent, const EitherFuture& source) {
  if (cancelled(source)) concurrent.cancel();
  if (!concurrent.set_running_or_notify_cancel()) return;
  if (ExceptionPtr e = exception_of(source)) {
    concurrent.set_exception(convert_future_exc(e));
  } else {
    concurrent.set_result(result_of(source));
  }
}

/// _chain_future's _set_state.
void set_state(const EitherFuture& future, const EitherFuture& other) {
  if (const FuturePtr* fut = std::get_if<FuturePtr>(&future)) {
    copy_future_state(other, **fut);
  } else {
    set_concurrent_future_state(*std::get<ConcurrentFuturePtr>(future), other);
  }
}

/// Registers `fn` as a done callback of either kind; on an asyncio future
/// under no key, so its repr stops the run (the callback is asyncio's own
/// Python code) and remove_done_callback never matches it.
void on_done(const EitherFuture& f, std::function<void(const EitherFuture&)> fn) {
  if (const FuturePtr* fut = std::get_if<FuturePtr>(&f)) {
    (*fut)->add_done_callback([fn = std::move(fn)](const FuturePtr& done) { fn(done); });
  } else {
    std::get<ConcurrentFuturePtr>(f)->add_done_callback(
        [fn = std::move(fn)](const ConcurrentFuturePtr& done) { fn(done); });
  }
}

}  // namespace

ExceptionPtr convert_future_exc(const ExceptionPtr& exc) {
  const ExceptionType* type = exc->type;
  if (type == &exc::concurrent::CancelledError) return new_exception(exc::CancelledError, exc->args());
  if (type == &exc::TimeoutError && !Runtime::current().follows(VersionRule::ChainKeepsTimeoutError)) {
    return new_exception(exc::TimeoutError, exc->args());
  }
  if (type == &exc::concurrent::InvalidStateError) return new_exception(exc::InvalidStateError, exc->args());
  return exc;
}

void chain_future(const EitherFuture& source, const EitherFuture& destination) {
  EventLoop* source_loop = loop_of(source);
  EventLoop* dest_loop = loop_of(destination);
  // _call_check_cancel: a cancelled destination cancels the source, on the
  // source's loop when that is another one.
  on_done(destination, [source, source_loop, dest_loop](const EitherFuture& destination) {
    if (!cancelled(destination)) return;
    if (!source_loop || source_loop == dest_loop) {
      cancel(source);
    } else {
      source_loop->call_soon_threadsafe([source] { cancel(source); });
    }
  });
  // _call_set_state: the outcome goes to the destination, on the
  // destination's loop when that is another one, and nowhere once that loop
  // is closed.
  on_done(source, [destination, source_loop, dest_loop](const EitherFuture& source) {
    if (cancelled(destination) && dest_loop && dest_loop->is_closed()) return;
    if (!dest_loop || dest_loop == source_loop) {
      set_state(destination, source);
      return;
    }
    if (dest_loop->is_closed()) return;
    dest_loop->call_soon_threadsafe([source, destination] { set_state(destination, source); });
  });
}

FuturePtr wrap_future(const Value& future, EventLoop* loop) {
  if (FuturePtr fut = future.as<Future>()) return fut;
  ConcurrentFuturePtr concurrent = future.as<ConcurrentFuture>();
  if (!concurrent) {
    const ReprHooks* hooks = Runtime::current().repr_hooks;
    raise(exc::AssertionError,
          "concurrent.futures.Future is expected, got " + (hooks ? hooks->repr(future) : repr(future)));
  }
  EventLoop& target = loop ? *loop : *get_event_loop();
  FuturePtr wrapper = target.create_future();
  chain_future(concurrent, wrapper);
  return wrapper;
}

ConcurrentFuturePtr run_coroutine_threadsafe(const Value& coro, const Value& loop_value) {
  if (!coro.as<CoroutineObject>()) raise(exc::TypeError, "A coroutine object is required");
  auto future = std::make_shared<ConcurrentFuture>();
  EventLoopPtr loop = loop_value.as<EventLoop>();
  if (!loop) raise(exc::AttributeError, "'" + type_name(loop_value) + "' object has no attribute 'call_soon_threadsafe'");
  Callback make_task = [coro, future, loop = loop.get()] {
    FuturePtr task;
    try {
      task = ensure_future(coro, loop);
    } catch (const PyError& e) {
      const ExceptionPtr& exc = e.exception();
      if (exc->is_instance_of(exc::SystemExit) || exc->is_instance_of(exc::KeyboardInterrupt)) throw;
      if (future->set_running_or_notify_cancel()) future->set_exception(exc);
      throw;
    }
    chain_future(task, future);
  };
  if (const auto& wrap = Runtime::current().in_copied_context) make_task = wrap(std::move(make_task));
  loop->call_soon_threadsafe(std::move(make_task));
  return future;
}

}  // namespace loopspec
