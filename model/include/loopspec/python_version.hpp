// The CPython version whose asyncio a run follows (docs/versions.md).
//
// asyncio's observable rules change between minor versions (wait_for runs
// the awaited coroutine in the caller's task from 3.12, create_task(name=)
// stops using up a Task-N number in 3.13, ...). The model keeps one set of
// rules; each change is a VersionRule, named after it (a section of
// docs/versions.md each), and the code it changes asks the running Runtime
// whether it follows it (runtime.hpp), both forms standing side by side.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace loopspec {

/// A CPython minor version the model follows, oldest first.
enum class PythonVersion { v3_11, v3_12, v3_13 };

inline constexpr std::array<PythonVersion, 3> kPythonVersions{PythonVersion::v3_11, PythonVersion::v3_12,
                                                              PythonVersion::v3_13};
inline constexpr PythonVersion kNewestPythonVersion = PythonVersion::v3_13;

/// A rule that changed between versions, named after the change.
enum class VersionRule {
  WaitForOnTimeout,                 // 3.12: wait_for is `async with timeout(t): await aw`
  GatherCountsDoneChildren,         // 3.12: gather completes at once over finished children
  MinMaxEmptyMessage,               // 3.12: min()/max() of nothing worded anew
  SumCompensated,                   // 3.12: sum() of floats is compensated
  NamedTaskTakesNoNumber,           // 3.13: create_task(name=) uses up no Task-N
  TaskGroupClosesRefusedCoroutine,  // 3.13: TaskGroup.create_task closes what it refuses
  ConditionWaitPassesWakeupOn,      // 3.13: a failing Condition waiter wakes the next
  RunForeverRefusalResets,          // 3.13.0's bug: a refused run_forever resets the loop
  SliceAssignmentMessage,           // 3.13: slice assignment of a non-iterable worded anew
  UncancelWithdrawsPendingCancel,   // 3.13: uncancel() to zero drops an undelivered cancel
  TaskGroupUncancelsAfterWaiting,   // 3.13: TaskGroup takes its cancel of the parent back last
  FactoryTaskNamedEvenWithoutName,  // 3.13.0's bug: a factory's task is named str(name), 'None' too
  AsCompletedExpectsAwaitables,     // 3.13: as_completed(single) worded anew
  SemaphoreWakesEveryFreePermit,    // 3.13: an acquirer leaving wakes one waiter per free permit
  HandleReprHidesArguments,         // 3.13: a handle's repr shows its callback's arguments in debug mode only
  FutureWrapsStopIteration,         // 3.13: set_exception(StopIteration) stores a RuntimeError instead of refusing
  ChainKeepsTimeoutError,           // 3.13: a chained future passes a TimeoutError on as it is
  ConditionReacquireKeepsCancel,    // 3.13: a cancel while Condition.wait reacquires is re-raised as it came
  ExecutorShutdownTimesOut,         // 3.13: shutdown_default_executor(timeout) stops waiting when it expires
  SocketTransportWritelines,        // 3.12: the socket transport's writelines buffers and sends, not via write()
  ServerWaitClosedWaitsForClients,  // 3.12: Server.wait_closed after close() still waits for the connections
  ClientTaskCancelClosesTransport,  // 3.13: a cancelled client_connected_cb task closes its transport quietly
  DatagramSendtoEmpty,              // 3.13: the datagram transport's sendto(b'') sends an empty datagram
  DatagramBufferCountsHeader,       // 3.13: a buffered datagram counts 8 bytes more, which its send never takes back
  UnixServerCleanupSocket,          // 3.13: closing a Unix server removes its socket file
  CommunicateClosesStdin,           // 3.12: communicate() without input still drains and closes a piped stdin
  ChildExitInOneHop,                // 3.12: a child's exit reaches its transport through call_soon_threadsafe alone
};

struct VersionRuleInfo {
  VersionRule rule;
  PythonVersion since;     // the first version that follows it
  std::string_view label;  // its section of docs/versions.md (and traces/versions/*.txt)
};

