// Interpreter internals shared by the expression evaluator and the two
// statement executors (synchronous for `def` and await-free statements, a
// coroutine for statements that await).
#pragma once

#include <coroutine>
#include <memory>
#include <optional>
#include <vector>

#include "loopspec/async_generators.hpp"
#include "loopspec/coro.hpp"
#include "loopspec/future.hpp"
#include "interp/interpreter.hpp"
#include "interp/pyobjects.hpp"
#include "ir/ir.hpp"

namespace loopspec::harness {

/// The locals of one function call.
struct Frame {
  Frame() = default;
  Frame(const Frame&) = delete;
  Frame& operator=(const Frame&) = delete;
  ~Frame() {
    if (object) object->end();
  }

  const ir::Function* fn = nullptr;
  std::vector<std::optional<Value>> locals;  // nullopt: unbound
  std::vector<CellPtr> cells;                // ir::Function::cells: cellvars, then the closure
  /// Exceptions being handled by enclosing `except` blocks: bare `raise` re-raises the last.
  std::vector<ExceptionPtr> handling;
  Value ret;  // what `return` stored
  /// The async generator whose body this frame runs, for `yield`; else null.
  AsyncGenBody* generator = nullptr;
  /// The line of the statement it runs or is suspended in (f_lineno, for
  /// a coroutine's repr); its function's `def` line before the first.
  int line = 0;
  /// The frame object Python code sees (a coroutine's frame, a traceback's
  /// entry), made when first needed (Interpreter::frame_object).
  FramePtr object;

  /// Where a resolved Local or Cell variable lives.
  std::optional<Value>& variable(ir::Scope scope, int slot) {
    auto i = static_cast<std::size_t>(slot);
    return scope == ir::Scope::Cell ? cells[i]->value : locals[i];
  }
  /// The value of a resolved Local or Cell name; unbound raises as CPython does.
  const Value& bound(const ir::Name& n);
};

/// How a statement ended.
enum class Flow : std::int64_t { Normal, Return, Break, Continue };

/// `await v` for any awaitable value: a coroutine object runs inline, a
/// future suspends the task while pending. Always co_await it as a prvalue
/// (docs/model.md#compiler-notes: g++ 12 copies lvalue awaiters).
class ValueAwaiter {
 public:
  /// `v` is any value; an object of a scenario's class is awaited through its `__await__`.
  ValueAwaiter(Interpreter& in, Value v);
  bool await_ready() const { return fut_ && fut_aw_.await_ready(); }
  template <class P>
  std::coroutine_handle<> await_suspend(std::coroutine_handle<P> h) {
    if (!fut_) return coro_aw_.await_suspend(h);
    fut_aw_.await_suspend(h);
    return std::noop_coroutine();
  }
  Value await_resume();

 private:
  Value keep_;  // keeps the awaited object alive across the suspension
  /// What is awaited runs frames no golden can pin: a coroutine of
  /// asyncio's own, or a generator expression `__await__` returned.
  bool unpinnable_frames_ = false;
  FuturePtr fut_;
  Coro::Awaiter coro_aw_{nullptr};
  FutureAwaiter fut_aw_{nullptr};
};

/// What a call expression calls, looked up once its head is evaluated. For
/// `obj.name(...)` Python evaluates obj, looks the method up (LOAD_METHOD:
/// an AttributeError comes before any argument is evaluated), then the
/// arguments; a method of the type is called without making a bound method.
struct Callee {
  Value target;     // the receiver of a method, else the callable itself
  int symbol = -1;  // >= 0: call method `symbol` of target

