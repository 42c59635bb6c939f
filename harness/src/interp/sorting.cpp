// sort_values (sorting.hpp). CPython's timsort, for lists shorter than its
// minimum run (64), is one run found at the start then a binary insertion
// sort of the rest; we follow that exactly. Longer lists are sorted by a
// stable merge sort: the same result, though a comparison that raises may
// be met at another pair.
#include "interp/sorting.hpp"

#include <algorithm>

#include "interp/interpreter.hpp"
#include "loopspec/compare.hpp"

namespace loopspec::harness {
namespace {

struct Keyed {
  Value key, item;
};

bool lt(const Keyed& a, const Keyed& b) { return less_than(a.key, b.key); }

/// The length of the run at the start: ascending (a[i] >= a[i-1]), or
/// strictly descending, which is reversed in place (CPython's count_run).
std::size_t leading_run(std::vector<Keyed>& v) {
  if (v.size() < 2) return v.size();
  std::size_t n = 2;
  if (lt(v[1], v[0])) {
    while (n < v.size() && lt(v[n], v[n - 1])) ++n;
    std::reverse(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(n));
  } else {
    while (n < v.size() && !lt(v[n], v[n - 1])) ++n;
  }
  return n;
}

/// Inserts each item after the sorted prefix at the place a binary search
/// finds: after every equal item, so the sort stays stable.
void binary_insertion(std::vector<Keyed>& v, std::size_t sorted) {
  for (std::size_t i = sorted; i < v.size(); ++i) {
    Keyed pivot = std::move(v[i]);
    std::size_t l = 0, r = i;
    while (l < r) {
      std::size_t p = l + (r - l) / 2;
      if (lt(pivot, v[p])) r = p;
      else l = p + 1;
    }
    std::move_backward(v.begin() + static_cast<std::ptrdiff_t>(l), v.begin() + static_cast<std::ptrdiff_t>(i),
                       v.begin() + static_cast<std::ptrdiff_t>(i + 1));
    v[l] = std::move(pivot);
  }
}

constexpr std::size_t kMinRun = 64;

}  // namespace

std::vector<Value> sort_values(Interpreter& in, std::vector<Value> items, const Value* key, bool reverse) {
  std::vector<Keyed> v;
  v.reserve(items.size());
  for (auto& item : items) {
    Value k = item;
    if (key) {
      CallArgs one;
      one.pos.push_back(item);
      k = in.call(*key, one);
    }
    v.push_back({std::move(k), std::move(item)});
  }
  // list.sort(reverse=True) reverses, sorts, reverses back: equal items keep their order.
  if (reverse) std::reverse(v.begin(), v.end());
  if (v.size() < kMinRun) binary_insertion(v, leading_run(v));
  else std::stable_sort(v.begin(), v.end(), lt);
  if (reverse) std::reverse(v.begin(), v.end());
  std::vector<Value> out;
  out.reserve(v.size());
  for (auto& k : v) out.push_back(std::move(k.item));
  return out;
}

}  // namespace loopspec::harness
