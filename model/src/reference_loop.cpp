// The reference event loop: BaseEventLoop as it is, on the virtual clock.
#include "loopspec/reference_loop.hpp"

#include "loopspec/base_event_loop.hpp"

#include <utility>

namespace loopspec {

EventLoopPtr make_reference_loop() { return std::make_shared<BaseEventLoop>(); }

EventLoopPtr make_reference_loop_with(OrderChooserPtr orders) {
  return std::make_shared<BaseEventLoop>(std::move(orders));
}

}  // namespace loopspec