  /// `head` is the value of `call_head(c)`.
  static Callee of(Interpreter& in, const ir::Call& c, Value head);
  Value call(Interpreter& in, CallArgs& args) const;
};
/// What is evaluated first in a call: the receiver of a method call, else the function.
const ir::Expr& call_head(const ir::Call& c);

/// A target that is not a name, evaluated: `x[i]` (object x, index i) or
/// `obj.attr` (object obj, the attribute's symbol). `t op= v` reads and
/// writes the same place, evaluating its parts once.
struct Place {
  Value object;
  Value index;      // a subscript's index
  int symbol = -1;  // >= 0: an attribute
  Value load(Interpreter& in) const;
  void store(Interpreter& in, Value v) const;
  void erase(Interpreter& in) const;
};
/// The place of a Subscript or Attr target, its parts evaluated left to right.
Place place_of(Interpreter& in, const ir::Expr& target, Frame& f);

/// One link `left op right` of a comparison chain: its value, and (through
/// `left`) the next link's left operand when the chain goes on.
bool chain_link(ir::CmpOp op, Value& left, Value right, Value& result);

/// `except cls`: whether `e` is an instance of the class (or of one in a
/// tuple of classes); TypeError when cls is not an exception class.
bool class_matches(const Value& cls, const ExceptionPtr& e);

/// An f-string field's text, given its evaluated value: the conversion, then format().
std::string fstring_field(const ir::FStringPart& part, const Value& v);

/// Walks any iterable of the subset: range, list (live, by index), tuple,
/// dict keys, set (in CPython's order, or a ScenarioError: pyops.hpp
/// set_in_cpython_order), str, bytes (ints), or an object with
/// __iter__/__next__ bindings.
class Iteration {
 public:
  Iteration(Interpreter& in, const Value& iterable);
  Iteration(const Iteration&) = delete;  // items_ may point into snapshot_
  Iteration& operator=(const Iteration&) = delete;
  bool next(Value& out);

 private:
  enum class Kind { Range, Items, Str, Protocol };
  Interpreter& in_;
  Kind kind_;
  Value src_;                       // what is being walked
  const std::vector<Value>* items_;  // Items: the list/tuple vector (lists grow while walked)
  std::vector<Value> snapshot_;     // dict keys and sets
  std::size_t pos_ = 0;
  std::int64_t range_i_ = 0;
};

/// `co_await Eval(in, e, f)`: the value of expression `e` inside a
/// coroutine. An await-free expression is evaluated at once without
/// suspending, `await x` with an await-free x awaits x directly, anything
/// else runs Exec::eval_async inline. Always co_await it as a prvalue
/// (docs/model.md#compiler-notes).
class Eval {
 public:
  Eval(Interpreter* in, const ir::Expr* e, Frame* f) : in_(in), e_(e), f_(f) {}
  bool await_ready();
  template <class P>
  std::coroutine_handle<> await_suspend(std::coroutine_handle<P> h);
  Value await_resume();

 private:
  Interpreter* in_;
  const ir::Expr* e_;
  Frame* f_;
  Value value_;                           // evaluated without suspending
  std::optional<ValueAwaiter> awaiting_;  // `await x`: x's awaiter
  Coro nested_;                           // otherwise: eval_async's coroutine
  Coro::Awaiter nested_awaiter_{nullptr};
};

/// The statement executors. Static members of a friend of Interpreter.
struct Exec {
  // synchronous
  static Flow block(Interpreter& in, const ir::Block& b, Frame& f);
  static Flow stmt(Interpreter& in, const ir::Stmt& s, Frame& f);

  // coroutines; a sub-block returns its Flow as an int Value, a function body
  // (owned frame) returns the function's return value.
  static Coro block_async(Interpreter* in, const ir::Block* b, Frame* f, std::unique_ptr<Frame> owned);
  /// An awaiting statement that block_async does not await itself (not an
  /// expression statement, assignment, return or if): its own coroutine,
  /// whose result is the statement's Flow as an int Value.
  static Coro stmt_async(Interpreter* in, const ir::Stmt& s, Frame* f);
  static Coro raise_async(Interpreter* in, const ir::Raise* r, Frame* f);
  static Coro assert_async(Interpreter* in, const ir::Assert* a, Frame* f);
  static Coro for_async(Interpreter* in, const ir::For* l, Frame* f);
  /// `async for`: awaits each item of the iterable's __anext__ until StopAsyncIteration.
  static Coro async_for(Interpreter* in, const ir::For* l, Frame* f);
  static Coro while_async(Interpreter* in, const ir::While* w, Frame* f);
  static Coro try_async(Interpreter* in, const ir::Try* t, Frame* f);
  /// The except* handlers of `t` for what its body raised; throws what remains.
  static Coro star_handlers_async(Interpreter* in, const ir::Try* t, ExceptionPtr caught, Frame* f);
  static Coro with_async(Interpreter* in, const ir::With* w, Frame* f);

