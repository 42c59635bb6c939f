// round() (rounding.hpp).
#include "interp/rounding.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "common/errors.hpp"

namespace loopspec::harness {
namespace {

[[noreturn]] void too_large() {
  // Python would make a big integer; traces only hold 64-bit ints.
  throw ScenarioError("integer result does not fit in 64 bits");
}

}  // namespace

double round_half_even(double x) {
  double r = std::round(x);  // ties away from zero
  if (std::fabs(x - r) == 0.5) r = 2.0 * std::round(x / 2.0);
  return r;
}

double round_to_digits(double x, std::int64_t n) {
  // Past these CPython returns x itself, or a zero of x's sign.
  if (!std::isfinite(x) || x == 0.0 || n > 323) return x;
  if (n < -308) return 0.0 * x;
  // Every double has a finite decimal expansion; 1100 places hold the longest.
  // On the stack of this call only: a thread_local buffer would be part of
  // every thread's static TLS block, which glibc clears in each new thread
  // (one per scenario run; bench/README.md, "The interpreter on the corpus").
  char buf[1500];
  std::snprintf(buf, sizeof buf, "%.1100f", std::fabs(x));
  std::string text(buf);
  std::size_t point = text.find('.');
  std::string digits = text.substr(0, point) + text.substr(point + 1);
  std::int64_t keep = static_cast<std::int64_t>(point) + n;  // leading digits kept
  if (keep < 0) return 0.0 * x;
  std::size_t k = static_cast<std::size_t>(keep);
  std::string kept = "0" + digits.substr(0, k);  // a leading 0 takes a carry
  if (k < digits.size()) {
    char first = digits[k];
    bool rest = digits.find_first_not_of('0', k + 1) != std::string::npos;
    bool odd = (kept.back() - '0') % 2 == 1;
    if (first > '5' || (first == '5' && (rest || odd))) {
      std::size_t i = kept.size() - 1;
      while (kept[i] == '9') kept[i--] = '0';
      ++kept[i];
    }
  }
  std::string literal = (x < 0 ? "-" : "") + kept + "e" + std::to_string(static_cast<std::int64_t>(point) - keep);
  return std::strtod(literal.c_str(), nullptr);
}

std::int64_t round_int_to_digits(std::int64_t x, std::int64_t n) {
  if (n >= 0) return x;
  if (n < -18) {
    // 10^19 is past every int64: x rounds to 0, or to +-10^19 past half of it.
    if (x > 5'000'000'000'000'000'000 || x < -5'000'000'000'000'000'000) too_large();
    return 0;
  }
  std::int64_t pow = 1;
  for (std::int64_t i = 0; i < -n; ++i) pow *= 10;
  std::int64_t q = x / pow, r = x % pow;
  if (r < 0) {  // floor division, as Python's divmod
    r += pow;
    --q;
  }
  bool up = 2 * r > pow || (2 * r == pow && q % 2 != 0);
  std::int64_t out = 0;
  if (__builtin_mul_overflow(q + (up ? 1 : 0), pow, &out)) too_large();
  return out;
}

}  // namespace loopspec::harness
