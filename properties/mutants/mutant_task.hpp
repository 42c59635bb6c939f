// Tasks that break one rule of Task. They need the model to let a Task
// subclass start (harness/MODEL_REQUESTS.md, item 3); until it does,
// mutant_tasks_available() is false and make_mutant_task makes a plain Task.
#pragma once

#include <optional>
#include <string>

#include "loopspec/event_loop.hpp"

namespace loopspec::properties::mutants {

enum class TaskFlaw {
  LateCancel,          // cancel() requests reach the task one iteration late
  UncancelKeepsCount,  // uncancel() returns the count without decrementing it
};

/// Whether the model lets the mutant tasks be built (see the file comment).
bool mutant_tasks_available();

TaskPtr make_mutant_task(EventLoop& loop, Coro coro, std::optional<std::string> name, TaskFlaw flaw);

}  // namespace loopspec::properties::mutants
