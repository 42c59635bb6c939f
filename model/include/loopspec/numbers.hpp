// Python numbers among model values: bool, int and float, for the APIs that
// take a delay, a deadline or a count.
#pragma once

#include <string_view>

#include "loopspec/exceptions.hpp"
#include "loopspec/value.hpp"

namespace loopspec {

/// Whether v is a bool, an int or a float.
inline bool is_number(const Value& v) { return v.is_bool() || v.is_int() || v.is_float(); }

/// The number as a double. TypeError("<what> must be a number, not 'str'")
/// for anything else (CPython fails later, in arithmetic or a comparison,
/// with another TypeError; no scenario compares that text).
inline double to_double(const Value& v, std::string_view what) {
  if (v.is_float()) return v.as_float();
  if (v.is_int()) return static_cast<double>(v.as_int());
  if (v.is_bool()) return v.as_bool() ? 1.0 : 0.0;
  raise(exc::TypeError, std::string(what) + " must be a number, not '" + type_name(v) + "'");
}

}  // namespace loopspec
