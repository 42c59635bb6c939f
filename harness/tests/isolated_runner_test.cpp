// run_isolated: crashes, hangs and exits of a child are outcomes, not the
// end of the run.
#include <gtest/gtest.h>

#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <iostream>
#include <map>

#include "run/isolated_runner.hpp"

namespace {

using namespace loopspec::harness;

std::map<std::size_t, ChildOutcome> run(std::size_t count, const ChildTask& task, IsolationOptions o = {2, 5.0}) {
  std::map<std::size_t, ChildOutcome> out;
  run_isolated(count, task, o, [&out](std::size_t i, ChildOutcome c) { out[i] = std::move(c); });
  return out;
}

TEST(IsolatedRunner, PayloadsComeBack) {
  auto out = run(5, [](std::size_t i) { return std::string(100000 * (i + 1) % 7 + 1, 'a' + static_cast<char>(i)); });
  ASSERT_EQ(out.size(), 5u);
  for (std::size_t i = 0; i < 5; ++i) {
    ASSERT_TRUE(out[i].payload) << out[i].failure;
    EXPECT_EQ(out[i].payload->size(), 100000 * (i + 1) % 7 + 1);
  }
}

TEST(IsolatedRunner, ACrashIsReportedAndTheOthersRun) {
  auto out = run(3, [](std::size_t i) -> std::string {
    if (i == 1) {
      std::cerr << "about to crash\n";
      std::signal(SIGSEGV, SIG_DFL);
      std::raise(SIGSEGV);
    }
    return "ok";
  });
  EXPECT_EQ(*out[0].payload, "ok");
  EXPECT_EQ(*out[2].payload, "ok");
  EXPECT_FALSE(out[1].payload);
  EXPECT_EQ(out[1].failure, "crashed: SIGSEGV (Segmentation fault)");
  EXPECT_EQ(out[1].output, "about to crash\n");
}

TEST(IsolatedRunner, AHangTimesOut) {
  auto out = run(2, [](std::size_t i) -> std::string {
    if (i == 0) for (;;) pause();
    return "quick";
  }, {2, 0.3});
  EXPECT_EQ(out[0].failure, "timed out after 0.3 s");
  EXPECT_EQ(*out[1].payload, "quick");
}

TEST(IsolatedRunner, AnExitIsReported) {
  auto out = run(1, [](std::size_t) -> std::string { _exit(3); });
  EXPECT_EQ(out[0].failure, "exited with status 3");
}

TEST(IsolatedRunner, AThrowOutsideTheTaskIsAnExit) {
  auto out = run(1, [](std::size_t) -> std::string { throw 42; });
  EXPECT_EQ(out[0].failure, "exited with status 3");
  EXPECT_NE(out[0].output.find("the task threw"), std::string::npos);
}

}  // namespace
