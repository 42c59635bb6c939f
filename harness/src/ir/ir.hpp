// The scenario IR (docs/ir.md) as C++ structs.
//
// The loader builds these from JSON (and checks them: validate.hpp); the
// property-test generator builds them directly. Either way a Program goes
// through the interpreter's `resolve()` (interp/resolve.hpp) once before it
// runs: that fills the `resolved` fields below (name slots, attribute
// symbols, which statements contain an await), so the interpreter never looks
// a name up in a string map at run time. Builders leave those fields at their
// defaults.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "loopspec/value.hpp"

namespace loopspec::ir {

inline constexpr int kVersion = 2;
/// How deep a program may nest blocks (CPython's own limit: "too many levels
/// of indentation") and expressions (CPython's limit on nested brackets).
inline constexpr int kMaxBlockDepth = 100;
inline constexpr int kMaxExprDepth = 200;

struct Expr;
struct Stmt;
struct Function;
using ExprPtr = std::unique_ptr<Expr>;
using Block = std::vector<Stmt>;

enum class BinOp { Add, Sub, Mul, Div, FloorDiv, Mod, BitOr, BitAnd };
enum class UnaryOp { Neg, Pos, Not };
enum class CmpOp { Eq, Ne, Lt, Le, Gt, Ge, Is, IsNot, In, NotIn };
enum class BoolOp { And, Or };

/// Where a name refers to, decided by resolve().
enum class Scope {
  Unresolved,
  Local,     // slot: index into the function's locals
  Cell,      // slot: index into the frame's cells (Function::cells)
  Constant,  // slot: index into Program::constants
  Function,  // slot: index into Program::functions
  Class,     // slot: index into Program::classes
  Builtin,   // slot: index into the builtin table (log, asyncio, range, ...)
  Undefined  // NameError when evaluated
};

// --- expressions -------------------------------------------------------------

/// A literal. `value` is None, bool, int, float, str or bytes.
struct Const {
  Value value;
};
struct Name {
  std::string id;
  Scope scope = Scope::Unresolved;  // resolved
  int slot = -1;                    // resolved
};
struct Attr {
  ExprPtr value;
  std::string attr;
  int symbol = -1;  // resolved: the interned attribute name
};
struct Keyword {
  std::string name;
  ExprPtr value;
};
struct Call {
  int line = 0;
  ExprPtr func;
  std::vector<ExprPtr> args;
  ExprPtr star;  // `*list` as the last positional argument, or null
  std::vector<Keyword> kwargs;
};
struct Await {
  ExprPtr value;
};
/// `yield value` (value null for a bare `yield`) in an async generator's own
/// body: hands the value to the consumer and evaluates to what it sends back.
struct Yield {
  ExprPtr value;
};
struct BinaryOp {
  BinOp op;
  ExprPtr left, right;
};
struct Unary {
  UnaryOp op;
  ExprPtr operand;
};
/// `left op0 c0 op1 c1 ...`: a chain when there are several ops; each middle
/// operand is evaluated once and the chain stops at the first false link.
struct Compare {
  ExprPtr left;
  std::vector<CmpOp> ops;            // one or more
  std::vector<ExprPtr> comparators;  // one per op

