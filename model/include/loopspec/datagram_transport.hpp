// asyncio's datagram transport and the protocol it drives
// (selector_events._SelectorDatagramTransport and protocols.DatagramProtocol,
// 3.11; docs/outside-world.md#datagrams-built).
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <utility>

#include "loopspec/exceptions.hpp"
#include "loopspec/future.hpp"
#include "loopspec/selector_transport.hpp"
#include "loopspec/socket.hpp"
#include "loopspec/value.hpp"

namespace loopspec {

class EventLoop;
class DatagramTransport;
using DatagramTransportPtr = std::shared_ptr<DatagramTransport>;

/// The callbacks of asyncio.DatagramProtocol beyond BaseProtocol's. Each
/// may raise (PyError).
class DatagramProtocol : public BaseProtocol {
 public:
  virtual void connection_made(const DatagramTransportPtr& transport) = 0;
  /// `addr` is the sender's address, None when the kernel names none.
  virtual void datagram_received(std::string data, Value addr) = 0;
  /// An OSError of a send or a receive other than "not now".
  virtual void error_received(const ExceptionPtr& exc) = 0;
};
using DatagramProtocolPtr = std::shared_ptr<DatagramProtocol>;
using DatagramProtocolFactory = std::function<DatagramProtocolPtr()>;

/// _SelectorDatagramTransport: a SelectorTransport whose buffer holds
/// datagrams. Beyond the base's invariants:
///  - each readiness of the socket reads one datagram; the errors of sends
///    and reads (OSError) go to error_received and leave the transport open;
///  - the socket is watched for writing from the first datagram the kernel
///    refuses for now until the buffer is empty.
class DatagramTransport : public SelectorTransport {
 public:
  /// Start it with launch(). `address` is the remote address of a
  /// transport made connected (create_datagram_endpoint's remote_addr),
  /// else None.
  DatagramTransport(EventLoop& loop, SocketPtr sock, DatagramProtocolPtr protocol, Value address);
  std::string type_name() const override { return "_SelectorDatagramTransport"; }

  /// Sends one datagram at once while nothing is buffered, else buffers it
  /// for the writer; ValueError for an address other than the connected
  /// one. An empty datagram is dropped up to 3.12
  /// (docs/versions.md#datagram-sendto-empty).
  void sendto(const std::string& data, const Value& addr);
  /// The bytes buffered, plus 8 a datagram from 3.13
  /// (docs/versions.md#datagram-buffer-size-header). abort() drops the
  /// datagrams but not their counted size, as CPython does.
  std::int64_t get_write_buffer_size() const override { return buffer_size_; }
  DatagramProtocol* protocol() const override { return protocol_.get(); }
  void set_protocol(DatagramProtocolPtr protocol) { protocol_ = std::move(protocol); }

 private:
  struct Datagram {
    std::string data;
    Value addr;
  };
  DatagramTransportPtr self() { return std::static_pointer_cast<DatagramTransport>(shared_from_this()); }
  void connection_made_soon() override;
  void read_ready() override;
  bool has_buffered() const override { return !buffer_.empty(); }
  void clear_buffer() override { buffer_.clear(); }
  void drop_protocol() override { protocol_ = nullptr; }
  void send_ready();
  /// send(2) on a connected socket, sendto(2) otherwise.
  void send_now(const Datagram& d);
  /// What a send that raised means: false when the kernel only refused for
  /// now; otherwise the protocol or the exception handler has heard of it.
  bool send_failed(const PyError& e);

  DatagramProtocolPtr protocol_;
  Value address_;
  bool connected_;  // the socket had a peer when the transport was made
  std::deque<Datagram> buffer_;
  std::int64_t buffer_size_ = 0;
};

}  // namespace loopspec
