// Expression evaluation without suspending: every expression that contains no
// await (the others go to eval_async.cpp).
#include "interp/exec.hpp"
#include "interp/classes.hpp"
#include "interp/comprehension.hpp"
#include "common/errors.hpp"
#include "interp/format_spec.hpp"
#include "interp/pyobjects.hpp"
#include "interp/pyops.hpp"

namespace loopspec::harness {
namespace {

std::vector<Value> eval_all(Interpreter& in, const std::vector<ir::ExprPtr>& es, Frame& f) {
  std::vector<Value> out;
  out.reserve(es.size());
  for (const auto& e : es) out.push_back(in.eval(*e, f));
  return out;
}

Value load_name(Interpreter& in, const ir::Name& n, Frame& f, const std::vector<std::optional<Value>>& constants) {
  switch (n.scope) {
    case ir::Scope::Local:
    case ir::Scope::Cell: return f.bound(n);
    case ir::Scope::Constant: {
      const auto& v = constants[static_cast<std::size_t>(n.slot)];
      if (!v) raise(exc::NameError, "name '" + n.id + "' is not defined");
      return *v;
    }
    case ir::Scope::Function: return in.function_value(n.slot);
    case ir::Scope::Class: return in.class_value(n.slot);
    case ir::Scope::Builtin: return builtin_value(n.slot);
    case ir::Scope::Undefined: raise(exc::NameError, "name '" + n.id + "' is not defined");
    case ir::Scope::Unresolved: break;
  }
  throw ScenarioError("internal: unresolved name '" + n.id + "'");
}

/// Positional, *star and keyword arguments, evaluated left to right. Not
/// inlined into eval_call: its locals (the *args iteration among them) would
/// stay on the stack through the call itself, at every level of a Python
/// recursion (bench/README.md, "The interpreter on the corpus").
[[gnu::noinline]] CallArgs eval_args(Interpreter& in, const ir::Call& c, Frame& f) {
  CallArgs args;
  args.line = c.line;
  args.pos = eval_all(in, c.args, f);
  if (c.star) {
    Value star = in.eval(*c.star, f);
    Iteration it(in, star);
    Value item;
    while (it.next(item)) args.pos.push_back(std::move(item));
  }
  for (const auto& k : c.kwargs) args.kw.emplace_back(k.name, in.eval(*k.value, f));
  return args;
}

Value eval_call(Interpreter& in, const ir::Call& c, Frame& f) {
  Callee callee = Callee::of(in, c, in.eval(call_head(c), f));
  CallArgs args = eval_args(in, c, f);
  return callee.call(in, args);
}

}  // namespace

const Value& Frame::bound(const ir::Name& n) {
  const auto& v = variable(n.scope, n.slot);
  if (v) return *v;
  if (n.scope == ir::Scope::Cell && static_cast<std::size_t>(n.slot) >= fn->n_cellvars) {
    raise(exc::NameError, "cannot access free variable '" + n.id +
                              "' where it is not associated with a value in enclosing scope");
  }
  raise(exc::UnboundLocalError, "cannot access local variable '" + n.id + "' where it is not associated with a value");
}

const ir::Expr& call_head(const ir::Call& c) {
  if (const auto* a = std::get_if<ir::Attr>(&c.func->node)) return *a->value;
  return *c.func;
}

bool chain_link(ir::CmpOp op, Value& left, Value right, Value& result) {
  result = compare_op(op, left, right);
  if (!truthy(result)) return false;  // a chain stops at its first false link
  left = std::move(right);
  return true;
}

std::string fstring_field(const ir::FStringPart& part, const Value& v) {
  std::string spec = part.spec.value_or("");
  if (part.conversion == 'r') return format_value(Value(py_repr(v)), spec);
  if (part.conversion == 's') return format_value(Value(py_str(v)), spec);
  return format_value(v, spec);
}

Callee Callee::of(Interpreter& in, const ir::Call& c, Value head) {
  const auto* a = std::get_if<ir::Attr>(&c.func->node);
  if (!a) return {std::move(head)};
  if (type_of(head).find(a->symbol)) return {std::move(head), a->symbol};
  return {in.get_attr(head, a->symbol)};  // raises AttributeError / not supported
}

Value Callee::call(Interpreter& in, CallArgs& args) const {
  return symbol >= 0 ? in.call_method(target, symbol, args) : in.call(target, args);
}

namespace {

/// The visitor of Interpreter::eval: one overload per kind of expression.
/// A struct rather than an Overloaded set of lambdas: each lambda would hold
/// its own copies of the captures, so the visitor built on the stack by every
/// eval (every Python call level keeps one) grew by 16 bytes with each kind
/// the language gained (bench/README.md, "The interpreter on the corpus").
struct ExprVisitor {
  Interpreter& in;
  Frame& f;
  const std::vector<std::optional<Value>>& constants;

