// Python's ordering of values: the `<` that heapq (and so PriorityQueue)
// uses to order its items.
#pragma once

#include "loopspec/value.hpp"

namespace loopspec {

/// Python's `a < b` for the ordered kinds of the scenario language:
/// - numbers (bool, int, float) by numeric value, exactly across int and float;
/// - str by code point (UTF-8 bytes order the same way);
/// - tuple with tuple and list with list lexicographically: the first
///   positions whose items differ by `==` decide with `<`, otherwise the
///   shorter sequence is the smaller.
/// Anything else raises TypeError("'<' not supported between instances of
/// 'A' and 'B'"), as CPython does; so does a pair of tuples whose deciding
/// items are incomparable.
bool less_than(const Value& a, const Value& b);

}  // namespace loopspec
