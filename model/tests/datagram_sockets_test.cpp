// Datagram sockets (socket.hpp's sendto and recvfrom): what the kernel
// answers and how the model words it (docs/outside-world.md#datagrams-built).
#include <gtest/gtest.h>
#include <sys/socket.h>

#include <memory>
#include <string>
#include <vector>

#include "loopspec/runtime.hpp"
#include "loopspec/socket.hpp"
#include "socket_support.hpp"

namespace loopspec {
namespace {

using test::loopback;
using test::TempDir;

/// A UDP socket bound to a free loopback port, non-blocking.
SocketPtr bound_udp() {
  SocketPtr s = Socket::open(AF_INET, SOCK_DGRAM);
  s->bind(loopback(0));
  s->set_blocking(false);
  return s;
}

/// The exception `f` raises, or null when it raises nothing.
template <class F>
ExceptionPtr raised(F f) {
  try {
    f();
  } catch (const PyError& e) {
    return e.exception();
  }
  return nullptr;
}

TEST(DatagramSockets, RecvfromTakesOneDatagramCutToSizeWithItsSender) {
  RuntimeScope scope;
  SocketPtr a = bound_udp();
  SocketPtr b = bound_udp();
  EXPECT_EQ(b->sendto("first datagram", a->getsockname()), 14u);
  EXPECT_EQ(b->sendto("second", a->getsockname()), 6u);
  auto [data, from] = a->recvfrom(5);
  EXPECT_EQ(data, "first");  // the rest of the datagram is gone
  EXPECT_TRUE(equals(from, b->getsockname()));
  EXPECT_EQ(a->recvfrom(100).first, "second");
  ExceptionPtr empty = raised([&] { a->recvfrom(100); });
  ASSERT_TRUE(empty);
  EXPECT_EQ(std::string(empty->type->name()), "BlockingIOError");
}

TEST(DatagramSockets, AConnectedSocketHearsTheRefusalOfAClosedPort) {
  RuntimeScope scope;
  SocketPtr gone = bound_udp();
  Value address = gone->getsockname();
  gone->close();
  SocketPtr client = Socket::open(AF_INET, SOCK_DGRAM);
  client->set_blocking(false);
  client->connect(address);  // no handshake: at once
  EXPECT_EQ(client->send("anyone?"), 7u);
  // Loopback answers within the send: the refusal is pending at once, and
  // a read reports it once.
  ExceptionPtr refused = raised([&] { client->recvfrom(16); });
  ASSERT_TRUE(refused);
  EXPECT_EQ(std::string(refused->type->name()), "ConnectionRefusedError");
  ExceptionPtr then = raised([&] { client->recvfrom(16); });
  ASSERT_TRUE(then);
  EXPECT_EQ(std::string(then->type->name()), "BlockingIOError");
}

TEST(DatagramSockets, AnUnboundUnixSenderHasNoAddress) {
  RuntimeScope scope;
  TempDir dir;
  SocketPtr server = Socket::open(AF_UNIX, SOCK_DGRAM);
  server->bind(Value(dir.file("server")));
  server->set_blocking(false);
  SocketPtr anonymous = Socket::open(AF_UNIX, SOCK_DGRAM);
  anonymous->sendto("who?", Value(dir.file("server")));
  auto [data, from] = server->recvfrom(16);
  EXPECT_EQ(data, "who?");
  EXPECT_TRUE(from.is_none());
  SocketPtr named = Socket::open(AF_UNIX, SOCK_DGRAM);
  named->bind(Value(dir.file("named")));
  named->sendto("me", Value(dir.file("server")));
  EXPECT_EQ(server->recvfrom(16).second.as_str(), dir.file("named"));
}

TEST(DatagramSockets, SendtoWithoutAnAddressIsATypeErrorNamingTheCall) {
  RuntimeScope scope;
  SocketPtr inet = Socket::open(AF_INET, SOCK_DGRAM);
  ExceptionPtr e = raised([&] { inet->sendto("x", Value(None)); });
  ASSERT_TRUE(e);
  EXPECT_EQ(std::string(e->type->name()), "TypeError");
  EXPECT_EQ(str(Value(e)), "sendto(): AF_INET address must be tuple, not NoneType");
  ExceptionPtr pair = raised([&] {
    inet->sendto("x", Value(std::make_shared<Tuple>(std::vector<Value>{Value(std::string("127.0.0.1"))})));
  });
  ASSERT_TRUE(pair);
  EXPECT_EQ(str(Value(pair)), "AF_INET address must be a pair (host, port)");
}

}  // namespace
}  // namespace loopspec
