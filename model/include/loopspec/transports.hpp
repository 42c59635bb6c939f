// asyncio's stream transport over a connected socket and the protocol it
// drives (selector_events._SelectorSocketTransport and transports'
// _FlowControlMixin, 3.11; docs/outside-world.md#transports-built).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "loopspec/detail/write_buffer.hpp"
#include "loopspec/exceptions.hpp"
#include "loopspec/fd_transport.hpp"
#include "loopspec/future.hpp"
#include "loopspec/socket.hpp"
#include "loopspec/value.hpp"

namespace loopspec {

class EventLoop;
class Server;
class SocketTransport;
using SocketTransportPtr = std::shared_ptr<SocketTransport>;

/// The callbacks of asyncio.Protocol, as a transport makes them. Each may
/// raise (PyError); the transport decides what an error means.
class Protocol {
 public:
  virtual ~Protocol() = default;
  /// The protocol as the program sees it (what get_protocol() returns).
  virtual Value value() const = 0;
  virtual void connection_made(const SocketTransportPtr& transport) = 0;
  virtual void data_received(std::string data) = 0;
  /// True keeps the connection open for writing after the peer's end of file.
  virtual bool eof_received() = 0;
  /// `exc` is null for a clean close.
  virtual void connection_lost(const ExceptionPtr& exc) = 0;
  virtual void pause_writing() = 0;
  virtual void resume_writing() = 0;
};
using ProtocolPtr = std::shared_ptr<Protocol>;
using ProtocolFactory = std::function<ProtocolPtr()>;

/// _SelectorSocketTransport. Invariants:
///  - the protocol hears connection_made first and connection_lost once,
///    last; after it the transport holds neither protocol nor socket;
///  - the socket is watched for reading while the transport reads (neither
///    closing nor paused), and for writing exactly while the buffer holds
///    bytes the kernel has not taken;
///  - the protocol is paused for writing once the buffer grows past the high
///    water mark, and resumed once it drains to the low one.
class SocketTransport : public FdTransport {
 public:
  /// Start it with launch(); a loop makes it in make_socket_transport. A
  /// transport of a connection that `server` accepted is attached to it
  /// until its connection_lost.
  SocketTransport(EventLoop& loop, SocketPtr sock, ProtocolPtr protocol, std::shared_ptr<Server> server = nullptr);
  /// Makes `transport` the owner of its descriptor (loop._transports) and
  /// starts it (start()).
  static SocketTransportPtr launch(SocketTransportPtr transport, const FuturePtr& waiter);
  std::string type_name() const override { return "_SelectorSocketTransport"; }
  /// CPython's names the descriptor, which no golden can pin.
  std::string python_repr() const override;

  /// Sends at once what the kernel takes when nothing is buffered; the rest
  /// is buffered and sent as the socket becomes writable. RuntimeError after
  /// write_eof(); ignored (counted) once the connection is lost. The
  /// buffer holds `data` itself, not a copy.
  void write(BytesPtr data);
  /// 3.11: write() of the pieces joined. Since 3.12
  /// (docs/versions.md#socket-transport-writelines) the pieces join the
  /// buffer and a send is tried at once, with no check of the high water
  /// mark; RuntimeError after write_eof().
  void writelines(const std::vector<BytesPtr>& pieces);
  /// Shuts the socket's sending side down once the buffer is empty.
  void write_eof();
  /// Stops reading; connection_lost(None) comes at once (call_soon) when
  /// nothing is buffered, else after the buffer is sent.
  virtual void close();
  /// Drops the buffer; connection_lost(None) comes at once (call_soon).
  void abort();
  bool is_closing() const override { return closing_; }
  bool is_reading() const { return !closing_ && !paused_; }
  virtual void pause_reading();
  void resume_reading();
  std::size_t get_write_buffer_size() const { return buffer_.size(); }
  /// (low, high).
  std::pair<std::int64_t, std::int64_t> get_write_buffer_limits() const { return {low_water_, high_water_}; }
  /// high defaults to 4 * low, else 64 KiB; low to high // 4. ValueError
  /// unless high >= low >= 0. May pause the protocol at once.
  void set_write_buffer_limits(std::optional<std::int64_t> high, std::optional<std::int64_t> low);
  /// Null once the connection is lost.
  const ProtocolPtr& get_protocol() const { return protocol_; }
  void set_protocol(ProtocolPtr protocol) { protocol_ = std::move(protocol); }
  int fd() const override { return fd_; }
  void abandon() override { protocol_ = nullptr; }

 protected:
  /// The constructor's call_soons: connection_made, the first watch for
  /// reading, the waiter's result (unless it was cancelled meanwhile).
  virtual void start(const FuturePtr& waiter);
  /// Hands what a read returned to the protocol's data_received.
  virtual void deliver(std::string data);
  void watch_reading();
  SocketTransportPtr self() { return std::static_pointer_cast<SocketTransport>(shared_from_this()); }

  EventLoop* loop_;
  ProtocolPtr protocol_;
  detail::WriteBuffer buffer_;
  bool closing_ = false;
  bool paused_ = false;

 private:
  void read_ready();
  void eof_from_peer();
  /// write()'s rule for `data`, the pieces as one: sent at once when
  /// nothing is buffered, the rest buffered.
  void send_or_buffer(detail::WriteBuffer data);
  void write_ready();
  /// One send from `data`, of as many pieces as the version sends at once.
  void send_from(detail::WriteBuffer& data);
  void fatal_error(const PyError& e, const char* message);
  void force_close(const ExceptionPtr& exc);
  void call_connection_lost(const ExceptionPtr& exc);
  void maybe_pause_protocol();
  void maybe_resume_protocol();
  void report(const PyError& e, const char* message);

  int fd_;
  SocketPtr sock_;
  std::shared_ptr<Server> server_;
  int conn_lost_ = 0;  // connection_lost scheduled (then writes are counted)
  /// connection_lost has run: CPython's transport has let go of its loop
  /// and socket (None), so a call that reaches them raises AttributeError.
  /// Only a close() whose buffer the writer flushed gets there with
  /// conn_lost_ still 0 (_write_ready calls _call_connection_lost itself).
  bool released_ = false;
  bool eof_ = false;
  bool protocol_paused_ = false;
  std::int64_t high_water_ = 64 * 1024;
  std::int64_t low_water_ = 16 * 1024;
};

}  // namespace loopspec
