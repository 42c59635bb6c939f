// The asyncio module's global state, per thread: the running loop, the
// current event loop (set_event_loop), the loop factory that new_event_loop()
// uses, the Task-N counter, and where unhandled exceptions are reported.
//
// CPython keeps these as module globals; a conformance run needs a fresh set
// per scenario (a golden trace numbers tasks from Task-1), so they live in a
// Runtime that a RuntimeScope installs for the current thread.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "loopspec/descriptors.hpp"
#include "loopspec/detail/child_processes.hpp"
#include "loopspec/event_loop.hpp"
#include "loopspec/python_version.hpp"
#include "loopspec/reprs.hpp"
#include "loopspec/signals.hpp"
#include "loopspec/virtual_threads.hpp"

namespace loopspec {

/// sys.getrecursionlimit() by default.
inline constexpr int kRecursionLimit = 1000;
/// Python frames under a task's coroutine or a loop callback when CPython
/// runs a scenario (`loopspec-traces run`: the runner's frames, then
/// Runner.run, run_until_complete, run_forever, _run_once, Handle._run).
/// Only the depth at which RecursionError comes depends on it, and no
/// scenario logs that (docs/model.md, "Recursion").
inline constexpr int kFramesBelowLoopCode = 11;
/// Python frames under a job on an executor's worker thread (threading's
/// bootstrap, the worker's loop, the work item's run).
inline constexpr int kFramesBelowJobCode = 5;

/// Told about every task of the runtime: when it is registered and around
/// each of its steps. The model keeps no contextvars; whoever runs scenario
/// code does (CPython's Task._context: a task steps in the context copied
/// when it was made), and needs exactly these three moments for it.
class Socket;

class TaskObserver {
 public:
  virtual ~TaskObserver() = default;
  virtual void task_created(Task& t) = 0;
  virtual void step_entered(Task& t) = 0;
  virtual void step_left(Task& t) = 0;
};

class Runtime {
 public:
  explicit Runtime(PythonVersion python = PythonVersion::v3_11) : python_(python) {}

  /// This thread's runtime; a default one (3.11) exists when no scope is installed.
  static Runtime& current();

  /// The CPython version whose asyncio rules this runtime follows.
  PythonVersion python() const { return python_; }
  /// Whether this runtime follows `rule`: from the version that made it,
  /// unless it is the swapped rule.
  bool follows(VersionRule rule) const { return (python_ >= info(rule).since) != (swapped_ == rule); }
  /// A version mutant (harness/tests/versions_test.cpp): `rule` takes the
  /// form of the other side of its version step, every other rule keeps
  /// this runtime's version. The goldens must tell.
  void swap_rule(VersionRule rule) { swapped_ = rule; }

  /// new_event_loop() makes loops with this (default: reference loops); every
  /// loop it makes is adopted.
  LoopFactory loop_factory;
  /// Called by every loop's default_exception_handler, with that loop.
  std::function<void(EventLoop&, const DictPtr&)> unhandled_observer;
  /// Told by every loop's register_task, enter_task and leave_task; null: nobody.
  TaskObserver* task_observer = nullptr;
  /// ensure_future's branch for awaitables that are neither futures nor
  /// coroutines (inspect.isawaitable): a coroutine that awaits the value,
  /// which the task then runs; an empty Coro when the value is not
  /// awaitable. Set by whoever runs scenario code (the interpreter knows its
  /// classes' `__await__`); unset, only futures and coroutines are awaitable.
  std::function<Coro(const Value&)> awaitable_adapter;
  /// Wraps a callback the model schedules on the program's behalf
  /// (run_coroutine_threadsafe's) so that it runs in a copy of the context
  /// current now, as a Handle made with context=None does; the task it makes
  /// copies that context. Set by whoever keeps contexts; unset, the callback
  /// is scheduled as it is.
  std::function<Callback(Callback)> in_copied_context;
  /// What asyncio's reprs ask of the program (reprs.hpp). Set by whoever
  /// runs scenario code; unset, futures and handles write `<T object>`.
  const ReprHooks* repr_hooks = nullptr;

  /// The next number of the `Task-N` default names (1 for the first task).
  std::int64_t next_task_number() { return ++task_counter_; }

  /// What CPython keeps per thread: the running loop and the depth of the
  /// Python stack. A runtime holds the state of the thread whose turn it is
  /// (virtual_threads.hpp swaps it as the turn passes).
  struct ThreadState {
    EventLoop* running = nullptr;
    int frames = kFramesBelowJobCode;
  };
  ThreadState& thread_state() { return thread_; }
  /// Told as the turn passes between threads; null: nobody.
  ThreadObserver* thread_observer = nullptr;

