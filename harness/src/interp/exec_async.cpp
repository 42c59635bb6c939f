// The coroutine statement executor: statements of an `async def` that await.
//
// block_async is the body of every interpreted coroutine. Statements without
// an await go to the synchronous executor; the others evaluate their
// expressions with `co_await Eval` (eval_async.cpp), in Python's order. If
// bodies that await run as nested block_async coroutines awaited inline;
// for, while, try and async with run as their own coroutines (C++ forbids co_await inside a catch handler, so they catch
// into a variable first and await outside the handler).
//
// block_async awaits one Eval itself: the value of an expression statement,
// assignment or return, or an if's test (`y = await f()` costs no extra
// coroutine). Every other awaiting statement is a coroutine of its own
// (stmt_async). g++ gives each co_await in a coroutine a slot of its own in
// the frame, and an Eval is 176 bytes: with one per statement kind the frame
// was 2,672 bytes, allocated for every interpreted coroutine and every
// awaiting if body (bench/README.md, "The interpreter on the corpus").
#include "interp/async_generator.hpp"
#include "interp/exec.hpp"
#include "interp/except_star.hpp"
#include "common/errors.hpp"

namespace loopspec::harness {
namespace {

Coro sub_block(Interpreter* in, const ir::Block& b, Frame* f) { return Exec::block_async(in, &b, f, nullptr); }

/// The expression that block_async awaits itself for an awaiting expression
/// statement, assignment, return or if (its value, or its test); null for
/// the other statements, which run as coroutines of their own (stmt_async).
const ir::Expr* inline_head(const ir::Stmt& s) {
  if (const auto* x = std::get_if<ir::ExprStmt>(&s.node)) return x->value.get();
  if (const auto* a = std::get_if<ir::Assign>(&s.node)) return a->value.get();
  if (const auto* r = std::get_if<ir::Return>(&s.node)) return r->value.get();
  if (const auto* i = std::get_if<ir::If>(&s.node)) return i->test.get();
  return nullptr;
}

}  // namespace

Coro Exec::block_async(Interpreter* in, const ir::Block* b, Frame* f, std::unique_ptr<Frame> owned) {
  if (owned) f = owned.get();
  // A finished coroutine drops its locals, as CPython clears a returned
  // frame: a local that holds the running task (`me = current_task()`)
  // would otherwise keep task -> coroutine -> frame -> task alive for ever.
  // Parameters live until the coroutine object dies; this local does not.
  struct ReleaseFrame {
    std::unique_ptr<Frame>& frame;
    ~ReleaseFrame() { frame.reset(); }
  } release{owned};
  Flow flow = Flow::Normal;
  // PEP 479: a StopIteration escaping a coroutine's (or async generator's)
  // body becomes RuntimeError; only the function's own body converts, so a
  // `try` inside it still catches the StopIteration itself.
  bool stop_iteration = false;
  try {
  for (const ir::Stmt& s : *b) {
    if (!s.has_await) {
      flow = stmt(*in, s, *f);
    } else {
      in->step(s.line);
      f->line = s.line;
      if (const ir::Expr* head = inline_head(s)) {
        Value v = co_await Eval(in, head, f);
        if (const auto* a = std::get_if<ir::Assign>(&s.node)) {
          if (a->target->has_await) {
            co_await store_async(in, a->target.get(), std::move(v), f);
          } else {
            store(*in, *a->target, std::move(v), *f);
          }
        } else if (std::holds_alternative<ir::Return>(s.node)) {
          f->ret = std::move(v);
          flow = Flow::Return;
        } else if (const auto* i = std::get_if<ir::If>(&s.node)) {
          flow = flow_of(co_await sub_block(in, truthy(v) ? i->body : i->orelse, f));
        }  // an expression statement's value is dropped
      } else {
        flow = flow_of(co_await stmt_async(in, s, f));
      }
    }
    if (flow != Flow::Normal) break;
  }
  } catch (const PyError& e) {
    if (!owned || !e.exception()->is_instance_of(exc::StopIteration)) {
      if (owned) in->trace(*e.exception(), *f);
      throw;
    }
    // The RuntimeError replacing it is raised after the frame ended: its
    // traceback starts with the frame that awaited this coroutine.
    stop_iteration = true;
  }
  if (stop_iteration) {
    raise(exc::RuntimeError, f->generator ? "async generator raised StopIteration" : "coroutine raised StopIteration");
  }
  if (owned) co_return std::move(f->ret);
  co_return flow_value(flow);
}

Coro Exec::stmt_async(Interpreter* in, const ir::Stmt& s, Frame* f) {
  if (const auto* au = std::get_if<ir::AugAssign>(&s.node)) return aug_assign_async(in, au, f);
  if (const auto* ra = std::get_if<ir::Raise>(&s.node)) return raise_async(in, ra, f);
  if (const auto* d = std::get_if<ir::Delete>(&s.node)) return delete_async(in, d, f);
  if (const auto* as = std::get_if<ir::Assert>(&s.node)) return assert_async(in, as, f);
  if (const auto* l = std::get_if<ir::For>(&s.node)) return for_async(in, l, f);
  if (const auto* w = std::get_if<ir::While>(&s.node)) return while_async(in, w, f);
  if (const auto* t = std::get_if<ir::Try>(&s.node)) return try_async(in, t, f);
  if (const auto* wi = std::get_if<ir::With>(&s.node)) return with_async(in, wi, f);
  throw ScenarioError("internal: an awaiting statement of an unexpected kind");
}

Coro Exec::raise_async(Interpreter* in, const ir::Raise* r, Frame* f) {
  Value v = co_await Eval(in, r->exc.get(), f);
  std::optional<Value> cause;
  if (r->cause) cause = co_await Eval(in, r->cause.get(), f);
  raise_value(*in, std::move(v), std::move(cause));
}

Coro Exec::assert_async(Interpreter* in, const ir::Assert* a, Frame* f) {
  Value test = co_await Eval(in, a->test.get(), f);
  if (!truthy(test)) {
    std::optional<Value> msg;
    if (a->msg) msg = co_await Eval(in, a->msg.get(), f);
    assertion_failed(std::move(msg));
  }
  co_return flow_value(Flow::Normal);
}

Coro Exec::for_async(Interpreter* in, const ir::For* l, Frame* f) {
  if (l->is_async) co_return co_await async_for(in, l, f);
  const int header = f->line;  // a loop's header runs again before each pass, at its line
  Value iterable = co_await Eval(in, l->iter.get(), f);
  Iteration it(*in, iterable);
  Value item;
  Flow out = Flow::Normal;
  while (it.next(item)) {
    store(*in, *l->target, std::move(item), *f);
    if (loop_body_ends(flow_of(co_await sub_block(in, l->body, f)), out)) co_return flow_value(out);
    f->line = header;
  }
  co_return co_await sub_block(in, l->orelse, f);
}

Coro Exec::async_for(Interpreter* in, const ir::For* l, Frame* f) {
  const int header = f->line;
  Value iterable = co_await Eval(in, l->iter.get(), f);
  Value iterator = async_iterator(*in, iterable);
  Flow out = Flow::Normal;
  for (;;) {
    f->line = header;
    Value item;
    try {
      item = co_await ValueAwaiter(*in, next_awaitable(*in, iterator));
    } catch (const PyError& e) {
      if (e.exception()->type != &exc::StopAsyncIteration) throw;
      break;  // the iterator is exhausted: the `else` block runs
    }
    store(*in, *l->target, std::move(item), *f);
    if (loop_body_ends(flow_of(co_await sub_block(in, l->body, f)), out)) co_return flow_value(out);
  }
  co_return co_await sub_block(in, l->orelse, f);
}

Coro Exec::while_async(Interpreter* in, const ir::While* w, Frame* f) {
  const int header = f->line;
  Flow out = Flow::Normal;
  for (;;) {
    f->line = header;
    Value test = co_await Eval(in, w->test.get(), f);
    if (!truthy(test)) break;
    in->step();
    if (loop_body_ends(flow_of(co_await sub_block(in, w->body, f)), out)) co_return flow_value(out);
  }
  co_return co_await sub_block(in, w->orelse, f);
}

Coro Exec::star_handlers_async(Interpreter* in, const ir::Try* t, ExceptionPtr caught, Frame* f) {
  ExceptStar star(caught);
  for (const auto& h : t->handlers) {
    ExceptionPtr part = star.take(*in, h, *f);
    if (!part) continue;
    bind_handler_name(h, part, *f);
    f->handling.push_back(part);
    try {
      co_await sub_block(in, h.body, f);  // validate.cpp: an except* body ends normally or raises
    } catch (const PyError& e) {
      star.raised(e.exception());
    }
    f->handling.pop_back();
    unbind_handler_name(h, *f);
  }
  if (ExceptionPtr left = star.result()) throw PyError(left);
  co_return Value(None);
}

Coro Exec::try_async(Interpreter* in, const ir::Try* t, Frame* f) {
  Flow flow = Flow::Normal;
  std::exception_ptr pending;  // a Python exception to re-raise after finally
  ExceptionPtr caught;
  try {
    flow = flow_of(co_await sub_block(in, t->body, f));
  } catch (const PyError& e) {
    caught = e.exception();
    in->trace(*caught, *f);
  }
  if (caught && t->star) {
    try {
      co_await star_handlers_async(in, t, caught, f);
    } catch (const PyError&) {
      pending = std::current_exception();
    }
  } else if (caught) {
    const ir::Handler* h = nullptr;
    try {
      h = match(*in, *t, caught, *f);
      if (!h) throw PyError(caught);
    } catch (const PyError&) {
      pending = std::current_exception();
    }
    if (h) {
      bind_handler_name(*h, caught, *f);
      f->handling.push_back(caught);
      try {
        flow = flow_of(co_await sub_block(in, h->body, f));
      } catch (const PyError&) {
        pending = std::current_exception();
      }
      f->handling.pop_back();
      unbind_handler_name(*h, *f);
    }
  } else if (flow == Flow::Normal && !t->orelse.empty()) {
    try {
      flow = flow_of(co_await sub_block(in, t->orelse, f));
    } catch (const PyError&) {
      pending = std::current_exception();
    }
  }
  if (!t->finalbody.empty()) {
    // return/break/continue in finally discards the pending exception.
    Flow fin = flow_of(co_await sub_block(in, t->finalbody, f));
    if (fin != Flow::Normal) co_return flow_value(fin);
  }
  if (pending) std::rethrow_exception(pending);
  co_return flow_value(flow);
}

Coro Exec::with_async(Interpreter* in, const ir::With* w, Frame* f) {
  Value mgr = co_await Eval(in, w->ctx.get(), f);
  const char* enter = w->is_async ? "__aenter__" : "__enter__";
  const char* exit = w->is_async ? "__aexit__" : "__exit__";
  Value entered = context_call(*in, mgr, enter, {});
  if (w->is_async) entered = co_await ValueAwaiter(*in, std::move(entered));
  if (w->name_slot >= 0) f->variable(w->name_scope, w->name_slot) = std::move(entered);
  Flow flow = Flow::Normal;
  ExceptionPtr caught;
  try {
    flow = flow_of(co_await sub_block(in, w->body, f));
  } catch (const PyError& e) {
    caught = e.exception();
    in->trace(*caught, *f);
  }
  Value suppress = context_call(*in, mgr, exit, exit_args(caught));
  if (w->is_async) suppress = co_await ValueAwaiter(*in, std::move(suppress));
  if (caught) {
    if (truthy(suppress)) co_return flow_value(Flow::Normal);
    throw PyError(caught);
  }
  co_return flow_value(flow);
}

}  // namespace loopspec::harness
