// Tasks that break one rule of Task: a Task subclass that starts itself
// (the model's extension point: Task::schedule_step is protected and
// Task::uncancel virtual), made by the mutant loop's create_task.
#pragma once

#include <optional>
#include <string>

#include "loopspec/event_loop.hpp"

namespace loopspec::properties::mutants {

enum class TaskFlaw {
  LateCancel,          // cancel() requests reach the task one iteration late
  UncancelKeepsCount,  // uncancel() returns the count without decrementing it
};

TaskPtr make_mutant_task(EventLoop& loop, Coro coro, std::optional<std::string> name, TaskFlaw flaw);

}  // namespace loopspec::properties::mutants
