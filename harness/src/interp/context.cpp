// contextvars' objects and the current context (context.hpp).
#include "interp/context.hpp"

#include <algorithm>

#include "common/errors.hpp"
#include "interp/pyops.hpp"

namespace loopspec::harness {
namespace {

/// `Token.MISSING`, one object per process, as in CPython.
class MissingObject : public HarnessObject {
 public:
  const TypeInfo& type() const override {
    static const TypeInfo& t = type_info("MISSING");
    return t;
  }
};

}  // namespace

const TypeInfo& ContextVarObject::type() const {
  static const TypeInfo& t = type_info("ContextVar");
  return t;
}

const TypeInfo& ContextObject::type() const {
  static const TypeInfo& t = type_info("Context");
  return t;
}

const TypeInfo& TokenObject::type() const {
  static const TypeInfo& t = type_info("Token");
  return t;
}

const Value& token_missing() {
  static const Value missing(std::make_shared<MissingObject>());
  return missing;
}

const ContextVarObject& context_key(const Value& key) {
  if (auto v = key.as<ContextVarObject>()) return *v;
  raise(exc::TypeError, "a ContextVar key was expected, got " + py_repr(key));
}

const Value* ContextObject::find(const ContextVarObject& v) const {
  if (!vars) return nullptr;
  for (const auto& [var, value] : *vars)
    if (var.get() == &v) return &value;
  return nullptr;
}

void ContextObject::assign(const ContextVarPtr& v, std::optional<Value> value) {
  auto next = vars ? std::make_shared<ContextVars>(*vars) : std::make_shared<ContextVars>();
  auto it = std::find_if(next->begin(), next->end(), [&](const auto& kv) { return kv.first == v; });
  if (!value) {
    if (it != next->end()) next->erase(it);
  } else if (it != next->end()) {
    it->second = std::move(*value);
  } else {
    next->emplace_back(v, std::move(*value));
  }
  vars = std::move(next);
}

// The run starts in an empty context: what the scenario's thread has in CPython.
ContextState::ContextState() : current_(std::make_shared<ContextObject>()) {}

void ContextState::install() {
  Runtime& rt = Runtime::current();
  rt.task_observer = this;
  rt.thread_observer = this;
  rt.in_copied_context = [this](Callback cb) -> Callback {
    return [this, ctx = for_callback(None), cb = std::move(cb)]() mutable {
      Entered entered(*this, ctx);
      cb();
    };
  };
}

void ContextState::thread_switched(std::size_t from, std::size_t to) {
  waiting_threads_[from] = std::exchange(current_, nullptr);
  auto it = waiting_threads_.find(to);
  if (it == waiting_threads_.end()) {
    current_ = make(nullptr);
  } else {
    current_ = std::move(it->second);
    waiting_threads_.erase(it);
  }
}

ContextState::~ContextState() {
  Runtime& rt = Runtime::current();
  if (rt.task_observer == this) rt.task_observer = nullptr;
  if (rt.thread_observer == this) {
    rt.thread_observer = nullptr;
    rt.in_copied_context = nullptr;
  }
  for (auto& [thread, ctx] : waiting_threads_) ctx->vars.reset();
  for (const auto& weak : reachable_)
    if (ContextPtr c = weak.lock()) c->vars.reset();
  for (auto& [task, ctx] : tasks_) ctx->vars.reset();
  current_->vars.reset();
}

ContextPtr ContextState::make(ContextVarsPtr vars) {
  if (reachable_.size() == reachable_.capacity()) {  // forget dead contexts before growing
    std::erase_if(reachable_, [](const std::weak_ptr<ContextObject>& c) { return c.expired(); });
    reachable_.reserve(2 * reachable_.size() + 16);
  }
  auto c = std::make_shared<ContextObject>(std::move(vars));
  reachable_.push_back(c);
  return c;
}

ContextPtr ContextState::for_callback(const Value& given) {
  if (given.is_none()) return std::make_shared<ContextObject>(current_->vars);  // Handle copies the context
  if (auto c = given.as<ContextObject>()) return c;
  // CPython fails only when the callback runs ('... has no attribute run').
  throw ScenarioError("context= must be a contextvars.Context, not " + loopspec::type_name(given));
}

void ContextState::enter(ContextPtr ctx) {
  ctx->entered = true;
  current_ = std::move(ctx);
}

ContextState::Entered::Entered(ContextState& state, ContextPtr ctx) : state_(state), previous_(state.current_) {
  if (ctx->entered) raise(exc::RuntimeError, "cannot enter context: <_contextvars.Context object> is already entered");
  state_.enter(std::move(ctx));
}

ContextState::Entered::~Entered() {
  state_.current_->entered = false;
  state_.current_ = std::move(previous_);
}

// Task.__init__: the context= given, else a copy of the current one.
void ContextState::task_created(Task& t) {
  ContextPtr ctx = next_task_ ? std::move(next_task_) : std::make_shared<ContextObject>(current_->vars);
  next_task_ = nullptr;
  tasks_[&t] = std::move(ctx);
}

// Task.__step runs in the task's context, entered as Context.run enters it.
void ContextState::step_entered(Task& t) {
  ContextPtr& ctx = tasks_[&t];
  if (!ctx) ctx = std::make_shared<ContextObject>();  // made before this state existed: nothing was set then
  if (ctx->entered) {
    throw ScenarioError("a task's context is already entered when its step starts (a loop run inside "
                        "Context.run): not in the scenario language");
  }
  before_steps_.push_back(current_);
  enter(ctx);
}

void ContextState::step_left(Task& t) {
  current_->entered = false;
  current_ = std::move(before_steps_.back());
  before_steps_.pop_back();
  if (t.done()) tasks_.erase(&t);
}

NextTaskContext::NextTaskContext(Interpreter& in, const Value& context) {
  if (context.is_none()) return;
  auto ctx = context.as<ContextObject>();
  // CPython fails only when the task's first step is due ('... has no attribute run').
  if (!ctx || !in.contexts()) throw ScenarioError("context= must be a contextvars.Context, not " + loopspec::type_name(context));
  state_ = in.contexts();
  state_->give_next_task(std::move(ctx));
}

NextTaskContext::~NextTaskContext() {
  if (state_) state_->give_next_task(nullptr);
}

}  // namespace loopspec::harness
