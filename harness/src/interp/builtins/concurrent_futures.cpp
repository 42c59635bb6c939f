// `import concurrent.futures`: concurrent.futures.Future and its exception
// classes, and asyncio's bridges to it, asyncio.wrap_future and
// asyncio.run_coroutine_threadsafe (docs/scenario-language.md#concurrent-futures).
#include "common/errors.hpp"
#include "interp/builtins/builtins.hpp"
#include "interp/pyobjects.hpp"
#include "loopspec/future_bridge.hpp"

namespace loopspec::harness {
namespace {

ConcurrentFuture& cf(const Value& self) { return self_as<ConcurrentFuture>(self); }

Value cf_new(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("Future", 0, 0);
  args.no_keywords_left("Future");
  return Value(std::make_shared<ConcurrentFuture>());
}

Value cf_cancel(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("cancel", 0, 0);
  args.no_keywords_left("cancel");
  return cf(self).cancel();
}

Value cf_cancelled(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("cancelled", 0, 0);
  return cf(self).cancelled();
}

Value cf_running(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("running", 0, 0);
  return cf(self).running();
}

Value cf_done(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("done", 0, 0);
  return cf(self).done();
}

/// result()'s and exception()'s timeout=: None waits for ever, a number
/// that long. Another value fails in CPython only when the wait starts; the
/// scenario language takes numbers and None.
std::optional<double> timeout_arg(CallArgs& args, std::string_view fname) {
  args.expect_positional(fname, 0, 1);
  Value timeout = args.arg(0, "timeout");
  args.no_keywords_left(fname);
  if (timeout.is_none()) return std::nullopt;
  if (!is_number(timeout)) throw ScenarioError(std::string(fname) + "(timeout=) takes a number or None in the scenario language");
  return as_double(timeout);
}

Value cf_result(Interpreter&, const Value& self, CallArgs& args) {
  return cf(self).result(timeout_arg(args, "result"));
}

Value cf_exception(Interpreter&, const Value& self, CallArgs& args) {
  ExceptionPtr e = cf(self).exception(timeout_arg(args, "exception"));
  return e ? Value(e) : Value(None);
}

Value cf_add_done_callback(Interpreter& in, const Value& self, CallArgs& args) {
  args.expect_positional("add_done_callback", 1, 1);
  args.no_keywords_left("add_done_callback");
  Value fn = args.pos[0];
  Interpreter* interp = &in;
  // Called at once, in the thread (and context) that completes the future.
  cf(self).add_done_callback([interp, fn](const ConcurrentFuturePtr& f) {
    CallArgs a;
    a.pos = {Value(f)};
    interp->call(fn, a);
  });
  return None;
}

Value cf_set_running_or_notify_cancel(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("set_running_or_notify_cancel", 0, 0);
  return cf(self).set_running_or_notify_cancel();
}

Value cf_set_result(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("set_result", 1, 1);
  Value result = args.arg(0, "result");
  args.no_keywords_left("set_result");
  cf(self).set_result(std::move(result));
  return None;
}

Value cf_set_exception(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("set_exception", 1, 1);
  Value exception = args.arg(0, "exception");
  args.no_keywords_left("set_exception");
  // CPython keeps whatever it is given and raises it from result(); the
  // scenario language keeps exceptions only (a class would be raised anew each time).
  auto e = exception.as<ExceptionObject>();
  if (!e) throw ScenarioError("concurrent.futures.Future.set_exception takes an exception instance in the scenario language");
  cf(self).set_exception(std::move(e));
  return None;
}

Value a_wrap_future(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("wrap_future", 1, 1);
  Value future = args.arg(0, "future");
  Value loop = args.take_kw("loop").value_or(None);
  args.no_keywords_left("wrap_future");
  return Value(wrap_future(future, loop.is_none() ? nullptr : object_arg<EventLoop>(loop, "wrap_future", "an event loop").get()));
}

Value a_run_coroutine_threadsafe(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("run_coroutine_threadsafe", 2, 2);
  Value coro = args.arg(0, "coro");
  Value loop = args.arg(1, "loop");
  args.no_keywords_left("run_coroutine_threadsafe");
  return Value(run_coroutine_threadsafe(coro, loop));
}

}  // namespace

void bind_concurrent_futures() {
  define_builtin("concurrent", Value(std::make_shared<ModuleObject>("concurrent")));
  define_module_attr("concurrent", "futures", Value(std::make_shared<ModuleObject>("concurrent.futures")));
  define_module_attr("concurrent.futures", "Future", native_function("Future", cf_new));
  define_module_attr("concurrent.futures", "CancelledError", exception_class_value(exc::concurrent::CancelledError));
  define_module_attr("concurrent.futures", "InvalidStateError", exception_class_value(exc::concurrent::InvalidStateError));
  // An alias of the builtin since 3.11.
  define_module_attr("concurrent.futures", "TimeoutError", exception_class_value(exc::TimeoutError));

  TypeInfo& t = type_info("concurrent.futures.Future");
  t.define_method("cancel", cf_cancel);
  t.define_method("cancelled", cf_cancelled);
  t.define_method("running", cf_running);
  t.define_method("done", cf_done);
  t.define_method("result", cf_result);
  t.define_method("exception", cf_exception);
  t.define_method("add_done_callback", cf_add_done_callback);
  t.define_method("set_running_or_notify_cancel", cf_set_running_or_notify_cancel);
  t.define_method("set_result", cf_set_result);
  t.define_method("set_exception", cf_set_exception);
  bind_model_class<ConcurrentFuture>(t);

  define_asyncio("wrap_future", native_function("wrap_future", a_wrap_future));
  define_asyncio("run_coroutine_threadsafe", native_function("run_coroutine_threadsafe", a_run_coroutine_threadsafe));
}

}  // namespace loopspec::harness
