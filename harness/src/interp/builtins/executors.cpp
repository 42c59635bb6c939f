// Threads and executors (docs/outside-world.md#threads):
// concurrent.futures.ThreadPoolExecutor, asyncio.to_thread, and the jobs
// they run: scenario functions called on the runtime's virtual threads.
#include "common/errors.hpp"
#include "interp/builtins/builtins.hpp"
#include "interp/context.hpp"
#include "interp/pyobjects.hpp"
#include "loopspec/executor.hpp"
#include "loopspec/runtime.hpp"

namespace loopspec::harness {

ThreadPoolExecutor::Job make_job(Interpreter& in, CallArgs call, ContextPtr context) {
  if (call.pos.empty()) throw ScenarioError("internal: a job without a function");
  Interpreter* interp = &in;
  return [interp, call = std::move(call), context = std::move(context)]() mutable {
    CallArgs args;
    args.pos.assign(call.pos.begin() + 1, call.pos.end());
    args.kw = call.kw;
    if (!context) return interp->call(call.pos[0], args);
    // to_thread's functools.partial(ctx.run, func, ...): the job runs in the copied context.
    ContextState::Entered entered(*interp->contexts(), context);
    return interp->call(call.pos[0], args);
  };
}

namespace {

ThreadPoolExecutor& executor(const Value& self) { return self_as<ThreadPoolExecutor>(self); }

Value tpe_new(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("ThreadPoolExecutor", 0, 2);
  Value max_workers = args.arg(0, "max_workers");
  args.arg(1, "thread_name_prefix");  // names threads, which no scenario observes
  args.no_keywords_left("ThreadPoolExecutor");
  if (max_workers.is_none()) return Value(std::make_shared<ThreadPoolExecutor>());
  if (!max_workers.is_int()) throw ScenarioError("ThreadPoolExecutor(max_workers=) takes an int or None in the scenario language");
  return Value(std::make_shared<ThreadPoolExecutor>(static_cast<int>(max_workers.as_int())));
}

Value tpe_submit(Interpreter& in, const Value& self, CallArgs& args) {
  args.expect_positional("submit", 1, SIZE_MAX);
  return Value(executor(self).submit(make_job(in, std::move(args), nullptr)));
}

Value tpe_shutdown(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("shutdown", 0, 1);
  Value wait = args.arg(0, "wait", true);
  if (Value cancel = args.take_kw("cancel_futures").value_or(false); truthy(cancel)) {
    throw ScenarioError("shutdown(cancel_futures=True) is not supported yet");
  }
  args.no_keywords_left("shutdown");
  executor(self).shutdown(truthy(wait));
  return None;
}

Value tpe_enter(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("__enter__", 0, 0);
  return self;
}

Value tpe_exit(Interpreter&, const Value& self, CallArgs&) {
  executor(self).shutdown(/*wait=*/true);
  return false;
}

/// asyncio.to_thread's body: the context is copied when the coroutine
/// starts, in the caller's task.
Coro to_thread(Interpreter& in, CallArgs call) {
  EventLoop& loop = get_running_loop();
  // A program that uses no contextvars keeps no contexts: nothing to copy.
  ContextState* contexts = in.contexts();
  ContextPtr copy = contexts ? contexts->make(contexts->current()->vars) : nullptr;
  ThreadPoolExecutor::Job job = make_job(in, std::move(call), std::move(copy));
  FuturePtr done = loop.run_in_executor(nullptr, std::move(job));
  Value result = co_await done;
  co_return result;
}

Value a_to_thread(Interpreter& in, const Value&, CallArgs& args) {
  args.expect_positional("to_thread", 1, SIZE_MAX);
  return Value(to_thread(in, std::move(args)).object());
}

}  // namespace

void bind_executors() {
  define_module_attr("concurrent.futures", "ThreadPoolExecutor", native_function("ThreadPoolExecutor", tpe_new));
  TypeInfo& t = type_info("concurrent.futures.ThreadPoolExecutor");
  t.define_method("submit", tpe_submit);
  t.define_method("shutdown", tpe_shutdown);
  t.define_method("__enter__", tpe_enter);
  t.define_method("__exit__", tpe_exit);
  bind_model_class<ThreadPoolExecutor>(t);
  define_asyncio("to_thread", native_function("to_thread", a_to_thread));
}

}  // namespace loopspec::harness
