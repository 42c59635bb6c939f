// The mutant catalogue (catalogue.hpp).
#include "catalogue.hpp"

#include "candidates/due_order_loop.hpp"
#include "module_mutants.hpp"
#include "mutant_loop.hpp"

namespace loopspec::properties::mutants {
namespace {

harness::Implementation loop_impl(const std::string& name, Flaw flaw) {
  harness::Implementation impl;
  impl.name = "mutant:" + name;
  impl.factory = [flaw] { return make_mutant_loop(flaw); };
  return impl;
}

/// The reference loop reordering its due timers by start order
/// (harness/tests/candidates/due_order_loop.hpp).
harness::Implementation due_order_impl(const std::string& name, candidates::DueOrder rule) {
  harness::Implementation impl;
  impl.name = "mutant:" + name;
  impl.factory = [rule] { return candidates::make_due_order_loop(rule); };
  return impl;
}

/// A loop with one flaw (Task flaws included: the loop makes the tasks).
Mutant loop_mutant(std::string name, std::string rule, Flaw flaw) {
  return Mutant{name, std::move(rule), loop_impl(name, flaw)};
}

/// The unflawed loop with one flawed module function.
Mutant module_mutant(std::string name, std::string rule, ModuleFlaw flaw) {
  Mutant m{name, std::move(rule), loop_impl(name, Flaw::None)};
  apply_module_flaw(m.impl, flaw);
  return m;
}

std::vector<Mutant> make_catalogue() {
  return {
      loop_mutant("lifo-ready-queue", "the ready queue is FIFO", Flaw::LifoReadyQueue),
      loop_mutant("same-batch", "callbacks scheduled during a batch wait for the next iteration", Flaw::SameBatch),
      loop_mutant("timers-before-ready", "due timers join the ready queue behind what is already there",
                  Flaw::TimersBeforeReady),
      loop_mutant("no-clock-resolution", "a timer is due within one clock resolution (1e-9) of its deadline",
                  Flaw::IgnoreResolution),
      loop_mutant("stop-when-idle", "stop() takes effect after the current iteration", Flaw::StopWhenIdle),
      loop_mutant("closed-loop-runs-again", "a closed loop never schedules or runs a callback again",
                  Flaw::ClosedLoopRunsAgain),
      loop_mutant("late-cancel", "cancel() is delivered at the task's next await", Flaw::LateCancel),
      module_mutant("gather-cancels-siblings", "gather leaves the other children running on the first error",
                    ModuleFlaw::GatherCancelsSiblings),
      module_mutant("gather-swallows-cancel", "gather reports a child's cancellation", ModuleFlaw::GatherSwallowsCancel),
      loop_mutant("sync-done-callbacks", "done callbacks are scheduled with call_soon, never called at once",
                  Flaw::SyncDoneCallbacks),
      loop_mutant("uncancel-keeps-count", "uncancel() decrements cancelling()", Flaw::UncancelKeepsCount),
      module_mutant("runner-keeps-leftovers", "Runner cancels the tasks left when main returns",
                    ModuleFlaw::RunnerKeepsLeftovers),
      loop_mutant("sync-signal-handlers", "a signal's handler runs from the loop, two iterations after the raise",
                  Flaw::SyncSignalHandlers),
      loop_mutant("late-threadsafe", "a job's call_soon_threadsafe callback runs in the batch of the select that "
                  "ran the job", Flaw::LateThreadsafe),
      loop_mutant("jobs-lost-at-close", "Runner's shutdown of the default executor waits for its jobs",
                  Flaw::JobsLostAtClose),
  };
}

}  // namespace

const std::vector<Mutant>& catalogue() {
  static const std::vector<Mutant> all = make_catalogue();
  return all;
}

const std::vector<Mutant>& transport_catalogue() {
  static const std::vector<Mutant> all = {
      loop_mutant("sync-connection-made", "connection_made comes through call_soon, after the call that made the "
                  "transport", Flaw::SyncConnectionMade),
      loop_mutant("late-data-received", "data_received is called in the iteration whose select found the data",
                  Flaw::LateDataReceived),
      loop_mutant("ignore-pause-reading", "pause_reading() stops data_received until resume_reading()",
                  Flaw::IgnorePauseReading),
      loop_mutant("lost-before-flush", "close() sends the write buffer before connection_lost", Flaw::LostBeforeFlush),
  };
  return all;
}

const std::vector<Mutant>& subprocess_catalogue() {
  static const std::vector<Mutant> all = {
      loop_mutant("lost-before-drained", "connection_lost (and so wait()) waits until every pipe of the child is lost",
                  Flaw::LostBeforeDrained),
  };
  return all;
}

harness::Implementation unflawed_mutant_loop() { return loop_impl("unflawed", Flaw::None); }

const std::vector<Mutant>& open_order_catalogue() {
  static const std::vector<Mutant> all = {
      Mutant{"due-timers-in-start-order", "timers due together run earliest deadline first",
             due_order_impl("due-timers-in-start-order", candidates::DueOrder::StartOnly)},
  };
  return all;
}

harness::Implementation fifo_ties_loop() {
  return due_order_impl("fifo-ties", candidates::DueOrder::DeadlineThenStart);
}

}  // namespace loopspec::properties::mutants
