// asyncio's datagram transport and the protocol it drives
// (selector_events._SelectorDatagramTransport and protocols.DatagramProtocol,
// 3.11; docs/outside-world.md#datagrams-built).
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "loopspec/exceptions.hpp"
#include "loopspec/fd_transport.hpp"
#include "loopspec/future.hpp"
#include "loopspec/socket.hpp"
#include "loopspec/value.hpp"

namespace loopspec {

class EventLoop;
class DatagramTransport;
using DatagramTransportPtr = std::shared_ptr<DatagramTransport>;

/// The callbacks of asyncio.DatagramProtocol, as a datagram transport makes
/// them. Each may raise (PyError).
class DatagramProtocol {
 public:
  virtual ~DatagramProtocol() = default;
  /// The protocol as the program sees it (what get_protocol() returns).
  virtual Value value() const = 0;
  virtual void connection_made(const DatagramTransportPtr& transport) = 0;
  /// `addr` is the sender's address, None when the kernel names none.
  virtual void datagram_received(std::string data, Value addr) = 0;
  /// An OSError of a send or a receive other than "not now".
  virtual void error_received(const ExceptionPtr& exc) = 0;
  /// `exc` is null for a clean close.
  virtual void connection_lost(const ExceptionPtr& exc) = 0;
  virtual void pause_writing() = 0;
  virtual void resume_writing() = 0;
};
using DatagramProtocolPtr = std::shared_ptr<DatagramProtocol>;
using DatagramProtocolFactory = std::function<DatagramProtocolPtr()>;

/// _SelectorDatagramTransport. Invariants:
///  - the protocol hears connection_made first and connection_lost once,
///    last; after it the transport holds neither protocol nor socket;
///  - each readiness of the socket reads one datagram; the errors of sends
///    and reads (OSError) go to error_received and leave the transport open;
///  - the socket is watched for writing from the first datagram the kernel
///    refuses for now until the buffer is empty;
///  - the protocol is paused for writing once the buffered size passes the
///    high water mark, and resumed once it drains to the low one.
class DatagramTransport : public FdTransport {
 public:
  /// Start it with launch(). `address` is the remote address of a
  /// transport made connected (create_datagram_endpoint's remote_addr),
  /// else None.
  DatagramTransport(EventLoop& loop, SocketPtr sock, DatagramProtocolPtr protocol, Value address);
  /// Makes `transport` the owner of its descriptor and schedules, in this
  /// order, connection_made, the first watch for reading and the waiter's
  /// result (unless it was cancelled meanwhile).
  static DatagramTransportPtr launch(DatagramTransportPtr transport, const FuturePtr& waiter);
  std::string type_name() const override { return "_SelectorDatagramTransport"; }
  /// CPython's names the descriptor, which no golden can pin.
  std::string python_repr() const override;

  /// Sends one datagram at once while nothing is buffered, else buffers it
  /// for the writer; ValueError for an address other than the connected
  /// one. An empty datagram is dropped up to 3.12
  /// (docs/versions.md#datagram-sendto-empty).
  void sendto(const std::string& data, const Value& addr);
  /// Stops reading; connection_lost(None) comes at once (call_soon) when
  /// nothing is buffered, else after the buffer is sent.
  void close();
  /// Drops the buffer (but not its counted size, as CPython); connection_lost(None)
  /// comes at once (call_soon).
  void abort();
  bool is_closing() const override { return closing_; }
  int fd() const override { return fd_; }
  bool is_reading() const { return !closing_ && !paused_; }
  void pause_reading();
  void resume_reading();
  /// The bytes buffered, plus 8 a datagram from 3.13
  /// (docs/versions.md#datagram-buffer-size-header).
  std::int64_t get_write_buffer_size() const { return buffer_size_; }
  /// (low, high).
  std::pair<std::int64_t, std::int64_t> get_write_buffer_limits() const { return {low_water_, high_water_}; }
  void set_write_buffer_limits(std::optional<std::int64_t> high, std::optional<std::int64_t> low);
  /// Null once the connection is lost.
  const DatagramProtocolPtr& get_protocol() const { return protocol_; }
  void set_protocol(DatagramProtocolPtr protocol) { protocol_ = std::move(protocol); }
  void abandon() override { protocol_ = nullptr; }

 private:
  struct Datagram {
    std::string data;
    Value addr;
  };
  DatagramTransportPtr self() { return std::static_pointer_cast<DatagramTransport>(shared_from_this()); }
  void start(const FuturePtr& waiter);
  void watch_reading();
  void read_ready();
  void send_ready();
  /// send(2) on a connected socket, sendto(2) otherwise.
  void send_now(const Datagram& d);
  /// What a send that raised means: false when the kernel only refused for
  /// now; otherwise the protocol or the exception handler has heard of it.
  bool send_failed(const PyError& e);
  void fatal_error(const PyError& e, const char* message);
  void force_close(const ExceptionPtr& exc);
  void call_connection_lost(const ExceptionPtr& exc);
  void maybe_pause_protocol();
  void maybe_resume_protocol();
  void report(const PyError& e, const char* message);

  EventLoop* loop_;
  DatagramProtocolPtr protocol_;
  int fd_;
  SocketPtr sock_;
  Value address_;
  bool connected_;  // the socket had a peer when the transport was made
  std::deque<Datagram> buffer_;
  std::int64_t buffer_size_ = 0;
  bool closing_ = false;
  bool paused_ = false;
  int conn_lost_ = 0;  // connection_lost scheduled (then a connected transport's sends are counted)
  bool protocol_paused_ = false;
  std::int64_t high_water_ = 64 * 1024;
  std::int64_t low_water_ = 16 * 1024;
};

}  // namespace loopspec
