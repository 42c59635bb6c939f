// Pieces shared by both statement executors: awaiting, iterating,
// assigning, raising and matching exceptions, context managers.
#include "interp/exec.hpp"
#include "common/errors.hpp"
#include "interp/classes.hpp"
#include "interp/comprehension.hpp"
#include "interp/pyobjects.hpp"
#include "interp/pyops.hpp"

namespace loopspec::harness {

// --- ValueAwaiter ------------------------------------------------------------

namespace {

/// Awaiting a plain iterator that `__await__` returned, as `yield from` does:
/// each item goes up to the task. None is a bare yield (one iteration
/// given up); anything else wakes the chain with the task's error (the
/// iterator has no throw(), so the error surfaces at the await). The end of
/// the iterator ends the await with None.
Coro await_plain_iterator(Interpreter* in, Value it) {
  Iteration items(*in, it);
  Value item;
  while (items.next(item)) {
    if (item.is_none()) {
      co_await yield_now();
    } else if (auto fut = item.as<Future>()) {
      // named awaiters: g++ 12 mis-destroys temporary ones holding an object
      YieldUnblocked yielded{std::move(fut)};
      co_await yielded;
    } else {
      YieldValue yielded{{py_repr(item), item.as<GeneratorObject>() != nullptr}};
      co_await yielded;
    }
  }
  co_return None;
}

Coro wrapped_await(Interpreter* in, Value v) { co_return co_await ValueAwaiter(*in, std::move(v)); }

}  // namespace

Coro wrap_awaitable(Interpreter& in, const Value& v) {
  static const int await_sym = intern("__await__");
  Value method;
  if (!instance_part(v) || !user_get_attr(in, v, await_sym, method)) return Coro();
  Coro c = wrapped_await(&in, v);
  c.object()->name = "_wrap_awaitable";
  return c;
}

ValueAwaiter::ValueAwaiter(Interpreter& in, Value v) : keep_(std::move(v)) {
  bool plain_iterator = false;
  if (instance_part(keep_)) {
    keep_ = awaitable_of_instance(in, keep_);
    if (!keep_.as<CoroutineObject>() && !keep_.as<Future>()) {
      // zip and enumerate run no Python frame; a generator expression does.
      unpinnable_frames_ = keep_.as<GeneratorObject>() != nullptr;
      plain_iterator = true;
      keep_ = Value(await_plain_iterator(&in, keep_).object());
    }
  }
  if (auto c = keep_.as<CoroutineObject>()) {
    if (!plain_iterator && !c->code) unpinnable_frames_ = true;
    coro_aw_.child = c.get();
  } else if ((fut_ = keep_.as<Future>())) {
    fut_aw_.fut = fut_.get();
  } else {
    raise(exc::TypeError, "object " + loopspec::type_name(keep_) + " can't be used in 'await' expression");
  }
}

Value ValueAwaiter::await_resume() {
  if (fut_) return fut_aw_.await_resume();
  try {
    return coro_aw_.await_resume();
  } catch (const PyError& e) {
    if (unpinnable_frames_) Interpreter::trace_unpinnable(*e.exception());
    throw;
  }
}

// --- Iteration ---------------------------------------------------------------

Iteration::Iteration(Interpreter& in, const Value& iterable) : in_(in), src_(iterable), items_(nullptr) {
  if (auto r = iterable.as<RangeObject>()) {
    kind_ = Kind::Range;
    return;
  }
  if (auto l = iterable.as<List>()) {
    kind_ = Kind::Items;
    items_ = &l->items;
    return;
  }
  if (auto t = iterable.as<Tuple>()) {
    kind_ = Kind::Items;
    items_ = &t->items;
    return;
  }
  if (iterable.as<Dict>() || iterable.as<Set>() || iterable.as<Bytes>()) {
    kind_ = Kind::Items;
    snapshot_ = *plain_items(iterable);
    items_ = &snapshot_;
    return;
  }
  if (iterable.is_str()) {
    kind_ = Kind::Str;
    return;
  }
  kind_ = Kind::Protocol;
  static const int iter_sym = intern("__iter__");
  static const int next_sym = intern("__next__");
  const TypeInfo& t = type_of(iterable);
  if (t.find(iter_sym)) {
    CallArgs none;
    src_ = in.call_method(iterable, iter_sym, none);
  } else if (!t.find(next_sym)) {
    raise(exc::TypeError, "'" + loopspec::type_name(iterable) + "' object is not iterable");
  }
}

bool Iteration::next(Value& out) {
  switch (kind_) {
    case Kind::Range: {
      auto r = src_.as<RangeObject>();
      if (range_i_ >= r->length()) return false;
      out = r->at(range_i_++);
      return true;
    }
    case Kind::Items:
      // By index, re-reading the size: a list appended to while walked yields the new items.
      if (pos_ >= items_->size()) return false;
      out = (*items_)[pos_++];
      return true;
    case Kind::Str: {
      const std::string& s = src_.as_str();
      if (pos_ >= s.size()) return false;
      std::size_t end = pos_ + 1;
      while (end < s.size() && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) ++end;
      out = s.substr(pos_, end - pos_);
      pos_ = end;
      return true;
    }
    case Kind::Protocol: {
      static const int next_sym = intern("__next__");
      CallArgs none;
      try {
        out = in_.call_method(src_, next_sym, none);
      } catch (const PyError& e) {
        if (e.exception()->type == &exc::StopIteration) return false;
        throw;
      }
      return true;
    }
  }
  return false;
}

// --- assignment --------------------------------------------------------------

Place place_of(Interpreter& in, const ir::Expr& target, Frame& f) {
  if (const auto* a = std::get_if<ir::Attr>(&target.node)) return {in.eval(*a->value, f), Value(), a->symbol};
  const auto& s = std::get<ir::Subscript>(target.node);
  Value container = in.eval(*s.value, f);
  return {std::move(container), in.eval(*s.index, f)};
}

Value Place::load(Interpreter& in) const { return symbol >= 0 ? in.get_attr(object, symbol) : subscript(object, index); }

void Place::store(Interpreter& in, Value v) const {
  if (symbol >= 0) in.set_attr(object, symbol, std::move(v));
  else store_subscript(object, index, std::move(v));
}

void Place::erase(Interpreter& in) const {
  if (symbol >= 0) in.del_attr(object, symbol);
  else delete_subscript(object, index);
}

void Exec::store(Interpreter& in, const ir::Expr& target, Value v, Frame& f) {
  if (const auto* n = std::get_if<ir::Name>(&target.node)) {
    f.variable(n->scope, n->slot) = std::move(v);
    return;
  }
  if (!std::holds_alternative<ir::TupleExpr>(target.node)) return place_of(in, target, f).store(in, std::move(v));
  const auto& names = std::get<ir::TupleExpr>(target.node).elts;
  std::vector<Value> items;
  Iteration it(in, v);
  Value item;
  while (it.next(item)) {
    items.push_back(std::move(item));
    if (items.size() > names.size()) {
      raise(exc::ValueError, "too many values to unpack (expected " + std::to_string(names.size()) + ")");
    }
  }
  if (items.size() < names.size()) {
    raise(exc::ValueError, "not enough values to unpack (expected " + std::to_string(names.size()) + ", got " +
                               std::to_string(items.size()) + ")");
  }
  for (std::size_t i = 0; i < names.size(); ++i) store(in, *names[i], std::move(items[i]), f);
}

void Exec::delete_name(const ir::Name& n, Frame& f) {
  f.bound(n);  // deleting an unbound variable raises as reading it does
  f.variable(n.scope, n.slot).reset();
}

void Exec::delete_target(Interpreter& in, const ir::Expr& target, Frame& f) {
  if (const auto* n = std::get_if<ir::Name>(&target.node)) return delete_name(*n, f);
  place_of(in, target, f).erase(in);
}

Value Exec::aug_combine(Interpreter& in, ir::BinOp op, const Value& old, const Value& rhs) {
  // set's -=, |= and &= change the set in place, as list's += does.
  if (auto s = old.as<Set>(); s && rhs.as<Set>()) {
    Value result = inplace_op(op, old, rhs);
    if (auto r = result.as<Set>()) {
      s->items = r->items;
      // CPython's -= discards in place (dummy slots); &= swaps in a freshly built table.
      if (op == ir::BinOp::Sub) s->lost_member = true;
      if (op == ir::BinOp::BitAnd) s->lost_member = false;
      return old;
    }
  }
  if (op == ir::BinOp::Add) {
    if (auto l = old.as<List>()) {
      Iteration it(in, rhs);
      std::vector<Value> extra;
      Value item;
      while (it.next(item)) extra.push_back(std::move(item));
      l->items.insert(l->items.end(), extra.begin(), extra.end());
      return old;
    }
  }
  return inplace_op(op, old, rhs);
}

void Exec::aug_assign(Interpreter& in, const ir::AugAssign& a, Frame& f) {
  if (!std::holds_alternative<ir::Name>(a.target->node)) {
    Place p = place_of(in, *a.target, f);
    Value old = p.load(in);
    p.store(in, aug_combine(in, a.op, old, in.eval(*a.value, f)));
    return;
  }
  Value old = in.eval(*a.target, f);
  Value rhs = in.eval(*a.value, f);
  store(in, *a.target, aug_combine(in, a.op, old, rhs), f);
}

// --- exceptions --------------------------------------------------------------

void Exec::raise_stmt(Interpreter& in, const ir::Raise& r, Frame& f) {
  if (!r.exc) {
    if (f.handling.empty()) raise(exc::RuntimeError, "No active exception to reraise");
    throw PyError(f.handling.back());
  }
  Value v = in.eval(*r.exc, f);
  raise_value(in, std::move(v), r.cause ? std::optional(in.eval(*r.cause, f)) : std::nullopt);
}

void Exec::raise_value(Interpreter& in, Value v, std::optional<Value> cause) {
  CallArgs none;
  if (v.as<ExceptionClass>() || v.as<ClassObject>()) v = in.call(v, none);
  auto e = v.as<ExceptionObject>();
  if (!e) raise(exc::TypeError, "exceptions must derive from BaseException");
  // The cause only sets __cause__, which no trace shows; its checks are CPython's.
  if (cause && (cause->as<ExceptionClass>() || cause->as<ClassObject>())) cause = in.call(*cause, none);
  if (cause && !cause->is_none() && !cause->as<ExceptionObject>()) {
    raise(exc::TypeError, "exception causes must derive from BaseException");
  }
  // A new raise: the raising frame adds itself to the traceback the
  // exception already has, even when it did so before.
  e->traced_in = nullptr;
  throw PyError(std::move(e));
}

void Exec::assertion_failed(std::optional<Value> msg) {
  std::vector<Value> args;
  if (msg) args.push_back(std::move(*msg));
  throw PyError(new_exception(exc::AssertionError, std::move(args)));
}

bool class_matches(const Value& cls, const ExceptionPtr& e) {
  if (auto c = cls.as<ExceptionClass>()) return e->is_instance_of(*c->exc_type);
  if (auto c = cls.as<ClassObject>(); c && c->exc_type) return e->is_instance_of(*c->exc_type);
  if (auto t = cls.as<Tuple>()) {
    for (const auto& x : t->items)
      if (class_matches(x, e)) return true;
    return false;
  }
  raise(exc::TypeError, "catching classes that do not inherit from BaseException is not allowed");
}

const ir::Handler* Exec::match(Interpreter& in, const ir::Try& t, const ExceptionPtr& e, Frame& f) {
  for (const auto& h : t.handlers) {
    f.line = h.line;  // each clause is tried at its own line (f_lineno)
    if (h.types.empty()) return &h;
    for (const auto& type : h.types) {
      if (class_matches(in.eval(*type, f), e)) return &h;
    }
  }
  return nullptr;
}

void Exec::bind_handler_name(const ir::Handler& h, const ExceptionPtr& e, Frame& f) {
  if (h.name_slot >= 0) f.variable(h.name_scope, h.name_slot) = Value(e);
}

void Exec::unbind_handler_name(const ir::Handler& h, Frame& f) {
  // Python deletes the `as` name when the handler ends.
  if (h.name_slot >= 0) f.variable(h.name_scope, h.name_slot).reset();
}

// --- context managers --------------------------------------------------------

Value Exec::context_call(Interpreter& in, const Value& mgr, const char* method, CallArgs args) {
  int sym = intern(method);
  Instance* inst = instance_part(mgr);
  if (inst ? !inst->cls->lookup(sym) : !type_of(mgr).find(sym)) {
    std::string protocol = method[2] == 'a' ? "asynchronous context manager protocol" : "context manager protocol";
    raise(exc::TypeError, "'" + loopspec::type_name(mgr) + "' object does not support the " + protocol);
  }
  return in.call_method(mgr, sym, args);
}

CallArgs Exec::exit_args(const ExceptionPtr& e) {
  CallArgs a;
  if (e) {
    Instance* user = instance_part(Value(e));
    a.pos = {user ? Value(user->cls) : exception_class_value(*e->type), Value(e), Value(None)};
  } else {
    a.pos = {Value(None), Value(None), Value(None)};
  }
  return a;
}

}  // namespace loopspec::harness
