// The run's child processes (detail/child_processes.hpp): Popen's rules a
// transport relies on, quiescence before a poll, and exits seen, kept and
// reaped (docs/outside-world.md#children).
#include "loopspec/detail/child_processes.hpp"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "loopspec/runtime.hpp"
#include "test_support.hpp"

extern char** environ;

namespace loopspec::detail {
namespace {

using test::raised;

/// Everything until end of file (the writer gone).
std::string read_all(int fd) {
  std::string out;
  char buf[256];
  for (ssize_t n; (n = ::read(fd, buf, sizeof buf)) != 0;) {
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) break;
    out.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return out;
}

bool alive(pid_t pid) { return ::kill(pid, 0) == 0; }

/// This process's children, zombies included, as /proc lists them.
std::vector<pid_t> children_of_this_process() {
  std::vector<pid_t> found;
  for (const auto& task : std::filesystem::directory_iterator("/proc/self/task")) {
    std::ifstream list(task.path() / "children");
    for (pid_t child; list >> child;) found.push_back(child);
  }
  return found;
}

TEST(ChildProcesses, PipesCarryTheStreamsAndTheExitIsSeenOnceSettled) {
  RuntimeScope scope;
  ChildProcesses children;
  SpawnedChild c = children.spawn({{"sh", "-c", "read line; printf \"out $line\"; printf err >&2; exit 3"},
                                  ChildStream::Pipe, ChildStream::Pipe, ChildStream::Pipe});
  ASSERT_GE(c.stdin_fd, 0);
  ASSERT_EQ(::write(c.stdin_fd, "in\n", 3), 3);
  ::close(c.stdin_fd);
  EXPECT_EQ(read_all(c.stdout_fd), "out in");
  EXPECT_EQ(read_all(c.stderr_fd), "err");
  children.settle();
  EXPECT_EQ(children.returncode(c.pid), 3);
  EXPECT_TRUE(children.watching());
  children.reap(c.pid);
  EXPECT_FALSE(children.watching());
  EXPECT_EQ(::waitpid(c.pid, nullptr, WNOHANG), -1) << "reaped";
}

TEST(ChildProcesses, SettleWaitsForAChildBusyAfterItsWrite) {
  RuntimeScope scope;
  ChildProcesses children;
  SpawnedChild c = children.spawn({{"sh", "-c", "printf x; i=0; while [ $i -lt 20000 ]; do i=$((i+1)); done; exit 5"},
                                  ChildStream::Inherit, ChildStream::Pipe, ChildStream::Inherit});
  children.settle();
  EXPECT_EQ(children.returncode(c.pid), 5) << "settle returned while the child still ran";
  EXPECT_EQ(read_all(c.stdout_fd), "x");
}

TEST(ChildProcesses, AProgramNotFoundIsFileNotFoundError) {
  RuntimeScope scope;
  ChildProcesses children;
  EXPECT_EQ(raised([&] {
              children.spawn({{"/nonexistent/loopspec-program"}, ChildStream::Pipe, ChildStream::Pipe,
                             ChildStream::Pipe});
            }),
            "FileNotFoundError");
  EXPECT_FALSE(children.watching());
}

TEST(ChildProcesses, StderrCanJoinStdoutAndStreamsCanGoToDevNull) {
  RuntimeScope scope;
  ChildProcesses children;
  SpawnedChild merged = children.spawn({{"sh", "-c", "printf a; printf b >&2"}, ChildStream::DevNull,
                                       ChildStream::Pipe, ChildStream::Stdout});
  EXPECT_EQ(merged.stdin_fd, -1);
  EXPECT_EQ(merged.stderr_fd, -1);
  EXPECT_EQ(read_all(merged.stdout_fd), "ab");
  SpawnedChild quiet = children.spawn({{"sh", "-c", "read x; exit $?"}, ChildStream::DevNull, ChildStream::DevNull,
                                      ChildStream::DevNull});
  children.settle();
  EXPECT_EQ(children.returncode(quiet.pid), 1) << "/dev/null gives end of file at once";
}

TEST(ChildProcesses, AChildHoldsNoDescriptorButItsStreams) {
  RuntimeScope scope;
  ChildProcesses children;
  int ends[2];
  ASSERT_EQ(::pipe(ends), 0);  // inheritable: close_fds must keep it from the child
  children.spawn({{"sleep", "30"}, ChildStream::Inherit, ChildStream::Inherit, ChildStream::Inherit});
  ::close(ends[1]);
  ::fcntl(ends[0], F_SETFL, O_NONBLOCK);
  char c;
  EXPECT_EQ(::read(ends[0], &c, 1), 0) << "the child kept the pipe's write end open";
  ::close(ends[0]);
}

TEST(ChildProcesses, AStatusSeenSurvivesAReapByAnother) {
  RuntimeScope scope;
  ChildProcesses children;
  SpawnedChild killed = children.spawn({{"sleep", "30"}, ChildStream::Inherit, ChildStream::Inherit,
                                       ChildStream::Inherit});
  ::kill(killed.pid, SIGTERM);
  children.settle();
  ASSERT_EQ(::waitpid(killed.pid, nullptr, 0), killed.pid);  // Popen.poll() reaping it first
  EXPECT_EQ(children.returncode(killed.pid), -SIGTERM);
  children.reap(killed.pid);
}

TEST(ChildProcesses, KillAllLeavesNothingOfTheRunAndSparesOtherChildren) {
  RuntimeScope scope;
  pid_t other = -1;
  char arg0[] = "sleep", arg1[] = "30";
  char* argv[] = {arg0, arg1, nullptr};
  ASSERT_EQ(::posix_spawnp(&other, "sleep", nullptr, nullptr, argv, environ), 0);
  {
    ChildProcesses children;
    SpawnedChild c = children.spawn({{"sh", "-c", "sleep 30 & sleep 30 & exit 0"}, ChildStream::Inherit,
                                    ChildStream::Inherit, ChildStream::Inherit});
    children.settle();
    EXPECT_EQ(children.returncode(c.pid), 0);
    children.kill_all();
    EXPECT_FALSE(children.watching());
  }
  EXPECT_EQ(children_of_this_process(), std::vector<pid_t>{other}) << "a child of the run outlived it";
  EXPECT_TRUE(alive(other)) << "kill_all killed a child it did not start";
  ::kill(other, SIGKILL);
  ::waitpid(other, nullptr, 0);
}

}  // namespace
}  // namespace loopspec::detail
