// make_due_order_loop (due_order_loop.hpp).
#include "due_order_loop.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <utility>
#include <vector>

#include "loopspec/base_event_loop.hpp"

namespace loopspec::candidates {
namespace {

class DueOrderLoop final : public BaseEventLoop {
 public:
  explicit DueOrderLoop(DueOrder rule) : rule_(rule) {}

  TimerHandlePtr call_at(double when, Callback cb) override {
    TimerHandlePtr t = BaseEventLoop::call_at(when, std::move(cb));
    started_[t.get()] = next_start_++;  // a freed handle's address reused is stamped again
    return t;
  }

 protected:
  void move_due_timers() override {
    const std::size_t before = scheduler().ready_count();
    BaseEventLoop::move_due_timers();
    std::vector<HandlePtr> ready;
    while (scheduler().ready_count() > 0) ready.push_back(scheduler().pop_ready());
    auto key = [&](const HandlePtr& h) {
      auto& t = static_cast<const TimerHandle&>(*h);
      std::uint64_t start = started_.at(&t);
      return rule_ == DueOrder::StartOnly ? std::pair{0.0, start} : std::pair{t.when(), start};
    };
    // The due timers stand behind the callbacks that were ready before.
    std::stable_sort(ready.begin() + static_cast<std::ptrdiff_t>(before), ready.end(),
                     [&](const HandlePtr& a, const HandlePtr& b) { return key(a) < key(b); });
    for (auto& h : ready) scheduler().push_ready(std::move(h));
  }

 private:
  const DueOrder rule_;
  std::map<const TimerHandle*, std::uint64_t> started_;
  std::uint64_t next_start_ = 0;
};

}  // namespace

EventLoopPtr make_due_order_loop(DueOrder rule) { return std::make_shared<DueOrderLoop>(rule); }

}  // namespace loopspec::candidates
