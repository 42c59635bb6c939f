// Pipes (docs/outside-world.md#pipes-built): os.pipe, os.read, os.write and
// os.close, open(fd, mode, buffering=0), loop.connect_read_pipe and
// connect_write_pipe, the methods of their transports, and the program's
// protocol objects as those transports call them.
#include "common/errors.hpp"
#include "interp/builtins/builtins.hpp"
#include "interp/builtins/program_protocol.hpp"
#include "interp/pyobjects.hpp"
#include "interp/pyops.hpp"
#include "loopspec/event_loop.hpp"
#include "loopspec/file_io.hpp"
#include "loopspec/pipe_transports.hpp"
#include "loopspec/runtime.hpp"
#include "loopspec/streams.hpp"

namespace loopspec::harness {
namespace {

/// A program's protocol object as a pipe transport calls it, read or write.
class ProgramPipeProtocol : public ProgramProtocolObject<ReadPipeProtocol, WritePipeProtocol> {
 public:
  using ProgramProtocolObject::ProgramProtocolObject;
  void connection_made(const ReadPipeTransportPtr& transport) override { call("connection_made", {Value(transport)}); }
  void connection_made(const WritePipeTransportPtr& transport) override { call("connection_made", {Value(transport)}); }
  void data_received(std::string data) override {
    call("data_received", {Value(std::make_shared<Bytes>(std::move(data)))});
  }
  bool eof_received() override {
    call("eof_received", {});
    return false;
  }
};

/// What a read pipe's protocol factory made: an asyncio.StreamReaderProtocol
/// (a model object), or a protocol object of the program.
ReadPipeProtocolPtr read_pipe_protocol(Interpreter& in, const Value& factory) {
  CallArgs none;
  Value made = in.call(factory, none);
  if (auto stream_protocol = made.as<StreamReaderProtocol>()) return stream_protocol;
  return std::make_shared<ProgramPipeProtocol>(in, std::move(made));
}

/// A write pipe's: only the program's protocol objects.
WritePipeProtocolPtr write_pipe_protocol(Interpreter& in, const Value& factory) {
  CallArgs none;
  Value made = in.call(factory, none);
  if (made.as<StreamReaderProtocol>()) {
    throw ScenarioError("connect_write_pipe takes a protocol class of the program in the scenario language, "
                        "not a StreamReaderProtocol");
  }
  return std::make_shared<ProgramPipeProtocol>(in, std::move(made));
}

Descriptors& descriptors() { return Runtime::current().descriptors(); }

/// A descriptor of os.pipe() that is still open: the language reads,
/// writes and closes no other (sockets have their own methods).
int pipe_fd_arg(const Value& v, std::string_view fname) {
  const std::int64_t fd = index_arg(v);
  if (fd < 0 || fd > INT_MAX || !descriptors().is_open(static_cast<int>(fd))) {
    throw ScenarioError(std::string(fname) + " takes a descriptor of os.pipe() that is still open in the scenario language");
  }
  return static_cast<int>(fd);
}

const std::string& bytes_arg(const Value& v) {
  if (auto b = v.as<Bytes>()) return b->data;
  raise(exc::TypeError, "a bytes-like object is required, not '" + loopspec::type_name(v) + "'");
}

Value os_pipe(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("pipe", 0, 0);
  auto [r, w] = descriptors().pipe();
  return Value(std::make_shared<Tuple>(std::vector<Value>{Value(std::int64_t{r}), Value(std::int64_t{w})}));
}

Value os_read(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("read", 2, 2);
  args.no_keywords_left("read");
  const int fd = pipe_fd_arg(args.pos[0], "os.read");
  const std::int64_t n = index_arg(args.pos[1]);
  if (n < 0) raise(exc::ValueError, "negative count");
  return Value(std::make_shared<Bytes>(descriptors().read(fd, static_cast<std::size_t>(n))));
}

Value os_write(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("write", 2, 2);
  args.no_keywords_left("write");
  const int fd = pipe_fd_arg(args.pos[0], "os.write");
  return static_cast<std::int64_t>(descriptors().write(fd, bytes_arg(args.pos[1])));
}

Value os_close(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("close", 1, 1);
  args.no_keywords_left("close");
  descriptors().close(pipe_fd_arg(args.pos[0], "os.close"));
  return None;
}

/// open(fd, 'rb' | 'wb', buffering=0): the unbuffered file objects asyncio's
/// pipe transports take. Paths are outside the language.
Value builtin_open(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("open", 2, 3);
  const int fd = pipe_fd_arg(args.pos[0], "open()");
  const Value mode = args.pos[1];
  const Value buffering = args.arg(2, "buffering");
  args.no_keywords_left("open");
  if (!mode.is_str() || (mode.as_str() != "rb" && mode.as_str() != "wb") || buffering.is_none() ||
      index_arg(buffering) != 0) {
    throw ScenarioError("open takes (fd, 'rb' or 'wb', buffering=0) in the scenario language");
  }
  return Value(std::make_shared<FileIO>(fd));
}

FileIO& file(const Value& self) { return self_as<FileIO>(self); }

Value file_fileno(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("fileno", 0, 0);
  return static_cast<std::int64_t>(file(self).fileno());
}

Value file_close(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("close", 0, 0);
  file(self).close();
  return None;
}

Value file_closed(Interpreter&, const Value& self, CallArgs&) { return file(self).closed(); }

FileIOPtr pipe_arg(const Value& v, std::string_view fname) {
  if (auto f = v.as<FileIO>()) return f;
  throw ScenarioError(std::string(fname) + " takes a file object from open(fd, mode, buffering=0) in the scenario language");
}

Value loop_connect_read_pipe(Interpreter& in, const Value& self, CallArgs& args) {
  args.expect_positional("connect_read_pipe", 2, 2);
  args.no_keywords_left("connect_read_pipe");
  FileIOPtr pipe = pipe_arg(args.pos[1], "connect_read_pipe");
  Interpreter* interp = &in;
  ReadPipeProtocolFactory factory = [interp, f = args.pos[0]] { return read_pipe_protocol(*interp, f); };
  return Value(self_as<EventLoop>(self).connect_read_pipe(std::move(factory), std::move(pipe)).object());
}

Value loop_connect_write_pipe(Interpreter& in, const Value& self, CallArgs& args) {
  args.expect_positional("connect_write_pipe", 2, 2);
  args.no_keywords_left("connect_write_pipe");
  FileIOPtr pipe = pipe_arg(args.pos[1], "connect_write_pipe");
  Interpreter* interp = &in;
  WritePipeProtocolFactory factory = [interp, f = args.pos[0]] { return write_pipe_protocol(*interp, f); };
  return Value(self_as<EventLoop>(self).connect_write_pipe(std::move(factory), std::move(pipe)).object());
}

/// The program's protocol object as set_protocol's argument.
std::shared_ptr<ProgramPipeProtocol> protocol_arg(Interpreter& in, CallArgs& args) {
  args.expect_positional("set_protocol", 1, 1);
  return std::make_shared<ProgramPipeProtocol>(in, args.pos[0]);
}

// --- what both transports have -----------------------------------------------

PipeTransport& pipe_transport(const Value& self) { return self_as<PipeTransport>(self); }

Value pipe_transport_close(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("close", 0, 0);
  pipe_transport(self).close();
  return None;
}

Value pipe_transport_is_closing(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("is_closing", 0, 0);
  return pipe_transport(self).is_closing();
}

Value pipe_transport_get_protocol(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("get_protocol", 0, 0);
  return protocol_value(pipe_transport(self).protocol());
}

void bind_pipe_transport(TypeInfo& t) {
  t.define_method("close", pipe_transport_close);
  t.define_method("is_closing", pipe_transport_is_closing);
  t.define_method("get_protocol", pipe_transport_get_protocol);
}

// --- _UnixReadPipeTransport ---------------------------------------------------

ReadPipeTransport& reader(const Value& self) { return self_as<ReadPipeTransport>(self); }

void bind_read_pipe_transport() {
  TypeInfo& t = type_info("_UnixReadPipeTransport");
  bind_pipe_transport(t);
  t.define_method("pause_reading", [](Interpreter&, const Value& self, CallArgs& args) -> Value {
    args.expect_positional("pause_reading", 0, 0);
    reader(self).pause_reading();
    return None;
  });
  t.define_method("resume_reading", [](Interpreter&, const Value& self, CallArgs& args) -> Value {
    args.expect_positional("resume_reading", 0, 0);
    reader(self).resume_reading();
    return None;
  });
  t.define_method("is_reading", [](Interpreter&, const Value& self, CallArgs& args) -> Value {
    args.expect_positional("is_reading", 0, 0);
    return reader(self).is_reading();
  });
  t.define_method("set_protocol", [](Interpreter& in, const Value& self, CallArgs& args) -> Value {
    reader(self).set_protocol(protocol_arg(in, args));
    return None;
  });
  bind_model_class<ReadPipeTransport>(t);
}

// --- _UnixWritePipeTransport --------------------------------------------------

WritePipeTransport& writer(const Value& self) { return self_as<WritePipeTransport>(self); }

Value write_pipe_write(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("write", 1, 1);
  args.no_keywords_left("write");
  auto data = args.pos[0].as<Bytes>();
  // CPython asserts the type (AssertionError, with its repr).
  if (!data) throw ScenarioError("a pipe transport's write takes bytes in the scenario language");
  writer(self).write(data->data);
  return None;
}

/// WriteTransport.writelines: write() of the pieces joined.
Value write_pipe_writelines(Interpreter&, const Value& self, CallArgs& args) {
  std::string joined;
  for (const BytesPtr& piece : writelines_pieces(args, /*joins=*/true)) joined += piece->data;
  writer(self).write(joined);
  return None;
}

void bind_write_pipe_transport() {
  TypeInfo& t = type_info("_UnixWritePipeTransport");
  bind_pipe_transport(t);
  t.define_method("write", write_pipe_write);
  t.define_method("writelines", write_pipe_writelines);
  t.define_method("write_eof", [](Interpreter&, const Value& self, CallArgs& args) -> Value {
    args.expect_positional("write_eof", 0, 0);
    writer(self).write_eof();
    return None;
  });
  t.define_method("can_write_eof", [](Interpreter&, const Value&, CallArgs& args) -> Value {
    args.expect_positional("can_write_eof", 0, 0);
    return true;
  });
  t.define_method("abort", [](Interpreter&, const Value& self, CallArgs& args) -> Value {
    args.expect_positional("abort", 0, 0);
    writer(self).abort();
    return None;
  });
  bind_flow_control(t);
  t.define_method("set_protocol", [](Interpreter& in, const Value& self, CallArgs& args) -> Value {
    writer(self).set_protocol(protocol_arg(in, args));
    return None;
  });
  bind_model_class<WritePipeTransport>(t);
}

}  // namespace

void bind_pipes() {
  define_module_attr("os", "pipe", native_function("pipe", os_pipe));
  define_module_attr("os", "read", native_function("read", os_read));
  define_module_attr("os", "write", native_function("write", os_write));
  define_module_attr("os", "close", native_function("close", os_close));
  define_builtin("open", native_function("open", builtin_open));
  TypeInfo& f = type_info("FileIO");
  f.define_method("fileno", file_fileno);
  f.define_method("close", file_close);
  f.define_property("closed", file_closed);
  bind_model_class<FileIO>(f);
  bind_read_pipe_transport();
  bind_write_pipe_transport();
  TypeInfo& loop = type_info("EventLoop");
  loop.define_method("connect_read_pipe", loop_connect_read_pipe);
  loop.define_method("connect_write_pipe", loop_connect_write_pipe);
}

}  // namespace loopspec::harness
