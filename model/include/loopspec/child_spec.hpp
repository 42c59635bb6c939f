// A child process to start: its program and arguments, and where its
// standard streams go (subprocess's PIPE, DEVNULL, STDOUT or None;
// docs/outside-world.md#children).
#pragma once

#include <string>
#include <vector>

namespace loopspec {

/// What a child's standard stream is connected to: the parent's own
/// (subprocess's None), a new pipe (PIPE), /dev/null (DEVNULL), or, for
/// stderr, wherever stdout goes (STDOUT).
enum class ChildStream { Inherit, Pipe, DevNull, Stdout };

/// argv[0] is searched in PATH; a shell command's argv is {"/bin/sh", "-c", cmd}.
struct ChildSpec {
  std::vector<std::string> argv;
  ChildStream in = ChildStream::Pipe, out = ChildStream::Pipe, err = ChildStream::Pipe;
};

}  // namespace loopspec
