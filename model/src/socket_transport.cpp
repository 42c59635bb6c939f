// _SelectorSocketTransport (transports.hpp).
#include <netinet/in.h>
#include <sys/socket.h>

#include "loopspec/event_loop.hpp"
#include "loopspec/runtime.hpp"
#include "loopspec/transports.hpp"

namespace loopspec {

namespace {

/// base_events._set_nodelay: Nagle's algorithm is off for a TCP socket
/// made with proto IPPROTO_TCP (asyncio's own, from getaddrinfo) and left
/// on for one made with proto 0. It decides whether two small writes reach
/// the peer as one read (regressions/tcp_nodelay_on_asyncio_sockets,
/// transports/nagle_kept_for_proto_zero_socket).
void set_nodelay(Socket& sock) {
  const bool inet = sock.family() == AF_INET || sock.family() == AF_INET6;
  if (inet && sock.type() == SOCK_STREAM && sock.proto() == IPPROTO_TCP) sock.set_tcp_nodelay();
}

}  // namespace

SocketTransport::SocketTransport(EventLoop& loop, SocketPtr sock, ProtocolPtr protocol, std::shared_ptr<Server> server)
    : SelectorTransport(loop, std::move(sock), std::move(server)), protocol_(std::move(protocol)) {
  set_nodelay(*sock_);
}

void SocketTransport::connection_made_soon() {
  loop_->call_soon([t = self(), protocol = protocol_] { protocol->connection_made(t); });
}

void SocketTransport::read_ready() {
  if (conn_lost_) return;
  std::string data;
  try {
    data = sock_->recv(kTransportMaxRead);
  } catch (const PyError& e) {
    if (!would_block(e)) fatal_error(e, "Fatal read error on socket transport");
    return;
  }
  if (data.empty()) {
    eof_from_peer();
    return;
  }
  deliver(std::move(data));
}

void SocketTransport::deliver(std::string data) {
  try {
    protocol_->data_received(std::move(data));
  } catch (const PyError& e) {
    fatal_error(e, "Fatal error: protocol.data_received() call failed.");
  }
}

void SocketTransport::eof_from_peer() {
  bool keep_open = false;
  try {
    keep_open = protocol_->eof_received();
  } catch (const PyError& e) {
    fatal_error(e, "Fatal error: protocol.eof_received() call failed.");
    return;
  }
  // Kept open, the protocol may still write; but nothing more can be read.
  if (keep_open) {
    loop_->remove_reader(fd());
  } else {
    close();
  }
}

void SocketTransport::write(BytesPtr data) {
  if (eof_) raise(exc::RuntimeError, "Cannot call write() after write_eof()");
  send_or_buffer(std::span(&data, 1));
}

void SocketTransport::writelines(const std::vector<BytesPtr>& pieces) {
  if (!Runtime::current().follows(VersionRule::SocketTransportWritelines)) {
    // 3.11 writes the pieces joined; one sendmsg of them is the same send.
    if (eof_) raise(exc::RuntimeError, "Cannot call write() after write_eof()");
    return send_or_buffer(pieces);
  }
  if (eof_) raise(exc::RuntimeError, "Cannot call writelines() after write_eof()");
  if (pieces.empty()) return;
  buffer_.append_each(pieces);
  write_ready();
  if (!buffer_.empty()) loop_->add_writer(fd(), [t = self()] { t->write_ready(); });
}

void SocketTransport::send_or_buffer(std::span<const BytesPtr> pieces) {
  std::size_t total = 0;
  for (const BytesPtr& piece : pieces) total += piece->data.size();
  if (total == 0) return;
  if (conn_lost_) {
    ++conn_lost_;  // CPython logs a warning from the fifth on
    return;
  }
  // send on the socket (None) fails, and reporting that on the loop (None) too.
  if (released()) raise(exc::AttributeError, "'NoneType' object has no attribute 'call_exception_handler'");
  std::size_t sent = 0;
  if (buffer_.empty()) {
    try {
      sent = send_now(pieces);
    } catch (const PyError& e) {
      if (!would_block(e)) {
        fatal_error(e, "Fatal write error on socket transport");
        return;
      }
    }
    if (sent == total) return;
    loop_->add_writer(fd(), [t = self()] { t->write_ready(); });
  }
  buffer_.append(pieces, sent);
  maybe_pause_protocol();
}

std::size_t SocketTransport::send_now(std::span<const BytesPtr> pieces) {
  if (pieces.size() == 1) return sock_->send(pieces.front()->data);
  detail::WriteBuffer joined;
  joined.append(pieces);
  return joined.send(*sock_, detail::WriteBuffer::Extent::Whole);
}

void SocketTransport::write_ready() {
  if (conn_lost_) return;
  try {
    // 3.11 sends its whole bytearray; 3.12 one sendmsg of at most IOV_MAX pieces.
    using Extent = detail::WriteBuffer::Extent;
    const bool whole = !Runtime::current().follows(VersionRule::SocketTransportWritelines);
    buffer_.send(*sock_, whole ? Extent::Whole : Extent::AtMostMaxPieces);
  } catch (const PyError& e) {
    if (!would_block(e)) {
      loop_->remove_writer(fd());
      buffer_.clear();
      fatal_error(e, "Fatal write error on socket transport");
      return;
    }
  }
  maybe_resume_protocol();  // resume_writing() may write more
  if (!buffer_.empty()) return;
  loop_->remove_writer(fd());
  // A close() waiting for the buffer ends the connection now, not at the
  // next iteration.
  if (closing_) {
    call_connection_lost(nullptr);
  } else if (eof_) {
    sock_->shutdown(SHUT_WR);
  }
}

void SocketTransport::write_eof() {
  if (closing_ || eof_) return;
  eof_ = true;
  if (buffer_.empty()) sock_->shutdown(SHUT_WR);
}

}  // namespace loopspec
