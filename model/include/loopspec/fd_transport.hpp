// What a loop's table of transports by descriptor holds (loop._transports):
// a transport over one of the loop's descriptors, stream or datagram
// (docs/outside-world.md#transports-built, #datagrams-built).
#pragma once

#include "loopspec/value.hpp"

namespace loopspec {

/// While it is not closing, it owns its descriptor: the loop's add_reader,
/// add_writer and sock_* methods refuse that descriptor
/// (EventLoop::ensure_fd_no_transport).
class FdTransport : public Object {
 public:
  virtual bool is_closing() const = 0;
  /// The descriptor it was made on (kept after the socket is closed).
  virtual int fd() const = 0;
  /// For a loop's teardown (EventLoop::abandon_unfinished): lets go of the
  /// protocol of a transport nobody closed, which usually points back at it
  /// (a StreamReaderProtocol through its reader's transport), a cycle CPython
  /// leaves to its garbage collector. Its socket closes when it is freed.
  virtual void abandon() = 0;
};

}  // namespace loopspec
