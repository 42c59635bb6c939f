// myloop: an asyncio event loop for loopspec to check.
#pragma once

#include "loopspec/event_loop.hpp"

namespace myloop {

/// A new loop on the virtual clock (loopspec's scenario contract, §6).
loopspec::EventLoopPtr make_loop();

}  // namespace myloop
