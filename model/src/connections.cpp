// The loop's connections and servers (base_events, selector_events and
// unix_events, 3.11): create_connection and create_server in their TCP,
// Unix and sock= forms, connect_accepted_socket, and the accepting of
// connections for a Server (docs/outside-world.md#transports-built,
// #listening-built).
#include <netinet/in.h>
#include <sys/socket.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "loopspec/detail/socket_address.hpp"
#include "loopspec/event_loop.hpp"
#include "loopspec/reprs.hpp"
#include "loopspec/runtime.hpp"
#include "loopspec/tasks.hpp"

namespace loopspec {

Coro EventLoop::connect_accepted_socket(ProtocolFactory protocol_factory, SocketPtr sock) {
  return create_connection_transport(std::move(protocol_factory), std::move(sock));
}

Coro EventLoop::create_connection(ProtocolFactory protocol_factory, SocketPtr sock) {
  return create_connection_transport(std::move(protocol_factory), std::move(sock));
}

Coro EventLoop::create_connection_transport(ProtocolFactory protocol_factory, SocketPtr sock) {
  sock->set_blocking(false);
  ProtocolPtr protocol = protocol_factory();
  FuturePtr waiter = create_future();
  SocketTransportPtr transport = make_socket_transport(std::move(sock), protocol, waiter);
  try {
    co_await waiter;
  } catch (...) {
    transport->close();
    throw;
  }
  co_return Value(std::make_shared<Tuple>(std::vector<Value>{Value(transport), protocol->value()}));
}

SocketTransportPtr EventLoop::make_socket_transport(SocketPtr sock, ProtocolPtr protocol, FuturePtr waiter,
                                                    ServerPtr server) {
  return SocketTransport::launch(
      std::make_shared<SocketTransport>(*this, std::move(sock), std::move(protocol), std::move(server)), waiter);
}

namespace {

Value inet_address(const std::string& host, std::int64_t port) {
  return Value(std::make_shared<Tuple>(std::vector<Value>{Value(host), Value(port)}));
}

/// The proto of asyncio's own stream socket of `family`: getaddrinfo's
/// answer for TCP, 0 for the Unix sockets unix_events makes itself.
int stream_proto(int family) { return family == AF_UNIX ? 0 : IPPROTO_TCP; }

/// A new non-blocking socket of `family` connected to `address` with
/// sock_connect (_connect_sock); closed if that fails.
Coro connected_socket(EventLoop& loop, int family, Value address) {
  SocketPtr sock = Socket::open(family, SOCK_STREAM, stream_proto(family));
  try {
    sock->set_blocking(false);
    co_await loop.sock_connect(sock, std::move(address));
  } catch (...) {
    sock->close();
    throw;
  }
  co_return Value(sock);
}

}  // namespace

Coro EventLoop::create_connection(ProtocolFactory protocol_factory, std::string host, std::int64_t port) {
  Value connected = co_await connected_socket(*this, AF_INET, inet_address(host, port));
  Value made = co_await create_connection_transport(std::move(protocol_factory), connected.as<Socket>());
  co_return made;
}

Coro EventLoop::create_unix_connection(ProtocolFactory protocol_factory, std::string path) {
  Value connected = co_await connected_socket(*this, AF_UNIX, Value(std::move(path)));
  Value made = co_await create_connection_transport(std::move(protocol_factory), connected.as<Socket>());
  co_return made;
}

namespace {

/// _create_server_getaddrinfo for a dotted IPv4 host: resolved without
/// asking anyone, but as a coroutine of its own, which create_server
/// gathers.
Coro resolve(std::string host, std::int64_t port) { co_return inet_address(host, port); }

}  // namespace

Coro EventLoop::create_server(ProtocolFactory protocol_factory, std::string host, std::int64_t port,
                              ServerOptions options) {
  FuturePtr resolved = gather({Value(resolve(host, port).object())});
  co_await resolved;
  SocketPtr sock = Socket::open(AF_INET, SOCK_STREAM, stream_proto(AF_INET));
  Value address = inet_address(host, port);
  try {
    sock->bind(address);
  } catch (const PyError& e) {
    sock->close();
    // The message names the address, whose port no golden can pin.
    ExceptionPtr error = e.exception();
    const auto err = static_cast<int>(error->args().front().as_int());
    throw PyError(new_exception_with_text(os_error_type(err), [err, address] {
      if (const ReprHooks* hooks = Runtime::current().repr_hooks) {
        hooks->unpinnable("the message of a failed bind (it names the address)");
      }
      std::string reason = std::strerror(err);
      for (char& c : reason) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return "[Errno " + std::to_string(err) + "] error while attempting to bind on address " + repr(address) + ": " +
             reason;
    }));
  }
  Value server = co_await create_server(std::move(protocol_factory), std::move(sock), options);
  co_return server;
}

Coro EventLoop::create_unix_server(ProtocolFactory protocol_factory, std::string path, ServerOptions options) {
  SocketPtr sock = Socket::open(AF_UNIX, SOCK_STREAM);
  detail::remove_stale_socket(path);
  try {
    sock->bind(Value(path));
  } catch (const PyError& e) {
    sock->close();
    if (e.exception()->args().front().as_int() != EADDRINUSE) throw;
    throw PyError(new_exception_with_text(exc::OSError, [path] {
      if (const ReprHooks* hooks = Runtime::current().repr_hooks) {
        hooks->unpinnable("the message of a failed bind (it names the path)");
      }
      return "[Errno " + std::to_string(EADDRINUSE) + "] Address " + repr(Value(path)) + " is already in use";
    }));
  }
  Value server = co_await create_unix_server(std::move(protocol_factory), std::move(sock), options);
  co_return server;
}

Coro EventLoop::create_unix_server(ProtocolFactory protocol_factory, SocketPtr sock, ServerOptions options) {
  if (options.cleanup_socket && Runtime::current().follows(VersionRule::UnixServerCleanupSocket)) {
    // An abstract or unbound socket has no file to remove.
    Value name = sock->getsockname();
    if (name.is_str() && !name.as_str().empty() && name.as_str().front() != '\0') {
      const std::string& path = name.as_str();
      if (auto inode = detail::socket_file_inode(path)) unix_server_sockets_[sock] = {path, *inode};
    }
  }
  Value server = co_await create_server(std::move(protocol_factory), std::move(sock), options);
  co_return server;
}

Coro EventLoop::create_server(ProtocolFactory protocol_factory, SocketPtr sock, ServerOptions options) {
  sock->set_blocking(false);
  auto server = std::make_shared<Server>(*this, std::vector<SocketPtr>{sock}, std::move(protocol_factory),
                                         options.backlog);
  if (options.start_serving) {
    server->start_serving_now();
    // One iteration, so that the loop's watches of the sockets are in place.
    co_await sleep(0);
  }
  co_return Value(server);
}

void EventLoop::start_serving(ProtocolFactory protocol_factory, SocketPtr sock, ServerPtr server, int backlog) {
  add_reader(sock->fileno(), [this, protocol_factory, sock, server, backlog] {
    accept_connections(protocol_factory, sock, server, backlog);
  });
}

void EventLoop::stop_serving(const SocketPtr& sock) {
  remove_reader(sock->fileno());
  sock->close();
  // Another server may have bound the path since: its file stays.
  if (auto bound = unix_server_sockets_.extract(sock)) {
    const auto& [path, inode] = bound.mapped();
    if (detail::socket_file_inode(path) == inode) detail::remove_socket_file(path);
  }
}

void EventLoop::accept_connections(const ProtocolFactory& protocol_factory, const SocketPtr& sock,
                                   const ServerPtr& server, int backlog) {
  // Readable once per iteration, however many connections wait: up to
  // `backlog` of them are accepted at a time.
  for (int i = 0; i < backlog; ++i) {
    SocketPtr conn;
    try {
      conn = sock->accept().first;
      conn->set_blocking(false);
    } catch (const PyError& e) {
      if (would_block(e) || e.exception()->is_instance_of(exc::ConnectionAbortedError)) return;
      throw;  // the exception handler hears of it, as of any callback's error
    }
    create_task(serve_connection(protocol_factory, std::move(conn), server));
  }
}

Coro EventLoop::serve_connection(ProtocolFactory protocol_factory, SocketPtr conn, ServerPtr server) {
  ProtocolPtr protocol;
  SocketTransportPtr transport;
  ExceptionPtr failed;
  try {
    protocol = protocol_factory();
    FuturePtr waiter = create_future();
    transport = make_socket_transport(std::move(conn), protocol, waiter, std::move(server));
    co_await waiter;
  } catch (const PyError& e) {
    if (escapes_loop(e.exception())) throw;
    failed = e.exception();
  }
  if (!failed) co_return None;
  if (transport) transport->close();
  // Nobody awaits this task: the error is told in debug mode only.
  if (get_debug()) {
    auto context = std::make_shared<Dict>();
    context->set("message", std::string("Error on transport creation for incoming connection"));
    context->set("exception", failed);
    if (protocol) context->set("protocol", protocol->value());
    if (transport) context->set("transport", Value(transport));
    call_exception_handler(context);
  }
  co_return None;
}

}  // namespace loopspec
