// What the stream and datagram transports share (fd_transport.hpp).
#include "loopspec/fd_transport.hpp"

#include <string>

#include "loopspec/exceptions.hpp"

namespace loopspec {
namespace {

/// Python's `n // 4`, which rounds towards minus infinity.
std::int64_t floor_quarter(std::int64_t n) { return n >= 0 ? n / 4 : -((-n + 3) / 4); }

}  // namespace

std::pair<std::int64_t, std::int64_t> write_buffer_limits(std::optional<std::int64_t> high,
                                                          std::optional<std::int64_t> low) {
  if (!high) high = low ? 4 * *low : 64 * 1024;
  if (!low) low = floor_quarter(*high);
  if (!(*high >= *low && *low >= 0)) {
    raise(exc::ValueError,
          "high (" + std::to_string(*high) + ") must be >= low (" + std::to_string(*low) + ") must be >= 0");
  }
  return {*high, *low};
}

}  // namespace loopspec
