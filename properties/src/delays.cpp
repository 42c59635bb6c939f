// Delays (delays.hpp).
#include "delays.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace loopspec::properties {

void Delays::declare(const void* key, int rank, bool tiny, bool integral) {
  if (scale_ == Timescale::Real) integral = false;  // a whole second is too long (delays.hpp)
  auto& v = tiny ? tiny_ : integral ? integral_ : ordinary_;
  v.push_back(Slot{key, rank, static_cast<int>(v.size())});
}

void Delays::assign() {
  auto by_rank = [](const Slot& x, const Slot& y) { return x.rank != y.rank ? x.rank < y.rank : x.order < y.order; };
  std::sort(ordinary_.begin(), ordinary_.end(), by_rank);
  std::sort(integral_.begin(), integral_.end(), by_rank);
  std::sort(tiny_.begin(), tiny_.end(), by_rank);
  if (scale_ == Timescale::Real) return assign_real();
  if (orders_ == Orders::Open) return assign_open();
  // Exponents of the ordinary range, 2^(i-10) s: i >= 10 is a whole number.
  std::vector<bool> taken(kOrdinary, false);
  auto take = [&](int from) {
    for (int k = 0; k < kOrdinary; ++k) {
      int i = (from + k) % kOrdinary;
      if (!taken[static_cast<std::size_t>(i)]) {
        taken[static_cast<std::size_t>(i)] = true;
        return i;
      }
    }
    return -1;
  };
  auto give = [&](const std::vector<Slot>& slots, int from) {
    for (const Slot& s : slots) {
      int i = take(from);
      if (i < 0) return;
      delay_[s.key] = std::ldexp(1.0, i - 10);
    }
  };
  give(integral_, 10);
  give(ordinary_, 0);
  assign_tiny();
}

void Delays::assign_open() {
  // Ranks 0 and 1 tie (the generator gives most lead sleeps these), then
  // short unique delays, then long ones; at equal ranks ordinary timers go
  // first, each kind in its order.
  struct Timer {
    const Slot* slot;
    bool integral;
  };
  std::vector<Timer> all;
  for (const Slot& s : ordinary_) all.push_back({&s, false});
  for (const Slot& s : integral_) all.push_back({&s, true});
  std::stable_sort(all.begin(), all.end(), [](const Timer& x, const Timer& y) { return x.slot->rank < y.slot->rank; });
  int tied = 0, shorter = 0, longer = 0;
  auto unique = [&](bool long_first) -> std::optional<double> {
    if (long_first && longer < kOpenLong) return std::ldexp(1.0, kOpenLongFirst + longer++);
    if (shorter < kOpenShort) return std::ldexp(1.0, kOpenShortFirst + shorter++);
    if (longer < kOpenLong) return std::ldexp(1.0, kOpenLongFirst + longer++);
    return std::nullopt;
  };
  for (const Timer& t : all) {
    const int rank = t.slot->rank;
    std::optional<double> d;
    if (rank < kOpenTieRanks && tied < kOpenTiedTimers) {
      ++tied;
      d = t.integral ? kOpenIntegral : kOpenPalette[static_cast<std::size_t>(rank)];
    } else {
      d = unique(rank >= kOpenLongRank);
    }
    if (d) delay_[t.slot->key] = *d;
  }
  assign_tiny();
}

void Delays::assign_tiny() {
  // With open orders the nudge (2^-30) keeps the first exponents.
  const bool open = orders_ == Orders::Open && scale_ == Timescale::Virtual;
  const int count = open ? kOpenTiny : kTiny, first = open ? kOpenTinyFirst : -30;
  for (int i = 0; i < static_cast<int>(tiny_.size()) && i < count; ++i) {
    delay_[tiny_[i].key] = std::ldexp(1.0, first - i);
  }
}

void Delays::assign_real() {
  for (int i = 0; i < static_cast<int>(ordinary_.size()) && i < kRealTimers; ++i) {
    delay_[ordinary_[i].key] = std::ldexp(1.0, kRealFirst + i);
  }
  assign_tiny();
}

std::optional<double> Delays::of(const void* key) const {
  auto it = delay_.find(key);
  if (it == delay_.end()) return std::nullopt;
  return it->second;
}

}  // namespace loopspec::properties
