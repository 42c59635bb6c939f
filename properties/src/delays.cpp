// Delays (delays.hpp).
#include "delays.hpp"

#include <algorithm>
#include <cmath>

namespace loopspec::properties {

void Delays::declare(const void* key, int rank, bool tiny) {
  auto& v = tiny ? tiny_ : ordinary_;
  v.push_back(Slot{key, rank, static_cast<int>(v.size())});
}

void Delays::assign() {
  auto by_rank = [](const Slot& x, const Slot& y) { return x.rank != y.rank ? x.rank < y.rank : x.order < y.order; };
  std::sort(ordinary_.begin(), ordinary_.end(), by_rank);
  std::sort(tiny_.begin(), tiny_.end(), by_rank);
  for (int i = 0; i < static_cast<int>(ordinary_.size()) && i < kOrdinary; ++i) {
    delay_[ordinary_[i].key] = std::ldexp(1.0, i - 10);
  }
  for (int i = 0; i < static_cast<int>(tiny_.size()) && i < kTiny; ++i) {
    delay_[tiny_[i].key] = std::ldexp(1.0, -30 - i);
  }
}

std::optional<double> Delays::of(const void* key) const {
  auto it = delay_.find(key);
  if (it == delay_.end()) return std::nullopt;
  return it->second;
}

}  // namespace loopspec::properties
