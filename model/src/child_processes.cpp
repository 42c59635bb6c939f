// The run's child processes (detail/child_processes.hpp).
//
// The model may run inside a process that has children of its own (the
// property tests' CPython, say), so it tells its children's processes by
// process group: each child leads a new group, which everything it starts
// joins (a shell without job control moves none of them), and which stays
// the run's even when the child exits and the process is adopted.
#include "loopspec/detail/child_processes.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <spawn.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>

#include "loopspec/socket.hpp"

extern char** environ;

namespace loopspec::detail {
namespace {

constexpr auto kPatience = std::chrono::seconds(30);
constexpr auto kLookInterval = std::chrono::microseconds(100);

/// The whole of a /proc file, read with plain system calls: settle() reads
/// several before every poll of a run with children, and opening a stream
/// for each (a buffer and a locale) was a quarter of settle()'s time in a
/// profile of the property tests. Empty when the file cannot be read.
std::string read_proc_file(const std::string& path) {
  std::string text;
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return text;
  char buf[512];
  for (;;) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    text.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return text;
}

/// The processes that `pid`'s threads forked or (a subreaper's) adopted.
std::vector<pid_t> children_of(pid_t pid) {
  std::vector<pid_t> found;
  const std::string tasks = "/proc/" + std::to_string(pid) + "/task";
  DIR* dir = ::opendir(tasks.c_str());
  if (!dir) return found;
  while (dirent* entry = ::readdir(dir)) {
    if (entry->d_name[0] == '.') continue;
    const std::string list = read_proc_file(tasks + "/" + entry->d_name + "/children");
    const char* p = list.c_str();
    char* end = nullptr;
    for (long child = std::strtol(p, &end, 10); end != p; child = std::strtol(p, &end, 10)) {
      found.push_back(static_cast<pid_t>(child));
      p = end;
    }
  }
  ::closedir(dir);
  return found;
}

/// A process's state letter and group from /proc/<pid>/stat; state '\0' when gone.
struct ProcStat {
  char state = '\0';
  pid_t group = 0;
};

ProcStat stat_of(pid_t pid) {
  const std::string line = read_proc_file("/proc/" + std::to_string(pid) + "/stat");
  // "pid (comm) state ppid pgrp ...": comm may hold anything but ends at the last ')'.
  const auto close = line.rfind(')');
  if (close == std::string::npos) return {};
  ProcStat st;
  int group = 0;
  if (std::sscanf(line.c_str() + close + 1, " %c %*d %d", &st.state, &group) != 2) return {};
  st.group = group;
  return st;
}

/// Whether any process, a zombie included, is still in process group `group`.
bool group_has_members(pid_t group) { return ::kill(-group, 0) == 0 || errno != ESRCH; }

/// Every process descended from this one in one of `groups`, each after its
/// own descendants: a parent woken by its child's exit shows as running by
/// the time the child shows as a zombie.
std::vector<pid_t> descendants_in(const std::set<pid_t>& groups) {
  std::vector<pid_t> order;
  auto visit = [&](auto& self, pid_t pid) -> void {
    for (pid_t child : children_of(pid)) {
      self(self, child);
      if (groups.contains(stat_of(child).group)) order.push_back(child);
    }
  };
  visit(visit, ::getpid());
  return order;
}

/// Asleep (S), stopped (T, t), a zombie (Z), dead (X) or gone.
bool quiescent(pid_t pid) {
  const char state = stat_of(pid).state;
  return state == '\0' || state == 'S' || state == 'T' || state == 't' || state == 'Z' || state == 'X';
}

void reap_now(pid_t pid) {
  while (::waitpid(pid, nullptr, 0) < 0 && errno == EINTR) {
  }
}

/// Closes what spawn() opened when it fails half-way.
struct OpenPipes {
  std::vector<int> fds;
  ~OpenPipes() {
    for (int fd : fds) ::close(fd);
  }
  /// A pipe: its (read, write) ends, both close-on-exec.
  std::pair<int, int> make() {
    int ends[2];
    if (::pipe2(ends, O_CLOEXEC) != 0) raise_os_error(errno);
    fds.insert(fds.end(), {ends[0], ends[1]});
    return {ends[0], ends[1]};
  }
  /// Keeps `fd` open past this object.
  int keep(int fd) {
    std::erase(fds, fd);
    return fd;
  }
};

/// The file actions of one stream: `target` (0, 1 or 2) to a pipe, /dev/null
/// or stdout. Returns the parent's end of a pipe, else -1.
int connect_stream(posix_spawn_file_actions_t& actions, OpenPipes& pipes, int target, ChildStream how) {
  switch (how) {
    case ChildStream::Inherit:
      return -1;
    case ChildStream::DevNull:
      posix_spawn_file_actions_addopen(&actions, target, "/dev/null", O_RDWR, 0);
      return -1;
    case ChildStream::Stdout:
      posix_spawn_file_actions_adddup2(&actions, 1, target);
      return -1;
    case ChildStream::Pipe: {
      auto [read_end, write_end] = pipes.make();
      const bool child_reads = target == 0;
      posix_spawn_file_actions_adddup2(&actions, child_reads ? read_end : write_end, target);
      return child_reads ? write_end : read_end;
    }
  }
  return -1;
}

}  // namespace

SpawnedChild ChildProcesses::spawn(const ChildSpec& spec) {
  if (groups_.empty()) ::prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
  OpenPipes pipes;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  SpawnedChild child;
  child.stdin_fd = connect_stream(actions, pipes, 0, spec.in);
  child.stdout_fd = connect_stream(actions, pipes, 1, spec.out);
  child.stderr_fd = connect_stream(actions, pipes, 2, spec.err);
  posix_spawn_file_actions_addclosefrom_np(&actions, 3);  // Popen's close_fds=True

  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  sigset_t none, all;
  sigemptyset(&none);
  sigfillset(&all);
  posix_spawnattr_setsigmask(&attr, &none);
  posix_spawnattr_setsigdefault(&attr, &all);  // restore_signals, and then some: no handler survives exec anyway
  posix_spawnattr_setpgroup(&attr, 0);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP);

