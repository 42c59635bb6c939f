// Evaluating expressions that contain an await (docs/ir.md#await): the same
// rules as eval.cpp, in the same left-to-right order, as a coroutine that the
// awaiting statement runs inline, so that an `await` deep inside an
// expression suspends the task with every operand evaluated so far kept in
// the coroutine's frame, as CPython keeps them on its value stack.
//
// A sub-expression without an await costs no coroutine: Eval evaluates it at
// once (await_ready). Only the path from the statement down to each await
// runs here.
#include "common/errors.hpp"
#include "interp/exec.hpp"
#include "interp/comprehension.hpp"
#include "interp/pyobjects.hpp"
#include "interp/pyops.hpp"

namespace loopspec::harness {

// --- Eval --------------------------------------------------------------------

bool Eval::await_ready() {
  if (!e_->has_await) {
    value_ = in_->eval(*e_, *f_);
    return true;
  }
  const auto* aw = std::get_if<ir::Await>(&e_->node);
  if (!aw || aw->value->has_await) return false;
  awaiting_.emplace(*in_, in_->eval(*aw->value, *f_));
  return awaiting_->await_ready();
}

Value Eval::await_resume() {
  if (awaiting_) return awaiting_->await_resume();
  if (nested_) return nested_awaiter_.await_resume();
  return std::move(value_);
}

// --- expressions -------------------------------------------------------------

/// A list, set or dict comprehension whose element awaits (validate.cpp keeps
/// awaits out of its clauses), in the task that evaluates it.
Coro Exec::comprehension_async(Interpreter* in, const ir::Comprehension* c, Frame* f) {
  Value first = co_await Eval(in, c->generators.front().iter.get(), f);
  ComprehensionCursor cursor(*in, *c, first, *f);
  ComprehensionResult out(c->kind);
  try {
    while (cursor.next()) {
      Value elt = co_await Eval(in, c->elt.get(), &cursor.frame());
      if (!c->value) {
        out.add(std::move(elt));
        continue;
      }
      Value value = co_await Eval(in, c->value.get(), &cursor.frame());
      out.add(std::move(elt), std::move(value));
    }
  } catch (const PyError& e) {
    trace_comprehension(*in, *e.exception());
    throw;
  }
  co_return out.take();
}

Coro Exec::eval_async(Interpreter* in, const ir::Expr* e, Frame* f) {
  if (const auto* c = std::get_if<ir::Comprehension>(&e->node)) co_return co_await comprehension_async(in, c, f);
  if (const auto* a = std::get_if<ir::Await>(&e->node)) {
    Value awaitable = co_await Eval(in, a->value.get(), f);
    co_return co_await ValueAwaiter(*in, std::move(awaitable));
  }
  if (const auto* y = std::get_if<ir::Yield>(&e->node)) {
    Value v;
    if (y->value) v = co_await Eval(in, y->value.get(), f);
    co_return co_await f->generator->yield_value(std::move(v));
  }
  if (const auto* c = std::get_if<ir::Call>(&e->node)) {
    Value head = co_await Eval(in, &call_head(*c), f);
    Callee callee = Callee::of(*in, *c, std::move(head));
    CallArgs args;
    co_await args_async(in, c, f, &args);
    co_return callee.call(*in, args);
  }
  if (const auto* a = std::get_if<ir::Attr>(&e->node)) {
    Value obj = co_await Eval(in, a->value.get(), f);
    co_return in->get_attr(obj, a->symbol);
  }
  if (const auto* b = std::get_if<ir::BinaryOp>(&e->node)) {
    Value l = co_await Eval(in, b->left.get(), f);
    Value r = co_await Eval(in, b->right.get(), f);
    co_return binary_op(b->op, l, r);
  }
  if (const auto* u = std::get_if<ir::Unary>(&e->node)) {
    Value v = co_await Eval(in, u->operand.get(), f);
    co_return unary_op(u->op, v);
  }
  if (const auto* c = std::get_if<ir::Compare>(&e->node)) {
    Value l = co_await Eval(in, c->left.get(), f);
    Value result;
    for (std::size_t i = 0; i < c->ops.size(); ++i) {
      Value r = co_await Eval(in, c->comparators[i].get(), f);
      if (!chain_link(c->ops[i], l, std::move(r), result)) break;
    }
    co_return result;
  }
  if (const auto* b = std::get_if<ir::BoolOps>(&e->node)) {
    Value v;
    for (const auto& x : b->values) {
      v = co_await Eval(in, x.get(), f);
      if (truthy(v) == (b->op == ir::BoolOp::Or)) break;
    }
    co_return v;
  }
  if (const auto* i = std::get_if<ir::IfExp>(&e->node)) {
    Value test = co_await Eval(in, i->test.get(), f);
    co_return co_await Eval(in, truthy(test) ? i->body.get() : i->orelse.get(), f);
  }
  if (const auto* s = std::get_if<ir::FString>(&e->node)) {
    std::string out;
    for (const auto& p : s->parts) {
      if (!p.value) {
        out += p.text;
        continue;
      }
      Value v = co_await Eval(in, p.value.get(), f);
      out += fstring_field(p, v);
    }
    co_return Value(std::move(out));
  }
  if (const auto* s = std::get_if<ir::Subscript>(&e->node)) {
    Value x = co_await Eval(in, s->value.get(), f);
    Value index = co_await Eval(in, s->index.get(), f);
    co_return subscript(x, index);
  }
  co_return co_await display_async(in, e, f);
}

Coro Exec::display_async(Interpreter* in, const ir::Expr* e, Frame* f) {
  if (const auto* d = std::get_if<ir::DictExpr>(&e->node)) {
    auto dict = std::make_shared<Dict>();
    for (std::size_t i = 0; i < d->keys.size(); ++i) {
      Value k = co_await Eval(in, d->keys[i].get(), f);
      check_hashable(k);
      Value v = co_await Eval(in, d->values[i].get(), f);
      dict->set(k, std::move(v));
    }
    co_return Value(std::move(dict));
  }
  std::vector<Value> items;
  if (const auto* l = std::get_if<ir::ListExpr>(&e->node)) {
    co_await all_async(in, &l->elts, f, &items);
    co_return Value(std::make_shared<List>(std::move(items)));
  }
  if (const auto* t = std::get_if<ir::TupleExpr>(&e->node)) {
    co_await all_async(in, &t->elts, f, &items);
    co_return Value(std::make_shared<Tuple>(std::move(items)));
  }
  if (const auto* s = std::get_if<ir::SetExpr>(&e->node)) {
    co_await all_async(in, &s->elts, f, &items);
    co_return make_set(std::move(items));
  }
  if (const auto* s = std::get_if<ir::Slice>(&e->node)) {
    for (const auto* part : {&s->lower, &s->upper, &s->step}) {
      Value v;  // None for a bound left out
      if (*part) v = co_await Eval(in, part->get(), f);
      items.push_back(std::move(v));
    }
    co_return Value(std::make_shared<SliceObject>(items[0], items[1], items[2]));
  }
  throw ScenarioError("internal: an awaiting expression of an unexpected kind");
}

Coro Exec::all_async(Interpreter* in, const std::vector<ir::ExprPtr>* es, Frame* f, std::vector<Value>* out) {
  out->reserve(es->size());
  for (const auto& e : *es) out->push_back(co_await Eval(in, e.get(), f));
  co_return None;
}

Coro Exec::args_async(Interpreter* in, const ir::Call* c, Frame* f, CallArgs* out) {
  out->line = c->line;
  co_await all_async(in, &c->args, f, &out->pos);
  if (c->star) {
    Value star = co_await Eval(in, c->star.get(), f);
    Iteration it(*in, star);
    Value item;
    while (it.next(item)) out->pos.push_back(std::move(item));
  }
  for (const auto& k : c->kwargs) {
    Value v = co_await Eval(in, k.value.get(), f);
    out->kw.emplace_back(k.name, std::move(v));
  }
  co_return None;
}

// --- assignment --------------------------------------------------------------

Coro Exec::place_async(Interpreter* in, const ir::Expr* target, Frame* f, Place* out) {
  if (const auto* a = std::get_if<ir::Attr>(&target->node)) {
    out->object = co_await Eval(in, a->value.get(), f);
    out->symbol = a->symbol;
    co_return None;
  }
  const auto& s = std::get<ir::Subscript>(target->node);
  out->object = co_await Eval(in, s.value.get(), f);
  out->index = co_await Eval(in, s.index.get(), f);
  co_return None;
}

Coro Exec::store_async(Interpreter* in, const ir::Expr* target, Value v, Frame* f) {
  // Only a subscript or attribute target holds expressions; Python evaluates them after the value.
  Place p;
  co_await place_async(in, target, f, &p);
  p.store(*in, std::move(v));
  co_return None;
}

Coro Exec::delete_async(Interpreter* in, const ir::Delete* d, Frame* f) {
  for (const auto& t : d->targets) {
    if (!t->has_await) {
      delete_target(*in, *t, *f);
      continue;
    }
    Place p;
    co_await place_async(in, t.get(), f, &p);
    p.erase(*in);
  }
  co_return flow_value(Flow::Normal);
}

Coro Exec::aug_assign_async(Interpreter* in, const ir::AugAssign* a, Frame* f) {
  // `t op= v`: the target's parts, its old value, then v; the result goes back to the same place.
  if (std::holds_alternative<ir::Name>(a->target->node)) {
    Value old = in->eval(*a->target, *f);
    Value rhs = co_await Eval(in, a->value.get(), f);
    store(*in, *a->target, aug_combine(*in, a->op, old, rhs), *f);
    co_return flow_value(Flow::Normal);
  }
  Place p;
  co_await place_async(in, a->target.get(), f, &p);
  Value old = p.load(*in);
  Value rhs = co_await Eval(in, a->value.get(), f);
  p.store(*in, aug_combine(*in, a->op, old, rhs));
  co_return flow_value(Flow::Normal);
}

}  // namespace loopspec::harness
