// asyncio.Runner and asyncio.run.
#include "interp/builtins/builtins.hpp"
#include "interp/context.hpp"
#include "loopspec/runners.hpp"
#include "loopspec/runtime.hpp"

namespace loopspec::harness {
namespace {

Runner& runner(const Value& self) { return self_as<Runner>(self); }

/// A Python loop_factory callable as the model's LoopFactory.
LoopFactory factory_from(Interpreter& in, const Value& fn) {
  Interpreter* interp = &in;
  return [interp, fn]() -> EventLoopPtr {
    CallArgs none;
    Value loop = interp->call(fn, none);
    auto l = loop.as<EventLoop>();
    if (!l) raise(exc::TypeError, "loop_factory must return an event loop, not " + loopspec::type_name(loop));
    return l;
  };
}

/// debug=None (or absent) leaves the loop's debug mode alone.
std::optional<bool> debug_arg(const std::optional<Value>& debug) {
  if (!debug || debug->is_none()) return std::nullopt;
  return debug_flag(*debug, "debug=");
}

Value a_runner(Interpreter& in, const Value&, CallArgs& args) {
  args.expect_positional("Runner", 0, 0);
  Value factory = args.take_kw("loop_factory").value_or(Value(None));
  std::optional<bool> debug = debug_arg(args.take_kw("debug"));
  args.no_keywords_left("Runner");
  return std::make_shared<Runner>(factory.is_none() ? LoopFactory() : factory_from(in, factory),
                                  in.options().overrides.cancel_all_tasks, debug);
}

/// asyncio.run(main, *, debug=None), and from 3.12 loop_factory=None.
Value a_run(Interpreter& in, const Value&, CallArgs& args) {
  args.expect_positional("run", 1, 1);
  std::optional<bool> debug = debug_arg(args.take_kw("debug"));
  Value factory = None;
  if (Runtime::current().python() >= PythonVersion::v3_12) factory = args.take_kw("loop_factory").value_or(Value(None));
  args.no_keywords_left("run");
  return run(args.pos[0], in.options().overrides.cancel_all_tasks,
             factory.is_none() ? LoopFactory() : factory_from(in, factory), debug);
}

Value r_run(Interpreter& in, const Value& self, CallArgs& args) {
  args.expect_positional("run", 1, 1);
  NextTaskContext context(in, args.take_kw("context").value_or(None));
  args.no_keywords_left("run");
  return runner(self).run(args.pos[0]);
}

Value r_close(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("close", 0, 0);
  runner(self).close();
  return None;
}

Value r_get_loop(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("get_loop", 0, 0);
  return Value(runner(self).get_loop());
}

Value r_enter(Interpreter&, const Value& self, CallArgs&) {
  runner(self).get_loop();  // Runner.__enter__ initialises the runner
  return self;
}

Value r_exit(Interpreter&, const Value& self, CallArgs&) {
  runner(self).close();
  return None;
}

}  // namespace

void bind_runner() {
  define_asyncio("Runner", native_function("Runner", a_runner));
  define_asyncio("run", native_function("run", a_run));
  TypeInfo& t = type_info("Runner");
  t.define_method("run", r_run);
  t.define_method("close", r_close);
  t.define_method("get_loop", r_get_loop);
  t.define_method("__enter__", r_enter);
  t.define_method("__exit__", r_exit);
  bind_model_class<Runner>(t);
}

}  // namespace loopspec::harness