  std::vector<char*> args;
  for (const std::string& a : spec.argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  const int failed = ::posix_spawnp(&child.pid, args[0], &actions, &attr, args.data(), environ);
  posix_spawnattr_destroy(&attr);
  posix_spawn_file_actions_destroy(&actions);
  if (failed != 0) raise_os_error(failed);
  for (int* end : {&child.stdin_fd, &child.stdout_fd, &child.stderr_fd}) {
    if (*end >= 0) pipes.keep(*end);
  }
  watched_.emplace(child.pid, std::nullopt);
  groups_.insert(child.pid);
  return child;
}

void ChildProcesses::settle() {
  // A group whose processes are all gone (reaped) can hold none again but
  // by the reuse of its number; scanning /proc for it would be for nothing.
  std::erase_if(groups_, [](pid_t group) { return !group_has_members(group); });
  if (groups_.empty()) return;
  const auto give_up = std::chrono::steady_clock::now() + kPatience;
  std::vector<pid_t> ours = descendants_in(groups_);
  while (!std::all_of(ours.begin(), ours.end(), quiescent)) {
    if (std::chrono::steady_clock::now() > give_up) {
      throw std::runtime_error("a child process kept running for 30 s without waiting for anything");
    }
    // A child takes milliseconds to start (exec, the loader, its page
    // faults), so a look every kLookInterval delays the run little, and the
    // core stays free for the child or another test: yielding instead spun
    // on /proc for the whole wait.
    std::this_thread::sleep_for(kLookInterval);
    ours = descendants_in(groups_);
  }
  for (auto& [pid, status] : watched_) returncode(pid);  // a status seen now survives a later reap
  for (pid_t pid : ours) {
    // An adopted zombie is this process's to reap; another's zombie is not.
    if (!watched_.contains(pid) && stat_of(pid).state == 'Z') ::waitpid(pid, nullptr, WNOHANG);
  }
}

std::optional<int> ChildProcesses::returncode(pid_t pid) {
  auto it = watched_.find(pid);
  if (it == watched_.end()) return std::nullopt;
  if (it->second) return it->second;
  siginfo_t info{};
  if (::waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOHANG | WNOWAIT) != 0) {
    // Reaped by someone else before its exit was seen: the status is lost,
    // and CPython's watchers report 255 then.
    if (errno == ECHILD) it->second = 255;
    return it->second;
  }
  if (info.si_pid != pid) return std::nullopt;
  it->second = info.si_code == CLD_EXITED ? info.si_status : -info.si_status;
  return it->second;
}

void ChildProcesses::reap(pid_t pid) {
  if (watched_.erase(pid) > 0) reap_now(pid);
}

void ChildProcesses::kill_all() {
  for (pid_t group : groups_) ::kill(-group, SIGKILL);
  // Each killed process is a zombie of its parent or, orphaned, of this
  // subreaper: reap what is this process's until none of the groups is left
  // (a process stuck in the kernel may outlast the patience; it is let be).
  const auto give_up = std::chrono::steady_clock::now() + kPatience;
  while (!descendants_in(groups_).empty() && std::chrono::steady_clock::now() < give_up) {
    for (pid_t child : children_of(::getpid())) {
      if (groups_.contains(stat_of(child).group)) reap_now(child);
    }
    ::sched_yield();
  }
  watched_.clear();
  groups_.clear();
}

}  // namespace loopspec::detail
