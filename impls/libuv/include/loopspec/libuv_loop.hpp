// An asyncio event loop on libuv: asyncio's ordering (loopspec::Scheduler),
// libuv's waiting (uv_run, a uv_async_t for wake-ups from other threads and
// one uv_timer_t armed for the earliest deadline).
#pragma once

#include "loopspec/event_loop.hpp"

namespace loopspec {

/// The clock a libuv loop runs on, chosen at construction.
enum class Clock {
  /// The virtual clock (docs/scenario-language.md#virtual-clock): starts at 0.0 and
  /// jumps by the timeout wherever the loop would block; a loop that could
  /// only wait forever throws LoopBlocked. What conformance runs use.
  Virtual,
  /// The monotonic clock (uv_hrtime, in seconds): the loop really sleeps in
  /// uv_run until a timer is due or another thread wakes it.
  Real,
};

/// A new libuv loop. It uses the reference Future and Task (EventLoop's
/// defaults); only the scheduling state and the waiting are its own.
EventLoopPtr make_libuv_loop(Clock clock = Clock::Virtual);

}  // namespace loopspec
