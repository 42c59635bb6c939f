// A loop that breaks exactly one rule of asyncio's scheduling, chosen at
// construction. It is the reference loop's structure rebuilt from the
// model's public building blocks (TimerHeap, Handle, TimerHandle, Future,
// EventLoop's defaults) so that the model itself carries no mutation switch.
// With Flaw::None it must be indistinguishable from the reference (a test
// checks it), so every difference a mutant shows is its flaw's.
#pragma once

#include "loopspec/event_loop.hpp"

namespace loopspec::properties::mutants {

enum class Flaw {
  None,
  LifoReadyQueue,       // the ready queue pops its newest handle first
  SameBatch,            // callbacks scheduled during a batch run in that batch
  TimersBeforeReady,    // due timers jump ahead of the callbacks already ready
  IgnoreResolution,     // a timer is due only when its deadline has passed (no 1e-9 slack)
  StopWhenIdle,         // stop() takes effect only once nothing is ready
  CloseKeepsQueue,      // close() leaves callbacks queued (and the loop runnable)
  SyncDoneCallbacks,    // futures call their done callbacks at once, not via call_soon
  LateCancel,           // Task.cancel() reaches the task one iteration late
  UncancelKeepsCount,   // Task.uncancel() does not decrement
};

EventLoopPtr make_mutant_loop(Flaw flaw);

}  // namespace loopspec::properties::mutants
