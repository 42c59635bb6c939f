// A scenario's own classes (docs/scenario-language.md#classes): class
// objects with their C3 method resolution order, instances with their own
// attributes, methods bound to an instance, properties and super().
//
// CPython's attribute rules, in the order it applies them: reading
// `obj.name` finds a property of the class first, then the instance's own
// attribute, then the class attribute (a function becomes a method bound to
// obj); writing sets the instance's own attribute unless a property stands
// in the way.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "interp/pyobjects.hpp"
#include "loopspec/coro.hpp"

namespace loopspec::harness {

/// Attributes by interned symbol, in the order they were first set.
class AttributeTable {
 public:
  const Value* find(int symbol) const;
  void set(int symbol, Value v);
  /// False when there is no such attribute.
  bool erase(int symbol);

 private:
  std::vector<std::pair<int, Value>> items_;
};

class ClassObject;
using ClassPtr = std::shared_ptr<ClassObject>;

/// A class: its own namespace and its MRO (itself first). A class derived
/// from an exception class owns the ExceptionType its instances carry, so
/// `except` and the trace see them as CPython does.
class ClassObject : public HarnessObject {
 public:
  /// `bases` are the bases that are classes of this kind (user classes and
  /// asyncio's protocols); `exception_bases` the exception classes named
  /// as bases or inherited through them. Raises TypeError when the bases
  /// have no consistent MRO.
  ClassObject(std::string name, std::vector<ClassPtr> bases, std::vector<const ExceptionType*> exception_bases);
  const TypeInfo& type() const override;

  /// The value of `symbol` in the first class of the MRO from `mro[start]` on that defines it.
  const Value* lookup(int symbol, std::size_t start = 0) const;
  bool is_subclass_of(const ClassObject& other) const;
  /// The position of `c` in the MRO, or the MRO's size.
  std::size_t mro_index(const ClassObject& c) const;

  const std::string name;
  const std::vector<ClassPtr> bases;
  std::vector<const ClassObject*> mro;  // raw: the bases keep the classes alive
  AttributeTable dict;
  std::unique_ptr<ExceptionType> exc_type;  // null unless derived from an exception class
  /// asyncio's classes are shared by every run: a scenario cannot change them.
  bool builtin = false;
};

/// What every instance of a user class has.
struct Instance {
  ClassPtr cls;
  AttributeTable attrs;
};

/// An instance of a class not derived from an exception class.
class InstanceObject : public HarnessObject, public Instance {
 public:
  explicit InstanceObject(ClassPtr c) { cls = std::move(c); }
  const TypeInfo& type() const override;
  std::string type_name() const override { return cls->name; }
};

/// An instance of a class derived from an exception class: an exception
/// like any other for the model, with the class's attributes besides.
class InstanceException : public ExceptionObject, public Instance {
 public:
  InstanceException(ClassPtr c, std::vector<Value> args) : ExceptionObject(*c->exc_type, std::move(args)) {
    cls = std::move(c);
  }
};

/// A function of a class read through an instance: calling it passes the instance first.
class MethodObject : public HarnessObject {
 public:
  MethodObject(Value self, Value func) : self(std::move(self)), func(std::move(func)) {}
  const TypeInfo& type() const override;
  bool equals(const Object& other) const override;
  Value self, func;
};

/// A `@property` method as it stands in its class's namespace.
class PropertyObject : public HarnessObject {
 public:
  PropertyObject(Value getter, std::string name) : getter(std::move(getter)), name(std::move(name)) {}
  const TypeInfo& type() const override;
  Value getter;
  std::string name;
};

/// `super()` in a method of `cls` called on `self`: looks attributes up in
/// type(self)'s MRO after `cls`.
class SuperObject : public HarnessObject {
 public:
  SuperObject(ClassPtr cls, Value self) : cls(std::move(cls)), self(std::move(self)) {}
  const TypeInfo& type() const override;
  ClassPtr cls;
  Value self;
};

/// The table of objects with attributes of their own (TypeInfo::has_own_attributes); `base` holds their other members.
const TypeInfo& own_attributes_table(std::string_view name, const TypeInfo* base = nullptr);

/// The user-class part of `v`, or null: InstanceObject and InstanceException.
Instance* instance_part(const Value& v);

/// `obj.<symbol>` for instances, classes and super(); false when obj is none of those.
bool user_get_attr(Interpreter& in, const Value& obj, int symbol, Value& out);
/// `obj.<symbol> = v`; false when obj is not an instance or a class of the scenario.
bool user_set_attr(const Value& obj, int symbol, Value v);
/// `del obj.<symbol>`; false as user_set_attr.
bool user_del_attr(const Value& obj, int symbol);
/// `cls(*args)`: a new instance, initialised by the first `__init__` of its MRO.
Value instantiate_class(Interpreter& in, const ClassPtr& cls, CallArgs& args);
/// `isinstance(v, cls)`.
bool is_instance_of_class(const Value& v, const ClassObject& cls);
/// `await obj` for an object of a class with `__await__`: the awaitable
/// whose iterator `__await__` returned (docs/scenario-language.md#classes),
/// or that iterator itself when it is a plain one (zip, enumerate), whose
/// items a task receives as bad yields.
Value awaitable_of_instance(Interpreter& in, const Value& obj);
/// `await v` for `v` an awaitable that is neither a future nor a coroutine
/// (an instance with `__await__`): a coroutine that awaits it. Empty when v
/// is not awaitable. ensure_future wraps such values with it (3.11's
/// `_wrap_awaitable`), and the Runtime's awaitable_adapter is this.
Coro wrap_awaitable(Interpreter& in, const Value& v);

/// What `x.__await__()` gives for a future or a coroutine: the object to
/// await in its place.
class AwaitIterator : public HarnessObject {
 public:
  explicit AwaitIterator(Value awaitable) : awaitable(std::move(awaitable)) {}
  const TypeInfo& type() const override;
  Value awaitable;
};

}  // namespace loopspec::harness