  // expressions that await (Expr::has_await), their values as a Coro's result
  static Coro eval_async(Interpreter* in, const ir::Expr* e, Frame* f);
  static Coro comprehension_async(Interpreter* in, const ir::Comprehension* c, Frame* f);
  /// eval_async for list, tuple and dict displays.
  static Coro display_async(Interpreter* in, const ir::Expr* e, Frame* f);
  /// Evaluates the arguments of `c` into `out`.
  static Coro args_async(Interpreter* in, const ir::Call* c, Frame* f, CallArgs* out);
  /// Evaluates every expression of `es` into `out`, left to right.
  static Coro all_async(Interpreter* in, const std::vector<ir::ExprPtr>* es, Frame* f, std::vector<Value>* out);
  /// `target = v` where evaluating the target (`x[await k()]`) awaits.
  static Coro store_async(Interpreter* in, const ir::Expr* target, Value v, Frame* f);
  static Coro aug_assign_async(Interpreter* in, const ir::AugAssign* a, Frame* f);
  /// place_of for a target whose parts await (`x[await k()]`), into `out`.
  static Coro place_async(Interpreter* in, const ir::Expr* target, Frame* f, Place* out);

  // shared pieces
  static void store(Interpreter& in, const ir::Expr& target, Value v, Frame& f);
  /// `del name`: unbinds the local (UnboundLocalError when it is not bound).
  static void delete_name(const ir::Name& n, Frame& f);
  static void delete_target(Interpreter& in, const ir::Expr& target, Frame& f);
  static Coro delete_async(Interpreter* in, const ir::Delete* d, Frame* f);
  static void aug_assign(Interpreter& in, const ir::AugAssign& a, Frame& f);
  /// `old op= rhs`: `lst += x` extends the list in place (the same object stays bound).
  static Value aug_combine(Interpreter& in, ir::BinOp op, const Value& old, const Value& rhs);
  [[noreturn]] static void raise_stmt(Interpreter& in, const ir::Raise& r, Frame& f);
  /// `raise v from cause` where v is the evaluated exception (or exception
  /// class) and cause the evaluated cause, if the statement has one.
  [[noreturn]] static void raise_value(Interpreter& in, Value v, std::optional<Value> cause);
  /// A failed `assert`: AssertionError, with the message when there is one.
  [[noreturn]] static void assertion_failed(std::optional<Value> msg);
  /// The handler that catches `e`, or null. Evaluating the types may raise.
  static const ir::Handler* match(Interpreter& in, const ir::Try& t, const ExceptionPtr& e, Frame& f);
  static void bind_handler_name(const ir::Handler& h, const ExceptionPtr& e, Frame& f);
  static void unbind_handler_name(const ir::Handler& h, Frame& f);
  /// with/async with: the manager's __enter__/__exit__ (or a/ versions).
  static Value context_call(Interpreter& in, const Value& mgr, const char* method, CallArgs args);
  static CallArgs exit_args(const ExceptionPtr& e);
};

template <class P>
std::coroutine_handle<> Eval::await_suspend(std::coroutine_handle<P> h) {
  if (awaiting_) return awaiting_->await_suspend(h);
  nested_ = Exec::eval_async(in_, e_, f_);
  nested_awaiter_ = Coro::Awaiter{nested_.object().get()};
  return nested_awaiter_.await_suspend(h);
}

/// After one run of a loop body: whether the loop ends, and with what flow.
inline bool loop_body_ends(Flow body, Flow& out) {
  if (body == Flow::Break) {
    out = Flow::Normal;
    return true;
  }
  if (body == Flow::Return) {
    out = Flow::Return;
    return true;
  }
  return false;  // Normal or Continue: next iteration
}

inline Flow flow_of(const Value& v) { return static_cast<Flow>(v.as_int()); }
inline Value flow_value(Flow f) { return Value(static_cast<std::int64_t>(f)); }

}  // namespace loopspec::harness
