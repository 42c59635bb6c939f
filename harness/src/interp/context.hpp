// contextvars, kept by the harness (docs/scenario-language.md#contextvars):
// the ContextVar, Token and Context objects, and which Context is current.
//
// The model has no contexts: every implementation gets them from here. The
// harness learns of each task and of each of its steps through the runtime's
// TaskObserver, and switches the current context the way CPython's Task
// does with its _context: a task steps in the context copied when it was made.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "interp/interpreter.hpp"
#include "interp/pyobjects.hpp"
#include "loopspec/runtime.hpp"

namespace loopspec::harness {

/// `contextvars.ContextVar(name, default=...)`. Compared by identity.
class ContextVarObject : public HarnessObject {
 public:
  ContextVarObject(std::string name, std::optional<Value> dflt) : name(std::move(name)), dflt(std::move(dflt)) {}
  const TypeInfo& type() const override;
  std::string name;
  std::optional<Value> dflt;  // nullopt: made without a default
};
using ContextVarPtr = std::shared_ptr<ContextVarObject>;

/// A context's variables: an immutable snapshot that copies share, as
/// CPython's contexts share one immutable mapping until one of them sets.
using ContextVars = std::vector<std::pair<ContextVarPtr, Value>>;
using ContextVarsPtr = std::shared_ptr<const ContextVars>;

/// `contextvars.Context`.
class ContextObject : public HarnessObject {
 public:
  explicit ContextObject(ContextVarsPtr vars = nullptr) : vars(std::move(vars)) {}
  const TypeInfo& type() const override;
  /// The value of `v` here, or null when unset.
  const Value* find(const ContextVarObject& v) const;
  /// Sets (or, with nullopt, unsets) `v`: a new snapshot, so copies keep theirs.
  void assign(const ContextVarPtr& v, std::optional<Value> value);
  std::size_t size() const { return vars ? vars->size() : 0; }
  ContextVarsPtr vars;   // null: empty
  bool entered = false;  // Context.run or a task step is running in it
};
using ContextPtr = std::shared_ptr<ContextObject>;

/// What ContextVar.set returns; ContextVar.reset takes it back once.
class TokenObject : public HarnessObject {
 public:
  TokenObject(ContextVarPtr var, std::optional<Value> old, const ContextPtr& ctx)
      : var(std::move(var)), old_value(std::move(old)), ctx(ctx) {}
  const TypeInfo& type() const override;
  ContextVarPtr var;
  std::optional<Value> old_value;  // nullopt: Token.MISSING
  std::weak_ptr<ContextObject> ctx;  // compared by identity only: no cycle through tokens
  bool used = false;
};

/// A Context's key (`ctx[var]`, `var in ctx`, `ctx.get(var)`): the
/// ContextVar, or TypeError as CPython words it.
const ContextVarObject& context_key(const Value& key);

/// `contextvars.Token.MISSING`: a Token's old_value when the variable was unset.
const Value& token_missing();

/// Which context is current, each task's context, and the contexts a
/// scenario can reach (their variables are emptied at the end of the run:
/// a context holding itself is a cycle CPython's collector would free).
class ContextState : public TaskObserver, public ThreadObserver {
 public:
  ContextState();
  ~ContextState() override;
  ContextState(const ContextState&) = delete;
  ContextState& operator=(const ContextState&) = delete;
  /// Listens to the tasks and threads of the calling thread's current runtime.
  void install();

  const ContextPtr& current() const { return current_; }
  /// A new context a scenario can reach (copy_context, Context(), copy()).
  ContextPtr make(ContextVarsPtr vars);
  /// The context a callback scheduled now runs in: `given` (the context=
  /// argument) when it is a Context, else a copy of the current one.
  ContextPtr for_callback(const Value& given);
  /// The next task made takes `ctx` (create_task's context=) instead of a copy.
  void give_next_task(ContextPtr ctx) { next_task_ = std::move(ctx); }
  /// Takes back what give_next_task gave (null if nothing): a task factory
  /// receives it as its `context=` argument instead.
  ContextPtr take_next_task() { return std::move(next_task_); }

  /// Makes `ctx` current for the guard's lifetime (Context.run's enter and
  /// exit); RuntimeError when it is entered already, as CPython's.
  class Entered {
   public:
    Entered(ContextState& state, ContextPtr ctx);
    ~Entered();
    Entered(const Entered&) = delete;
    Entered& operator=(const Entered&) = delete;

   private:
    ContextState& state_;
    ContextPtr previous_;
  };

  void task_created(Task& t) override;
  void step_entered(Task& t) override;
  void step_left(Task& t) override;
  /// Each thread has its current context; a new thread starts in an empty one.
  void thread_switched(std::size_t from, std::size_t to) override;

 private:
  void enter(ContextPtr ctx);
  ContextPtr current_;
  ContextPtr next_task_;
  std::vector<ContextPtr> before_steps_;  // what was current when each running step entered
  std::unordered_map<const Task*, ContextPtr> tasks_;
  std::unordered_map<std::size_t, ContextPtr> waiting_threads_;  // the current context of each thread without the turn
  std::vector<std::weak_ptr<ContextObject>> reachable_;
};

/// For the guard's lifetime, the next task made takes `context` (the
/// context= of create_task, TaskGroup.create_task and Runner.run) instead
/// of a copy of the current context; None changes nothing.
class NextTaskContext {
 public:
  NextTaskContext(Interpreter& in, const Value& context);
  ~NextTaskContext();
  NextTaskContext(const NextTaskContext&) = delete;
  NextTaskContext& operator=(const NextTaskContext&) = delete;

 private:
  ContextState* state_ = nullptr;
};

}  // namespace loopspec::harness
