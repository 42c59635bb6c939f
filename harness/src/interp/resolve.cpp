// The resolve pass (see resolve.hpp).
#include "interp/resolve.hpp"

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

#include "interp/bindings.hpp"

namespace loopspec::harness {
namespace {

using namespace loopspec::ir;

template <class... Ts>
struct Overloaded : Ts... {
  using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

/// A problem found while resolving; caught in resolve().
struct Problem : std::runtime_error {
  Problem(int line, const std::string& what)
      : std::runtime_error(line > 0 ? "line " + std::to_string(line) + ": " + what : what) {}
};

// --- which names a function binds ------------------------------------------

class LocalCollector {
 public:
  explicit LocalCollector(std::vector<std::string>& locals) : locals_(locals) {}

  void block(const Block& b) {
    for (const auto& s : b) stmt(s);
  }

 private:
  void add(const std::string& name) {
    if (std::find(locals_.begin(), locals_.end(), name) == locals_.end()) locals_.push_back(name);
  }
  void target(const Expr& t) {
    if (const auto* n = std::get_if<Name>(&t.node)) add(n->id);
    if (const auto* tup = std::get_if<TupleExpr>(&t.node))
      for (const auto& e : tup->elts) target(*e);
  }
  void stmt(const Stmt& s) {
    std::visit(Overloaded{
                   [&](const Assign& a) { target(*a.target); },
                   [&](const AugAssign& a) { target(*a.target); },
                   [&](const Try& t) {
                     block(t.body);
                     for (const auto& h : t.handlers) {
                       if (h.name) add(*h.name);
                       block(h.body);
                     }
                     block(t.orelse);
                     block(t.finalbody);
                   },
                   [&](const If& i) {
                     block(i.body);
                     block(i.orelse);
                   },
                   [&](const For& f) {
                     target(*f.target);
                     block(f.body);
                   },
                   [&](const While& w) { block(w.body); },
                   [&](const With& w) {
                     if (w.name) add(*w.name);
                     block(w.body);
                   },
                   [](const auto&) {},
               },
               s.node);
  }
  std::vector<std::string>& locals_;
};

// --- resolving names, attributes and awaits --------------------------------

class Resolver {
 public:
  explicit Resolver(Program& p) : p_(p) {
    for (std::size_t i = 0; i < p.constants.size(); ++i) constants_.emplace(p.constants[i].name, int(i));
    for (std::size_t i = 0; i < p.functions.size(); ++i) functions_.emplace(p.functions[i].name, int(i));
  }

  void run() {
    check_entry();
    for (auto& c : p_.constants) {
      fn_ = nullptr;
      line_ = c.line;
      expr(*c.value);
    }
    for (auto& f : p_.functions) function(f);
  }

 private:
  void check_entry() {
    const char* want = p_.entry == Entry::Main ? "main" : "scenario";
    auto it = functions_.find(want);
    if (it == functions_.end()) throw Problem(0, std::string("the entry point ") + want + " is not defined");
    const Function& f = p_.functions[it->second];
    if (p_.entry == Entry::Main && (!f.is_async || !f.params.empty()))
      throw Problem(f.line, "the entry point must be `async def main()`");
    if (p_.entry == Entry::Scenario && (f.is_async || f.params.size() != 1))
      throw Problem(f.line, "the entry point must be `def scenario(loop)`");
    p_.entry_index = it->second;
  }

  void function(Function& f) {
    fn_ = &f;
    line_ = f.line;
    f.locals = f.params;
    LocalCollector(f.locals).block(f.body);
    for (auto& d : f.defaults) {
      // Defaults are evaluated in the module scope when the def runs.
      Function* saved = fn_;
      fn_ = nullptr;
      expr(*d);
      fn_ = saved;
    }
    block(f.body, 0);
  }

  int local_slot(const std::string& id) const {
    if (!fn_) return -1;
    auto it = std::find(fn_->locals.begin(), fn_->locals.end(), id);
    return it == fn_->locals.end() ? -1 : int(it - fn_->locals.begin());
  }

  void name(Name& n) {
    if (int slot = local_slot(n.id); slot >= 0) {
      n.scope = Scope::Local;
      n.slot = slot;
    } else if (auto c = constants_.find(n.id); c != constants_.end()) {
      n.scope = Scope::Constant;
      n.slot = c->second;
    } else if (auto f = functions_.find(n.id); f != functions_.end()) {
      n.scope = Scope::Function;
      n.slot = f->second;
    } else if (int b = builtin_slot(n.id); b >= 0) {
      n.scope = Scope::Builtin;
      n.slot = b;
    } else {
      n.scope = Scope::Undefined;
    }
  }

  /// `asyncio.X` where asyncio is the builtin module and X is bound: the value itself.
  const Value* asyncio_fold(const Attr& a) const {
    const auto* n = std::get_if<Name>(&a.value->node);
    if (!n || n->scope != Scope::Builtin || n->id != "asyncio") return nullptr;
    return asyncio_attr(a.attr);
  }

