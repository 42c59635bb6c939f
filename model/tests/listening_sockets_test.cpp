// Listening sockets (socket.hpp, detail/socket_address.hpp) and step 3's
// loopback check (IoSelector::wait_while_in_flight): what the kernel answers
// and how the model words it.
#include <gtest/gtest.h>
#include <sys/socket.h>
#include <unistd.h>

#include <memory>
#include <string>
#include <vector>

#include "loopspec/detail/io_selector.hpp"
#include "loopspec/reference_loop.hpp"
#include "loopspec/runtime.hpp"
#include "loopspec/socket.hpp"
#include "socket_support.hpp"
#include "test_support.hpp"

namespace loopspec {
namespace {

using test::loopback;
using test::raised;
using test::TempDir;

std::int64_t port_of(const Socket& s) { return s.getsockname().as<Tuple>()->items[1].as_int(); }

TEST(ListeningSockets, TcpConnectIsUnderWayUntilTheListenerAccepts) {
  RuntimeScope scope;
  SocketPtr server = Socket::open(AF_INET, SOCK_STREAM);
  server->bind(loopback(0));
  server->listen(5);
  server->set_blocking(false);
  EXPECT_NE(port_of(*server), 0);
  SocketPtr client = Socket::open(AF_INET, SOCK_STREAM);
  client->set_blocking(false);
  // A non-blocking TCP connect is a BlockingIOError (EINPROGRESS), as CPython's.
  EXPECT_EQ(raised([&] { client->connect(loopback(port_of(*server))); }), "BlockingIOError");
  EXPECT_EQ(client->pending_error(), 0);
  auto [conn, peer] = server->accept();
  EXPECT_TRUE(conn->blocking());  // as socket.accept makes it
  EXPECT_EQ(peer.as<Tuple>()->items[1].as_int(), port_of(*client));
  conn->set_blocking(false);
  EXPECT_EQ(client->send("ping"), 4u);
  EXPECT_EQ(conn->recv(16), "ping");
  EXPECT_EQ(raised([&] { server->accept(); }), "BlockingIOError");
}

TEST(ListeningSockets, AClosedPortRefusesAndAMissingPathIsNotFound) {
  RuntimeScope scope;
  SocketPtr gone = Socket::open(AF_INET, SOCK_STREAM);
  gone->bind(loopback(0));
  const std::int64_t port = port_of(*gone);
  gone->close();
  SocketPtr client = Socket::open(AF_INET, SOCK_STREAM);
  client->set_blocking(false);
  try {
    client->connect(loopback(port));
  } catch (const PyError&) {
  }
  // Loopback answers within the connect: the refusal is pending at once.
  EXPECT_EQ(client->pending_error(), ECONNREFUSED);
  EXPECT_EQ(std::string(os_error_type(ECONNREFUSED).name()), "ConnectionRefusedError");

  TempDir dir;
  SocketPtr unix_client = Socket::open(AF_UNIX, SOCK_STREAM);
  unix_client->set_blocking(false);
  EXPECT_EQ(raised([&] { unix_client->connect(Value(dir.file("missing"))); }), "FileNotFoundError");
  SocketPtr bound = Socket::open(AF_UNIX, SOCK_STREAM);
  bound->bind(Value(dir.file("quiet")));
  EXPECT_EQ(raised([&] { unix_client->connect(Value(dir.file("quiet"))); }), "ConnectionRefusedError");
}

TEST(ListeningSockets, UnixConnectSucceedsAtOnceAndNamesThePath) {
  RuntimeScope scope;
  TempDir dir;
  SocketPtr server = Socket::open(AF_UNIX, SOCK_STREAM);
  server->bind(Value(dir.file("s")));
  server->listen(5);
  EXPECT_EQ(server->getsockname().as_str(), dir.file("s"));
  SocketPtr client = Socket::open(AF_UNIX, SOCK_STREAM);
  client->set_blocking(false);
  client->connect(Value(dir.file("s")));
  EXPECT_EQ(client->getpeername().as_str(), dir.file("s"));
  EXPECT_EQ(client->getsockname().as_str(), "");  // unbound
}

TEST(ListeningSockets, AddressesOfTheWrongShapeAreTypeErrors) {
  RuntimeScope scope;
  SocketPtr inet = Socket::open(AF_INET, SOCK_STREAM);
  EXPECT_EQ(raised([&] { inet->bind(Value(std::string("/tmp/x"))); }), "TypeError");
  EXPECT_EQ(raised([&] { inet->bind(loopback(70000)); }), "OverflowError");
  SocketPtr unix_sock = Socket::open(AF_UNIX, SOCK_STREAM);
  EXPECT_EQ(raised([&] { unix_sock->bind(loopback(0)); }), "TypeError");
  unix_sock->close();
  EXPECT_EQ(raised([&] { unix_sock->listen(1); }), "OSError");
}

TEST(ListeningSockets, NothingIsInFlightOnceLoopbackWorkIsDone) {
  RuntimeScope scope;
  EventLoopPtr loop = new_event_loop();
  SocketPtr server = Socket::open(AF_INET, SOCK_STREAM);
  server->bind(loopback(0));
  server->listen(5);
  SocketPtr client = Socket::open(AF_INET, SOCK_STREAM);
  client->set_blocking(false);
  try {
    client->connect(loopback(port_of(*server)));
  } catch (const PyError&) {
  }
  auto [a, b] = Socket::pair();
  detail::IoSelector io;
  io.set_reader(server->fileno(), std::make_shared<Handle>(*loop, [] {}));
  io.set_reader(a->fileno(), std::make_shared<Handle>(*loop, [] {}));
  // The handshake was done within connect: a waiting listener and a quiet
  // socketpair are not in flight, so step 3 returns without waiting...
  auto [conn, peer] = server->accept();
  io.set_reader(client->fileno(), std::make_shared<Handle>(*loop, [] {}));
  EXPECT_FALSE(io.wait_while_in_flight());
  // ...and data sent is acknowledged within the send: readable at once.
  conn->set_blocking(false);
  conn->send("hello");
  EXPECT_EQ(io.poll().size(), 1u);
  loop->close();
}

}  // namespace
}  // namespace loopspec
