// _SelectorSocketTransport (transports.hpp), with _FlowControlMixin's
// pausing of the protocol.
#include <sys/socket.h>

#include <cstdint>
#include <tuple>

#include "loopspec/event_loop.hpp"
#include "loopspec/reprs.hpp"
#include "loopspec/runtime.hpp"
#include "loopspec/servers.hpp"
#include "loopspec/transports.hpp"

namespace loopspec {

SocketTransport::SocketTransport(EventLoop& loop, SocketPtr sock, ProtocolPtr protocol, std::shared_ptr<Server> server)
    : loop_(&loop), protocol_(std::move(protocol)), fd_(sock->fileno()), sock_(std::move(sock)), server_(std::move(server)) {
  if (server_) server_->attach();
}

SocketTransportPtr SocketTransport::launch(SocketTransportPtr transport, const FuturePtr& waiter) {
  transport->loop_->attach_transport(transport);
  transport->start(waiter);
  return transport;
}

void SocketTransport::start(const FuturePtr& waiter) {
  // Reading starts only after connection_made, and the waiter wakes last.
  loop_->call_soon([t = self(), protocol = protocol_] { protocol->connection_made(t); });
  loop_->call_soon([t = self()] { t->watch_reading(); });
  if (waiter) loop_->call_soon([waiter] { set_result_unless_cancelled(waiter, None); });
}

std::string SocketTransport::python_repr() const {
  if (const ReprHooks* hooks = Runtime::current().repr_hooks) {
    hooks->unpinnable("a transport (`<_SelectorSocketTransport fd=...>`, a descriptor number)");
  }
  return "<_SelectorSocketTransport>";
}

void SocketTransport::watch_reading() {
  if (!is_reading()) return;
  loop_->add_reader(fd_, [t = self()] { t->read_ready(); });
}

void SocketTransport::pause_reading() {
  if (!is_reading()) return;
  paused_ = true;
  loop_->remove_reader(fd_);
}

void SocketTransport::resume_reading() {
  if (closing_ || !paused_) return;
  paused_ = false;
  watch_reading();
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
    loop_->remove_reader(fd_);
  } else {
    close();
  }
}

void SocketTransport::write(BytesPtr data) {
  if (eof_) raise(exc::RuntimeError, "Cannot call write() after write_eof()");
  detail::WriteBuffer pieces;
  pieces.append(std::move(data));
  send_or_buffer(std::move(pieces));
}

void SocketTransport::writelines(const std::vector<BytesPtr>& pieces) {
  detail::WriteBuffer data;
  for (const BytesPtr& piece : pieces) data.append(piece);
  if (!Runtime::current().follows(VersionRule::SocketTransportWritelines)) {
    // 3.11 writes the pieces joined; one sendmsg of them is the same send.
    if (eof_) raise(exc::RuntimeError, "Cannot call write() after write_eof()");
    return send_or_buffer(std::move(data));
  }
  if (eof_) raise(exc::RuntimeError, "Cannot call writelines() after write_eof()");
  // CPython's buffer is a deque of the pieces: empty ones keep it non-empty,
  // which WriteBuffer does not show (docs/outside-world.md#transports-built).
  buffer_.append(std::move(data));
  if (buffer_.empty()) return;
  write_ready();
  if (!buffer_.empty()) loop_->add_writer(fd_, [t = self()] { t->write_ready(); });
}

void SocketTransport::send_or_buffer(detail::WriteBuffer data) {
  if (data.empty()) return;
  if (conn_lost_) {
    ++conn_lost_;  // CPython logs a warning from the fifth on
    return;
  }
  // send on the socket (None) fails, and reporting that on the loop (None) too.
  if (released_) raise(exc::AttributeError, "'NoneType' object has no attribute 'call_exception_handler'");
  if (buffer_.empty()) {
    try {
      send_from(data);
    } catch (const PyError& e) {
      if (!would_block(e)) {
        fatal_error(e, "Fatal write error on socket transport");
        return;
      }
    }
    if (data.empty()) return;
    loop_->add_writer(fd_, [t = self()] { t->write_ready(); });
  }
  buffer_.append(std::move(data));
  maybe_pause_protocol();
}

