// Running tasks each in its own child process, a few at a time, with a time
// limit: an implementation that crashes, hangs or exits fails its scenario
// and the run carries on.
//
// A task runs in a fork of this process (so it sees everything loaded so far:
// the corpus, the plugins) and returns a payload string, which travels back
// through a pipe. The child's stdout and stderr are captured too: the end of
// that output goes into the report of a crash.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>

namespace loopspec::harness {

struct IsolationOptions {
  unsigned jobs = 1;         // children at a time
  double time_limit = 10.0;  // seconds per child
};

struct ChildOutcome {
  /// The task's result; none when the child died or was killed first.
  std::optional<std::string> payload;
  /// Why there is no payload: "crashed: SIGSEGV (Segmentation fault)",
  /// "timed out after 10 s", "exited with status 3".
  std::string failure;
  /// The end of what the child wrote to stdout and stderr.
  std::string output;
};

using ChildTask = std::function<std::string(std::size_t index)>;
using ChildDone = std::function<void(std::size_t index, ChildOutcome outcome)>;

/// Runs task(0) ... task(count - 1), each in a child; on_done(index, ...) in
/// this process as each ends, in the order they end. Throws
/// std::system_error when pipes or processes cannot be made.
void run_isolated(std::size_t count, const ChildTask& task, const IsolationOptions& options, const ChildDone& on_done);

}  // namespace loopspec::harness
