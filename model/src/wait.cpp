// asyncio.tasks (3.11.7, with 3.13's as_completed iterator): shield, wait_for,
// wait, as_completed, with the helpers they share (_release_waiter,
// _cancel_and_wait, _wait).
#include "loopspec/wait.hpp"

#include <algorithm>

#include "loopspec/numbers.hpp"
#include "loopspec/queues.hpp"
#include "loopspec/runtime.hpp"
#include "loopspec/tasks.hpp"
#include "loopspec/timeouts.hpp"

namespace loopspec {
namespace {

/// The identity of one Python callable (a closure or functools.partial) for
/// remove_done_callback: equal only to itself.
class CallbackToken : public Object {
 public:
  std::string type_name() const override { return "function"; }
};
Value new_token() { return Value(std::make_shared<CallbackToken>()); }

bool is_coroutine(const Value& v) { return v.as<CoroutineObject>() != nullptr; }
bool is_future(const Value& v) { return v.as<Future>() != nullptr; }

/// `set(iterable)`: the items of a list, tuple, set or dict (its keys),
/// duplicates dropped. CPython orders a set by hash (for futures, by
/// address); this keeps first-occurrence order (docs/scenario-language.md#orders: scenarios
/// where the order would show declare `order: set-iteration`).
std::vector<Value> distinct_items(const Value& iterable) {
  std::vector<Value> items;
  if (auto l = iterable.as<List>()) {
    items = l->items;
  } else if (auto t = iterable.as<Tuple>()) {
    items = t->items;
  } else if (auto s = iterable.as<Set>()) {
    items = s->items;
  } else if (auto d = iterable.as<Dict>()) {
    for (const auto& kv : d->items) items.push_back(kv.first);
  } else {
    raise(exc::TypeError, "'" + type_name(iterable) + "' object is not iterable");
  }
  std::vector<Value> out;
  for (const Value& v : items) {
    bool seen = std::any_of(out.begin(), out.end(), [&v](const Value& o) { return is_same(o, v) || equals(o, v); });
    if (!seen) out.push_back(v);
  }
  return out;
}

/// _release_waiter.
void release_waiter(const FuturePtr& waiter) {
  if (!waiter->done()) waiter->set_result(None);
}

/// `await aw` for a coroutine (run inline) or a future.
Coro await_value(Value aw) {
  if (auto coro = aw.as<CoroutineObject>()) co_return co_await Coro(coro);
  if (auto fut = aw.as<Future>()) co_return co_await fut;
  raise(exc::TypeError, "object " + type_name(aw) + " can't be used in 'await' expression");
}

/// _cancel_and_wait: cancels fut and waits on a waiter released by fut's
/// done callback, so that this wait itself stays cancellable.
Coro cancel_and_wait(FuturePtr fut, EventLoop& loop) {
  FuturePtr waiter = loop.create_future();
  Value cb = new_token();
  fut->add_done_callback([waiter](const FuturePtr&) { release_waiter(waiter); }, cb);
  try {
    fut->cancel();
    co_await waiter;
  } catch (...) {
    fut->remove_done_callback(cb);
    throw;
  }
  fut->remove_done_callback(cb);
  co_return None;
}

/// `fut.result()`, with a CancelledError turned into TimeoutError().
Value result_or_timeout(const FuturePtr& fut) {
  try {
    return fut->result();
  } catch (const PyError& e) {
    if (!e.exception()->is_instance_of(exc::CancelledError)) throw;
  }
  throw PyError(new_exception(exc::TimeoutError));
}

/// The part of wait_for() between arming the timer and cancelling it.
Coro wait_for_waiter(FuturePtr waiter, FuturePtr fut, Value cb, EventLoop& loop) {
  ExceptionPtr cancelled;  // the waiting task was cancelled
  try {
    co_await waiter;
  } catch (const PyError& e) {
    if (!e.exception()->is_instance_of(exc::CancelledError)) throw;
    cancelled = e.exception();
  }
  // Done meanwhile: its outcome wins, even over our own cancellation.
  if (fut->done()) co_return fut->result();
  fut->remove_done_callback(cb);
  // The awaited task must not run on after wait_for() returns (bpo-32751).
  co_await cancel_and_wait(fut, loop);
  if (cancelled) throw PyError(cancelled);
  // A task that swallowed the cancellation keeps its result (bpo-40607).
  co_return result_or_timeout(fut);
}

/// Shared by the callbacks of one wait() call.
struct WaitState {
  FuturePtr waiter;
  TimerHandlePtr timeout_handle;
  std::size_t counter = 0;
  std::string return_when;
};

void on_wait_completion(WaitState& st, const FuturePtr& f) {
  --st.counter;
  bool failed = st.return_when == FIRST_EXCEPTION && !f->cancelled() && f->exception() != nullptr;
  if (st.counter == 0 || st.return_when == FIRST_COMPLETED || failed) {
    if (st.timeout_handle) st.timeout_handle->cancel();
    release_waiter(st.waiter);
  }
}

/// _wait: fs is non-empty and holds futures only.
Coro wait_futures(std::vector<FuturePtr> fs, Value timeout, std::string return_when, EventLoop& loop) {
  auto st = std::make_shared<WaitState>();
  st->waiter = loop.create_future();
  if (!timeout.is_none()) {
    FuturePtr waiter = st->waiter;
    st->timeout_handle = loop.call_later(to_double(timeout, "timeout"), [waiter] { release_waiter(waiter); });
  }
  st->counter = fs.size();
  st->return_when = std::move(return_when);
  Value cb = new_token();
  for (const FuturePtr& f : fs) f->add_done_callback([st](const FuturePtr& done) { on_wait_completion(*st, done); }, cb);
  auto cleanup = [&] {
    if (st->timeout_handle) st->timeout_handle->cancel();
    for (const FuturePtr& f : fs) f->remove_done_callback(cb);
  };
  try {
    co_await st->waiter;
  } catch (...) {
    cleanup();
    throw;
  }
  cleanup();
  auto done = std::make_shared<Set>();
  auto pending = std::make_shared<Set>();
  for (const FuturePtr& f : fs) (f->done() ? done : pending)->add(f);
  std::vector<Value> pair{Value(done), Value(pending)};
  co_return std::make_shared<Tuple>(std::move(pair));
}

}  // namespace

/// Shared by the callbacks and coroutines of one as_completed() call.
struct AsCompleted::State {
  QueuePtr done = std::make_shared<Queue>();
  std::vector<FuturePtr> todo;
  TimerHandlePtr timeout_handle;
  Value cb = new_token();
};

namespace {

using AsCompletedState = AsCompleted::State;

void on_as_completed_timeout(AsCompletedState& st) {
  for (const FuturePtr& f : st.todo) {
    f->remove_done_callback(st.cb);
    st.done->put_nowait(None);  // one dummy per pending future: each await raises
  }
  st.todo.clear();
  st.timeout_handle = nullptr;  // it has run; keeping it would make a cycle through its callback
}

void on_as_completed_completion(AsCompletedState& st, const FuturePtr& f) {
  if (st.todo.empty()) return;  // the timeout was here first
  st.todo.erase(std::find(st.todo.begin(), st.todo.end(), f));
  st.done->put_nowait(f);
  if (st.todo.empty() && st.timeout_handle) st.timeout_handle->cancel();
}

/// _wait_for_one: the next future to complete, or its outcome when `resolve`.
Coro wait_for_one(std::shared_ptr<AsCompletedState> st, bool resolve) {
  Value f = co_await st->done->get();
  if (f.is_none()) throw PyError(new_exception(exc::TimeoutError));  // the timer's mark
  co_return resolve ? f.as<Future>()->result() : f;
}

}  // namespace

FuturePtr shield(const Value& aw) {
  FuturePtr inner = ensure_future(aw);
  if (inner->done()) return inner;  // nothing left to shield
  FuturePtr outer = inner->get_loop().create_future();
  Value inner_cb = new_token();
  inner->add_done_callback(
      [outer](const FuturePtr& in) {
        if (outer->cancelled()) {
          if (!in->cancelled()) in->exception();  // marks the error retrieved
          return;
        }
        if (in->cancelled()) {
          outer->cancel();
        } else if (ExceptionPtr e = in->exception()) {
          outer->set_exception(e);
        } else {
          outer->set_result(in->result());
        }
      },
      inner_cb);
  outer->add_done_callback([inner, inner_cb](const FuturePtr&) {
    if (!inner->done()) inner->remove_done_callback(inner_cb);
  });
  return outer;
}

Coro wait_for(Value aw, Value timeout) {
  EventLoop& loop = get_running_loop();
  if (!timeout.is_none() && to_double(timeout, "timeout") <= 0) {
    FuturePtr fut = ensure_future(aw, &loop);
    if (fut->done()) co_return fut->result();
    co_await cancel_and_wait(fut, loop);
    co_return result_or_timeout(fut);
  }
  if (Runtime::current().follows(VersionRule::WaitForOnTimeout))
    // 3.12's wait_for past its zero-timeout case: `async with timeout(t): return
    // await aw`. A coroutine runs in the caller's task (no Task-N of its own),
    // and a cancel that arrives with the result is no longer lost.
    co_return co_await under_timeout(timeout, await_value(std::move(aw)));
  if (timeout.is_none()) co_return co_await await_value(aw);
  double seconds = to_double(timeout, "timeout");
  // The order of creation is CPython's: waiter, timer, then the task.
  FuturePtr waiter = loop.create_future();
  TimerHandlePtr timeout_handle = loop.call_later(seconds, [waiter] { release_waiter(waiter); });
  Value cb = new_token();
  FuturePtr fut = ensure_future(aw, &loop);
  fut->add_done_callback([waiter](const FuturePtr&) { release_waiter(waiter); }, cb);
  Value result;
  try {
    result = co_await wait_for_waiter(waiter, fut, cb, loop);
  } catch (...) {
    timeout_handle->cancel();
    throw;
  }
  timeout_handle->cancel();
  co_return result;
}

Coro wait(Value fs, Value timeout, Value return_when) {
  if (is_future(fs) || is_coroutine(fs)) raise(exc::TypeError, "expect a list of futures, not " + type_name(fs));
  if (!truthy(fs)) raise(exc::ValueError, "Set of Tasks/Futures is empty.");
  bool known = return_when.is_str() && (return_when.as_str() == FIRST_COMPLETED ||
                                        return_when.as_str() == FIRST_EXCEPTION || return_when.as_str() == ALL_COMPLETED);
  if (!known) raise(exc::ValueError, "Invalid return_when value: " + str(return_when));
  std::vector<Value> items = distinct_items(fs);
  if (std::any_of(items.begin(), items.end(), is_coroutine)) {
    raise(exc::TypeError, "Passing coroutines is forbidden, use tasks explicitly.");
  }
  EventLoop& loop = get_running_loop();
  std::vector<FuturePtr> futures;
  for (const Value& v : items) {
    auto f = v.as<Future>();
    if (!f) raise(exc::AttributeError, "'" + type_name(v) + "' object has no attribute 'add_done_callback'");
    futures.push_back(std::move(f));
  }
  co_return co_await wait_futures(std::move(futures), std::move(timeout), return_when.as_str(), loop);
}

std::string AsCompleted::type_name() const {
  // Up to 3.12 as_completed() is a generator function (a pure rename, not a rule).
  return Runtime::current().python() >= PythonVersion::v3_13 ? "_AsCompletedIterator" : "generator";
}

std::optional<Coro> AsCompleted::next() {
  if (left_ == 0) return std::nullopt;
  --left_;
  return wait_for_one(state_, true);
}

Coro AsCompleted::anext() {
  return [](std::shared_ptr<AsCompleted> self) -> Coro {
    if (self->left_ == 0) raise(exc::StopAsyncIteration);
    --self->left_;
    co_return co_await wait_for_one(self->state_, false);
  }(std::static_pointer_cast<AsCompleted>(shared_from_this()));
}

AsCompletedPtr as_completed(const Value& fs, Value timeout) {
  if (is_future(fs) || is_coroutine(fs)) {
    bool awaitables = Runtime::current().follows(VersionRule::AsCompletedExpectsAwaitables);
    raise(exc::TypeError, (awaitables ? "expects an iterable of awaitables, not " : "expect an iterable of futures, not ") +
                              type_name(fs));
  }
  auto st = std::make_shared<AsCompletedState>();
  EventLoopPtr loop = get_event_loop();
  // CPython wraps the awaitables while walking a set of them: an open order
  // (it shows when they are coroutines, made tasks in that order).
  std::vector<Value> items = distinct_items(fs);
  settle_order(loop->order_chooser(), OpenOrder::SetIteration, items.begin(), items.end());
  for (const Value& v : items) {
    FuturePtr f = ensure_future(v, loop.get());
    if (std::find(st->todo.begin(), st->todo.end(), f) == st->todo.end()) st->todo.push_back(std::move(f));
  }
  for (const FuturePtr& f : st->todo) {
    f->add_done_callback([st](const FuturePtr& done) { on_as_completed_completion(*st, done); }, st->cb);
  }
  if (!st->todo.empty() && !timeout.is_none()) {
    st->timeout_handle = loop->call_later(to_double(timeout, "timeout"), [st] { on_as_completed_timeout(*st); });
  }
  return std::make_shared<AsCompleted>(st, st->todo.size());
}

}  // namespace loopspec
