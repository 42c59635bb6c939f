// MutantLoop: BaseEventLoop with one step wrapped (mutant_loop.hpp).
#include "mutant_loop.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <utility>
#include <vector>

#include "loopspec/base_event_loop.hpp"
#include "mutant_task.hpp"
#include "sync_future.hpp"

namespace loopspec::properties::mutants {
namespace {

class MutantLoop final : public BaseEventLoop {
 public:
  MutantLoop(Flaw flaw, TieRule ties) : flaw_(flaw), ties_(ties) {}

  TimerHandlePtr call_at(double when, Callback cb) override {
    TimerHandlePtr t = BaseEventLoop::call_at(when, std::move(cb));
    if (orders_by_start()) started_[t.get()] = next_start_++;  // a freed handle's address reused is stamped again
    return t;
  }

  void stop() override {
    if (flaw_ == Flaw::StopWhenIdle) stop_requested_ = true;
    else BaseEventLoop::stop();
  }
  bool is_closed() const override { return flaw_ != Flaw::ClosedLoopRunsAgain && BaseEventLoop::is_closed(); }

  FuturePtr create_future() override {
    if (flaw_ == Flaw::SyncDoneCallbacks) return std::make_shared<SyncFuture>(*this);
    return BaseEventLoop::create_future();
  }
  TaskPtr create_task(Coro coro, std::optional<std::string> name) override {
    if (flaw_ != Flaw::LateCancel && flaw_ != Flaw::UncancelKeepsCount)
      return BaseEventLoop::create_task(std::move(coro), std::move(name));
    check_closed();
    TaskFlaw task_flaw = flaw_ == Flaw::LateCancel ? TaskFlaw::LateCancel : TaskFlaw::UncancelKeepsCount;
    return make_mutant_task(*this, std::move(coro), std::move(name), task_flaw);
  }

 protected:
  void run_once() override {
    BaseEventLoop::run_once();
    if (stop_requested_ && scheduler().ready_count() == 0) {
      stop_requested_ = false;
      BaseEventLoop::stop();
    }
  }

  void move_due_timers() override {
    if (flaw_ == Flaw::IgnoreResolution) {
      // Due only when `when <= now`: nothing of the resolution's slack.
      return scheduler().move_timers_due_before(std::nextafter(time(), std::numeric_limits<double>::infinity()));
    }
    const std::size_t ready_before = scheduler().ready_count();
    BaseEventLoop::move_due_timers();
    // The due timers now stand at the back; the callbacks ready before go behind them.
    if (flaw_ == Flaw::TimersBeforeReady) rotate(ready_before);
    if (orders_by_start()) sort_due_by_start(ready_before);
  }

  void run_ready_batch() override {
    if (flaw_ == Flaw::SameBatch) {
      while (scheduler().ready_count() > 0) BaseEventLoop::run_ready_batch();
    } else if (flaw_ == Flaw::LifoReadyQueue) {
      reverse_ready();
      BaseEventLoop::run_ready_batch();
    } else {
      BaseEventLoop::run_ready_batch();
    }
  }

 private:
  /// Moves the first `n` ready handles to the back, in their order.
  void rotate(std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) scheduler().push_ready(scheduler().pop_ready());
  }

  bool orders_by_start() const { return flaw_ == Flaw::DueTimersInStartOrder || ties_ == TieRule::StartOrder; }

  /// Reorders the due timers (the ready handles from `first` on) by start
  /// order: among equal deadlines only (TieRule::StartOrder, permitted), or
  /// across deadlines (the flaw).
  void sort_due_by_start(std::size_t first) {
    std::vector<HandlePtr> ready;
    while (scheduler().ready_count() > 0) ready.push_back(scheduler().pop_ready());
    const bool by_deadline = flaw_ != Flaw::DueTimersInStartOrder;
    auto key = [&](const HandlePtr& h) {
      auto& t = static_cast<const TimerHandle&>(*h);
      return std::pair{by_deadline ? t.when() : 0.0, started_.at(&t)};
    };
    std::stable_sort(ready.begin() + static_cast<std::ptrdiff_t>(first), ready.end(),
                     [&](const HandlePtr& a, const HandlePtr& b) { return key(a) < key(b); });
    for (auto& h : ready) scheduler().push_ready(std::move(h));
  }

  void reverse_ready() {
    std::vector<HandlePtr> batch;
    while (scheduler().ready_count() > 0) batch.push_back(scheduler().pop_ready());
    for (auto it = batch.rbegin(); it != batch.rend(); ++it) scheduler().push_ready(std::move(*it));
  }

  const Flaw flaw_;
  const TieRule ties_;
  bool stop_requested_ = false;  // StopWhenIdle: a stop() not yet passed on
  std::map<const TimerHandle*, std::uint64_t> started_;  // start order of each timer, when needed
  std::uint64_t next_start_ = 0;
};

}  // namespace

EventLoopPtr make_mutant_loop(Flaw flaw, TieRule ties) { return std::make_shared<MutantLoop>(flaw, ties); }

}  // namespace loopspec::properties::mutants