  Compare(ExprPtr l, std::vector<CmpOp> o, std::vector<ExprPtr> c)
      : left(std::move(l)), ops(std::move(o)), comparators(std::move(c)) {}
  /// A single comparison `l op r`.
  Compare(CmpOp op, ExprPtr l, ExprPtr r) : left(std::move(l)), ops{op} { comparators.push_back(std::move(r)); }
};
struct BoolOps {
  BoolOp op;
  std::vector<ExprPtr> values;  // two or more
};
struct IfExp {
  ExprPtr test, body, orelse;
};
struct ListExpr {
  std::vector<ExprPtr> elts;
};
struct TupleExpr {
  std::vector<ExprPtr> elts;
};
struct DictExpr {
  std::vector<ExprPtr> keys, values;
};
struct SetExpr {
  std::vector<ExprPtr> elts;
};
struct Subscript {
  ExprPtr value, index;
};
/// `lower:upper:step`, standing only as a Subscript's index; a part left out is null.
struct Slice {
  ExprPtr lower, upper, step;
};
/// One piece of an f-string: literal `text` (value null), or a field
/// `{value!conversion:spec}`.
struct FStringPart {
  std::string text;
  ExprPtr value;
  char conversion = 0;  // 'r', 's' or 0
  std::optional<std::string> spec;
};
struct FString {
  std::vector<FStringPart> parts;
};
/// `lambda params: body`: a Function named `<lambda>` whose body is one
/// `return` of the lambda's expression, on the lambda's line.
struct Lambda {
  std::shared_ptr<Function> fn;  // shared_ptr: Function is incomplete here
};
/// One `for target in iter if c1 if c2` clause of a comprehension.
struct CompFor {
  ExprPtr target;  // a Name or a TupleExpr of Names
  ExprPtr iter;
  std::vector<ExprPtr> ifs;
};
/// `[elt for ...]`, `{elt for ...}`, `{elt: value for ...}`, `(elt for ...)`.
/// As in CPython 3.11 it has a scope of its own (`scope`, a Function with no
/// params and no body: resolve() fills its locals, the targets, and its
/// cells); the first clause's iterable is evaluated in the enclosing scope,
/// everything else in the comprehension's.
struct Comprehension {
  enum class Kind { List, Set, Dict, Generator };
  Kind kind = Kind::List;
  ExprPtr elt;    // a dict comprehension's key
  ExprPtr value;  // a dict comprehension's value, else null
  std::vector<CompFor> generators;
  std::shared_ptr<Function> scope;
};

/// `super()` directly in a method's body: attribute lookup on the method's
/// instance that starts after the method's class in the instance's MRO.
struct Super {
  int class_index = -1;  // resolved: the method's class, in Program::classes
  Name self;             // resolved: the method's first parameter
};

struct Expr {
  using Node = std::variant<Const, Name, Attr, Call, Await, BinaryOp, Unary, Compare, BoolOps,
                            IfExp, ListExpr, TupleExpr, DictExpr, SetExpr, Subscript, Slice, FString, Lambda,
                            Comprehension, Super, Yield>;
  Node node;  // resolve() may replace an `asyncio.X` Attr by the Const it names
  /// resolved: an await occurs in this expression, so evaluating it may suspend.
  bool has_await = false;

  template <class T>
  Expr(T n) : node(std::move(n)) {}
};

// --- statements --------------------------------------------------------------

struct ExprStmt {
  ExprPtr value;
};
/// `target` is a Name, a TupleExpr of Names, a Subscript or an Attr.
struct Assign {
  ExprPtr target;
  ExprPtr value;
};
struct AugAssign {
  ExprPtr target;
  BinOp op;
  ExprPtr value;
};
struct Return {
  ExprPtr value;  // null for a bare `return`
};
struct Pass {};
struct Break {};
struct Continue {};
struct Raise {
  ExprPtr exc;    // null for a bare re-raise
  ExprPtr cause;  // `raise exc from cause`, or null
};
/// `del t1, t2`: each target a Name, a Subscript or an Attr, deleted left to right.
struct Delete {
  std::vector<ExprPtr> targets;
};
/// `assert test, msg`: msg (or null) is evaluated only when test is false.
struct Assert {
  ExprPtr test;
  ExprPtr msg;
};
struct Handler {
  int line = 0;
  std::vector<ExprPtr> types;  // empty for a bare `except:`
  std::optional<std::string> name;
  Block body;
  Scope name_scope = Scope::Local;  // resolved: Local or Cell
  int name_slot = -1;               // resolved
};
/// `try`/`except`, or `try`/`except*` (star: each handler takes the part of
/// an exception group it matches; PEP 654).
struct Try {
  Block body;
  std::vector<Handler> handlers;
  Block orelse, finalbody;
  bool star = false;
};
struct If {
  ExprPtr test;
  Block body, orelse;
};
/// `orelse` runs when the loop ends without `break` (Python's `for ... else`).
/// `async for` (is_async) awaits each item from the iterable's `__anext__`.
struct For {
  ExprPtr target;
  ExprPtr iter;
  Block body, orelse;
  bool is_async = false;
};
struct While {
  ExprPtr test;
  Block body, orelse;
};
/// `async with ctx as name:` (is_async) and `with ctx as name:`.
struct With {
  bool is_async = false;
  ExprPtr ctx;
  std::optional<std::string> name;
  Block body;
  Scope name_scope = Scope::Local;  // resolved: Local or Cell
  int name_slot = -1;               // resolved
};
/// A `def` or `async def` inside a function: binds `target` (the function's
/// name) to a new function object each time it runs.
struct FunctionDef {
  std::shared_ptr<Function> fn;
  Name target;  // resolved scope and slot
};
/// `nonlocal a, b`: only a declaration (resolve() reads it); running it does nothing.
struct Nonlocal {
  std::vector<std::string> names;
};

struct Stmt {
  using Node = std::variant<ExprStmt, Assign, AugAssign, Return, Pass, Break, Continue, Raise, Assert,
                            Delete, Try, If, For, While, With, FunctionDef, Nonlocal>;
  int line = 0;
  Node node;
  /// resolved: an await occurs somewhere in this statement (nested blocks included).
  bool has_await = false;

