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

  FloorLoop();
  FloorLoop(const FloorLoop&) = delete;
  FloorLoop& operator=(const FloorLoop&) = delete;
  ~FloorLoop();

  void call_soon(Callback cb) { ready_.push(std::move(cb)); }
  TimerId call_later(double delay, Callback cb);
  void cancel(TimerId id) { timers_.timers[id].cancelled = true; }
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

  /// The timers' arrays. A loop that goes leaves them, emptied, to the next
  /// loop its thread makes, as its ring leaves its block and as the model
  /// keeps its timer heap in recycled memory: regrown afresh, W3's 11 MB
  /// were faulted in again on every repetition, or not, depending on what
  /// glibc had kept of the workloads before (bench/README.md, "Page faults").
  struct Timers {
    std::vector<Due> heap;      // a binary min-heap on `when`
    std::vector<Timer> timers;  // slots by id, reused through free
    std::vector<TimerId> free;
  };

  void move_due_timers();

  static inline thread_local Timers spare_timers_;
  Ring<Callback> ready_;
  Timers timers_;
  double now_ = 0;              // a virtual clock: waiting is a jump
  bool stopping_ = false;
};

}  // namespace loopspec::bench