void SocketTransport::send_from(detail::WriteBuffer& data) {
  // 3.11 sends its whole bytearray; 3.12 one sendmsg of at most IOV_MAX pieces.
  const bool whole = !Runtime::current().follows(VersionRule::SocketTransportWritelines);
  data.send(*sock_, whole ? SIZE_MAX : detail::WriteBuffer::kMaxPieces);
}

void SocketTransport::write_ready() {
  if (conn_lost_) return;
  try {
    send_from(buffer_);
  } catch (const PyError& e) {
    if (!would_block(e)) {
      loop_->remove_writer(fd_);
      buffer_.clear();
      fatal_error(e, "Fatal write error on socket transport");
      return;
    }
  }
  maybe_resume_protocol();  // resume_writing() may write more
  if (!buffer_.empty()) return;
  loop_->remove_writer(fd_);
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

void SocketTransport::close() {
  if (closing_) return;
  closing_ = true;
  loop_->remove_reader(fd_);
  if (!buffer_.empty()) return;
  ++conn_lost_;
  loop_->remove_writer(fd_);
  loop_->call_soon([t = self()] { t->call_connection_lost(nullptr); });
}

void SocketTransport::abort() { force_close(nullptr); }

void SocketTransport::fatal_error(const PyError& e, const char* message) {
  const ExceptionPtr& exc = e.exception();
  if (escapes_loop(exc)) throw;
  // A socket's own errors (OSError) are only logged in debug mode.
  if (!exc->is_instance_of(exc::OSError)) report(e, message);
  force_close(exc);
}

void SocketTransport::report(const PyError& e, const char* message) {
  auto context = std::make_shared<Dict>();
  context->set("message", std::string(message));
  context->set("exception", e.exception());
  context->set("transport", Value(shared_from_this()));
  context->set("protocol", protocol_ ? protocol_->value() : Value(None));
  loop_->call_exception_handler(context);
}

void SocketTransport::force_close(const ExceptionPtr& exc) {
  if (conn_lost_) return;
  if (!buffer_.empty()) {
    buffer_.clear();
    loop_->remove_writer(fd_);
  }
  if (!closing_) {
    closing_ = true;
    loop_->remove_reader(fd_);
  }
  ++conn_lost_;
  if (released_) raise(exc::AttributeError, "'NoneType' object has no attribute 'call_soon'");
  loop_->call_soon([t = self(), exc] { t->call_connection_lost(exc); });
}

void SocketTransport::call_connection_lost(const ExceptionPtr& exc) {
  // The socket closes and the protocol is let go even when connection_lost raises.
  auto release = [this] {
    released_ = true;
    sock_->close();
    protocol_ = nullptr;
    if (std::shared_ptr<Server> server = std::exchange(server_, nullptr)) server->detach();
  };
  try {
    protocol_->connection_lost(exc);
  } catch (...) {
    release();
    throw;
  }
  release();
}

void SocketTransport::maybe_pause_protocol() {
  // Without a protocol (the connection is lost) CPython reports an
  // AttributeError to the exception handler; the model stays silent.
  if (static_cast<std::int64_t>(buffer_.size()) <= high_water_ || protocol_paused_ || !protocol_) return;
  protocol_paused_ = true;
  try {
    protocol_->pause_writing();
  } catch (const PyError& e) {
    if (escapes_loop(e.exception())) throw;
    report(e, "protocol.pause_writing() failed");
  }
}

void SocketTransport::maybe_resume_protocol() {
  if (!protocol_paused_ || static_cast<std::int64_t>(buffer_.size()) > low_water_) return;
  protocol_paused_ = false;
  try {
    protocol_->resume_writing();
  } catch (const PyError& e) {
    if (escapes_loop(e.exception())) throw;
    report(e, "protocol.resume_writing() failed");
  }
}

void SocketTransport::set_write_buffer_limits(std::optional<std::int64_t> high, std::optional<std::int64_t> low) {
  std::tie(high_water_, low_water_) = write_buffer_limits(high, low);
  maybe_pause_protocol();
}

}  // namespace loopspec
