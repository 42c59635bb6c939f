// asyncio.tasks' functions: sleep, ensure_future, create_task, gather,
// current_task, all_tasks.
#include "loopspec/tasks.hpp"

#include <cstdint>

#include "loopspec/detail/recycler.hpp"
#include "loopspec/runtime.hpp"

namespace loopspec {
namespace {

/// events._get_event_loop: the running loop, else the policy's loop.
EventLoop& running_or_current_loop() {
  if (EventLoop* running = Runtime::current().running_loop()) return *running;
  return *get_event_loop();
}

/// The outer future of gather(): cancelling it cancels the children.
class GatheringFuture : public Future {
 public:
  GatheringFuture(EventLoop& loop, detail::RecycledVector<FuturePtr> children)
      : Future(loop), children(std::move(children)) {}
  std::string type_name() const override { return "_GatheringFuture"; }

  bool cancel(std::optional<Value> msg) override {
    if (done()) return false;
    bool any = false;
    for (auto& child : children) any = child->cancel(msg) || any;
    // Once a child was really cancelled the gather reports cancellation,
    // even with return_exceptions (bpo-32684).
    if (any) cancel_requested = true;
    return any;
  }

  detail::RecycledVector<FuturePtr> children;
  bool cancel_requested = false;
};

/// An argument's identity for gather: its object's address, else null.
const Object* identity_of(const Value& arg) { return arg.is_object() ? arg.as_object().get() : nullptr; }

/// gather's argument -> child index, by identity, in one recycled allocation
/// (gather may take many thousands of arguments, gather after gather). Only
/// objects can be awaitables (an immediate makes ensure_future raise), so an
/// object's address is the key.
class ChildIndex {
 public:
  explicit ChildIndex(std::size_t n) : slots_(capacity_for(n), {nullptr, 0}) {}
  /// The index recorded for `key`, or -1.
  std::ptrdiff_t find(const Object* key) const {
    const auto& s = slots_[slot_of(key)];
    return s.first ? static_cast<std::ptrdiff_t>(s.second) : -1;
  }
  void add(const Object* key, std::size_t index) { slots_[slot_of(key)] = {key, index}; }
  /// Starts loading `key`'s first slot: for a table of many thousands the
  /// probe is a cache miss, which the work on the argument before it hides.
  void prefetch(const Object* key) const { __builtin_prefetch(&slots_[home_of(key)]); }

 private:
  static std::size_t capacity_for(std::size_t n) {
    std::size_t c = 16;
    while (c < 2 * n) c *= 2;  // at most half full, so probes stay short
    return c;
  }
  // Linear probing from a multiplicative hash of the address.
  std::size_t home_of(const Object* key) const {
    return (reinterpret_cast<std::uintptr_t>(key) * 0x9E3779B97F4A7C15ull >> 20) & (slots_.size() - 1);
  }
  std::size_t slot_of(const Object* key) const {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = home_of(key);
    while (slots_[i].first && slots_[i].first != key) i = (i + 1) & mask;
    return i;
  }

