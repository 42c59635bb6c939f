// The loop-independent half of an event loop: BaseEventLoop's exception
// handling, run_until_complete, the reference futures and tasks, and the
// bookkeeping behind current_task() and all_tasks().
#include "loopspec/event_loop.hpp"

#include <algorithm>
#include <chrono>
#include <thread>
#include <utility>

#include "loopspec/detail/recycler.hpp"
#include "loopspec/future_bridge.hpp"
#include "loopspec/numbers.hpp"
#include "loopspec/runtime.hpp"
#include "loopspec/tasks.hpp"
#include "loopspec/timeouts.hpp"

namespace loopspec {
namespace {

/// The callback run_until_complete puts on its future: stop the loop once the
/// future is done, unless a KeyboardInterrupt/SystemExit is on its way out of
/// the loop anyway.
void stop_when_done(const FuturePtr& fut) {
  if (!fut->cancelled()) {
    ExceptionPtr e = fut->exception();
    if (e && escapes_loop(e)) return;
  }
  fut->get_loop().stop();
}

/// Every registration of stop_when_done compares equal to every other, as
/// CPython's one module-level function does.
const Value& stop_when_done_key() {
  class Key : public Object {
    std::string type_name() const override { return "function"; }
  };
  static const Value key(std::make_shared<Key>());
  return key;
}

}  // namespace

EventLoop::~EventLoop() = default;

TimerHandlePtr EventLoop::call_later(double delay, Callback cb) { return call_at(time() + delay, std::move(cb)); }

TimerHandlePtr EventLoop::call_at_number(const Value& when, Callback cb) {
  TimerHandlePtr h = call_at(to_double(when, "when"), std::move(cb));
  if (h) h->keep_given_when(when);
  return h;
}

HandlePtr EventLoop::add_signal_handler(int, Callback) { raise(exc::NotImplementedError); }

bool EventLoop::remove_signal_handler(int) { raise(exc::NotImplementedError); }

void EventLoop::signal_arrived(int) {}

void EventLoop::block_thread(double seconds) { std::this_thread::sleep_for(std::chrono::duration<double>(seconds)); }

FuturePtr EventLoop::create_future() {
  return std::allocate_shared<Future>(detail::RecyclingAllocator<Future>(), *this);
}

TaskPtr EventLoop::create_task(Coro coro, std::optional<std::string> name) {
  check_closed();
  if (!task_factory_) return Task::create(*this, std::move(coro), std::move(name));
  TaskPtr task = task_factory_(*this, std::move(coro));
  // 3.13.0 calls set_name(name) even when name is None (CPython gh-130033).
  if (Runtime::current().follows(VersionRule::FactoryTaskNamedEvenWithoutName))
    task->set_name(name ? std::move(*name) : "None");
  else if (name)
    task->set_name(std::move(*name));
  return task;
}

void EventLoop::set_task_factory(TaskFactory factory, Value identity) {
  task_factory_ = std::move(factory);
  task_factory_identity_ = task_factory_ ? std::move(identity) : Value(None);
}

Value EventLoop::run_until_complete(const Value& future_or_coro) {
  check_closed();
  check_running();
  bool new_task = !future_or_coro.as<Future>();
  FuturePtr fut = ensure_future(future_or_coro, this);
  fut->add_done_callback(stop_when_done, stop_when_done_key());
  try {
    run_forever();
  } catch (...) {
    // The task made here can't be awaited by anyone: mark its error retrieved.
    if (new_task && fut->done() && !fut->cancelled()) fut->exception();
    fut->remove_done_callback(stop_when_done_key());
    throw;
  }
  fut->remove_done_callback(stop_when_done_key());
  if (!fut->done()) raise(exc::RuntimeError, "Event loop stopped before Future completed.");
  return fut->result();
}

void EventLoop::asyncgen_first_iteration(const AsyncGeneratorPtr& agen) {
  // CPython warns (a ResourceWarning, which no trace shows) when this comes
  // after shutdown_asyncgens(), and remembers the generator all the same.
  asyncgens_.push_back(agen);
}

Coro EventLoop::shutdown_asyncgens() {
  std::vector<AsyncGeneratorPtr> closing;
  for (const auto& weak : asyncgens_)
    if (AsyncGeneratorPtr g = weak.lock()) closing.push_back(std::move(g));
  asyncgens_.clear();
  // CPython lists a weak set here: an open order.
  settle_order(order_chooser(), OpenOrder::SetIteration, closing.begin(), closing.end());
  if (closing.empty()) co_return None;
  std::vector<Value> closers;
  for (const auto& g : closing) closers.push_back(Value(g->aclose().object()));
  FuturePtr all = gather(closers, /*return_exceptions=*/true);
  Value results = co_await all;
  const auto& items = results.as<List>()->items;
  for (std::size_t i = 0; i < items.size(); ++i) {
    auto e = items[i].as<ExceptionObject>();
    if (!e || !e->is_instance_of(exc::Exception)) continue;
    auto context = std::make_shared<Dict>();
    context->set("message", "an error occurred during closing of asynchronous generator " + repr(Value(closing[i])));
    context->set("exception", Value(e));
    context->set("asyncgen", Value(closing[i]));
    call_exception_handler(context);
  }
  co_return None;
}

FuturePtr EventLoop::run_in_executor(ThreadPoolExecutorPtr executor, ThreadPoolExecutor::Job job) {
  check_closed();
  if (!executor) {
    if (executor_shutdown_called_) raise(exc::RuntimeError, "Executor shutdown has been called");
    if (!default_executor_) default_executor_ = std::make_shared<ThreadPoolExecutor>();
    executor = default_executor_;
  }
  return wrap_future(Value(executor->submit(std::move(job))), this);
}

HandlePtr EventLoop::add_reader(int, Callback) { raise(exc::NotImplementedError); }
bool EventLoop::remove_reader(int) { raise(exc::NotImplementedError); }
HandlePtr EventLoop::add_writer(int, Callback) { raise(exc::NotImplementedError); }
bool EventLoop::remove_writer(int) { raise(exc::NotImplementedError); }

void EventLoop::ensure_fd_no_transport(int fd, const Value& given) const {
  auto it = transports_.find(fd);
  if (it == transports_.end()) return;
  std::shared_ptr<FdTransport> transport = it->second.lock();
  if (!transport || transport->is_closing()) return;
  // Written only when shown: the reprs name descriptors, which no golden pins.
  throw PyError(new_exception_with_text(exc::RuntimeError, [given, transport] {
    return "File descriptor " + repr(given) + " is used by transport " + transport->python_repr();
  }));
}

void EventLoop::attach_transport(const std::shared_ptr<FdTransport>& transport) {
  transports_[transport->fd()] = transport;
  track_transport(transport);
}

void EventLoop::close_default_executor() {
  executor_shutdown_called_ = true;
  if (ThreadPoolExecutorPtr executor = std::exchange(default_executor_, nullptr)) executor->shutdown(/*wait=*/false);
}

Coro EventLoop::shutdown_default_executor(Value timeout) {
  executor_shutdown_called_ = true;
  if (!default_executor_) co_return None;
  const bool bounded = Runtime::current().follows(VersionRule::ExecutorShutdownTimesOut);
  FuturePtr done = create_future();
  // _do_shutdown, on a thread of its own; a loop closed meanwhile is not told.
  // Since 3.13 it leaves alone a future its caller's timeout cancelled; before,
  // set_result on it fails in the callback, which the exception handler hears.
  auto shut_down = [this, done, bounded, executor = default_executor_] {
    executor->shutdown(/*wait=*/true);
    if (is_closed()) return;
    call_soon_threadsafe([done, bounded] {
      if (!(bounded && done->cancelled())) done->set_result(None);
    });
  };
  Runtime::current().threads().start(std::move(shut_down));
  // Before 3.13 a timeout bounds only the join of a thread that has already
  // set the future, which nothing can observe.
  if (!bounded) {
    co_await done;
    co_return None;
  }
  try {
    co_await under_timeout(timeout, [](FuturePtr f) -> Coro { co_return co_await f; }(done));
    co_return None;
  } catch (const PyError& e) {
    if (!e.exception()->is_instance_of(exc::TimeoutError)) throw;
  }
  // CPython warns (a RuntimeWarning, which no trace shows) and stops waiting.
  if (default_executor_) default_executor_->shutdown(/*wait=*/false);
  co_return None;
}

void EventLoop::set_exception_handler(ExceptionHandler handler, Value identity) {
  handler_ = std::move(handler);
  handler_identity_ = std::move(identity);
}

void EventLoop::clear_exception_handler() {
  handler_ = nullptr;
  handler_identity_ = None;
}

void EventLoop::default_exception_handler(const DictPtr& context) {
  auto& observer = Runtime::current().unhandled_observer;
  if (observer) observer(*this, context);
}

void EventLoop::call_exception_handler(const DictPtr& context) {
  if (!handler_) {
    try {
      default_exception_handler(context);
    } catch (const PyError& e) {
      if (escapes_loop(e.exception())) throw;
      // CPython logs 'Exception in default exception handler' and goes on.
    }
    return;
  }
  try {
    handler_(*this, context);
  } catch (const PyError& e) {
    if (escapes_loop(e.exception())) throw;
    auto fallback = std::make_shared<Dict>();
    fallback->set("message", "Unhandled error in exception handler");
    fallback->set("exception", e.exception());
    fallback->set("context", context);
    try {
      default_exception_handler(fallback);
    } catch (const PyError& e2) {
      if (escapes_loop(e2.exception())) throw;
    }
  }
}

void EventLoop::enter_task(Task& t) {
  if (current_task_) {
    raise(exc::RuntimeError, "Cannot enter into task " + t.get_name() + " while another task " +
                                 current_task_->get_name() + " is being executed.");
  }
  current_task_ = &t;
  if (TaskObserver* o = Runtime::current().task_observer) o->step_entered(t);
}

void EventLoop::leave_task(Task& t) {
  if (current_task_ != &t) {
    raise(exc::RuntimeError, "Leaving task " + t.get_name() + " does not match the current task.");
  }
  current_task_ = nullptr;
  if (TaskObserver* o = Runtime::current().task_observer) o->step_left(t);
}

Task* EventLoop::enter_eager_step(Task& t) {
  Task* previous = current_task_;
  current_task_ = &t;
  if (TaskObserver* o = Runtime::current().task_observer) o->step_entered(t);
  return previous;
}

void EventLoop::leave_eager_step(Task& t, Task* previous) {
  current_task_ = previous;
  if (TaskObserver* o = Runtime::current().task_observer) o->step_left(t);
}

void EventLoop::register_task(const TaskPtr& t) {
  tasks_.add(t);
  if (TaskObserver* o = Runtime::current().task_observer) o->task_created(*t);
}

std::vector<TaskPtr> EventLoop::pending_tasks() { return tasks_.live(); }

void EventLoop::abandon_unfinished() {
  for (const TaskPtr& t : pending_tasks()) t->abandon();
  for (const FuturePtr& f : waited_futures_.members()) f->abandon();
  tasks_.clear();
  for (const auto& transport : made_transports_.live()) transport->abandon();
}

void EventLoop::check_closed() const {
  if (is_closed()) raise(exc::RuntimeError, "Event loop is closed");
}

void EventLoop::check_running() const {
  if (is_running()) raise(exc::RuntimeError, "This event loop is already running");
  if (Runtime::current().running_loop()) {
    raise(exc::RuntimeError, "Cannot run the event loop while another loop is running");
  }
}

}  // namespace loopspec
