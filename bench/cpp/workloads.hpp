// The workloads of issue 3 and issue 5; each file registers its own for
// every loop kind and for the floor loop (see loops.hpp). The sizes are the
// issues'.
#pragma once

namespace loopspec::bench {

void register_call_soon_chain();    // W1: 1M hops, one iteration per hop
void register_call_soon_fanout();   // W2: 1M callbacks scheduled up front
void register_timers();             // W3: 200k call_later, and half cancelled
void register_task_switches();      // W4: 200k future ping-pongs; 1M sleep(0)
void register_gather();             // W5: gather over 100k coroutines
void register_create_task_await();  // W6: 200k sequential create_task + await

/// All of the above, in that order (the order of the results table).
inline void register_all_workloads() {
  register_call_soon_chain();
  register_call_soon_fanout();
  register_timers();
  register_task_switches();
  register_gather();
  register_create_task_await();
}

}  // namespace loopspec::bench
