// The virtual world's threads (virtual_threads.hpp) and the executor on
// them (executor.hpp): turn order, parking, sleeps, and the end of a run.
#include "loopspec/virtual_threads.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "loopspec/executor.hpp"
#include "loopspec/runtime.hpp"

namespace loopspec {
namespace {

TEST(VirtualThreads, RunInTurnsInTheOrderTheyBecameRunnable) {
  RuntimeScope scope;
  VirtualThreads& threads = scope.runtime().threads();
  std::vector<std::string> log;
  threads.start([&] {
    log.push_back("a1");
    threads.sleep(0.0);
    log.push_back("a2");
  });
  threads.start([&] { log.push_back("b"); });
  log.push_back("loop");
  threads.run_runnable(0.0);
  EXPECT_EQ(log, (std::vector<std::string>{"loop", "a1", "b"}));
  ASSERT_EQ(threads.next_wake(), 0.0);
  threads.wake_at(0.0);
  threads.run_runnable(0.0);
  EXPECT_EQ(log.back(), "a2");
  EXPECT_TRUE(threads.idle());
}

TEST(VirtualThreads, SleepersWakeByTimeThenBySleepOrder) {
  RuntimeScope scope;
  VirtualThreads& threads = scope.runtime().threads();
  std::vector<std::string> log;
  auto sleeper = [&](std::string name, double d) {
    return [&, name, d] {
      threads.sleep(d);
      log.push_back(name);
    };
  };
  threads.start(sleeper("late", 2.0));
  threads.start(sleeper("first-tie", 1.0));
  threads.start(sleeper("second-tie", 1.0));
  threads.run_runnable(10.0);
  ASSERT_EQ(threads.next_wake(), 11.0);
  threads.wake_at(11.0);
  threads.run_runnable(11.0);
  EXPECT_EQ(log, (std::vector<std::string>{"first-tie", "second-tie"}));
  EXPECT_EQ(threads.next_wake(), 12.0);
}

TEST(VirtualThreads, EachThreadHasItsOwnRunningLoopAndFrames) {
  RuntimeScope scope;
  Runtime& rt = scope.runtime();
  EventLoopPtr loop = new_event_loop();
  rt.set_running_loop(loop.get());
  EventLoop* seen = loop.get();
  int frames = 0;
  rt.threads().start([&] {
    seen = Runtime::current().running_loop();
    frames = Runtime::current().python_frames();
  });
  rt.threads().run_runnable(0.0);
  EXPECT_EQ(seen, nullptr);
  EXPECT_EQ(frames, kFramesBelowJobCode);
  EXPECT_EQ(rt.running_loop(), loop.get());
  rt.set_running_loop(nullptr);
}

TEST(VirtualThreads, WhatEscapesAThreadFailsTheLoopThread) {
  RuntimeScope scope;
  VirtualThreads& threads = scope.runtime().threads();
  threads.start([] { throw std::runtime_error("broken job"); });
  EXPECT_THROW(threads.run_runnable(0.0), std::runtime_error);
}

TEST(VirtualThreads, AParkedThreadIsAbandonedWithoutRunningOn) {
  bool ran_on = false;
  {
    RuntimeScope scope;
    VirtualThreads& threads = scope.runtime().threads();
    threads.start([&] {
      threads.park();
      ran_on = true;
    });
    threads.run_runnable(0.0);
  }
  EXPECT_FALSE(ran_on);
}

TEST(ThreadPoolExecutor, JobsBeyondMaxWorkersWaitInSubmissionOrder) {
  RuntimeScope scope;
  VirtualThreads& threads = scope.runtime().threads();
  auto executor = std::make_shared<ThreadPoolExecutor>(1);
  std::vector<std::string> log;
  auto job = [&](std::string name) {
    return [&, name]() -> Value {
      log.push_back(name);
      return Value(name);
    };
  };
  ConcurrentFuturePtr a = executor->submit(job("a"));
  ConcurrentFuturePtr b = executor->submit(job("b"));
  EXPECT_TRUE(log.empty());
  threads.run_runnable(0.0);
  EXPECT_EQ(log, (std::vector<std::string>{"a", "b"}));
  EXPECT_TRUE(a->done() && b->done());
}

TEST(ThreadPoolExecutor, AJobCancelledBeforeItStartsNeverRuns) {
  RuntimeScope scope;
  auto executor = std::make_shared<ThreadPoolExecutor>(2);
  bool ran = false;
  ConcurrentFuturePtr f = executor->submit([&]() -> Value {
    ran = true;
    return None;
  });
  EXPECT_TRUE(f->cancel());
  scope.runtime().threads().run_runnable(0.0);
  EXPECT_FALSE(ran);
}

TEST(ThreadPoolExecutor, ShutdownRefusesNewJobsAndAJobWaitsForTheOthers) {
  RuntimeScope scope;
  VirtualThreads& threads = scope.runtime().threads();
  auto executor = std::make_shared<ThreadPoolExecutor>(2);
  std::vector<std::string> log;
  executor->submit([&]() -> Value {
    threads.sleep(1.0);
    log.push_back("sleeper done");
    return None;
  });
  auto waiter = [&] {
    executor->shutdown(/*wait=*/true);
    log.push_back("shut down");
  };
  threads.start(waiter);
  threads.run_runnable(0.0);
  EXPECT_THROW(executor->submit([]() -> Value { return None; }), PyError);
  EXPECT_TRUE(log.empty());
  threads.wake_at(1.0);
  threads.run_runnable(1.0);
  EXPECT_EQ(log, (std::vector<std::string>{"sleeper done", "shut down"}));
  EXPECT_THROW(ThreadPoolExecutor(0), PyError);
}

}  // namespace
}  // namespace loopspec
