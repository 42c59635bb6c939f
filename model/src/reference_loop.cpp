// The reference event loop: BaseEventLoop._run_once on a virtual clock.
#include "loopspec/reference_loop.hpp"

#include <algorithm>
#include <optional>

#include "loopspec/runtime.hpp"
#include "ready_queue.hpp"
#include "timer_heap.hpp"

namespace loopspec {
namespace {

// BaseEventLoop's constants.
constexpr double kClockResolution = 1e-09;            // time.get_clock_info('monotonic') on Linux
constexpr double kMaximumSelectTimeout = 24 * 3600;   // select() never sleeps longer
constexpr std::size_t kMinScheduledForPurge = 100;    // _MIN_SCHEDULED_TIMER_HANDLES
constexpr double kCancelledFractionForPurge = 0.5;    // _MIN_CANCELLED_TIMER_HANDLES_FRACTION

class ReferenceLoop final : public EventLoop {
 public:
  ~ReferenceLoop() override { abandon_pending_tasks(); }
  std::string type_name() const override { return "_UnixSelectorEventLoop"; }

  HandlePtr call_soon(Callback cb) override {
    check_closed();
    auto h = std::make_shared<Handle>(*this, std::move(cb));
    ready_.push_back(h);
    return h;
  }

  // The loop has one thread; from it, threadsafe scheduling is call_soon
  // (a real loop would also write to its self-pipe).
  HandlePtr call_soon_threadsafe(Callback cb) override { return call_soon(std::move(cb)); }

  TimerHandlePtr call_at(double when, Callback cb) override {
    check_closed();
    auto t = std::make_shared<TimerHandle>(*this, when, std::move(cb));
    timers_.push(t);
    t->scheduled = true;
    return t;
  }

  double time() const override { return now_; }

  void run_forever() override {
    check_closed();
    check_running();
    running_ = true;
    Runtime::current().set_running_loop(this);
    struct Reset {
      ReferenceLoop* loop;
      ~Reset() {
        loop->stopping_ = false;
        loop->running_ = false;
        Runtime::current().set_running_loop(nullptr);
      }
    } reset{this};
    // stop() takes effect only after a whole iteration, so a stop requested
    // before run_forever still runs one iteration.
    do {
      run_once();
    } while (!stopping_);
  }

  void stop() override { stopping_ = true; }

  void close() override {
    if (running_) raise(exc::RuntimeError, "Cannot close a running event loop");
    if (closed_) return;
    closed_ = true;
    ready_.clear();
    timers_.clear();
  }

  bool is_running() const override { return running_; }
  bool is_closed() const override { return closed_; }

  void timer_handle_cancelled(TimerHandle& t) override {
    if (t.scheduled) ++cancelled_timers_;
  }

 private:
  /// One iteration: CPython's _run_once, rule for rule.
  void run_once() {
    drop_cancelled_timers();
    wait_for_events(select_timeout());
    move_due_timers_to_ready();
    run_ready_batch();
  }

  /// Cancelled timers leave the heap in bulk when they are more than half of
  /// over 100 timers; otherwise only those at the head are popped.
  void drop_cancelled_timers() {
    const std::size_t n = timers_.size();
    if (n > kMinScheduledForPurge &&
        static_cast<double>(cancelled_timers_) / static_cast<double>(n) > kCancelledFractionForPurge) {
      timers_.remove_cancelled();
      cancelled_timers_ = 0;
      return;
    }
    while (!timers_.empty() && timers_.top()->cancelled()) {
      --cancelled_timers_;
      timers_.pop()->scheduled = false;
    }
  }

  /// Zero when anything is ready or a stop is pending; until the earliest
  /// timer otherwise (capped at a day); no timeout (wait forever) when idle.
  std::optional<double> select_timeout() const {
    if (!ready_.empty() || stopping_) return 0.0;
    if (timers_.empty()) return std::nullopt;
    return std::min(std::max(0.0, timers_.top()->when() - time()), kMaximumSelectTimeout);
  }

  /// The virtual clock (contract §6): where CPython blocks in select(), time
  /// jumps by exactly the timeout. Waiting forever can never end.
  void wait_for_events(std::optional<double> timeout) {
    if (!timeout) throw LoopBlocked();
    now_ = now_ + *timeout;
  }

  /// A timer is due when its deadline is within one clock resolution of now.
  /// Due timers join the ready queue behind the callbacks already there.
  void move_due_timers_to_ready() {
    const double end_time = time() + kClockResolution;
    while (!timers_.empty() && timers_.top()->when() < end_time) {
      TimerHandlePtr t = timers_.pop();
      t->scheduled = false;
      ready_.push_back(std::move(t));
    }
  }

  /// Runs exactly the handles ready at the start of the batch; what they
  /// schedule waits for the next iteration. An exception escaping a handle
  /// (KeyboardInterrupt, SystemExit) leaves the rest of the batch queued.
  void run_ready_batch() {
    for (std::size_t todo = ready_.size(); todo > 0; --todo) {
      HandlePtr h = ready_.pop_front();
      if (h->cancelled()) continue;
      h->run();
    }
  }

  detail::ReadyQueue ready_;
  detail::TimerHeap timers_;
  std::size_t cancelled_timers_ = 0;
  double now_ = 0.0;
  bool running_ = false;
  bool stopping_ = false;
  bool closed_ = false;
};

}  // namespace

EventLoopPtr make_reference_loop() { return std::make_shared<ReferenceLoop>(); }

}  // namespace loopspec
