// make_broken_loop (broken_loop.hpp): loopspec::Scheduler on a virtual
// clock, as the reference loop, but with its three faults.
#include "broken_loop.hpp"

#include <unistd.h>

#include <csignal>
#include <stdexcept>

#include "loopspec/runtime.hpp"
#include "loopspec/scheduler.hpp"

namespace loopspec::harness::broken {
namespace {

class BrokenLoop final : public EventLoop {
 public:
  ~BrokenLoop() override { abandon_unfinished(); }

  HandlePtr call_soon(Callback cb) override {
    check_closed();
    return sched_.push_ready(std::make_shared<Handle>(*this, std::move(cb)));
  }

  HandlePtr call_soon_threadsafe(Callback) override {
    // A real segmentation fault, even where a sanitizer would catch it.
    std::signal(SIGSEGV, SIG_DFL);
    std::raise(SIGSEGV);
    return nullptr;
  }

  TimerHandlePtr call_at(double, Callback) override {
    for (;;) pause();
  }

  FuturePtr create_future() override { throw std::runtime_error("broken loop: no futures here"); }

  double time() const override { return now_; }

  void run_forever() override {
    check_closed();
    check_running();
    running_ = true;
    Runtime::current().set_running_loop(this);
    struct Reset {
      BrokenLoop* loop;
      ~Reset() {
        loop->stopping_ = false;
        loop->running_ = false;
        Runtime::current().set_running_loop(nullptr);
      }
    } reset{this};
    do {
      sched_.run_once(*this, stopping_, [this](std::optional<double> timeout) {
        if (!timeout) throw LoopBlocked();
        now_ += *timeout;
      });
    } while (!stopping_);
  }

  void stop() override { stopping_ = true; }

  void close() override {
    if (running_) loopspec::raise(exc::RuntimeError, "Cannot close a running event loop");
    closed_ = true;
    sched_.clear();
  }

  bool is_running() const override { return running_; }
  bool is_closed() const override { return closed_; }
  void timer_handle_cancelled(TimerHandle& t) override { sched_.timer_cancelled(t); }

 private:
  Scheduler sched_;
  double now_ = 0.0;
  bool running_ = false, stopping_ = false, closed_ = false;
};

}  // namespace

EventLoopPtr make_broken_loop() { return std::make_shared<BrokenLoop>(); }

}  // namespace loopspec::harness::broken
