// The libuv event loop: BaseEventLoop's rules, waited on with uv_run.
#include "loopspec/libuv_loop.hpp"

#include <algorithm>
#include <atomic>
#include <thread>

#include "loopspec/base_event_loop.hpp"
#include "threadsafe_inbox.hpp"
#include "uv_waiter.hpp"

namespace loopspec {
namespace {

using libuv::ThreadsafeInbox;
using libuv::UvWaiter;

class LibuvLoop final : public BaseEventLoop {
 public:
  explicit LibuvLoop(Clock clock)
      : clock_(clock), loop_thread_(std::this_thread::get_id()), waiter_([this] { drain_inbox(); }) {}

  HandlePtr call_soon_threadsafe(Callback cb) override;
  double time() const override { return clock_ == Clock::Virtual ? BaseEventLoop::time() : UvWaiter::now(); }
  /// On the real clock the thread really sleeps: EventLoop's.
  void block_thread(double seconds) override {
    if (clock_ == Clock::Virtual) return BaseEventLoop::block_thread(seconds);
    EventLoop::block_thread(seconds);
  }
  void run_forever() override;
  void close() override;

 protected:
  /// Handles from other threads join the ready queue first, so they make
  /// this iteration's wait a poll.
  void run_once() override {
    drain_inbox();
    BaseEventLoop::run_once();
  }
  void wait(std::optional<double> timeout) override;
  void wait_until(double when) override {
    if (clock_ == Clock::Virtual) return BaseEventLoop::wait_until(when);
    waiter_.wait(std::max(0.0, when - time()), descriptors().watches());
  }
  /// On the real clock libuv watches the descriptors while the loop waits.
  bool wait_watches_descriptors() const override { return clock_ == Clock::Real; }

 private:
  void drain_inbox();
  bool on_loop_thread() const { return std::this_thread::get_id() == loop_thread_.load(std::memory_order_relaxed); }

  const Clock clock_;
  // The thread whose call_soon_threadsafe is plain call_soon: the one running
  // the loop, or, while it is not running, the one that made or last ran it.
  std::atomic<std::thread::id> loop_thread_;
  // Set once another thread has used call_soon_threadsafe: from then on a
  // virtual-clock loop with nothing to do waits for it instead of giving up.
  std::atomic<bool> other_threads_seen_{false};
  ThreadsafeInbox inbox_;
  UvWaiter waiter_;  // last: its wake callback uses the members above
};

HandlePtr LibuvLoop::call_soon_threadsafe(Callback cb) {
  // From the loop's own thread this is call_soon, exactly as CPython appends
  // to _ready: the handle keeps its place among the others. So it is from
  // the scenario's threads, which run only while the loop selects.
  if (on_loop_thread() || VirtualThreads::on_virtual_thread()) return BaseEventLoop::call_soon_threadsafe(std::move(cb));
  check_closed();
  auto h = std::make_shared<Handle>(*this, std::move(cb));
  inbox_.push(h);
  other_threads_seen_.store(true, std::memory_order_relaxed);
  waiter_.wake();
  return h;
}

void LibuvLoop::run_forever() {
  loop_thread_.store(std::this_thread::get_id(), std::memory_order_relaxed);
  BaseEventLoop::run_forever();
}

void LibuvLoop::drain_inbox() {
  for (auto& h : inbox_.take()) scheduler().push_ready(std::move(h));
}

void LibuvLoop::wait(std::optional<double> timeout) {
  // Something is ready: nothing to wait for. Descriptors the loop watches
  // were polled already by BaseEventLoop::select, so uv_run is skipped.
  if (timeout && *timeout <= 0.0) return;
  if (clock_ == Clock::Real) return waiter_.wait(timeout, descriptors().watches());
  // The virtual clock (docs/scenario-language.md, "The virtual clock"):
  // waiting forever ends only if another thread can still call in; with none
  // in play (every version-1 scenario) the loop is blocked for good.
  if (timeout || !other_threads_seen_.load(std::memory_order_relaxed)) return BaseEventLoop::wait(timeout);
  waiter_.wait(std::nullopt);
}

void LibuvLoop::close() {
  BaseEventLoop::close();
  inbox_.clear();
}

}  // namespace

EventLoopPtr make_libuv_loop(Clock clock) { return std::make_shared<LibuvLoop>(clock); }

}  // namespace loopspec
