// Transports and protocols (docs/outside-world.md#transports-built):
// loop.connect_accepted_socket, the methods of the transport it returns, and
// the program's protocol objects as the model's transport calls them.
#include "common/errors.hpp"
#include "interp/builtins/builtins.hpp"
#include "interp/builtins/program_protocol.hpp"
#include "interp/pyobjects.hpp"
#include "interp/pyops.hpp"
#include "loopspec/runtime.hpp"
#include "loopspec/transports.hpp"

namespace loopspec::harness {
namespace {

/// A program's protocol object as a socket transport calls it.
class ProgramProtocol : public ProgramProtocolObject<Protocol> {
 public:
  using ProgramProtocolObject::ProgramProtocolObject;
  void connection_made(const SocketTransportPtr& transport) override { call("connection_made", {Value(transport)}); }
  void data_received(std::string data) override {
    call("data_received", {Value(std::make_shared<Bytes>(std::move(data)))});
  }
  bool eof_received() override { return truthy(call("eof_received", {})); }
};

}  // namespace

ProtocolPtr program_protocol(Interpreter& in, const Value& factory) {
  CallArgs none;
  return std::make_shared<ProgramProtocol>(in, in.call(factory, none));
}

ProtocolFactory program_protocols(Interpreter& in, Value factory) {
  Interpreter* interp = &in;
  return [interp, factory = std::move(factory)] { return program_protocol(*interp, factory); };
}

std::vector<BytesPtr> writelines_pieces(CallArgs& args, bool joins) {
  args.expect_positional("writelines", 1, 1);
  args.no_keywords_left("writelines");
  const std::vector<Value>* items = sequence_items(args.pos[0]);
  if (!items) throw ScenarioError("writelines takes a list or tuple of bytes in the scenario language");
  std::vector<BytesPtr> pieces;
  for (std::size_t i = 0; i < items->size(); ++i) {
    auto b = (*items)[i].as<Bytes>();
    if (b) {
      pieces.push_back(std::move(b));
    } else if (joins) {
      raise(exc::TypeError, "sequence item " + std::to_string(i) + ": expected a bytes-like object, " +
                                loopspec::type_name((*items)[i]) + " found");
    } else {
      raise(exc::TypeError, "memoryview: a bytes-like object is required, not '" + loopspec::type_name((*items)[i]) + "'");
    }
  }
  return pieces;
}

Coro value_error_when_run(std::string message) {
  raise(exc::ValueError, message);
  co_return None;
}

namespace {

SocketTransport& transport(const Value& self) { return self_as<SocketTransport>(self); }

/// What write() takes: bytes (bytearray and memoryview are not in the language).
BytesPtr data_arg(const Value& v) {
  if (auto b = v.as<Bytes>()) return b;
  raise(exc::TypeError, "data argument must be a bytes-like object, not '" + loopspec::type_name(v) + "'");
}

Value transport_write(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("write", 1, 1);
  args.no_keywords_left("write");
  transport(self).write(data_arg(args.pos[0]));
  return None;
}

Value transport_writelines(Interpreter&, const Value& self, CallArgs& args) {
  // 3.11 joins the pieces (b''.join); 3.12 wraps each in a memoryview first.
  const bool joins = !Runtime::current().follows(VersionRule::SocketTransportWritelines);
  transport(self).writelines(writelines_pieces(args, joins));
  return None;
}

Value transport_write_eof(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("write_eof", 0, 0);
  transport(self).write_eof();
  return None;
}

Value transport_can_write_eof(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("can_write_eof", 0, 0);
  return true;
}

Value transport_set_protocol(Interpreter& in, const Value& self, CallArgs& args) {
  args.expect_positional("set_protocol", 1, 1);
  transport(self).set_protocol(std::make_shared<ProgramProtocol>(in, args.pos[0]));
  return None;
}

Value loop_connect_accepted_socket(Interpreter& in, const Value& self, CallArgs& args) {
  args.expect_positional("connect_accepted_socket", 2, 2);
  args.no_keywords_left("connect_accepted_socket");
  auto sock = args.pos[1].as<Socket>();
  if (!sock) throw ScenarioError("connect_accepted_socket takes a socket in the scenario language");
  return Value(self_as<EventLoop>(self).connect_accepted_socket(program_protocols(in, args.pos[0]), std::move(sock)).object());
}

}  // namespace

void bind_transports() {
  TypeInfo& t = type_info("_SelectorSocketTransport", &type_info("_SelectorTransport"));
  t.define_method("write", transport_write);
  t.define_method("writelines", transport_writelines);
  t.define_method("write_eof", transport_write_eof);
  t.define_method("can_write_eof", transport_can_write_eof);
  t.define_method("set_protocol", transport_set_protocol);
  bind_model_class<SocketTransport>(t);
  type_info("EventLoop").define_method("connect_accepted_socket", loop_connect_accepted_socket);
}

}  // namespace loopspec::harness
