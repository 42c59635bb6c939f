// Listening sockets (docs/outside-world.md#listening-built): the loop's
// create_server, create_unix_server, create_unix_connection, sock_connect and
// sock_accept; asyncio.start_server, start_unix_server and
// open_unix_connection; and the Server they return.
#include "common/errors.hpp"
#include "interp/builtins/async_with.hpp"
#include "interp/builtins/builtins.hpp"
#include "interp/pyobjects.hpp"
#include "interp/pyops.hpp"
#include "loopspec/runtime.hpp"
#include "loopspec/servers.hpp"
#include "loopspec/streams.hpp"

namespace loopspec::harness {
namespace {

Server& server(const Value& self) { return self_as<Server>(self); }

/// backlog= and start_serving=, as create_server and its kin take them.
EventLoop::ServerOptions server_options(CallArgs& args, std::string_view fname) {
  EventLoop::ServerOptions options;
  if (auto backlog = args.take_kw("backlog")) {
    options.backlog = static_cast<int>(language_int(*backlog, std::string(fname) + "'s backlog"));
  }
  if (auto start = args.take_kw("start_serving")) options.start_serving = truthy(*start);
  return options;
}

/// The program's client_connected_cb, called with the reader and writer.
ClientConnected client_callback(Interpreter& in, Value callback) {
  Interpreter* interp = &in;
  return [interp, callback = std::move(callback)](const StreamReaderPtr& reader, const StreamWriterPtr& writer) {
    CallArgs call;
    call.pos = {Value(reader), Value(writer)};
    return interp->call(callback, call);
  };
}

Value loop_create_server(Interpreter& in, const Value& self, CallArgs& args) {
  args.expect_positional("create_server", 1, 3);
  Value host = args.arg(1, "host");
  Value port = args.arg(2, "port");
  std::optional<Value> sock = args.take_kw("sock");
  EventLoop::ServerOptions options = server_options(args, "create_server");
  args.no_keywords_left("create_server");
  SocketTarget target = tcp_target(host, port, sock, "create_server", "Neither host/port nor sock were specified");
  if (target.refusal) return Value(target.refusal->object());
  ProtocolFactory factory = program_protocols(in, args.pos[0]);
  EventLoop& loop = self_as<EventLoop>(self);
  if (target.sock) return Value(loop.create_server(std::move(factory), std::move(target.sock), options).object());
  return Value(loop.create_server(std::move(factory), target.place, target.port, options).object());
}

Value loop_create_unix_server(Interpreter& in, const Value& self, CallArgs& args) {
  args.expect_positional("create_unix_server", 1, 2);
  Value path = args.arg(1, "path");
  std::optional<Value> sock = args.take_kw("sock");
  EventLoop::ServerOptions options = server_options(args, "create_unix_server");
  // A keyword from 3.13 on: before, an unexpected one.
  if (Runtime::current().follows(VersionRule::UnixServerCleanupSocket)) {
    if (auto cleanup = args.take_kw("cleanup_socket")) options.cleanup_socket = truthy(*cleanup);
  }
  args.no_keywords_left("create_unix_server");
  SocketTarget target = unix_target(path, sock, "create_unix_server", "path was not specified, and no sock specified");
  if (target.refusal) return Value(target.refusal->object());
  ProtocolFactory factory = program_protocols(in, args.pos[0]);
  EventLoop& loop = self_as<EventLoop>(self);
  if (target.sock) return Value(loop.create_unix_server(std::move(factory), std::move(target.sock), options).object());
  return Value(loop.create_unix_server(std::move(factory), target.place, options).object());
}

Value loop_create_unix_connection(Interpreter& in, const Value& self, CallArgs& args) {
  args.expect_positional("create_unix_connection", 1, 2);
  Value path = args.arg(1, "path");
  std::optional<Value> sock = args.take_kw("sock");
  args.no_keywords_left("create_unix_connection");
  ProtocolFactory factory = program_protocols(in, args.pos[0]);
  EventLoop& loop = self_as<EventLoop>(self);
  SocketTarget target = unix_target(path, sock, "create_unix_connection", "no path and sock were specified");
  if (target.refusal) return Value(target.refusal->object());
  if (target.sock) return Value(loop.create_connection(std::move(factory), std::move(target.sock)).object());
  return Value(loop.create_unix_connection(std::move(factory), target.place).object());
}

Value loop_sock_connect(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("sock_connect", 2, 2);
  args.no_keywords_left("sock_connect");
  SocketPtr sock = socket_arg(args.pos[0], "sock_connect");
  const Value& address = args.pos[1];
  if (auto pair = address.as<Tuple>(); pair && pair->items.size() == 2) {
    loopback_port(pair->items[0], pair->items[1], "sock_connect");
  }
  return Value(self_as<EventLoop>(self).sock_connect(std::move(sock), address).object());
}

Value loop_sock_accept(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("sock_accept", 1, 1);
  args.no_keywords_left("sock_accept");
  return Value(self_as<EventLoop>(self).sock_accept(socket_arg(args.pos[0], "sock_accept")).object());
}

Value a_start_server(Interpreter& in, const Value&, CallArgs& args) {
  args.expect_positional("start_server", 1, 3);
  Value host = args.arg(1, "host");
  Value port = args.arg(2, "port");
  const std::int64_t limit =
      language_int(args.take_kw("limit").value_or(Value(kDefaultStreamLimit)), "start_server's limit");
  std::optional<Value> sock = args.take_kw("sock");
  EventLoop::ServerOptions options = server_options(args, "start_server");
  args.no_keywords_left("start_server");
  if (sock && !sock->is_none()) throw ScenarioError("start_server with sock= is not in the scenario language: pass host and port");
  SocketTarget target = tcp_target(host, port, sock, "start_server", "Neither host/port nor sock were specified");
  if (target.refusal) return Value(target.refusal->object());
  return Value(start_server(client_callback(in, args.pos[0]), target.place, target.port, limit, options).object());
}

Value a_start_unix_server(Interpreter& in, const Value&, CallArgs& args) {
  args.expect_positional("start_unix_server", 1, 2);
  Value path = args.arg(1, "path");
  const std::int64_t limit =
      language_int(args.take_kw("limit").value_or(Value(kDefaultStreamLimit)), "start_unix_server's limit");
  EventLoop::ServerOptions options = server_options(args, "start_unix_server");
  args.no_keywords_left("start_unix_server");
  if (path.is_none()) throw ScenarioError("start_unix_server takes a path from unix_path() in the scenario language");
  return Value(start_unix_server(client_callback(in, args.pos[0]), unix_path_arg(path, "start_unix_server"), limit, options)
                   .object());
}

Value a_open_unix_connection(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("open_unix_connection", 0, 1);
  Value path = args.arg(0, "path");
  const std::int64_t limit =
      language_int(args.take_kw("limit").value_or(Value(kDefaultStreamLimit)), "open_unix_connection's limit");
  args.no_keywords_left("open_unix_connection");
  if (path.is_none()) throw ScenarioError("open_unix_connection takes a path from unix_path() in the scenario language");
  return Value(open_unix_connection(unix_path_arg(path, "open_unix_connection"), limit).object());
}

Value server_close(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("close", 0, 0);
  server(self).close();
  return None;
}

Value server_is_serving(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("is_serving", 0, 0);
  return server(self).is_serving();
}

Value server_get_loop(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("get_loop", 0, 0);
  return Value(shared(server(self).get_loop()));
}

Value server_sockets(Interpreter&, const Value& self, CallArgs&) {
  std::vector<Value> items;
  for (const SocketPtr& s : server(self).sockets()) items.emplace_back(s);
  return Value(std::make_shared<Tuple>(std::move(items)));
}

Value server_start_serving(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("start_serving", 0, 0);
  return coroutine_value(server(self).start_serving(), "start_serving");
}

Value server_serve_forever(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("serve_forever", 0, 0);
  return coroutine_value(server(self).serve_forever(), "serve_forever");
}

Value server_wait_closed(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("wait_closed", 0, 0);
  return coroutine_value(server(self).wait_closed(), "wait_closed");
}

}  // namespace

void bind_servers() {
  TypeInfo& t = type_info("EventLoop");
  t.define_method("create_server", loop_create_server);
  t.define_method("create_unix_server", loop_create_unix_server);
  t.define_method("create_unix_connection", loop_create_unix_connection);
  t.define_method("sock_connect", loop_sock_connect);
  t.define_method("sock_accept", loop_sock_accept);
  define_asyncio("start_server", native_function("start_server", a_start_server));
  define_asyncio("start_unix_server", native_function("start_unix_server", a_start_unix_server));
  define_asyncio("open_unix_connection", native_function("open_unix_connection", a_open_unix_connection));

  TypeInfo& s = type_info("Server");
  s.define_method("close", server_close);
  s.define_method("is_serving", server_is_serving);
  s.define_method("get_loop", server_get_loop);
  s.define_property("sockets", server_sockets);
  s.define_method("start_serving", server_start_serving);
  s.define_method("serve_forever", server_serve_forever);
  s.define_method("wait_closed", server_wait_closed);
  define_async_with(s);
  bind_model_class<Server>(s);
}

}  // namespace loopspec::harness
