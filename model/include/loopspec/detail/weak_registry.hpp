// WeakRegistry: a loop's list of what it made but does not own (its tasks for
// asyncio.all_tasks, its transports for teardown).
#pragma once

#include <algorithm>
#include <cstddef>
#include <memory>
#include <vector>

#include "loopspec/detail/recycler.hpp"

namespace loopspec::detail {

/// Entries are weak: the registry never keeps a member alive. `Gone` says
/// of a live member that the registry may forget it (a finished task).
template <class T, class Gone>
class WeakRegistry {
 public:
  /// Amortised O(1): now and then the freed and gone entries are dropped
  /// first, so the list grows with the live members only.
  void add(const std::shared_ptr<T>& member) {
    if (members_.size() >= 2 * live_hint_ + 64) {
      std::erase_if(members_, [](const std::weak_ptr<T>& w) {
        auto p = w.lock();
        return !p || Gone{}(*p);
      });
      live_hint_ = members_.size();
    }
    members_.push_back(member);
  }
  /// The members neither freed nor gone, in joining order, each kept alive
  /// for the caller.
  std::vector<std::shared_ptr<T>> live() const {
    std::vector<std::shared_ptr<T>> out;
    for (const auto& w : members_) {
      if (auto p = w.lock(); p && !Gone{}(*p)) out.push_back(std::move(p));
    }
    return out;
  }
  void clear() { members_.clear(); }

 private:
  // Recycled: a burst of tasks grows it to the burst's size, loop after loop.
  RecycledVector<std::weak_ptr<T>> members_;
  std::size_t live_hint_ = 0;
};

/// For a registry whose members leave only when they are freed.
struct NeverGone {
  template <class T>
  bool operator()(const T&) const {
    return false;
  }
};

}  // namespace loopspec::detail
