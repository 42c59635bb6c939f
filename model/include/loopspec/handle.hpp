// Handles: the callbacks a loop has scheduled, as asyncio.Handle and
// asyncio.TimerHandle expose them.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "loopspec/detail/inline_function.hpp"
#include "loopspec/value.hpp"

namespace loopspec {

class EventLoop;
class ReprHooks;
/// A scheduled call: Python's callback with its arguments already bound. The
/// capacity holds the model's own callbacks inline (a done callback with its
/// future, 40 bytes; a task step with its exception, 32), so scheduling them
/// allocates the Handle alone.
using Callback = detail::InlineFunction<void(), 40>;

/// asyncio.Handle: a callback in a loop's ready queue.
class Handle : public Object {
 public:
  /// A handle made while `loop` is in debug mode remembers it was (CPython
  /// keeps the stack that made it, its `_source_traceback`).
  Handle(EventLoop& loop, Callback cb);
  std::string type_name() const override { return "Handle"; }
  /// `<Handle cb(1) at a/b.py:3>`, through Runtime::repr_hooks (reprs.hpp).
  std::string python_repr() const override;

  /// Marks the handle so the loop skips it; drops the callback (and its
  /// Python form, `callback_value`). A handle cancelled by its own callback
  /// keeps the callback until it returns, as CPython's running frame keeps
  /// what the callback holds (a transport the loop alone owned, say).
  virtual void cancel();
  bool cancelled() const { return cancelled_; }
  /// Drops the callback and its Python form without cancelling or telling
  /// the loop, which may be gone: for the end of a run, where a callback
  /// whose arguments reach back to its own handle is a reference cycle
  /// (CPython's garbage collector frees such cycles; shared_ptr cannot).
  void release_callback();

  /// What Python sees as the handle's `_callback` and `_args`: the callable
  /// and a tuple of its arguments, both None once cancelled, as in CPython.
  /// Whoever schedules Python code sets it (the interpreter); handles made
  /// by the loop itself leave it None. TimerHandle's `==` compares it.
  Value callback_value;

  /// Handle._run: calls the callback. An exception other than KeyboardInterrupt
  /// and SystemExit goes to the loop's exception handler with the context
  /// {'message', 'exception', 'handle'}, and 'source_traceback' for a handle
  /// made in debug mode; those two propagate out of the loop.
  void run();

 protected:
  /// The words of the repr (events.Handle._repr_info).
  virtual std::vector<std::string> repr_info(const ReprHooks& hooks) const;

  EventLoop* loop_;
  Callback callback_;
  bool cancelled_ = false;
  bool made_in_debug_ = false;
  bool running_ = false;
};

/// asyncio.TimerHandle: a callback due at a loop time.
class TimerHandle : public Handle {
 public:
  TimerHandle(EventLoop& loop, double when, Callback cb) : Handle(loop, std::move(cb)), when_(when) {}
  std::string type_name() const override { return "TimerHandle"; }

  /// Also tells the loop, while the handle is still in its timer heap, so the
  /// loop can count cancelled timers and purge them in bulk.
  void cancel() override;
  /// The deadline the loop orders by.
  double when() const { return when_; }
  /// when() as Python sees it: the deadline as call_at was given it (an int
  /// stays an int), else the float.
  Value python_when() const { return given_when_.is_none() ? Value(when_) : given_when_; }
  /// Records the number call_at was given (EventLoop::call_at_number).
  void keep_given_when(Value when) { given_when_ = std::move(when); }

  /// True while the handle sits in its loop's timer heap (kept by the loop).
  bool scheduled = false;

  /// TimerHandle.__eq__: another TimerHandle with the same deadline, callback,
  /// arguments and cancelled state (two cancelled timers of one deadline are
  /// equal, since cancelling forgets the callback).
  bool equals(const Object& other) const override;

 protected:
  /// Handle's words with `when=` after the cancelled mark.
  std::vector<std::string> repr_info(const ReprHooks& hooks) const override;

 private:
  double when_;
  Value given_when_;
};

using HandlePtr = std::shared_ptr<Handle>;
using TimerHandlePtr = std::shared_ptr<TimerHandle>;

}  // namespace loopspec
