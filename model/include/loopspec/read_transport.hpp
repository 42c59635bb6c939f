// asyncio.ReadTransport's reading switch (transports.ReadTransport): what a
// StreamReader needs of the transport that feeds it, a socket's or a pipe's.
#pragma once

#include <memory>

namespace loopspec {

/// Implemented by the transports that read: SelectorTransport (sockets) and
/// ReadPipeTransport. Every implementation is also an Object.
class ReadTransport {
 public:
  virtual ~ReadTransport() = default;
  /// Neither closing nor paused.
  virtual bool is_reading() const = 0;
  /// Stops watching for data; nothing when closing or already paused.
  virtual void pause_reading() = 0;
  /// Watches again; nothing when closing or not paused.
  virtual void resume_reading() = 0;
};
using ReadTransportPtr = std::shared_ptr<ReadTransport>;

}  // namespace loopspec