  EventLoop* running_loop() const { return thread_.running; }
  void set_running_loop(EventLoop* loop) { thread_.running = loop; }
  /// The loop set by set_event_loop (null when none or set to None).
  const EventLoopPtr& event_loop() const { return event_loop_; }
  void set_event_loop(EventLoopPtr loop) { event_loop_ = std::move(loop); set_called_ = true; }
  /// Whether set_event_loop was ever called (the policy makes a loop on
  /// get_event_loop() only when it was not).
  bool set_event_loop_called() const { return set_called_; }

  /// Python frames on the stack now, as sys._getframe() would count them:
  /// those below the scenario's code (kFramesBelowLoopCode), its calls, and
  /// the coroutines of the running task's await chain.
  int python_frames() const { return thread_.frames; }
  /// One more frame (a call, a coroutine starting inline); past the
  /// recursion limit it raises RecursionError('maximum recursion depth
  /// exceeded') instead, as CPython does at the frame that would pass it.
  void enter_frame();
  /// Frames pushed or popped without a check (a task resuming its chain).
  void add_frames(int n) { thread_.frames += n; }

  /// Keeps a loop made during this runtime until the runtime ends, so that its
  /// futures never outlive it (futures point at their loop, as in CPython).
  void adopt(EventLoopPtr loop) { loops_.push_back(std::move(loop)); }
  const std::vector<EventLoopPtr>& loops_made() const { return loops_; }
  /// Keeps track of a socket made during this runtime: whatever is still open
  /// when the runtime's scope ends is closed then (~RuntimeScope).
  void adopt_socket(const std::shared_ptr<Socket>& s) { sockets_.push_back(s); }
  const std::vector<std::weak_ptr<Socket>>& sockets_made() const { return sockets_; }
  /// The descriptors the program opened itself (os.pipe); ~RuntimeScope
  /// closes what is still open.
  Descriptors& descriptors() { return descriptors_; }
  /// The child processes the run started (docs/outside-world.md#children);
  /// ~RuntimeScope kills and reaps what is left.
  detail::ChildProcesses& children() { return children_; }
  /// The process's signals, as this run sees them (signals.hpp).
  ProcessSignals& signals() { return signals_; }
  /// The scenario's other threads (virtual_threads.hpp).
  VirtualThreads& threads() { return threads_; }

 private:
  PythonVersion python_;
  std::optional<VersionRule> swapped_;
  std::int64_t task_counter_ = 0;
  ThreadState thread_{nullptr, kFramesBelowLoopCode};
  EventLoopPtr event_loop_;
  bool set_called_ = false;
  std::vector<EventLoopPtr> loops_;
  std::vector<std::weak_ptr<Socket>> sockets_;
  Descriptors descriptors_;
  detail::ChildProcesses children_;
  ProcessSignals signals_;
  // Last: its threads may still hold frames of the run when it ends.
  VirtualThreads threads_{*this};
};

/// A frame of the scenario's code for the guard's lifetime (enter_frame).
class PythonFrame {
 public:
  PythonFrame() : rt_(Runtime::current()) { rt_.enter_frame(); }
  ~PythonFrame() { rt_.add_frames(-1); }
  PythonFrame(const PythonFrame&) = delete;
  PythonFrame& operator=(const PythonFrame&) = delete;

 private:
  Runtime& rt_;
};

/// Installs a fresh Runtime for this thread for its lifetime.
class RuntimeScope {
 public:
  explicit RuntimeScope(PythonVersion python = PythonVersion::v3_11);
  ~RuntimeScope();
  RuntimeScope(const RuntimeScope&) = delete;
  RuntimeScope& operator=(const RuntimeScope&) = delete;
  Runtime& runtime() { return *rt_; }
  /// Makes `rt` the calling thread's runtime for good: the start of one of
  /// its virtual threads.
  static void attach(Runtime& rt);

 private:
  std::unique_ptr<Runtime> rt_;
  Runtime* previous_;
};

// --- asyncio.events functions ---------------------------------------------
/// The running loop; RuntimeError('no running event loop') when none runs.
EventLoop& get_running_loop();
/// The running loop, else the current one; makes and sets one through the
/// factory when set_event_loop was never called (the default policy of every
/// version; 3.12+'s DeprecationWarning is not part of the trace).
EventLoopPtr get_event_loop();
void set_event_loop(EventLoopPtr loop);
EventLoopPtr new_event_loop();

}  // namespace loopspec
