// `import socket` (docs/scenario-language.md#sockets): socket.socketpair,
// socket.socket (stream and datagram), the constants and the socket methods a scenario may call,
// over the model's real sockets (loopspec/socket.hpp); and loopspec's
// unix_path (docs/outside-world.md#listening-built).
#include <sys/socket.h>

#include <string>

#include "common/errors.hpp"
#include "interp/builtins/builtins.hpp"
#include "interp/pyobjects.hpp"
#include "interp/pyops.hpp"
#include "loopspec/socket.hpp"

namespace loopspec::harness {
namespace {

Socket& sock(const Value& self) { return self_as<Socket>(self); }

/// socket.socket(family=AF_INET, type=SOCK_STREAM): the families and the
/// types of the language only.
Value socket_socket(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("socket", 0, 2);
  const std::int64_t family = language_int(args.arg(0, "family", Value(std::int64_t{AF_INET})), "socket()'s family");
  const std::int64_t type = language_int(args.arg(1, "type", Value(std::int64_t{SOCK_STREAM})), "socket()'s type");
  args.no_keywords_left("socket");
  if ((family != AF_INET && family != AF_UNIX) || (type != SOCK_STREAM && type != SOCK_DGRAM)) {
    throw ScenarioError("socket.socket takes AF_INET or AF_UNIX and SOCK_STREAM or SOCK_DGRAM in the scenario language");
  }
  return Value(Socket::open(static_cast<int>(family), static_cast<int>(type)));
}

/// An address the language allows for `s`: ("127.0.0.1", port) or a path
/// from unix_path (docs/outside-world.md#sockets).
const Value& address_arg(const Socket& s, const Value& address, std::string_view method) {
  if (s.family() == AF_UNIX) {
    if (!address.is_str()) throw ScenarioError(std::string(method) + " of an AF_UNIX socket takes a path (from unix_path) in the scenario language");
    return address;
  }
  auto pair = address.as<Tuple>();
  if (!pair || pair->items.size() != 2) throw ScenarioError(std::string(method) + " of an AF_INET socket takes (host, port) in the scenario language");
  loopback_port(pair->items[0], pair->items[1], method);
  return address;
}

Value socket_bind(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_one_argument("bind");
  sock(self).bind(address_arg(sock(self), args.pos[0], "socket.bind"));
  return None;
}

Value socket_listen(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("listen", 0, 1);
  args.no_keywords_left("listen");
  // CPython's default backlog: min(SOMAXCONN, 128).
  const std::int64_t backlog = args.pos.empty() ? 128 : language_int(args.pos[0], "listen()'s backlog");
  sock(self).listen(static_cast<int>(backlog));
  return None;
}

Value socket_accept(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("accept", 0, 0);
  auto [conn, address] = sock(self).accept();
  return Value(std::make_shared<Tuple>(std::vector<Value>{Value(conn), address}));
}

Value socket_connect(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_one_argument("connect");
  sock(self).connect(address_arg(sock(self), args.pos[0], "socket.connect"));
  return None;
}

Value socket_getsockname(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("getsockname", 0, 0);
  return sock(self).getsockname();
}

Value socket_getpeername(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("getpeername", 0, 0);
  return sock(self).getpeername();
}

/// loopspec.unix_path(name): `name` in the run's private directory.
Value loopspec_unix_path(Interpreter& in, const Value&, CallArgs& args) {
  args.expect_one_argument("unix_path");
  const Value& name = args.pos[0];
  if (!name.is_str() || name.as_str().empty() || name.as_str().find('/') != std::string::npos ||
      name.as_str() == "." || name.as_str() == "..") {
    raise(exc::ValueError, "unix_path() takes a file name (no '/'), not " + repr(name));
  }
  return Value(in.private_dir() + "/" + name.as_str());
}

Value socket_socketpair(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("socketpair", 0, 0);
  args.no_keywords_left("socketpair");
  auto [a, b] = Socket::pair();
  return Value(std::make_shared<Tuple>(std::vector<Value>{Value(a), Value(b)}));
}

Value socket_setblocking(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_one_argument("setblocking");
  sock(self).set_blocking(truthy(args.pos[0]));
  return None;
}

Value socket_send(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("send", 1, 1);
  args.no_keywords_left("send");
  auto data = args.pos[0].as<Bytes>();
  if (!data) raise(exc::TypeError, "a bytes-like object is required, not '" + loopspec::type_name(args.pos[0]) + "'");
  return static_cast<std::int64_t>(sock(self).send(data->data));
}

Value socket_recv(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("recv", 1, 1);
  args.no_keywords_left("recv");
  std::int64_t n = index_arg(args.pos[0]);
  if (n < 0) raise(exc::ValueError, "negative buffersize in recv");
  return Value(std::make_shared<Bytes>(sock(self).recv(static_cast<std::size_t>(n))));
}

Value socket_sendto(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("sendto", 2, 2);
  args.no_keywords_left("sendto");
  auto data = args.pos[0].as<Bytes>();
  if (!data) raise(exc::TypeError, "a bytes-like object is required, not '" + loopspec::type_name(args.pos[0]) + "'");
  return static_cast<std::int64_t>(sock(self).sendto(data->data, address_arg(sock(self), args.pos[1], "socket.sendto")));
}

Value socket_recvfrom(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("recvfrom", 1, 1);
  args.no_keywords_left("recvfrom");
  std::int64_t n = index_arg(args.pos[0]);
  if (n < 0) raise(exc::ValueError, "negative buffersize in recvfrom");
  auto [data, address] = sock(self).recvfrom(static_cast<std::size_t>(n));
  return Value(std::make_shared<Tuple>(std::vector<Value>{Value(std::make_shared<Bytes>(std::move(data))), address}));
}

Value socket_shutdown(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_one_argument("shutdown");
  sock(self).shutdown(static_cast<int>(index_arg(args.pos[0])));
  return None;
}

Value socket_close(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("close", 0, 0);
  sock(self).close();
  return None;
}

Value socket_fileno(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("fileno", 0, 0);
  return static_cast<std::int64_t>(sock(self).fileno());
}

Value socket_enter(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("__enter__", 0, 0);
  return self;
}

Value socket_exit(Interpreter&, const Value& self, CallArgs&) {
  sock(self).close();
  return false;
}

}  // namespace

SocketPtr socket_arg(const Value& v, std::string_view method) {
  if (auto s = v.as<Socket>()) return s;
  throw ScenarioError(std::string(method) + " takes a socket in the scenario language");
}

std::int64_t loopback_port(const Value& host, const Value& port, std::string_view fname) {
  if (!host.is_str() || host.as_str() != "127.0.0.1") {
    throw ScenarioError(std::string(fname) + ": TCP addresses are '127.0.0.1' only in the scenario language (docs/outside-world.md#sockets)");
  }
  return language_int(port, std::string(fname) + "'s port");
}

namespace {

/// The rule both forms share: an address and sock= together, or neither,
/// fail when awaited; `take_address` fills in the address.
template <class TakeAddress>
SocketTarget socket_target(bool addressed, const std::optional<Value>& sock, std::string_view fname,
                           std::string both, std::string neither, TakeAddress take_address) {
  const bool has_sock = sock && !sock->is_none();
  SocketTarget target;
  if (addressed && has_sock) {
    target.refusal = value_error_when_run(std::move(both));
  } else if (addressed) {
    take_address(target);
  } else if (!has_sock) {
    target.refusal = value_error_when_run(std::move(neither));
  } else {
    target.sock = socket_arg(*sock, std::string(fname) + "'s sock=");
  }
  return target;
}

}  // namespace

SocketTarget tcp_target(const Value& host, const Value& port, const std::optional<Value>& sock, std::string_view fname,
                        std::string neither) {
  return socket_target(!host.is_none() || !port.is_none(), sock, fname,
                       "host/port and sock can not be specified at the same time", std::move(neither),
                       [&](SocketTarget& t) {
                         t.port = loopback_port(host, port, fname);
                         t.place = host.as_str();
                       });
}

SocketTarget unix_target(const Value& path, const std::optional<Value>& sock, std::string_view fname,
                         std::string neither) {
  return socket_target(!path.is_none(), sock, fname, "path and sock can not be specified at the same time",
                       std::move(neither), [&](SocketTarget& t) { t.place = unix_path_arg(path, fname); });
}

std::string unix_path_arg(const Value& path, std::string_view fname) {
  if (!path.is_str()) throw ScenarioError(std::string(fname) + " takes a path from unix_path() in the scenario language");
  return path.as_str();
}

void bind_sockets() {
  define_builtin("socket", Value(std::make_shared<ModuleObject>("socket")));
  define_module_attr("socket", "socketpair", native_function("socketpair", socket_socketpair));
  define_module_attr("socket", "socket", native_function("socket", socket_socket));
  define_module_attr("socket", "AF_INET", static_cast<std::int64_t>(AF_INET));
  define_module_attr("socket", "AF_UNIX", static_cast<std::int64_t>(AF_UNIX));
  define_module_attr("socket", "SOCK_STREAM", static_cast<std::int64_t>(SOCK_STREAM));
  define_module_attr("socket", "SOCK_DGRAM", static_cast<std::int64_t>(SOCK_DGRAM));
  define_builtin("unix_path", native_function("unix_path", loopspec_unix_path));
  define_module_attr("socket", "SHUT_RD", static_cast<std::int64_t>(SHUT_RD));
  define_module_attr("socket", "SHUT_WR", static_cast<std::int64_t>(SHUT_WR));
  define_module_attr("socket", "SHUT_RDWR", static_cast<std::int64_t>(SHUT_RDWR));
  TypeInfo& t = type_info("socket.socket");
  t.define_method("setblocking", socket_setblocking);
  t.define_method("send", socket_send);
  t.define_method("recv", socket_recv);
  t.define_method("sendto", socket_sendto);
  t.define_method("recvfrom", socket_recvfrom);
  t.define_method("shutdown", socket_shutdown);
  t.define_method("close", socket_close);
  t.define_method("fileno", socket_fileno);
  t.define_method("bind", socket_bind);
  t.define_method("listen", socket_listen);
  t.define_method("accept", socket_accept);
  t.define_method("connect", socket_connect);
  t.define_method("getsockname", socket_getsockname);
  t.define_method("getpeername", socket_getpeername);
  t.define_method("__enter__", socket_enter);
  t.define_method("__exit__", socket_exit);
  bind_model_class<Socket>(t);
}

}  // namespace loopspec::harness
