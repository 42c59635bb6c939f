// The program's callables and values in asyncio's reprs (format_helpers):
// a callback is `qualname(args)`, then ` at file:line` when it is a function
// of the scenario. Callables whose CPython form is not stable (asyncio's own
// Python functions, which carry a path of CPython's installation) stop the
// run rather than print something no golden can hold.
#include "interp/asyncio_reprs.hpp"

#include "common/errors.hpp"
#include "interp/bindings.hpp"
#include "interp/classes.hpp"
#include "interp/interpreter.hpp"
#include "interp/pyobjects.hpp"
#include "interp/pyops.hpp"
#include "interp/short_repr.hpp"
#include "loopspec/future.hpp"
#include "loopspec/task.hpp"

namespace loopspec::harness {

ProgramReprHooks::ProgramReprHooks(Interpreter& in) : in_(in), file_(in.program().id + ".py") {}

std::string ProgramReprHooks::repr(const Value& v) const { return py_repr(v); }

std::string ProgramReprHooks::short_repr(const Value& v) const { return harness::short_repr(in_, v); }

void ProgramReprHooks::unpinnable(const std::string& what) const {
  throw ScenarioError("this repr would show " + what +
                      ", which no golden can pin (docs/scenario-language.md#asyncio-reprs)");
}

CoroutineObject::PythonCode ProgramReprHooks::code_of(const FunctionObject& fo, FramePtr frame) const {
  return {fo.fn->qualname, file_, fo.fn->line, std::move(frame)};
}

std::string ProgramReprHooks::exception_only(const ExceptionObject& e) const {
  const ExceptionType* t = e.type;
  std::string module;
  if (t == &exc::CancelledError || t == &exc::InvalidStateError || t == &exc::BrokenBarrierError) {
    module = "asyncio.exceptions.";
  } else if (t == &exc::QueueEmpty || t == &exc::QueueFull || t == &exc::QueueShutDown) {
    module = "asyncio.queues.";
  } else if (exc::by_name(t->name()) != t) {
    // A class of the scenario: the runner runs it as module `loopspec_scenario`.
    module = "loopspec_scenario.";
  }
  std::string text = e.message();
  return module + std::string(t->name()) + (text.empty() ? "" : ": " + text) + "\n";
}

std::string ProgramReprHooks::callback(const Value& fn, const std::vector<Value>& args, bool show_args) const {
  std::string out = name_and_args(fn, args, {}, show_args, "");
  std::string where = source(fn);
  return where.empty() ? out : out + " at " + where;
}

std::string ProgramReprHooks::arguments(const std::vector<Value>& args,
                                        const std::vector<std::pair<std::string, Value>>& keywords,
                                        bool show_args) const {
  if (!show_args) return "()";
  std::string inside;
  for (const Value& a : args) inside += (inside.empty() ? "" : ", ") + short_repr(a);
  for (const auto& [k, v] : keywords) inside += (inside.empty() ? "" : ", ") + k + "=" + short_repr(v);
  return "(" + inside + ")";
}

std::string ProgramReprHooks::name_and_args(const Value& fn, const std::vector<Value>& args,
                                            const std::vector<std::pair<std::string, Value>>& keywords,
                                            bool show_args, const std::string& suffix) const {
  if (auto p = fn.as<PartialObject>()) {
    return name_and_args(p->func, p->args, p->keywords, show_args, arguments(args, keywords, show_args) + suffix);
  }
  return qualname(fn) + arguments(args, keywords, show_args) + suffix;
}

std::string ProgramReprHooks::qualname(const Value& fn) const {
  if (auto f = fn.as<FunctionObject>()) return f->fn->qualname;
  if (auto m = fn.as<MethodObject>()) return qualname(m->func);
  if (auto a = fn.as<AsyncioCallable>()) return a->qualname;
  // The C Future's methods; Task's and the loop's are defined on classes
  // the model does not mirror one for one.
  if (auto b = fn.as<BoundMethod>(); b && b->self.as<Future>() && !b->self.as<Task>()) {
    return "Future." + symbol_name(b->symbol);
  }
  unpinnable("the callable " + py_repr(fn) + " (its qualified name or file is CPython's)");
}

std::string ProgramReprHooks::source(const Value& fn) const {
  // Only plain functions carry a source: a bound method does not, even of
  // the program's own class (inspect.isfunction is false for it).
  if (auto f = fn.as<FunctionObject>()) return file_ + ":" + std::to_string(f->fn->line);
  if (auto p = fn.as<PartialObject>()) return source(p->func);
  return "";
}

}  // namespace loopspec::harness
