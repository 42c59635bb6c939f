// transports._FlowControlMixin: the write-side flow control that socket,
// datagram and write-pipe transports share (docs/outside-world.md#transports-built).
#pragma once

#include <cstdint>
#include <optional>
#include <utility>

#include "loopspec/exceptions.hpp"

namespace loopspec {

class BaseProtocol;

/// A transport's buffered size against two water marks. Invariant: the
/// protocol is paused for writing once the buffered size grows past the
/// high water mark, and resumed once it drains to the low one; each
/// pause_writing is followed by at most one resume_writing.
class FlowControl {
 public:
  virtual ~FlowControl() = default;
  virtual std::int64_t get_write_buffer_size() const = 0;
  /// (low, high).
  std::pair<std::int64_t, std::int64_t> get_write_buffer_limits() const { return {low_water_, high_water_}; }
  /// high defaults to 4 * low, else 64 KiB; low to high // 4. ValueError
  /// unless high >= low >= 0. May pause the protocol at once.
  void set_write_buffer_limits(std::optional<std::int64_t> high, std::optional<std::int64_t> low);
  /// Null once the connection is lost.
  virtual BaseProtocol* protocol() const = 0;

 protected:
  /// Called after the buffer grew.
  void maybe_pause_protocol();
  /// Called after the buffer shrank.
  void maybe_resume_protocol();
  /// Hands a protocol's error to the loop's exception handler, naming the
  /// transport and the protocol.
  virtual void report(const PyError& e, const char* message) = 0;

 private:
  bool protocol_paused_ = false;
  std::int64_t high_water_ = 64 * 1024;
  std::int64_t low_water_ = 16 * 1024;
};

}  // namespace loopspec
