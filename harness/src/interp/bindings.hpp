// The binding tables: how interpreted code reaches the model's API.
//
// Every Python-visible type (int, list, Future, Task, the loop, ...) has a
// TypeInfo whose members (methods and properties) are native functions,
// indexed by interned attribute symbols so a call dispatches with one vector
// lookup. Model classes are matched to a TypeInfo by dynamic_cast once per
// C++ type (a cache keyed by typeid), so an implementation's own loop or
// future subclasses find the EventLoop and Future tables.
//
// The tables are filled once, by the bind_* functions of
// harness/src/builtins_*.cpp (one file per area of the asyncio surface; see
// builtins.hpp there). Add an API by adding a define_* call to the right file.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "loopspec/exceptions.hpp"
#include "loopspec/python_version.hpp"
#include "loopspec/value.hpp"

namespace loopspec::harness {

class Interpreter;

// --- interned attribute names ------------------------------------------------

/// The symbol of an attribute name; the same name always gets the same id.
int intern(std::string_view name);
const std::string& symbol_name(int symbol);

// --- calls -------------------------------------------------------------------

/// The arguments of one call, as Python passes them.
struct CallArgs {
  std::vector<Value> pos;
  std::vector<std::pair<std::string, Value>> kw;
  /// The source line of the call node; 0 when called by the loop (a callback).
  int line = 0;

  /// Removes and returns keyword `name`, if given.
  std::optional<Value> take_kw(std::string_view name);
  /// TypeError unless `min <= pos.size() <= max` (Python's messages).
  void expect_positional(std::string_view fname, std::size_t min, std::size_t max) const;
  /// TypeError if a keyword is left over (call after the take_kw calls).
  void no_keywords_left(std::string_view fname) const;
  /// TypeError unless the call passes exactly one positional argument and no
  /// keyword, with the messages of CPython's one-argument builtins (METH_O:
  /// abs, len, repr): "takes no keyword arguments", "takes exactly one argument".
  void expect_one_argument(std::string_view fname) const;
  /// Positional `i`, else keyword `name`, else `dflt` (removes the keyword).
  Value arg(std::size_t i, std::string_view name, Value dflt = None);
};

/// A native function or method. `self` is None for plain functions.
using NativeFn = Value (*)(Interpreter& in, const Value& self, CallArgs& args);

// --- types and their members ------------------------------------------------

struct Member {
  NativeFn fn = nullptr;
  /// A property is called with no arguments when the attribute is read
  /// (`e.args`); a method read as an attribute gives a bound method.
  bool property = false;
  /// The CPython version that added it: before, the run sees no such
  /// attribute (AttributeError, as CPython) (docs/versions.md#added-names).
  PythonVersion since = PythonVersion::v3_11;
};

class TypeInfo {
 public:
  TypeInfo(std::string name, const TypeInfo* base) : name_(std::move(name)), base_(base) {}
  const std::string& name() const { return name_; }
  const TypeInfo* base() const { return base_; }

  /// Objects of this type (a scenario's classes, their instances, super())
  /// have attributes of their own, looked up before the table's members.
  bool has_own_attributes() const { return own_attributes_; }
  void set_own_attributes() { own_attributes_ = true; }

  void define_method(std::string_view attr, NativeFn fn, PythonVersion since = PythonVersion::v3_11);
  void define_property(std::string_view attr, NativeFn getter);
  /// The member for `symbol`, here or in a base type, that the run's CPython
  /// version has; null when none.
  const Member* find(int symbol) const;

 private:
  std::string name_;
  const TypeInfo* base_;
  bool own_attributes_ = false;
  std::vector<Member> members_;  // indexed by symbol
};

/// The table of a type by its Python name ("Future", "Task", "list", ...),
/// created on first use with the given base.
TypeInfo& type_info(std::string_view name, const TypeInfo* base = nullptr);

/// Maps every C++ object for which `matches` holds to `info`. Register the
/// most derived classes first (Task before Future).
void bind_model_type(std::function<bool(const Object&)> matches, const TypeInfo& info);
template <class T>
void bind_model_class(const TypeInfo& info) {
  bind_model_type([](const Object& o) { return dynamic_cast<const T*>(&o) != nullptr; }, info);
}

/// The TypeInfo of any value (a fallback "object" table for unknown types).
const TypeInfo& type_of(const Value& v);

// --- names -------------------------------------------------------------------

/// Defines a bare builtin name (`log`, `len`, `ValueError`).
void define_builtin(std::string_view name, Value value);
/// Defines `<module>.<name>` (`functools.partial`).
void define_module_attr(std::string_view module, std::string_view name, Value value);
/// Defines `asyncio.<name>`; a name added by a later CPython version than
/// 3.11 gives its version, and is absent from runs of older versions.
void define_asyncio(std::string_view name, Value value, PythonVersion since = PythonVersion::v3_11);
/// Whether CPython writes the methods of type `t` in Python (asyncio's
/// loop, handles, primitives, queues...): what they raise passes through
/// frames of CPython's files.
bool methods_in_python(const TypeInfo& t);

/// Slot of a builtin name, or -1.
int builtin_slot(std::string_view name);
const Value& builtin_value(int slot);
/// `<module>.<name>` if bound in the run's CPython version.
const Value* module_attr(std::string_view module, std::string_view name);
/// `asyncio.<name>` if bound in every supported version: the resolver folds
/// it into the program, which runs under any version.
const Value* asyncio_attr(std::string_view name);

/// A native function value (`len`, `asyncio.sleep`).
Value native_function(std::string name, NativeFn fn);

/// Fills every table once (thread-safe); every entry point calls it.
void ensure_bindings();

}  // namespace loopspec::harness
