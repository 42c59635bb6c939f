// _SelectorDatagramTransport (datagram_transport.hpp), with _FlowControlMixin's
// pausing of the protocol.
#include "loopspec/datagram_transport.hpp"

#include <tuple>

#include "loopspec/event_loop.hpp"
#include "loopspec/reprs.hpp"
#include "loopspec/runtime.hpp"

namespace loopspec {
namespace {

/// CPython's `_extra['peername']`, whose truth picks send over sendto: the
/// peer of a connected socket, None for one without.
bool has_peer(const Socket& sock) {
  try {
    return truthy(sock.getpeername());
  } catch (const PyError&) {
    return false;
  }
}

/// 3.13 counts a header of 8 bytes for each datagram it buffers
/// (docs/versions.md#datagram-buffer-size-header).
std::int64_t counted_size(const std::string& data) {
  const bool header = Runtime::current().follows(VersionRule::DatagramBufferCountsHeader);
  return static_cast<std::int64_t>(data.size()) + (header ? 8 : 0);
}

}  // namespace

DatagramTransport::DatagramTransport(EventLoop& loop, SocketPtr sock, DatagramProtocolPtr protocol, Value address)
    : loop_(&loop),
      protocol_(std::move(protocol)),
      fd_(sock->fileno()),
      sock_(std::move(sock)),
      address_(std::move(address)),
      connected_(has_peer(*sock_)) {}

DatagramTransportPtr DatagramTransport::launch(DatagramTransportPtr transport, const FuturePtr& waiter) {
  transport->loop_->attach_transport(transport);
  transport->start(waiter);
  return transport;
}

void DatagramTransport::start(const FuturePtr& waiter) {
  // Reading starts only after connection_made, and the waiter wakes last.
  loop_->call_soon([t = self(), protocol = protocol_] { protocol->connection_made(t); });
  loop_->call_soon([t = self()] { t->watch_reading(); });
  if (waiter) loop_->call_soon([waiter] { set_result_unless_cancelled(waiter, None); });
}

std::string DatagramTransport::python_repr() const {
  if (const ReprHooks* hooks = Runtime::current().repr_hooks) {
    hooks->unpinnable("a transport (`<_SelectorDatagramTransport fd=...>`, a descriptor number)");
  }
  return "<_SelectorDatagramTransport>";
}

void DatagramTransport::watch_reading() {
  if (!is_reading()) return;
  loop_->add_reader(fd_, [t = self()] { t->read_ready(); });
}

void DatagramTransport::pause_reading() {
  if (!is_reading()) return;
  paused_ = true;
  loop_->remove_reader(fd_);
}

void DatagramTransport::resume_reading() {
  if (closing_ || !paused_) return;
  paused_ = false;
  watch_reading();
}

// One datagram each time the socket is readable, however many wait.
void DatagramTransport::read_ready() {
  if (conn_lost_) return;
  std::pair<std::string, Value> got;
  try {
    got = sock_->recvfrom(kTransportMaxRead);
  } catch (const PyError& e) {
    if (would_block(e)) return;
    if (e.exception()->is_instance_of(exc::OSError)) return protocol_->error_received(e.exception());
    return fatal_error(e, "Fatal read error on datagram transport");
  }
  protocol_->datagram_received(std::move(got.first), std::move(got.second));
}

void DatagramTransport::sendto(const std::string& data, const Value& addr) {
  if (data.empty() && !Runtime::current().follows(VersionRule::DatagramSendtoEmpty)) return;
  Value target = addr;
  if (truthy(address_)) {
    if (!addr.is_none() && !loopspec::equals(addr, address_)) {
      throw PyError(new_exception_with_text(exc::ValueError, [address = address_] {
        if (const ReprHooks* hooks = Runtime::current().repr_hooks) {
          hooks->unpinnable("the message of a refused address (it names the connected address)");
        }
        return "Invalid address: must be None or " + str(address);
      }));
    }
    target = address_;
  }
  if (conn_lost_ && truthy(address_)) {
    ++conn_lost_;  // CPython logs a warning from the fifth on
    return;
  }
  if (buffer_.empty()) {
    // Past connection_lost CPython's send fails on the socket it dropped, and
    // reporting that fails on the loop it dropped.
    if (!sock_) raise(exc::AttributeError, "'NoneType' object has no attribute 'call_exception_handler'");
    try {
      return send_now({data, target});
    } catch (const PyError& e) {
      if (send_failed(e)) return;
    }
    loop_->add_writer(fd_, [t = self()] { t->send_ready(); });
  }
  buffer_.push_back({data, target});
  buffer_size_ += counted_size(data);
  maybe_pause_protocol();
}

void DatagramTransport::send_now(const Datagram& d) {
  if (connected_) {
    sock_->send(d.data);
  } else {
    sock_->sendto(d.data, d.addr);
  }
}

bool DatagramTransport::send_failed(const PyError& e) {
  if (would_block(e)) return false;
  if (e.exception()->is_instance_of(exc::OSError)) {
    protocol_->error_received(e.exception());
  } else {
    fatal_error(e, "Fatal write error on datagram transport");
  }
  return true;
}

// The size taken off for a datagram is its length alone, also in 3.13,
// which counted 8 more when buffering it.
void DatagramTransport::send_ready() {
  while (!buffer_.empty()) {
    Datagram d = std::move(buffer_.front());
    buffer_.pop_front();
    buffer_size_ -= static_cast<std::int64_t>(d.data.size());
    try {
      send_now(d);
    } catch (const PyError& e) {
      // An error leaves the writer in place: the next readiness goes on
      // with the rest.
      if (send_failed(e)) return;
      buffer_size_ += static_cast<std::int64_t>(d.data.size());
      buffer_.push_front(std::move(d));
      break;
    }
  }
  maybe_resume_protocol();  // resume_writing() may send more
  if (!buffer_.empty()) return;
  loop_->remove_writer(fd_);
  if (closing_) call_connection_lost(nullptr);
}

void DatagramTransport::close() {
  if (closing_) return;
  closing_ = true;
  loop_->remove_reader(fd_);
  if (!buffer_.empty()) return;
  ++conn_lost_;
  loop_->remove_writer(fd_);
  loop_->call_soon([t = self()] { t->call_connection_lost(nullptr); });
}

void DatagramTransport::abort() { force_close(nullptr); }

void DatagramTransport::fatal_error(const PyError& e, const char* message) {
  const ExceptionPtr& exc = e.exception();
  if (escapes_loop(exc)) throw;
  // A socket's own errors (OSError) are only logged in debug mode.
  if (!exc->is_instance_of(exc::OSError)) report(e, message);
  force_close(exc);
}

void DatagramTransport::report(const PyError& e, const char* message) {
  auto context = std::make_shared<Dict>();
  context->set("message", std::string(message));
  context->set("exception", e.exception());
  context->set("transport", Value(shared_from_this()));
  context->set("protocol", protocol_ ? protocol_->value() : Value(None));
  loop_->call_exception_handler(context);
}

void DatagramTransport::force_close(const ExceptionPtr& exc) {
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
  loop_->call_soon([t = self(), exc] { t->call_connection_lost(exc); });
}

void DatagramTransport::call_connection_lost(const ExceptionPtr& exc) {
  // The socket closes and the protocol is let go even when connection_lost raises.
  auto release = [this] {
    std::exchange(sock_, nullptr)->close();
    protocol_ = nullptr;
  };
  try {
    protocol_->connection_lost(exc);
  } catch (...) {
    release();
    throw;
  }
  release();
}

void DatagramTransport::maybe_pause_protocol() {
  if (buffer_size_ <= high_water_ || protocol_paused_ || !protocol_) return;
  protocol_paused_ = true;
  try {
    protocol_->pause_writing();
  } catch (const PyError& e) {
    if (escapes_loop(e.exception())) throw;
    report(e, "protocol.pause_writing() failed");
  }
}

void DatagramTransport::maybe_resume_protocol() {
  if (!protocol_paused_ || buffer_size_ > low_water_) return;
  protocol_paused_ = false;
  try {
    protocol_->resume_writing();
  } catch (const PyError& e) {
    if (escapes_loop(e.exception())) throw;
    report(e, "protocol.resume_writing() failed");
  }
}

void DatagramTransport::set_write_buffer_limits(std::optional<std::int64_t> high, std::optional<std::int64_t> low) {
  std::tie(high_water_, low_water_) = write_buffer_limits(high, low);
  maybe_pause_protocol();
}

}  // namespace loopspec
