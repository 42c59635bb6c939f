// The floor loop's coroutine task: started by a scheduled first step (as an
// asyncio task is), awaited by at most one coroutine, whose resumption its
// end schedules. It returns an integer, all that bench/'s workloads need.
#pragma once

#include <coroutine>
#include <cstdint>
#include <exception>
#include <utility>

#include "loop.hpp"

namespace loopspec::bench {

class FloorTask {
 public:
  struct promise_type;
  using Handle = std::coroutine_handle<promise_type>;

  struct Finished {
    bool await_ready() const noexcept { return false; }
    void await_suspend(Handle h) const noexcept;
    void await_resume() const noexcept {}
  };

  struct promise_type {
    FloorLoop* loop = nullptr;
    std::coroutine_handle<> waiter;
    std::int64_t result = 0;
    bool done = false;

    FloorTask get_return_object() { return FloorTask(Handle::from_promise(*this)); }
    std::suspend_always initial_suspend() const noexcept { return {}; }
    Finished final_suspend() const noexcept { return {}; }
    void return_value(std::int64_t v) { result = v; }
    [[noreturn]] void unhandled_exception() const { std::terminate(); }
  };

  // Awaiting goes through this small awaiter, never an lvalue FloorTask:
  // g++ 12 copies such an awaiter into the frame, and a waiter registered on
  // the copy is lost (docs/model.md#compiler-notes, note 1).
  struct Awaiter {
    promise_type* p;
    bool await_ready() const noexcept { return p->done; }
    void await_suspend(std::coroutine_handle<> h) const noexcept { p->waiter = h; }
    std::int64_t await_resume() const noexcept { return p->result; }
  };

  FloorTask(FloorTask&& o) noexcept : h_(std::exchange(o.h_, {})) {}
  FloorTask& operator=(FloorTask&&) = delete;
  ~FloorTask() {
    if (h_) h_.destroy();
  }

  /// Schedules the first step on `loop`.
  void start(FloorLoop& loop) {
    h_.promise().loop = &loop;
    loop.call_soon([h = h_] { h.resume(); });
  }
  bool done() const { return h_.promise().done; }
  std::int64_t result() const { return h_.promise().result; }
  Awaiter operator co_await() const noexcept { return {&h_.promise()}; }

 private:
  explicit FloorTask(Handle h) : h_(h) {}
  Handle h_;
};

// The frame stays until the FloorTask goes, so the awaiter can read the result.
inline void FloorTask::Finished::await_suspend(Handle h) const noexcept {
  promise_type& p = h.promise();
  p.done = true;
  if (p.waiter) p.loop->call_soon([w = p.waiter] { w.resume(); });
}

/// Starts `task` and runs the loop until it is done.
inline std::int64_t run_until_complete(FloorLoop& loop, FloorTask task) {
  task.start(loop);
  while (!task.done()) loop.run_once();
  return task.result();
}

}  // namespace loopspec::bench
