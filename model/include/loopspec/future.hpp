// asyncio.Future: a result that arrives later, with CPython 3.11's states,
// messages and callback scheduling.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "loopspec/exceptions.hpp"
#include "loopspec/detail/inline_function.hpp"
#include "loopspec/detail/waited_futures.hpp"
#include "loopspec/value.hpp"

namespace loopspec {

class EventLoop;
class Future;
class ReprHooks;
using FuturePtr = std::shared_ptr<Future>;

/// A done callback: called with the future, through the loop's call_soon. The
/// capacity holds one shared_ptr (the task or gather waiting) inline.
using DoneCallback = detail::InlineFunction<void(const FuturePtr&), 16>;

/// asyncio.Future. The reference implementation of the futures every loop may
/// use; a loop that brings its own overrides the virtual members.
///
/// Invariants: the state moves once, from pending to finished or cancelled;
/// done callbacks never run synchronously: each is scheduled with call_soon,
/// in registration order, when the state moves or when added to a done future.
class Future : public Object, private detail::WaitedLink {
 public:
  explicit Future(EventLoop& loop) : loop_(&loop) {}
  Future(const Future&) = delete;
  Future& operator=(const Future&) = delete;
  ~Future() override;
  std::string type_name() const override { return "Future"; }
  /// `<Future finished result=1>`, through Runtime::repr_hooks (reprs.hpp).
  std::string python_repr() const override;

  EventLoop& get_loop() const { return *loop_; }
  bool done() const { return state_ != State::Pending; }
  bool cancelled() const { return state_ == State::Cancelled; }

  /// The result; raises the exception, CancelledError (see make_cancelled_error)
  /// or InvalidStateError('Result is not set.').
  virtual Value result();
  /// The exception or null; raises CancelledError when cancelled and
  /// InvalidStateError('Exception is not set.') when pending.
  virtual ExceptionPtr exception();
  /// InvalidStateError('invalid state') unless pending.
  virtual void set_result(Value v);
  /// As set_result; then TypeError('invalid exception object') for a null
  /// `e` (the caller's argument was no exception) and TypeError for
  /// StopIteration.
  virtual void set_exception(ExceptionPtr e);
  /// False when already done; otherwise cancelled, with `msg` for the CancelledError.
  virtual bool cancel(std::optional<Value> msg = std::nullopt);

  /// `key` identifies the callback for remove_done_callback (Python compares
  /// callbacks with ==); null keys never match.
  void add_done_callback(DoneCallback cb, Value key = None);
  /// Removes every callback whose key equals `key`; returns how many.
  std::size_t remove_done_callback(const Value& key);

  /// Future._make_cancelled_error: the CancelledError a cancelled future
  /// raises. The first call after a task's coroutine raised CancelledError
  /// hands back that very exception; later calls build one from the message.
  ExceptionPtr make_cancelled_error();
  /// The message given to cancel(), if any.
  const std::optional<Value>& cancel_message() const { return cancel_message_; }

  /// Breaks the reference cycles of a future that will never finish (its
  /// loop is being torn down, EventLoop::abandon_unfinished): drops its done
  /// callbacks.
  virtual void abandon();

 protected:
  enum class State { Pending, Finished, Cancelled };
  void schedule_callbacks();
  /// Joins or leaves the loop's WaitedFutures after the state or the
  /// callbacks changed.
  void update_waited();
  /// The words of the repr between the class name and `>`
  /// (base_futures._future_repr_info).
  virtual std::vector<std::string> repr_info(const ReprHooks& hooks) const;

  EventLoop* loop_;
  State state_ = State::Pending;
  Value result_;
  ExceptionPtr exception_;
  /// The traceback exception_ had when set, given back to it by the first
  /// retrieval that raises it (C Future's fut_exception_tb).
  std::vector<FramePtr> exception_tb_;
  std::optional<Value> cancel_message_;
  ExceptionPtr cancelled_exc_;  // a task's own CancelledError, kept for chaining
  /// The done callbacks, in registration order. Nearly every future gets
  /// exactly one (the task awaiting it), so the first lives inline and only
  /// later ones allocate. Invariant: no `rest` without a `first`.
  class DoneCallbacks {
   public:
    void add(DoneCallback fn, Value key);
    /// Removes those whose key equals `key` (null keys never match).
    std::size_t remove(const Value& key);
    /// Empties the list, then calls `f` on each callback in order.
    template <class F>
    void drain(F&& f) {
      auto first = std::exchange(first_, std::nullopt);
      auto rest = std::exchange(rest_, {});
      if (first) f(*first);
      for (auto& r : rest) f(r);
    }
    void clear() {
      first_.reset();
      rest_.clear();
    }
    bool empty() const { return !first_; }  // no rest without a first
    /// The keys in registration order (what the repr names them by).
    std::vector<Value> keys() const;

    struct Registered {
      DoneCallback fn;
      Value key;
    };

   private:
    std::optional<Registered> first_;
    std::vector<Registered> rest_;
  };
  DoneCallbacks callbacks_;

 private:
  // Invariant: linked into the loop's WaitedFutures (the WaitedLink base)
  // exactly while pending with done callbacks.
  friend class detail::WaitedFutures;
};

/// futures._set_result_unless_cancelled: the callback sleep() schedules.
void set_result_unless_cancelled(const FuturePtr& fut, Value v);

}  // namespace loopspec