  void exprs(std::vector<ExprPtr>& v) {
    for (auto& e : v) expr(*e);
  }

  /// Resolves an expression in which an await may not stand.
  void expr(Expr& e) {
    std::visit(Overloaded{
                   [&](Const&) {},
                   [&](Name& n) { name(n); },
                   [&](Attr& a) {
                     expr(*a.value);
                     a.symbol = intern(a.attr);
                   },
                   [&](Call& c) {
                     expr(*c.func);
                     exprs(c.args);
                     if (c.star) expr(*c.star);
                     for (auto& k : c.kwargs) expr(*k.value);
                   },
                   [&](Await&) {
                     throw Problem(line_, "await may stand only as the whole value of an expression, "
                                          "assignment or return statement");
                   },
                   [&](BinaryOp& b) {
                     expr(*b.left);
                     expr(*b.right);
                   },
                   [&](Unary& u) { expr(*u.operand); },
                   [&](Compare& c) {
                     expr(*c.left);
                     expr(*c.right);
                   },
                   [&](BoolOps& b) { exprs(b.values); },
                   [&](IfExp& i) {
                     expr(*i.test);
                     expr(*i.body);
                     expr(*i.orelse);
                   },
                   [&](ListExpr& l) { exprs(l.elts); },
                   [&](TupleExpr& t) { exprs(t.elts); },
                   [&](DictExpr& d) {
                     exprs(d.keys);
                     exprs(d.values);
                   },
                   [&](Subscript& s) {
                     expr(*s.value);
                     expr(*s.index);
                   },
               },
               e.node);
    if (auto* a = std::get_if<Attr>(&e.node)) {
      if (const Value* v = asyncio_fold(*a)) e.node = Const{*v};
    }
  }

  /// A statement value: `await x` allowed (in an async def). True when it is one.
  bool value(Expr& e) {
    auto* aw = std::get_if<Await>(&e.node);
    if (!aw) {
      expr(e);
      return false;
    }
    if (!fn_ || !fn_->is_async) throw Problem(line_, "await outside an async function");
    expr(*aw->value);
    return true;
  }

  /// Resolves a block; returns whether any statement in it awaits.
  bool block(Block& b, int loop_depth) {
    bool any = false;
    for (auto& s : b) any |= stmt(s, loop_depth);
    return any;
  }

  bool stmt(Stmt& s, int loop_depth) {
    line_ = s.line;
    bool aw = std::visit(
        Overloaded{
            [&](ExprStmt& x) { return value(*x.value); },
            [&](Assign& a) {
              bool r = value(*a.value);
              expr(*a.target);
              return r;
            },
            [&](AugAssign& a) {
              expr(*a.target);
              expr(*a.value);
              return false;
            },
            [&](Return& r) { return r.value ? value(*r.value) : false; },
            [&](Pass&) { return false; },
            [&](Break&) {
              if (loop_depth == 0) throw Problem(s.line, "'break' outside loop");
              return false;
            },
            [&](Continue&) {
              if (loop_depth == 0) throw Problem(s.line, "'continue' not properly in loop");
              return false;
            },
            [&](Raise& r) {
              if (r.exc) expr(*r.exc);
              return false;
            },
            [&](Try& t) {
              bool r = block(t.body, loop_depth);
              for (auto& h : t.handlers) {
                line_ = h.line;
                exprs(h.types);
                if (h.name) h.name_slot = local_slot(*h.name);
                r |= block(h.body, loop_depth);
              }
              r |= block(t.orelse, loop_depth);
              r |= block(t.finalbody, loop_depth);
              return r;
            },
            [&](If& i) {
              expr(*i.test);
              bool r = block(i.body, loop_depth);
              return block(i.orelse, loop_depth) || r;
            },
            [&](For& f) {
              expr(*f.iter);
              expr(*f.target);
              return block(f.body, loop_depth + 1);
            },
            [&](While& w) {
              expr(*w.test);
              return block(w.body, loop_depth + 1);
            },
            [&](With& w) {
              if (w.is_async && (!fn_ || !fn_->is_async))
                throw Problem(s.line, "async with outside an async function");
              expr(*w.ctx);
              if (w.name) w.name_slot = local_slot(*w.name);
              return block(w.body, loop_depth) || w.is_async;
            },
        },
        s.node);
    s.has_await = aw;
    return aw;
  }

  Program& p_;
  std::unordered_map<std::string, int> constants_, functions_;
  Function* fn_ = nullptr;
  int line_ = 0;
};

}  // namespace

std::string resolve(ir::Program& p) {
  if (p.resolved) return "";
  ensure_bindings();
  try {
    Resolver(p).run();
  } catch (const Problem& e) {
    return e.what();
  }
  p.resolved = true;
  return "";
}

}  // namespace loopspec::harness
