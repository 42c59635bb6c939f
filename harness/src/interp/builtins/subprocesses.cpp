// Subprocesses (docs/outside-world.md#children): asyncio.subprocess's
// PIPE, STDOUT and DEVNULL, loop.subprocess_exec and subprocess_shell, the
// methods of their transport, and the program's SubprocessProtocol objects
// as that transport calls them.
#include <csignal>

#include "common/errors.hpp"
#include "interp/builtins/builtins.hpp"
#include "interp/builtins/program_protocol.hpp"
#include "interp/pyobjects.hpp"
#include "loopspec/event_loop.hpp"
#include "loopspec/subprocess_transport.hpp"

namespace loopspec::harness {
namespace {

// subprocess's constants, which asyncio.subprocess re-exports.
constexpr std::int64_t kPipe = -1, kStdout = -2, kDevNull = -3;

/// A program's protocol object as a subprocess transport calls it.
class ProgramSubprocessProtocol : public ProgramProtocolObject<SubprocessProtocol> {
 public:
  using ProgramProtocolObject::ProgramProtocolObject;
  void connection_made(const SubprocessTransportPtr& transport) override {
    call("connection_made", {Value(transport)});
  }
  void pipe_data_received(int fd, std::string data) override {
    call("pipe_data_received", {Value(std::int64_t{fd}), Value(std::make_shared<Bytes>(std::move(data)))});
  }
  void pipe_connection_lost(int fd, const ExceptionPtr& exc) override {
    call("pipe_connection_lost", {Value(std::int64_t{fd}), exc ? Value(exc) : Value(None)});
  }
  void process_exited() override { call("process_exited", {}); }
};

/// stdin=, stdout= or stderr=: PIPE, DEVNULL, STDOUT (stderr only) or None.
ChildStream stream_arg(CallArgs& args, std::string_view name, std::string_view fname) {
  Value v = args.take_kw(name).value_or(Value(kPipe));
  if (v.is_none()) return ChildStream::Inherit;
  const std::int64_t n = v.is_int() ? v.as_int() : 0;
  if (n == kPipe) return ChildStream::Pipe;
  if (n == kDevNull) return ChildStream::DevNull;
  if (n == kStdout && name == "stderr") return ChildStream::Stdout;
  throw ScenarioError(std::string(fname) + " takes asyncio.subprocess.PIPE, DEVNULL or None as " + std::string(name) +
                      "= (and STDOUT as stderr=) in the scenario language");
}

/// The options the loop checks, and the streams; `shell` is the method's default for shell=.
struct SubprocessCall {
  ChildSpec spec;
  EventLoop::SubprocessOptions options;
};

SubprocessCall subprocess_call(CallArgs& args, std::string_view fname, bool shell) {
  SubprocessCall c;
  c.spec.in = stream_arg(args, "stdin", fname);
  c.spec.out = stream_arg(args, "stdout", fname);
  c.spec.err = stream_arg(args, "stderr", fname);
  auto flag = [&](std::string_view name, bool dflt) {
    std::optional<Value> v = args.take_kw(name);
    return v ? truthy(*v) : dflt;
  };
  c.options.universal_newlines = flag("universal_newlines", false);
  c.options.shell = flag("shell", shell);
  c.options.text = flag("text", false);
  if (std::optional<Value> b = args.take_kw("bufsize")) c.options.bufsize = language_int(*b, "bufsize");
  c.options.encoding_given = !args.take_kw("encoding").value_or(Value(None)).is_none();
  c.options.errors_given = !args.take_kw("errors").value_or(Value(None)).is_none();
  args.no_keywords_left(fname);
  return c;
}

/// A program name or argument: str (bytes are not in the language).
std::string argv_item(const Value& v, std::string_view fname) {
  if (v.is_str()) return v.as_str();
  throw ScenarioError(std::string(fname) + " takes str program names and arguments in the scenario language");
}

SubprocessProtocolFactory protocol_factory(Interpreter& in, Value factory) {
  return [interp = &in, f = std::move(factory)] {
    CallArgs none;
    return std::make_shared<ProgramSubprocessProtocol>(*interp, interp->call(f, none));
  };
}

Value loop_subprocess_shell(Interpreter& in, const Value& self, CallArgs& args) {
  args.expect_positional("subprocess_shell", 2, 2);
  SubprocessCall c = subprocess_call(args, "subprocess_shell", /*shell=*/true);
  std::optional<std::string> cmd;
  if (args.pos[1].is_str()) cmd = args.pos[1].as_str();
  return Value(self_as<EventLoop>(self)
                   .subprocess_shell(protocol_factory(in, args.pos[0]), std::move(cmd), std::move(c.spec), c.options)
                   .object());
}

Value loop_subprocess_exec(Interpreter& in, const Value& self, CallArgs& args) {
  args.expect_positional("subprocess_exec", 2, SIZE_MAX);
  SubprocessCall c = subprocess_call(args, "subprocess_exec", /*shell=*/false);
  for (std::size_t i = 1; i < args.pos.size(); ++i) c.spec.argv.push_back(argv_item(args.pos[i], "subprocess_exec"));
  return Value(
      self_as<EventLoop>(self).subprocess_exec(protocol_factory(in, args.pos[0]), std::move(c.spec), c.options).object());
}

// --- _UnixSubprocessTransport --------------------------------------------------

SubprocessTransport& transport(const Value& self) { return self_as<SubprocessTransport>(self); }

Value st_get_pipe_transport(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("get_pipe_transport", 1, 1);
  std::shared_ptr<PipeTransport> pipe = transport(self).get_pipe_transport(static_cast<int>(index_arg(args.pos[0])));
  return pipe ? Value(pipe) : Value(None);
}

Value st_get_returncode(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("get_returncode", 0, 0);
  std::optional<int> rc = transport(self).get_returncode();
  return rc ? Value(std::int64_t{*rc}) : Value(None);
}

Value st_get_pid(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("get_pid", 0, 0);
  return Value(std::int64_t{transport(self).get_pid()});
}

Value st_close(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("close", 0, 0);
  transport(self).close();
  return None;
}

Value st_is_closing(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("is_closing", 0, 0);
  return transport(self).is_closing();
}

Value st_get_protocol(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("get_protocol", 0, 0);
  return protocol_value(transport(self).protocol());
}

template <int Signal>
Value st_signal(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional(Signal == SIGKILL ? "kill" : "terminate", 0, 0);
  transport(self).send_signal(Signal);
  return None;
}

Value st_send_signal(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("send_signal", 1, 1);
  transport(self).send_signal(static_cast<int>(index_arg(args.pos[0])));
  return None;
}

void bind_subprocess_transport() {
  TypeInfo& t = type_info("_UnixSubprocessTransport");
  t.define_method("get_pipe_transport", st_get_pipe_transport);
  t.define_method("get_returncode", st_get_returncode);
  t.define_method("get_pid", st_get_pid);
  t.define_method("close", st_close);
  t.define_method("is_closing", st_is_closing);
  t.define_method("get_protocol", st_get_protocol);
  t.define_method("kill", st_signal<SIGKILL>);
  t.define_method("terminate", st_signal<SIGTERM>);
  t.define_method("send_signal", st_send_signal);
  bind_model_class<SubprocessTransport>(t);
}

}  // namespace

void bind_subprocesses() {
  define_asyncio("subprocess", Value(std::make_shared<ModuleObject>("asyncio.subprocess")));
  define_module_attr("asyncio.subprocess", "PIPE", Value(kPipe));
  define_module_attr("asyncio.subprocess", "STDOUT", Value(kStdout));
  define_module_attr("asyncio.subprocess", "DEVNULL", Value(kDevNull));
  TypeInfo& loop = type_info("EventLoop");
  loop.define_method("subprocess_exec", loop_subprocess_exec);
  loop.define_method("subprocess_shell", loop_subprocess_shell);
  bind_subprocess_transport();
}

}  // namespace loopspec::harness
