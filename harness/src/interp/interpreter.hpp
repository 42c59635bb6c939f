// The interpreter: runs a resolved ir::Program on whatever EventLoop the
// runtime provides, through the model's public API only.
//
// An `async def` call returns a model coroutine object whose body is a C++
// coroutine interpreting the function, so `await f()` runs it inline and
// `await fut` suspends the task, exactly as in Python. A `def` runs
// synchronously (callbacks, `def scenario(loop)`).
//
// Python errors are PyError; ScenarioError (errors.hpp) ends the run.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "interp/bindings.hpp"
#include "loopspec/frames.hpp"
#include "loopspec/handle.hpp"
#include "loopspec/python_version.hpp"
#include "loopspec/implementation.hpp"
#include "ir/ir.hpp"
#include "loopspec/value.hpp"

namespace loopspec::harness {

class Recorder;
struct Frame;
struct Cell;
class FunctionObject;
using CellPtr = std::shared_ptr<Cell>;
class ContextState;
class ProgramReprHooks;
class ContextObject;
using ContextPtr = std::shared_ptr<ContextObject>;

struct RunOptions {
  /// Statements and callbacks one run may execute before it is declared an
  /// endless loop (a ScenarioError).
  std::uint64_t max_steps = 20'000'000;
  /// The implementation's own module functions, if any.
  ModuleOverrides overrides;
  /// The CPython version whose asyncio rules the run follows.
  PythonVersion python = PythonVersion::v3_11;
  /// A version mutant's rule (Runtime::swap_rule); none for a real run.
  std::optional<VersionRule> swapped_rule;
};

class Interpreter {
 public:
  /// `program` must be resolved (resolve.hpp) and outlive the interpreter.
  Interpreter(const ir::Program& program, Recorder& recorder, RunOptions options = {});
  ~Interpreter();
  Interpreter(const Interpreter&) = delete;
  Interpreter& operator=(const Interpreter&) = delete;

  /// unix_path's directory: private to this run, made on first use and
  /// removed with the interpreter (docs/outside-world.md#listening-built).
  const std::string& private_dir();

  /// Runs the module body: constants and parameter defaults. Call once,
  /// inside the run's RuntimeScope.
  void start();

  const ir::Program& program() const { return program_; }
  const RunOptions& options() const { return options_; }
  Recorder& recorder() { return recorder_; }

  /// The value of function `index` of the program (one object per run).
  const Value& function_value(int index) const;
  /// The class `index` of the program, made by start().
  const Value& class_value(int index) const;

  /// `callee(*args)`.
  Value call(const Value& callee, CallArgs& args);
  /// `self.<symbol>(*args)`, without making a bound method.
  Value call_method(const Value& self, int symbol, CallArgs& args);
  /// `obj.<symbol>`.
  Value get_attr(const Value& obj, int symbol);
  /// `obj.<symbol> = v`.
  void set_attr(const Value& obj, int symbol, Value v);
  /// `del obj.<symbol>`.
  void del_attr(const Value& obj, int symbol);
  /// Python's callable().
  bool is_callable(const Value& v) const;

  /// A loop callback that calls `fn(*args)` as the loop would: a log made
  /// by it has no line. It runs in `context` (the context= argument) or, when
  /// that is None, in a copy of the context current now (asyncio's Handle).
  Callback make_callback(Value fn, std::vector<Value> args, const Value& context = None);
  /// Remembers a handle the program scheduled, whose callback the destructor
  /// releases (handles_).
  void track(const HandlePtr& h);
  /// The context a callback scheduled now runs in (as make_callback picks
  /// it); null when the program has no contextvars.
  ContextPtr callback_context(const Value& context);
  /// Calls `fn(*args)` as the loop calls a callback: one step, in `ctx`.
  void run_callback(const ContextPtr& ctx, const Value& fn, CallArgs& args);
  /// The run's contexts; null when the program names nothing of contextvars.
  ContextState* contexts() { return contexts_.get(); }

  /// Counts one step against RunOptions::max_steps; `line` (when not 0) is
  /// the statement about to run, for error messages.
  void step(int line = 0);
  /// The line of the statement run last (0 before the first).
  int current_line() const { return line_; }

  // --- used by the statement executors (interpreter internals) --------------
  Value eval(const ir::Expr& e, Frame& f);
  /// The value of a nested def or lambda run in frame `f`: its defaults
  /// evaluated now, the cells it captures taken from `f`.
  Value make_function(const ir::Function& fn, Frame& f);
  /// The cells a function nested in frame `outer` captures from it.
  std::vector<CellPtr> captured(const ir::Function& fn, Frame& outer);
  /// The frame object of `f` (made on first use): its function's name, the
  /// scenario's file, its line.
  const FramePtr& frame_object(Frame& f);
  /// `e` raised in or passing through frame `f` (caught there, or leaving
  /// it): f heads its traceback unless f added itself already
  /// (docs/scenario-language.md#task-stacks).
  void trace(ExceptionObject& e, Frame& f);
  /// `e` passed through frames no golden can pin (asyncio's Python code, a
  /// generator expression's frame): an unknown frame heads its traceback.
  static void trace_unpinnable(ExceptionObject& e);
  /// Prepares frame `f` to run `fn`'s scope: locals unbound, fresh cellvars
  /// (unbound), then the captured cells.
  void enter_scope(const ir::Function& fn, const std::vector<CellPtr>& closure, Frame& f);

 private:
  friend struct Exec;
  const ir::Program& program_;
  Recorder& recorder_;
  RunOptions options_;
  std::uint64_t steps_ = 0;
  std::string private_dir_;
  int line_ = 0;
  Value call_function(const FunctionObject& fo, CallArgs& args);
  /// A new frame for a call of `fo`: scope entered, arguments bound (a
  /// parameter that is a cell starts with its argument).
  void enter(const FunctionObject& fo, CallArgs& args, Frame& f);
  CellPtr new_cell();
  /// The class object of `c` (classes above it made already).
  Value make_class(const ir::ClassDef& c, Frame& module);

  std::vector<Value> functions_;  // FunctionObjects of Program::functions
  std::vector<Value> classes_;    // ClassObjects of Program::classes
  std::vector<std::optional<Value>> constants_;
  /// Every cell made so far: a closure stored in a variable it captures is a
  /// reference cycle, which the destructor breaks by emptying the cells
  /// (CPython's garbage collector finds such cycles; shared_ptr cannot).
  std::vector<std::weak_ptr<Cell>> cells_;
  /// Every handle the program scheduled a callback with: its arguments may
  /// reach the handle again (a dict of handles), a cycle the destructor
  /// breaks the same way.
  std::vector<std::weak_ptr<Handle>> handles_;
  std::unique_ptr<ContextState> contexts_;
  std::unique_ptr<ProgramReprHooks> repr_hooks_;
};

}  // namespace loopspec::harness
