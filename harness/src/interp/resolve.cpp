// The resolve pass (see resolve.hpp).
#include "interp/resolve.hpp"

#include <algorithm>
#include <unordered_map>

#include "common/overloaded.hpp"
#include "interp/bindings.hpp"
#include "ir/module_scope.hpp"
#include "ir/walk.hpp"

namespace loopspec::harness {
namespace {

using namespace loopspec::ir;

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
                   [&](const Delete& d) {
                     for (const auto& t : d.targets) target(*t);
                   },
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
                     block(f.orelse);
                   },
                   [&](const While& w) {
                     block(w.body);
                     block(w.orelse);
                   },
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
  explicit Resolver(Program& p) : p_(p), module_(module_bindings(p)) {}

  void run() {
    p_.entry_index = module_.at(p_.entry == Entry::Main ? "main" : "scenario").index;
    for (auto& c : p_.constants) {
      fn_ = nullptr;
      expr(*c.value);
    }
    for (auto& f : p_.functions) function(f);
  }

 private:
  void function(Function& f) {
    fn_ = nullptr;  // defaults are evaluated in the module scope
    for (auto& d : f.defaults) expr(*d);
    fn_ = &f;
    f.locals = f.params;
    LocalCollector(f.locals).block(f.body);
    block(f.body);
  }

  int local_slot(const std::string& id) const {
    if (!fn_) return -1;
    auto it = std::find(fn_->locals.begin(), fn_->locals.end(), id);
    return it == fn_->locals.end() ? -1 : int(it - fn_->locals.begin());
  }

  void name(Name& n) {
    n.slot = -1;
    if (int slot = local_slot(n.id); slot >= 0) {
      n.scope = Scope::Local;
      n.slot = slot;
    } else if (auto m = module_.find(n.id); m != module_.end()) {
      n.scope = m->second.kind == ModuleBinding::Kind::Constant ? Scope::Constant : Scope::Function;
      n.slot = m->second.index;
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

  /// Resolves `e`; true when an await occurs in it.
  bool expr(Expr& e) {
    bool awaits = std::holds_alternative<Await>(e.node);
    for_each_child(e, [&](Expr& child) { awaits |= expr(child); });
    if (auto* n = std::get_if<Name>(&e.node)) name(*n);
    if (auto* a = std::get_if<Attr>(&e.node)) {
      a->symbol = intern(a->attr);
      if (const Value* v = asyncio_fold(*a)) e.node = Const{*v};
    }
    e.has_await = awaits;
    return awaits;
  }

  bool exprs(std::vector<ExprPtr>& v) {
    bool awaits = false;
    for (auto& e : v) awaits |= expr(*e);
    return awaits;
  }

  /// Resolves a block; returns whether any statement in it awaits.
  bool block(Block& b) {
    bool any = false;
    for (auto& s : b) any |= stmt(s);
    return any;
  }

  bool stmt(Stmt& s) {
    s.has_await = std::visit(Overloaded{
                                 [&](ExprStmt& x) -> bool { return expr(*x.value); },
                                 [&](Assign& a) -> bool { return expr(*a.value) | expr(*a.target); },
                                 [&](AugAssign& a) -> bool { return expr(*a.target) | expr(*a.value); },
                                 [&](Return& r) -> bool { return r.value && expr(*r.value); },
                                 [&](Raise& r) -> bool { return (r.exc && expr(*r.exc)) | (r.cause && expr(*r.cause)); },
                                 [&](Delete& d) -> bool { return exprs(d.targets); },
                                 [&](Assert& a) -> bool { return expr(*a.test) | (a.msg && expr(*a.msg)); },
                                 [&](Try& t) -> bool {
                                   bool r = block(t.body);
                                   for (auto& h : t.handlers) {
                                     r |= exprs(h.types);
                                     if (h.name) h.name_slot = local_slot(*h.name);
                                     r |= block(h.body);
                                   }
                                   return block(t.orelse) | block(t.finalbody) | r;
                                 },
                                 [&](If& i) -> bool { return expr(*i.test) | block(i.body) | block(i.orelse); },
                                 [&](For& f) -> bool {
                                   return expr(*f.iter) | expr(*f.target) | block(f.body) | block(f.orelse);
                                 },
                                 [&](While& w) -> bool { return expr(*w.test) | block(w.body) | block(w.orelse); },
                                 [&](With& w) -> bool {
                                   if (w.name) w.name_slot = local_slot(*w.name);
                                   return expr(*w.ctx) | block(w.body) | w.is_async;
                                 },
                                 [](auto&) -> bool { return false; },
                             },
                             s.node);
    return s.has_await;
  }

  Program& p_;
  std::unordered_map<std::string, ModuleBinding> module_;
  Function* fn_ = nullptr;
};

}  // namespace

void resolve(ir::Program& p) {
  if (p.resolved) return;
  ensure_bindings();
  Resolver(p).run();
  p.resolved = true;
}

}  // namespace loopspec::harness
