// The interpreter's side of asyncio's reprs (loopspec/reprs.hpp): how the
// program's callables, coroutines and values are written, under the file
// name the runner compiles the scenario with (`<area>/<name>.py`).
#pragma once

#include <string>
#include <vector>

#include "loopspec/coro.hpp"
#include "loopspec/reprs.hpp"

namespace loopspec::harness {

class Interpreter;
class FunctionObject;

class ProgramReprHooks : public ReprHooks {
 public:
  explicit ProgramReprHooks(Interpreter& in);
  std::string repr(const Value& v) const override;
  std::string short_repr(const Value& v) const override;
  std::string callback(const Value& fn, const std::vector<Value>& args, bool show_args) const override;
  // final: a call from this class is then direct, not virtual, so the
  // compiler sees it never returns (no -Wreturn-type after it).
  [[noreturn]] void unpinnable(const std::string& what) const final;

  /// What coroutine_repr shows of a coroutine of `fo` running in `frame`.
  CoroutineObject::PythonCode code_of(const FunctionObject& fo, FramePtr frame) const;
  std::string exception_only(const ExceptionObject& e) const override;

 private:
  /// format_helpers._format_callback: a partial's own arguments come after
  /// those of the function it wraps.
  std::string name_and_args(const Value& fn, const std::vector<Value>& args,
                            const std::vector<std::pair<std::string, Value>>& keywords, bool show_args,
                            const std::string& suffix) const;
  /// format_helpers._format_args_and_kwargs: `(1, 'a', k=2)`, or `()` when
  /// the arguments are hidden.
  std::string arguments(const std::vector<Value>& args, const std::vector<std::pair<std::string, Value>>& keywords,
                        bool show_args) const;
  /// format_helpers._get_function_source: `file:line` of a function of the
  /// program (through partials), "" for any other callable.
  std::string source(const Value& fn) const;
  std::string qualname(const Value& fn) const;

  Interpreter& in_;
  std::string file_;
};

}  // namespace loopspec::harness
