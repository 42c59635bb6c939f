// asyncio.StreamReader and the exceptions of its reads
// (docs/outside-world.md#streams-built).
#include "common/errors.hpp"
#include "interp/builtins/builtins.hpp"
#include "interp/pyobjects.hpp"
#include "interp/pyops.hpp"
#include "loopspec/runtime.hpp"
#include "loopspec/streams.hpp"

namespace loopspec::harness {
namespace {

StreamReader& reader(const Value& self) { return self_as<StreamReader>(self); }

/// StreamReader(limit=_DEFAULT_LIMIT, loop=None): the loop is the running
/// one, or the current one when none runs (events._get_event_loop).
Value a_stream_reader(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("StreamReader", 0, 2);
  Value limit = args.arg(0, "limit", Value(kDefaultStreamLimit));
  Value loop = args.arg(1, "loop");
  args.no_keywords_left("StreamReader");
  const std::int64_t n = language_int(limit, "StreamReader's limit");
  EventLoopPtr owner = loop.is_none() ? get_event_loop() : loop.as<EventLoop>();
  if (!owner) throw ScenarioError("StreamReader takes an event loop as loop= in the scenario language");
  return std::make_shared<StreamReader>(*owner, n);
}

/// StreamReaderProtocol(stream_reader, *, loop=None), the loop as
/// StreamReader's; the language passes no client_connected_cb
/// (docs/scenario-language.md#pipes).
Value a_stream_reader_protocol(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("StreamReaderProtocol", 1, 1);
  Value loop = args.arg(1, "loop");
  args.no_keywords_left("StreamReaderProtocol");
  StreamReaderPtr stream_reader = args.pos[0].as<StreamReader>();
  if (!stream_reader) throw ScenarioError("StreamReaderProtocol takes a StreamReader in the scenario language");
  EventLoopPtr owner = loop.is_none() ? get_event_loop() : loop.as<EventLoop>();
  if (!owner) throw ScenarioError("StreamReaderProtocol takes an event loop as loop= in the scenario language");
  return std::make_shared<StreamReaderProtocol>(*owner, std::move(stream_reader));
}

Value sr_exception(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("exception", 0, 0);
  const ExceptionPtr& e = reader(self).exception();
  return e ? Value(e) : Value(None);
}

Value sr_set_exception(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("set_exception", 1, 1);
  ExceptionPtr e = exception_arg(args.pos[0]);
  if (!e) throw ScenarioError("StreamReader.set_exception takes an exception in the scenario language");
  reader(self).set_exception(std::move(e));
  return None;
}

Value sr_feed_data(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("feed_data", 1, 1);
  auto data = args.pos[0].as<Bytes>();
  if (!data) throw ScenarioError("StreamReader.feed_data takes bytes in the scenario language");
  reader(self).feed_data(data->data);
  return None;
}

Value sr_feed_eof(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("feed_eof", 0, 0);
  reader(self).feed_eof();
  return None;
}

Value sr_at_eof(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("at_eof", 0, 0);
  return reader(self).at_eof();
}

Value sr_read(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("read", 0, 1);
  std::int64_t n = language_int(args.arg(0, "n", Value(std::int64_t{-1})), "StreamReader.read");
  args.no_keywords_left("read");
  return Value(reader(self).read(n).object());
}

Value sr_readexactly(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("readexactly", 1, 1);
  return Value(reader(self).readexactly(language_int(args.pos[0], "StreamReader.readexactly")).object());
}

Value sr_readline(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("readline", 0, 0);
  return Value(reader(self).readline().object());
}

Value sr_readuntil(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("readuntil", 0, 1);
  Value sep = args.arg(0, "separator", Value(std::make_shared<Bytes>("\n")));
  args.no_keywords_left("readuntil");
  // 3.13's tuple of separators is not in the language yet.
  auto b = sep.as<Bytes>();
  if (!b) throw ScenarioError("StreamReader.readuntil takes one bytes separator in the scenario language");
  return Value(reader(self).readuntil(b->data).object());
}

Value sr_aiter(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("__aiter__", 0, 0);
  return self;
}

/// `__anext__`: the next line, StopAsyncIteration once readline() gives b''.
Coro next_line(StreamReaderPtr r) {
  Value line = co_await r->readline();
  if (line.as<Bytes>()->data.empty()) throw PyError(new_exception(exc::StopAsyncIteration));
  co_return line;
}

Value sr_anext(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("__anext__", 0, 0);
  return Value(next_line(self.as<StreamReader>()).object());
}

/// IncompleteReadError.partial/.expected and LimitOverrunError.consumed;
/// AttributeError on any other exception, as CPython's.
Value exception_attribute(const Value& self, const char* name) {
  const auto& e = self_as<ExceptionObject>(self);
  if (const Value* value = e.attribute(name)) return *value;
  raise(exc::AttributeError, "'" + e.type_name() + "' object has no attribute '" + name + "'");
}

Value exc_partial(Interpreter&, const Value& self, CallArgs&) { return exception_attribute(self, "partial"); }
Value exc_expected(Interpreter&, const Value& self, CallArgs&) { return exception_attribute(self, "expected"); }
Value exc_consumed(Interpreter&, const Value& self, CallArgs&) { return exception_attribute(self, "consumed"); }

StreamWriter& writer(const Value& self) { return self_as<StreamWriter>(self); }

/// StreamWriter's methods that pass straight on to its transport's.
template <const char* Method>
Value writer_to_transport(Interpreter& in, const Value& self, CallArgs& args) {
  return in.call_method(writer(self).transport_value(), intern(Method), args);
}
constexpr char kWrite[] = "write";
constexpr char kWritelines[] = "writelines";
constexpr char kWriteEof[] = "write_eof";
constexpr char kCanWriteEof[] = "can_write_eof";
constexpr char kClose[] = "close";
constexpr char kIsClosing[] = "is_closing";
constexpr char kGetExtraInfo[] = "get_extra_info";

Value sw_transport(Interpreter&, const Value& self, CallArgs&) { return writer(self).transport_value(); }

Value sw_drain(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("drain", 0, 0);
  return Value(writer(self).drain().object());
}

Value sw_wait_closed(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("wait_closed", 0, 0);
  return Value(writer(self).wait_closed().object());
}

Value loop_create_connection(Interpreter& in, const Value& self, CallArgs& args) {
  args.expect_positional("create_connection", 1, 3);
  Value host = args.arg(1, "host");
  Value port = args.arg(2, "port");
  std::optional<Value> sock = args.take_kw("sock");
  args.no_keywords_left("create_connection");
  SocketTarget target = tcp_target(host, port, sock, "create_connection",
                                   "host and port was not specified and no sock specified");
  if (target.refusal) return Value(target.refusal->object());
  ProtocolFactory make_protocol = program_protocols(in, args.pos[0]);
  EventLoop& loop = self_as<EventLoop>(self);
  if (target.sock) return Value(loop.create_connection(std::move(make_protocol), std::move(target.sock)).object());
  return Value(loop.create_connection(std::move(make_protocol), target.place, target.port).object());
}

Value a_open_connection(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("open_connection", 0, 2);
  Value host = args.arg(0, "host");
  Value port = args.arg(1, "port");
  Value limit = args.take_kw("limit").value_or(Value(kDefaultStreamLimit));
  std::optional<Value> sock = args.take_kw("sock");
  args.no_keywords_left("open_connection");
  SocketTarget target = tcp_target(host, port, sock, "open_connection",
                                   "host and port was not specified and no sock specified");
  if (target.refusal) return Value(target.refusal->object());
  const std::int64_t n = language_int(limit, "open_connection's limit");
  if (target.sock) return Value(open_connection(std::move(target.sock), n).object());
  return Value(open_connection(target.place, target.port, n).object());
}

}  // namespace

void bind_streams() {
  define_builtin("EOFError", exception_class_value(exc::EOFError));
  define_asyncio("IncompleteReadError", exception_class_value(exc::IncompleteReadError));
  define_asyncio("LimitOverrunError", exception_class_value(exc::LimitOverrunError));
  TypeInfo& base = type_info("BaseException");
  base.define_property("partial", exc_partial);
  base.define_property("expected", exc_expected);
  base.define_property("consumed", exc_consumed);

  define_asyncio("StreamReader", native_function("StreamReader", a_stream_reader));
  TypeInfo& t = type_info("StreamReader");
  t.define_method("exception", sr_exception);
  t.define_method("set_exception", sr_set_exception);
  t.define_method("feed_data", sr_feed_data);
  t.define_method("feed_eof", sr_feed_eof);
  t.define_method("at_eof", sr_at_eof);
  t.define_method("read", sr_read);
  t.define_method("readexactly", sr_readexactly);
  t.define_method("readline", sr_readline);
  t.define_method("readuntil", sr_readuntil);
  t.define_method("__aiter__", sr_aiter);
  t.define_method("__anext__", sr_anext);
  bind_model_class<StreamReader>(t);

  TypeInfo& w = type_info("StreamWriter");
  w.define_property("transport", sw_transport);
  w.define_method("write", writer_to_transport<kWrite>);
  w.define_method("writelines", writer_to_transport<kWritelines>);
  w.define_method("write_eof", writer_to_transport<kWriteEof>);
  w.define_method("can_write_eof", writer_to_transport<kCanWriteEof>);
  w.define_method("close", writer_to_transport<kClose>);
  w.define_method("is_closing", writer_to_transport<kIsClosing>);
  w.define_method("get_extra_info", writer_to_transport<kGetExtraInfo>);
  w.define_method("drain", sw_drain);
  w.define_method("wait_closed", sw_wait_closed);
  bind_model_class<StreamWriter>(w);
  define_asyncio("open_connection", native_function("open_connection", a_open_connection));
  type_info("EventLoop").define_method("create_connection", loop_create_connection);
  define_asyncio("StreamReaderProtocol", native_function("StreamReaderProtocol", a_stream_reader_protocol));
  bind_model_class<StreamReaderProtocol>(type_info("StreamReaderProtocol"));
}

}  // namespace loopspec::harness
