// The reference event loop: asyncio's Scheduler on a virtual clock.
#include "loopspec/reference_loop.hpp"

#include "loopspec/runtime.hpp"
#include "loopspec/scheduler.hpp"

namespace loopspec {
namespace {

class ReferenceLoop final : public EventLoop {
 public:
  ~ReferenceLoop() override { abandon_unfinished(); }
  std::string type_name() const override { return "_UnixSelectorEventLoop"; }

  HandlePtr call_soon(Callback cb) override {
    check_closed();
    return sched_.push_ready(std::make_shared<Handle>(*this, std::move(cb)));
  }

  // The loop has one thread; from it, threadsafe scheduling is call_soon
  // (a real loop would also write to its self-pipe).
  HandlePtr call_soon_threadsafe(Callback cb) override { return call_soon(std::move(cb)); }

  TimerHandlePtr call_at(double when, Callback cb) override {
    check_closed();
    return sched_.push_timer(std::make_shared<TimerHandle>(*this, when, std::move(cb)));
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
    // stop() takes effect after a whole iteration, so a stop requested before
    // run_forever still runs one.
    do {
      sched_.run_once(*this, stopping_, [this](std::optional<double> timeout) { advance_clock(timeout); });
    } while (!stopping_);
  }

  void stop() override { stopping_ = true; }

  void close() override {
    if (running_) raise(exc::RuntimeError, "Cannot close a running event loop");
    if (closed_) return;
    closed_ = true;
    sched_.clear();
  }

  bool is_running() const override { return running_; }
  bool is_closed() const override { return closed_; }
  void timer_handle_cancelled(TimerHandle& t) override { sched_.timer_cancelled(t); }

 private:
  /// The virtual clock (contract §6): where CPython blocks in select(), time
  /// jumps by exactly the timeout. Waiting forever can never end.
  void advance_clock(std::optional<double> timeout) {
    if (!timeout) throw LoopBlocked();
    now_ = now_ + *timeout;
  }

  Scheduler sched_;
  double now_ = 0.0;
  bool running_ = false;
  bool stopping_ = false;
  bool closed_ = false;
};

}  // namespace

EventLoopPtr make_reference_loop() { return std::make_shared<ReferenceLoop>(); }

}  // namespace loopspec
