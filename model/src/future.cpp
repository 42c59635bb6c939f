// asyncio.Future, with the messages of CPython's C accelerator.
#include "loopspec/future.hpp"

#include <algorithm>
#include <utility>

#include "loopspec/event_loop.hpp"
#include "loopspec/runtime.hpp"

namespace loopspec {

Value Future::result() {
  if (state_ == State::Cancelled) throw PyError(make_cancelled_error());
  if (state_ != State::Finished) raise(exc::InvalidStateError, "Result is not set.");
  if (exception_) {
    // The C Future raises its exception with the traceback it was set
    // with, once; later retrievals raise it with none.
    exception_->traceback = std::exchange(exception_tb_, {});
    exception_->traced_in = nullptr;
    throw PyError(exception_);
  }
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
  // The C Future checks its state before its argument.
  if (state_ != State::Pending) raise(exc::InvalidStateError, "invalid state");
  if (!e) raise(exc::TypeError, "invalid exception object");
  if (e->type == &exc::StopIteration) {
    // docs/versions.md#future-wraps-stop-iteration
    const char* text = "StopIteration interacts badly with generators and cannot be raised into a Future";
    if (!Runtime::current().follows(VersionRule::FutureWrapsStopIteration)) raise(exc::TypeError, text);
    e = new_exception(exc::RuntimeError, {Value(text)});
  }
  exception_tb_ = e->traceback;
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
    callbacks_.add(std::move(cb), std::move(key));
    update_waited();
    return;
  }
  auto self = std::static_pointer_cast<Future>(shared_from_this());
  loop_->call_soon([cb = std::move(cb), self] { cb(self); });
}

std::size_t Future::remove_done_callback(const Value& key) {
  std::size_t removed = callbacks_.remove(key);
  update_waited();
  return removed;
}

void Future::abandon() {
  callbacks_.clear();
  update_waited();
}

Future::~Future() {
  if (linked()) detail::WaitedFutures::erase(*this);
}

void Future::update_waited() {
  bool waited = !done() && !callbacks_.empty();
  if (waited && !linked()) {
    loop_->waited_futures().insert(*this);
  } else if (!waited && linked()) {
    detail::WaitedFutures::erase(*this);
  }
}

ExceptionPtr Future::make_cancelled_error() {
  if (cancelled_exc_) return std::exchange(cancelled_exc_, nullptr);
  if (!cancel_message_ || cancel_message_->is_none()) return new_exception(exc::CancelledError);
  return new_exception(exc::CancelledError, {*cancel_message_});
}

void Future::schedule_callbacks() {
  // Callbacks added from now on see a done future and are scheduled at once,
  // after these: registration order is call order.
  update_waited();
  auto self = std::static_pointer_cast<Future>(shared_from_this());
  callbacks_.drain([&](DoneCallbacks::Registered& r) { loop_->call_soon([fn = std::move(r.fn), self] { fn(self); }); });
}

void Future::DoneCallbacks::add(DoneCallback fn, Value key) {
  if (!first_) {
    first_.emplace(Registered{std::move(fn), std::move(key)});
  } else {
    rest_.push_back({std::move(fn), std::move(key)});
  }
}

std::vector<Value> Future::DoneCallbacks::keys() const {
  std::vector<Value> out;
  if (first_) out.push_back(first_->key);
  for (const auto& r : rest_) out.push_back(r.key);
  return out;
}

std::size_t Future::DoneCallbacks::remove(const Value& key) {
  auto matches = [&key](const Registered& r) { return !r.key.is_none() && loopspec::equals(r.key, key); };
  std::size_t removed = 0;
  if (first_ && matches(*first_)) {
    first_.reset();
    ++removed;
  }
  auto it = std::remove_if(rest_.begin(), rest_.end(), matches);
  removed += static_cast<std::size_t>(rest_.end() - it);
  rest_.erase(it, rest_.end());
  if (!first_ && !rest_.empty()) {  // the earliest left moves inline
    first_.emplace(std::move(rest_.front()));
    rest_.erase(rest_.begin());
  }
  return removed;
}

void set_result_unless_cancelled(const FuturePtr& fut, Value v) {
  if (fut->cancelled()) return;
  fut->set_result(std::move(v));
}

}  // namespace loopspec
