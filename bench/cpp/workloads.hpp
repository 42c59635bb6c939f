// The workloads of issues 3 and 5, and issue 15's stream echo (W7); each
// file registers its own for every loop kind and, W7 aside, for the floor
// loop (see loops.hpp). The sizes of W1-W6 are the issues'.
#pragma once

namespace loopspec::bench {

void register_call_soon_chain();    // W1: 1M hops, one iteration per hop
void register_call_soon_fanout();   // W2: 1M callbacks scheduled up front
void register_timers();             // W3: 200k call_later, and half cancelled
void register_task_switches();      // W4: 200k future ping-pongs; 1M sleep(0)
void register_gather();             // W5: gather over 100k coroutines
void register_create_task_await();  // W6: 200k sequential create_task + await
void register_stream_echo();        // W7: a socketpair stream echo, 64 B and 64 KiB messages

/// All of the above, in that order (the order of the results table).
inline void register_all_workloads() {
  register_call_soon_chain();
  register_call_soon_fanout();
  register_timers();
  register_task_switches();
  register_gather();
  register_create_task_await();
  register_stream_echo();
}

}  // namespace loopspec::bench
