// run_program (scenario_runner.hpp).
#include "loopspec/scenario_runner.hpp"

#include <optional>

#include "loopspec/errors.hpp"
#include "loopspec/runners.hpp"
#include "loopspec/runtime.hpp"
#include "loopspec/trace_recorder.hpp"

namespace loopspec::harness {
namespace {

/// `with asyncio.Runner(loop_factory=factory) as runner: return runner.run(main())`
void run_main(Interpreter& in, const Implementation& impl, Recorder& rec) {
  Runner runner(impl.factory, impl.overrides.cancel_all_tasks);
  Value result;
  ExceptionPtr raised;
  try {
    runner.get_loop();  // Runner.__enter__
    CallArgs none;
    Value coro = in.call(in.function_value(in.program().entry_index), none);
    result = runner.run(coro);
  } catch (const PyError& e) {
    raised = e.exception();
  }
  try {
    runner.close();  // Runner.__exit__; its own error replaces the body's, as in Python
  } catch (const PyError& e) {
    raised = e.exception();
  }
  if (raised) rec.end_raised(raised);
  else rec.end_returned(result);
}

/// The `def scenario(loop)` entry.
void run_scenario_entry(Interpreter& in, Recorder& rec) {
  EventLoopPtr loop = new_event_loop();
  set_event_loop(loop);
  Value result;
  ExceptionPtr raised;
  try {
    CallArgs args;
    args.pos.push_back(Value(loop));
    result = in.call(in.function_value(in.program().entry_index), args);
  } catch (const PyError& e) {
    raised = e.exception();
  }
  try {
    if (!loop->is_closed() && !loop->is_running()) loop->close();
    set_event_loop(nullptr);
  } catch (const PyError& e) {
    raised = e.exception();
  }
  if (raised) rec.end_raised(raised);
  else rec.end_returned(result);
}

}  // namespace

RunResult run_program(const ir::Program& program, const Implementation& impl, const RunOptions& options) {
  RunResult out;
  Recorder rec;
  std::optional<Interpreter> interpreter;
  try {
    RunOptions own = options;
    own.overrides = impl.overrides;
    Interpreter& in = interpreter.emplace(program, rec, std::move(own));
    // The scope ends before the interpreter: loops it tears down may hold
    // callbacks that point at the interpreter.
    RuntimeScope scope;
    scope.runtime().loop_factory = impl.factory;
    scope.runtime().unhandled_observer = [&rec](EventLoop&, const DictPtr& context) { rec.unhandled(context); };
    try {
      in.start();
      if (program.entry == ir::Entry::Main) run_main(in, impl, rec);
      else run_scenario_entry(in, rec);
    } catch (const LoopBlocked&) {
      rec.end_blocked();
    }
  } catch (const ScenarioError& e) {
    out.error = e.what();
  } catch (const PyError& e) {
    out.error = std::string("internal error: a Python exception escaped the run: ") + e.what();
  } catch (const std::exception& e) {
    out.error = std::string("internal error: ") + e.what();
  } catch (...) {
    out.error = "internal error: an unknown C++ exception escaped the run";
  }
  if (!out.error.empty()) {
    // file:line: message, as the CPython recorder words its run errors.
    std::string where = program.source_file.empty() ? program.id : program.source_file;
    if (interpreter && interpreter->current_line() > 0) where += ":" + std::to_string(interpreter->current_line());
    out.error = where + ": " + out.error;
  }
  out.events = rec.take_events();
  return out;
}

}  // namespace loopspec::harness
