// sorted(): CPython's list.sort, comparisons in the same order, so that the
// same pair raises "'<' not supported ..." first.
#pragma once

#include <vector>

#include "loopspec/value.hpp"

namespace loopspec::harness {

class Interpreter;

/// `items` sorted stably by `<` of their keys (`key(item)` for each item, in
/// order, before any comparison; the items themselves when key is null);
/// `reverse` sorts descending and still keeps equal items in their order.
std::vector<Value> sort_values(Interpreter& in, std::vector<Value> items, const Value* key, bool reverse);

}  // namespace loopspec::harness
