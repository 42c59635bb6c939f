// run_isolated (isolated_runner.hpp): fork, pipes and poll.
//
// This process stays single-threaded (the children run the implementations),
// so fork() is safe here.
#include "run/isolated_runner.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <system_error>
#include <vector>

namespace loopspec::harness {
namespace {

using SteadyClock = std::chrono::steady_clock;

constexpr std::size_t kOutputKept = 16 * 1024;  // the end of a child's output
const std::string kFinished = "=";               // starts the payload of a task that returned

struct Child {
  pid_t pid = -1;
  std::size_t index = 0;
  int result_fd = -1, output_fd = -1;
  std::string result, output;
  SteadyClock::time_point deadline;
};

[[noreturn]] void fail(const char* what) { throw std::system_error(errno, std::generic_category(), what); }

void write_all(int fd, const std::string& data) {
  std::size_t done = 0;
  while (done < data.size()) {
    ssize_t n = write(fd, data.data() + done, data.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    done += static_cast<std::size_t>(n);
  }
}

[[noreturn]] void child_main(const ChildTask& task, std::size_t index, int result_fd, int output_fd) {
  dup2(output_fd, STDOUT_FILENO);
  dup2(output_fd, STDERR_FILENO);
  int status = 0;
  try {
    // The mark tells a finished task from a child that exited early, even
    // with status 0 (an implementation calling exit(0)).
    write_all(result_fd, kFinished + task(index));
  } catch (...) {
    std::fputs("loopspec: the task threw outside the scenario run\n", stderr);
    status = 3;
  }
  std::cout.flush();
  std::cerr.flush();
  std::fflush(nullptr);
  _exit(status);  // no atexit handlers or static destructors of the parent's state
}

Child start_child(const ChildTask& task, std::size_t index, double time_limit) {
  int result[2], output[2];
  if (pipe2(result, O_CLOEXEC) != 0) fail("pipe");
  if (pipe2(output, O_CLOEXEC) != 0) fail("pipe");
  // Buffered output would be written twice: by the parent and by the child.
  std::cout.flush();
  std::cerr.flush();
  std::fflush(nullptr);
  pid_t pid = fork();
  if (pid < 0) fail("fork");
  if (pid == 0) {
    close(result[0]);
    close(output[0]);
    child_main(task, index, result[1], output[1]);
  }
  close(result[1]);
  close(output[1]);
  Child c;
  c.pid = pid;
  c.index = index;
  c.result_fd = result[0];
  c.output_fd = output[0];
  c.deadline = SteadyClock::now() + std::chrono::duration_cast<SteadyClock::duration>(std::chrono::duration<double>(time_limit));
  return c;
}

/// Reads what is there; closes the descriptor at end of file.
void drain(int& fd, std::string& into, bool keep_tail) {
  char buf[8192];
  ssize_t n = read(fd, buf, sizeof buf);
  if (n < 0 && (errno == EINTR || errno == EAGAIN)) return;
  if (n <= 0) {
    close(fd);
    fd = -1;
    return;
  }
  into.append(buf, static_cast<std::size_t>(n));
  if (keep_tail && into.size() > 2 * kOutputKept) into.erase(0, into.size() - kOutputKept);
}

std::string signal_text(int sig) {
  const char* abbrev = sigabbrev_np(sig);
  std::string name = abbrev ? std::string("SIG") + abbrev : "signal " + std::to_string(sig);
  const char* description = strsignal(sig);
  return description ? name + " (" + description + ")" : name;
}

std::string seconds_text(double s) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g s", s);
  return buf;
}

ChildOutcome reap(Child& c, bool timed_out, double time_limit) {
  if (timed_out) kill(c.pid, SIGKILL);
  for (int* fd : {&c.result_fd, &c.output_fd}) {
    if (*fd >= 0) close(*fd);
    *fd = -1;
  }
  int status = 0;
  while (waitpid(c.pid, &status, 0) < 0 && errno == EINTR) {
  }
  ChildOutcome out;
  out.output = c.output.size() > kOutputKept ? c.output.substr(c.output.size() - kOutputKept) : c.output;
  if (timed_out) out.failure = "timed out after " + seconds_text(time_limit);
  else if (WIFSIGNALED(status)) out.failure = "crashed: " + signal_text(WTERMSIG(status));
  else if (WIFEXITED(status) && WEXITSTATUS(status) != 0)
    out.failure = "exited with status " + std::to_string(WEXITSTATUS(status));
  else if (!c.result.starts_with(kFinished))
    out.failure = "exited with status 0 before the scenario finished (the implementation ended the process)";
  else out.payload = c.result.substr(kFinished.size());
  return out;
}

/// Waits for output or a deadline, whichever comes first.
void wait_for_activity(std::vector<Child>& running) {
  std::vector<pollfd> fds;
  auto now = SteadyClock::now();
  auto next_deadline = running.front().deadline;
  for (auto& c : running) {
    next_deadline = std::min(next_deadline, c.deadline);
    for (int fd : {c.result_fd, c.output_fd})
      if (fd >= 0) fds.push_back({fd, POLLIN, 0});
  }
  auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(next_deadline - now).count() + 1;
  if (poll(fds.data(), fds.size(), static_cast<int>(std::max<long long>(0, wait))) < 0 && errno != EINTR) fail("poll");
  for (auto& c : running) {
    for (const auto& p : fds) {
      if (!(p.revents & (POLLIN | POLLHUP | POLLERR))) continue;
      if (p.fd == c.result_fd) drain(c.result_fd, c.result, false);
      else if (p.fd == c.output_fd) drain(c.output_fd, c.output, true);
    }
  }
}

}  // namespace

void run_isolated(std::size_t count, const ChildTask& task, const IsolationOptions& options, const ChildDone& on_done) {
  std::vector<Child> running;
  std::size_t next = 0;
  while (next < count || !running.empty()) {
    while (running.size() < std::max(1u, options.jobs) && next < count)
      running.push_back(start_child(task, next++, options.time_limit));
    wait_for_activity(running);
    auto now = SteadyClock::now();
    for (auto it = running.begin(); it != running.end();) {
      bool finished = it->result_fd < 0 && it->output_fd < 0;
      bool timed_out = !finished && now >= it->deadline;
      if (!finished && !timed_out) {
        ++it;
        continue;
      }
      std::size_t index = it->index;
      ChildOutcome outcome = reap(*it, timed_out, options.time_limit);
      it = running.erase(it);
      on_done(index, std::move(outcome));
    }
  }
}

}  // namespace loopspec::harness
