// call_soon_threadsafe with real threads: a loop blocked in uv_run with
// nothing to wait for is woken by another thread, and handles from many
// threads all run, once each, in each thread's order. Runs under
// ThreadSanitizer (see impls/libuv/README.md).
#include <gtest/gtest.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

#include "loopspec/libuv_loop.hpp"
#include "loopspec/loopspec.hpp"

namespace loopspec::testing {
namespace {

using namespace std::chrono_literals;

/// Whether thread `tid` of this process is asleep in the kernel (state S),
/// and, where /proc tells the syscall, asleep in epoll_wait/epoll_pwait.
bool blocked_in_poll(pid_t tid) {
  std::ifstream stat("/proc/self/task/" + std::to_string(tid) + "/stat");
  std::string line;
  std::getline(stat, line);
  auto close_paren = line.rfind(')');
  if (close_paren == std::string::npos || close_paren + 2 >= line.size() || line[close_paren + 2] != 'S') return false;
#if defined(__x86_64__)
  std::ifstream sc("/proc/self/task/" + std::to_string(tid) + "/syscall");
  long nr = -1;
  if (sc >> nr) return nr == SYS_epoll_wait || nr == SYS_epoll_pwait;
#endif
  return true;
}

TEST(Threadsafe, WakesALoopBlockedWaitingWithNoTimers) {
  RuntimeScope scope;
  EventLoopPtr loop = make_libuv_loop(Clock::Real);
  std::atomic<pid_t> loop_tid{0};
  std::atomic<bool> saw_blocked{false};
  std::thread::id ran_on;

  std::thread waker([&] {
    // Wait (without any time limit on the loop's side) until the loop thread
    // sits in epoll_wait, then wake it; give up after 30 s so a broken loop
    // fails instead of hanging.
    auto give_up = std::chrono::steady_clock::now() + 30s;
    while (std::chrono::steady_clock::now() < give_up) {
      pid_t tid = loop_tid.load();
      if (tid != 0 && blocked_in_poll(tid)) {
        saw_blocked = true;
        break;
      }
      std::this_thread::sleep_for(1ms);
    }
    loop->call_soon_threadsafe([&] {
      ran_on = std::this_thread::get_id();
      loop->stop();
    });
  });

  // Nothing is scheduled: in real mode the loop can only wait for the wake.
  loop->call_soon([&] { loop_tid = static_cast<pid_t>(::syscall(SYS_gettid)); });
  loop->run_forever();
  waker.join();
  EXPECT_TRUE(saw_blocked.load()) << "the loop thread never blocked in epoll_wait";
  EXPECT_EQ(ran_on, std::this_thread::get_id());
}

TEST(Threadsafe, VirtualClockWaitsForThreadsOnceOneHasCalledIn) {
  RuntimeScope scope;
  EventLoopPtr loop = make_libuv_loop(Clock::Virtual);
  std::atomic<bool> called_in{false};
  std::atomic<bool> go{false};
  std::thread other([&] {
    loop->call_soon_threadsafe([] {});  // shows that threads are in play
    called_in = true;
    while (!go) std::this_thread::sleep_for(1ms);
    loop->call_soon_threadsafe([&] { loop->stop(); });
  });
  while (!called_in) std::this_thread::sleep_for(1ms);
  loop->call_soon([&] { go = true; });
  loop->run_forever();  // would throw LoopBlocked if it did not wait
  other.join();
  EXPECT_EQ(loop->time(), 0.0);  // waiting for a thread is not waiting for time
}

TEST(Threadsafe, ManyThreadsEveryHandleRunsOnceInEachThreadsOrder) {
  RuntimeScope scope;
  EventLoopPtr loop = make_libuv_loop(Clock::Real);
  constexpr int kThreads = 4;
  constexpr int kPerThread = 5000;
  std::vector<std::vector<int>> seen(kThreads);
  std::atomic<int> finished_threads{0};
  int total = 0;

  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kPerThread; ++i) {
        loop->call_soon_threadsafe([&, t, i] {
          seen[t].push_back(i);
          if (++total == kThreads * kPerThread) loop->stop();
        });
        if (i % 512 == 0) std::this_thread::yield();
      }
      ++finished_threads;
    });
  }
  // Keep the loop thread busy with its own chain part of the time, so
  // handles arrive both while it runs callbacks and while it waits.
  auto chain = std::make_shared<std::function<void(int)>>();
  *chain = [&loop, chain](int n) {
    if (n > 0) loop->call_soon([chain, n] { (*chain)(n - 1); });
  };
  loop->call_soon([chain] { (*chain)(20000); });
  loop->run_forever();
  for (auto& th : threads) th.join();
  *chain = nullptr;
  EXPECT_EQ(finished_threads.load(), kThreads);
  for (int t = 0; t < kThreads; ++t) {
    ASSERT_EQ(seen[t].size(), static_cast<std::size_t>(kPerThread)) << "thread " << t;
    for (int i = 0; i < kPerThread; ++i) ASSERT_EQ(seen[t][i], i) << "thread " << t;
  }
}

TEST(Threadsafe, AfterCloseRaisesInTheCallingThread) {
  RuntimeScope scope;
  EventLoopPtr loop = make_libuv_loop(Clock::Real);
  loop->close();
  bool raised = false;
  std::thread other([&] {
    try {
      loop->call_soon_threadsafe([] {});
    } catch (const PyError& e) {
      raised = e.exception()->is_instance_of(exc::RuntimeError);
    }
  });
  other.join();
  EXPECT_TRUE(raised);
}

}  // namespace
}  // namespace loopspec::testing
