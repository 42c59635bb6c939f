// concurrent.futures.Future (concurrent.futures._base.Future), on one thread.
#include "loopspec/concurrent_future.hpp"

#include <utility>

#include "loopspec/reprs.hpp"
#include "loopspec/runtime.hpp"

namespace loopspec {

namespace exc::concurrent {
const ExceptionType Error("Error", {&Exception});
// Unlike asyncio's, an Exception: `except Exception` catches it.
const ExceptionType CancelledError("CancelledError", {&Error});
const ExceptionType InvalidStateError("InvalidStateError", {&Error});
}  // namespace exc::concurrent

std::string ConcurrentFuture::python_repr() const {
  if (const ReprHooks* hooks = Runtime::current().repr_hooks) {
    hooks->unpinnable("a concurrent.futures.Future (`<Future at 0x...>`, a memory address)");
  }
  return "<Future object>";
}

bool ConcurrentFuture::cancel() {
  if (state_ == State::Running || state_ == State::Finished) return false;
  if (cancelled()) return true;
  state_ = State::Cancelled;
  invoke_callbacks();
  return true;
}

void ConcurrentFuture::wait(std::optional<double> timeout) {
  if (done()) return;
  if (VirtualThreads::on_virtual_thread()) {
    if (timeout) throw std::runtime_error("a job's wait with a timeout on a concurrent.futures.Future is not supported yet");
    // A job parks until the future completes, on whichever thread
    // (docs/outside-world.md#threads).
    VirtualThreads& threads = Runtime::current().threads();
    add_done_callback([&threads, id = VirtualThreads::current()](const ConcurrentFuturePtr&) { threads.make_runnable(id); });
    threads.park();
    return;
  }
  if (!timeout) throw BlocksThreadForever();
  // The loop's thread blocks: no other thread runs meanwhile (the virtual
  // world's one-at-a-time rule), so nothing can complete the future.
  raise(exc::TimeoutError);
}

Value ConcurrentFuture::result(std::optional<double> timeout) {
  wait(timeout);
  if (cancelled()) raise(exc::concurrent::CancelledError);
  if (exception_) throw PyError(exception_);
  return result_;
}

ExceptionPtr ConcurrentFuture::exception(std::optional<double> timeout) {
  wait(timeout);
  if (cancelled()) raise(exc::concurrent::CancelledError);
  return exception_;
}

void ConcurrentFuture::add_done_callback(ConcurrentDoneCallback fn) {
  if (!done()) {
    callbacks_.push_back(std::move(fn));
    return;
  }
  run_callback(fn);
}

bool ConcurrentFuture::set_running_or_notify_cancel() {
  if (state_ == State::Cancelled) {
    state_ = State::CancelledAndNotified;
    return false;
  }
  if (state_ != State::Pending) raise(exc::RuntimeError, "Future in unexpected state");
  state_ = State::Running;
  return true;
}

void ConcurrentFuture::raise_done_state() const {
  const char* state = state_ == State::Finished ? "FINISHED"
                      : state_ == State::Cancelled ? "CANCELLED" : "CANCELLED_AND_NOTIFIED";
  raise(exc::concurrent::InvalidStateError, std::string(state) + ": " + python_repr());
}

void ConcurrentFuture::set_result(Value v) {
  if (done()) raise_done_state();
  result_ = std::move(v);
  finish();
}

void ConcurrentFuture::set_exception(ExceptionPtr e) {
  if (done()) raise_done_state();
  exception_ = std::move(e);
  finish();
}

void ConcurrentFuture::finish() {
  state_ = State::Finished;
  invoke_callbacks();
}

void ConcurrentFuture::invoke_callbacks() {
  for (auto& fn : std::exchange(callbacks_, {})) run_callback(fn);
}

void ConcurrentFuture::run_callback(const ConcurrentDoneCallback& fn) {
  try {
    fn(std::static_pointer_cast<ConcurrentFuture>(shared_from_this()));
  } catch (const PyError& e) {
    if (!e.exception()->is_instance_of(exc::Exception)) throw;
  }
}

}  // namespace loopspec
