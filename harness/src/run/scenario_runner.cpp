// run_program (scenario_runner.hpp).
#include "run/scenario_runner.hpp"

#include <map>
#include <optional>

#include "common/errors.hpp"
#include "common/exception_text.hpp"
#include "common/large_stack.hpp"
#include "interp/resolve.hpp"
#include "loopspec/runners.hpp"
#include "loopspec/runtime.hpp"
#include "trace/trace_recorder.hpp"

namespace loopspec::harness {
namespace {

/// The loops of a real-clock run, each with its clock reading at creation.
class RealClockOrigins {
 public:
  LoopFactory wrap(LoopFactory make) {
    return [this, make = std::move(make)] {
      EventLoopPtr loop = make();
      made_at_[loop.get()] = loop->time();
      return loop;
    };
  }
  double since_creation(const EventLoop& loop) const {
    auto it = made_at_.find(&loop);
    return it == made_at_.end() ? loop.time() : loop.time() - it->second;
  }

 private:
  std::map<const EventLoop*, double> made_at_;
};

/// `make`, refusing a null loop: an implementation's bug that would
/// otherwise crash the run far from its cause.
LoopFactory checked(LoopFactory make, const std::string& impl) {
  if (!make) return make;
  return [make = std::move(make), impl] {
    EventLoopPtr loop = make();
    if (!loop) throw ScenarioError(impl + ": its loop factory returned no loop (a null EventLoopPtr)");
    return loop;
  };
}

/// `with asyncio.Runner(loop_factory=factory) as runner: return runner.run(main())`
void run_main(Interpreter& in, const LoopFactory& factory, const Implementation& impl, Recorder& rec) {
  Runner runner(factory, impl.overrides.cancel_all_tasks);
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

void close_if_idle(const EventLoopPtr& loop) {
  if (loop && !loop->is_closed() && !loop->is_running()) loop->close();
}

/// The `def scenario(loop)` entry, or with `loop` null, `def scenario()`: the
/// program starts with no loop made or set, and the loop it leaves current is
/// closed as `scenario(loop)`'s own is (docs/scenario-language.md#entry-points).
void run_scenario_entry(Interpreter& in, Recorder& rec, const EventLoopPtr& loop) {
  if (loop) set_event_loop(loop);
  Value result;
  ExceptionPtr raised;
  try {
    CallArgs args;
    if (loop) args.pos.push_back(Value(loop));
    result = in.call(in.function_value(in.program().entry_index), args);
  } catch (const PyError& e) {
    raised = e.exception();
  }
  try {
    if (loop) {
      close_if_idle(loop);
      set_event_loop(nullptr);
    } else {
      close_if_idle(Runtime::current().event_loop());
    }
  } catch (const PyError& e) {
    raised = e.exception();
  }
  if (raised) rec.end_raised(raised);
  else rec.end_returned(result);
}

/// run_program on the calling thread.
RunResult run_here(ir::Program& program, const Implementation& impl, const RunOptions& options, ClockKind clock) {
  RunResult out;
  Recorder rec;
  RealClockOrigins origins;
  LoopFactory factory = checked(impl.factory_for(clock), impl.name);
  if (clock == ClockKind::Real) {
    factory = origins.wrap(std::move(factory));
    rec.set_time_source([&origins](const EventLoop& loop) { return origins.since_creation(loop); });
  }
  std::optional<Interpreter> interpreter;
  try {
    if (!impl.factory_for(clock)) throw ScenarioError(impl.name + " has no loop factory for this clock");
    resolve(program);
    RunOptions own = options;
    own.overrides = impl.overrides;
    Interpreter& in = interpreter.emplace(program, rec, std::move(own));
    // The scope ends before the interpreter: loops it tears down may hold
    // callbacks that point at the interpreter.
    RuntimeScope scope(options.python);
    if (options.swapped_rule) scope.runtime().swap_rule(*options.swapped_rule);
    scope.runtime().loop_factory = factory;
    scope.runtime().unhandled_observer = [&rec](EventLoop&, const DictPtr& context) { rec.unhandled(context); };
    try {
      in.start();
      switch (program.entry) {
        case ir::Entry::Main: run_main(in, factory, impl, rec); break;
        case ir::Entry::Scenario: run_scenario_entry(in, rec, new_event_loop()); break;
        case ir::Entry::ScenarioNoLoop: run_scenario_entry(in, rec, nullptr); break;
      }
    } catch (const LoopBlocked&) {
      rec.end_blocked();
    }
  } catch (const ScenarioError& e) {
    out.error = e.what();
  } catch (const PyError& e) {
    out.error = std::string("internal error: a Python exception escaped the run: ") + e.what();
  } catch (...) {
    // Not the harness's own errors: the implementation's code threw.
    out.error = current_exception_text();
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

}  // namespace

RunResult run_program(ir::Program& program, const Implementation& impl, const RunOptions& options,
                      ClockKind clock) {
  RunResult out;
  run_on_large_stack([&] { out = run_here(program, impl, options, clock); });
  return out;
}

}  // namespace loopspec::harness
