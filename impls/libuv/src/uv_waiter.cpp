// Waiting on libuv (see uv_waiter.hpp).
#include "uv_waiter.hpp"

#include <cmath>
#include <set>
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
// this callback, decides what is due. libuv 1.44 (Debian 12's) runs due
// timers before it polls, so a deadline that passed between arming the timer
// and uv_run fires there, leaving the poll no timer to end it: uv_stop makes
// that poll return at once instead of waiting forever.
void on_timer(uv_timer_t* t) { uv_stop(t->loop); }
// Likewise a poll only ends uv_run: the loop's own poll then reads the
// descriptors in asyncio's order.
void on_poll(uv_poll_t*, int, int) {}

void close_poll(uv_poll_t* p) {
  uv_poll_stop(p);
  uv_close(reinterpret_cast<uv_handle_t*>(p), [](uv_handle_t* h) { delete reinterpret_cast<uv_poll_t*>(h); });
}

}  // namespace

UvWaiter::UvWaiter(std::function<void()> on_wake) : on_wake_(std::move(on_wake)) {
  check(uv_loop_init(&loop_), "uv_loop_init");
  check(uv_async_init(&loop_, &async_, &UvWaiter::on_async), "uv_async_init");
  check(uv_timer_init(&loop_, &timer_), "uv_timer_init");
  async_.data = this;
}

UvWaiter::~UvWaiter() {
  for (auto& [order, p] : polls_) close_poll(p);
  uv_close(reinterpret_cast<uv_handle_t*>(&async_), nullptr);
  uv_close(reinterpret_cast<uv_handle_t*>(&timer_), nullptr);
  uv_run(&loop_, UV_RUN_DEFAULT);  // runs the close callbacks; nothing else is alive
  uv_loop_close(&loop_);
}

void UvWaiter::on_async(uv_async_t* h) { static_cast<UvWaiter*>(h->data)->on_wake_(); }

void UvWaiter::watch(const std::vector<detail::IoSelector::Watch>& watches) {
  // Unregistered ones go first: a descriptor number registered again is a
  // new watch, and libuv takes one poll per descriptor.
  std::set<std::uint64_t> wanted;
  for (const auto& w : watches) wanted.insert(w.order);
  for (auto it = polls_.begin(); it != polls_.end();) {
    if (wanted.count(it->first)) {
      ++it;
    } else {
      close_poll(it->second);
      it = polls_.erase(it);
    }
  }
  for (const auto& w : watches) {
    uv_poll_t*& p = polls_[w.order];
    if (!p) {
      p = new uv_poll_t;
      check(uv_poll_init(&loop_, p, w.fd), "uv_poll_init");
    }
    const int events = (w.readable ? UV_READABLE : 0) | (w.writable ? UV_WRITABLE : 0);
    check(uv_poll_start(p, events, on_poll), "uv_poll_start");
  }
}

void UvWaiter::wait(std::optional<double> timeout, const std::vector<detail::IoSelector::Watch>& watches) {
  watch(watches);
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
