// concurrent.futures.Future: the thread-side future asyncio bridges to
// (future_bridge.hpp), as a program on the loop's own thread sees it.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "loopspec/exceptions.hpp"
#include "loopspec/value.hpp"

namespace loopspec {

/// concurrent.futures' own classes (concurrent.futures._base); its
/// TimeoutError is the builtin one. Distinct from asyncio's classes of the
/// same names: futures._convert_future_exc translates between them.
namespace exc::concurrent {
extern const ExceptionType Error, CancelledError, InvalidStateError;
}  // namespace exc::concurrent

/// Thrown by result() and exception() without a timeout on a pending future
/// on the loop's thread: it would wait for ever, since the scenario's other
/// threads run only while the loop selects (docs/outside-world.md#threads).
/// Not a Python exception: no scenario code can catch it.
class BlocksThreadForever : public std::runtime_error {
 public:
  explicit BlocksThreadForever(
      const char* what = "waiting without a timeout for a pending concurrent.futures.Future blocks the loop's "
                         "thread for ever: no other thread runs while it waits")
      : std::runtime_error(what) {}
};

class ConcurrentFuture;
using ConcurrentFuturePtr = std::shared_ptr<ConcurrentFuture>;
using ConcurrentDoneCallback = std::function<void(const ConcurrentFuturePtr&)>;

/// concurrent.futures.Future.
///
/// Invariants: done callbacks run synchronously in the thread that completes
/// the future (here always the loop's), in registration order, each at most
/// once; one added to a done future runs at once. An Exception a callback
/// raises is logged and dropped (CPython's `LOGGER.exception`; the trace
/// holds no logs), a BaseException propagates to whoever completed the future.
class ConcurrentFuture : public Object {
 public:
  enum class State { Pending, Running, Cancelled, CancelledAndNotified, Finished };

  std::string type_name() const override { return "Future"; }
  /// `<Future at 0x... state=...>`: a memory address, which no golden can pin
  /// (ReprHooks::unpinnable stops the run).
  std::string python_repr() const override;

  /// False while running or finished; true when (already) cancelled.
  bool cancel();
  bool cancelled() const { return state_ == State::Cancelled || state_ == State::CancelledAndNotified; }
  bool running() const { return state_ == State::Running; }
  bool done() const { return cancelled() || state_ == State::Finished; }

  /// The result, or raises the exception or concurrent CancelledError(). On
  /// a pending future, a job (a virtual thread) parks until it is done; the
  /// loop's thread gets TimeoutError() after a timeout (the wait takes no
  /// loop time) and BlocksThreadForever without one.
  Value result(std::optional<double> timeout = std::nullopt);
  /// As result(), but returns the exception (null for a result).
  ExceptionPtr exception(std::optional<double> timeout = std::nullopt);

  void add_done_callback(ConcurrentDoneCallback fn);

  /// Cancelled: notes the notification and returns false. Pending: running,
  /// returns true. Otherwise RuntimeError('Future in unexpected state').
  bool set_running_or_notify_cancel();
  /// Pending or running only; else InvalidStateError('<STATE>: <repr>'),
  /// whose repr stops the run as python_repr does.
  void set_result(Value v);
  void set_exception(ExceptionPtr e);

 private:
  void finish();
  [[noreturn]] void raise_done_state() const;
  /// Runs and drops the callbacks (CPython keeps the list; nothing can run
  /// it again, and dropping it breaks the cycles a chain would leave).
  void invoke_callbacks();
  /// An Exception the callback raises is dropped (CPython logs it).
  void run_callback(const ConcurrentDoneCallback& fn);
  /// What result() and exception() do before they look at the outcome.
  void wait(std::optional<double> timeout);

  State state_ = State::Pending;
  Value result_;
  ExceptionPtr exception_;
  std::vector<ConcurrentDoneCallback> callbacks_;
};

}  // namespace loopspec
