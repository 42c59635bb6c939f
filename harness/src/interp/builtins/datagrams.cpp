// Datagrams (docs/outside-world.md#datagrams-built): loop.create_datagram_endpoint,
// sock_recvfrom and sock_sendto, the methods of the datagram transport, and
// the program's DatagramProtocol objects as the model's transport calls them.
#include <sys/socket.h>

#include "common/errors.hpp"
#include "interp/builtins/builtins.hpp"
#include "interp/builtins/program_protocol.hpp"
#include "interp/pyobjects.hpp"
#include "interp/pyops.hpp"
#include "loopspec/datagram_transport.hpp"
#include "loopspec/event_loop.hpp"

namespace loopspec::harness {
namespace {

/// A program's protocol object as a datagram transport calls it.
class ProgramDatagramProtocol : public ProgramProtocolObject<DatagramProtocol> {
 public:
  using ProgramProtocolObject::ProgramProtocolObject;
  void connection_made(const DatagramTransportPtr& transport) override { call("connection_made", {Value(transport)}); }
  void datagram_received(std::string data, Value addr) override {
    call("datagram_received", {Value(std::make_shared<Bytes>(std::move(data))), std::move(addr)});
  }
  void error_received(const ExceptionPtr& exc) override { call("error_received", {Value(exc)}); }
};

DatagramProtocolFactory program_datagram_protocols(Interpreter& in, Value factory) {
  Interpreter* interp = &in;
  return [interp, factory = std::move(factory)]() -> DatagramProtocolPtr {
    CallArgs none;
    return std::make_shared<ProgramDatagramProtocol>(*interp, interp->call(factory, none));
  };
}

/// An address as the language writes one: ("127.0.0.1", port) (a
/// ScenarioError for another host), or anything else, which the model
/// checks as CPython does (a path, None, a wrong shape).
const Value& address_arg(const Value& address, std::string_view fname) {
  if (auto pair = address.as<Tuple>(); pair && pair->items.size() == 2) {
    loopback_port(pair->items[0], pair->items[1], fname);
  }
  return address;
}

/// What sendto takes: bytes (bytearray and memoryview are not in the language).
const std::string& datagram_arg(const Value& v) {
  if (auto b = v.as<Bytes>()) return b->data;
  raise(exc::TypeError, "data argument must be a bytes-like object, not '" + loopspec::type_name(v) + "'");
}

/// The families the language has: AF_INET and AF_UNIX (0 picks by address).
int family_arg(const Value& v) {
  const std::int64_t family = language_int(v, "create_datagram_endpoint's family");
  if (family != 0 && family != AF_INET && family != AF_UNIX) {
    throw ScenarioError("create_datagram_endpoint takes family AF_INET or AF_UNIX in the scenario language");
  }
  return static_cast<int>(family);
}

Value loop_create_datagram_endpoint(Interpreter& in, const Value& self, CallArgs& args) {
  args.expect_positional("create_datagram_endpoint", 1, 3);
  EventLoop::DatagramEndpoint where;
  where.local_addr = address_arg(args.arg(1, "local_addr"), "create_datagram_endpoint");
  where.remote_addr = address_arg(args.arg(2, "remote_addr"), "create_datagram_endpoint");
  if (auto family = args.take_kw("family")) where.family = family_arg(*family);
  if (auto sock = args.take_kw("sock"); sock && !sock->is_none()) {
    where.sock = socket_arg(*sock, "create_datagram_endpoint's sock=");
  }
  args.no_keywords_left("create_datagram_endpoint");
  EventLoop& loop = self_as<EventLoop>(self);
  return Value(loop.create_datagram_endpoint(program_datagram_protocols(in, args.pos[0]), std::move(where)).object());
}

Value loop_sock_recvfrom(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("sock_recvfrom", 2, 2);
  args.no_keywords_left("sock_recvfrom");
  std::int64_t n = index_arg(args.pos[1]);
  if (n < 0) throw ScenarioError("sock_recvfrom takes a non-negative size in the scenario language");
  SocketPtr sock = socket_arg(args.pos[0], "sock_recvfrom");
  return Value(self_as<EventLoop>(self).sock_recvfrom(std::move(sock), static_cast<std::size_t>(n)).object());
}

Value loop_sock_sendto(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("sock_sendto", 3, 3);
  args.no_keywords_left("sock_sendto");
  auto data = args.pos[1].as<Bytes>();
  if (!data) throw ScenarioError("sock_sendto takes bytes in the scenario language");
  SocketPtr sock = socket_arg(args.pos[0], "sock_sendto");
  const Value& address = address_arg(args.pos[2], "sock_sendto");
  return Value(self_as<EventLoop>(self).sock_sendto(std::move(sock), data->data, address).object());
}

DatagramTransport& transport(const Value& self) { return self_as<DatagramTransport>(self); }

Value transport_sendto(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("sendto", 1, 2);
  const std::string& data = datagram_arg(args.pos[0]);
  Value addr = address_arg(args.arg(1, "addr"), "sendto");
  args.no_keywords_left("sendto");
  transport(self).sendto(data, addr);
  return None;
}

Value transport_set_protocol(Interpreter& in, const Value& self, CallArgs& args) {
  args.expect_positional("set_protocol", 1, 1);
  transport(self).set_protocol(std::make_shared<ProgramDatagramProtocol>(in, args.pos[0]));
  return None;
}

}  // namespace

void bind_datagrams() {
  TypeInfo& loop = type_info("EventLoop");
  loop.define_method("create_datagram_endpoint", loop_create_datagram_endpoint);
  loop.define_method("sock_recvfrom", loop_sock_recvfrom);
  loop.define_method("sock_sendto", loop_sock_sendto);
  TypeInfo& t = type_info("_SelectorDatagramTransport", &type_info("_SelectorTransport"));
  t.define_method("sendto", transport_sendto);
  t.define_method("set_protocol", transport_set_protocol);
  bind_model_class<DatagramTransport>(t);
}

}  // namespace loopspec::harness
