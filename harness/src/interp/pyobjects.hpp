// Python objects that exist only in interpreted code: functions of the
// scenario file, native functions, bound methods, exception classes, the
// asyncio module and range objects. (Containers, exceptions, futures, tasks
// and loops are the model's own classes.)
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "interp/bindings.hpp"
#include "loopspec/exceptions.hpp"
#include "ir/ir.hpp"

namespace loopspec::harness {

/// An object of the harness: knows its binding table directly.
class HarnessObject : public Object {
 public:
  virtual const TypeInfo& type() const = 0;
  std::string type_name() const override { return type().name(); }
};

/// A variable an inner function shares with the function that binds it
/// (CPython's cell): both frames hold the same Cell.
struct Cell {
  std::optional<Value> value;  // nullopt: unbound
};
using CellPtr = std::shared_ptr<Cell>;

/// A `def`, `async def` or `lambda` of the scenario file, as a value: the
/// code, the defaults evaluated when the def ran, and the cells it captured.
class FunctionObject : public HarnessObject {
 public:
  FunctionObject(const ir::Function& fn, std::vector<Value> defaults, std::vector<CellPtr> closure)
      : fn(&fn), defaults(std::move(defaults)), closure(std::move(closure)) {}
  const TypeInfo& type() const override;
  const ir::Function* fn;
  std::vector<Value> defaults;  // for the last defaults.size() params
  std::vector<CellPtr> closure;  // one per free variable (ir::Function::cells after n_cellvars)
};

using Keywords = std::vector<std::pair<std::string, Value>>;
/// Keyword arguments given later override earlier ones of the same name.
void override_keywords(Keywords& into, Keywords later);

/// `functools.partial(func, *args, **keywords)`: calling it calls func with
/// args first, then the call's own positional arguments, and the keywords
/// overridden by the call's.
class PartialObject : public HarnessObject {
 public:
  PartialObject(Value func, std::vector<Value> args, Keywords keywords)
      : func(std::move(func)), args(std::move(args)), keywords(std::move(keywords)) {}
  const TypeInfo& type() const override;
  Value func;
  std::vector<Value> args;
  Keywords keywords;
};

/// A function implemented in C++ (`len`, `asyncio.sleep`, `log`).
class NativeFunction : public HarnessObject {
 public:
  NativeFunction(std::string name, NativeFn fn) : name(std::move(name)), fn(fn) {}
  const TypeInfo& type() const override;
  std::string name;
  NativeFn fn;
  /// CPython writes it in Python (most of asyncio's functions): what it
  /// raises passes through frames of CPython's files.
  bool python_in_cpython = false;
};

/// `obj.method` read as a value (`fut.set_result`, `loop.stop`).
class BoundMethod : public HarnessObject {
 public:
  BoundMethod(Value self, int symbol, NativeFn fn) : self(std::move(self)), symbol(symbol), fn(fn) {}
  const TypeInfo& type() const override;
  /// Python: bound methods are equal when bound to the same object with the same function.
  bool equals(const Object& other) const override;
  Value self;
  int symbol;
  NativeFn fn;
};

/// An exception class as a value (`ValueError`, `asyncio.CancelledError`).
class ExceptionClass : public HarnessObject {
 public:
  explicit ExceptionClass(const ExceptionType& t) : exc_type(&t) {}
  const TypeInfo& type() const override;
  const ExceptionType* exc_type;
};

/// The `asyncio` module.
class ModuleObject : public HarnessObject {
 public:
  explicit ModuleObject(std::string name) : name(std::move(name)) {}
  const TypeInfo& type() const override;
  std::string name;
};

/// `range(start, stop, step)`.
class RangeObject : public HarnessObject {
 public:
  RangeObject(std::int64_t start, std::int64_t stop, std::int64_t step)
      : start(start), stop(stop), step(step) {}
  const TypeInfo& type() const override;
  std::int64_t length() const;
  std::int64_t at(std::int64_t i) const { return start + i * step; }
  std::int64_t start, stop, step;
};

/// `a:b:c` inside `x[...]`: the evaluated bounds, None where left out.
class SliceObject : public HarnessObject {
 public:
  SliceObject(Value lower, Value upper, Value step)
      : lower(std::move(lower)), upper(std::move(upper)), step(std::move(step)) {}
  const TypeInfo& type() const override;
  Value lower, upper, step;
};

/// A builtin type's name as `type(x)` gives it: only `.__name__` is read from it.
class TypeObject : public HarnessObject {
 public:
  explicit TypeObject(std::string name) : name(std::move(name)) {}
  const TypeInfo& type() const override;
  std::string name;
};

/// The ExceptionClass value of a model exception type (one per type).
const Value& exception_class_value(const ExceptionType& t);

}  // namespace loopspec::harness
