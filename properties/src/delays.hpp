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
//
// With open orders (Orders::Open, virtual clock only) deadlines are meant to
// tie, but only a few: up to kOpenTiedTimers timers of ranks 0 and 1 (the
// lowest first) share a palette: 1/4 s for rank 0, 1/4 s plus a nudge
// (2^-30 s, under the clock resolution) for rank 1, 1 s for an integral
// timer. Two tasks that sleep the same palette delay from the same moment
// tie, and so do chains whose sums meet (4 x 1/4 = 1); a rank-0 and a rank-1
// timer started together fall due together but do not tie: the earlier
// deadline must run first, whichever was started first. Every other ordinary
// or integral timer gets a power of two of its own, short (2^-10 ... 2^-3 s)
// below rank kOpenLongRank, long (8 ... 8192 s, whole numbers) from it,
// either taking the other range once its own is used up; sub-resolution
// delays are 2^-33 ... 2^-38 s. The short ones sum to less than 1/4, the
// sub-resolution ones to less than the nudge, at most kOpenTiedTimers
// nudges to less than 2^-27 s, and the palette timers to at most 4 s, less
// than the shortest long one; so a deadline splits uniquely into a sum of
// long powers, a multiple of 1/4 and one of the nudge (of palette timers),
// a sum of short powers and one of sub-resolution powers. Two chains whose
// unique timers differ never meet, and a chain's own unique timer is in its
// chain alone: only palette timers tie, never more than kOpenTiedTimers of
// them. From 8192 s down to 2^-38 s every sum stays exact.
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

  static constexpr int kOpenTieRanks = 2;
  /// 2^-30 s: less than the clock resolution (1e-9 s).
  static constexpr double kOpenNudge = 1.0 / (1024.0 * 1024.0 * 1024.0);
  static constexpr double kOpenPalette[kOpenTieRanks] = {0.25, 0.25 + kOpenNudge};
  static constexpr double kOpenIntegral = 1.0;
  static constexpr int kOpenLongRank = 4;
  static constexpr int kOpenShort = 8, kOpenShortFirst = -10;  // 2^-10 ... 2^-3 s
  static constexpr int kOpenLong = 11, kOpenLongFirst = 3;     // 8 ... 8192 s
  static constexpr int kOpenTiny = 6, kOpenTinyFirst = -33;    // 2^-33 ... 2^-38 s

  explicit Delays(Timescale scale = Timescale::Virtual, Orders orders = Orders::Closed)
      : scale_(scale), orders_(orders) {}

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
  void assign_open();
  void assign_tiny();

  Timescale scale_;
  Orders orders_;
  std::vector<Slot> ordinary_, integral_, tiny_;
  std::map<const void*, double> delay_;
};

}  // namespace loopspec::properties
