// Task factories: asyncio.Task itself, loop.set_task_factory and
// get_task_factory, and 3.12's eager_task_factory and
// create_eager_task_factory (docs/scenario-language.md#asyncio-surface).
#include "common/errors.hpp"
#include "interp/builtins/builtins.hpp"
#include "interp/context.hpp"
#include "interp/pyobjects.hpp"
#include "interp/pyops.hpp"
#include "loopspec/runtime.hpp"
#include "loopspec/tasks.hpp"

namespace loopspec::harness {
namespace {

bool has_eager_start() { return Runtime::current().python() >= PythonVersion::v3_12; }

/// Task's loop= : the given loop, else (as Future.__init__) the event loop.
EventLoop& task_loop(const Value& given) {
  if (given.is_none()) return *get_event_loop();
  return *object_arg<EventLoop>(given, "Task", "an event loop");
}

/// asyncio.Task(coro, *, loop=None, name=None, context=None, eager_start=False);
/// eager_start from 3.12 (before, an unexpected keyword).
Value a_task(Interpreter& in, const Value&, CallArgs& args) {
  args.expect_positional("Task", 1, 1);
  Value loop_arg = args.take_kw("loop").value_or(None);
  std::optional<Value> name = args.take_kw("name");
  NextTaskContext context(in, args.take_kw("context").value_or(None));
  bool eager = has_eager_start() && truthy(args.take_kw("eager_start").value_or(Value(false)));
  args.no_keywords_left("Task");
  EventLoop& loop = task_loop(loop_arg);
  Coro coro = coroutine_arg(args.pos[0]);
  std::optional<std::string> n = task_name_arg(name);
  if (eager && loop_arg.is_none()) {
    // 3.12.1's and 3.13.0's C Task asks the loop *argument* whether it runs,
    // after naming the task: an AttributeError, and a Task-N used up.
    if (!n) Runtime::current().next_task_number();
    raise(exc::AttributeError, "'NoneType' object has no attribute 'is_running'");
  }
  return Value(Task::create(loop, std::move(coro), std::move(n), eager));
}

/// The factory create_eager_task_factory(ctor) returns, as a partial of this
/// over `ctor`: factory(loop, coro, *, name=None, context=None) makes
/// ctor(coro, loop=loop, name=name, context=context, eager_start=True).
Value eager_factory(Interpreter& in, const Value&, CallArgs& args) {
  args.expect_positional("factory", 3, 3);
  Value name = args.take_kw("name").value_or(None);
  Value context = args.take_kw("context").value_or(None);
  args.no_keywords_left("factory");
  CallArgs ctor_args;
  ctor_args.pos = {args.pos[2]};
  ctor_args.kw = {{"loop", args.pos[1]}, {"name", name}, {"context", context}, {"eager_start", Value(true)}};
  return in.call(args.pos[0], ctor_args);
}

Value make_eager_factory(Value ctor) {
  static const Value fn = native_function("factory", eager_factory);
  return std::make_shared<PartialObject>(fn, std::vector<Value>{std::move(ctor)}, Keywords{});
}

Value a_create_eager_task_factory(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("create_eager_task_factory", 1, 1);
  args.no_keywords_left("create_eager_task_factory");
  return make_eager_factory(args.pos[0]);
}

/// Calls a scenario's task factory as loop.create_task does: factory(loop,
/// coro), plus context= only when create_task was given one.
TaskPtr call_task_factory(Interpreter& in, const Value& factory, EventLoop& loop, Coro coro) {
  CallArgs args;
  args.pos = {Value(shared(loop)), Value(coro.object())};
  if (ContextPtr given = in.contexts() ? in.contexts()->take_next_task() : nullptr)
    args.kw.emplace_back("context", Value(std::move(given)));
  Value made = in.call(factory, args);
  if (auto task = made.as<Task>()) return task;
  throw ScenarioError("the task factory returned " + loopspec::type_name(made) +
                      "; the scenario language supports factories that return an asyncio.Task");
}

Value loop_set_task_factory(Interpreter& in, const Value& self, CallArgs& args) {
  args.expect_positional("set_task_factory", 1, 1);
  args.no_keywords_left("set_task_factory");
  Value factory = args.pos[0];
  auto& loop = self_as<EventLoop>(self);
  if (factory.is_none()) {
    loop.set_task_factory(nullptr, None);
    return None;
  }
  if (!in.is_callable(factory)) raise(exc::TypeError, "task factory must be a callable or None");
  Interpreter* interp = &in;
  loop.set_task_factory(
      [interp, factory](EventLoop& l, Coro coro) { return call_task_factory(*interp, factory, l, std::move(coro)); },
      factory);
  return None;
}

Value loop_get_task_factory(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("get_task_factory", 0, 0);
  return self_as<EventLoop>(self).get_task_factory();
}

}  // namespace

void bind_task_factories() {
  Value task = native_function("Task", a_task);
  define_asyncio("Task", task);
  define_asyncio("eager_task_factory", make_eager_factory(task), PythonVersion::v3_12);
  define_asyncio("create_eager_task_factory", native_function("create_eager_task_factory", a_create_eager_task_factory),
                 PythonVersion::v3_12);
  TypeInfo& loop = type_info("EventLoop");
  loop.define_method("set_task_factory", loop_set_task_factory);
  loop.define_method("get_task_factory", loop_get_task_factory);
}

}  // namespace loopspec::harness
