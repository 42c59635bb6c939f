// transports._FlowControlMixin (flow_control.hpp).
#include "loopspec/flow_control.hpp"

#include <string>
#include <tuple>

#include "loopspec/base_protocol.hpp"

namespace loopspec {
namespace {

/// Python's `n // 4`, which rounds towards minus infinity.
std::int64_t floor_quarter(std::int64_t n) { return n >= 0 ? n / 4 : -((-n + 3) / 4); }

/// _FlowControlMixin._set_write_buffer_limits: `(high, low)`, high
/// defaulting to 4 * low, else 64 KiB, and low to high // 4; ValueError
/// unless high >= low >= 0.
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

}  // namespace

void FlowControl::maybe_pause_protocol() {
  // Without a protocol (the connection is lost) CPython reports an
  // AttributeError to the exception handler; the model stays silent.
  if (get_write_buffer_size() <= high_water_ || protocol_paused_ || !protocol()) return;
  protocol_paused_ = true;
  try {
    protocol()->pause_writing();
  } catch (const PyError& e) {
    if (escapes_loop(e.exception())) throw;
    report(e, "protocol.pause_writing() failed");
  }
}

void FlowControl::maybe_resume_protocol() {
  if (!protocol_paused_ || get_write_buffer_size() > low_water_) return;
  protocol_paused_ = false;
  try {
    protocol()->resume_writing();
  } catch (const PyError& e) {
    if (escapes_loop(e.exception())) throw;
    report(e, "protocol.resume_writing() failed");
  }
}

void FlowControl::set_write_buffer_limits(std::optional<std::int64_t> high, std::optional<std::int64_t> low) {
  std::tie(high_water_, low_water_) = write_buffer_limits(high, low);
  maybe_pause_protocol();
}

}  // namespace loopspec
