// Async generators (PEP 525): what the loop knows of one, and the machinery
// that runs a generator's body inline in whichever task iterates it.
//
// CPython's rules kept here: the body runs only while a consumer awaits
// `__anext__()`/`asend()`/`athrow()`/`aclose()`, inside the consumer's task
// (an await in the body suspends that task); `yield v` hands v to the
// consumer and leaves the body suspended, frames and all, until the next
// resume, which may come from another task.
#pragma once

#include <coroutine>
#include <memory>
#include <optional>
#include <string>

#include "loopspec/coro.hpp"
#include "loopspec/exceptions.hpp"
#include "loopspec/value.hpp"

namespace loopspec {

/// An async generator as the loop sees it: asyncio's first-iteration hook
/// registers it with the running loop, and shutdown_asyncgens() closes the
/// ones still alive.
class AsyncGenerator : public Object {
 public:
  std::string type_name() const override { return "async_generator"; }
  /// `agen.aclose()`: a coroutine object that throws GeneratorExit into the
  /// generator where it is suspended.
  virtual Coro aclose() = 0;
};
using AsyncGeneratorPtr = std::shared_ptr<AsyncGenerator>;

/// The body of an async generator: a Coro that suspends at `yield` with a
/// value and is resumed by the consumer awaiting resume().
class AsyncGenBody {
 public:
  /// How one resume ended.
  struct Outcome {
    enum class Kind { Yielded, Returned, Raised };
    Kind kind;
    Value value;         // Yielded: the value; Returned: None
    ExceptionPtr error;  // Raised
  };

  explicit AsyncGenBody(Coro body) : body_(body.object()) {}
  AsyncGenBody(const AsyncGenBody&) = delete;
  AsyncGenBody& operator=(const AsyncGenBody&) = delete;

  bool started() const { return started_; }
  bool finished() const { return finished_; }
  /// A consumer is inside the body now (CPython's ag_running).
  bool running() const { return running_; }
  /// Ends a generator that will never run again (its frames are dropped).
  void close();

  struct ResumeAwaiter {
    AsyncGenBody* gen;
    bool await_ready() const noexcept { return false; }
    template <class P>
    std::coroutine_handle<> await_suspend(std::coroutine_handle<P> consumer) {
      return gen->attach(consumer, consumer.promise().driver);
    }
    Outcome await_resume() { return gen->detach(); }
  };
  /// Runs the body from where it stands until it yields, returns or raises:
  /// the pending `yield` evaluates to `sent`, or raises `thrown` when given.
  /// Always co_await it as a prvalue (docs/model.md#compiler-notes).
  ResumeAwaiter resume(Value sent, ExceptionPtr thrown = nullptr);

  struct YieldAwaiter {
    AsyncGenBody* gen;
    Value value;
    bool await_ready() const noexcept { return false; }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<> at) { return gen->suspend_at_yield(at, std::move(value)); }
    Value await_resume() { return gen->take_sent(); }
  };
  /// Inside the body: `yield v`; evaluates to what the next resume sends.
  YieldAwaiter yield_value(Value v) { return {this, std::move(v)}; }

 private:
  std::coroutine_handle<> attach(std::coroutine_handle<> consumer, detail::CoroDriver* consumer_driver);
  std::coroutine_handle<> suspend_at_yield(std::coroutine_handle<> at, Value v);
  Value take_sent();
  Outcome detach();

  CoroutinePtr body_;
  /// The body's frames point at this driver; while a consumer runs the body
  /// it forwards to the consumer's, so the body's awaits suspend that task.
  detail::CoroDriver driver_;
  std::coroutine_handle<> resume_at_;  // where the body waits: its start or a yield
  int depth_ = 0;       // the body's frames while it waits at a yield
  int base_depth_ = 0;  // the consumer's chain depth while attached
  Value sent_;
  ExceptionPtr thrown_;
  std::optional<Value> yielded_;
  bool started_ = false, finished_ = false, running_ = false;
};

}  // namespace loopspec
