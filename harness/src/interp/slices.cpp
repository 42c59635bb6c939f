// Slices (slices.hpp): CPython's slice_indices rules in our own words.
#include "interp/slices.hpp"

#include <algorithm>
#include <limits>

#include "common/errors.hpp"
#include "interp/utf8.hpp"
#include "loopspec/exceptions.hpp"
#include "loopspec/numbers.hpp"

namespace loopspec::harness {
namespace {

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();

/// A bound given as an int or bool; None means "left out".
std::optional<std::int64_t> bound(const Value& v) {
  if (v.is_none()) return std::nullopt;
  if (!is_integer(v)) raise(exc::TypeError, "slice indices must be integers or None or have an __index__ method");
  return as_integer(v);
}

/// A bound brought inside the sequence: negative counts from the end, then
/// clamped to [0, size] (to [-1, size - 1] when walking backwards).
std::int64_t clamp(std::int64_t i, std::int64_t size, std::int64_t step) {
  if (i < 0) {
    i += size;
    if (i < 0) return step < 0 ? -1 : 0;
  } else if (i >= size) {
    return step < 0 ? size - 1 : size;
  }
  return i;
}

template <class Out, class Pick>
Out pick_all(const SliceRange& r, Pick&& pick) {
  Out out{};
  for (std::int64_t i = 0; i < r.length; ++i) pick(out, r.at(i));
  return out;
}

std::vector<Value> pick_items(const std::vector<Value>& items, const SliceRange& r) {
  return pick_all<std::vector<Value>>(r, [&](auto& out, std::int64_t i) { out.push_back(items[static_cast<std::size_t>(i)]); });
}

}  // namespace

SliceRange slice_range(const SliceObject& s, std::int64_t size) {
  // The step is read first: a zero step is an error whatever the other bounds are.
  SliceRange r;
  r.step = bound(s.step).value_or(1);
  if (r.step == 0) raise(exc::ValueError, "slice step cannot be zero");
  r.step = std::max(r.step, -kMax);  // CPython keeps -step representable
  auto lower = bound(s.lower);
  auto upper = bound(s.upper);
  r.start = lower ? clamp(*lower, size, r.step) : (r.step < 0 ? size - 1 : 0);
  r.stop = upper ? clamp(*upper, size, r.step) : (r.step < 0 ? -1 : size);
  if (r.step > 0 && r.start < r.stop) r.length = (r.stop - r.start - 1) / r.step + 1;
  if (r.step < 0 && r.stop < r.start) r.length = (r.start - r.stop - 1) / (-r.step) + 1;
  return r;
}

std::optional<Value> slice_of(const Value& x, const SliceObject& s) {
  auto size = [](std::size_t n) { return static_cast<std::int64_t>(n); };
  if (auto l = x.as<List>()) return Value(std::make_shared<List>(pick_items(l->items, slice_range(s, size(l->items.size())))));
  if (auto t = x.as<Tuple>()) return Value(std::make_shared<Tuple>(pick_items(t->items, slice_range(s, size(t->items.size())))));
  if (x.is_str()) {
    std::vector<std::string> points = code_points(x.as_str());
    SliceRange r = slice_range(s, size(points.size()));
    return Value(pick_all<std::string>(r, [&](auto& out, std::int64_t i) { out += points[static_cast<std::size_t>(i)]; }));
  }
  if (auto b = x.as<Bytes>()) {
    SliceRange r = slice_range(s, size(b->data.size()));
    return Value(std::make_shared<Bytes>(pick_all<std::string>(r, [&](auto& out, std::int64_t i) { out += b->data[static_cast<std::size_t>(i)]; })));
  }
  if (auto rg = x.as<RangeObject>()) {
    // A range's slice is the range of the picked items, its bounds mapped through the original.
    SliceRange r = slice_range(s, rg->length());
    return Value(std::make_shared<RangeObject>(rg->at(r.start), rg->at(r.stop), rg->step * r.step));
  }
  return std::nullopt;
}

void store_slice(List& l, const SliceObject& s, std::vector<Value> items) {
  SliceRange r = slice_range(s, static_cast<std::int64_t>(l.items.size()));
  if (r.step == 1) {
    // A plain slice replaces [start, max(start, stop)) by however many items are given.
    auto first = l.items.begin() + r.start;
    l.items.erase(first, l.items.begin() + std::max(r.start, r.stop));
    l.items.insert(l.items.begin() + r.start, std::make_move_iterator(items.begin()), std::make_move_iterator(items.end()));
    return;
  }
  if (static_cast<std::int64_t>(items.size()) != r.length) {
    raise(exc::ValueError, "attempt to assign sequence of size " + std::to_string(items.size()) +
                               " to extended slice of size " + std::to_string(r.length));
  }
  for (std::int64_t i = 0; i < r.length; ++i) l.items[static_cast<std::size_t>(r.at(i))] = std::move(items[static_cast<std::size_t>(i)]);
}

void delete_slice(List& l, const SliceObject& s) {
  SliceRange r = slice_range(s, static_cast<std::int64_t>(l.items.size()));
  std::vector<bool> gone(l.items.size(), false);
  for (std::int64_t i = 0; i < r.length; ++i) gone[static_cast<std::size_t>(r.at(i))] = true;
  std::size_t k = 0;
  std::erase_if(l.items, [&](const Value&) { return gone[k++]; });
}

}  // namespace loopspec::harness
