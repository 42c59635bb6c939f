// What a floor task can wait on besides another task: a one-shot future with
// one waiter (W4's ping-pong), and a bare yield (W4's sleep(0)). Either way
// the waiter's resumption is a scheduled callback, one loop pass later, as
// in asyncio.
#pragma once

#include <coroutine>
#include <utility>

#include "loop.hpp"

namespace loopspec::bench {

class FloorFuture {
 public:
  explicit FloorFuture(FloorLoop& loop) : loop_(&loop) {}

  void set_result() {
    done_ = true;
    if (waiter_) loop_->call_soon([w = std::exchange(waiter_, {})] { w.resume(); });
  }

  // Awaited through a pointer, never as an lvalue: g++ 12 copies an lvalue
  // awaiter into the frame (docs/model.md#compiler-notes, note 1).
  struct Awaiter {
    FloorFuture* f;
    bool await_ready() const noexcept { return f->done_; }
    void await_suspend(std::coroutine_handle<> h) const noexcept { f->waiter_ = h; }
    void await_resume() const noexcept {}
  };
  Awaiter operator co_await() noexcept { return {this}; }

 private:
  FloorLoop* loop_;
  std::coroutine_handle<> waiter_;
  bool done_ = false;
};

/// `co_await yield_now(loop)`: asyncio's sleep(0), one pass of the loop.
struct YieldNow {
  FloorLoop* loop;
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<> h) const { loop->call_soon([h] { h.resume(); }); }
  void await_resume() const noexcept {}
};
inline YieldNow yield_now(FloorLoop& loop) { return {&loop}; }

}  // namespace loopspec::bench
