// asyncio.TaskGroup (3.11.7): structured concurrency for the tasks of one block.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "loopspec/async_context.hpp"
#include "loopspec/event_loop.hpp"

namespace loopspec {

/// asyncio.TaskGroup. Make it with std::make_shared.
///
/// - aenter binds the running loop and the current (parent) task; it never yields.
/// - create_task(coro, name) makes a task of the loop (taking a Task-N number
///   even when named, up to 3.12) with a done callback that records its error.
/// - The first child error (not a cancellation) aborts the group: every child
///   not done is cancelled, and the parent task is cancelled once (so the
///   body stops at its next await) and uncancelled again at exit.
/// - aexit aborts on an exception from the body, then waits until every child
///   is done (on a future set by the last child's callback: two iterations
///   after the last child finishes), cancelling the children if the parent is
///   cancelled meanwhile. It then raises, in this priority: a
///   KeyboardInterrupt/SystemExit (from a child or the body) as is; the
///   parent's CancelledError when there are no child errors (and no cancel
///   request of the group's own is all that is left); else
///   BaseExceptionGroup('unhandled errors in a TaskGroup', errors), the
///   children's errors in completion order followed by the body's error
///   (an ExceptionGroup when all are Exceptions).
class TaskGroup : public AsyncContextManager {
 public:
  std::string type_name() const override { return "TaskGroup"; }
  /// `<TaskGroup tasks=2 errors=1 cancelling>`, as CPython's repr.
  std::string repr() const;

  /// RuntimeError('TaskGroup <repr> has not been entered' | 'is finished' |
  /// 'is shutting down'); from 3.13 the refused coroutine is closed first.
  TaskPtr create_task(Coro coro, std::optional<std::string> name = std::nullopt);

  /// Returns the group. RuntimeError('TaskGroup <repr> has already been
  /// entered'), RuntimeError('TaskGroup <repr> cannot determine the parent task').
  Coro aenter() override;
  /// Never suppresses: returns None or raises (see the class comment).
  Coro aexit(ExceptionPtr exc) override;

 private:
  static bool is_base_error(const ExceptionPtr& e);
  [[noreturn]] void refuse(Coro& coro, const char* why) const;
  void abort();
  void on_task_done(const TaskPtr& task);
  void discard(const TaskPtr& task);

  bool entered_ = false;
  bool exiting_ = false;
  bool aborting_ = false;
  EventLoop* loop_ = nullptr;
  TaskPtr parent_task_;
  bool parent_cancel_requested_ = false;
  std::vector<TaskPtr> tasks_;  // a set in CPython; kept in creation order
  std::vector<ExceptionPtr> errors_;
  ExceptionPtr base_error_;
  FuturePtr on_completed_fut_;
};
using TaskGroupPtr = std::shared_ptr<TaskGroup>;

}  // namespace loopspec
