// Timer delays that can never tie.
//
// Every timer deadline a generated program makes is `now + delay`, and `now`
// is 0 or the deadline of an earlier timer (the virtual clock only jumps to
// the earliest deadline). So a deadline is the sum of the delays along a
// chain of timers. Each timer statement runs at most once (no loops; every
// function is called from one place), and each gets its own power of two:
// distinct sets of distinct powers of two have distinct sums, so no two
// deadlines ever meet, whatever the interleaving. Powers of two are also
// exact in binary, so CPython's `time() + delay` and the clock's
// `now + (when - now)` are exact too: no rounding can make deadlines meet.
//
// Two ranges: ordinary delays 2^k/1024 s (k < kOrdinary) and sub-resolution
// delays 2^-30 ... 2^-(30+kTiny-1) s, shorter than the clock resolution
// (1e-9), which make a timer due at once. Together they span fewer than 53
// bits, so every sum stays exact.
//
// A timer that wants an int (`sleep(4)`, `call_later(2, ...)`, an absolute
// `call_at(8, ...)`) is declared integral: it gets one of the whole powers
// 1, 2, 4 ... s of the ordinary range (the ordinary timers take the
// fractions first, then what the integral ones leave). An absolute deadline
// is its own power alone, the sum of a chain of one, so the argument above
// holds for it too.
//
// On a real clock (Timescale::Real, for Python loops that sleep for real),
// a program must stay short and its deadlines far enough apart that the
// machine's scheduling jitter cannot swap two of them: there are only
// kRealTimers ordinary powers, from 2^kRealFirst s (1/32 s) up, so a program
// waits less than a second in all and two deadlines are at least 1/32 s
// apart; no timer is integral (a whole second would be the whole budget),
// and there are no absolute deadlines (a real loop's clock does not start at
// 0: the builder writes `loop.time() + D` instead).
#pragma once

#include <map>
#include <optional>
#include <vector>

#include "plan.hpp"

namespace loopspec::properties {

class Delays {
 public:
  static constexpr int kOrdinary = 24;
  static constexpr int kTiny = 9;
  static constexpr int kRealTimers = 5;
  static constexpr int kRealFirst = -5;

  explicit Delays(Timescale scale = Timescale::Virtual) : scale_(scale) {}

  /// Declares a timer statement; `key` identifies it (the plan node), `rank`
  /// orders it among the others (lower ranks get shorter delays).
  void declare(const void* key, int rank, bool tiny, bool integral = false);
  /// Gives every declared timer its power of two.
  void assign();
  /// The delay of a declared timer, or none when the program has more
  /// timers than powers of two (the builder then makes no timer). An
  /// integral timer's delay is a whole number when enough are left.
  std::optional<double> of(const void* key) const;

 private:
  struct Slot {
    const void* key;
    int rank;
    int order;
  };
  void assign_real();
  void assign_tiny();

  Timescale scale_;
  std::vector<Slot> ordinary_, integral_, tiny_;
  std::map<const void*, double> delay_;
};

}  // namespace loopspec::properties
