// MutantLoop: BaseEventLoop with one step wrapped (mutant_loop.hpp).
#include "mutant_loop.hpp"

#include <cmath>
#include <limits>
#include <vector>

#include "loopspec/base_event_loop.hpp"
#include "mutant_task.hpp"
#include "mutant_subprocess_transport.hpp"
#include "mutant_transport.hpp"
#include "sync_future.hpp"

namespace loopspec::properties::mutants {
namespace {

class MutantLoop final : public BaseEventLoop {
 public:
  explicit MutantLoop(Flaw flaw) : flaw_(flaw) {}

  void stop() override {
    if (flaw_ == Flaw::StopWhenIdle) stop_requested_ = true;
    else BaseEventLoop::stop();
  }
  bool is_closed() const override { return flaw_ != Flaw::ClosedLoopRunsAgain && BaseEventLoop::is_closed(); }

  FuturePtr create_future() override {
    if (flaw_ == Flaw::SyncDoneCallbacks) return std::make_shared<SyncFuture>(*this);
    return BaseEventLoop::create_future();
  }
  void signal_arrived(int sig) override {
    if (flaw_ != Flaw::SyncSignalHandlers) return BaseEventLoop::signal_arrived(sig);
    // As a C signal handler that calls the Python handler where it stands.
    if (HandlePtr handler = signal_handler(sig)) handler->run();
  }

  HandlePtr call_soon_threadsafe(Callback cb) override {
    if (flaw_ != Flaw::LateThreadsafe || !VirtualThreads::on_virtual_thread()) {
      return BaseEventLoop::call_soon_threadsafe(std::move(cb));
    }
    return BaseEventLoop::call_soon_threadsafe([this, cb = std::move(cb)]() mutable { call_soon(std::move(cb)); });
  }

  Coro shutdown_default_executor(Value timeout) override {
    if (flaw_ != Flaw::JobsLostAtClose) return BaseEventLoop::shutdown_default_executor(std::move(timeout));
    return done_at_once();
  }
  static Coro done_at_once() { co_return None; }

  SocketTransportPtr make_socket_transport(SocketPtr sock, ProtocolPtr protocol, FuturePtr waiter,
                                           ServerPtr server) override {
    std::optional<TransportFlaw> flaw = transport_flaw();
    if (!flaw) {
      return BaseEventLoop::make_socket_transport(std::move(sock), std::move(protocol), std::move(waiter),
                                                  std::move(server));
    }
    return make_mutant_transport(*this, std::move(sock), std::move(protocol), waiter, std::move(server), *flaw);
  }

  SubprocessTransportPtr new_subprocess_transport(SubprocessProtocolPtr protocol, const ChildSpec& spec) override {
    if (flaw_ != Flaw::LostBeforeDrained) return BaseEventLoop::new_subprocess_transport(std::move(protocol), spec);
    return make_lost_before_drained_transport(*this, std::move(protocol), spec);
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
  std::optional<TransportFlaw> transport_flaw() const {
    switch (flaw_) {
      case Flaw::SyncConnectionMade: return TransportFlaw::SyncConnectionMade;
      case Flaw::LateDataReceived: return TransportFlaw::LateDataReceived;
      case Flaw::IgnorePauseReading: return TransportFlaw::IgnorePauseReading;
      case Flaw::LostBeforeFlush: return TransportFlaw::LostBeforeFlush;
      default: return std::nullopt;
    }
  }

  /// Moves the first `n` ready handles to the back, in their order.
  void rotate(std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) scheduler().push_ready(scheduler().pop_ready());
  }

  void reverse_ready() {
    std::vector<HandlePtr> batch;
    while (scheduler().ready_count() > 0) batch.push_back(scheduler().pop_ready());
    for (auto it = batch.rbegin(); it != batch.rend(); ++it) scheduler().push_ready(std::move(*it));
  }

  const Flaw flaw_;
  bool stop_requested_ = false;  // StopWhenIdle: a stop() not yet passed on
};

}  // namespace

EventLoopPtr make_mutant_loop(Flaw flaw) { return std::make_shared<MutantLoop>(flaw); }

}  // namespace loopspec::properties::mutants
