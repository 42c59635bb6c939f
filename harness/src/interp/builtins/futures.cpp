// Future and Task methods (docs/scenario-language.md#asyncio-surface). Task's table
// inherits Future's; the Task overrides (cancel, set_result...) are virtual
// in the model, so one binding serves both.
#include "interp/builtins/builtins.hpp"
#include "interp/pyops.hpp"
#include "loopspec/task.hpp"

namespace loopspec::harness {
namespace {

Future& fut(const Value& self) { return self_as<Future>(self); }
Task& task(const Value& self) { return self_as<Task>(self); }

Value f_done(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("done", 0, 0);
  return fut(self).done();
}

Value f_cancelled(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("cancelled", 0, 0);
  return fut(self).cancelled();
}

Value f_result(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("result", 0, 0);
  return fut(self).result();
}

Value f_exception(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("exception", 0, 0);
  ExceptionPtr e = fut(self).exception();
  return e ? Value(e) : Value(None);
}

Value f_set_result(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("set_result", 1, 1);
  fut(self).set_result(args.pos[0]);
  return None;
}

Value f_set_exception(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("set_exception", 1, 1);
  fut(self).set_exception(exception_arg(args.pos[0]));
  return None;
}

Value f_cancel(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("cancel", 0, 1);
  Value msg = args.arg(0, "msg");
  args.no_keywords_left("cancel");
  return fut(self).cancel(msg.is_none() ? std::nullopt : std::optional<Value>(msg));
}

Value f_add_done_callback(Interpreter& in, const Value& self, CallArgs& args) {
  args.expect_positional("add_done_callback", 1, 1);
  // The callback runs in context= or a copy of the context current now (Future.add_done_callback).
  ContextPtr ctx = in.callback_context(args.take_kw("context").value_or(None));
  args.no_keywords_left("add_done_callback");
  Value fn = args.pos[0];
  Interpreter* interp = &in;
  fut(self).add_done_callback(
      [interp, fn, ctx](const FuturePtr& f) {
        CallArgs a;
        a.pos = {Value(f)};
        interp->run_callback(ctx, fn, a);
      },
      fn);
  return None;
}

Value f_remove_done_callback(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("remove_done_callback", 1, 1);
  return static_cast<std::int64_t>(fut(self).remove_done_callback(args.pos[0]));
}

Value f_get_loop(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("get_loop", 0, 0);
  return Value(shared(fut(self).get_loop()));
}

Value t_cancelling(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("cancelling", 0, 0);
  return static_cast<std::int64_t>(task(self).cancelling());
}

Value t_uncancel(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("uncancel", 0, 0);
  return static_cast<std::int64_t>(task(self).uncancel());
}

Value t_get_name(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("get_name", 0, 0);
  return task(self).get_name();
}

Value t_set_name(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("set_name", 1, 1);
  task(self).set_name(py_str(args.pos[0]));
  return None;
}

Value t_get_coro(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("get_coro", 0, 0);
  const Coro& c = task(self).get_coro();
  return c ? Value(c.object()) : Value(None);
}

}  // namespace

void bind_futures() {
  TypeInfo& f = type_info("Future");
  f.define_method("done", f_done);
  f.define_method("cancelled", f_cancelled);
  f.define_method("result", f_result);
  f.define_method("exception", f_exception);
  f.define_method("set_result", f_set_result);
  f.define_method("set_exception", f_set_exception);
  f.define_method("cancel", f_cancel);
  f.define_method("add_done_callback", f_add_done_callback);
  f.define_method("remove_done_callback", f_remove_done_callback);
  f.define_method("get_loop", f_get_loop);

  TypeInfo& t = type_info("Task", &f);
  t.define_method("cancelling", t_cancelling);
  t.define_method("uncancel", t_uncancel);
  t.define_method("get_name", t_get_name);
  t.define_method("set_name", t_set_name);
  t.define_method("get_coro", t_get_coro);

  // Most derived first: a Task is also a Future.
  bind_model_class<Task>(t);
  bind_model_class<Future>(f);
}

}  // namespace loopspec::harness
