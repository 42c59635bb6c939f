// BaseEventLoop: asyncio's loop, written once, with one hook for waiting.
//
// CPython's BaseEventLoop owns the run/stop/close state machine and the
// iteration (_run_once); a selector or proactor subclass supplies only how to
// wait. The same split here: BaseEventLoop keeps the scheduling state (a
// Scheduler), runs each iteration by asyncio's rules and enforces run_forever,
// stop and close; a subclass overrides wait() (and, with a real clock,
// time()) and nothing else. The reference loop is BaseEventLoop itself on the
// virtual clock; the libuv loop waits in uv_run; a loop of your own starts
// from examples/out-of-tree-impl.
//
// Invariants the class keeps:
//  - one iteration runs exactly the callbacks ready when it starts (plus the
//    timers due by then, queued behind them); what they schedule waits for
//    the next iteration;
//  - stop() ends run_forever after the current iteration, so a stop made
//    before run_forever still runs one; a pending stop makes the iteration's
//    wait a poll;
//  - close() drops everything scheduled, refuses while running, and a
//    closed loop never runs or schedules again.
#pragma once

#include <atomic>
#include <deque>
#include <map>
#include <optional>
#include <string>

#include "loopspec/detail/io_selector.hpp"
#include "loopspec/event_loop.hpp"
#include "loopspec/open_orders.hpp"
#include "loopspec/scheduler.hpp"

namespace loopspec {

class BaseEventLoop : public EventLoop {
 public:
  /// `orders` settles the orders asyncio leaves open (open_orders.hpp);
  /// without one the loop takes CPython's.
  explicit BaseEventLoop(OrderChooserPtr orders = nullptr);
  ~BaseEventLoop() override;
  // The type CPython's default loop has: scenarios may print it.
  std::string type_name() const override { return "_UnixSelectorEventLoop"; }

  HandlePtr call_soon(Callback cb) override;
  /// call_soon; from one of the scenario's threads (a job) it also writes
  /// the wake-up byte to the self-pipe, as CPython does. A loop that threads
  /// outside the scenario may call overrides it to wake its wait().
  HandlePtr call_soon_threadsafe(Callback cb) override;
  TimerHandlePtr call_at(double when, Callback cb) override;
  /// The virtual clock: 0.0 at creation, moved only by the default wait().
  double time() const override { return virtual_now_; }
  void run_forever() override;
  void stop() override { stopping_ = true; }
  void close() override;
  bool is_running() const override { return running_.load(std::memory_order_relaxed); }
  bool is_closed() const override { return closed_.load(std::memory_order_relaxed); }
  void timer_handle_cancelled(TimerHandle& t) override { sched_.timer_cancelled(t); }
  /// unix_events' add_signal_handler: the process's wake-up descriptor
  /// becomes this loop's self-pipe, and the signal's handle is queued by the
  /// self-pipe's reader (docs/outside-world.md#signals-built).
  HandlePtr add_signal_handler(int sig, Callback cb) override;
  bool remove_signal_handler(int sig) override;
  /// selector_events' readers and writers: one handle per descriptor and
  /// direction, queued each time select finds it ready.
  HandlePtr add_reader(int fd, Callback cb) override { return add_io(fd, std::move(cb), /*reader=*/true); }
  bool remove_reader(int fd) override { return remove_io(fd, /*reader=*/true); }
  HandlePtr add_writer(int fd, Callback cb) override { return add_io(fd, std::move(cb), /*reader=*/false); }
  bool remove_writer(int fd) override { return remove_io(fd, /*reader=*/false); }
  void signal_arrived(int sig) override { self_pipe_.push_back(sig); }
  void watch_child(SubprocessTransportPtr transport) override { children_.push_back(std::move(transport)); }
  /// The virtual clock jumps by `seconds`, as it does in wait().
  void block_thread(double seconds) override { virtual_now_ = virtual_now_ + seconds; }
  OrderChooser* order_chooser() const override { return orders_.get(); }

