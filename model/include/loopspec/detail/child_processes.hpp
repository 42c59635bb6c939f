// The run's child processes (docs/outside-world.md#children): how one is
// started (subprocess.Popen's rules that a transport relies on), how the
// loop lets every child reach quiescence before it polls, and how an exit
// is seen, kept and reaped.
#pragma once

#include <sys/types.h>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "loopspec/child_spec.hpp"

namespace loopspec::detail {

/// A started child: its pid and the parent's ends of its pipes (-1 where the
/// stream is no pipe), close-on-exec and the caller's to close.
struct SpawnedChild {
  pid_t pid = -1;
  int stdin_fd = -1, stdout_fd = -1, stderr_fd = -1;
};

/// Invariants: every child this table started is either watched (its exit
/// not yet reaped) or reaped; once a watched child's exit has been seen its
/// status is kept, so a later reap by anyone cannot lose it.
class ChildProcesses {
 public:
  ChildProcesses() = default;
  ChildProcesses(const ChildProcesses&) = delete;
  ChildProcesses& operator=(const ChildProcesses&) = delete;
  ~ChildProcesses() { kill_all(); }

  /// Starts `argv` (argv[0] searched in PATH) as Popen(close_fds=True,
  /// restore_signals=True) would: the child holds only its three streams,
  /// every signal at its default and none blocked. OSError (FileNotFoundError
  /// for a program not found) when it cannot start. The first child makes
  /// this process a child subreaper, so what a child leaves running stays
  /// the run's descendant.
  SpawnedChild spawn(const ChildSpec& spec);

  /// Before a poll: waits until every process descended from this one is
  /// asleep, stopped or a zombie, records the exits of watched children and
  /// reaps the zombies of adopted ones. std::runtime_error after 30 s of a
  /// descendant running without blocking.
  void settle();
  /// The watched child's exit status once seen (the shell's convention:
  /// minus the signal that ended it), else nullopt. It stays unreaped.
  std::optional<int> returncode(pid_t pid);
  /// Reaps a watched child whose exit has been seen and stops watching it.
  void reap(pid_t pid);
  /// Kills and reaps every process descended from this one.
  void kill_all();
  bool watching() const { return !watched_.empty(); }

 private:
  std::map<pid_t, std::optional<int>> watched_;
  /// The process groups of the children started, reaped or not, while any
  /// process is left in them: each child leads its own, and what it leaves
  /// behind stays in it.
  std::set<pid_t> groups_;
};

}  // namespace loopspec::detail
