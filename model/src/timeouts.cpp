// asyncio.timeouts (3.11): Timeout, timeout, timeout_at.
#include "loopspec/timeouts.hpp"

#include <cmath>

#include "loopspec/numbers.hpp"
#include "loopspec/runtime.hpp"
#include "loopspec/tasks.hpp"

namespace loopspec {

Timeout::Timeout(Value when) : when_(std::move(when)) {}

const char* Timeout::state_text(State s) {
  switch (s) {
    case State::Created: return "created";
    case State::Entered: return "active";
    case State::Expiring: return "expiring";
    case State::Expired: return "expired";
    case State::Exited: return "finished";
  }
  return "?";
}

void Timeout::reschedule(Value when) {
  if (state_ != State::Entered) {
    if (state_ == State::Created) raise(exc::RuntimeError, "Timeout has not been entered");
    raise(exc::RuntimeError, std::string("Cannot change state of ") + state_text(state_) + " Timeout");
  }
  when_ = std::move(when);
  if (timeout_handler_) timeout_handler_->cancel();
  if (when_.is_none()) {
    timeout_handler_ = nullptr;
    return;
  }
  EventLoop& loop = get_running_loop();
  double deadline = to_double(when_, "when");
  auto self = std::static_pointer_cast<Timeout>(shared_from_this());
  // A deadline already reached fires on the next iteration, not at once.
  if (deadline <= loop.time()) {
    timeout_handler_ = loop.call_soon([self] { self->on_timeout(); });
  } else {
    timeout_handler_ = loop.call_at(deadline, [self] { self->on_timeout(); });
  }
}

bool Timeout::expired() const { return state_ == State::Expiring || state_ == State::Expired; }

std::string Timeout::python_repr() const {
  std::string info;
  if (state_ == State::Entered) {
    // round(when, 3) keeps an int an int.
    std::string when = "None";
    if (when_.is_float()) {
      when = float_repr(std::round(when_.as_float() * 1000.0) / 1000.0);
    } else if (!when_.is_none()) {
      when = loopspec::repr(when_);
    }
    info = " when=" + when;
  }
  return std::string("<Timeout [") + state_text(state_) + "]" + info + ">";
}

Value Timeout::enter() {
  if (state_ != State::Created) raise(exc::RuntimeError, "Timeout has already been entered");
  TaskPtr task = current_task();
  if (!task) raise(exc::RuntimeError, "Timeout should be used inside a task");
  state_ = State::Entered;
  task_ = task;
  cancelling_ = task_->cancelling();
  reschedule(when_);
  return shared_from_this();
}

Value Timeout::exit(const ExceptionPtr& exc) {
  if (timeout_handler_) {
    timeout_handler_->cancel();
    timeout_handler_ = nullptr;
  }
  // Nothing uses the task after the block (keeping it would tie the task's
  // frame to this object in a cycle).
  TaskPtr task = std::exchange(task_, nullptr);
  if (state_ == State::Expiring) {
    state_ = State::Expired;
    // uncancel() runs whatever the exception; only the exact CancelledError
    // class is converted, and only when no newer cancel request is pending.
    if (task->uncancel() <= cancelling_ && exc && exc->type == &exc::CancelledError) {
      throw PyError(new_exception(exc::TimeoutError));
    }
  } else if (state_ == State::Entered) {
    state_ = State::Exited;
  }
  return None;
}

void Timeout::on_timeout() {
  task_->cancel();
  state_ = State::Expiring;
  timeout_handler_ = nullptr;  // the handle is running: nothing to cancel any more
}

Coro Timeout::aenter() {
  // The coroutine holds the object, as a bound method's frame holds self.
  auto self = std::static_pointer_cast<Timeout>(shared_from_this());
  return [](std::shared_ptr<Timeout> t) -> Coro { co_return t->enter(); }(std::move(self));
}

Coro Timeout::aexit(ExceptionPtr exc) {
  auto self = std::static_pointer_cast<Timeout>(shared_from_this());
  return [](std::shared_ptr<Timeout> t, ExceptionPtr e) -> Coro { co_return t->exit(e); }(std::move(self),
                                                                                         std::move(exc));
}

TimeoutPtr timeout(const Value& delay) {
  EventLoop& loop = get_running_loop();
  if (delay.is_none()) return std::make_shared<Timeout>(None);
  return std::make_shared<Timeout>(Value(loop.time() + to_double(delay, "delay")));
}

TimeoutPtr timeout_at(const Value& when) { return std::make_shared<Timeout>(when); }

Coro under_timeout(const Value& delay, Coro body) {
  TimeoutPtr deadline = timeout(delay);
  deadline->enter();
  Value result;
  try {
    result = co_await std::move(body);
  } catch (const PyError& e) {
    deadline->exit(e.exception());  // raises TimeoutError for its own cancellation
    throw;
  }
  deadline->exit(nullptr);
  co_return result;
}

}  // namespace loopspec