inline constexpr std::array<VersionRuleInfo, 27> kVersionRules{{
    {VersionRule::WaitForOnTimeout, PythonVersion::v3_12, "wait-for-on-timeout"},
    {VersionRule::GatherCountsDoneChildren, PythonVersion::v3_12, "gather-counts-done-children"},
    {VersionRule::MinMaxEmptyMessage, PythonVersion::v3_12, "min-max-empty-message"},
    {VersionRule::SumCompensated, PythonVersion::v3_12, "sum-compensated"},
    {VersionRule::NamedTaskTakesNoNumber, PythonVersion::v3_13, "named-task-takes-no-number"},
    {VersionRule::TaskGroupClosesRefusedCoroutine, PythonVersion::v3_13, "taskgroup-closes-refused-coroutine"},
    {VersionRule::ConditionWaitPassesWakeupOn, PythonVersion::v3_13, "condition-wait-passes-wakeup-on"},
    {VersionRule::RunForeverRefusalResets, PythonVersion::v3_13, "run-forever-refusal-resets"},
    {VersionRule::SliceAssignmentMessage, PythonVersion::v3_13, "slice-assignment-message"},
    {VersionRule::UncancelWithdrawsPendingCancel, PythonVersion::v3_13, "uncancel-withdraws-pending-cancel"},
    {VersionRule::TaskGroupUncancelsAfterWaiting, PythonVersion::v3_13, "taskgroup-uncancels-after-waiting"},
    {VersionRule::FactoryTaskNamedEvenWithoutName, PythonVersion::v3_13, "factory-task-named-none"},
    {VersionRule::AsCompletedExpectsAwaitables, PythonVersion::v3_13, "as-completed-expects-awaitables"},
    {VersionRule::SemaphoreWakesEveryFreePermit, PythonVersion::v3_13, "semaphore-wakes-every-free-permit"},
    {VersionRule::HandleReprHidesArguments, PythonVersion::v3_13, "handle-repr-hides-arguments"},
    {VersionRule::FutureWrapsStopIteration, PythonVersion::v3_13, "future-wraps-stop-iteration"},
    {VersionRule::ChainKeepsTimeoutError, PythonVersion::v3_13, "chain-keeps-timeout-error"},
    {VersionRule::ConditionReacquireKeepsCancel, PythonVersion::v3_13, "condition-reacquire-keeps-cancel"},
    {VersionRule::ExecutorShutdownTimesOut, PythonVersion::v3_13, "executor-shutdown-timeout"},
    {VersionRule::SocketTransportWritelines, PythonVersion::v3_12, "socket-transport-writelines"},
    {VersionRule::ServerWaitClosedWaitsForClients, PythonVersion::v3_12, "server-wait-closed"},
    {VersionRule::ClientTaskCancelClosesTransport, PythonVersion::v3_13, "client-task-cancel-closes-transport"},
    {VersionRule::DatagramSendtoEmpty, PythonVersion::v3_13, "datagram-sendto-empty"},
    {VersionRule::DatagramBufferCountsHeader, PythonVersion::v3_13, "datagram-buffer-size-header"},
    {VersionRule::UnixServerCleanupSocket, PythonVersion::v3_13, "unix-server-cleanup-socket"},
    {VersionRule::CommunicateClosesStdin, PythonVersion::v3_12, "communicate-closes-stdin"},
    {VersionRule::ChildExitInOneHop, PythonVersion::v3_12, "child-exit-in-one-hop"},
}};

/// The entry of kVersionRules for `rule`.
const VersionRuleInfo& info(VersionRule rule);

/// "3.11", "3.12", "3.13".
std::string_view to_string(PythonVersion v);

/// The version named by "3.12" or "3.12.1"; none for another text.
std::optional<PythonVersion> parse_python_version(std::string_view text);

}  // namespace loopspec
