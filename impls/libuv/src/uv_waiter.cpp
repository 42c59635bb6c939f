// Waiting on libuv (see uv_waiter.hpp).
#include "uv_waiter.hpp"

#include <cmath>
#include <cstdlib>
#include <cstdio>

namespace loopspec::libuv {
namespace {

void check(int rc, const char* what) {
  if (rc == 0) return;
  // Only resource exhaustion makes these fail; a loop without them is useless.
  std::fprintf(stderr, "loopspec libuv loop: %s: %s\n", what, uv_strerror(rc));
  std::abort();
}

// The timer exists only to end uv_run at the deadline: the scheduler, not
// this callback, decides what is due.
void on_timer(uv_timer_t*) {}

}  // namespace

UvWaiter::UvWaiter(std::function<void()> on_wake) : on_wake_(std::move(on_wake)) {
  check(uv_loop_init(&loop_), "uv_loop_init");
  check(uv_async_init(&loop_, &async_, &UvWaiter::on_async), "uv_async_init");
  check(uv_timer_init(&loop_, &timer_), "uv_timer_init");
  async_.data = this;
}

UvWaiter::~UvWaiter() {
  uv_close(reinterpret_cast<uv_handle_t*>(&async_), nullptr);
  uv_close(reinterpret_cast<uv_handle_t*>(&timer_), nullptr);
  uv_run(&loop_, UV_RUN_DEFAULT);  // runs the close callbacks; nothing else is alive
  uv_loop_close(&loop_);
}

void UvWaiter::on_async(uv_async_t* h) { static_cast<UvWaiter*>(h->data)->on_wake_(); }

void UvWaiter::wait(std::optional<double> timeout) {
  if (timeout) {
    // uv_now is cached per pass; refresh it so the deadline counts from now.
    uv_update_time(&loop_);
    auto ms = static_cast<std::uint64_t>(std::ceil(*timeout * 1e3));
    uv_timer_start(&timer_, on_timer, ms, 0);
  }
  uv_run(&loop_, UV_RUN_ONCE);
  uv_timer_stop(&timer_);  // a wake-up may have come first
}

}  // namespace loopspec::libuv
