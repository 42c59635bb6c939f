// Trace values (docs/scenario-language.md#trace-values): model values -> JSON.
//
// None, bools, ints, strings are JSON's own; floats are JSON numbers that stay
// floats (1.0 is not 1); lists are arrays; tuples, sets, dicts, exceptions and
// tasks are tagged objects. Anything else cannot be logged: ScenarioError.
#pragma once

#include <string>

#include "common/json.hpp"
#include "loopspec/value.hpp"

namespace loopspec::harness {

Json encode_value(const Value& v);

/// Python's json.dumps(x, sort_keys=True, separators=(",", ":"),
/// ensure_ascii=True): the text a set's elements are sorted by.
std::string canonical_json(const Json& j);

}  // namespace loopspec::harness
