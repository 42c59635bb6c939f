// `import time` and time.sleep (docs/scenario-language.md#time-sleep): on the
// loop's thread it blocks the running loop, whose clock moves by the time
// slept (EventLoop::block_thread); in a job it parks the job's thread.
#include "interp/builtins/builtins.hpp"
#include "interp/pyobjects.hpp"
#include "interp/pyops.hpp"
#include "loopspec/numbers.hpp"
#include "loopspec/runtime.hpp"

namespace loopspec::harness {
namespace {

Value time_sleep(Interpreter&, const Value&, CallArgs& args) {
  args.expect_one_argument("sleep");
  const Value& secs = args.pos[0];
  if (!is_number(secs)) {
    raise(exc::TypeError, "'" + loopspec::type_name(secs) + "' object cannot be interpreted as an integer");
  }
  double d = as_double(secs);
  if (d < 0) raise(exc::ValueError, "sleep length must be non-negative");
  Runtime& rt = Runtime::current();
  // A job parks until the virtual time it wakes at; on the loop's thread
  // the running loop blocks. With no loop running no clock moves: each
  // loop's clock is its own (docs/outside-world.md#threads).
  if (VirtualThreads::on_virtual_thread()) {
    rt.threads().sleep(d);
  } else if (EventLoop* loop = rt.running_loop()) {
    loop->block_thread(d);
  }
  return None;
}

}  // namespace

void bind_time_module() {
  define_builtin("time", Value(std::make_shared<ModuleObject>("time")));
  define_module_attr("time", "sleep", native_function("sleep", time_sleep));
}

}  // namespace loopspec::harness
