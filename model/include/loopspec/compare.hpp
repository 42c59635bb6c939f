// Python's ordering of values: `<`, `<=`, `>` and `>=` for the interpreter,
// and the `<` that heapq (and so PriorityQueue) uses to order its items.
#pragma once

#include <string_view>

#include "loopspec/value.hpp"

namespace loopspec {

enum class Ordering { Less, Equal, Greater, Unordered /* a NaN is involved */ };

/// How Python orders `a` and `b` for the comparison `op` ("<", "<=", ">",
/// ">="), for the ordered kinds of the scenario language:
/// - numbers (bool, int, float) by numeric value, exactly across int and float;
/// - str by code point (UTF-8 bytes order the same way);
/// - TimerHandle by deadline; at equal deadlines Equal when `==`, else Unordered;
/// - tuple with tuple and list with list lexicographically: the first
///   positions whose items differ (neither identical nor `==`) decide, else
///   the shorter sequence is the smaller.
/// Anything else raises TypeError("'<op>' not supported between instances
/// of 'A' and 'B'"), as CPython does; so does a pair of sequences whose
/// deciding items do not order.
Ordering python_order(const Value& a, const Value& b, std::string_view op);

/// Python's `a < b`.
inline bool less_than(const Value& a, const Value& b) { return python_order(a, b, "<") == Ordering::Less; }

}  // namespace loopspec
