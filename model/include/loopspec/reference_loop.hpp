// The reference event loop: CPython 3.11's BaseEventLoop on a virtual clock.
#pragma once

#include "loopspec/event_loop.hpp"
#include "loopspec/open_orders.hpp"

namespace loopspec {

/// A new reference loop. Its clock starts at 0.0 and moves only when the loop
/// would block: by exactly the timeout CPython would pass to select().
EventLoopPtr make_reference_loop();

/// A reference loop that takes the orders asyncio leaves open from `orders`
/// (open_orders.hpp) instead of CPython's; the harness explores them this way.
EventLoopPtr make_reference_loop_with(OrderChooserPtr orders);

}  // namespace loopspec
