// MutantTask (mutant_task.hpp).
#include "mutant_task.hpp"

#include "loopspec/runtime.hpp"
#include "loopspec/task.hpp"

namespace loopspec::properties::mutants {
namespace {

class MutantTask final : public Task {
 public:
  MutantTask(EventLoop& loop, Coro coro, std::string name, TaskFlaw flaw)
      : Task(loop, std::move(coro), std::move(name)), flaw_(flaw) {}

  /// Task.create's steps, for a subclass.
  void start() {
    schedule_step();
    get_loop().register_task(std::static_pointer_cast<Task>(shared_from_this()));
  }

  bool cancel(std::optional<Value> msg) override {
    if (flaw_ != TaskFlaw::LateCancel) return Task::cancel(std::move(msg));
    if (done()) return false;
    // The request is accepted now but delivered from the next iteration:
    // the task may pass its next await without seeing it.
    auto self = std::static_pointer_cast<Task>(shared_from_this());
    get_loop().call_soon([self, msg] { self->Task::cancel(msg); });
    return true;
  }

  int uncancel() override {
    if (flaw_ != TaskFlaw::UncancelKeepsCount) return Task::uncancel();
    return cancelling();
  }

 private:
  TaskFlaw flaw_;
};

}  // namespace

TaskPtr make_mutant_task(EventLoop& loop, Coro coro, std::optional<std::string> name, TaskFlaw flaw) {
  if (!coro) raise(exc::TypeError, "a coroutine was expected, got None");
  std::string n = name ? std::move(*name) : "Task-" + std::to_string(Runtime::current().next_task_number());
  auto t = std::make_shared<MutantTask>(loop, std::move(coro), std::move(n), flaw);
  t->start();
  return t;
}

}  // namespace loopspec::properties::mutants
