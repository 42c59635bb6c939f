// Python's format(value, spec), as an f-string field `{value:spec}` calls it,
// for the values of the language: str, int, bool, float, and the rest
// (which take only an empty spec). The spec is the mini-language's
// [[fill]align][sign][0][width][grouping][.precision][type] with the types
// `s d x X o b f F e E %` (docs/scenario-language.md#expressions; the
// compiler rejects the rest). Errors are CPython's, word for word.
#pragma once

#include <string>

#include "loopspec/value.hpp"

namespace loopspec::harness {

std::string format_value(const Value& v, const std::string& spec);

}  // namespace loopspec::harness
