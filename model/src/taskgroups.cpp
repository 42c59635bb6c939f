// asyncio.TaskGroup (3.11.7).
#include "loopspec/taskgroups.hpp"

#include <algorithm>

#include "loopspec/reprs.hpp"
#include "loopspec/runtime.hpp"
#include "loopspec/tasks.hpp"

namespace loopspec {

std::string TaskGroup::repr() const {
  std::string info;
  if (!tasks_.empty()) info += " tasks=" + std::to_string(tasks_.size());
  if (!errors_.empty()) info += " errors=" + std::to_string(errors_.size());
  if (aborting_) {
    info += " cancelling";
  } else if (entered_) {
    info += " entered";
  }
  return "<TaskGroup" + info + ">";
}

void TaskGroup::refuse(Coro& coro, const char* why) const {
  // 3.13 closes the coroutine it refuses: awaiting it afterwards raises.
  if (Runtime::current().follows(VersionRule::TaskGroupClosesRefusedCoroutine)) coro.object()->close();
  raise(exc::RuntimeError, "TaskGroup " + repr() + why);
}

TaskPtr TaskGroup::create_task(Coro coro, std::optional<std::string> name) {
  if (!entered_) refuse(coro, " has not been entered");
  if (exiting_ && tasks_.empty()) refuse(coro, " is finished");
  if (aborting_) refuse(coro, " is shutting down");
  TaskPtr task;
  if (Runtime::current().follows(VersionRule::NamedTaskTakesNoNumber)) {
    task = loop_->create_task(std::move(coro), std::move(name));  // a name takes no Task-N
  } else {
    // loop.create_task numbers the task; the name is applied afterwards.
    task = loop_->create_task(std::move(coro));
    if (name) task->set_name(std::move(*name));
  }
  // A task that finished in its eager first step (3.12) is settled now; no
  // task can be done at creation before 3.12, so this holds for every version.
  if (task->done()) {
    on_task_done(task);
    return task;
  }
  auto self = std::static_pointer_cast<TaskGroup>(shared_from_this());
  task->add_done_callback([self](const FuturePtr& f) { self->on_task_done(std::static_pointer_cast<Task>(f)); },
                          taskgroup_on_task_done_callback());
  tasks_.push_back(task);
  return task;
}

bool TaskGroup::is_base_error(const ExceptionPtr& e) {
  return e->is_instance_of(exc::SystemExit) || e->is_instance_of(exc::KeyboardInterrupt);
}

void TaskGroup::abort() {
  aborting_ = true;
  // The children are a set in CPython: an open order. Only the unfinished
  // ones are cancelled, so only their order is asked for.
  std::vector<TaskPtr> pending;
  std::copy_if(tasks_.begin(), tasks_.end(), std::back_inserter(pending), [](const TaskPtr& t) { return !t->done(); });
  settle_order(loop_ ? loop_->order_chooser() : nullptr, OpenOrder::SetIteration, pending.begin(), pending.end());
  for (const TaskPtr& t : pending) t->cancel();
}

void TaskGroup::discard(const TaskPtr& task) {
  auto it = std::find(tasks_.begin(), tasks_.end(), task);
  if (it != tasks_.end()) tasks_.erase(it);
}

void TaskGroup::on_task_done(const TaskPtr& task) {
  discard(task);
  if (on_completed_fut_ && tasks_.empty() && !on_completed_fut_->done()) on_completed_fut_->set_result(true);
  if (task->cancelled()) return;
  ExceptionPtr exc = task->exception();
  if (!exc) return;
  errors_.push_back(exc);
  if (is_base_error(exc) && !base_error_) base_error_ = exc;
  // aexit lets go of the parent once every child is done, so a child that
  // reports after that (a loop that ran its done callback twice) finds the
  // parent gone: it is past completing this group, as a done parent is.
  if (!parent_task_ || parent_task_->done()) {
    const std::string parent = parent_task_ ? parent_task_->get_name() : "of the exited group";
    auto context = std::make_shared<Dict>();
    context->set("message", "Task " + task->get_name() + " has errored out but its parent task " + parent +
                                " is already completed");
    context->set("exception", exc);
    context->set("task", task);
    loop_->call_exception_handler(context);
    return;
  }
  // Stop the body at its next await; aexit takes this cancel back.
  if (!aborting_ && !parent_cancel_requested_) {
    abort();
    parent_cancel_requested_ = true;
    parent_task_->cancel();
  }
}

Coro TaskGroup::aenter() {
  return [](TaskGroupPtr self) -> Coro {
    if (self->entered_) raise(exc::RuntimeError, "TaskGroup " + self->repr() + " has already been entered");
    if (!self->loop_) self->loop_ = &get_running_loop();
    self->parent_task_ = current_task(self->loop_);
    if (!self->parent_task_) {
      raise(exc::RuntimeError, "TaskGroup " + self->repr() + " cannot determine the parent task");
    }
    self->entered_ = true;
    co_return self;
  }(std::static_pointer_cast<TaskGroup>(shared_from_this()));
}

Coro TaskGroup::aexit(ExceptionPtr exc) {
  return [](TaskGroupPtr self, ExceptionPtr exc) -> Coro {
    self->exiting_ = true;
    if (exc && is_base_error(exc) && !self->base_error_) self->base_error_ = exc;
    // 3.13 takes its own cancel of the parent back after the children are
    // done (a cancel made while waiting for them is taken back too), counts
    // CancelledError's subclasses as cancellations, and re-arms a parent
    // still being cancelled when it raises the children's errors.
    const bool late_uncancel = Runtime::current().follows(VersionRule::TaskGroupUncancelsAfterWaiting);
    // `et is CancelledError` (the exact class) up to 3.12, a subclass from 3.13.
    const bool body_cancelled =
        exc && (late_uncancel ? exc->is_instance_of(exc::CancelledError) : exc->type == &exc::CancelledError);
    ExceptionPtr propagate_cancellation = body_cancelled ? exc : nullptr;
    // The group's own cancel of the parent must be taken back; if it was the
    // only one, the body's CancelledError is not the caller's business.
    auto take_back_own_cancel = [&](const TaskPtr& parent) {
      if (self->parent_cancel_requested_ && parent->uncancel() == 0) propagate_cancellation = nullptr;
    };
    if (!late_uncancel) take_back_own_cancel(self->parent_task_);
    if (exc && !self->aborting_) self->abort();

    // The completion future may be cancelled repeatedly when the parent task
    // is cancelled again and again: wait until no child is left.
    while (!self->tasks_.empty()) {
      if (!self->on_completed_fut_) self->on_completed_fut_ = self->loop_->create_future();
      try {
        co_await self->on_completed_fut_;
      } catch (const PyError& e) {
        if (!e.exception()->is_instance_of(exc::CancelledError)) throw;
        if (!self->aborting_) {
          // The parent is cancelled while the children still run.
          propagate_cancellation = e.exception();
          self->abort();
        }
      }
      self->on_completed_fut_ = nullptr;
    }
    // Nothing needs the parent any more (keeping it would tie the task's frame
    // to this object in a cycle).
    TaskPtr parent = std::exchange(self->parent_task_, nullptr);

    if (self->base_error_) throw PyError(self->base_error_);
    if (late_uncancel) take_back_own_cancel(parent);
    // Child errors take priority over a cancellation.
    if (propagate_cancellation && self->errors_.empty()) throw PyError(propagate_cancellation);
    if (exc && !body_cancelled) self->errors_.push_back(exc);
    if (!self->errors_.empty()) {
      if (late_uncancel && parent->cancelling() > 0) {
        parent->uncancel();
        parent->cancel();
      }
      auto errors = std::exchange(self->errors_, {});
      throw PyError(new_exception_group("unhandled errors in a TaskGroup", std::move(errors)));
    }
    co_return None;
  }(std::static_pointer_cast<TaskGroup>(shared_from_this()), std::move(exc));
}

}  // namespace loopspec
