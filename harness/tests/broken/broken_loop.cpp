// make_broken_loop (broken_loop.hpp): BaseEventLoop with its three faults.
#include "broken_loop.hpp"

#include <unistd.h>

#include <csignal>
#include <stdexcept>

#include "loopspec/base_event_loop.hpp"

namespace loopspec::harness::broken {
namespace {

class BrokenLoop final : public BaseEventLoop {
 public:
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
};

}  // namespace

EventLoopPtr make_broken_loop() { return std::make_shared<BrokenLoop>(); }

}  // namespace loopspec::harness::broken
