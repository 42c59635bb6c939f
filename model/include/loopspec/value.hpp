// Python values as the model sees them.
//
// Scenarios are Python programs, so the model's futures hold Python values:
// immediates (None, bool, int, float, str) by value, and everything with
// identity (lists, dicts, exceptions, futures, tasks, coroutines, loops) as a
// shared Object, the way CPython's references work.
#pragma once

#include <concepts>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace loopspec {

/// Base of every value with identity. `is` compares Object addresses.
class Object : public std::enable_shared_from_this<Object> {
 public:
  Object() = default;
  Object(const Object&) = delete;
  Object& operator=(const Object&) = delete;
  virtual ~Object() = default;

  /// `type(x).__name__` in CPython.
  virtual std::string type_name() const = 0;
  /// Python's `==` against another object; identity unless a type says otherwise.
  virtual bool equals(const Object& other) const { return this == &other; }
  /// Python's repr() of objects with no literal form; `<T object>` unless a
  /// type writes its own (asyncio's futures and handles: reprs.hpp).
  virtual std::string python_repr() const { return "<" + type_name() + " object>"; }
  /// Python's str() when a type writes one apart from its repr (asyncio.Queue
  /// leaves its address out); none when str() is repr().
  virtual std::optional<std::string> python_str() const { return std::nullopt; }
};
using ObjectPtr = std::shared_ptr<Object>;

struct NoneType {
  bool operator==(const NoneType&) const = default;
};
inline constexpr NoneType None{};

class Value {
 public:
  using Storage = std::variant<NoneType, bool, std::int64_t, double, std::string, ObjectPtr>;

  Value() = default;
  Value(NoneType) {}
  Value(bool b) : v_(b) {}
  Value(int i) : v_(std::int64_t{i}) {}
  Value(std::int64_t i) : v_(i) {}
  Value(double d) : v_(d) {}
  Value(std::string s) : v_(std::move(s)) {}
  Value(const char* s) : v_(std::string(s)) {}
  template <std::derived_from<Object> T>
  Value(std::shared_ptr<T> p) : v_(ObjectPtr(std::move(p))) {}

  bool is_none() const { return std::holds_alternative<NoneType>(v_); }
  bool is_bool() const { return std::holds_alternative<bool>(v_); }
  bool is_int() const { return std::holds_alternative<std::int64_t>(v_); }
  bool is_float() const { return std::holds_alternative<double>(v_); }
  bool is_str() const { return std::holds_alternative<std::string>(v_); }
  bool is_object() const { return std::holds_alternative<ObjectPtr>(v_); }

  bool as_bool() const { return std::get<bool>(v_); }
  std::int64_t as_int() const { return std::get<std::int64_t>(v_); }
  double as_float() const { return std::get<double>(v_); }
  const std::string& as_str() const { return std::get<std::string>(v_); }
  const ObjectPtr& as_object() const { return std::get<ObjectPtr>(v_); }

  /// The object as a T, or null when this value is not a T.
  template <std::derived_from<Object> T>
  std::shared_ptr<T> as() const {
    if (auto* p = std::get_if<ObjectPtr>(&v_)) return std::dynamic_pointer_cast<T>(*p);
    return nullptr;
  }

  const Storage& storage() const { return v_; }

 private:
  Storage v_;
};

/// Python's `is`.
bool is_same(const Value& a, const Value& b);
/// Python's `==` (numbers compare across bool/int/float; containers element-wise).
bool equals(const Value& a, const Value& b);
/// Python's truth value.
bool truthy(const Value& v);
/// `type(x).__name__`.
std::string type_name(const Value& v);
/// Python's repr() of immediates, containers and exceptions; `<Task ...>`-like
/// text for other objects.
std::string repr(const Value& v);
/// Python's str(): strings as they are, everything else as repr().
std::string str(const Value& v);
/// repr() of a float, as CPython writes it (shortest round-trip digits).
std::string float_repr(double d);

/// list: a mutable sequence with identity.
class List : public Object {
 public:
  List() = default;
  explicit List(std::vector<Value> items) : items(std::move(items)) {}
  std::string type_name() const override { return "list"; }
  bool equals(const Object& other) const override;
  std::vector<Value> items;
};

/// tuple.
class Tuple : public Object {
 public:
  Tuple() = default;
  explicit Tuple(std::vector<Value> items) : items(std::move(items)) {}
  std::string type_name() const override { return "tuple"; }
  bool equals(const Object& other) const override;
  std::vector<Value> items;
};

/// dict: keys in insertion order; lookups compare keys with Python's `==`.
class Dict : public Object {
 public:
  std::string type_name() const override { return "dict"; }
  bool equals(const Object& other) const override;
  /// The value under `key`, or null when absent.
  const Value* find(const Value& key) const;
  void set(const Value& key, Value value);
  std::vector<std::pair<Value, Value>> items;
};

/// set: members kept in insertion order (a trace sorts them when it writes them).
class Set : public Object {
 public:
  std::string type_name() const override { return "set"; }
  bool equals(const Object& other) const override;
  bool contains(const Value& v) const;
  void add(const Value& v);
  /// Removes `v`; false when it is not a member.
  bool discard(const Value& v);
  /// The members in CPython's iteration order, when the model can know it
  /// (docs/scenario-language.md#set-iteration); null otherwise.
  std::optional<std::vector<Value>> cpython_order() const;
  std::vector<Value> items;
  /// A member was removed once: CPython's table may then hold a member away
  /// from its hash slot, so its order is no longer the slots' order.
  bool lost_member = false;
};

/// bytes: an immutable sequence of bytes (docs/scenario-language.md#bytes).
class Bytes : public Object {
 public:
  explicit Bytes(std::string data) : data(std::move(data)) {}
  std::string type_name() const override { return "bytes"; }
  bool equals(const Object& other) const override;
  const std::string data;
};

/// The items of a list or tuple, or null for any other value.
const std::vector<Value>* sequence_items(const Value& v);

using ListPtr = std::shared_ptr<List>;
using TuplePtr = std::shared_ptr<Tuple>;
using DictPtr = std::shared_ptr<Dict>;
using SetPtr = std::shared_ptr<Set>;
using BytesPtr = std::shared_ptr<Bytes>;

}  // namespace loopspec
