// UvWaiter: the part of the loop that is libuv's job, waiting.
#pragma once

#include <uv.h>

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <vector>

#include "loopspec/detail/io_selector.hpp"

namespace loopspec::libuv {

/// Owns a uv_loop_t with one uv_async_t (the wake-up other threads send) and
/// one uv_timer_t (armed for the earliest deadline before each wait). It knows
/// nothing of asyncio: the scheduler decides how long to wait, this waits.
/// Pinned in memory, as libuv handles must be.
class UvWaiter {
 public:
  /// `on_wake` runs in the waiting thread whenever wake() interrupted (or
  /// preceded) a wait.
  explicit UvWaiter(std::function<void()> on_wake);
  ~UvWaiter();
  UvWaiter(const UvWaiter&) = delete;
  UvWaiter& operator=(const UvWaiter&) = delete;

  /// Blocks for at most `timeout` seconds (forever when empty), until
  /// wake(), or until one of `watches` is ready (a uv_poll_t each). Like
  /// CPython's selectors, rounds the timeout up to a millisecond, so it never
  /// returns before a deadline only to spin on a zero timeout.
  void wait(std::optional<double> timeout, const std::vector<detail::IoSelector::Watch>& watches = {});
  /// Makes the current or next wait() return. Any thread.
  void wake() { uv_async_send(&async_); }

  /// The monotonic clock in seconds (time.monotonic()'s clock on Linux).
  static double now() { return static_cast<double>(uv_hrtime()) * 1e-9; }

 private:
  static void on_async(uv_async_t* h);
  /// Starts, changes and closes the uv_poll_t handles to match `watches`.
  void watch(const std::vector<detail::IoSelector::Watch>& watches);

  uv_loop_t loop_;
  uv_async_t async_;
  uv_timer_t timer_;
  std::function<void()> on_wake_;
  std::map<std::uint64_t, uv_poll_t*> polls_;  // by registration order
};

}  // namespace loopspec::libuv
