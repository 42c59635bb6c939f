// reprlib.repr: the size-limited repr asyncio uses for a future's result and
// a callback's arguments.
#pragma once

#include <string>

#include "loopspec/value.hpp"

namespace loopspec::harness {

class Interpreter;

/// reprlib.repr(v) with reprlib's default limits: strings past 30 characters,
/// ints past 40 digits and other reprs past 30 characters keep their two
/// ends around `...`; lists, tuples and sets show 6 items, dicts 4 (sorted),
/// and nesting deeper than 6 levels becomes `...`.
std::string short_repr(Interpreter& in, const Value& v);

}  // namespace loopspec::harness
