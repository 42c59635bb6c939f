// Handle and TimerHandle methods (docs/scenario-language.md#asyncio-surface).
#include "interp/builtins/builtins.hpp"
#include "loopspec/handle.hpp"

namespace loopspec::harness {
namespace {

Value h_cancel(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("cancel", 0, 0);
  self_as<Handle>(self).cancel();
  return None;
}

Value h_cancelled(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("cancelled", 0, 0);
  return self_as<Handle>(self).cancelled();
}

Value h_when(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("when", 0, 0);
  return self_as<TimerHandle>(self).python_when();
}

}  // namespace

void bind_handles() {
  TypeInfo& h = type_info("Handle");
  h.define_method("cancel", h_cancel);
  h.define_method("cancelled", h_cancelled);
  TypeInfo& th = type_info("TimerHandle", &h);
  th.define_method("when", h_when);
  bind_model_class<TimerHandle>(th);
  bind_model_class<Handle>(h);
}

}  // namespace loopspec::harness
