// Python's `<` on model values (see compare.hpp).
#include "loopspec/compare.hpp"

#include <vector>

#include "loopspec/exceptions.hpp"

namespace loopspec {
namespace {

bool is_number(const Value& v) { return v.is_bool() || v.is_int() || v.is_float(); }

std::int64_t as_integer(const Value& v) { return v.is_bool() ? (v.as_bool() ? 1 : 0) : v.as_int(); }

bool numbers_less(const Value& a, const Value& b) {
  if (!a.is_float() && !b.is_float()) return as_integer(a) < as_integer(b);
  // long double holds every int64 exactly, so a mixed comparison is exact,
  // as CPython's int/float comparison is. NaN orders with nothing.
  long double x = a.is_float() ? a.as_float() : static_cast<long double>(as_integer(a));
  long double y = b.is_float() ? b.as_float() : static_cast<long double>(as_integer(b));
  return x < y;
}

/// The items of a tuple or list (the caller checked both are the same kind).
const std::vector<Value>* sequence_items(const Value& v) {
  if (auto t = v.as<Tuple>()) return &t->items;
  if (auto l = v.as<List>()) return &l->items;
  return nullptr;
}

// tuplerichcompare / list_richcompare: skip the common prefix of `==` items;
// the first differing pair decides, else the lengths do.
bool sequences_less(const std::vector<Value>& x, const std::vector<Value>& y) {
  std::size_t i = 0;
  while (i < x.size() && i < y.size() && (is_same(x[i], y[i]) || equals(x[i], y[i]))) ++i;
  if (i >= x.size() || i >= y.size()) return x.size() < y.size();
  return less_than(x[i], y[i]);
}

[[noreturn]] void unorderable(const Value& a, const Value& b) {
  raise(exc::TypeError, "'<' not supported between instances of '" + type_name(a) + "' and '" + type_name(b) + "'");
}

}  // namespace

bool less_than(const Value& a, const Value& b) {
  if (is_number(a) && is_number(b)) return numbers_less(a, b);
  if (a.is_str() && b.is_str()) return a.as_str() < b.as_str();
  if (a.is_object() && b.is_object() && type_name(a) == type_name(b)) {
    const auto* x = sequence_items(a);
    const auto* y = sequence_items(b);
    if (x && y) return sequences_less(*x, *y);
  }
  unorderable(a, b);
}

}  // namespace loopspec
