// Python's ordering of model values (see compare.hpp).
#include "loopspec/compare.hpp"

#include <vector>

#include "loopspec/exceptions.hpp"
#include "loopspec/handle.hpp"
#include "loopspec/numbers.hpp"

namespace loopspec {
namespace {

template <class T>
Ordering three_way(const T& x, const T& y) {
  if (x < y) return Ordering::Less;
  if (y < x) return Ordering::Greater;
  return x == y ? Ordering::Equal : Ordering::Unordered;
}

Ordering numbers_order(const Value& a, const Value& b) {
  if (is_integer(a) && is_integer(b)) return three_way(as_integer(a), as_integer(b));
  return three_way(as_exact(a), as_exact(b));  // NaN orders with nothing
}

// tuplerichcompare / list_richcompare: skip the common prefix of items that
// are identical or `==`; the first differing pair decides, else the lengths.
Ordering sequences_order(const std::vector<Value>& x, const std::vector<Value>& y, std::string_view op) {
  std::size_t i = 0;
  while (i < x.size() && i < y.size() && (is_same(x[i], y[i]) || equals(x[i], y[i]))) ++i;
  if (i >= x.size() || i >= y.size()) return three_way(x.size(), y.size());
  return python_order(x[i], y[i], op);
}

}  // namespace

Ordering python_order(const Value& a, const Value& b, std::string_view op) {
  if (is_number(a) && is_number(b)) return numbers_order(a, b);
  if (a.is_str() && b.is_str()) return three_way(a.as_str(), b.as_str());
  if (a.is_object() && b.is_object() && type_name(a) == type_name(b)) {
    const auto* x = sequence_items(a);
    const auto* y = sequence_items(b);
    if (x && y) return sequences_order(*x, *y, op);
    auto bx = a.as<Bytes>();
    auto by = b.as<Bytes>();
    if (bx && by) return three_way(bx->data, by->data);  // bytewise, as memcmp
    // TimerHandle orders by deadline; at the same deadline `<=` and `>=`
    // fall back on `==`, so two unequal handles due together are unordered.
    auto tx = a.as<TimerHandle>();
    auto ty = b.as<TimerHandle>();
    if (tx && ty) {
      if (tx->when() != ty->when()) return three_way(tx->when(), ty->when());
      return equals(a, b) ? Ordering::Equal : Ordering::Unordered;
    }
  }
  raise(exc::TypeError, "'" + std::string(op) + "' not supported between instances of '" + type_name(a) + "' and '" +
                            type_name(b) + "'");
}

}  // namespace loopspec
