// The resolve pass (see resolve.hpp).
#include "interp/resolve.hpp"

#include <algorithm>
#include <unordered_map>

#include "common/errors.hpp"
#include "common/overloaded.hpp"
#include "interp/bindings.hpp"
#include "ir/module_scope.hpp"
#include "ir/walk.hpp"

namespace loopspec::harness {
namespace {

using namespace loopspec::ir;

// --- which names a function binds ------------------------------------------

/// Python's rule: a name bound anywhere in a function (assigned, a loop or
/// `with` target, an `except ... as` name, deleted, or the name of a nested
/// def) is local everywhere in it, unless the function declares it nonlocal.
class LocalCollector {
 public:
  LocalCollector(std::vector<std::string>& locals, std::vector<std::string>& nonlocals)
      : locals_(locals), nonlocals_(nonlocals) {}

  void block(const Block& b) {
    for (const auto& s : b) stmt(s);
  }
  /// The names an assignment target binds.
  void target(const Expr& t) {
    if (const auto* n = std::get_if<Name>(&t.node)) add(locals_, n->id);
    if (const auto* tup = std::get_if<TupleExpr>(&t.node))
      for (const auto& e : tup->elts) target(*e);
  }

 private:
  static void add(std::vector<std::string>& to, const std::string& name) {
    if (std::find(to.begin(), to.end(), name) == to.end()) to.push_back(name);
  }
  void stmt(const Stmt& s) {
    std::visit(Overloaded{
                   [&](const Assign& a) { target(*a.target); },
                   [&](const AugAssign& a) { target(*a.target); },
                   [&](const Delete& d) {
                     for (const auto& t : d.targets) target(*t);
                   },
                   [&](const For& f) { target(*f.target); },
                   [&](const With& w) {
                     if (w.name) add(locals_, *w.name);
                   },
                   [&](const Try& t) {
                     for (const auto& h : t.handlers)
                       if (h.name) add(locals_, *h.name);
                   },
                   [&](const FunctionDef& d) { add(locals_, d.fn->name); },
                   [&](const Nonlocal& n) {
                     for (const auto& name : n.names) add(nonlocals_, name);
                   },
                   [](const auto&) {},
               },
               s.node);
    for_each_part(s, [](const Expr&) {}, [this](const Block& b) { block(b); });
  }
  std::vector<std::string>& locals_;
  std::vector<std::string>& nonlocals_;
};

bool contains(const std::vector<std::string>& v, const std::string& name) {
  return std::find(v.begin(), v.end(), name) != v.end();
}

/// Fills Function::locals, cells and n_cellvars for a function and every
/// function nested in it: CPython's symbol-table pass. A name a function
/// uses but does not bind refers to the nearest enclosing function that
/// binds it; there it becomes a cell, and every function from there down to
/// the user captures it (a free variable), as CPython passes it through.
class CaptureAnalysis {
 public:
  void function(Function& f) {
    std::vector<std::string> nonlocals;
    f.locals = f.params;
    LocalCollector(f.locals, nonlocals).block(f.body);
    std::erase_if(f.locals, [&](const std::string& n) { return contains(nonlocals, n); });
    chain_.push_back({&f, {}, {}});
    for (const auto& name : nonlocals)
      if (!refer(name)) throw ScenarioError("line " + std::to_string(f.line) + ": no binding for nonlocal '" + name + "' found");
    block(f.body);
    leave();
  }

  /// A comprehension's scope: its locals are the targets of its clauses.
  void comprehension(Comprehension& c) {
    Function& f = *c.scope;
    f.locals.clear();
    std::vector<std::string> none;
    LocalCollector names(f.locals, none);
    for (const auto& g : c.generators) names.target(*g.target);
    chain_.push_back({&f, {}, {}});
    for_each_in_scope(c, [this](Expr& e) { expr(e); });
    leave();
  }

 private:
  struct Scope {
    Function* fn;
    std::vector<std::string> cellvars, freevars;
  };

  /// A use of `name` in the innermost function; false when no enclosing function binds it.
  bool refer(const std::string& name) {
    if (contains(chain_.back().fn->locals, name)) return true;
    for (std::size_t k = chain_.size() - 1; k-- > 0;) {
      if (!contains(chain_[k].fn->locals, name)) continue;
      if (!contains(chain_[k].cellvars, name)) chain_[k].cellvars.push_back(name);
      for (std::size_t j = k + 1; j < chain_.size(); ++j)
        if (!contains(chain_[j].freevars, name)) chain_[j].freevars.push_back(name);
      return true;
    }
    return false;
  }

