// Python objects that exist only in interpreted code: functions of the
// scenario file, native functions, bound methods, exception classes, the
// asyncio module and range objects. (Containers, exceptions, futures, tasks
// and loops are the model's own classes.)
#pragma once

#include <cstdint>
#include <string>

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

/// A `def`/`async def` of the scenario file.
class FunctionObject : public HarnessObject {
 public:
  FunctionObject(const ir::Function& fn, int index) : fn(&fn), index(index) {}
  const TypeInfo& type() const override;
  const ir::Function* fn;
  int index;  // in Program::functions
};

/// A function implemented in C++ (`len`, `asyncio.sleep`, `log`).
class NativeFunction : public HarnessObject {
 public:
  NativeFunction(std::string name, NativeFn fn) : name(std::move(name)), fn(fn) {}
  const TypeInfo& type() const override;
  std::string name;
  NativeFn fn;
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
