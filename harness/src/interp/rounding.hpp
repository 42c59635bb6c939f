// round(): CPython's correctly rounded results, ties to even.
#pragma once

#include <cstdint>

namespace loopspec::harness {

/// round(x) for a float: the nearest integer, ties to the even one (as a double).
double round_half_even(double x);
/// round(x, n) for a float: the decimal value nearest to x's exact binary
/// value with n digits after the point (n < 0: a multiple of 10^-n), ties to
/// even; so round(2.675, 2) is 2.67, since 2.675 is stored as 2.67499999...
double round_to_digits(double x, std::int64_t n);
/// round(x, n) for an int and n < 0: the nearest multiple of 10^-n, ties to even.
std::int64_t round_int_to_digits(std::int64_t x, std::int64_t n);

}  // namespace loopspec::harness
