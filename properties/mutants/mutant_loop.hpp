// A loop that breaks exactly one rule of asyncio's scheduling, chosen at
// construction: BaseEventLoop with one of its steps wrapped, so that the
// model carries no mutation switch and the mutant copies none of its code.
// With Flaw::None it is BaseEventLoop itself, indistinguishable from the
// reference (a test checks it), so every difference a mutant shows is its
// flaw's.
#pragma once

#include "loopspec/event_loop.hpp"

namespace loopspec::properties::mutants {

enum class Flaw {
  None,
  LifoReadyQueue,       // each batch runs its handles newest first
  SameBatch,            // callbacks scheduled during a batch run in that batch
  TimersBeforeReady,    // due timers jump ahead of the callbacks already ready
  IgnoreResolution,     // a timer is due only when its deadline has passed (no 1e-9 slack)
  StopWhenIdle,         // stop() takes effect only once nothing is ready
  ClosedLoopRunsAgain,  // close() drops the callbacks but the loop forgets it is closed
  SyncDoneCallbacks,    // futures call their done callbacks at once, not via call_soon
  LateCancel,           // Task.cancel() reaches the task one iteration late
  UncancelKeepsCount,   // Task.uncancel() does not decrement
  SyncSignalHandlers,   // a signal's handler runs inside the raising call, not from the self-pipe
  LateThreadsafe,       // a job's call_soon_threadsafe callback joins the ready queue one iteration late
  JobsLostAtClose,      // shutdown_default_executor does not wait for the jobs: their results are lost
  SyncConnectionMade,   // the transport calls connection_made at once (mutant_transport.hpp)
  LateDataReceived,     // the transport delivers data_received one iteration late
  IgnorePauseReading,   // the transport's pause_reading() stops nothing
  LostBeforeFlush,      // the transport's close() loses the write buffer
  LostBeforeDrained,    // the subprocess transport finishes at the exit, losing unread output (mutant_subprocess_transport.hpp)
};

EventLoopPtr make_mutant_loop(Flaw flaw);

}  // namespace loopspec::properties::mutants