  template <class T>
  Stmt(int line, T n) : line(line), node(std::move(n)) {}
};

// --- program -----------------------------------------------------------------

/// A `def`, `async def` or `lambda`. Module-level ones are Program::functions;
/// nested ones hang in the tree (FunctionDef, Lambda). The defaults of a
/// module-level function are literals; a nested one's are evaluated in the
/// enclosing function each time its `def` or `lambda` runs.
struct Function {
  std::string name;
  bool is_async = false;
  bool is_lambda = false;
  int line = 0;
  std::vector<std::string> params;
  std::vector<ExprPtr> defaults;  // for the last defaults.size() params
  Block body;

  // resolved (docs/ir.md#closures):
  std::string qualname;             // `outer.<locals>.inner`, as CPython's messages name it
  std::vector<std::string> locals;  // the params (first) and every name the body binds
  /// The frame's cells, CPython's cellvars then freevars: the locals an
  /// inner function captures, then the variables this one captures.
  std::vector<std::string> cells;
  std::size_t n_cellvars = 0;
  std::vector<int> cell_params;  // per cellvar: the param it starts as, or -1
  std::vector<int> closure;      // per freevar: its index in the enclosing frame's cells
  bool is_generator = false;     // an `async def` with a `yield` in its own body
};

struct Constant {
  std::string name;
  int line = 0;
  ExprPtr value;
};

/// A method: a Function of a class body (qualname `Class.method`);
/// `property` for a method under `@property`.
struct Method {
  Function fn;
  bool property = false;
};

/// A module-level class (docs/ir.md#classes): made once, at start-up, in
/// source order, after the constants. Attribute values are literals.
struct ClassDef {
  std::string name;
  int line = 0;
  std::vector<ExprPtr> bases;  // classes above it, exception classes, asyncio protocols
  std::vector<Constant> attrs;
  std::vector<Method> methods;
};

struct Meta {
  std::string summary, description, spec;
  std::vector<std::string> features;
  std::string python = "3.11";
  std::vector<std::string> order;
};

/// `async def main()`, `def scenario(loop)`, `def scenario()` (docs/ir.md).
enum class Entry { Main, Scenario, ScenarioNoLoop };

/// The module-level name of the entry point's function.
inline const char* entry_function(Entry e) { return e == Entry::Main ? "main" : "scenario"; }

struct Program {
  int version = kVersion;
  std::string id;
  Meta meta;
  Entry entry = Entry::Main;
  std::vector<Constant> constants;
  std::vector<ClassDef> classes;
  std::vector<Function> functions;
  /// Where it came from, for run errors, which cite the lines of the Python
  /// source: the scenario's .py when the IR is a golden file of a corpus that
  /// has it (golden/<id>.json beside scenarios/<id>.py), else the IR file;
  /// "" when built in memory.
  std::string source_file;

  bool resolved = false;
  /// resolved: a name of contextvars occurs, so the run keeps contexts
  /// (without one no program can tell them apart, and runs skip the cost).
  bool uses_contextvars = false;
  int entry_index = -1;  // resolved: index of main/scenario in functions
};

// --- builders (for tests and the property generator) -----------------------

template <class T>
ExprPtr make(T node) {
  return std::make_unique<Expr>(std::move(node));
}

}  // namespace loopspec::ir
