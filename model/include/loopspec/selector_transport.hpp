// What the stream and datagram transports share: selector_events'
// _SelectorTransport, with transports._FlowControlMixin
// (docs/outside-world.md#transports-built).
#pragma once

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "loopspec/base_protocol.hpp"
#include "loopspec/exceptions.hpp"
#include "loopspec/fd_transport.hpp"
#include "loopspec/flow_control.hpp"
#include "loopspec/future.hpp"
#include "loopspec/read_transport.hpp"
#include "loopspec/socket.hpp"
#include "loopspec/value.hpp"

namespace loopspec {

class EventLoop;
class Server;

/// _SelectorTransport.max_size: what one read asks for.
inline constexpr std::size_t kTransportMaxRead = 256 * 1024;

/// _SelectorTransport. Invariants:
///  - the protocol hears connection_made first and connection_lost once,
///    last; after it the transport holds neither protocol nor an open
///    socket (released());
///  - the socket is watched for reading while the transport reads (neither
///    closing nor paused), and for writing exactly while the buffer holds
///    data the kernel has not taken;
///  - FlowControl's, over the buffered size.
class SelectorTransport : public FdTransport, public FlowControl, public ReadTransport {
 public:
  /// Makes `transport` the owner of its descriptor (loop._transports) and
  /// starts it (start()).
  template <std::derived_from<SelectorTransport> T>
  static std::shared_ptr<T> launch(std::shared_ptr<T> transport, const FuturePtr& waiter) {
    transport->attach_and_start(waiter);
    return transport;
  }
  /// CPython's names the descriptor, which no golden can pin.
  std::string python_repr() const override;

  bool is_closing() const override { return closing_; }
  int fd() const override { return fd_; }
  void abandon() override { drop_protocol(); }
  bool is_reading() const override { return !closing_ && !paused_; }
  void pause_reading() override;
  void resume_reading() override;
  /// Stops reading; connection_lost(None) comes at once (call_soon) when
  /// nothing is buffered, else after the buffer is sent.
  virtual void close();
  /// Drops the buffer; connection_lost(None) comes at once (call_soon).
  void abort() { force_close(nullptr); }

 protected:
  /// A transport of a connection that `server` accepted is attached to it
  /// until its connection_lost.
  SelectorTransport(EventLoop& loop, SocketPtr sock, std::shared_ptr<Server> server = nullptr);
  /// The constructor's call_soons: connection_made, the first watch for
  /// reading, the waiter's result (unless it was cancelled meanwhile).
  virtual void start(const FuturePtr& waiter);
  /// Schedules the protocol's connection_made with this transport.
  virtual void connection_made_soon() = 0;
  virtual void read_ready() = 0;
  /// Whether data waits for the kernel (CPython's `if self._buffer`).
  virtual bool has_buffered() const = 0;
  virtual void clear_buffer() = 0;
  virtual void drop_protocol() = 0;
  std::shared_ptr<SelectorTransport> self() {
    return std::static_pointer_cast<SelectorTransport>(shared_from_this());
  }
  void watch_reading();
  /// An error of the socket or the protocol: the exception handler hears of
  /// all but OSError, and the transport closes with connection_lost(exc).
  void fatal_error(const PyError& e, const char* message);
  void force_close(const ExceptionPtr& exc);
  /// The protocol's connection_lost, after which the socket is closed and
  /// the protocol let go, even when connection_lost raises.
  void call_connection_lost(const ExceptionPtr& exc);
  void report(const PyError& e, const char* message) override;
  /// connection_lost has run: CPython's transport has let go of its loop
  /// and socket (None), so a call that reaches them raises AttributeError.
  bool released() const { return released_; }

  EventLoop* loop_;
  SocketPtr sock_;
  bool closing_ = false;
  bool paused_ = false;
  /// connection_lost scheduled (then writes are counted, not made). A
  /// close() whose buffer the writer flushed releases the transport with
  /// this still 0 (_write_ready calls _call_connection_lost itself).
  int conn_lost_ = 0;

 private:
  void attach_and_start(const FuturePtr& waiter);

  int fd_;
  std::shared_ptr<Server> server_;
  bool released_ = false;
};

}  // namespace loopspec
