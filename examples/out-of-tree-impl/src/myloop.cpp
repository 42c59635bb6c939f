// myloop (myloop.hpp): the smallest real loop on loopspec's skeleton.
//
// loopspec::BaseEventLoop keeps asyncio's rules (the ready queue, the timer
// heap, what one iteration runs, run_forever/stop/close); a loop supplies how
// it waits and, on a real clock, what time it is. This one has no I/O and
// serves one thread, so waiting is sleeping: a loop with sockets would poll
// them here instead (its own selector, epoll, libuv: impls/libuv in the
// loopspec tree waits in uv_run).
#include "myloop/myloop.hpp"

#include <chrono>
#include <thread>

#include "loopspec/base_event_loop.hpp"

namespace myloop {
namespace {

class RealClockLoop final : public loopspec::BaseEventLoop {
 public:
  double time() const override {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
  }

 protected:
  void wait(std::optional<double> timeout) override {
    // Nothing but a timer can make this loop ready: waiting with no timer is
    // waiting for ever, and the base class says so (LoopBlocked).
    if (!timeout) return BaseEventLoop::wait(timeout);
    std::this_thread::sleep_for(std::chrono::duration<double>(*timeout));
  }
};

}  // namespace

// The virtual clock needs nothing of its own: it is the base class's wait().
loopspec::EventLoopPtr make_loop() { return std::make_shared<loopspec::BaseEventLoop>(); }

loopspec::EventLoopPtr make_real_clock_loop() { return std::make_shared<RealClockLoop>(); }

}  // namespace myloop
