// asyncio.Queue, PriorityQueue and LifoQueue (docs/scenario-language.md#asyncio-surface).
#include "interp/builtins/async_with.hpp"
#include "loopspec/queues.hpp"

namespace loopspec::harness {
namespace {

Queue& queue(const Value& self) { return self_as<Queue>(self); }

/// maxsize=0: an int (bool accepted).
std::int64_t maxsize_arg(CallArgs& args, std::string_view fname) {
  args.expect_positional(fname, 0, 1);
  Value m = args.arg(0, "maxsize", Value(0));
  args.no_keywords_left(fname);
  if (m.is_int()) return m.as_int();
  if (m.is_bool()) return m.as_bool() ? 1 : 0;
  raise(exc::TypeError, "'<=' not supported between instances of '" + loopspec::type_name(m) + "' and 'int'");
}

Value a_queue(Interpreter&, const Value&, CallArgs& args) {
  return std::make_shared<Queue>(maxsize_arg(args, "Queue"));
}

Value a_priority_queue(Interpreter&, const Value&, CallArgs& args) {
  return std::make_shared<PriorityQueue>(maxsize_arg(args, "PriorityQueue"));
}

Value a_lifo_queue(Interpreter&, const Value&, CallArgs& args) {
  return std::make_shared<LifoQueue>(maxsize_arg(args, "LifoQueue"));
}

Value q_qsize(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("qsize", 0, 0);
  return queue(self).qsize();
}

Value q_maxsize(Interpreter&, const Value& self, CallArgs&) { return queue(self).maxsize(); }

Value q_empty(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("empty", 0, 0);
  return queue(self).empty();
}

Value q_full(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("full", 0, 0);
  return queue(self).full();
}

Value q_put(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("put", 1, 1);
  return coroutine_value(queue(self).put(args.pos[0]), "Queue.put");
}

Value q_put_nowait(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("put_nowait", 1, 1);
  queue(self).put_nowait(args.pos[0]);
  return None;
}

Value q_get(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("get", 0, 0);
  return coroutine_value(queue(self).get(), "Queue.get");
}

Value q_get_nowait(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("get_nowait", 0, 0);
  return queue(self).get_nowait();
}

Value q_task_done(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("task_done", 0, 0);
  queue(self).task_done();
  return None;
}

Value q_join(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("join", 0, 0);
  return coroutine_value(queue(self).join(), "Queue.join");
}

/// shutdown(immediate=False) (3.13): `immediate` by truth value, as CPython tests it.
Value q_shutdown(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("shutdown", 0, 1);
  Value immediate = args.arg(0, "immediate", Value(false));
  args.no_keywords_left("shutdown");
  queue(self).shutdown(truthy(immediate));
  return None;
}

}  // namespace

void bind_queues() {
  define_asyncio("Queue", native_function("Queue", a_queue));
  define_asyncio("PriorityQueue", native_function("PriorityQueue", a_priority_queue));
  define_asyncio("LifoQueue", native_function("LifoQueue", a_lifo_queue));
  TypeInfo& q = type_info("Queue");
  q.define_method("qsize", q_qsize);
  q.define_property("maxsize", q_maxsize);
  q.define_method("empty", q_empty);
  q.define_method("full", q_full);
  q.define_method("put", q_put);
  q.define_method("put_nowait", q_put_nowait);
  q.define_method("get", q_get);
  q.define_method("get_nowait", q_get_nowait);
  q.define_method("task_done", q_task_done);
  q.define_method("join", q_join);
  q.define_method("shutdown", q_shutdown, PythonVersion::v3_13);
  TypeInfo& pq = type_info("PriorityQueue", &q);
  TypeInfo& lq = type_info("LifoQueue", &q);
  // Most derived first: both are Queues.
  bind_model_class<PriorityQueue>(pq);
  bind_model_class<LifoQueue>(lq);
  bind_model_class<Queue>(q);
}

}  // namespace loopspec::harness
