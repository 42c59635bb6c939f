// A deliberately broken loop, for the tests of isolation and expected
// failures only; it is never registered as an implementation. It is the
// reference loop's scheduling with three faults, one per kind of breakage:
//   call_soon_threadsafe   crashes (SIGSEGV)
//   call_at (call_later)   hangs for ever
//   create_future          throws std::runtime_error
// Scenarios that use none of these pass, e.g. call_soon/fifo_order.
#pragma once

#include "loopspec/event_loop.hpp"

namespace loopspec::harness::broken {

loopspec::EventLoopPtr make_broken_loop();

/// What it declares: no `gather`, so gather scenarios are unsupported.
inline constexpr const char* kFeatures =
    "call_soon call_later call_at handles time futures tasks sleep cancellation exceptions exception_handler "
    "run_until_complete run_forever stop close runner asyncio_run event_loop_policy call_soon_threadsafe";

}  // namespace loopspec::harness::broken
