// The libuv event loop: asyncio's Scheduler, waited on with uv_run.
#include "loopspec/libuv_loop.hpp"

#include <atomic>
#include <thread>

#include "loopspec/runtime.hpp"
#include "loopspec/scheduler.hpp"
#include "threadsafe_inbox.hpp"
#include "uv_waiter.hpp"

namespace loopspec {
namespace {

using libuv::ThreadsafeInbox;
using libuv::UvWaiter;

class LibuvLoop final : public EventLoop {
 public:
  explicit LibuvLoop(Clock clock)
      : clock_(clock), loop_thread_(std::this_thread::get_id()), waiter_([this] { drain_inbox(); }) {}
  ~LibuvLoop() override { abandon_unfinished(); }
  // The type CPython's default loop has: scenarios may print it.
  std::string type_name() const override { return "_UnixSelectorEventLoop"; }

  HandlePtr call_soon(Callback cb) override {
    check_closed();
    return sched_.push_ready(std::make_shared<Handle>(*this, std::move(cb)));
  }

  HandlePtr call_soon_threadsafe(Callback cb) override;

  TimerHandlePtr call_at(double when, Callback cb) override {
    check_closed();
    return sched_.push_timer(std::make_shared<TimerHandle>(*this, when, std::move(cb)));
  }

  double time() const override { return clock_ == Clock::Virtual ? virtual_now_ : UvWaiter::now(); }

  void run_forever() override;
  void stop() override { stopping_ = true; }
  void close() override;
  bool is_running() const override { return running_.load(std::memory_order_relaxed); }
  bool is_closed() const override { return closed_.load(std::memory_order_relaxed); }
  void timer_handle_cancelled(TimerHandle& t) override { sched_.timer_cancelled(t); }

 private:
  /// What the Scheduler reads the time from. Only timers depend on the time,
  /// so without any the real clock is not read: a call_soon chain costs no
  /// clock_gettime per iteration.
  struct TimerClock {
    const LibuvLoop* loop;
    double time() const { return loop->sched_.has_timers() ? loop->time() : 0.0; }
  };

  void run_once();
  void drain_inbox();
  void wait(std::optional<double> timeout);
  void wait_virtual(std::optional<double> timeout);
  bool on_loop_thread() const { return std::this_thread::get_id() == loop_thread_.load(std::memory_order_relaxed); }

  const Clock clock_;
  Scheduler sched_;
  double virtual_now_ = 0.0;
  bool stopping_ = false;
  std::atomic<bool> running_{false};
  std::atomic<bool> closed_{false};
  // The thread whose call_soon_threadsafe is plain call_soon: the one running
  // the loop, or, while it is not running, the one that made or last ran it.
  std::atomic<std::thread::id> loop_thread_;
  // Set once another thread has used call_soon_threadsafe: from then on a
  // virtual-clock loop with nothing to do waits for it instead of giving up.
  std::atomic<bool> other_threads_seen_{false};
  // I/O watchers (add_reader, sockets) would register here; version 1 of the
  // scenario language has none, so a pass with work ready never polls.
  int io_watchers_ = 0;
  ThreadsafeInbox inbox_;
  UvWaiter waiter_;  // last: its wake callback uses the members above
};

HandlePtr LibuvLoop::call_soon_threadsafe(Callback cb) {
  // From the loop's own thread this is call_soon, exactly as CPython appends
  // to _ready: the handle keeps its place among the others.
  if (on_loop_thread()) return call_soon(std::move(cb));
  check_closed();
  auto h = std::make_shared<Handle>(*this, std::move(cb));
  inbox_.push(h);
  other_threads_seen_.store(true, std::memory_order_relaxed);
  waiter_.wake();
  return h;
}

void LibuvLoop::run_forever() {
  check_closed();
  check_running();
  loop_thread_.store(std::this_thread::get_id(), std::memory_order_relaxed);
  running_.store(true, std::memory_order_relaxed);
  Runtime::current().set_running_loop(this);
  struct Reset {
    LibuvLoop* loop;
    ~Reset() {
      loop->stopping_ = false;
      loop->running_.store(false, std::memory_order_relaxed);
      Runtime::current().set_running_loop(nullptr);
    }
  } reset{this};
  // stop() takes effect after a whole iteration, so a stop requested before
  // run_forever still runs one.
  do {
    run_once();
  } while (!stopping_);
}

void LibuvLoop::run_once() {
  // Handles from other threads join the ready queue before the timeout is
  // computed, so they make this iteration's wait a poll.
  drain_inbox();
  sched_.run_once(TimerClock{this}, stopping_, [this](std::optional<double> timeout) { wait(timeout); });
}

void LibuvLoop::drain_inbox() {
  for (auto& h : inbox_.take()) sched_.push_ready(std::move(h));
}

void LibuvLoop::wait(std::optional<double> timeout) {
  if (timeout && *timeout <= 0.0) {
    // Something is ready. Only I/O could add to this batch, and with no
    // watcher there is none to look for: skip uv_run (and its epoll_wait).
    if (io_watchers_ > 0) waiter_.poll();
    return;
  }
  if (clock_ == Clock::Virtual) {
    wait_virtual(timeout);
  } else {
    waiter_.wait(timeout);
  }
}

/// The virtual clock (contract §6): where CPython blocks in select(), time
/// jumps by exactly the timeout. Waiting forever ends only if another thread
/// can still call in; with none in play (every version-1 scenario) the loop
/// is blocked for good.
void LibuvLoop::wait_virtual(std::optional<double> timeout) {
  if (timeout) {
    virtual_now_ = virtual_now_ + *timeout;
    return;
  }
  if (!other_threads_seen_.load(std::memory_order_relaxed)) throw LoopBlocked();
  waiter_.wait(std::nullopt);
}

void LibuvLoop::close() {
  if (is_running()) raise(exc::RuntimeError, "Cannot close a running event loop");
  if (is_closed()) return;
  closed_.store(true, std::memory_order_relaxed);
  sched_.clear();
  inbox_.clear();
}

}  // namespace

EventLoopPtr make_libuv_loop(Clock clock) { return std::make_shared<LibuvLoop>(clock); }

}  // namespace loopspec
