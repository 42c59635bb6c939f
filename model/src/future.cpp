// asyncio.Future, with the messages of CPython's C accelerator.
#include "loopspec/future.hpp"

#include <algorithm>

#include "loopspec/event_loop.hpp"

namespace loopspec {

Value Future::result() {
  if (state_ == State::Cancelled) throw PyError(make_cancelled_error());
  if (state_ != State::Finished) raise(exc::InvalidStateError, "Result is not set.");
  if (exception_) throw PyError(exception_);
  return result_;
}

ExceptionPtr Future::exception() {
  if (state_ == State::Cancelled) throw PyError(make_cancelled_error());
  if (state_ != State::Finished) raise(exc::InvalidStateError, "Exception is not set.");
  return exception_;
}

void Future::set_result(Value v) {
  if (state_ != State::Pending) raise(exc::InvalidStateError, "invalid state");
  result_ = std::move(v);
  state_ = State::Finished;
  schedule_callbacks();
}

void Future::set_exception(ExceptionPtr e) {
  if (state_ != State::Pending) raise(exc::InvalidStateError, "invalid state");
  if (e->type == &exc::StopIteration) {
    raise(exc::TypeError, "StopIteration interacts badly with generators and cannot be raised into a Future");
  }
  exception_ = std::move(e);
  state_ = State::Finished;
  schedule_callbacks();
}

bool Future::cancel(std::optional<Value> msg) {
  if (state_ != State::Pending) return false;
  state_ = State::Cancelled;
  cancel_message_ = std::move(msg);
  schedule_callbacks();
  return true;
}

void Future::add_done_callback(DoneCallback cb, Value key) {
  if (!done()) {
    callbacks_.push_back({std::move(cb), std::move(key)});
    return;
  }
  auto self = std::static_pointer_cast<Future>(shared_from_this());
  loop_->call_soon([cb = std::move(cb), self] { cb(self); });
}

std::size_t Future::remove_done_callback(const Value& key) {
  auto matches = [&key](const Registered& r) { return !r.key.is_none() && loopspec::equals(r.key, key); };
  auto it = std::remove_if(callbacks_.begin(), callbacks_.end(), matches);
  auto removed = static_cast<std::size_t>(callbacks_.end() - it);
  callbacks_.erase(it, callbacks_.end());
  return removed;
}

ExceptionPtr Future::make_cancelled_error() {
  if (cancelled_exc_) return std::exchange(cancelled_exc_, nullptr);
  if (!cancel_message_ || cancel_message_->is_none()) return new_exception(exc::CancelledError);
  return new_exception(exc::CancelledError, {*cancel_message_});
}

void Future::schedule_callbacks() {
  // Callbacks added from now on see a done future and are scheduled at once,
  // after these: registration order is call order.
  auto pending = std::exchange(callbacks_, {});
  auto self = std::static_pointer_cast<Future>(shared_from_this());
  for (auto& r : pending) {
    loop_->call_soon([fn = std::move(r.fn), self] { fn(self); });
  }
}

void set_result_unless_cancelled(const FuturePtr& fut, Value v) {
  if (fut->cancelled()) return;
  fut->set_result(std::move(v));
}

}  // namespace loopspec
