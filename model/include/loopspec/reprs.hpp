// asyncio's reprs of futures, tasks and handles (`<Future pending cb=[...]>`,
// `<Task pending name='Task-2' coro=<f() running at a/b.py:7>>`,
// `<TimerHandle when=1.0 cb(1) at a/b.py:3>`), as CPython's C Future and
// Task write them. What only the program knows (its callables, the repr of
// its values) is asked of the ReprHooks its interpreter installs.
#pragma once

#include <string>
#include <vector>

#include "loopspec/value.hpp"

namespace loopspec {

class CoroutineObject;
class ExceptionObject;

/// The interpreter's side of the reprs; installed in Runtime::repr_hooks.
class ReprHooks {
 public:
  virtual ~ReprHooks() = default;
  /// repr(v).
  virtual std::string repr(const Value& v) const = 0;
  /// reprlib.repr(v): repr with long strings, numbers and containers elided.
  virtual std::string short_repr(const Value& v) const = 0;
  /// format_helpers._format_callback_source: the callable's qualified name,
  /// its arguments in parentheses (`()` when `show_args` is false) and
  /// ` at file:line` for a function of the program.
  virtual std::string callback(const Value& fn, const std::vector<Value>& args, bool show_args) const = 0;
  /// Stops the run: the repr would show `what`, which no golden can pin (a
  /// file inside CPython's installation, a memory address).
  [[noreturn]] virtual void unpinnable(const std::string& what) const = 0;
  /// traceback.format_exception_only(type(e), e): `module.Class: str(e)`
  /// lines (the module left out for builtins), each ending in a newline.
  virtual std::string exception_only(const ExceptionObject& e) const = 0;
};

/// A callable of asyncio's own as a future's callback list names it: the
/// key the model registers its done callbacks under when CPython's repr of
/// that callback is stable (`Task.task_wakeup`, `TaskGroup._on_task_done`:
/// C functions and bound methods carry no source file).
class AsyncioCallable : public Object {
 public:
  explicit AsyncioCallable(std::string qualname) : qualname(std::move(qualname)) {}
  std::string type_name() const override { return "builtin_function_or_method"; }
  const std::string qualname;
};

/// The keys of the model's named done callbacks (one object each, so every
/// registration compares equal to every other, as one C function does).
const Value& task_wakeup_callback();
const Value& taskgroup_on_task_done_callback();

/// How a repr writes a memory address. CPython's `0x7f3a...` says where the
/// allocator put an object, which no rule decides, so the recorder writes
/// every address in logged text this way (docs/scenario-language.md#addresses)
/// and the model writes it wherever CPython's repr holds one.
inline constexpr const char* kAddress = "0x...";

/// object.__repr__ of an asyncio class: `<asyncio.locks.Lock object at 0x...>`.
std::string object_repr(const std::string& module, const std::string& type);

/// repr(v) as the program writes it: through the interpreter's ReprHooks when
/// one is installed, loopspec::repr otherwise (the model's own tests).
std::string program_repr(const Value& v);

/// coroutines._format_coroutine: `f() running at file:line` while the
/// coroutine has a frame, `f() done, defined at file:line` after.
std::string coroutine_repr(const CoroutineObject& coro, const ReprHooks& hooks);

}  // namespace loopspec
