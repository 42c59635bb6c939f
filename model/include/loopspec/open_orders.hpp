// Open orders: where asyncio leaves the order of two things undefined, and
// the chooser that settles it (docs/orders.md).
//
// asyncio documents that callbacks scheduled for the same time run in an
// undefined order; CPython happens to settle such ties by heapq's sift steps.
// A loop that settles them otherwise is still asyncio's, so a conformance
// check must accept every order the rules permit, not CPython's alone. The
// model therefore takes these orders from an OrderChooser; without one it
// takes CPython's.
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>

namespace loopspec {

/// The kinds of choice point (a scenario's `order:` key names them).
enum class OpenOrder {
  /// Timers with equal deadlines that fall due in the same iteration.
  TimerTies,
};

/// The `order:` name: "timer-ties".
constexpr std::string_view order_name(OpenOrder where) {
  switch (where) {
    case OpenOrder::TimerTies:
      return "timer-ties";
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

}  // namespace loopspec
