// __aenter__/__aexit__ of the model's asynchronous context managers.
#include "interp/builtins/async_with.hpp"

#include "loopspec/async_context.hpp"

namespace loopspec::harness {
namespace {

AsyncContextManager& manager(const Value& self) { return self_as<AsyncContextManager>(self); }

Value cm_aenter(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("__aenter__", 0, 0);
  return coroutine_value(manager(self).aenter(), "__aenter__");
}

Value cm_aexit(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("__aexit__", 3, 3);
  // The model needs the instance only; its class is type(exc).
  return coroutine_value(manager(self).aexit(args.pos[1].as<ExceptionObject>()), "__aexit__");
}

}  // namespace

void define_async_with(TypeInfo& t) {
  t.define_method("__aenter__", cm_aenter);
  t.define_method("__aexit__", cm_aexit);
}

Value coroutine_value(Coro c, const char* name) {
  c.object()->name = name;
  return Value(c.object());
}

}  // namespace loopspec::harness
