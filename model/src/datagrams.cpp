// The loop's datagram endpoints (base_events.create_datagram_endpoint and
// selector_events._make_datagram_transport, 3.11;
// docs/outside-world.md#datagrams-built).
#include <sys/socket.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "loopspec/detail/socket_address.hpp"
#include "loopspec/event_loop.hpp"
#include "loopspec/reprs.hpp"
#include "loopspec/runtime.hpp"

namespace loopspec {
namespace {

/// The refusals of a socket given with sock=: CPython checks its type, then
/// that no address or family came with it.
void check_given_socket(const EventLoop::DatagramEndpoint& where) {
  if (where.sock->type() != SOCK_DGRAM) {
    throw PyError(new_exception_with_text(exc::ValueError, [sock = where.sock] {
      if (const ReprHooks* hooks = Runtime::current().repr_hooks) {
        hooks->unpinnable("the message of a refused sock= (it shows the socket's repr, a descriptor number)");
      }
      return "A UDP Socket was expected, got " + sock->python_repr();
    }));
  }
  std::vector<std::string> problems;
  if (truthy(where.local_addr)) problems.push_back("local_addr=" + str(where.local_addr));
  if (truthy(where.remote_addr)) problems.push_back("remote_addr=" + str(where.remote_addr));
  if (where.family != 0) problems.push_back("family=" + std::to_string(where.family));
  if (problems.empty()) return;
  std::string joined;
  for (const std::string& p : problems) joined += (joined.empty() ? "" : ", ") + p;
  raise(exc::ValueError,
        "socket modifier keyword arguments can not be used when sock is specified. (" + joined + ")");
}

/// The family of the socket made for `where`, after CPython's checks of the
/// addresses: a Unix endpoint takes paths, any other 2-tuples, which the
/// scenario language writes as dotted IPv4 addresses only.
int endpoint_family(const EventLoop::DatagramEndpoint& where) {
  if (!truthy(where.local_addr) && !truthy(where.remote_addr)) {
    if (where.family == 0) raise(exc::ValueError, "unexpected address family");
    return where.family;
  }
  for (const Value* addr : {&where.local_addr, &where.remote_addr}) {
    if (addr->is_none()) continue;
    if (where.family == AF_UNIX && !addr->is_str()) raise(exc::TypeError, "string is expected");
    auto pair = addr->as<Tuple>();
    if (where.family != AF_UNIX && (!pair || pair->items.size() != 2)) raise(exc::TypeError, "2-tuple is expected");
  }
  if (where.family != AF_UNIX) return AF_INET;
  if (truthy(where.local_addr)) detail::remove_stale_socket(where.local_addr.as_str());
  return AF_UNIX;
}

/// The socket made for `where`: bound to local_addr, connected to
/// remote_addr; closed when either fails, whose error is raised as it is.
Coro endpoint_socket(EventLoop& loop, EventLoop::DatagramEndpoint where) {
  SocketPtr sock = Socket::open(endpoint_family(where), SOCK_DGRAM);
  try {
    sock->set_blocking(false);
    if (truthy(where.local_addr)) sock->bind(where.local_addr);
    if (truthy(where.remote_addr)) co_await loop.sock_connect(sock, where.remote_addr);
  } catch (...) {
    sock->close();
    throw;
  }
  co_return Value(sock);
}

}  // namespace

Coro EventLoop::create_datagram_endpoint(DatagramProtocolFactory protocol_factory, DatagramEndpoint where) {
  SocketPtr sock = where.sock;
  Value remote;
  if (sock) {
    check_given_socket(where);
    sock->set_blocking(false);
  } else {
    Value made = co_await endpoint_socket(*this, where);
    sock = made.as<Socket>();
    if (truthy(where.remote_addr)) remote = where.remote_addr;
  }
  DatagramProtocolPtr protocol = protocol_factory();
  FuturePtr waiter = create_future();
  DatagramTransportPtr transport = make_datagram_transport(sock, protocol, remote, waiter);
  try {
    co_await waiter;
  } catch (...) {
    transport->close();
    throw;
  }
  co_return Value(std::make_shared<Tuple>(std::vector<Value>{Value(transport), protocol->value()}));
}

DatagramTransportPtr EventLoop::make_datagram_transport(SocketPtr sock, DatagramProtocolPtr protocol, Value address,
                                                        FuturePtr waiter) {
  return DatagramTransport::launch(
      std::make_shared<DatagramTransport>(*this, std::move(sock), std::move(protocol), std::move(address)), waiter);
}

}  // namespace loopspec
