// Coro: a C++20 coroutine with the protocol of a Python coroutine object.
//
// A Task drives a coroutine the way CPython's Task.__step does: send() runs it
// to its next suspension, throw_() raises an exception at that suspension.
// Inside a coroutine:
//   co_await fut        a pending future suspends the whole task (send/throw
//                       resume it); a done future returns at once, no yield;
//   co_await coro       runs another coroutine inline, as Python's `await`
//                       of a coroutine does: it never yields to the loop by itself;
//   co_await yield_now()  the bare `yield` of asyncio.sleep(0): the task gives
//                       up exactly one loop iteration.
// A coroutine is lazy (it starts at the first send) and can be awaited or
// wrapped in a task once.
#pragma once

#include <concepts>
#include <coroutine>
#include <exception>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "loopspec/detail/recycler.hpp"
#include "loopspec/exceptions.hpp"
#include "loopspec/frames.hpp"
#include "loopspec/value.hpp"

namespace loopspec {

class Future;
using FuturePtr = std::shared_ptr<Future>;
class CoroutineObject;

/// Something a chain yielded that is neither a future nor None (an
/// awaitable whose `__await__` iterator yields plain values): the task wakes
/// the coroutine with an error naming it.
struct BadYield {
  std::string repr;
  /// A generator object: tasks.py __step's "yield was used instead of yield
  /// from for generator" rather than "Task got bad yield".
  bool generator = false;
};

namespace detail {
/// Shared by a root coroutine and every coroutine it awaits inline: where the
/// next send/throw resumes, and what the innermost one suspended on.
struct CoroDriver {
  std::coroutine_handle<> innermost;
  FuturePtr awaited;          // null after a bare yield
  /// `awaited` came from a plain iterator, not Future.__await__, so its
  /// _asyncio_future_blocking mark is off.
  bool unblocked = false;
  std::optional<BadYield> bad_yield;
  ExceptionPtr to_throw;      // set by throw_() for the resumed awaiter to raise
  int depth = 0;              // coroutines in the chain: Python frames while it runs
  /// An async generator's body keeps its own driver, which forwards to the
  /// driver of whoever iterates it now (async_gen.hpp); null for a task's.
  CoroDriver* forward = nullptr;
};
/// The driver that really runs a chain: `d` or the one it forwards to.
inline CoroDriver* running_driver(CoroDriver* d) {
  while (d->forward) d = d->forward;
  return d;
}
}  // namespace detail

/// The return type of every model coroutine function. Copying a Coro copies a
/// reference to one coroutine object, as in Python.
class Coro {
 public:
  struct promise_type;
  using Handle = std::coroutine_handle<promise_type>;

  Coro() = default;
  explicit Coro(std::shared_ptr<CoroutineObject> obj) : obj_(std::move(obj)) {}

  const std::shared_ptr<CoroutineObject>& object() const { return obj_; }
  explicit operator bool() const { return obj_ != nullptr; }

  struct Awaiter;
  /// `await coro`: runs it inline (see the file comment).
  Awaiter operator co_await() const noexcept;

 private:
  std::shared_ptr<CoroutineObject> obj_;
};

/// A Python coroutine object: owns the frame of a Coro.
class AsyncGenBody;

class CoroutineObject : public Object {
 public:
  /// What one send()/throw_() ended with.
  struct Step {
    enum class Kind { Yielded, Returned, Raised };
    static Step yielded(FuturePtr awaited, std::optional<BadYield> bad_yield, bool unblocked);
    static Step returned(Value value);
    static Step raised(ExceptionPtr error);

    Kind kind;
    FuturePtr awaited;   // Yielded: the pending future, or null for a bare yield
    Value value;         // Returned
    ExceptionPtr error;  // Raised
    std::optional<BadYield> bad_yield;  // Yielded a value that is not a future
    bool unblocked = false;             // `awaited` without its blocking mark

   private:
    // Not an aggregate: g++ clears a braced aggregate of this size with
    // `rep stos` before filling it in, a startup cost paid twice per task
    // step (a sixth of a sleep(0), bench/README.md).
    explicit Step(Kind k) : kind(k) {}
  };

  explicit CoroutineObject(Coro::Handle h) : h_(h) {}
  ~CoroutineObject() override;
  std::string type_name() const override { return "coroutine"; }

  /// `coro.send(None)`. Non-Python C++ exceptions escaping the body propagate.
  Step send();
  /// `coro.throw(e)`: raises e where the coroutine is suspended (at its start if
  /// it never ran, so its body never runs).
  Step throw_(ExceptionPtr e);
  /// `coro.close()` for a coroutine that is not running: it will never resume.
  void close();

  bool done() const { return finished_; }
  /// Whether its body began to run (sent into, or awaited).
  bool started() const { return started_; }
  /// The function's name, for messages (`coroutine 'main' ...`).
  std::string name;

  /// Whether a send()/throw_() into it is under way (cr_running).
  bool running() const { return running_; }

  /// What coroutines._format_coroutine shows of a coroutine of the program:
  /// its function's qualified name, file and `def` line, and its frame (the
  /// line it is at, read only while not done()). The model's own coroutines
  /// (asyncio.sleep...) have none: CPython would show a file of its
  /// installation.
  struct PythonCode {
    std::string qualname;
    std::string file;
    int first_line = 0;
    FramePtr frame;
  };
  std::optional<PythonCode> code;

