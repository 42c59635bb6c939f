// Plan: a generated program before it becomes IR.
//
// RapidCheck generates and shrinks Plans, not ir::Programs: a Plan is a plain
// copyable tree, and every Plan, however it was shrunk, builds a well-formed
// program (builder.hpp). References to tasks, futures and handles are small
// integers that the builder maps onto what exists at that point, so removing
// an action never leaves a dangling reference; timer delays are assigned by
// the builder, so removing a timer never makes two deadlines meet.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <vector>

namespace loopspec::properties {

/// One step of a coroutine or a callback. The builder turns each into a
/// statement or two (see builder.cpp for the exact Python).
enum class Op : std::uint8_t {
  // --- anywhere (coroutines, callbacks, scenario set-up) -------------------
  Log,           // log("<fn>", n, <observation a>)
  SetResult,     // [if not fs[a].done():] fs[a].set_result("v<n>")
  SetException,  // [if not fs[a].done():] fs[a].set_exception(ValueError("v<n>"))
  CancelFuture,  // log(.., fs[a].cancel(["m<n>"]))
  CancelTask,    // log(.., ts[a].cancel(["m<n>"]))
  Uncancel,      // log(.., ts[a].uncancel(), ts[a].cancelling())
  Probe,         // cancel() on ts[a]/fs[a], with its state logged before and after
  CallSoon,      // h<k> = loop.call_soon(cb<k>, ...) — body is the callback's
  CallLater,     // h<k> = loop.call_later(D, cb<k>, ...), D a float or an int
  CallAt,        // h<k> = loop.call_at(loop.time() + D | D | loop.time() + N, cb<k>, ...), N an int
  CancelHandle,  // h<k>.cancel() for a handle made earlier in the same function
  Stop,          // loop.stop() (only where a stop cannot strand tasks; else a Log)
  FutureOp,      // try: log(.., x.result() | .exception() | .set_result(..) | .set_exception(<exc, class, int>)
                 //          | .cancel(..)) except (CancelledError, Exception): log(..) — on fs[a] or ts[a],
                 //          whatever state it is in
  SyncSignal,    // the non-blocking half of ps[a]: release(), set()/clear(), notify(n)/notify_all(),
                 //   put_nowait()/get_nowait()/task_done(), each in a try; then perhaps ts[..].cancel()
  SyncProbe,     // log(.., <state of ps[a]>): locked(), is_set(), qsize()/full()/empty(), n_waiting/broken
  Signal,        // loop.add_signal_handler(<a signal of its own>, cb<k>, ...); signal.raise_signal(..);
                 //   perhaps log(.., loop.remove_signal_handler(..)) — body is the handler's
  Job,           // j<k> = loop.run_in_executor(None, job<k>, ...), job<k> logging, [time.sleep(D | 0)],
                 //   loop.call_soon_threadsafe(cb<k>, ...) and returning; in a coroutine with flag:
                 //   r = await j<k> — body is cb<k>'s
  // --- coroutines only ----------------------------------------------------
  Sleep0,        // await asyncio.sleep(0 | 0.0 | -1)
  Sleep,         // await asyncio.sleep(D), D a float or an int
  AwaitFuture,   // r = await fs[a]
  AwaitTask,     // r = await ts[a]
  Try,           // try: body / except CancelledError: handler [raise] / except Exception / finally: final
  Inline,        // r = await co<k>(...) — body is the helper coroutine's
  Gather,        // r = await asyncio.gather(<children>, return_exceptions=flag)
  Shield,        // r = await asyncio.shield(ts[a] | fs[a])
  WaitFor,       // r = await asyncio.wait_for(ts[a] | co<k>(...), D), D a float or an int
  TaskGroup,     // async with asyncio.TaskGroup() as tg: tg.create_task(...) ...; body
  SyncWait,      // the blocking half of ps[a]: `async with` (body), acquire(), Condition.wait(),
                 //   Event.wait(), Barrier wait()/reset()/abort(), Queue get()/put()/join();
                 //   flag: a newcomer, which only waits on a Lock, Semaphore or Condition
  AsyncFor,      // agen = ag<k>(...); async for x in agen: log(.., x) [if x == 0: break]; await agen.aclose()
                 //   — body is the async generator's: its actions, then `yield 0`, `yield 1`
  // --- connections (Plan::conns; a Log when there are none) ----------------
  ConnWrite,     // ws[e].write(<data k>); log("cw", e, k, ws[e].is_closing()) [; await ws[e].drain()]
  ConnRead,      // r = await rs[e].read(n) | .readexactly(n) | .readline(); log("cr", e, len(r), r[:12])
                 //   (coroutines only)
  ConnEnd,       // ws[e].write_eof() | ws[e].close() [; await ws[e].wait_closed()] | ws[e].transport.abort()
  // --- children (Plan::children; a Log when there are none) ----------------
  Child,         // on cs[a]: stdin.write(..) [; await stdin.drain()] | await stdout/stderr.read(n) | .readline()
                 //   | .readexactly(n) | kill() | terminate() | await wait() | await wait_for(wait(), 5)
                 //   (child_builder.hpp); the reads and waits in coroutines only
};

/// A synchronisation primitive or queue: main (or scenario) makes them up
/// front and keeps them in `ps`.
enum class Prim : std::uint8_t {
  Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier, Queue, PriorityQueue, LifoQueue
};

struct PrimPlan {
  Prim kind = Prim::Lock;
  /// Semaphore: the initial value (0..2); BoundedSemaphore: value 1..3;
  /// Barrier: parties 1..3; queues: maxsize 0..2; Condition: odd shares the
  /// first Lock of `ps` (when there is one).
  int arg = 0;
};

/// How a connection is made (docs/outside-world.md#streams-built,
/// #listening-built): its two ends are streams, ends 2i and 2i+1 of `rs`
/// (readers) and `ws` (writers).
enum class Conn : std::uint8_t {
  Pair,  // a, b = socket.socketpair(); open_connection(sock=a), open_connection(sock=b)
  Tcp,   // start_server(cb, "127.0.0.1", 0); open_connection("127.0.0.1", <its port>)
  Unix,  // start_unix_server(cb, unix_path(..)); open_unix_connection(<the path>)
};

struct ConnPlan {
  Conn kind = Conn::Pair;
  /// The streams' `limit`: 0 the default (64 KiB), 1 64 bytes, 2 1 KiB. A
  /// reader pauses its transport past twice the limit, and readline() turns
  /// a longer line into a ValueError.
  int limit = 0;
  /// A socketpair whose first end writes beyond the kernel's buffers (up to a
  /// few hundred KiB a write), so its transport buffers, pauses writing and
  /// flushes on close; its second end only reads, with readexactly().
  bool bulk = false;
};

/// A child process main starts before the tasks (child_builder.hpp): a
/// shell that writes its stdout and its stderr, each with one printf, and
/// exits without reading its stdin.
struct ChildPlan {
  int out = 0;     // what it writes to stdout: one of five texts, the last a 1,500-byte line
  int err = 0;     // to stderr: one of three
  int status = 0;  // its exit status, 0 to 3
  bool limit = false;  // its streams' limit is 1 KiB (the long line overruns readline())
};

/// A future's state when main (or scenario) has made it: futures start in
/// every state, so every operation meets every state.
enum class Preset : std::uint8_t { Pending, Result, Exception, Cancelled };

/// How a coroutine ends after its actions.
enum class Ending : std::uint8_t { Return, Raise, ReturnNone };

struct Action {
  Op op = Op::Log;
  /// The target (task, future, handle, callback flavour...), mapped modulo
  /// what exists by the builder.
  int a = 0;
  /// A second choice: a timer's rank (lower ranks get shorter delays; 6 and
  /// 7 get sub-resolution ones), the observation a Log makes, which handlers
  /// a Try has (bits 1, 2, 4), whether an await sits in its own try (bit 2;
  /// bit 4: catching CancelledError too)...
  int b = 0;
  /// An op-specific switch: a cancel message, return_exceptions, re-raise
  /// after catching, a probe after an await, sleep with a result...
  bool flag = false;
  /// A third choice, the variant: int or float delays and deadlines
  /// (Sleep, CallLater, CallAt, WaitFor), which method FutureOp and the
  /// Sync ops call, and with what argument.
  int c = 0;
  Ending ending = Ending::Return;  // Inline/gather/TaskGroup children
  /// Try: the body; CallSoon/CallLater/CallAt: the callback; Inline,
  /// WaitFor: the helper coroutine; TaskGroup, SyncWait: the `async with` body.
  std::vector<Action> body;
  /// Try: the except CancelledError handler; Gather, TaskGroup: the
  /// children (AwaitTask/AwaitFuture name a task/future argument, Inline a
  /// coroutine argument).
  std::vector<Action> alt;
  /// Try: the finally block.
  std::vector<Action> fin;
};

/// An explicit task: main (or scenario) creates it up front and keeps it in `ts`.
struct TaskPlan {
  std::vector<Action> actions;
  Ending ending = Ending::Return;
  bool named = false;  // create_task(..., name="t<j>")
};

/// A step of `def scenario(loop)` after the set-up: run the loop somehow.
struct Phase {
  enum class Kind : std::uint8_t { RunUntil, RunForeverStopLater, RunForeverStopSoon };
  Kind kind = Kind::RunUntil;
  int a = 0;     // RunUntil: the task
  int rank = 0;  // RunForeverStopLater: the stop timer's delay rank
  /// Synchronous actions done before running (outside the loop).
  std::vector<Action> setup;
};

/// The clock a program is written for (delays.hpp). Not generated: the
/// property that runs the program sets it on every plan it builds.
enum class Timescale : std::uint8_t {
  Virtual,  // the virtual clock: delays from 2^-10 s up to hours, whole seconds
  Real,     // a loop that sleeps for real: under a second in all, deadlines 1/32 s apart
};

/// Whether a program may show the orders asyncio leaves open (docs/orders.md).
/// Not generated: gen_plan(orders) sets it on every plan it makes.
enum class Orders : std::uint8_t {
  /// Deadlines never tie and no set walk shows: one trace (delays.hpp).
  Closed,
  /// Deadlines tie and set walks show, within bounds that keep the number of
  /// permitted traces small; the program declares `order: timer-ties,
  /// set-iteration`, and a trace passes when the model permits it.
  Open,
};

/// Open mode's bounds: timers whose delays may tie (delays.hpp), tasks left
/// for Runner's shutdown to cancel, and TaskGroup children. Each bounds a
/// choice point's options, so a program permits a few dozen orders at most
/// in the usual case.
inline constexpr int kOpenTiedTimers = 4;
inline constexpr int kOpenLeftovers = 3;
inline constexpr int kOpenTaskGroupChildren = 3;

/// Constructs a build leaves out (bits of Plan::avoid): a Python loop's known
/// causes of divergence keep the programs away from them (known_causes.hpp).
namespace avoid {
/// `def scenario(loop)` with run phases: the program is built with `main`.
inline constexpr std::uint32_t kScenarioEntry = 1;
/// set_exception() of an int or a str: the builder passes an exception.
inline constexpr std::uint32_t kNonExceptionSetException = 2;
/// A timer handle's when(): the builder logs only that the timer was made.
inline constexpr std::uint32_t kHandleWhen = 4;
/// Delays under the clock resolution (ranks 6 and 7): every timer gets an
/// ordinary delay, as long as a loop that counts whole milliseconds needs.
inline constexpr std::uint32_t kSubMillisecondDelays = 8;
/// Signals: a Signal action becomes a Log.
inline constexpr std::uint32_t kSignals = 16;
/// Child processes: the program starts none (a Child action becomes a Log).
inline constexpr std::uint32_t kChildren = 32;
}  // namespace avoid

struct Plan {
  Timescale timescale = Timescale::Virtual;
  Orders orders = Orders::Closed;
  std::uint32_t avoid = 0;  // avoid:: bits; set, like the timescale, by the property
  /// `def scenario(loop)` with explicit run phases and a close, rather than
  /// `async def main()` under asyncio.Runner.
  bool scenario_entry = false;
  int futures = 0;  // fs = [loop.create_future(), ...]
  /// fs[i] is resolved (or failed, cancelled) right after it is made; the
  /// futures past the end of this list start pending.
  std::vector<Preset> presets;
  std::vector<PrimPlan> prims;  // ps = []; ps.append(asyncio.Lock()) ...
  /// Connections main makes before the tasks (none in a scenario entry).
  std::vector<ConnPlan> conns;
  /// Child processes main starts before the tasks (none in a scenario entry).
  std::vector<ChildPlan> children;
  std::vector<TaskPlan> tasks;
  /// main only: this task is not joined, so Runner's shutdown cancels it.
  /// (Never more than one: Runner cancels leftovers in set order. With open
  /// orders, it and the next kOpenLeftovers - 1 tasks.)
  int leftover = -1;
  std::vector<Action> main;     // main's own actions
  std::vector<Phase> phases;    // scenario entry only
};

/// Statements-ish count: what "the size of a counterexample" means in reports.
int plan_size(const Plan& p);

/// RapidCheck's printer for counterexamples: a one-line summary (the
/// scenario source is printed by the property runner).
void showValue(const Plan& p, std::ostream& os);

}  // namespace loopspec::properties
