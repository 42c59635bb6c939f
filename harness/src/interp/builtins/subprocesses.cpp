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
#include "loopspec/process.hpp"
#include "loopspec/subprocess_transport.hpp"

namespace loopspec::harness {
namespace {

// subprocess's constants, which asyncio.subprocess re-exports.
constexpr std::int64_t kPipe = -1, kStdout = -2, kDevNull = -3;

/// A child's exit status, None while it runs.
Value returncode_value(std::optional<int> rc) { return rc ? Value(std::int64_t{*rc}) : Value(None); }

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
ChildStream stream_arg(CallArgs& args, std::string_view name, std::string_view fname, const Value& dflt) {
  Value v = args.take_kw(name).value_or(dflt);
  if (v.is_none()) return ChildStream::Inherit;
  const std::int64_t n = v.is_int() ? v.as_int() : 0;
  if (n == kPipe) return ChildStream::Pipe;
  if (n == kDevNull) return ChildStream::DevNull;
  if (n == kStdout && name == "stderr") return ChildStream::Stdout;
  throw ScenarioError(std::string(fname) + " takes asyncio.subprocess.PIPE, DEVNULL or None as " + std::string(name) +
                      "= (and STDOUT as stderr=) in the scenario language");
}

/// The options the loop checks, and the streams.
struct SubprocessCall {
  ChildSpec spec;
  EventLoop::SubprocessOptions options;
};

/// `shell` is the method's default for shell=; `streams` its default for
/// the three streams (PIPE for the loop's methods, None for create_subprocess_*).
SubprocessCall subprocess_call(CallArgs& args, std::string_view fname, bool shell, const Value& streams) {
  SubprocessCall c;
  c.spec.in = stream_arg(args, "stdin", fname, streams);
  c.spec.out = stream_arg(args, "stdout", fname, streams);
  c.spec.err = stream_arg(args, "stderr", fname, streams);
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
  SubprocessCall c = subprocess_call(args, "subprocess_shell", /*shell=*/true, Value(kPipe));
  std::optional<std::string> cmd;
  if (args.pos[1].is_str()) cmd = args.pos[1].as_str();
  return Value(self_as<EventLoop>(self)
                   .subprocess_shell(protocol_factory(in, args.pos[0]), std::move(cmd), std::move(c.spec), c.options)
                   .object());
}

Value loop_subprocess_exec(Interpreter& in, const Value& self, CallArgs& args) {
  args.expect_positional("subprocess_exec", 2, SIZE_MAX);
  SubprocessCall c = subprocess_call(args, "subprocess_exec", /*shell=*/false, Value(kPipe));
  for (std::size_t i = 1; i < args.pos.size(); ++i) c.spec.argv.push_back(argv_item(args.pos[i], "subprocess_exec"));
  return Value(
      self_as<EventLoop>(self).subprocess_exec(protocol_factory(in, args.pos[0]), std::move(c.spec), c.options).object());
}

// kill(), terminate() and send_signal(sig) of a Process or its transport (T).
template <class T, int Signal>
Value signal_method(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional(Signal == SIGKILL ? "kill" : "terminate", 0, 0);
  self_as<T>(self).send_signal(Signal);
  return None;
}

template <class T>
Value send_signal_method(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("send_signal", 1, 1);
  self_as<T>(self).send_signal(static_cast<int>(index_arg(args.pos[0])));
  return None;
}

// --- asyncio.create_subprocess_exec/_shell and Process ---------------------------

/// limit=, which create_subprocess_* take beside the loop's arguments.
std::int64_t limit_arg(CallArgs& args, std::string_view fname) {
  std::optional<Value> limit = args.take_kw("limit");
  return limit ? language_int(*limit, std::string(fname) + "'s limit") : kDefaultStreamLimit;
}

Value a_create_subprocess_shell(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("create_subprocess_shell", 1, 1);
  const std::int64_t limit = limit_arg(args, "create_subprocess_shell");
  SubprocessCall c = subprocess_call(args, "create_subprocess_shell", /*shell=*/true, Value(None));
  std::optional<std::string> cmd;
  if (args.pos[0].is_str()) cmd = args.pos[0].as_str();
  return Value(create_subprocess_shell(std::move(cmd), std::move(c.spec), c.options, limit).object());
}

Value a_create_subprocess_exec(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("create_subprocess_exec", 1, SIZE_MAX);
  const std::int64_t limit = limit_arg(args, "create_subprocess_exec");
  SubprocessCall c = subprocess_call(args, "create_subprocess_exec", /*shell=*/false, Value(None));
  for (const Value& item : args.pos) c.spec.argv.push_back(argv_item(item, "create_subprocess_exec"));
  return Value(create_subprocess_exec(std::move(c.spec), c.options, limit).object());
}

Process& process(const Value& self) { return self_as<Process>(self); }

template <class T>
Value or_none(const std::shared_ptr<T>& p) {
  return p ? Value(p) : Value(None);
}

Value p_stdin(Interpreter&, const Value& self, CallArgs&) { return or_none(process(self).stdin_writer()); }
Value p_stdout(Interpreter&, const Value& self, CallArgs&) { return or_none(process(self).stdout_reader()); }
Value p_stderr(Interpreter&, const Value& self, CallArgs&) { return or_none(process(self).stderr_reader()); }
Value p_pid(Interpreter&, const Value& self, CallArgs&) { return Value(std::int64_t{process(self).pid()}); }
Value p_returncode(Interpreter&, const Value& self, CallArgs&) { return returncode_value(process(self).returncode()); }

Value p_wait(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("wait", 0, 0);
  return Value(process(self).wait().object());
}

Value p_communicate(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("communicate", 0, 1);
  Value input = args.arg(0, "input");
  args.no_keywords_left("communicate");
  std::optional<std::string> data;
  if (!input.is_none()) {
    auto b = input.as<Bytes>();
    if (!b) throw ScenarioError("Process.communicate takes bytes or None as input in the scenario language");
    data = b->data;
  }
  return Value(Process::communicate(self.as<Process>(), std::move(data)).object());
}

void bind_process() {
  TypeInfo& t = type_info("Process");
  t.define_property("stdin", p_stdin);
  t.define_property("stdout", p_stdout);
  t.define_property("stderr", p_stderr);
  t.define_property("pid", p_pid);
  t.define_property("returncode", p_returncode);
  t.define_method("wait", p_wait);
  t.define_method("communicate", p_communicate);
  t.define_method("kill", signal_method<Process, SIGKILL>);
  t.define_method("terminate", signal_method<Process, SIGTERM>);
  t.define_method("send_signal", send_signal_method<Process>);
  bind_model_class<Process>(t);
  bind_model_class<SubprocessStreamProtocol>(type_info("SubprocessStreamProtocol"));
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
  return returncode_value(transport(self).get_returncode());
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

void bind_subprocess_transport() {
  TypeInfo& t = type_info("_UnixSubprocessTransport");
  t.define_method("get_pipe_transport", st_get_pipe_transport);
  t.define_method("get_returncode", st_get_returncode);
  t.define_method("get_pid", st_get_pid);
  t.define_method("close", st_close);
  t.define_method("is_closing", st_is_closing);
  t.define_method("get_protocol", st_get_protocol);
  t.define_method("kill", signal_method<SubprocessTransport, SIGKILL>);
  t.define_method("terminate", signal_method<SubprocessTransport, SIGTERM>);
  t.define_method("send_signal", send_signal_method<SubprocessTransport>);
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
  bind_process();
  Value exec = native_function("create_subprocess_exec", a_create_subprocess_exec);
  Value shell = native_function("create_subprocess_shell", a_create_subprocess_shell);
  define_asyncio("create_subprocess_exec", exec);
  define_asyncio("create_subprocess_shell", shell);
  define_module_attr("asyncio.subprocess", "create_subprocess_exec", exec);
  define_module_attr("asyncio.subprocess", "create_subprocess_shell", shell);
}

}  // namespace loopspec::harness
