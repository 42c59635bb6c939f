// asyncio's stream transport over a connected socket and the protocol it
// drives (selector_events._SelectorSocketTransport, 3.11;
// docs/outside-world.md#transports-built).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "loopspec/detail/write_buffer.hpp"
#include "loopspec/exceptions.hpp"
#include "loopspec/future.hpp"
#include "loopspec/selector_transport.hpp"
#include "loopspec/socket.hpp"
#include "loopspec/value.hpp"

namespace loopspec {

class EventLoop;
class Server;
class SocketTransport;
using SocketTransportPtr = std::shared_ptr<SocketTransport>;

/// The callbacks of asyncio.Protocol beyond BaseProtocol's.
class Protocol : public BaseProtocol {
 public:
  virtual void connection_made(const SocketTransportPtr& transport) = 0;
  virtual void data_received(std::string data) = 0;
  /// True keeps the connection open for writing after the peer's end of file.
  virtual bool eof_received() = 0;
};
using ProtocolPtr = std::shared_ptr<Protocol>;
using ProtocolFactory = std::function<ProtocolPtr()>;

/// _SelectorSocketTransport: a SelectorTransport whose buffer holds bytes
/// for a connected stream socket. Each read hands what the kernel returned
/// to data_received; the peer's end of file goes to eof_received.
class SocketTransport : public SelectorTransport {
 public:
  /// Start it with launch(); a loop makes it in make_socket_transport.
  SocketTransport(EventLoop& loop, SocketPtr sock, ProtocolPtr protocol, std::shared_ptr<Server> server = nullptr);
  std::string type_name() const override { return "_SelectorSocketTransport"; }

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
  std::int64_t get_write_buffer_size() const override { return static_cast<std::int64_t>(buffer_.size()); }
  Protocol* protocol() const override { return protocol_.get(); }
  void set_protocol(ProtocolPtr protocol) { protocol_ = std::move(protocol); }

 protected:
  void connection_made_soon() override;
  /// Hands what a read returned to the protocol's data_received.
  virtual void deliver(std::string data);
  bool has_buffered() const override { return !buffer_.empty(); }
  SocketTransportPtr self() { return std::static_pointer_cast<SocketTransport>(shared_from_this()); }

  ProtocolPtr protocol_;

 private:
  void read_ready() override;
  void eof_from_peer();
  /// write()'s rule for `pieces`, as one: sent at once when nothing is
  /// buffered, the rest buffered.
  void send_or_buffer(std::span<const BytesPtr> pieces);
  /// One send of `pieces` as one: the count sent.
  std::size_t send_now(std::span<const BytesPtr> pieces);
  void write_ready();
  void clear_buffer() override { buffer_.clear(); }
  void drop_protocol() override { protocol_ = nullptr; }

  detail::WriteBuffer buffer_;
  bool eof_ = false;
};

}  // namespace loopspec