  /// Ends the innermost scope: its cells are its cellvars, then its freevars.
  void leave() {
    Scope& mine = chain_.back();
    Function& f = *mine.fn;
    f.n_cellvars = mine.cellvars.size();
    f.cells = std::move(mine.cellvars);
    f.cells.insert(f.cells.end(), mine.freevars.begin(), mine.freevars.end());
    chain_.pop_back();
  }

  void expr(Expr& e) {
    if (const auto* n = std::get_if<Name>(&e.node)) refer(n->id);
    for_each_child(e, [this](Expr& child) { expr(child); });
    if (auto* l = std::get_if<Lambda>(&e.node)) function(*l->fn);
    if (auto* c = std::get_if<Comprehension>(&e.node)) comprehension(*c);
  }
  void block(Block& b) {
    for (auto& s : b) {
      for_each_part(s, [this](Expr& e) { expr(e); }, [this](Block& inner) { block(inner); });
      if (auto* d = std::get_if<FunctionDef>(&s.node)) function(*d->fn);
    }
  }

  std::vector<Scope> chain_;
};

// --- resolving names, attributes and awaits --------------------------------

class Resolver {
 public:
  explicit Resolver(Program& p) : p_(p), module_(module_bindings(p)) {}

  void run() {
    p_.entry_index = module_.at(entry_function(p_.entry)).index;
    for (auto& c : p_.constants) {
      fn_ = nullptr;
      expr(*c.value);
    }
    for (std::size_t i = 0; i < p_.classes.size(); ++i) class_def(p_.classes[i], static_cast<int>(i));
    for (auto& f : p_.functions) module_level(f, f.name);
  }

 private:
  /// A function of the module or a method: defaults in the module scope.
  void module_level(Function& f, std::string qualname) {
    fn_ = nullptr;
    for (auto& d : f.defaults) expr(*d);
    CaptureAnalysis().function(f);
    f.qualname = std::move(qualname);
    body(f);
  }

  void class_def(ClassDef& c, int index) {
    fn_ = nullptr;
    for (auto& b : c.bases) {
      expr(*b);
      check_base(c, *b, index);
    }
    for (auto& a : c.attrs) expr(*a.value);
    class_index_ = index;
    for (auto& m : c.methods) module_level(m.fn, c.name + "." + m.fn.name);
    class_index_ = -1;
  }

  /// A base is a class defined above (Python runs the module top to bottom),
  /// a builtin exception class, or `asyncio.X` folded to its class value.
  void check_base(const ClassDef& c, const Expr& b, int index) const {
    const auto* n = std::get_if<Name>(&b.node);
    bool ok = n ? (n->scope == Scope::Class && n->slot < index) || n->scope == Scope::Builtin
                : std::holds_alternative<Const>(b.node);
    if (!ok) {
      throw ScenarioError("line " + std::to_string(c.line) + ": a base of class " + c.name +
                          " is not a class defined above it, an exception class or an asyncio class");
    }
  }

  /// Resolves f's body in f's scope; f's defaults were resolved where f stands.
  void body(Function& f) {
    Function* outer = fn_;
    fn_ = &f;
    f.cell_params.clear();
    for (std::size_t i = 0; i < f.n_cellvars; ++i) {
      auto p = std::find(f.params.begin(), f.params.end(), f.cells[i]);
      f.cell_params.push_back(p == f.params.end() ? -1 : int(p - f.params.begin()));
    }
    block(f.body);
    fn_ = outer;
  }

  /// A def or lambda nested in fn_ (its defaults, parts of the enclosing
  /// statement or expression, are resolved already): where its captured
  /// cells come from, then its body.
  void nested(Function& f) {
    capture(f);
    body(f);
  }

  /// The qualified name of a scope nested in fn_, and where its captured cells come from.
  void capture(Function& f) {
    f.qualname = fn_->qualname + ".<locals>." + f.name;
    f.closure.clear();
    for (std::size_t i = f.n_cellvars; i < f.cells.size(); ++i) f.closure.push_back(cell_slot(f.cells[i]));
  }

