// asyncio module functions and constants (docs/scenario-language.md#asyncio-surface).
//
// shield wait_for wait as_completed timeout timeout_at TaskGroup are in
// builtins_structured.cpp; the synchronisation and queue classes in
// builtins_sync.cpp and builtins_queues.cpp.
#include "interp/builtins/builtins.hpp"
#include "interp/context.hpp"
#include "interp/pyops.hpp"
#include "loopspec/runtime.hpp"
#include "loopspec/tasks.hpp"

namespace loopspec::harness {
namespace {

/// The optional `loop=` of current_task/all_tasks/ensure_future.
EventLoop* loop_arg(const Value& v, std::string_view fname) {
  if (v.is_none()) return nullptr;
  return object_arg<EventLoop>(v, fname, "an event loop").get();
}

Value a_sleep(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("sleep", 1, 2);
  Value delay = args.arg(0, "delay");
  Value result = args.arg(1, "result");
  args.no_keywords_left("sleep");
  if (!is_number(delay)) {
    raise(exc::TypeError, "'<=' not supported between instances of '" + loopspec::type_name(delay) + "' and 'int'");
  }
  return Value(sleep(as_double(delay), std::move(result)).object());
}

Value a_create_task(Interpreter& in, const Value&, CallArgs& args) {
  args.expect_positional("create_task", 1, 1);
  std::optional<Value> name = args.take_kw("name");
  NextTaskContext context(in, args.take_kw("context").value_or(None));
  args.no_keywords_left("create_task");
  EventLoop& loop = get_running_loop();  // RuntimeError first, as in CPython
  if (loop.is_closed()) raise(exc::RuntimeError, "Event loop is closed");
  Coro coro = coroutine_arg(args.pos[0]);
  std::optional<std::string> n = task_name_arg(name);
  return create_task(std::move(coro), std::move(n));
}

Value a_gather(Interpreter& in, const Value&, CallArgs& args) {
  bool return_exceptions = truthy(args.take_kw("return_exceptions").value_or(Value(false)));
  args.no_keywords_left("gather");
  const auto& own = in.options().overrides.gather;
  return own ? own(args.pos, return_exceptions) : gather(args.pos, return_exceptions);
}

Value a_current_task(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("current_task", 0, 1);
  EventLoop* loop = loop_arg(args.arg(0, "loop"), "current_task");
  args.no_keywords_left("current_task");
  TaskPtr t = current_task(loop);
  return t ? Value(t) : Value(None);
}

Value a_all_tasks(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("all_tasks", 0, 1);
  EventLoop* loop = loop_arg(args.arg(0, "loop"), "all_tasks");
  args.no_keywords_left("all_tasks");
  auto set = std::make_shared<Set>();
  for (auto& t : all_tasks(loop)) set->items.emplace_back(std::move(t));
  return set;
}

Value a_get_running_loop(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("get_running_loop", 0, 0);
  return Value(shared(get_running_loop()));
}

Value a_get_event_loop(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("get_event_loop", 0, 0);
  return Value(get_event_loop());
}

Value a_new_event_loop(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("new_event_loop", 0, 0);
  return Value(new_event_loop());
}

Value a_set_event_loop(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("set_event_loop", 1, 1);
  const Value& v = args.pos[0];
  if (v.is_none()) {
    set_event_loop(nullptr);
    return None;
  }
  auto loop = v.as<EventLoop>();
  // BaseDefaultEventLoopPolicy.set_event_loop's check, in its words.
  if (!loop) {
    raise(exc::TypeError,
          "loop must be an instance of AbstractEventLoop or None, not '" + loopspec::type_name(v) + "'");
  }
  set_event_loop(loop);
  return None;
}

Value a_ensure_future(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("ensure_future", 1, 1);
  EventLoop* loop = loop_arg(args.take_kw("loop").value_or(Value(None)), "ensure_future");
  args.no_keywords_left("ensure_future");
  return Value(ensure_future(args.pos[0], loop));
}

}  // namespace

void bind_module_functions() {
  define_asyncio("sleep", native_function("sleep", a_sleep));
  define_asyncio("create_task", native_function("create_task", a_create_task));
  define_asyncio("gather", native_function("gather", a_gather));
  define_asyncio("current_task", native_function("current_task", a_current_task));
  define_asyncio("all_tasks", native_function("all_tasks", a_all_tasks));
  define_asyncio("get_running_loop", native_function("get_running_loop", a_get_running_loop));
  define_asyncio("get_event_loop", native_function("get_event_loop", a_get_event_loop));
  define_asyncio("new_event_loop", native_function("new_event_loop", a_new_event_loop));
  define_asyncio("set_event_loop", native_function("set_event_loop", a_set_event_loop));
  define_asyncio("ensure_future", native_function("ensure_future", a_ensure_future));
  // concurrent.futures' constants, as asyncio re-exports them.
  define_asyncio("FIRST_COMPLETED", Value("FIRST_COMPLETED"));
  define_asyncio("FIRST_EXCEPTION", Value("FIRST_EXCEPTION"));
  define_asyncio("ALL_COMPLETED", Value("ALL_COMPLETED"));
}

}  // namespace loopspec::harness
