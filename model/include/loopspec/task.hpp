// asyncio.Task: a future that drives a coroutine, one step per loop callback.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "loopspec/coro.hpp"
#include "loopspec/future.hpp"

namespace loopspec {

class Task;
using TaskPtr = std::shared_ptr<Task>;

/// asyncio.Task with CPython 3.11's stepping rules:
/// - creation schedules the first step with call_soon (the body does not run yet);
/// - a step sends into the coroutine, or throws the exception of the future it
///   waited on, or CancelledError when a cancel is pending (`must_cancel`);
/// - a coroutine that awaits a pending future parks the task on it: the
///   future's done callback schedules the next step (`wakeup`);
/// - a bare yield schedules the next step with call_soon;
/// - cancel() cancels the future the task waits on, or, when there is none,
///   makes the next step throw CancelledError.
/// - 3.12's eager start (`eager_start=True` while the loop runs): the first
///   step runs inside create(), with the new task current over its creator,
///   and the task is returned already done when the coroutine never suspended.
class Task : public Future {
 public:
  /// Task(coro, loop=loop, name=name, eager_start=eager_start). Without a
  /// name the task takes the next `Task-N` of the runtime's counter. Raises
  /// TypeError for a null coroutine. `eager_start` counts only while the
  /// loop runs; otherwise the first step is scheduled as usual.
  static TaskPtr create(EventLoop& loop, Coro coro, std::optional<std::string> name = std::nullopt,
                        bool eager_start = false);

  std::string type_name() const override { return "Task"; }

  bool cancel(std::optional<Value> msg = std::nullopt) override;
  /// Task.set_result/set_exception are not for users: RuntimeError.
  void set_result(Value v) override;
  void set_exception(ExceptionPtr e) override;

  /// Pending cancel requests (cancel() calls not yet matched by uncancel()).
  int cancelling() const { return num_cancels_requested_; }
  /// Decrements the count (never below zero) and returns it; from 3.13,
  /// reaching zero also drops a cancel not yet delivered to the coroutine.
  virtual int uncancel();

  const std::string& get_name() const { return name_; }
  void set_name(std::string name) { name_ = std::move(name); }
  const Coro& get_coro() const { return coro_; }

  /// base_tasks._task_get_stack: the frames get_stack(limit=...) lists,
  /// oldest first. A frame of CPython's own code (asyncio's coroutines, the
  /// loop that runs a step) stops the run through the repr hooks.
  std::vector<FramePtr> get_stack(std::optional<std::int64_t> limit) const;
  /// base_tasks._task_print_stack: the text print_stack(limit=...) writes.
  std::string stack_text(std::optional<std::int64_t> limit) const;

  Task(EventLoop& loop, Coro coro, std::string name);

  /// Also drops the coroutine frame and the future waited for.
  void abandon() override;

 protected:
  /// base_tasks._task_repr_info: the future's words with the name, the
  /// coroutine and the future waited for.
  std::vector<std::string> repr_info(const ReprHooks& hooks) const override;

  /// Schedules the next step with call_soon. A subclass made without
  /// create() calls it once to start the task, then registers it.
  void schedule_step(ExceptionPtr exc = nullptr);

 private:
  void step(ExceptionPtr exc);
  /// Task.__eager_start: the first step, run now in the creator's turn.
  void start_eagerly();
  /// The body of a step (CPython's __step_run_and_handle_result): send or
  /// throw into the coroutine, then settle the task or park it.
  void run_coroutine(ExceptionPtr exc);
  void wakeup(const FuturePtr& fut);
  /// Waits for `awaited`, or wakes the coroutine with tasks.py __step's
  /// error when it cannot (another loop's future, one yielded without its
  /// blocking mark, the task itself).
  void park_on(const FuturePtr& awaited, bool blocking);
  void finish_step(CoroutineObject::Step& s);

  Coro coro_;
  std::string name_;
  int num_cancels_requested_ = 0;
  bool must_cancel_ = false;
  FuturePtr fut_waiter_;
};

}  // namespace loopspec
