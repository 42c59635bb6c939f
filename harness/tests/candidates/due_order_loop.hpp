// DueOrderLoop: the reference loop with the timers that fall due in one
// iteration reordered by start order (the order call_at was called in), a
// candidate for the open-order checks (docs/orders.md). Used by the
// harness's tests over the corpus and by the property mutants.
#pragma once

#include "loopspec/event_loop.hpp"

namespace loopspec::candidates {

enum class DueOrder {
  DeadlineThenStart,  // libuv's rule: earlier deadline first, ties in start order (permitted)
  StartOnly,          // start order whatever the deadline (wrong: a later deadline may run first)
};

EventLoopPtr make_due_order_loop(DueOrder rule);

}  // namespace loopspec::candidates
