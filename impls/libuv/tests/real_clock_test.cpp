// Timers on the real clock. Bounds are one-sided (never early, in deadline
// order, the loop sleeps rather than spins); nothing asserts how fast.
#include <gtest/gtest.h>
#include <sys/resource.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "loopspec/libuv_loop.hpp"
#include "loopspec/loopspec.hpp"

namespace loopspec::testing {
namespace {

// loop.time() may run up to one clock resolution behind a deadline (a timer
// is due when `when < now + 1e-9`).
constexpr double kResolution = Scheduler::kClockResolution;

double thread_cpu_seconds() {
  rusage ru{};
  getrusage(RUSAGE_THREAD, &ru);
  return ru.ru_utime.tv_sec + ru.ru_stime.tv_sec + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) * 1e-6;
}

TEST(RealClock, IsTheMonotonicClockInSeconds) {
  RuntimeScope scope;
  EventLoopPtr loop = make_libuv_loop(Clock::Real);
  double steady = std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
  // Both read CLOCK_MONOTONIC; a second apart would mean a unit mistake.
  EXPECT_NEAR(loop->time(), steady, 1.0);
  double t0 = loop->time();
  EXPECT_LE(t0, loop->time());
}

TEST(RealClock, TimersFireNoEarlierThanTheirDeadlinesInDeadlineOrder) {
#ifdef __SANITIZE_ADDRESS__
  // Scheduling the timers takes real time under the sanitizers, enough to
  // pass some deadlines before the last is set: the order is then not the test's.
  GTEST_SKIP() << "real-clock ordering is not checked under AddressSanitizer";
#endif
  RuntimeScope scope;
  EventLoopPtr loop = make_libuv_loop(Clock::Real);
  struct Fired {
    int id;
    double when;  // the handle's deadline
    double at;    // loop.time() when it ran
  };
  std::vector<Fired> fired;
  const std::vector<double> delays = {0.030, 0.010, 0.020, 0.0005, 0.0};
  for (int i = 0; i < static_cast<int>(delays.size()); ++i) {
    // A cancelled twin with the same delay never fires.
    loop->call_later(delays[i], [&fired, i] { fired.push_back({-1 - i, 0, 0}); })->cancel();
    auto when = std::make_shared<double>();
    *when = loop->call_later(delays[i], [&fired, &loop, i, when] { fired.push_back({i, *when, loop->time()}); })->when();
  }
  loop->call_later(0.040, [&] { loop->stop(); });
  double start = loop->time();
  loop->run_forever();
  std::vector<int> order;
  for (auto& f : fired) order.push_back(f.id);
  EXPECT_EQ(order, (std::vector<int>{4, 3, 1, 2, 0}));
  for (auto& f : fired) EXPECT_GE(f.at, f.when - kResolution) << "timer " << f.id;
  EXPECT_GE(loop->time() - start, 0.040 - kResolution);
}

TEST(RealClock, SleepInATaskWaitsForItsDelay) {
  RuntimeScope scope;
  EventLoopPtr loop = make_libuv_loop(Clock::Real);
  double start = loop->time();
  auto body = [](EventLoop* l) -> Coro {
    co_await sleep(0.025);
    co_return Value(l->time());
  };
  Value woke = loop->run_until_complete(Value(body(loop.get()).object()));
  EXPECT_GE(woke.as_float() - start, 0.025 - kResolution);
}

TEST(RealClock, WaitingSleepsInsteadOfSpinning) {
  RuntimeScope scope;
  EventLoopPtr loop = make_libuv_loop(Clock::Real);
  loop->call_later(0.2, [&] { loop->stop(); });
  double cpu0 = thread_cpu_seconds();
  loop->run_forever();
  // A loop that polled with a zero timeout would burn the whole 0.2 s.
  EXPECT_LT(thread_cpu_seconds() - cpu0, 0.1);
}

// libuv 1.44 runs the timers that are due before it polls. A deadline that
// passes between arming the loop's wait timer and uv_run (the millisecond
// clock ticking over in between is enough) fired there, and the poll then had
// no timer left to end it: the loop waited forever (1 of 5,000 of these waits
// in the run that found it). Each of these short waits must end by itself. A
// watchdog wakes a wait that makes no progress for 10 s (a thousand times its
// timeout), so a stuck wait fails the test instead of hanging it.
TEST(RealClock, EveryShortWaitEndsAtItsDeadline) {
  RuntimeScope scope;
  EventLoopPtr loop = make_libuv_loop(Clock::Real);
  constexpr int kWaits = 5'000;
  std::atomic<int> ended{0};
  int woken = 0;
  std::mutex m;
  std::condition_variable done_cv;
  bool done = false;
  std::thread watchdog([&] {
    std::unique_lock lock(m);
    for (int seen = -1; !done_cv.wait_for(lock, std::chrono::seconds(10), [&] { return done; });) {
      if (ended.load() == seen) {
        ++woken;
        loop->call_soon_threadsafe([] {});
      }
      seen = ended.load();
    }
  });
  for (int i = 0; i < kWaits; ++i) {
    loop->call_later(0.0005, [&] { loop->stop(); });
    loop->run_forever();
    ++ended;
  }
  {
    std::lock_guard lock(m);
    done = true;
  }
  done_cv.notify_one();
  watchdog.join();
  EXPECT_EQ(woken, 0) << woken << " of " << kWaits
                      << " waits of under a millisecond did not end until the watchdog woke the loop";
}

}  // namespace
}  // namespace loopspec::testing