  /// A comprehension in fn_ (its first iterable is resolved already); true when it awaits.
  bool comprehension(Comprehension& c) {
    Function& f = *c.scope;
    capture(f);
    f.cell_params.assign(f.n_cellvars, -1);
    Function* outer = fn_;
    fn_ = &f;
    bool awaits = false;
    for_each_in_scope(c, [&](Expr& e) { awaits |= expr(e); });
    fn_ = outer;
    return awaits;
  }

  int cell_slot(const std::string& id) const {
    if (!fn_) return -1;
    auto it = std::find(fn_->cells.begin(), fn_->cells.end(), id);
    return it == fn_->cells.end() ? -1 : int(it - fn_->cells.begin());
  }

  int local_slot(const std::string& id) const {
    if (!fn_) return -1;
    auto it = std::find(fn_->locals.begin(), fn_->locals.end(), id);
    return it == fn_->locals.end() ? -1 : int(it - fn_->locals.begin());
  }

  /// Where `id` lives seen from fn_: a cell, a local, or the module and builtins.
  void name(const std::string& id, Scope& scope, int& slot) {
    slot = -1;
    if (int c = cell_slot(id); c >= 0) {
      scope = Scope::Cell;
      slot = c;
    } else if (int l = local_slot(id); l >= 0) {
      scope = Scope::Local;
      slot = l;
    } else if (auto m = module_.find(id); m != module_.end()) {
      using Kind = ModuleBinding::Kind;
      scope = m->second.kind == Kind::Constant ? Scope::Constant
              : m->second.kind == Kind::Class  ? Scope::Class
                                               : Scope::Function;
      slot = m->second.index;
    } else if (int b = builtin_slot(id); b >= 0) {
      scope = Scope::Builtin;
      slot = b;
      if (id == "contextvars" || id == "ContextVar" || id == "copy_context") p_.uses_contextvars = true;
    } else {
      scope = Scope::Undefined;
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
    // A yield suspends the generator's body as an await suspends a coroutine's.
    bool awaits = std::holds_alternative<Await>(e.node) || std::holds_alternative<Yield>(e.node);
    if (fn_ && std::holds_alternative<Yield>(e.node)) fn_->is_generator = true;
    for_each_child(e, [&](Expr& child) { awaits |= expr(child); });
    if (auto* n = std::get_if<Name>(&e.node)) name(n->id, n->scope, n->slot);
    if (auto* s = std::get_if<Super>(&e.node)) {
      s->class_index = class_index_;
      s->self.id = fn_->params.front();
      name(s->self.id, s->self.scope, s->self.slot);
    }
    if (auto* a = std::get_if<Attr>(&e.node)) {
      a->symbol = intern(a->attr);
      if (const Value* v = asyncio_fold(*a)) e.node = Const{*v};
    }
    if (auto* l = std::get_if<Lambda>(&e.node)) nested(*l->fn);
    if (auto* c = std::get_if<Comprehension>(&e.node)) awaits |= comprehension(*c);
    e.has_await = awaits;
    return awaits;
  }

  /// Resolves a block; returns whether any statement in it awaits.
  bool block(Block& b) {
    bool any = false;
    for (auto& s : b) any |= stmt(s);
    return any;
  }

  bool stmt(Stmt& s) {
    bool awaits = false;
    for_each_part(s, [&](Expr& e) { awaits |= expr(e); }, [&](Block& b) { awaits |= block(b); });
    std::visit(Overloaded{
                   [&](Try& t) {
                     for (auto& h : t.handlers)
                       if (h.name) name(*h.name, h.name_scope, h.name_slot);
                   },
                   [&](With& w) {
                     if (w.name) name(*w.name, w.name_scope, w.name_slot);
                     awaits |= w.is_async;
                   },
                   [&](For& f) { awaits |= f.is_async; },
                   [&](FunctionDef& d) {
                     name(d.target.id, d.target.scope, d.target.slot);
                     nested(*d.fn);
                   },
                   [](auto&) {},
               },
               s.node);
    s.has_await = awaits;
    return awaits;
  }

  Program& p_;
  std::unordered_map<std::string, ModuleBinding> module_;
  Function* fn_ = nullptr;
  int class_index_ = -1;  // the class whose methods are being resolved
};

}  // namespace

void resolve(ir::Program& p) {
  if (p.resolved) return;
  ensure_bindings();
  Resolver(p).run();
  p.resolved = true;
}

}  // namespace loopspec::harness
