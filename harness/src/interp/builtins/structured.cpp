// Structured waiting (docs/scenario-language.md#asyncio-surface): shield, wait_for, wait,
// as_completed, timeout, timeout_at (asyncio.Timeout) and TaskGroup.
#include <algorithm>

#include "interp/builtins/async_with.hpp"
#include "interp/context.hpp"
#include "interp/pyops.hpp"
#include "loopspec/runtime.hpp"
#include "loopspec/taskgroups.hpp"
#include "loopspec/timeouts.hpp"
#include "loopspec/wait.hpp"

namespace loopspec::harness {
namespace {

/// None or a number (an int stays an int: Timeout.when() gives it back as is).
Value optional_number_arg(const Value& v, std::string_view what) {
  if (!v.is_none()) to_double(v, what);  // TypeError for anything else
  return v;
}

// --- shield, wait_for, wait, as_completed -------------------------------------

Value a_shield(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("shield", 1, 1);
  args.no_keywords_left("shield");
  return Value(shield(args.pos[0]));
}

Value a_wait_for(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("wait_for", 1, 2);
  Value fut = args.arg(0, "fut");
  if (args.pos.size() < 2 && !std::any_of(args.kw.begin(), args.kw.end(), [](const auto& kv) { return kv.first == "timeout"; })) {
    raise(exc::TypeError, "wait_for() missing 1 required positional argument: 'timeout'");
  }
  Value timeout = optional_number_arg(args.arg(1, "timeout"), "timeout");
  args.no_keywords_left("wait_for");
  return coroutine_value(wait_for(std::move(fut), std::move(timeout)), "wait_for");
}

Value a_wait(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("wait", 1, 1);
  Value timeout = optional_number_arg(args.take_kw("timeout").value_or(Value(None)), "timeout");
  Value return_when = args.take_kw("return_when").value_or(Value(ALL_COMPLETED));
  args.no_keywords_left("wait");
  return coroutine_value(wait(args.pos[0], std::move(timeout), std::move(return_when)), "wait");
}

/// as_completed(fs, *, timeout=None): the iterator, whose set-up has run. Up
/// to 3.12 CPython's is a generator that sets up at its first next(); the
/// scenario language only iterates it in a `for`, which calls it right as the
/// loop starts, so the moment is the same.
Value a_as_completed(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("as_completed", 1, 1);
  Value timeout = optional_number_arg(args.take_kw("timeout").value_or(Value(None)), "timeout");
  args.no_keywords_left("as_completed");
  return Value(as_completed(args.pos[0], std::move(timeout)));
}

AsCompleted& ac(const Value& self) { return self_as<AsCompleted>(self); }

Value ac_iter(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("__iter__", 0, 0);
  return self;
}

/// __next__: StopIteration once every awaitable was handed out.
Value ac_next(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("__next__", 0, 0);
  std::optional<Coro> c = ac(self).next();
  if (!c) raise(exc::StopIteration);
  const bool iterator = Runtime::current().python() >= PythonVersion::v3_13;  // else a generator's closure
  return coroutine_value(std::move(*c), iterator ? "_AsCompletedIterator._wait_for_one" : "as_completed.<locals>._wait_for_one");
}

Value ac_anext(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("__anext__", 0, 0);
  return coroutine_value(ac(self).anext(), "_AsCompletedIterator.__anext__");
}

// --- timeout, timeout_at, Timeout -----------------------------------------------

Timeout& tm(const Value& self) { return self_as<Timeout>(self); }

Value a_timeout(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("timeout", 1, 1);
  Value delay = optional_number_arg(args.arg(0, "delay"), "delay");
  args.no_keywords_left("timeout");
  return Value(timeout(delay));
}

Value a_timeout_at(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("timeout_at", 1, 1);
  Value when = optional_number_arg(args.arg(0, "when"), "when");
  args.no_keywords_left("timeout_at");
  return Value(timeout_at(when));
}

Value tm_when(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("when", 0, 0);
  return tm(self).when();
}

Value tm_reschedule(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("reschedule", 1, 1);
  tm(self).reschedule(optional_number_arg(args.pos[0], "when"));
  return None;
}

Value tm_expired(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("expired", 0, 0);
  return tm(self).expired();
}

// --- TaskGroup ----------------------------------------------------------------

TaskGroup& tg(const Value& self) { return self_as<TaskGroup>(self); }

Value a_task_group(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("TaskGroup", 0, 0);
  args.no_keywords_left("TaskGroup");
  return std::make_shared<TaskGroup>();
}

Value tg_create_task(Interpreter& in, const Value& self, CallArgs& args) {
  args.expect_positional("create_task", 1, 1);
  std::optional<Value> name = args.take_kw("name");
  NextTaskContext context(in, args.take_kw("context").value_or(None));
  args.no_keywords_left("create_task");
  Coro coro = coroutine_arg(args.pos[0]);
  std::optional<std::string> n = task_name_arg(name);
  return Value(tg(self).create_task(std::move(coro), std::move(n)));
}

}  // namespace

void bind_structured() {
  define_asyncio("shield", native_function("shield", a_shield));
  define_asyncio("wait_for", native_function("wait_for", a_wait_for));
  define_asyncio("wait", native_function("wait", a_wait));
  define_asyncio("as_completed", native_function("as_completed", a_as_completed));
  // Every version iterates it; async iteration is 3.13's addition, gated by version.
  TypeInfo& it = type_info("_AsCompletedIterator");
  it.define_method("__iter__", ac_iter);
  it.define_method("__next__", ac_next);
  it.define_method("__aiter__", ac_iter, PythonVersion::v3_13);
  it.define_method("__anext__", ac_anext, PythonVersion::v3_13);
  bind_model_class<AsCompleted>(it);

  define_asyncio("timeout", native_function("timeout", a_timeout));
  define_asyncio("timeout_at", native_function("timeout_at", a_timeout_at));
  TypeInfo& t = type_info("Timeout");
  t.define_method("when", tm_when);
  t.define_method("reschedule", tm_reschedule);
  t.define_method("expired", tm_expired);
  define_async_with(t);
  bind_model_class<Timeout>(t);

  define_asyncio("TaskGroup", native_function("TaskGroup", a_task_group));
  TypeInfo& g = type_info("TaskGroup");
  g.define_method("create_task", tg_create_task);
  define_async_with(g);
  bind_model_class<TaskGroup>(g);
}

}  // namespace loopspec::harness
