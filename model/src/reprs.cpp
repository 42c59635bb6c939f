// asyncio's reprs of futures, tasks, handles and coroutines: the layout of
// base_futures, base_tasks, events and coroutines, with the program's own
// values and callables formatted by the interpreter's ReprHooks.
#include "loopspec/reprs.hpp"

#include <algorithm>

#include "loopspec/event_loop.hpp"
#include "loopspec/handle.hpp"
#include "loopspec/runtime.hpp"
#include "loopspec/task.hpp"

namespace loopspec {
namespace {

std::string join_words(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

/// reprlib.recursive_repr: an object met again inside its own repr is "...".
class ReprGuard {
 public:
  explicit ReprGuard(const Object* o) : o_(o) {
    recursive_ = std::find(active().begin(), active().end(), o) != active().end();
    if (!recursive_) active().push_back(o);
  }
  ~ReprGuard() {
    if (!recursive_) active().pop_back();
  }
  ReprGuard(const ReprGuard&) = delete;
  ReprGuard& operator=(const ReprGuard&) = delete;
  bool recursive() const { return recursive_; }

 private:
  static std::vector<const Object*>& active() {
    thread_local std::vector<const Object*> objects;
    return objects;
  }
  const Object* o_;
  bool recursive_ = false;
};

/// `<Type word word ...>` with the words `info` gives, or the placeholder
/// when no interpreter formats the program's values (the model's own tests).
template <class Info>
std::string bracketed(const Object& obj, Info&& info) {
  const ReprHooks* hooks = Runtime::current().repr_hooks;
  if (!hooks) return "<" + obj.type_name() + " object>";
  ReprGuard guard(&obj);
  if (guard.recursive()) return "...";
  return "<" + join_words(info(*hooks)) + ">";
}

/// base_futures._format_callbacks: the first and last callbacks, with how
/// many stand between them when there are more than two.
std::string format_callbacks(const std::vector<Value>& keys, const ReprHooks& hooks) {
  auto one = [&hooks](const Value& key) {
    if (key.is_none()) hooks.unpinnable("a callback of asyncio's own Python code (its file is CPython's)");
    return hooks.callback(key, {}, true);
  };
  std::string inside = one(keys.front());
  if (keys.size() > 2) inside += ", <" + std::to_string(keys.size() - 2) + " more>";
  if (keys.size() > 1) inside += ", " + one(keys.back());
  return "cb=[" + inside + "]";
}

}  // namespace

const Value& task_wakeup_callback() {
  thread_local const Value v(std::make_shared<AsyncioCallable>("Task.task_wakeup"));
  return v;
}

const Value& taskgroup_on_task_done_callback() {
  thread_local const Value v(std::make_shared<AsyncioCallable>("TaskGroup._on_task_done"));
  return v;
}

std::string coroutine_repr(const CoroutineObject& coro, const ReprHooks& hooks) {
  if (!coro.code) hooks.unpinnable("the coroutine " + coro.name + "() of asyncio's own (its file is CPython's)");
  const CoroutineObject::PythonCode& code = *coro.code;
  const std::string name = code.qualname + "()";
  if (!coro.done()) return name + " running at " + code.file + ":" + std::to_string(code.frame->line());
  return name + " done, defined at " + code.file + ":" + std::to_string(code.first_line);
}

std::string object_repr(const std::string& module, const std::string& type) {
  return "<" + module + "." + type + " object at " + kAddress + ">";
}

std::string program_repr(const Value& v) {
  const ReprHooks* hooks = Runtime::current().repr_hooks;
  return hooks ? hooks->repr(v) : repr(v);
}

// --- Future and Task -----------------------------------------------------------

std::string Future::python_repr() const {
  return bracketed(*this, [this](const ReprHooks& h) { return repr_info(h); });
}

std::vector<std::string> Future::repr_info(const ReprHooks& hooks) const {
  // Debug mode adds where CPython made the future: a file of asyncio's own.
  if (loop_->get_debug()) hooks.unpinnable("a future or task of a loop in debug mode (`created at` a file of CPython's)");
  std::vector<std::string> info{type_name()};
  switch (state_) {
    case State::Pending: info.push_back("pending"); break;
    case State::Cancelled: info.push_back("cancelled"); break;
    case State::Finished:
      info.push_back("finished");
      // Read directly: a repr does not count as retrieving the exception.
      info.push_back(exception_ ? "exception=" + hooks.repr(Value(exception_))
                                : "result=" + hooks.short_repr(result_));
      break;
  }
  if (!callbacks_.empty()) info.push_back(format_callbacks(callbacks_.keys(), hooks));
  return info;
}

std::vector<std::string> Task::repr_info(const ReprHooks& hooks) const {
  std::vector<std::string> info = Future::repr_info(hooks);
  // info[0] is the class name, info[1] the state.
  if (cancelling() && !done()) info[1] = "cancelling";
  std::vector<std::string> inserted{"name=" + hooks.repr(Value(name_))};
  // A task that finished eagerly has let go of its coroutine (3.12): no coro=.
  if (coro_) inserted.push_back("coro=<" + coroutine_repr(*coro_.object(), hooks) + ">");
  if (fut_waiter_) inserted.push_back("wait_for=" + hooks.repr(Value(fut_waiter_)));
  info.insert(info.begin() + 2, inserted.begin(), inserted.end());
  return info;
}

// --- Handle and TimerHandle ------------------------------------------------------

std::string Handle::python_repr() const {
  return bracketed(*this, [this](const ReprHooks& h) { return repr_info(h); });
}

std::vector<std::string> Handle::repr_info(const ReprHooks& hooks) const {
  if (made_in_debug_) hooks.unpinnable("a handle made in debug mode (`created at` a line the model does not keep)");
  std::vector<std::string> info{type_name()};
  if (cancelled_) {
    info.push_back("cancelled");
    return info;  // cancelling forgets the callback
  }
  auto call = callback_value.as<Tuple>();
  if (!call) hooks.unpinnable("a handle of the loop's own making");
  // From 3.13 the arguments are shown in debug mode only (docs/versions.md#handle-repr-hides-arguments).
  bool show_args = !Runtime::current().follows(VersionRule::HandleReprHidesArguments);
  info.push_back(hooks.callback(call->items[0], call->items[1].as<Tuple>()->items, show_args));
  return info;
}

std::vector<std::string> TimerHandle::repr_info(const ReprHooks& hooks) const {
  std::vector<std::string> info = Handle::repr_info(hooks);
  // After the class name and the cancelled mark; str() of the deadline.
  info.insert(info.begin() + (cancelled_ ? 2 : 1), "when=" + hooks.repr(python_when()));
  return info;
}

}  // namespace loopspec
