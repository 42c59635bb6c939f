// run_on_large_stack: the stack is large, the thread is kept between calls,
// and a child made by fork() gets a stack thread of its own.
#include "common/large_stack.hpp"

#include <gtest/gtest.h>
#include <pthread.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

namespace loopspec::harness {
namespace {

std::size_t stack_size_of_this_thread() {
  pthread_attr_t attr;
  std::size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    pthread_attr_getstacksize(&attr, &size);
    pthread_attr_destroy(&attr);
  }
  return size;
}

TEST(LargeStack, RunsOnAStackOfTheLargeSize) {
  std::size_t size = 0;
  run_on_large_stack([&] { size = stack_size_of_this_thread(); });
  EXPECT_GE(size, kLargeStackBytes);
}

TEST(LargeStack, OneThreadServesEveryCallOfItsCaller) {
  pthread_t first{}, second{};
  run_on_large_stack([&] { first = pthread_self(); });
  run_on_large_stack([&] { second = pthread_self(); });
  EXPECT_FALSE(pthread_equal(first, pthread_self())) << "the job ran on the caller's own stack";
  EXPECT_TRUE(pthread_equal(first, second)) << "a thread was made for each call";
}

TEST(LargeStack, EachCallingThreadHasItsOwn) {
  pthread_t mine{}, other{};
  run_on_large_stack([&] { mine = pthread_self(); });
  std::thread([&] { run_on_large_stack([&] { other = pthread_self(); }); }).join();
  EXPECT_FALSE(pthread_equal(mine, other));
}

// The parent's stack thread is not in the child: a child that handed its
// job to it would wait forever, so the test gives it 10 s.
TEST(LargeStack, AForkedChildRunsOnAStackThreadOfItsOwn) {
  run_on_large_stack([] {});
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    bool ran = false;
    run_on_large_stack([&] { ran = true; });
    _exit(ran ? 0 : 1);
  }
  int status = 0;
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (waitpid(child, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > give_up) {
      kill(child, SIGKILL);
      waitpid(child, &status, 0);
      FAIL() << "the forked child never ran its job";
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
}

}  // namespace
}  // namespace loopspec::harness
