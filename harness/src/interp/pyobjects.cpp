// The harness's own Python objects (pyobjects.hpp).
#include "interp/pyobjects.hpp"

#include <algorithm>
#include <map>
#include <mutex>

namespace loopspec::harness {

const TypeInfo& FunctionObject::type() const {
  static const TypeInfo& t = type_info("function");
  return t;
}

void override_keywords(Keywords& into, Keywords later) {
  for (auto& [name, value] : later) {
    auto same = [&name](const auto& kv) { return kv.first == name; };
    if (auto it = std::find_if(into.begin(), into.end(), same); it != into.end()) it->second = std::move(value);
    else into.emplace_back(name, std::move(value));
  }
}

const TypeInfo& PartialObject::type() const {
  static const TypeInfo& t = type_info("partial");
  return t;
}

const TypeInfo& NativeFunction::type() const {
  static const TypeInfo& t = type_info("builtin_function_or_method");
  return t;
}

const TypeInfo& BoundMethod::type() const {
  static const TypeInfo& t = type_info("method");
  return t;
}

bool BoundMethod::equals(const Object& other) const {
  auto* o = dynamic_cast<const BoundMethod*>(&other);
  return o && o->fn == fn && o->symbol == symbol && is_same(o->self, self);
}

const TypeInfo& ExceptionClass::type() const {
  static const TypeInfo& t = type_info("type");
  return t;
}

const TypeInfo& ModuleObject::type() const {
  static const TypeInfo& t = type_info("module");
  return t;
}

const TypeInfo& RangeObject::type() const {
  static const TypeInfo& t = type_info("range");
  return t;
}

const TypeInfo& SliceObject::type() const {
  static const TypeInfo& t = type_info("slice");
  return t;
}

const TypeInfo& TypeObject::type() const {
  static const TypeInfo& t = type_info("type");
  return t;
}

std::int64_t RangeObject::length() const {
  if (step > 0 && start < stop) return (stop - start + step - 1) / step;
  if (step < 0 && start > stop) return (start - stop - step - 1) / (-step);
  return 0;
}

const Value& exception_class_value(const ExceptionType& t) {
  // One class object per exception type, so `except` and `is` see the same object.
  static std::mutex m;
  static std::map<const ExceptionType*, Value> classes;
  std::lock_guard lock(m);
  auto it = classes.find(&t);
  if (it == classes.end()) it = classes.emplace(&t, Value(std::make_shared<ExceptionClass>(t))).first;
  return it->second;
}

}  // namespace loopspec::harness
