// Interpreter internals shared by the expression evaluator and the two
// statement executors (synchronous for `def` and await-free statements, a
// coroutine for statements that await).
#pragma once

#include <coroutine>
#include <memory>
#include <optional>
#include <vector>

#include "loopspec/coro.hpp"
#include "loopspec/future.hpp"
#include "interp/interpreter.hpp"
#include "ir/ir.hpp"

namespace loopspec::harness {

/// The locals of one function call.
struct Frame {
  const ir::Function* fn = nullptr;
  std::vector<std::optional<Value>> locals;  // nullopt: unbound
  /// Exceptions being handled by enclosing `except` blocks: bare `raise` re-raises the last.
  std::vector<ExceptionPtr> handling;
  Value ret;  // what `return` stored
};

/// How a statement ended.
enum class Flow : std::int64_t { Normal, Return, Break, Continue };

/// `await v` for any awaitable value: a coroutine object runs inline, a
/// future suspends the task while pending. Always co_await it as a prvalue
/// (docs/model.md#compiler-notes: g++ 12 copies lvalue awaiters).
class ValueAwaiter {
 public:
  explicit ValueAwaiter(Value v);
  bool await_ready() const { return fut_ && fut_aw_.await_ready(); }
  template <class P>
  std::coroutine_handle<> await_suspend(std::coroutine_handle<P> h) {
    if (!fut_) return coro_aw_.await_suspend(h);
    fut_aw_.await_suspend(h);
    return std::noop_coroutine();
  }
  Value await_resume() { return fut_ ? fut_aw_.await_resume() : coro_aw_.await_resume(); }

 private:
  Value keep_;  // keeps the awaited object alive across the suspension
  FuturePtr fut_;
  Coro::Awaiter coro_aw_{nullptr};
  FutureAwaiter fut_aw_{nullptr};
};

/// Walks any iterable of the subset: range, list (live, by index), tuple,
/// dict keys, set, str, or an object with __iter__/__next__ bindings.
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

/// The statement executors. Static members of a friend of Interpreter.
struct Exec {
  // synchronous
  static Flow block(Interpreter& in, const ir::Block& b, Frame& f);
  static Flow stmt(Interpreter& in, const ir::Stmt& s, Frame& f);

  // coroutines; a sub-block returns its Flow as an int Value, a function body
  // (owned frame) returns the function's return value.
  static Coro block_async(Interpreter* in, const ir::Block* b, Frame* f, std::unique_ptr<Frame> owned);
  static Coro try_async(Interpreter* in, const ir::Try* t, Frame* f);
  static Coro with_async(Interpreter* in, const ir::With* w, Frame* f);

  // shared pieces
  static void store(Interpreter& in, const ir::Expr& target, Value v, Frame& f);
  static void aug_assign(Interpreter& in, const ir::AugAssign& a, Frame& f);
  [[noreturn]] static void raise_stmt(Interpreter& in, const ir::Raise& r, Frame& f);
  /// The handler that catches `e`, or null. Evaluating the types may raise.
  static const ir::Handler* match(Interpreter& in, const ir::Try& t, const ExceptionPtr& e, Frame& f);
  static void bind_handler_name(const ir::Handler& h, const ExceptionPtr& e, Frame& f);
  static void unbind_handler_name(const ir::Handler& h, Frame& f);
  /// with/async with: the manager's __enter__/__exit__ (or a/ versions).
  static Value context_call(Interpreter& in, const Value& mgr, const char* method, CallArgs args);
  static CallArgs exit_args(const ExceptionPtr& e);
};

inline Flow flow_of(const Value& v) { return static_cast<Flow>(v.as_int()); }
inline Value flow_value(Flow f) { return Value(static_cast<std::int64_t>(f)); }

}  // namespace loopspec::harness
