// _SelectorDatagramTransport (datagram_transport.hpp).
#include "loopspec/datagram_transport.hpp"

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
    : SelectorTransport(loop, std::move(sock)),
      protocol_(std::move(protocol)),
      address_(std::move(address)),
      connected_(has_peer(*sock_)) {}

void DatagramTransport::connection_made_soon() {
  loop_->call_soon([t = self(), protocol = protocol_] { protocol->connection_made(t); });
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
    if (released()) raise(exc::AttributeError, "'NoneType' object has no attribute 'call_exception_handler'");
    try {
      return send_now({data, target});
    } catch (const PyError& e) {
      if (send_failed(e)) return;
    }
    loop_->add_writer(fd(), [t = self()] { t->send_ready(); });
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
  loop_->remove_writer(fd());
  if (closing_) call_connection_lost(nullptr);
}

}  // namespace loopspec
