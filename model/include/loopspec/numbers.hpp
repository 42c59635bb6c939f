// Python numbers among model values: bool, int and float. Python's bool is
// an int (True == 1), so every arithmetic and comparison rule of the model
// and the interpreter starts from these.
#pragma once

#include <cstdint>
#include <string_view>

#include "loopspec/exceptions.hpp"
#include "loopspec/value.hpp"

namespace loopspec {

/// Whether v is an int in Python's sense: an int or a bool.
inline bool is_integer(const Value& v) { return v.is_int() || v.is_bool(); }
/// Whether v is a bool, an int or a float.
inline bool is_number(const Value& v) { return is_integer(v) || v.is_float(); }
/// An integer's value (True is 1).
inline std::int64_t as_integer(const Value& v) { return v.is_bool() ? (v.as_bool() ? 1 : 0) : v.as_int(); }
/// A number's value exactly: long double holds every int64 and every double,
/// so comparing two of these compares as CPython compares int with float.
inline long double as_exact(const Value& v) {
  return v.is_float() ? v.as_float() : static_cast<long double>(as_integer(v));
}
/// A number's value as a double.
inline double as_double(const Value& v) { return v.is_float() ? v.as_float() : static_cast<double>(as_integer(v)); }

/// The number as a double, for the APIs that take a delay, a deadline or a
/// count. TypeError("<what> must be a number, not 'str'") for anything else
/// (CPython fails later, in arithmetic or a comparison, with another
/// TypeError; no scenario compares that text).
inline double to_double(const Value& v, std::string_view what) {
  if (!is_number(v)) raise(exc::TypeError, std::string(what) + " must be a number, not '" + type_name(v) + "'");
  return as_double(v);
}

}  // namespace loopspec