 protected:
  /// The hook: block until something may be ready, for at most `timeout`
  /// seconds (forever when it is empty); where CPython calls
  /// selector.select(timeout). The default is the virtual clock: time
  /// jumps by exactly `timeout` (plain double addition), and waiting
  /// forever throws LoopBlocked, since nothing outside could ever wake it.
  virtual void wait(std::optional<double> timeout);
  /// Waits until the clock reads `when` (the scenario's threads sleep
  /// until then, docs/outside-world.md#select). The default is the virtual
  /// clock: it jumps to `when`.
  virtual void wait_until(double when);
  /// Whether wait() and wait_until() also end when a watched descriptor
  /// becomes ready (a real clock's wait does: docs/outside-world.md#libuv-descriptors);
  /// select() then polls again, so what the wait saw is this iteration's.
  virtual bool wait_watches_descriptors() const { return false; }
  /// The registrations that wait() watches.
  const detail::IoSelector& descriptors() const { return io_; }

  /// One iteration, CPython's _run_once: drop cancelled timers, wait (only
  /// poll while the self-pipe holds bytes, as select() returns at once for
  /// a readable descriptor), queue the self-pipe's reader if it has bytes,
  /// move the due timers behind the ready callbacks, run one batch. Overridden
  /// only to add to it (the libuv loop first takes what other threads sent).
  virtual void run_once();

  /// The steps of run_once that a loop may wrap (the property tests'
  /// mutant loops do, each breaking one rule).
  virtual void move_due_timers() {
    sched_.move_due_timers_to_ready([this] { return time(); });
  }
  virtual void run_ready_batch() { sched_.run_ready_batch(); }

  Scheduler& scheduler() { return sched_; }
  /// The handle the arrival of `sig` queues, or null (for loops that wrap
  /// how signals are delivered: the property tests' mutants).
  HandlePtr signal_handler(int sig) const;
  bool stopping() const { return stopping_; }

 private:
  /// CPython's selector.select(timeout) in the virtual world
  /// (docs/outside-world.md#select): the scenario's runnable threads run
  /// first; then, while nothing is ready, sleeping threads that wake before
  /// the deadline move the clock to their wake time and run; the rest of the
  /// timeout is waited as wait() does. With no thread in play, wait(timeout).
  // The timeout by reference: by value, g++ passes it in two registers and
  // loads its one-byte flag as part of an eight-byte word just after storing
  // it, a load that waits for the store (no store-to-load forwarding) once
  // per iteration (bench/README.md, W1).
  std::vector<detail::IoSelector::Event> select(const std::optional<double>& timeout);
  /// _process_events: what the poll found joins the ready queue, each
  /// descriptor's reader before its writer.
  void process_events(const std::vector<detail::IoSelector::Event>& events);
  /// _add_reader/_add_writer and _remove_reader/_remove_writer, one body
  /// for both directions: a replaced or removed handle is cancelled.
  HandlePtr add_io(int fd, Callback cb, bool reader);
  bool remove_io(int fd, bool reader);
  /// What ends every run, CPython's _run_forever_cleanup: not stopping, not
  /// running, and no running loop.
  void end_run();
  /// The self-pipe's reader (_read_from_self): takes every byte, and queues
  /// the handler of each signal that still has one.
  void read_from_self();
  /// Step 3 while a child of this loop is unreported
  /// (docs/outside-world.md#children): reports the first that can be, else
  /// waits in real time for a descriptor or an exit. Whether to poll again;
  /// std::runtime_error after 30 s of waiting.
  bool wait_for_children();
  /// The child watcher's report of the first watched child that has exited
  /// and whose output the loop no longer reads; whether there was one.
  bool report_child();

  OrderChooserPtr orders_;
  Scheduler sched_;
  // Signal number -> the handle its arrival queues (_signal_handlers).
  std::map<int, HandlePtr> signal_handlers_;
  detail::IoSelector io_;
  // The children whose exit is not reported yet, in the order they started.
  std::vector<SubprocessTransportPtr> children_;
  // Bytes written to the self-pipe and not yet read: signal numbers, and
  // the null byte a job's call_soon_threadsafe writes. (CPython writes that
  // byte from the loop's own thread too; there it is read in the same batch
  // or finds the loop polling anyway, and changes nothing a scenario sees.)
  static constexpr int kWakeUpByte = 0;
  std::deque<int> self_pipe_;
  HandlePtr self_pipe_reader_;
  double virtual_now_ = 0.0;
  bool stopping_ = false;
  // Atomic: other threads read them through call_soon_threadsafe's checks.
  std::atomic<bool> running_{false};
  std::atomic<bool> closed_{false};
};

}  // namespace loopspec
