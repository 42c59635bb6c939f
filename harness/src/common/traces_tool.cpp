// TracesToolProcess and run_traces_tool (traces_tool.hpp), with posix_spawn.
#include "common/traces_tool.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#if !defined(LOOPSPEC_TRACES_TOOL) || !defined(LOOPSPEC_PYTHON)
#error "the build defines LOOPSPEC_TRACES_TOOL and LOOPSPEC_PYTHON"
#endif

extern char** environ;

namespace loopspec::harness {
namespace {

std::string python() {
  const char* env = std::getenv("LOOPSPEC_PYTHON");
  return env && *env ? env : LOOPSPEC_PYTHON;
}

std::vector<char*> c_strings(std::vector<std::string>& v) {
  std::vector<char*> out;
  for (auto& s : v) out.push_back(s.data());
  out.push_back(nullptr);
  return out;
}

std::vector<std::string> environment_plus(const std::vector<std::string>& extra) {
  std::vector<std::string> out;
  for (char** e = environ; *e; ++e) out.emplace_back(*e);
  out.insert(out.end(), extra.begin(), extra.end());
  return out;
}

}  // namespace

std::string traces_tool_path() { return LOOPSPEC_TRACES_TOOL; }

TracesToolProcess::TracesToolProcess(const std::vector<std::string>& args, const std::string& output_file,
                                     const std::vector<std::string>& env) {
  std::vector<std::string> argv{python(), traces_tool_path()};
  argv.insert(argv.end(), args.begin(), args.end());
  std::vector<std::string> envp = environment_plus(env);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, output_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  int rc = posix_spawnp(&pid_, argv[0].c_str(), &actions, nullptr, c_strings(argv).data(), c_strings(envp).data());
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) {
    pid_ = -1;
    error_ = "cannot start " + argv[0] + ": " + std::strerror(rc);
  }
}

TracesToolProcess::~TracesToolProcess() {
  if (pid_ <= 0) return;
  kill(pid_, SIGTERM);
  waitpid(pid_, nullptr, 0);
}

int TracesToolProcess::wait() {
  if (pid_ <= 0) return status_;
  int status = 0;
  while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
  }
  pid_ = -1;
  status_ = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return status_;
}

int run_traces_tool(const std::vector<std::string>& args, std::string& output, const std::vector<std::string>& env) {
  std::string file = (std::filesystem::temp_directory_path() / "loopspec-traces-tool-XXXXXX").string();
  int fd = mkstemp(file.data());
  if (fd < 0) {
    output = "cannot make a temporary file for the tool's output";
    return -1;
  }
  close(fd);
  TracesToolProcess tool(args, file, env);
  int status = tool.wait();
  std::ostringstream text;
  text << std::ifstream(file).rdbuf();
  output = tool.started() ? text.str() : tool.error();
  std::filesystem::remove(file);
  return status;
}

}  // namespace loopspec::harness
