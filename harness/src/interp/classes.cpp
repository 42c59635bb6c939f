// A scenario's own classes (classes.hpp).
#include "interp/classes.hpp"

#include <algorithm>

#include "common/errors.hpp"
#include "interp/interpreter.hpp"
#include "loopspec/coro.hpp"

namespace loopspec::harness {
namespace {

using Linearization = std::vector<const ClassObject*>;

std::string names_of(const std::vector<ClassPtr>& classes) {
  std::string out;
  for (const auto& c : classes) out += (out.empty() ? "" : ", ") + c->name;
  return out;
}

/// CPython's C3 merge: the class, then repeatedly the first head of the
/// bases' MROs (and of the bases list) that is in no other list's tail.
Linearization c3(const ClassObject* self, const std::vector<ClassPtr>& bases) {
  std::vector<Linearization> seqs;
  for (const auto& b : bases) seqs.push_back(b->mro);
  seqs.emplace_back();
  for (const auto& b : bases) seqs.back().push_back(b.get());
  Linearization out{self};
  for (;;) {
    std::erase_if(seqs, [](const Linearization& s) { return s.empty(); });
    if (seqs.empty()) return out;
    const ClassObject* head = nullptr;
    for (const auto& s : seqs) {
      auto in_tail = [&](const Linearization& t) { return std::find(t.begin() + 1, t.end(), s.front()) != t.end(); };
      if (std::none_of(seqs.begin(), seqs.end(), in_tail)) {
        head = s.front();
        break;
      }
    }
    if (!head) raise(exc::TypeError, "Cannot create a consistent method resolution order (MRO) for bases " + names_of(bases));
    out.push_back(head);
    for (auto& s : seqs)
      if (s.front() == head) s.erase(s.begin());
  }
}

Value call_with_self(Interpreter& in, const Value& func, const Value& self) {
  CallArgs a;
  a.pos.push_back(self);
  return in.call(func, a);
}

/// A class attribute as read through `self`: a function becomes a bound
/// method, a property is called.
Value bind_to(Interpreter& in, const Value& self, const Value& attr) {
  if (attr.as<FunctionObject>()) return std::make_shared<MethodObject>(self, attr);
  if (auto p = attr.as<PropertyObject>()) return call_with_self(in, p->getter, self);
  return attr;
}

// super().__init__(...) past the scenario's classes: BaseException's sets
// the instance's args, object's takes no arguments.
Value exception_init(Interpreter&, const Value& self, CallArgs& args) {
  auto& e = *self.as<InstanceException>();
  if (!args.kw.empty()) raise(exc::TypeError, e.cls->name + "() takes no keyword arguments");
  e.args() = std::move(args.pos);
  return None;
}
Value object_init(Interpreter&, const Value&, CallArgs& args) {
  if (!args.pos.empty() || !args.kw.empty())
    raise(exc::TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
  return None;
}

bool super_get_attr(Interpreter& in, const SuperObject& s, int symbol, Value& out) {
  static const int init = intern("__init__");
  Instance* inst = instance_part(s.self);
  if (!inst || !inst->cls->is_subclass_of(*s.cls))
    raise(exc::TypeError, "super(type, obj): obj must be an instance or subtype of type");
  if (const Value* v = inst->cls->lookup(symbol, inst->cls->mro_index(*s.cls) + 1)) {
    out = bind_to(in, s.self, *v);
  } else if (symbol == init) {
    out = std::make_shared<BoundMethod>(s.self, symbol, inst->cls->exc_type ? exception_init : object_init);
  } else {
    raise(exc::AttributeError, "'super' object has no attribute '" + symbol_name(symbol) + "'");
  }
  return true;
}

[[noreturn]] void property_refuses(const ClassObject& cls, int symbol, const char* what) {
  raise(exc::AttributeError, "property '" + symbol_name(symbol) + "' of '" + cls.name + "' object has no " + what);
}

void check_changeable(const ClassObject& c) {
  if (c.builtin) throw ScenarioError("asyncio." + c.name + " is shared by every run; a scenario cannot change it");
}

}  // namespace

// --- AttributeTable ------------------------------------------------------------

const Value* AttributeTable::find(int symbol) const {
  for (const auto& [s, v] : items_)
    if (s == symbol) return &v;
  return nullptr;
}

void AttributeTable::set(int symbol, Value v) {
  for (auto& [s, old] : items_) {
    if (s == symbol) {
      old = std::move(v);
      return;
    }
  }
  items_.emplace_back(symbol, std::move(v));
}

bool AttributeTable::erase(int symbol) {
  return std::erase_if(items_, [symbol](const auto& kv) { return kv.first == symbol; }) > 0;
}

// --- the objects -----------------------------------------------------------------

ClassObject::ClassObject(std::string name, std::vector<ClassPtr> bases, std::vector<const ExceptionType*> exception_bases)
    : name(std::move(name)), bases(std::move(bases)) {
  mro = c3(this, this->bases);
  for (const auto& b : this->bases)
    if (b->exc_type) exception_bases.push_back(b->exc_type.get());
  if (!exception_bases.empty()) exc_type = std::make_unique<ExceptionType>(this->name, std::move(exception_bases));
}

/// The table of objects with attributes of their own; `base` holds their other members.
const TypeInfo& own_attributes_table(std::string_view name, const TypeInfo* base) {
  TypeInfo& t = type_info(name, base);
  t.set_own_attributes();
  return t;
}

const TypeInfo& ClassObject::type() const {
  static const TypeInfo& t = own_attributes_table("<class>", &type_info("type"));
  return t;
}

const Value* ClassObject::lookup(int symbol, std::size_t start) const {
  for (std::size_t i = start; i < mro.size(); ++i)
    if (const Value* v = mro[i]->dict.find(symbol)) return v;
  return nullptr;
}

std::size_t ClassObject::mro_index(const ClassObject& c) const {
  return static_cast<std::size_t>(std::find(mro.begin(), mro.end(), &c) - mro.begin());
}

bool ClassObject::is_subclass_of(const ClassObject& other) const { return mro_index(other) < mro.size(); }

const TypeInfo& InstanceObject::type() const {
  static const TypeInfo& t = own_attributes_table("<instance>");
  return t;
}

const TypeInfo& MethodObject::type() const {
  static const TypeInfo& t = type_info("method");
  return t;
}

bool MethodObject::equals(const Object& other) const {
  auto* o = dynamic_cast<const MethodObject*>(&other);
  return o && is_same(o->func, func) && is_same(o->self, self);
}

const TypeInfo& PropertyObject::type() const {
  static const TypeInfo& t = type_info("property");
  return t;
}

const TypeInfo& SuperObject::type() const {
  static const TypeInfo& t = own_attributes_table("super");
  return t;
}

const TypeInfo& AwaitIterator::type() const {
  static const TypeInfo& t = type_info("FutureIter");
  return t;
}

// --- attribute access ------------------------------------------------------------

Instance* instance_part(const Value& v) {
  if (!v.is_object()) return nullptr;
  return dynamic_cast<Instance*>(v.as_object().get());
}

bool user_get_attr(Interpreter& in, const Value& obj, int symbol, Value& out) {
  if (Instance* inst = instance_part(obj)) {
    const Value* in_class = inst->cls->lookup(symbol);
    if (in_class && in_class->as<PropertyObject>()) {
      out = bind_to(in, obj, *in_class);
    } else if (const Value* own = inst->attrs.find(symbol)) {
      out = *own;
    } else if (in_class) {
      out = bind_to(in, obj, *in_class);
    } else {
      return false;  // an exception's own members (args), else AttributeError
    }
    return true;
  }
  if (auto cls = obj.as<ClassObject>()) {
    const Value* v = cls->lookup(symbol);
    if (!v) raise(exc::AttributeError, "type object '" + cls->name + "' has no attribute '" + symbol_name(symbol) + "'");
    out = *v;
    return true;
  }
  if (auto s = obj.as<SuperObject>()) return super_get_attr(in, *s, symbol, out);
  return false;
}

bool user_set_attr(const Value& obj, int symbol, Value v) {
  if (Instance* inst = instance_part(obj)) {
    if (const Value* c = inst->cls->lookup(symbol); c && c->as<PropertyObject>()) property_refuses(*inst->cls, symbol, "setter");
    inst->attrs.set(symbol, std::move(v));
    return true;
  }
  if (auto cls = obj.as<ClassObject>()) {
    check_changeable(*cls);
    cls->dict.set(symbol, std::move(v));
    return true;
  }
  return false;
}

bool user_del_attr(const Value& obj, int symbol) {
  if (Instance* inst = instance_part(obj)) {
    if (const Value* c = inst->cls->lookup(symbol); c && c->as<PropertyObject>()) property_refuses(*inst->cls, symbol, "deleter");
    if (!inst->attrs.erase(symbol))
      raise(exc::AttributeError, "'" + inst->cls->name + "' object has no attribute '" + symbol_name(symbol) + "'");
    return true;
  }
  if (auto cls = obj.as<ClassObject>()) {
    check_changeable(*cls);
    if (!cls->dict.erase(symbol)) raise(exc::AttributeError, "type object '" + cls->name + "' has no attribute '" + symbol_name(symbol) + "'");
    return true;
  }
  return false;
}

// --- instances ---------------------------------------------------------------------

Value instantiate_class(Interpreter& in, const ClassPtr& cls, CallArgs& args) {
  static const int init = intern("__init__");
  // BaseException.__new__ keeps every positional argument as args; __init__ may replace them.
  Value self = cls->exc_type ? Value(std::make_shared<InstanceException>(cls, args.pos))
                             : Value(std::make_shared<InstanceObject>(cls));
  const Value* init_fn = cls->lookup(init);
  if (!init_fn) {
    if (cls->exc_type && !args.kw.empty()) raise(exc::TypeError, cls->name + "() takes no keyword arguments");
    if (!cls->exc_type && (!args.pos.empty() || !args.kw.empty())) raise(exc::TypeError, cls->name + "() takes no arguments");
    return self;
  }
  args.pos.insert(args.pos.begin(), self);
  Value r = in.call(*init_fn, args);
  if (!r.is_none()) raise(exc::TypeError, "__init__() should return None, not '" + loopspec::type_name(r) + "'");
  return self;
}

bool is_instance_of_class(const Value& v, const ClassObject& cls) {
  Instance* inst = instance_part(v);
  return inst && inst->cls->is_subclass_of(cls);
}

Value awaitable_of_instance(Interpreter& in, const Value& obj) {
  static const int await_sym = intern("__await__");
  Value method;
  if (!user_get_attr(in, obj, await_sym, method))
    raise(exc::TypeError, "object " + loopspec::type_name(obj) + " can't be used in 'await' expression");
  CallArgs none;
  Value it = in.call(method, none);
  if (auto a = it.as<AwaitIterator>()) return a->awaitable;
  if (it.as<CoroutineObject>()) raise(exc::TypeError, "__await__() returned a coroutine");
  static const int next_sym = intern("__next__");
  if (type_of(it).find(next_sym)) return it;  // a plain iterator (zip, enumerate): awaited item by item
  raise(exc::TypeError, "__await__() returned non-iterator of type '" + loopspec::type_name(it) + "'");
}

}  // namespace loopspec::harness
