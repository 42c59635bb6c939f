// Slices `x[a:b:c]` of the sequences of the scenario language (lists,
// tuples, strs, bytes, ranges), with CPython 3.11's index rules and errors.
#pragma once

#include <cstdint>
#include <vector>

#include "interp/pyobjects.hpp"
#include "loopspec/value.hpp"

namespace loopspec::harness {

/// What a slice selects in a sequence of a given length: `length` positions
/// start, start + step, ... (CPython's PySlice_Unpack then AdjustIndices).
struct SliceRange {
  std::int64_t start = 0, stop = 0, step = 1, length = 0;
  std::int64_t at(std::int64_t i) const { return start + i * step; }
};
/// The positions `s` selects in a sequence of `size` items. ValueError for a
/// zero step, TypeError for a bound that is not an int, a bool or None.
SliceRange slice_range(const SliceObject& s, std::int64_t size);

/// `x[s]` for a list, tuple, str, bytes or range; nullopt for any other x.
std::optional<Value> slice_of(const Value& x, const SliceObject& s);
/// `lst[s] = items` (a plain slice may change the length, an extended one may not).
void store_slice(List& l, const SliceObject& s, std::vector<Value> items);
/// `del lst[s]`.
void delete_slice(List& l, const SliceObject& s);

}  // namespace loopspec::harness
