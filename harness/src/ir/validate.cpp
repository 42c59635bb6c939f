// validate (validate.hpp): one walk over the program, stopping at the first
// rule broken.
#include "ir/validate.hpp"

#include <stdexcept>

#include "ir/module_scope.hpp"
#include "ir/walk.hpp"
#include "common/overloaded.hpp"

namespace loopspec::ir {
namespace {

using harness::Overloaded;

struct Problem : std::runtime_error {
  Problem(int line, const std::string& what)
      : std::runtime_error(line > 0 ? "line " + std::to_string(line) + ": " + what : what) {}
};

bool all_literal(const std::vector<ExprPtr>& v) {
  for (const auto& e : v)
    if (!is_literal(*e)) return false;
  return true;
}

bool is_number_const(const Expr& e) {
  const auto* c = std::get_if<Const>(&e.node);
  return c && (c->value.is_int() || c->value.is_float());
}

void check_entry(const Program& p) {
  const char* want = entry_function(p.entry);
  auto bindings = module_bindings(p);
  auto it = bindings.find(want);
  if (it == bindings.end()) throw Problem(0, std::string("the entry point ") + want + " is not defined");
  if (it->second.kind == ModuleBinding::Kind::Constant) {
    throw Problem(p.constants[static_cast<std::size_t>(it->second.index)].line,
                  std::string("the entry point ") + want + " is bound last to a constant, not a function");
  }
  if (it->second.kind == ModuleBinding::Kind::Class) {
    throw Problem(p.classes[static_cast<std::size_t>(it->second.index)].line,
                  std::string("the entry point ") + want + " is bound last to a class, not a function");
  }
  const Function& f = p.functions[static_cast<std::size_t>(it->second.index)];
  if (p.entry == Entry::Main && (!f.is_async || !f.params.empty()))
    throw Problem(f.line, "the entry point must be `async def main()`");
  if (p.entry == Entry::Scenario && (f.is_async || f.params.size() != 1))
    throw Problem(f.line, "the entry point must be `def scenario(loop)`");
  if (p.entry == Entry::ScenarioNoLoop && (f.is_async || !f.params.empty()))
    throw Problem(f.line, "the entry point must be `def scenario()`");
}

class Walker {
 public:
  void function(const Function& f) {
    line_ = f.line;
    for (const auto& d : f.defaults)
      if (!is_literal(*d)) throw Problem(f.line, "a parameter default of " + f.name + "() must be a literal");
    body(f);
  }

  /// A class: literal attributes, bases that name a class (a name, or
  /// `asyncio.X`), methods whose body may use super().
  void class_def(const ClassDef& c) {
    for (const auto& b : c.bases) {
      const auto* a = std::get_if<Attr>(&b->node);
      const auto* mod = a ? std::get_if<Name>(&a->value->node) : nullptr;
      if (!std::holds_alternative<Name>(b->node) && !(mod && mod->id == "asyncio"))
        throw Problem(c.line, "a base of class " + c.name + " must be a class name or asyncio.<class>");
    }
    for (const auto& a : c.attrs)
      if (!is_literal(*a.value)) throw Problem(a.line, "the class attribute " + c.name + "." + a.name + " must be a literal");
    for (const auto& m : c.methods) {
      if (m.property && (m.fn.is_async || m.fn.params.size() != 1 || !m.fn.defaults.empty()))
        throw Problem(m.fn.line, "a property is a plain `def " + m.fn.name + "(self)`");
      method_ = &m.fn;
      function(m.fn);
    }
    method_ = nullptr;
  }

 private:
  /// A function's body, in its own scope: `break` does not reach an enclosing loop.
  void body(const Function& f) {
    const Function* outer = fn_;
    fn_ = &f;
    block(f.body, 0);
    fn_ = outer;
  }

  /// A nested def or lambda: its defaults are evaluated where it stands (no
  /// await there: the subset keeps defaults simple), then its own body.
  void nested(const Function& f) {
    for (const auto& d : f.defaults) {
      if (contains_await(*d)) throw Problem(line_, "await in a parameter default of " + f.name + "()");
      expr(*d);
    }
    int line = line_;
    body(f);
    line_ = line;
  }

  /// The subset lets a comprehension await only in its element (of a list,
  /// set or dict comprehension in an async def): the clauses run in a loop
  /// the interpreter does not suspend.
  void comprehension(const Comprehension& c) {
    bool lazy = c.kind == Comprehension::Kind::Generator;
    for_each_in_scope(c, [&](const Expr& part) {
      bool element = &part == c.elt.get() || &part == c.value.get();
      if ((lazy || !element) && contains_await(part)) {
        throw Problem(line_, lazy ? "await in a generator expression" : "await in a comprehension's for or if clause");
      }
    });
    expr(*c.generators.front().iter);
    for_each_in_scope(c, [this](const Expr& part) { expr(part); });
  }

  /// CPython's rules for an `except*` clause: it names its classes, and its
  /// body neither returns nor leaves a loop (`break`/`continue` of a loop
  /// inside it are fine).
  void star_handler(const Handler& h) {
    if (h.types.empty()) throw Problem(h.line, "except* needs an exception class");
    if (escapes(h.body, false)) throw Problem(h.line, "'break', 'continue' and 'return' cannot appear in an except* block");
  }
  static bool escapes(const Block& b, bool in_loop) {
    for (const auto& s : b) {
      if (std::holds_alternative<Return>(s.node)) return true;
      if (!in_loop && (std::holds_alternative<Break>(s.node) || std::holds_alternative<Continue>(s.node))) return true;
      bool loop = std::holds_alternative<For>(s.node) || std::holds_alternative<While>(s.node);
      bool found = false;
      for_each_part(s, [](const Expr&) {}, [&](const Block& inner) { found = found || escapes(inner, in_loop || loop); });
      if (found) return true;
    }
    return false;
  }

