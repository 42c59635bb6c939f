// `import socket` (docs/scenario-language.md#sockets): socket.socketpair,
// the SHUT_* constants and the socket methods a scenario may call, over the
// model's real sockets (loopspec/socket.hpp).
#include <sys/socket.h>

#include "common/errors.hpp"
#include "interp/builtins/builtins.hpp"
#include "interp/pyobjects.hpp"
#include "interp/pyops.hpp"
#include "loopspec/socket.hpp"

namespace loopspec::harness {
namespace {

Socket& sock(const Value& self) { return self_as<Socket>(self); }

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

void bind_sockets() {
  define_builtin("socket", Value(std::make_shared<ModuleObject>("socket")));
  define_module_attr("socket", "socketpair", native_function("socketpair", socket_socketpair));
  define_module_attr("socket", "SHUT_RD", static_cast<std::int64_t>(SHUT_RD));
  define_module_attr("socket", "SHUT_WR", static_cast<std::int64_t>(SHUT_WR));
  define_module_attr("socket", "SHUT_RDWR", static_cast<std::int64_t>(SHUT_RDWR));
  TypeInfo& t = type_info("socket.socket");
  t.define_method("setblocking", socket_setblocking);
  t.define_method("send", socket_send);
  t.define_method("recv", socket_recv);
  t.define_method("shutdown", socket_shutdown);
  t.define_method("close", socket_close);
  t.define_method("fileno", socket_fileno);
  t.define_method("__enter__", socket_enter);
  t.define_method("__exit__", socket_exit);
  bind_model_class<Socket>(t);
}

}  // namespace loopspec::harness
