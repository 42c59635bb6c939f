// What a loop's table of transports by descriptor holds (loop._transports):
// a transport over one of the loop's descriptors, stream or datagram
// (docs/outside-world.md#transports-built, #datagrams-built).
#pragma once

#include "loopspec/abandonable.hpp"
#include "loopspec/value.hpp"

namespace loopspec {

/// While it is not closing, it owns its descriptor: the loop's add_reader,
/// add_writer and sock_* methods refuse that descriptor
/// (EventLoop::ensure_fd_no_transport).
/// Abandoned, it lets go of its protocol; its socket closes when it is freed.
class FdTransport : public Object, public Abandonable {
 public:
  virtual bool is_closing() const = 0;
  /// The descriptor it was made on (kept after the socket is closed).
  virtual int fd() const = 0;
};

}  // namespace loopspec
