// asyncio.Task: CPython 3.11's __step/__wakeup state machine.
#include "loopspec/task.hpp"

#include "loopspec/detail/recycler.hpp"
#include "loopspec/event_loop.hpp"
#include "loopspec/reprs.hpp"
#include "loopspec/runtime.hpp"

namespace loopspec {
Task::Task(EventLoop& loop, Coro coro, std::string name)
    : Future(loop), coro_(std::move(coro)), name_(std::move(name)) {}

TaskPtr Task::create(EventLoop& loop, Coro coro, std::optional<std::string> name, bool eager_start) {
  if (!coro) raise(exc::TypeError, "a coroutine was expected, got None");
  // The counter advances only for unnamed tasks (asyncio.create_task names
  // its task after creation, so it takes a number too).
  std::string task_name = name ? std::move(*name) : "Task-" + std::to_string(Runtime::current().next_task_number());
  auto task = std::allocate_shared<Task>(detail::RecyclingAllocator<Task>(), loop, std::move(coro), std::move(task_name));
  if (eager_start && loop.is_running()) {
    // Registered first: all_tasks() sees it during its eager step (CPython's
    // _eager_tasks), and its context is taken before any of its code runs.
    loop.register_task(task);
    task->start_eagerly();
  } else {
    task->schedule_step();
    loop.register_task(task);
  }
  return task;
}

bool Task::cancel(std::optional<Value> msg) {
  if (done()) return false;
  ++num_cancels_requested_;
  // Cancelling the awaited future wakes this task with CancelledError; keep
  // fut_waiter_: it may be a task that swallows the cancellation.
  if (fut_waiter_ && fut_waiter_->cancel(msg)) return true;
  // Otherwise a step is already scheduled: it will throw CancelledError.
  must_cancel_ = true;
  cancel_message_ = std::move(msg);
  return true;
}

void Task::set_result(Value) { raise(exc::RuntimeError, "Task does not support set_result operation"); }

void Task::set_exception(ExceptionPtr) { raise(exc::RuntimeError, "Task does not support set_exception operation"); }

int Task::uncancel() {
  if (num_cancels_requested_ > 0) {
    --num_cancels_requested_;
    // 3.13: the last uncancel also withdraws a cancel not yet delivered, so a
    // task that cancels and uncancels itself runs on.
    if (num_cancels_requested_ == 0 && Runtime::current().follows(VersionRule::UncancelWithdrawsPendingCancel))
      must_cancel_ = false;
  }
  return num_cancels_requested_;
}

void Task::schedule_step(ExceptionPtr exc) {
  auto self = std::static_pointer_cast<Task>(shared_from_this());
  loop_->call_soon([self, exc = std::move(exc)] { self->step(exc); });
}

void Task::wakeup(const FuturePtr& fut) {
  ExceptionPtr exc;
  try {
    fut->result();
  } catch (const PyError& e) {
    exc = e.exception();  // may be the CancelledError of a cancelled future
  }
  step(std::move(exc));
}

void Task::step(ExceptionPtr exc) {
  if (done()) raise(exc::InvalidStateError, "_step(): already done: " + name_);
  if (must_cancel_) {
    if (!exc || !exc->is_instance_of(exc::CancelledError)) exc = make_cancelled_error();
    must_cancel_ = false;
  }
  fut_waiter_ = nullptr;

  loop_->enter_task(*this);
  try {
    run_coroutine(std::move(exc));
  } catch (...) {
    loop_->leave_task(*this);
    throw;
  }
  loop_->leave_task(*this);
}

void Task::start_eagerly() {
  Task* creator = loop_->enter_eager_step(*this);
  try {
    run_coroutine(nullptr);
  } catch (...) {
    loop_->leave_eager_step(*this, creator);
    throw;
  }
  loop_->leave_eager_step(*this, creator);
  // CPython lets go of a coroutine that finished eagerly: get_coro() is None.
  if (done()) coro_ = Coro();
}

void Task::run_coroutine(ExceptionPtr exc) {
  CoroutineObject::Step s = exc ? coro_.object()->throw_(std::move(exc)) : coro_.object()->send();
  finish_step(s);
}

void Task::finish_step(CoroutineObject::Step& s) {
  using Kind = CoroutineObject::Step::Kind;
  if (s.kind == Kind::Returned) {
    if (must_cancel_) {
      // Cancelled right before the coroutine returned.
      must_cancel_ = false;
      Future::cancel(cancel_message_);
    } else {
      Future::set_result(std::move(s.value));
    }
  } else if (s.kind == Kind::Raised) {
    if (s.error->is_instance_of(exc::CancelledError)) {
      cancelled_exc_ = s.error;
      Future::cancel();
    } else {
      Future::set_exception(s.error);
      if (escapes_loop(s.error)) throw PyError(s.error);
    }
  } else if (s.awaited) {
    park_on(s.awaited, !s.unblocked);
  } else if (s.bad_yield) {
    // Neither a future nor a bare yield: the task wakes the coroutine with an error.
    const BadYield& bad = *s.bad_yield;
    schedule_step(new_exception_with_text(exc::RuntimeError, [&] {
      if (!bad.generator) return "Task got bad yield: " + bad.repr;
      return "yield was used instead of yield from for generator in task " + python_repr() + " with " + bad.repr;
    }));
  } else {
    schedule_step();  // a bare yield gives up exactly one iteration
  }
}

void Task::park_on(const FuturePtr& awaited, bool blocking) {
  if (&awaited->get_loop() != loop_) {
    schedule_step(new_exception(exc::RuntimeError, {Value("Task " + name_ + " got Future attached to a different loop")}));
    return;
  }
  if (!blocking) {
    schedule_step(new_exception_with_text(exc::RuntimeError, [&] {
      return "yield was used instead of yield from in task " + python_repr() + " with " + awaited->python_repr();
    }));
    return;
  }
  if (awaited.get() == this) {
    schedule_step(
        new_exception_with_text(exc::RuntimeError, [&] { return "Task cannot await on itself: " + python_repr(); }));
    return;
  }
  auto self = std::static_pointer_cast<Task>(shared_from_this());
  awaited->add_done_callback([self](const FuturePtr& f) { self->wakeup(f); }, task_wakeup_callback());
  fut_waiter_ = awaited;
  if (must_cancel_ && fut_waiter_->cancel(cancel_message_)) must_cancel_ = false;
}

void Task::abandon() {
  Future::abandon();
  fut_waiter_ = nullptr;
  if (coro_) coro_.object()->close();
}

}  // namespace loopspec
