// The reference event loop: CPython 3.11's BaseEventLoop on a virtual clock.
#pragma once

#include "loopspec/event_loop.hpp"

namespace loopspec {

/// A new reference loop. Its clock starts at 0.0 and moves only when the loop
/// would block: by exactly the timeout CPython would pass to select().
EventLoopPtr make_reference_loop();

}  // namespace loopspec
