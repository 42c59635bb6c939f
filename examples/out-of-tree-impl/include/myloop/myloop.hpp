// myloop: a minimal asyncio event loop for loopspec to check.
#pragma once

#include "loopspec/event_loop.hpp"

namespace myloop {

/// A new loop on loopspec's virtual clock (docs/scenario-language.md, "The
/// virtual clock"): what conformance runs use.
loopspec::EventLoopPtr make_loop();

/// A new loop on the monotonic clock, that really sleeps while it waits
/// (`loopspec check --clock real`).
loopspec::EventLoopPtr make_real_clock_loop();

}  // namespace myloop