  detail::RecycledVector<std::pair<const Object*, std::size_t>> slots_;
};

struct GatherState {
  /// Made once every argument has its child; from then on it holds the
  /// children (CPython's outer._children), and `children` is empty.
  std::shared_ptr<GatheringFuture> outer;
  /// The children while gather() makes them: ensure_future may raise half-way.
  detail::RecycledVector<FuturePtr> children;
  std::size_t nfuts = 0;
  std::size_t nfinished = 0;
  bool return_exceptions = false;
};

Value outcome_of(Future& child) {
  if (child.cancelled()) {
    const auto& msg = child.cancel_message();
    return new_exception(exc::CancelledError, {msg && !msg->is_none() ? *msg : Value("")});
  }
  if (ExceptionPtr e = child.exception()) return e;
  return child.result();
}

void on_child_done(GatherState& st, const FuturePtr& fut) {
  ++st.nfinished;
  auto& outer = st.outer;
  if (!outer || outer->done()) {
    if (!fut->cancelled()) fut->exception();  // marks the error retrieved
    return;
  }
  if (!st.return_exceptions) {
    if (fut->cancelled()) {
      outer->set_exception(fut->make_cancelled_error());
      return;
    }
    if (ExceptionPtr e = fut->exception()) {
      outer->set_exception(e);
      return;
    }
  }
  if (st.nfinished != st.nfuts) return;
  const auto& children = outer->children;
  auto results = std::make_shared<List>();
  results->items.reserve(children.size());
  for (const FuturePtr& child : children) results->items.push_back(outcome_of(*child));
  if (outer->cancel_requested) {
    // CPython takes the error of the last child in argument order (its `fut`
    // is left over from the results loop), not of the child that finished
    // last; the choice shows because a task hands out its own error once.
    outer->set_exception(children.back()->make_cancelled_error());
  } else {
    outer->set_result(results);
  }
}

}  // namespace

Coro sleep(double delay, Value result) {
  if (delay <= 0) {
    co_await yield_now();
    co_return result;
  }
  EventLoop& loop = get_running_loop();
  FuturePtr fut = loop.create_future();
  TimerHandlePtr timer = loop.call_later(delay, [fut, result] { set_result_unless_cancelled(fut, result); });
  Value v;
  try {
    v = co_await fut;
  } catch (...) {
    timer->cancel();
    throw;
  }
  timer->cancel();
  co_return v;
}

FuturePtr ensure_future(const Value& aw, EventLoop* loop) {
  if (auto fut = aw.as<Future>()) {
    if (loop && loop != &fut->get_loop()) {
      raise(exc::ValueError, "The future belongs to a different loop than the one specified as the loop argument");
    }
    return fut;
  }
  auto coro = aw.as<CoroutineObject>();
  if (!coro) {
    // Another awaitable is wrapped in a coroutine that awaits it, so it runs as a task.
    Runtime& rt = Runtime::current();
    if (rt.awaitable_adapter) coro = rt.awaitable_adapter(aw).object();
    if (!coro) raise(exc::TypeError, "An asyncio.Future, a coroutine or an awaitable is required");
  }
  EventLoop& target = loop ? *loop : running_or_current_loop();
  try {
    return target.create_task(Coro(coro));
  } catch (const PyError&) {
    coro->close();
    throw;
  }
}

TaskPtr create_task(Coro coro, std::optional<std::string> name) {
  // Up to 3.12 the loop numbers the task and the name replaces that number
  // afterwards, using it up; 3.13 hands the name to the loop, which then
  // takes no number.
  if (Runtime::current().follows(VersionRule::NamedTaskTakesNoNumber)) return get_running_loop().create_task(std::move(coro), std::move(name));
  TaskPtr task = get_running_loop().create_task(std::move(coro));
  if (name) task->set_name(std::move(*name));
  return task;
}

FuturePtr gather(const std::vector<Value>& aws, bool return_exceptions) {
  if (aws.empty()) {
    FuturePtr outer = running_or_current_loop().create_future();
    outer->set_result(std::make_shared<List>());
    return outer;
  }
  auto st = std::make_shared<GatherState>();
  st->return_exceptions = return_exceptions;
  ChildIndex seen(aws.size());
  st->children.reserve(aws.size());
  // 3.11 waits a done callback's iteration even for a child that is done
  // already; 3.12 counts such children at once, so gather of finished
  // children is finished when it returns (3.12's tasks.gather).
  const bool count_done_now = Runtime::current().follows(VersionRule::GatherCountsDoneChildren);
  std::vector<FuturePtr> done_children;
  EventLoop* loop = nullptr;
  for (std::size_t n = 0; n < aws.size(); ++n) {
    const Value& arg = aws[n];
    const Object* key = identity_of(arg);
    if (n + 1 < aws.size()) seen.prefetch(identity_of(aws[n + 1]));
    if (std::ptrdiff_t i = key ? seen.find(key) : -1; i >= 0) {
      st->children.push_back(st->children[static_cast<std::size_t>(i)]);
      continue;
    }
    FuturePtr fut = ensure_future(arg, loop);
    if (!loop) loop = &fut->get_loop();
    ++st->nfuts;
    if (key) seen.add(key, st->children.size());
    if (count_done_now && fut->done()) done_children.push_back(fut);
    else fut->add_done_callback([st](const FuturePtr& f) { on_child_done(*st, f); });
    st->children.push_back(fut);
  }
  st->outer = std::make_shared<GatheringFuture>(*loop, std::move(st->children));
  for (const FuturePtr& fut : done_children) on_child_done(*st, fut);
  return st->outer;
}

TaskPtr current_task(EventLoop* loop) {
  EventLoop& l = loop ? *loop : get_running_loop();
  Task* t = l.current_task();
  return t ? std::static_pointer_cast<Task>(t->shared_from_this()) : nullptr;
}

std::vector<TaskPtr> all_tasks(EventLoop* loop) {
  EventLoop& l = loop ? *loop : get_running_loop();
  return l.pending_tasks();
}

}  // namespace loopspec
