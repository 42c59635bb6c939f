// The task functions of asyncio.tasks: sleep, gather, ensure_future,
// create_task, current_task, all_tasks.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "loopspec/event_loop.hpp"

namespace loopspec {

/// asyncio.sleep: a delay <= 0 yields exactly one iteration; otherwise a
/// future resolved by a call_later timer, whose handle is cancelled on exit.
Coro sleep(double delay, Value result = None);

/// asyncio.ensure_future: a future is returned as is; a coroutine is wrapped
/// in a task of `loop` (default: the running loop, else the event loop).
/// TypeError for anything else.
FuturePtr ensure_future(const Value& aw, EventLoop* loop = nullptr);

/// asyncio.create_task: always takes a Task-N number, then applies `name`.
TaskPtr create_task(Coro coro, std::optional<std::string> name = std::nullopt);

/// asyncio.gather (3.11): children in argument order (duplicates share one
/// child); without return_exceptions the first error or cancellation of a
/// child becomes the outer future's, and the other children keep running.
/// Cancelling the outer future cancels the children.
FuturePtr gather(const std::vector<Value>& aws, bool return_exceptions = false);

/// asyncio.current_task(loop): the task running on the loop (default: the
/// running loop), or null.
TaskPtr current_task(EventLoop* loop = nullptr);
/// asyncio.all_tasks(loop): the loop's tasks that are not done.
std::vector<TaskPtr> all_tasks(EventLoop* loop = nullptr);

}  // namespace loopspec
