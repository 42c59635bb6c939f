// Event loop methods (docs/scenario-language.md#asyncio-surface), bound to the EventLoop interface
// so every implementation's loop class finds them.
#include "common/errors.hpp"
#include "interp/builtins/builtins.hpp"
#include "interp/context.hpp"
#include "interp/pyops.hpp"
#include "loopspec/signals.hpp"

namespace loopspec::harness {
namespace {

EventLoop& loop_of(const Value& self) { return self_as<EventLoop>(self); }

/// asyncio.iscoroutinefunction, as far as the scenario language goes: an
/// `async def`, also behind functools.partial.
bool is_coroutine_function(const Value& v) {
  if (auto p = v.as<PartialObject>()) return is_coroutine_function(p->func);
  auto f = v.as<FunctionObject>();
  return f && f->fn->is_async;
}

/// BaseEventLoop._check_callback, which a loop in debug mode makes where a
/// callback is scheduled (`method` is the one CPython names).
void check_callback(Interpreter& in, const EventLoop& loop, const Value& callback, std::string_view method) {
  if (!loop.get_debug()) return;
  if (callback.as<CoroutineObject>() || is_coroutine_function(callback))
    raise(exc::TypeError, "coroutines cannot be used with " + std::string(method) + "()");
  if (!in.is_callable(callback))
    raise(exc::TypeError, "a callable object was expected by " + std::string(method) + "(), got " + py_repr(callback));
}

/// The callback and its positional arguments: args.pos[first], args.pos[first+1:].
Callback callback_from(Interpreter& in, CallArgs& args, std::size_t first, std::string_view fname) {
  Value context = args.take_kw("context").value_or(None);
  args.no_keywords_left(fname);
  std::vector<Value> rest(std::make_move_iterator(args.pos.begin() + static_cast<std::ptrdiff_t>(first) + 1),
                          std::make_move_iterator(args.pos.end()));
  return in.make_callback(args.pos[first], std::move(rest), context);
}

/// The handle's Python `_callback` and `_args`, as TimerHandle's `==` compares them.
Value callback_value(const CallArgs& args, std::size_t first) {
  std::vector<Value> rest(args.pos.begin() + static_cast<std::ptrdiff_t>(first) + 1, args.pos.end());
  return std::make_shared<Tuple>(std::vector<Value>{args.pos[first], std::make_shared<Tuple>(std::move(rest))});
}

template <class H>
Value with_callback_value(Interpreter& in, std::shared_ptr<H> h, Value callback) {
  in.track(h);
  if (!h->cancelled()) h->callback_value = std::move(callback);
  return h;
}

Value loop_call_soon(Interpreter& in, const Value& self, CallArgs& args) {
  args.expect_positional("call_soon", 1, SIZE_MAX);
  check_callback(in, loop_of(self), args.pos[0], "call_soon");
  Value cb = callback_value(args, 0);
  return with_callback_value(in, loop_of(self).call_soon(callback_from(in, args, 0, "call_soon")), std::move(cb));
}

Value loop_call_soon_threadsafe(Interpreter& in, const Value& self, CallArgs& args) {
  args.expect_positional("call_soon_threadsafe", 1, SIZE_MAX);
  check_callback(in, loop_of(self), args.pos[0], "call_soon_threadsafe");
  HandlePtr h = loop_of(self).call_soon_threadsafe(callback_from(in, args, 0, "call_soon_threadsafe"));
  in.track(h);
  return h;
}

/// unix_events._check_signal: an int that names a signal of the system.
int signal_arg(const Value& sig) {
  if (!sig.is_int()) raise(exc::TypeError, "sig must be an int, not " + py_repr(sig));
  std::int64_t n = sig.as_int();
  if (!ProcessSignals::valid(static_cast<int>(n)) || n != static_cast<int>(n)) {
    raise(exc::ValueError, "invalid signal number " + std::to_string(n));
  }
  return static_cast<int>(n);
}

Value loop_add_signal_handler(Interpreter& in, const Value& self, CallArgs& args) {
  args.expect_positional("add_signal_handler", 2, SIZE_MAX);
  args.no_keywords_left("add_signal_handler");
  const Value& callback = args.pos[1];
  // Checked always, not only in debug mode as call_soon's check is.
  if (callback.as<CoroutineObject>() || is_coroutine_function(callback)) {
    raise(exc::TypeError, "coroutines cannot be used with add_signal_handler()");
  }
  int sig = signal_arg(args.pos[0]);
  Value cb = callback_value(args, 1);
  std::vector<Value> rest(args.pos.begin() + 2, args.pos.end());
  with_callback_value(in, loop_of(self).add_signal_handler(sig, in.make_callback(callback, std::move(rest), None)),
                      std::move(cb));
  return None;
}

Value loop_remove_signal_handler(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("remove_signal_handler", 1, 1);
  args.no_keywords_left("remove_signal_handler");
  return loop_of(self).remove_signal_handler(signal_arg(args.pos[0]));
}

/// The delay of call_later, with Python's errors (it computes `time() + delay`).
double delay_arg(const Value& delay) {
  if (delay.is_none()) raise(exc::TypeError, "delay must not be None");
  if (is_number(delay)) return as_double(delay);
  raise(exc::TypeError, "unsupported operand type(s) for +: 'float' and '" + loopspec::type_name(delay) + "'");
}

Value loop_call_later(Interpreter& in, const Value& self, CallArgs& args) {
  args.expect_positional("call_later", 2, SIZE_MAX);
  double delay = delay_arg(args.pos[0]);
  check_callback(in, loop_of(self), args.pos[1], "call_at");  // call_later is call_at(time() + delay)
  Value cb = callback_value(args, 1);
  return with_callback_value(in, loop_of(self).call_later(delay, callback_from(in, args, 1, "call_later")), std::move(cb));
}

Value loop_call_at(Interpreter& in, const Value& self, CallArgs& args) {
  args.expect_positional("call_at", 2, SIZE_MAX);
  if (args.pos[0].is_none()) raise(exc::TypeError, "when cannot be None");
  check_callback(in, loop_of(self), args.pos[1], "call_at");
  Value cb = callback_value(args, 1);
  return with_callback_value(in, loop_of(self).call_at_number(args.pos[0], callback_from(in, args, 1, "call_at")),
                             std::move(cb));
}

Value loop_time(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("time", 0, 0);
  return loop_of(self).time();
}

Value loop_create_future(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("create_future", 0, 0);
  return loop_of(self).create_future();
}

Value loop_create_task(Interpreter& in, const Value& self, CallArgs& args) {
  args.expect_positional("create_task", 1, 1);
  std::optional<Value> name = args.take_kw("name");
  NextTaskContext context(in, args.take_kw("context").value_or(None));
  args.no_keywords_left("create_task");
  EventLoop& loop = loop_of(self);
  // CPython checks the loop first, then the coroutine (Task.__init__).
  if (loop.is_closed()) raise(exc::RuntimeError, "Event loop is closed");
  Coro coro = coroutine_arg(args.pos[0]);
  std::optional<std::string> n = task_name_arg(name);
  return loop.create_task(std::move(coro), std::move(n));
}

Value loop_run_until_complete(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("run_until_complete", 1, 1);
  args.no_keywords_left("run_until_complete");
  return loop_of(self).run_until_complete(args.pos[0]);
}

Value loop_run_forever(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("run_forever", 0, 0);
  loop_of(self).run_forever();
  return None;
}

Value loop_stop(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("stop", 0, 0);
  loop_of(self).stop();
  return None;
}

Value loop_close(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("close", 0, 0);
  loop_of(self).close();
  return None;
}

Value loop_is_running(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("is_running", 0, 0);
  return loop_of(self).is_running();
}

Value loop_is_closed(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("is_closed", 0, 0);
  return loop_of(self).is_closed();
}

Value loop_set_exception_handler(Interpreter& in, const Value& self, CallArgs& args) {
  args.expect_positional("set_exception_handler", 1, 1);
  args.no_keywords_left("set_exception_handler");
  const Value& handler = args.pos[0];
  EventLoop& loop = loop_of(self);
  if (handler.is_none()) {
    loop.clear_exception_handler();
    return None;
  }
  if (!in.is_callable(handler)) {
    raise(exc::TypeError, "A callable object or None is expected, got " + py_repr(handler));
  }
  Interpreter* interp = &in;
  loop.set_exception_handler(
      [interp, handler](EventLoop& l, const DictPtr& context) {
        interp->step();
        CallArgs a;
        a.pos = {Value(shared(l)), Value(context)};
        interp->call(handler, a);
      },
      handler);
  return None;
}

Value loop_get_exception_handler(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("get_exception_handler", 0, 0);
  return loop_of(self).get_exception_handler();
}

DictPtr context_arg(const Value& v, std::string_view fname) {
  auto d = v.as<Dict>();
  if (!d) raise(exc::TypeError, std::string(fname) + "() argument must be dict, not " + loopspec::type_name(v));
  return d;
}

Value loop_default_exception_handler(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("default_exception_handler", 1, 1);
  loop_of(self).default_exception_handler(context_arg(args.pos[0], "default_exception_handler"));
  return None;
}

Value loop_call_exception_handler(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("call_exception_handler", 1, 1);
  loop_of(self).call_exception_handler(context_arg(args.pos[0], "call_exception_handler"));
  return None;
}

Value loop_shutdown_asyncgens(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("shutdown_asyncgens", 0, 0);
  return Value(loop_of(self).shutdown_asyncgens().object());
}

Value loop_shutdown_default_executor(Interpreter&, const Value& self, CallArgs& args) {
  // 3.12 added the `timeout` parameter.
  const bool takes_timeout = Runtime::current().python() >= PythonVersion::v3_12;
  args.expect_positional("shutdown_default_executor", 0, takes_timeout ? 1 : 0);
  Value timeout = takes_timeout ? args.arg(0, "timeout") : Value(None);
  args.no_keywords_left("shutdown_default_executor");
  return Value(loop_of(self).shutdown_default_executor(std::move(timeout)).object());
}

/// The executor argument of run_in_executor and set_default_executor.
ThreadPoolExecutorPtr executor_arg(const Value& v, std::string_view method) {
  if (auto e = v.as<ThreadPoolExecutor>()) return e;
  throw ScenarioError(std::string(method) + " takes a concurrent.futures.ThreadPoolExecutor in the scenario language");
}

Value loop_run_in_executor(Interpreter& in, const Value& self, CallArgs& args) {
  args.expect_positional("run_in_executor", 2, SIZE_MAX);
  args.no_keywords_left("run_in_executor");
  EventLoop& loop = loop_of(self);
  if (loop.is_closed()) raise(exc::RuntimeError, "Event loop is closed");
  check_callback(in, loop, args.pos[1], "run_in_executor");
  ThreadPoolExecutorPtr executor = args.pos[0].is_none() ? nullptr : executor_arg(args.pos[0], "run_in_executor");
  args.pos.erase(args.pos.begin());
  return Value(loop.run_in_executor(std::move(executor), make_job(in, std::move(args), nullptr)));
}

Value loop_set_default_executor(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("set_default_executor", 1, 1);
  args.no_keywords_left("set_default_executor");
  auto executor = args.pos[0].as<ThreadPoolExecutor>();
  if (!executor) raise(exc::TypeError, "executor must be ThreadPoolExecutor instance");
  loop_of(self).set_default_executor(std::move(executor));
  return None;
}

/// A descriptor as selectors take one: an int, or an object's fileno().
int fd_arg(const Value& v) {
  if (auto s = v.as<Socket>()) return s->fileno();
  if (v.is_int() && !v.is_bool()) return static_cast<int>(v.as_int());
  raise(exc::ValueError, "Invalid file object: " + py_repr(v));
}

Value loop_add_reader(Interpreter& in, const Value& self, CallArgs& args) {
  args.expect_positional("add_reader", 2, SIZE_MAX);
  int fd = fd_arg(args.pos[0]);
  loop_of(self).ensure_fd_no_transport(fd, args.pos[0]);
  loop_of(self).add_reader(fd, callback_from(in, args, 1, "add_reader"));
  return None;
}

Value loop_remove_reader(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("remove_reader", 1, 1);
  int fd = fd_arg(args.pos[0]);
  loop_of(self).ensure_fd_no_transport(fd, args.pos[0]);
  return loop_of(self).remove_reader(fd);
}

Value loop_add_writer(Interpreter& in, const Value& self, CallArgs& args) {
  args.expect_positional("add_writer", 2, SIZE_MAX);
  int fd = fd_arg(args.pos[0]);
  loop_of(self).ensure_fd_no_transport(fd, args.pos[0]);
  loop_of(self).add_writer(fd, callback_from(in, args, 1, "add_writer"));
  return None;
}

Value loop_remove_writer(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("remove_writer", 1, 1);
  int fd = fd_arg(args.pos[0]);
  loop_of(self).ensure_fd_no_transport(fd, args.pos[0]);
  return loop_of(self).remove_writer(fd);
}

Value loop_sock_recv(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("sock_recv", 2, 2);
  args.no_keywords_left("sock_recv");
  std::int64_t n = index_arg(args.pos[1]);
  if (n < 0) throw ScenarioError("sock_recv takes a non-negative size in the scenario language");
  return Value(loop_of(self).sock_recv(socket_arg(args.pos[0], "sock_recv"), static_cast<std::size_t>(n)).object());
}

Value loop_sock_sendall(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("sock_sendall", 2, 2);
  args.no_keywords_left("sock_sendall");
  auto data = args.pos[1].as<Bytes>();
  if (!data) throw ScenarioError("sock_sendall takes bytes in the scenario language");
  return Value(loop_of(self).sock_sendall(socket_arg(args.pos[0], "sock_sendall"), data->data).object());
}

Value loop_get_debug(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("get_debug", 0, 0);
  return loop_of(self).get_debug();
}

Value loop_set_debug(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("set_debug", 1, 1);
  loop_of(self).set_debug(debug_flag(args.pos[0], "set_debug()"));
  return None;
}

}  // namespace

void bind_loop() {
  TypeInfo& t = type_info("EventLoop");
  t.define_method("call_soon", loop_call_soon);
  t.define_method("call_soon_threadsafe", loop_call_soon_threadsafe);
  t.define_method("call_later", loop_call_later);
  t.define_method("call_at", loop_call_at);
  t.define_method("time", loop_time);
  t.define_method("create_future", loop_create_future);
  t.define_method("create_task", loop_create_task);
  t.define_method("run_until_complete", loop_run_until_complete);
  t.define_method("run_forever", loop_run_forever);
  t.define_method("stop", loop_stop);
  t.define_method("close", loop_close);
  t.define_method("is_running", loop_is_running);
  t.define_method("is_closed", loop_is_closed);
  t.define_method("set_exception_handler", loop_set_exception_handler);
  t.define_method("get_exception_handler", loop_get_exception_handler);
  t.define_method("default_exception_handler", loop_default_exception_handler);
  t.define_method("call_exception_handler", loop_call_exception_handler);
  t.define_method("shutdown_asyncgens", loop_shutdown_asyncgens);
  t.define_method("shutdown_default_executor", loop_shutdown_default_executor);
  t.define_method("run_in_executor", loop_run_in_executor);
  t.define_method("add_reader", loop_add_reader);
  t.define_method("remove_reader", loop_remove_reader);
  t.define_method("add_writer", loop_add_writer);
  t.define_method("remove_writer", loop_remove_writer);
  t.define_method("sock_recv", loop_sock_recv);
  t.define_method("sock_sendall", loop_sock_sendall);
  t.define_method("set_default_executor", loop_set_default_executor);
  t.define_method("add_signal_handler", loop_add_signal_handler);
  t.define_method("remove_signal_handler", loop_remove_signal_handler);
  t.define_method("get_debug", loop_get_debug);
  t.define_method("set_debug", loop_set_debug);
  bind_model_class<EventLoop>(t);
}

}  // namespace loopspec::harness