 private:
  friend struct Coro::Awaiter;
  friend class AsyncGenBody;
  Step resume();
  /// Takes the result of a body that ran to its end and drops the frame, as
  /// CPython clears a finished coroutine's frame: its locals and arguments
  /// must not keep alive what they refer to (the task running it, often).
  Step finish();

  Coro::Handle h_;
  detail::CoroDriver driver_;
  bool started_ = false;
  bool finished_ = false;
  bool running_ = false;
};
using CoroutinePtr = std::shared_ptr<CoroutineObject>;

struct Coro::promise_type {
  detail::CoroDriver* driver = nullptr;
  std::coroutine_handle<> continuation;  // the awaiting coroutine, if inline
  Value result;
  ExceptionPtr error;
  std::exception_ptr foreign;            // a non-Python C++ exception

  Coro get_return_object();
  // Frames come from the recycler (detail/recycler.hpp): a task's coroutine
  // is made and dropped per item in a loop's steady state.
  static void* operator new(std::size_t size) { return detail::recycle_take(size); }
  static void operator delete(void* frame, std::size_t size) noexcept { detail::recycle_give(frame, size); }
  std::suspend_always initial_suspend() noexcept { return {}; }
  struct FinalAwaiter {
    bool await_ready() noexcept { return false; }
    std::coroutine_handle<> await_suspend(Handle h) noexcept;
    void await_resume() noexcept {}
  };
  FinalAwaiter final_suspend() noexcept { return {}; }
  void return_value(Value v) { result = std::move(v); }
  void unhandled_exception();
};

struct Coro::Awaiter {
  CoroutineObject* child;
  bool await_ready() const noexcept { return false; }
  template <class P>
  std::coroutine_handle<> await_suspend(std::coroutine_handle<P> parent) {
    return start_inline(parent, parent.promise().driver);
  }
  Value await_resume();

 private:
  std::coroutine_handle<> start_inline(std::coroutine_handle<> parent, detail::CoroDriver* driver);
};

inline Coro::Awaiter Coro::operator co_await() const noexcept { return Awaiter{obj_.get()}; }

namespace detail {
/// Records a suspension in the driver; what follows runs in Task.__step.
void suspend_on(std::coroutine_handle<> h, CoroDriver* d, FuturePtr awaited);
/// Suspends the chain at `h` on a yielded value that is not a future.
void suspend_on_value(std::coroutine_handle<> h, CoroDriver* d, BadYield what);
/// Suspends the chain at `h` on a future yielded without its blocking mark.
void suspend_on_unblocked(std::coroutine_handle<> h, CoroDriver* d, FuturePtr fut);
/// Raises the exception throw_() delivered, if any.
void raise_if_thrown(CoroDriver* d);
}  // namespace detail

/// `await fut`. Holds a pointer, not the future, so no compiler copies it
/// away from the frame (docs/model.md#compiler-notes: the g++ 12 awaiter copy).
struct FutureAwaiter {
  Future* fut;
  detail::CoroDriver* driver = nullptr;
  bool await_ready() const;
  template <class P>
  void await_suspend(std::coroutine_handle<P> h) {
    driver = h.promise().driver;
    detail::suspend_on(h, driver, as_ptr());
  }
  Value await_resume();

 private:
  FuturePtr as_ptr() const;
};
template <std::derived_from<Future> F>
FutureAwaiter operator co_await(const std::shared_ptr<F>& fut) {
  return FutureAwaiter{fut.get()};
}

namespace detail {
/// The awaiter of a plain yield, which the task running the chain answers:
/// it suspends at once, `Derived::record(h)` notes in the driver what the
/// chain yielded, and on resumption it raises what the task threw in.
template <class Derived>
struct YieldAwaiter {
  CoroDriver* driver = nullptr;
  bool await_ready() const noexcept { return false; }
  template <class P>
  void await_suspend(std::coroutine_handle<P> h) {
    driver = h.promise().driver;
    static_cast<Derived*>(this)->record(h);
  }
  void await_resume() { raise_if_thrown(driver); }
};
}  // namespace detail

/// The bare `yield` inside asyncio.sleep(0).
struct YieldNow : detail::YieldAwaiter<YieldNow> {
  void record(std::coroutine_handle<> h) { detail::suspend_on(h, driver, nullptr); }
};
inline YieldNow yield_now() { return {}; }

/// A yield of a value that is not a future (what an awaitable whose
/// `__await__` returned a plain iterator yields): the task running the chain
/// wakes it with RuntimeError('Task got bad yield: <repr>').
struct YieldValue : detail::YieldAwaiter<YieldValue> {
  explicit YieldValue(BadYield what) : what(std::move(what)) {}
  BadYield what;
  void record(std::coroutine_handle<> h) { detail::suspend_on_value(h, driver, what); }
};

/// A future yielded by a plain iterator rather than through its own
/// `__await__`: the task does not wait for it but wakes the chain with a
/// RuntimeError ("yield was used instead of yield from").
struct YieldUnblocked : detail::YieldAwaiter<YieldUnblocked> {
  explicit YieldUnblocked(FuturePtr fut) : fut(std::move(fut)) {}
  FuturePtr fut;
  void record(std::coroutine_handle<> h) { detail::suspend_on_unblocked(h, driver, fut); }
};

}  // namespace loopspec
