// Running the Python tool (traces/loopspec-traces) from C++: the one way the
// harness and the property tests start it. No shell is involved: arguments
// pass as they are, whatever they hold.
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace loopspec::harness {

/// The tool in the source tree this harness was built from; an installed
/// package has no such file.
std::string traces_tool_path();

/// `<python> <tool> args...` running in the background: stdin from
/// /dev/null, stdout and stderr into `output_file`, the environment plus
/// `env` ("NAME=value" entries). The Python is $LOOPSPEC_PYTHON, else the
/// python3 the build found (the one goldens are made with).
class TracesToolProcess {
 public:
  TracesToolProcess(const std::vector<std::string>& args, const std::string& output_file,
                    const std::vector<std::string>& env = {});
  /// Stops a tool still running.
  ~TracesToolProcess();
  TracesToolProcess(const TracesToolProcess&) = delete;
  TracesToolProcess& operator=(const TracesToolProcess&) = delete;

  /// False when the process could not be started (error() says why).
  bool started() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  /// Waits for the tool; its exit status, or -1 when it did not exit normally.
  int wait();

 private:
  pid_t pid_ = -1;
  int status_ = -1;
  std::string error_;
};

/// Runs the tool to its end; returns its exit status (-1: it could not start
/// or did not exit normally) with what it printed in `output`.
int run_traces_tool(const std::vector<std::string>& args, std::string& output, const std::vector<std::string>& env = {});

}  // namespace loopspec::harness
