// Open orders: where asyncio leaves the order of two things undefined, and
// the chooser that settles it (docs/orders.md).
//
// asyncio documents that callbacks scheduled for the same time run in an
// undefined order; CPython happens to settle such ties by heapq's sift steps.
// And where asyncio walks a set (a TaskGroup's children, the tasks left when
// asyncio.run ends, the coroutines given to as_completed, the live async
// generators), the order is the hash table's, which follows memory
// addresses. A loop that settles these otherwise is still asyncio's, so a
// conformance check must accept every order the rules permit, not CPython's
// alone. The model therefore takes these orders from an OrderChooser; without
// one it takes CPython's heap order for ties, and creation order, its
// stand-in for addresses, for sets.
#pragma once

#include <algorithm>
#include <cstddef>
#include <memory>
#include <stdexcept>
#include <string_view>

namespace loopspec {

/// The kinds of choice point (a scenario's `order:` key names them).
enum class OpenOrder {
  /// Timers with equal deadlines that fall due in the same iteration.
  TimerTies,
  /// A walk over a set of tasks, coroutines or async generators.
  SetIteration,
};

/// The `order:` name: "timer-ties".
constexpr std::string_view order_name(OpenOrder where) {
  switch (where) {
    case OpenOrder::TimerTies:
      return "timer-ties";
    case OpenOrder::SetIteration:
      return "set-iteration";
  }
  return "";
}

/// Settles open orders. At a choice point the loop lists the candidates in
/// the order CPython would take them and asks which goes first; it then asks
/// again about the rest, until one is left. Choosing 0 every time is
/// CPython's order, so a chooser that only ever returns 0 changes nothing.
class OrderChooser {
 public:
  virtual ~OrderChooser() = default;
  /// An index below `options`, which is at least 2.
  virtual std::size_t choose(OpenOrder where, std::size_t options) = 0;
};

using OrderChooserPtr = std::shared_ptr<OrderChooser>;

/// Puts [first, last), listed in the model's default order, into the order
/// `chooser` picks for `where`, one position at a time; the candidates left
/// keep their default order. No chooser: unchanged.
template <class It>
void settle_order(OrderChooser* chooser, OpenOrder where, It first, It last) {
  if (!chooser) return;
  for (; last - first > 1; ++first) {
    const auto options = static_cast<std::size_t>(last - first);
    const std::size_t choice = chooser->choose(where, options);
    if (choice >= options) throw std::logic_error("OrderChooser::choose: index out of range");
    It pick = first + static_cast<std::ptrdiff_t>(choice);
    std::rotate(first, pick, pick + 1);
  }
}

}  // namespace loopspec
