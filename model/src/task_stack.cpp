// Task.get_stack() and Task.print_stack() (base_tasks._task_get_stack and
// _task_print_stack): the frames of a task's coroutine, or of the traceback
// it failed with, and asyncio's text for them.
#include <stdexcept>

#include "loopspec/reprs.hpp"
#include "loopspec/runtime.hpp"
#include "loopspec/task.hpp"

namespace loopspec {
namespace {

[[noreturn]] void refuse(const std::string& what) {
  if (const ReprHooks* hooks = Runtime::current().repr_hooks) hooks->unpinnable(what);
  throw std::logic_error("get_stack() would show " + what);
}

[[noreturn]] void refuse_asyncio_coroutine(const CoroutineObject& c) {
  std::string which = c.name.empty() ? std::string("a coroutine") : c.name + "()";
  refuse("the frame of " + which + " of asyncio's own (its file is CPython's)");
}

/// The first `limit` of `frames` (all without a limit, none for a limit <= 0).
std::vector<FramePtr> first(std::vector<FramePtr> frames, std::optional<std::int64_t> limit) {
  if (limit && static_cast<std::int64_t>(frames.size()) > *limit) {
    frames.resize(static_cast<std::size_t>(*limit > 0 ? *limit : 0));
  }
  return frames;
}

/// traceback.StackSummary.format of frames without source text: one
/// `File` line each, and a run of more than three alike (recursion) cut to
/// three and a `[Previous line repeated N more times]` line.
std::string format_frames(const std::vector<FramePtr>& frames) {
  constexpr int kRecursiveCutoff = 3;
  std::string out;
  std::string last;
  int count = 0;
  auto repeated = [&out, &count] {
    if (count <= kRecursiveCutoff) return;
    int more = count - kRecursiveCutoff;
    out += "  [Previous line repeated " + std::to_string(more) + " more time" + (more > 1 ? "s" : "") + "]\n";
  };
  for (const FramePtr& f : frames) {
    std::string line = "  File \"" + f->file + "\", line " + std::to_string(f->line()) + ", in " + f->name + "\n";
    if (line != last) {
      repeated();
      last = line;
      count = 0;
    }
    if (++count <= kRecursiveCutoff) out += line;
  }
  repeated();
  return out;
}

}  // namespace

std::vector<FramePtr> Task::get_stack(std::optional<std::int64_t> limit) const {
  // A coroutine has its frame until it ends. Suspended, the frame has no
  // f_back: it is the whole stack. Running, f_back leads into the loop
  // that runs the step, CPython's own frames.
  if (coro_ && !coro_.object()->done()) {
    const CoroutineObject& c = *coro_.object();
    if (!c.code) refuse_asyncio_coroutine(c);
    if (c.running()) refuse("the frames of the loop running this task's step (CPython's files)");
    return first({c.code->frame}, limit);
  }
  if (!exception_) return {};
  // The frame of asyncio's own coroutine (sleep(), a queue's get()...) heads the traceback.
  if (coro_ && !coro_.object()->code) refuse_asyncio_coroutine(*coro_.object());
  std::vector<FramePtr> frames = first(exception_->traceback, limit);
  for (const FramePtr& f : frames)
    if (!f) refuse("a frame of asyncio's own code in the task's traceback (its file is CPython's)");
  return frames;
}

std::string Task::stack_text(std::optional<std::int64_t> limit) const {
  std::vector<FramePtr> frames = get_stack(limit);
  std::string out;
  if (frames.empty()) {
    out = "No stack for " + python_repr() + "\n";
  } else {
    out = (exception_ ? "Traceback for " : "Stack for ") + python_repr() + " (most recent call last):\n";
  }
  // The runner compiles the scenario under a name linecache cannot open,
  // so no frame shows its source line.
  out += format_frames(frames);
  if (exception_) {
    const ReprHooks* hooks = Runtime::current().repr_hooks;
    if (!hooks) throw std::logic_error("print_stack() of a failed task needs the repr hooks");
    out += hooks->exception_only(*exception_);
  }
  return out;
}

}  // namespace loopspec
