// The C++ floor: the least a loop must do to run bench/'s workloads, written
// the way one would by hand without asyncio's rules (bench/README.md says
// what it leaves out). Its figures are the limit the real loops are measured
// against, not a loop anyone should use.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "ring.hpp"

namespace loopspec::bench {

class FloorLoop {
 public:
  using Callback = std::function<void()>;
  using TimerId = std::uint32_t;

  void call_soon(Callback cb) { ready_.push(std::move(cb)); }
  TimerId call_later(double delay, Callback cb);
  void cancel(TimerId id) { timers_[id].cancelled = true; }
  void stop() { stopping_ = true; }

  /// One iteration: the due timers join the ready queue, then the callbacks
  /// that were ready when it began run (later ones wait for the next pass,
  /// so a callback that reschedules itself cannot starve the timers).
  void run_once();
  void run_forever();

 private:
  struct Timer {
    Callback cb;
    bool cancelled = false;
  };
  // The deadline sits beside the slot index so a sift never touches the slab.
  struct Due {
    double when;
    TimerId id;
  };

  void move_due_timers();

  Ring<Callback> ready_;
  std::vector<Due> heap_;       // a binary min-heap on `when`
  std::vector<Timer> timers_;   // slots by id, reused through free_
  std::vector<TimerId> free_;
  double now_ = 0;              // a virtual clock: waiting is a jump
  bool stopping_ = false;
};

}  // namespace loopspec::bench
