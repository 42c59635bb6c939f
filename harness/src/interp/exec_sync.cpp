// The synchronous statement executor: `def` bodies and every statement of an
// `async def` that contains no await.
//
// Only PyError is Python: a ScenarioError or the model's LoopBlocked unwinds
// without running except/finally blocks, since the run is over.
#include "interp/exec.hpp"
#include "common/errors.hpp"
#include "interp/except_star.hpp"

namespace loopspec::harness {
namespace {

/// The except* handlers of `t` for what its body raised; throws what remains.
void exec_star_handlers(Interpreter& in, const ir::Try& t, const ExceptionPtr& caught, Frame& f) {
  ExceptStar star(caught);
  for (const auto& h : t.handlers) {
    ExceptionPtr part = star.take(in, h, f);
    if (!part) continue;
    Exec::bind_handler_name(h, part, f);
    f.handling.push_back(part);
    try {
      Exec::block(in, h.body, f);  // validate.cpp: an except* body ends normally or raises
    } catch (const PyError& e) {
      star.raised(e.exception());
    }
    f.handling.pop_back();
    Exec::unbind_handler_name(h, f);
  }
  if (ExceptionPtr left = star.result()) throw PyError(left);
}

Flow exec_try(Interpreter& in, const ir::Try& t, Frame& f) {
  Flow flow = Flow::Normal;
  std::exception_ptr pending;  // a Python exception to re-raise after finally
  try {
    ExceptionPtr caught;
    try {
      flow = Exec::block(in, t.body, f);
    } catch (const PyError& e) {
      caught = e.exception();
      in.trace(*caught, f);
    }
    if (caught && t.star) {
      exec_star_handlers(in, t, caught, f);
    } else if (caught) {
      const ir::Handler* h = Exec::match(in, t, caught, f);
      if (!h) throw PyError(caught);
      Exec::bind_handler_name(*h, caught, f);
      f.handling.push_back(caught);
      try {
        flow = Exec::block(in, h->body, f);
      } catch (const PyError&) {
        f.handling.pop_back();
        Exec::unbind_handler_name(*h, f);
        throw;
      }
      f.handling.pop_back();
      Exec::unbind_handler_name(*h, f);
    } else if (flow == Flow::Normal) {
      flow = Exec::block(in, t.orelse, f);
    }
  } catch (const PyError&) {
    if (t.finalbody.empty()) throw;
    pending = std::current_exception();
  }
  if (!t.finalbody.empty()) {
    // return/break/continue in finally discards the pending exception.
    Flow fin = Exec::block(in, t.finalbody, f);
    if (fin != Flow::Normal) return fin;
  }
  if (pending) std::rethrow_exception(pending);
  return flow;
}

Flow exec_with(Interpreter& in, const ir::With& w, Frame& f) {
  Value mgr = in.eval(*w.ctx, f);
  Value entered = Exec::context_call(in, mgr, "__enter__", {});
  if (w.name_slot >= 0) f.variable(w.name_scope, w.name_slot) = std::move(entered);
  Flow flow;
  try {
    flow = Exec::block(in, w.body, f);
  } catch (const PyError& e) {
    ExceptionPtr exc = e.exception();
    in.trace(*exc, f);
    if (!truthy(Exec::context_call(in, mgr, "__exit__", Exec::exit_args(exc)))) throw;
    return Flow::Normal;
  }
  Exec::context_call(in, mgr, "__exit__", Exec::exit_args(nullptr));
  return flow;
}

/// The visitor of Exec::stmt: one overload per kind of statement. A struct
/// rather than an Overloaded set of lambdas, whose captures are copied once
/// per lambda into the visitor every statement builds on the stack (as for
/// Interpreter::eval's, eval.cpp).
struct StmtVisitor {
  Interpreter& in;
  Frame& f;

  Flow operator()(const ir::ExprStmt& x) const {
    in.eval(*x.value, f);
    return Flow::Normal;
  }
  Flow operator()(const ir::Assign& a) const {
    Exec::store(in, *a.target, in.eval(*a.value, f), f);
    return Flow::Normal;
  }
  Flow operator()(const ir::AugAssign& a) const {
    Exec::aug_assign(in, a, f);
    return Flow::Normal;
  }
  Flow operator()(const ir::Return& r) const {
    f.ret = r.value ? in.eval(*r.value, f) : Value(None);
    return Flow::Return;
  }
  Flow operator()(const ir::Pass&) const { return Flow::Normal; }
  Flow operator()(const ir::Break&) const { return Flow::Break; }
  Flow operator()(const ir::Continue&) const { return Flow::Continue; }
  Flow operator()(const ir::Raise& r) const { Exec::raise_stmt(in, r, f); }
  Flow operator()(const ir::Delete& d) const {
    for (const auto& t : d.targets) Exec::delete_target(in, *t, f);
    return Flow::Normal;
  }
  Flow operator()(const ir::Assert& a) const {
    if (!truthy(in.eval(*a.test, f))) Exec::assertion_failed(a.msg ? std::optional(in.eval(*a.msg, f)) : std::nullopt);
    return Flow::Normal;
  }
  Flow operator()(const ir::Try& t) const { return exec_try(in, t, f); }
  Flow operator()(const ir::If& i) const { return Exec::block(in, truthy(in.eval(*i.test, f)) ? i.body : i.orelse, f); }
  // A loop's header runs again before each pass, at the header's line.
  Flow operator()(const ir::For& l) const {
    const int header = f.line;
    Iteration it(in, in.eval(*l.iter, f));
    Value item;
    Flow out = Flow::Normal;
    while (it.next(item)) {
      Exec::store(in, *l.target, std::move(item), f);
      if (loop_body_ends(Exec::block(in, l.body, f), out)) return out;
      f.line = header;
    }
    return Exec::block(in, l.orelse, f);
  }
  Flow operator()(const ir::While& w) const {
    const int header = f.line;
    Flow out = Flow::Normal;
    while (truthy(in.eval(*w.test, f))) {
      in.step();
      if (loop_body_ends(Exec::block(in, w.body, f), out)) return out;
      f.line = header;
    }
    return Exec::block(in, w.orelse, f);
  }
  Flow operator()(const ir::With& w) const {
    if (w.is_async) throw ScenarioError("internal: async with outside the coroutine executor");
    return exec_with(in, w, f);
  }
  Flow operator()(const ir::FunctionDef& d) const {
    f.variable(d.target.scope, d.target.slot) = in.make_function(*d.fn, f);
    return Flow::Normal;
  }
  Flow operator()(const ir::Nonlocal&) const { return Flow::Normal; }
};

}  // namespace

Flow Exec::block(Interpreter& in, const ir::Block& b, Frame& f) {
  for (const auto& s : b) {
    Flow flow = stmt(in, s, f);
    if (flow != Flow::Normal) return flow;
  }
  return Flow::Normal;
}

Flow Exec::stmt(Interpreter& in, const ir::Stmt& s, Frame& f) {
  in.step(s.line);
  f.line = s.line;
  return std::visit(StmtVisitor{in, f}, s.node);
}

}  // namespace loopspec::harness