  Value operator()(const ir::Const& c) const { return c.value; }
  Value operator()(const ir::Name& n) const { return load_name(in, n, f, constants); }
  Value operator()(const ir::Attr& a) const { return in.get_attr(in.eval(*a.value, f), a.symbol); }
  Value operator()(const ir::Call& c) const { return eval_call(in, c, f); }
  Value operator()(const ir::Await&) const { throw ScenarioError("internal: await inside an expression"); }
  Value operator()(const ir::BinaryOp& b) const {
    Value l = in.eval(*b.left, f);
    return binary_op(b.op, l, in.eval(*b.right, f));
  }
  Value operator()(const ir::Unary& u) const { return unary_op(u.op, in.eval(*u.operand, f)); }
  Value operator()(const ir::Compare& c) const {
    Value l = in.eval(*c.left, f);
    Value result;
    for (std::size_t i = 0; i < c.ops.size(); ++i)
      if (!chain_link(c.ops[i], l, in.eval(*c.comparators[i], f), result)) break;
    return result;
  }
  Value operator()(const ir::BoolOps& b) const {
    // `a and b` gives the first falsy operand (else the last), `or` the first truthy.
    Value v;
    for (const auto& x : b.values) {
      v = in.eval(*x, f);
      if (truthy(v) == (b.op == ir::BoolOp::Or)) return v;
    }
    return v;
  }
  Value operator()(const ir::IfExp& i) const { return in.eval(truthy(in.eval(*i.test, f)) ? *i.body : *i.orelse, f); }
  Value operator()(const ir::ListExpr& l) const { return std::make_shared<List>(eval_all(in, l.elts, f)); }
  Value operator()(const ir::TupleExpr& t) const { return std::make_shared<Tuple>(eval_all(in, t.elts, f)); }
  Value operator()(const ir::DictExpr& d) const {
    auto dict = std::make_shared<Dict>();
    for (std::size_t i = 0; i < d.keys.size(); ++i) {
      Value k = in.eval(*d.keys[i], f);
      check_hashable(k);
      dict->set(k, in.eval(*d.values[i], f));
    }
    return dict;
  }
  Value operator()(const ir::SetExpr& s) const { return make_set(eval_all(in, s.elts, f)); }
  Value operator()(const ir::Slice& s) const {
    // BUILD_SLICE: the bounds are evaluated lower, upper, step; None stands for a missing one.
    auto part = [&](const ir::ExprPtr& p) { return p ? in.eval(*p, f) : Value(None); };
    Value lower = part(s.lower);
    Value upper = part(s.upper);
    return std::make_shared<SliceObject>(std::move(lower), std::move(upper), part(s.step));
  }
  Value operator()(const ir::Subscript& s) const {
    Value x = in.eval(*s.value, f);
    return subscript(x, in.eval(*s.index, f));
  }
  Value operator()(const ir::FString& s) const {
    std::string out;
    for (const auto& p : s.parts) out += p.value ? fstring_field(p, in.eval(*p.value, f)) : p.text;
    return out;
  }
  Value operator()(const ir::Lambda& l) const { return in.make_function(*l.fn, f); }
  Value operator()(const ir::Comprehension& c) const { return eval_comprehension(in, c, f); }
  Value operator()(const ir::Yield&) const { throw ScenarioError("internal: yield outside the coroutine evaluator"); }
  Value operator()(const ir::Super& s) const {
    return std::make_shared<SuperObject>(in.class_value(s.class_index).as<ClassObject>(), f.bound(s.self));
  }
};

}  // namespace

Value Interpreter::eval(const ir::Expr& e, Frame& f) { return std::visit(ExprVisitor{*this, f, constants_}, e.node); }

}  // namespace loopspec::harness
