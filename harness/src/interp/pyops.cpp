// Python operators on model values, with CPython 3.11's results and messages.
#include "interp/pyops.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "common/errors.hpp"
#include "loopspec/compare.hpp"
#include "loopspec/exceptions.hpp"
#include "loopspec/numbers.hpp"
#include "loopspec/runtime.hpp"
#include "interp/context.hpp"
#include "interp/pyobjects.hpp"
#include "interp/slices.hpp"
#include "interp/utf8.hpp"
#include "ir/spelling.hpp"

namespace loopspec::harness {
namespace {

using ir::BinOp;
using ir::CmpOp;

std::string tname(const Value& v) { return loopspec::type_name(v); }

[[noreturn]] void overflow() {
  // Python would switch to a big integer; traces only hold 64-bit ints.
  throw ScenarioError("integer result does not fit in 64 bits");
}

/// `symbol` is the operator as written: `+`, or `+=` for an augmented assignment.
[[noreturn]] void unsupported(const std::string& symbol, const Value& a, const Value& b) {
  raise(exc::TypeError, "unsupported operand type(s) for " + symbol + ": '" + tname(a) + "' and '" + tname(b) + "'");
}

Value int_op(BinOp op, std::int64_t a, std::int64_t b) {
  std::int64_t r = 0;
  switch (op) {
    case BinOp::Add:
      if (__builtin_add_overflow(a, b, &r)) overflow();
      return r;
    case BinOp::Sub:
      if (__builtin_sub_overflow(a, b, &r)) overflow();
      return r;
    case BinOp::Mul:
      if (__builtin_mul_overflow(a, b, &r)) overflow();
      return r;
    case BinOp::Div:
      if (b == 0) raise(exc::ZeroDivisionError, "division by zero");
      return static_cast<double>(a) / static_cast<double>(b);
    case BinOp::FloorDiv: {
      if (b == 0) raise(exc::ZeroDivisionError, "integer division or modulo by zero");
      if (a == std::numeric_limits<std::int64_t>::min() && b == -1) overflow();
      std::int64_t q = a / b;
      if (a % b != 0 && ((a < 0) != (b < 0))) --q;
      return q;
    }
    case BinOp::Mod: {
      if (b == 0) raise(exc::ZeroDivisionError, "integer modulo by zero");
      if (b == -1) return std::int64_t{0};
      std::int64_t m = a % b;
      if (m != 0 && ((m < 0) != (b < 0))) m += b;
      return m;
    }
    case BinOp::BitOr: return a | b;
    case BinOp::BitAnd: return a & b;
  }
  return None;
}

// CPython's float_rem and float_floor_div (Objects/floatobject.c).
double float_mod(double vx, double wx) {
  double mod = std::fmod(vx, wx);
  if (mod != 0.0) {
    if ((wx < 0) != (mod < 0)) mod += wx;
  } else {
    mod = std::copysign(0.0, wx);
  }
  return mod;
}

double float_floordiv(double vx, double wx) {
  double mod = std::fmod(vx, wx);
  double div = (vx - mod) / wx;
  if (mod != 0.0 && ((wx < 0) != (mod < 0))) div -= 1.0;
  if (div == 0.0) return std::copysign(0.0, vx / wx);
  double floordiv = std::floor(div);
  if (div - floordiv > 0.5) floordiv += 1.0;
  return floordiv;
}

Value float_op(BinOp op, double a, double b) {
  switch (op) {
    case BinOp::Add: return a + b;
    case BinOp::Sub: return a - b;
    case BinOp::Mul: return a * b;
    case BinOp::Div:
      if (b == 0.0) raise(exc::ZeroDivisionError, "float division by zero");
      return a / b;
    case BinOp::FloorDiv:
      if (b == 0.0) raise(exc::ZeroDivisionError, "float floor division by zero");
      return float_floordiv(a, b);
    case BinOp::Mod:
      if (b == 0.0) raise(exc::ZeroDivisionError, "float modulo");
      return float_mod(a, b);
    case BinOp::BitOr:
    case BinOp::BitAnd: break;  // the caller reports the operand types
  }
  return None;
}

std::vector<Value> repeat(const std::vector<Value>& items, std::int64_t n) {
  std::vector<Value> out;
  if (n <= 0) return out;
  if (items.size() * static_cast<std::size_t>(n) > 10'000'000) throw ScenarioError("sequence repetition too large");
  out.reserve(items.size() * static_cast<std::size_t>(n));
  for (std::int64_t i = 0; i < n; ++i) out.insert(out.end(), items.begin(), items.end());
  return out;
}

Value make_like(const Value& proto, std::vector<Value> items) {
  if (proto.as<List>()) return std::make_shared<List>(std::move(items));
  return std::make_shared<Tuple>(std::move(items));
}

Value concat(const Value& a, const Value& b) {
  if (auto x = a.as<Bytes>()) {
    auto y = b.as<Bytes>();
    if (!y) raise(exc::TypeError, "can't concat " + tname(b) + " to bytes");
    return std::make_shared<Bytes>(x->data + y->data);
  }
  if (a.is_str()) {
    if (!b.is_str()) raise(exc::TypeError, "can only concatenate str (not \"" + tname(b) + "\") to str");
    return a.as_str() + b.as_str();
  }
  const auto* x = sequence_items(a);
  const auto* y = sequence_items(b);
  if (x && (!y || tname(a) != tname(b))) {
    raise(exc::TypeError, "can only concatenate " + tname(a) + " (not \"" + tname(b) + "\") to " + tname(a));
  }
  if (!x) unsupported("+", a, b);
  std::vector<Value> items = *x;
  items.insert(items.end(), y->begin(), y->end());
  return make_like(a, std::move(items));
}

std::string repeat_text(const std::string& s, std::int64_t count) {
  std::string out;
  if (count <= 0) return out;
  if (s.size() * static_cast<std::size_t>(count) > 10'000'000) throw ScenarioError("string repetition too large");
  // Doubled, not appended count times: b"x" * 1048576 a byte at a time took
  // 20 ms, past what a real-clock run forgives an event
  // (transports/writelines_flow_control).
  const std::size_t total = s.size() * static_cast<std::size_t>(count);
  out.reserve(total);
  out = s;
  while (out.size() < total) out.append(out, 0, std::min(out.size(), total - out.size()));
  return out;
}

bool is_text_or_sequence(const Value& v) { return v.is_str() || v.as<Bytes>() || sequence_items(v); }

/// seq * n for str, bytes, list and tuple (either operand order); nullopt when neither is a sequence.
std::optional<Value> repetition(const Value& a, const Value& b) {
  const Value& seq = is_text_or_sequence(a) ? a : b;
  const Value& n = &seq == &a ? b : a;
  if (!is_text_or_sequence(seq)) return std::nullopt;
  if (!is_integer(n)) raise(exc::TypeError, "can't multiply sequence by non-int of type '" + tname(n) + "'");
  std::int64_t count = as_integer(n);
  if (seq.is_str()) return Value(repeat_text(seq.as_str(), count));
  if (auto bytes = seq.as<Bytes>()) return Value(std::make_shared<Bytes>(repeat_text(bytes->data, count)));
  return make_like(seq, repeat(*sequence_items(seq), count));
}

/// `a - b`, `a | b`, `a & b` of two sets; nullopt for other operands.
std::optional<Value> set_op(BinOp op, const Value& a, const Value& b) {
  auto x = a.as<Set>();
  auto y = b.as<Set>();
  if (!x || !y || (op != BinOp::Sub && op != BinOp::BitOr && op != BinOp::BitAnd)) return std::nullopt;
  auto out = std::make_shared<Set>();
  for (const auto& v : x->items)
    if ((op == BinOp::BitOr) || (y->contains(v) == (op == BinOp::BitAnd))) out->add(v);
  if (op == BinOp::BitOr)
    for (const auto& v : y->items) out->add(v);
  // CPython makes a large a minus a small b by copying a and discarding b's
  // members, which leaves dummy slots (Set::lost_member).
  out->lost_member = op == BinOp::Sub && (x->items.size() >> 2) > y->items.size();
  return Value(std::move(out));
}

std::int64_t normalize_index(const Value& container, const Value& index, std::size_t size,
                             const std::string& what) {
  if (!is_integer(index)) {
    raise(exc::TypeError, tname(container) + " indices must be integers or slices, not " + tname(index));
  }
  std::int64_t i = as_integer(index);
  std::int64_t n = static_cast<std::int64_t>(size);
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(exc::IndexError, what.empty() ? "index out of range" : what + " index out of range");
  return i;
}

/// The byte range of code point `i` of a UTF-8 string.
std::string utf8_at(const std::string& s, std::int64_t i) {
  std::size_t pos = 0;
  for (std::int64_t k = 0; k < i; ++k) {
    ++pos;
    while (pos < s.size() && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) ++pos;
  }
  std::size_t end = pos + 1;
  while (end < s.size() && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) ++end;
  return s.substr(pos, end - pos);
}

/// `item in b` for bytes: a byte value (an int 0-255) or a bytes substring.
bool bytes_contains(const std::string& b, const Value& item) {
  if (is_integer(item)) {
    std::int64_t v = as_integer(item);
    if (v < 0 || v > 255) raise(exc::ValueError, "byte must be in range(0, 256)");
    return b.find(static_cast<char>(v)) != std::string::npos;
  }
  auto sub = item.as<Bytes>();
  if (!sub) raise(exc::TypeError, "a bytes-like object is required, not '" + tname(item) + "'");
  return b.find(sub->data) != std::string::npos;
}

/// binary_op and inplace_op; `symbol` is the operator their TypeError names.
Value operate(BinOp op, const Value& a, const Value& b, const std::string& symbol) {
  if (a.is_bool() && b.is_bool() && (op == BinOp::BitOr || op == BinOp::BitAnd)) {
    return op == BinOp::BitOr ? (a.as_bool() || b.as_bool()) : (a.as_bool() && b.as_bool());
  }
  if (is_integer(a) && is_integer(b)) return int_op(op, as_integer(a), as_integer(b));
  bool bitwise = op == BinOp::BitOr || op == BinOp::BitAnd;
  if (is_number(a) && is_number(b) && !bitwise) return float_op(op, as_double(a), as_double(b));
  if (op == BinOp::Add && is_text_or_sequence(a)) return concat(a, b);
  if (op == BinOp::Mul) {
    if (auto r = repetition(a, b)) return std::move(*r);
  }
  if (auto r = set_op(op, a, b)) return std::move(*r);
  unsupported(symbol, a, b);
}

}  // namespace

Value binary_op(BinOp op, const Value& a, const Value& b) { return operate(op, a, b, std::string(ir::spelling(op))); }

Value inplace_op(BinOp op, const Value& a, const Value& b) {
  return operate(op, a, b, std::string(ir::spelling(op)) + "=");
}

Value unary_op(ir::UnaryOp op, const Value& a) {
  if (op == ir::UnaryOp::Not) return !truthy(a);
  if (is_integer(a)) {
    std::int64_t v = as_integer(a);
    if (op == ir::UnaryOp::Pos) return v;
    if (v == std::numeric_limits<std::int64_t>::min()) overflow();
    return -v;
  }
  if (a.is_float()) return op == ir::UnaryOp::Pos ? a.as_float() : -a.as_float();
  raise(exc::TypeError, std::string("bad operand type for unary ") + (op == ir::UnaryOp::Neg ? "-" : "+") +
                            ": '" + tname(a) + "'");
}

bool compare_op(CmpOp op, const Value& a, const Value& b) {
  switch (op) {
    case CmpOp::Eq: return equals(a, b);
    case CmpOp::Ne: return !equals(a, b);
    case CmpOp::Is: return is_same(a, b);
    case CmpOp::IsNot: return !is_same(a, b);
    case CmpOp::In: return contains(b, a);
    case CmpOp::NotIn: return !contains(b, a);
    case CmpOp::Lt: return python_order(a, b, "<") == Ordering::Less;
    case CmpOp::Le: {
      Ordering o = python_order(a, b, "<=");
      return o == Ordering::Less || o == Ordering::Equal;
    }
    case CmpOp::Gt: return python_order(a, b, ">") == Ordering::Greater;
    case CmpOp::Ge: {
      Ordering o = python_order(a, b, ">=");
      return o == Ordering::Greater || o == Ordering::Equal;
    }
  }
  return false;
}

bool contains(const Value& container, const Value& item) {
  if (const auto* items = sequence_items(container)) {
    for (const auto& x : *items) {
      if (is_same(x, item) || equals(x, item)) return true;
    }
    return false;
  }
  if (auto d = container.as<Dict>()) {
    check_hashable(item);
    return d->find(item) != nullptr;
  }
  if (auto s = container.as<Set>()) {
    check_hashable(item);
    return s->contains(item);
  }
  if (auto b = container.as<Bytes>()) return bytes_contains(b->data, item);
  if (container.is_str()) {
    if (!item.is_str())
      raise(exc::TypeError, "'in <string>' requires string as left operand, not " + tname(item));
    return container.as_str().find(item.as_str()) != std::string::npos;
  }
  if (auto c = container.as<ContextObject>()) return c->find(context_key(item)) != nullptr;
  if (auto r = container.as<RangeObject>()) {
    if (!is_integer(item)) return false;
    std::int64_t v = as_integer(item);
    for (std::int64_t i = 0; i < r->length(); ++i)
      if (r->at(i) == v) return true;
    return false;
  }
  raise(exc::TypeError, "argument of type '" + tname(container) + "' is not iterable");
}

Value subscript(const Value& x, const Value& index) {
  if (auto s = index.as<SliceObject>()) {
    if (auto part = slice_of(x, *s)) return std::move(*part);
  }
  if (auto b = x.as<Bytes>()) {
    if (!is_integer(index)) raise(exc::TypeError, "byte indices must be integers or slices, not " + tname(index));
    return static_cast<std::int64_t>(static_cast<unsigned char>(b->data[normalize_index(x, index, b->data.size(), "")]));
  }
  if (auto l = x.as<List>()) return l->items[normalize_index(x, index, l->items.size(), "list")];
  if (auto t = x.as<Tuple>()) return t->items[normalize_index(x, index, t->items.size(), "tuple")];
  if (auto d = x.as<Dict>()) {
    check_hashable(index);
    if (const Value* v = d->find(index)) return *v;
    throw PyError(new_exception(exc::KeyError, {index}));
  }
  if (auto c = x.as<ContextObject>()) {
    if (const Value* v = c->find(context_key(index))) return *v;
    throw PyError(new_exception(exc::KeyError, {index}));
  }
  if (x.is_str()) {
    if (!is_integer(index)) raise(exc::TypeError, "string indices must be integers, not '" + tname(index) + "'");
    std::int64_t n = static_cast<std::int64_t>(utf8_length(x.as_str()));
    std::int64_t i = as_integer(index);
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise(exc::IndexError, "string index out of range");
    return utf8_at(x.as_str(), i);
  }
  if (auto r = x.as<RangeObject>()) {
    if (!is_integer(index))
      raise(exc::TypeError, "range indices must be integers or slices, not " + tname(index));
    std::int64_t i = as_integer(index);
    if (i < 0) i += r->length();
    if (i < 0 || i >= r->length()) raise(exc::IndexError, "range object index out of range");
    return r->at(i);
  }
  raise(exc::TypeError, "'" + tname(x) + "' object is not subscriptable");
}

namespace {
/// The position `lst[index] = ...` and `del lst[index]` act on (CPython's errors).
std::size_t list_slot(const List& l, const Value& index) {
  if (!is_integer(index)) raise(exc::TypeError, "list indices must be integers or slices, not " + tname(index));
  std::int64_t i = as_integer(index);
  std::int64_t n = static_cast<std::int64_t>(l.items.size());
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(exc::IndexError, "list assignment index out of range");
  return static_cast<std::size_t>(i);
}
}  // namespace

void store_subscript(const Value& x, const Value& index, Value v) {
  auto l = x.as<List>();
  auto s = index.as<SliceObject>();
  if (l && s) {
    auto items = plain_items(v);
    // 3.13 words a plain slice's error as an extended slice's.
    bool plain = s->step.is_none() && !Runtime::current().follows(VersionRule::SliceAssignmentMessage);
    if (!items) raise(exc::TypeError, plain ? "can only assign an iterable" : "must assign iterable to extended slice");
    store_slice(*l, *s, std::move(*items));
    return;
  }
  if (l) {
    l->items[list_slot(*l, index)] = std::move(v);
    return;
  }
  if (auto d = x.as<Dict>()) {
    check_hashable(index);
    d->set(index, std::move(v));
    return;
  }
  raise(exc::TypeError, "'" + tname(x) + "' object does not support item assignment");
}

void delete_subscript(const Value& x, const Value& index) {
  auto l = x.as<List>();
  if (auto s = index.as<SliceObject>(); l && s) {
    delete_slice(*l, *s);
    return;
  }
  if (l) {
    l->items.erase(l->items.begin() + static_cast<std::ptrdiff_t>(list_slot(*l, index)));
    return;
  }
  if (auto d = x.as<Dict>()) {
    check_hashable(index);
    auto it = std::find_if(d->items.begin(), d->items.end(), [&](const auto& kv) { return loopspec::equals(kv.first, index); });
    if (it == d->items.end()) throw PyError(new_exception(exc::KeyError, {index}));
    d->items.erase(it);
    return;
  }
  // CPython's two wordings: an int index into an immutable sequence, and everything else.
  bool sequence = (x.as<Tuple>() || x.is_str() || x.as<RangeObject>() || x.as<Bytes>()) && !index.as<SliceObject>();
  raise(exc::TypeError, "'" + tname(x) + "' object " + (sequence ? "doesn't" : "does not") + " support item deletion");
}

std::int64_t py_len(const Value& x) {
  if (x.is_str()) return static_cast<std::int64_t>(utf8_length(x.as_str()));
  if (const auto* items = sequence_items(x)) return static_cast<std::int64_t>(items->size());
  if (auto d = x.as<Dict>()) return static_cast<std::int64_t>(d->items.size());
  if (auto s = x.as<Set>()) return static_cast<std::int64_t>(s->items.size());
  if (auto b = x.as<Bytes>()) return static_cast<std::int64_t>(b->data.size());
  if (auto r = x.as<RangeObject>()) return r->length();
  if (auto c = x.as<ContextObject>()) return static_cast<std::int64_t>(c->size());
  raise(exc::TypeError, "object of type '" + tname(x) + "' has no len()");
}

void check_hashable(const Value& key) {
  if (key.as<List>() || key.as<Dict>() || key.as<Set>() || key.as<SliceObject>()) {
    raise(exc::TypeError, "unhashable type: '" + tname(key) + "'");
  }
  if (auto t = key.as<Tuple>()) {
    for (const auto& v : t->items) check_hashable(v);
  }
}

Value make_set(std::vector<Value> items) {
  auto s = std::make_shared<Set>();
  for (const auto& v : items) {
    check_hashable(v);
    s->add(v);
  }
  return s;
}

std::vector<Value> set_in_cpython_order(const Set& s) {
  if (auto order = s.cpython_order()) return std::move(*order);
  throw ScenarioError("iterating a set of " + std::to_string(s.items.size()) +
                      " members whose order CPython leaves to hashing (only a set of the ints 0-7 that never "
                      "lost a member iterates in a known order: docs/scenario-language.md#set-iteration); "
                      "use sorted(s)");
}

std::optional<std::vector<Value>> plain_items(const Value& x) {
  if (const auto* items = sequence_items(x)) return *items;
  if (x.is_str()) {
    std::vector<Value> out;
    for (auto& c : code_points(x.as_str())) out.emplace_back(std::move(c));
    return out;
  }
  if (auto b = x.as<Bytes>()) {
    std::vector<Value> out;
    for (unsigned char c : b->data) out.emplace_back(static_cast<std::int64_t>(c));
    return out;
  }
  if (auto d = x.as<Dict>()) {
    std::vector<Value> out;
    for (const auto& kv : d->items) out.push_back(kv.first);
    return out;
  }
  if (auto s = x.as<Set>()) return set_in_cpython_order(*s);
  if (auto r = x.as<RangeObject>()) {
    std::vector<Value> out;
    for (std::int64_t i = 0; i < r->length(); ++i) out.emplace_back(r->at(i));
    return out;
  }
  return std::nullopt;
}

namespace {
/// repr() writes a set's members in iteration order: refuse, anywhere inside
/// `v`, a set whose order the model does not know (depth as the trace encoder's).
void check_set_orders(const Value& v, int depth = 0) {
  if (depth > 100) throw ScenarioError("value nests too deeply (a list that contains itself?)");
  if (auto s = v.as<Set>(); s && !s->items.empty()) {
    for (const auto& m : set_in_cpython_order(*s)) check_set_orders(m, depth + 1);
  } else if (const auto* items = sequence_items(v)) {
    for (const auto& m : *items) check_set_orders(m, depth + 1);
  } else if (auto d = v.as<Dict>()) {
    for (const auto& [k, val] : d->items) {
      check_set_orders(k, depth + 1);
      check_set_orders(val, depth + 1);
    }
  }
}
}  // namespace

std::string py_repr(const Value& v) {
  check_set_orders(v);
  if (auto f = v.as<FunctionObject>()) return "<function " + f->fn->name + ">";
  if (auto n = v.as<NativeFunction>()) return "<built-in function " + n->name + ">";
  if (auto m = v.as<BoundMethod>()) {
    return "<bound method " + loopspec::type_name(m->self) + "." + symbol_name(m->symbol) + ">";
  }
  if (auto c = v.as<ExceptionClass>()) return "<class '" + std::string(c->exc_type->name()) + "'>";
  if (auto m = v.as<ModuleObject>()) return "<module '" + m->name + "'>";
  if (auto r = v.as<RangeObject>()) {
    std::string out = "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
    if (r->step != 1) out += ", " + std::to_string(r->step);
    return out + ")";
  }
  return loopspec::repr(v);
}

std::string py_str(const Value& v) {
  if (v.is_str()) return v.as_str();
  if (auto e = v.as<ExceptionObject>()) return e->message();
  if (auto o = v.as<Object>()) {
    if (auto own = o->python_str()) return *own;
  }
  return py_repr(v);
}

}  // namespace loopspec::harness
