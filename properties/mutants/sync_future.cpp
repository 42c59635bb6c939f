// SyncFuture (sync_future.hpp): Future's state changes, minus the call_soon.
#include "sync_future.hpp"

#include <utility>

namespace loopspec::properties::mutants {

void SyncFuture::set_result(Value v) {
  if (state_ != State::Pending) raise(exc::InvalidStateError, "invalid state");
  result_ = std::move(v);
  state_ = State::Finished;
  call_callbacks_now();
}

void SyncFuture::set_exception(ExceptionPtr e) {
  if (state_ != State::Pending) raise(exc::InvalidStateError, "invalid state");
  if (e->type == &exc::StopIteration) {
    raise(exc::TypeError, "StopIteration interacts badly with generators and cannot be raised into a Future");
  }
  exception_ = std::move(e);
  state_ = State::Finished;
  call_callbacks_now();
}

bool SyncFuture::cancel(std::optional<Value> msg) {
  if (state_ != State::Pending) return false;
  state_ = State::Cancelled;
  cancel_message_ = std::move(msg);
  call_callbacks_now();
  return true;
}

void SyncFuture::call_callbacks_now() {
  auto self = std::static_pointer_cast<Future>(shared_from_this());
  callbacks_.drain([&self](DoneCallbacks::Registered& r) { r.fn(self); });
}

}  // namespace loopspec::properties::mutants
