// MutantLoop: CPython's _run_once on a virtual clock, with one switch.
#include "mutant_loop.hpp"

#include <algorithm>
#include <deque>

#include "loopspec/runtime.hpp"
#include "loopspec/scheduler.hpp"
#include "loopspec/timer_heap.hpp"
#include "mutant_task.hpp"
#include "sync_future.hpp"

namespace loopspec::properties::mutants {
namespace {

constexpr std::size_t kMinScheduledForPurge = 100;
constexpr double kCancelledFractionForPurge = 0.5;

class MutantLoop final : public EventLoop {
 public:
  explicit MutantLoop(Flaw flaw) : flaw_(flaw) {}
  ~MutantLoop() override { abandon_unfinished(); }
  std::string type_name() const override { return "_UnixSelectorEventLoop"; }

  HandlePtr call_soon(Callback cb) override {
    check_closed();
    auto h = std::make_shared<Handle>(*this, std::move(cb));
    ready_.push_back(h);
    return h;
  }
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
    // The flawed close() leaves the loop runnable: its author thought the
    // cleared queue made the check unnecessary, but it no longer clears.
    if (flaw_ != Flaw::CloseKeepsQueue) check_closed();
    check_running();
    running_ = true;
    Runtime::current().set_running_loop(this);
    struct Reset {
      MutantLoop* loop;
      ~Reset() {
        loop->stopping_ = false;
        loop->running_ = false;
        Runtime::current().set_running_loop(nullptr);
      }
    } reset{this};
    do {
      run_once();
    } while (!should_stop());
  }
  void stop() override { stopping_ = true; }
  void close() override {
    if (running_) raise(exc::RuntimeError, "Cannot close a running event loop");
    if (closed_) return;
    closed_ = true;
    if (flaw_ == Flaw::CloseKeepsQueue) return;
    ready_.clear();
    timers_.clear();
  }
  bool is_running() const override { return running_; }
  bool is_closed() const override { return closed_; }
  void timer_handle_cancelled(TimerHandle& t) override {
    if (t.scheduled) ++cancelled_timers_;
  }

  FuturePtr create_future() override {
    if (flaw_ == Flaw::SyncDoneCallbacks) return std::make_shared<SyncFuture>(*this);
    return EventLoop::create_future();
  }
  TaskPtr create_task(Coro coro, std::optional<std::string> name) override {
    if (flaw_ == Flaw::LateCancel || flaw_ == Flaw::UncancelKeepsCount) {
      check_closed();
      return make_mutant_task(*this, std::move(coro), std::move(name),
                              flaw_ == Flaw::LateCancel ? TaskFlaw::LateCancel : TaskFlaw::UncancelKeepsCount);
    }
    return EventLoop::create_task(std::move(coro), std::move(name));
  }

 private:
  bool should_stop() const {
    if (!stopping_) return false;
    return flaw_ != Flaw::StopWhenIdle || ready_.empty();
  }

  void run_once() {
    drop_cancelled_timers();
    std::optional<double> timeout = select_timeout();
    if (!timeout) throw LoopBlocked();
    now_ = now_ + *timeout;
    move_due_timers();
    run_batch();
  }

  std::optional<double> select_timeout() const {
    if (!ready_.empty() || stopping_) return 0.0;
    if (timers_.empty()) return std::nullopt;
    return std::min(std::max(0.0, timers_.top()->when() - now_), Scheduler::kMaximumSelectTimeout);
  }

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

  bool due(double when) const {
    if (flaw_ == Flaw::IgnoreResolution) return when <= now_;
    return when < now_ + Scheduler::kClockResolution;
  }

  void move_due_timers() {
    std::vector<HandlePtr> due_now;
    while (!timers_.empty() && due(timers_.top()->when())) {
      TimerHandlePtr t = timers_.pop();
      t->scheduled = false;
      due_now.push_back(std::move(t));
    }
    if (flaw_ == Flaw::TimersBeforeReady) {
      ready_.insert(ready_.begin(), due_now.begin(), due_now.end());
    } else {
      ready_.insert(ready_.end(), due_now.begin(), due_now.end());
    }
  }

  HandlePtr pop_ready() {
    HandlePtr h = std::move(ready_.front());
    ready_.pop_front();
    return h;
  }

  void run_batch() {
    if (flaw_ == Flaw::SameBatch) {
      while (!ready_.empty()) run_handle(pop_ready());
      return;
    }
    if (flaw_ == Flaw::LifoReadyQueue) {
      // LIFO within the batch: the handles ready at its start, newest first;
      // those they schedule wait for the next batch.
      std::deque<HandlePtr> batch;
      batch.swap(ready_);
      while (!batch.empty()) {
        HandlePtr h = std::move(batch.back());
        batch.pop_back();
        try {
          run_handle(h);
        } catch (...) {
          ready_.insert(ready_.begin(), batch.begin(), batch.end());
          throw;
        }
      }
      return;
    }
    for (std::size_t todo = ready_.size(); todo > 0; --todo) run_handle(pop_ready());
  }

  static void run_handle(const HandlePtr& h) {
    if (h->cancelled()) return;
    h->run();
  }

  Flaw flaw_;
  std::deque<HandlePtr> ready_;
  TimerHeap timers_;
  std::size_t cancelled_timers_ = 0;
  double now_ = 0.0;
  bool running_ = false;
  bool stopping_ = false;
  bool closed_ = false;
};

}  // namespace

EventLoopPtr make_mutant_loop(Flaw flaw) { return std::make_shared<MutantLoop>(flaw); }

}  // namespace loopspec::properties::mutants