  static bool contains_await(const Expr& e) {
    bool found = std::holds_alternative<Await>(e.node);
    for_each_child(e, [&found](const Expr& child) { found = found || contains_await(child); });
    return found;
  }

  void exprs(const std::vector<ExprPtr>& v) {
    for (const auto& e : v) expr(*e);
  }

  /// An expression: `await` may stand anywhere in one inside an async def.
  void expr(const Expr& e) {
    if (std::holds_alternative<Await>(e.node) && !fn_->is_async) throw Problem(line_, "await outside an async function");
    if (std::holds_alternative<Super>(e.node) && fn_ != method_) throw Problem(line_, "super() outside a method's own body");
    if (std::holds_alternative<Yield>(e.node) && (!fn_->is_async || fn_->is_lambda || fn_->name.starts_with("<")))
      throw Problem(line_, "yield outside an async def's own body");
    if (const auto* l = std::get_if<Lambda>(&e.node)) return nested(*l->fn);
    if (const auto* c = std::get_if<Comprehension>(&e.node)) return comprehension(*c);
    for_each_child(e, [this](const Expr& child) { expr(child); });
  }

  void block(const Block& b, int loops) {
    for (const auto& s : b) stmt(s, loops);
  }

  void stmt(const Stmt& s, int loops) {
    line_ = s.line;
    std::visit(Overloaded{
                   [&](const ExprStmt& x) { expr(*x.value); },
                   [&](const Assign& a) {
                     expr(*a.value);
                     expr(*a.target);
                   },
                   [&](const AugAssign& a) {
                     expr(*a.target);
                     expr(*a.value);
                   },
                   [&](const Return& r) {
                     if (r.value) expr(*r.value);
                   },
                   [](const Pass&) {},
                   [&](const Break&) {
                     if (loops == 0) throw Problem(s.line, "'break' outside loop");
                   },
                   [&](const Continue&) {
                     if (loops == 0) throw Problem(s.line, "'continue' not properly in loop");
                   },
                   [&](const Raise& r) {
                     if (r.exc) expr(*r.exc);
                     if (r.cause) expr(*r.cause);
                   },
                   [&](const Delete& d) { exprs(d.targets); },
                   [&](const Assert& a) {
                     expr(*a.test);
                     if (a.msg) expr(*a.msg);
                   },
                   [&](const Try& t) {
                     block(t.body, loops);
                     for (const auto& h : t.handlers) {
                       line_ = h.line;
                       if (t.star) star_handler(h);
                       exprs(h.types);
                       block(h.body, t.star ? 0 : loops);
                     }
                     block(t.orelse, loops);
                     block(t.finalbody, loops);
                   },
                   [&](const If& i) {
                     expr(*i.test);
                     block(i.body, loops);
                     block(i.orelse, loops);
                   },
                   [&](const For& f) {
                     if (f.is_async && !fn_->is_async) throw Problem(s.line, "async for outside an async function");
                     expr(*f.iter);
                     expr(*f.target);
                     block(f.body, loops + 1);
                     block(f.orelse, loops);  // break in `else` belongs to an enclosing loop
                   },
                   [&](const While& w) {
                     expr(*w.test);
                     block(w.body, loops + 1);
                     block(w.orelse, loops);
                   },
                   [&](const With& w) {
                     if (w.is_async && !fn_->is_async) throw Problem(s.line, "async with outside an async function");
                     expr(*w.ctx);
                     block(w.body, loops);
                   },
                   [&](const FunctionDef& d) { nested(*d.fn); },
                   [](const Nonlocal&) {},
               },
               s.node);
  }

  const Function* fn_ = nullptr;
  const Function* method_ = nullptr;  // the method being walked, if any
  int line_ = 0;
};

/// `ContextVar("name", default=<literal>)`, by name or as `contextvars.ContextVar`:
/// the one call a module constant may be (docs/ir.md#document).
bool is_contextvar_call(const Expr& e) {
  const auto* c = std::get_if<Call>(&e.node);
  if (!c || c->star || !all_literal(c->args)) return false;
  for (const auto& k : c->kwargs)
    if (k.name != "default" || !is_literal(*k.value)) return false;
  if (const auto* n = std::get_if<Name>(&c->func->node)) return n->id == "ContextVar";
  const auto* a = std::get_if<Attr>(&c->func->node);
  const auto* m = a ? std::get_if<Name>(&a->value->node) : nullptr;
  return m && m->id == "contextvars" && a->attr == "ContextVar";
}

}  // namespace

bool is_literal(const Expr& e) {
  if (std::holds_alternative<Const>(e.node)) return true;
  if (const auto* u = std::get_if<Unary>(&e.node)) return u->op != UnaryOp::Not && is_number_const(*u->operand);
  if (const auto* l = std::get_if<ListExpr>(&e.node)) return all_literal(l->elts);
  if (const auto* t = std::get_if<TupleExpr>(&e.node)) return all_literal(t->elts);
  if (const auto* s = std::get_if<SetExpr>(&e.node)) return all_literal(s->elts);
  if (const auto* d = std::get_if<DictExpr>(&e.node)) return all_literal(d->keys) && all_literal(d->values);
  return false;
}

std::string validate(const Program& p) {
  try {
    check_entry(p);
    for (const auto& c : p.constants) {
      if (!is_literal(*c.value) && !is_contextvar_call(*c.value))
        throw Problem(c.line, "the module constant " + c.name + " must be a literal or a ContextVar(...)");
    }
    for (const auto& c : p.classes) Walker().class_def(c);
    for (const auto& f : p.functions) Walker().function(f);
  } catch (const Problem& e) {
    return e.what();
  }
  return "";
}

}  // namespace loopspec::ir
