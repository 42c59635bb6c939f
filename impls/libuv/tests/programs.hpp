// Hand-written asyncio programs in C++ whose event order shows a loop's
// scheduling rules. Each logs what happens; two loops with the same rules
// log the same lines.
#pragma once

#include <string>
#include <vector>

#include "loopspec/event_loop.hpp"

namespace loopspec::testing {

using Log = std::vector<std::string>;

/// A program runs on `loop` (inside a fresh RuntimeScope) and logs to `log`.
/// `log_times` adds loop.time() to timer lines (virtual clocks only).
using Program = void (*)(EventLoop& loop, Log& log, bool log_times);

/// call_soon FIFO, handles scheduled by handles, call_later/call_at with
/// distinct deadlines, cancelled handles and timers, stop from a timer.
void callbacks_and_timers(EventLoop& loop, Log& log, bool log_times);
/// Tasks alternating through sleep(0), a future resolved by a callback,
/// gather, an exception through await, cancellation with a message.
void tasks_and_futures(EventLoop& loop, Log& log, bool log_times);
/// 300 timers, 200 of them cancelled: the bulk purge of the timer heap.
void timer_purge(EventLoop& loop, Log& log, bool log_times);
/// stop() before run_forever, a second run_forever, the exception handler,
/// call_soon_threadsafe from the loop thread, the closed-loop errors.
void loop_lifecycle(EventLoop& loop, Log& log, bool log_times);

/// Runs `p` on `loop` inside its own RuntimeScope and returns the log.
Log run_program(Program p, const EventLoopPtr& loop, bool log_times);

}  // namespace loopspec::testing
