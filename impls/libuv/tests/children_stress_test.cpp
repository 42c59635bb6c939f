// Issue 16's stress run (not timed): 500 children in waves of 50 on the
// libuv loop on the real clock, each started with create_subprocess_exec,
// fed through stdin and read through stdout and stderr by communicate().
// Every child's output must come back whole, and afterwards no child (zombie
// or running) and no descriptor may be left.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cerrno>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "loopspec/libuv_loop.hpp"
#include "loopspec/loopspec.hpp"
#include "loopspec/process.hpp"
#include "loopspec/tasks.hpp"

namespace loopspec::testing {
namespace {

constexpr int kWaves = 10;
constexpr int kWaveSize = 50;

std::size_t open_descriptors() {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator("/proc/self/fd")) ++n;
  return n;
}

/// No child of this process is left, exited or not.
bool no_child_left() {
  siginfo_t info{};
  return waitid(P_ALL, 0, &info, WEXITED | WNOHANG | WNOWAIT) == -1 && errno == ECHILD;
}

/// Child `id` copies its stdin to stdout, then writes its id to stderr.
ChildSpec child_spec(int id) {
  ChildSpec spec;
  spec.argv = {"sh", "-c", "cat; printf '%s' \"$1\" >&2", "sh", std::to_string(id)};
  return spec;
}

/// One child: whether communicate() returned what it was given, its id and
/// the status 0.
Coro one_child(int id) {
  Value made = co_await create_subprocess_exec(child_spec(id), {}, kDefaultStreamLimit);
  ProcessPtr proc = made.as<Process>();
  const std::string input = "child " + std::to_string(id) + "\n" + std::string(id * 37 % 4096, 'x');
  Value outputs = co_await Process::communicate(proc, input);
  const std::vector<Value>& out = *sequence_items(outputs);
  const bool whole = out[0].as<Bytes>()->data == input && out[1].as<Bytes>()->data == std::to_string(id);
  co_return Value(whole && proc->returncode() == 0);
}

/// Counts the children whose output came back whole, and the waves after
/// which a child was left unreaped.
Coro waves_of_children(std::shared_ptr<int> intact, std::shared_ptr<int> waves_leaving_children) {
  for (int wave = 0; wave < kWaves; ++wave) {
    std::vector<Value> children;
    for (int i = 0; i < kWaveSize; ++i) children.emplace_back(create_task(one_child(wave * kWaveSize + i)));
    FuturePtr all = gather(children);
    Value results = co_await all;
    for (const Value& ok : *sequence_items(results)) *intact += truthy(ok) ? 1 : 0;
    if (!no_child_left()) ++*waves_leaving_children;
  }
  co_return None;
}

TEST(Stress, FiveHundredChildrenInWavesOfFiftyLeaveNoZombieAndNoDescriptor) {
  {
    // The first libuv loop of the process opens libuv's own signal-lock
    // pipe, which stays for the life of the process: counted before.
    RuntimeScope scope;
    make_libuv_loop(Clock::Real)->close();
  }
  ASSERT_TRUE(no_child_left()) << "the test process had children before the run";
  const std::size_t before = open_descriptors();
  auto intact = std::make_shared<int>(0);
  auto waves_leaving_children = std::make_shared<int>(0);
  {
    RuntimeScope scope;
    EventLoopPtr loop = make_libuv_loop(Clock::Real);
    loop->run_until_complete(Value(waves_of_children(intact, waves_leaving_children).object()));
    loop->close();
    EXPECT_TRUE(no_child_left()) << "a child is left once the loop is closed";
  }
  EXPECT_EQ(*intact, kWaves * kWaveSize);
  EXPECT_EQ(*waves_leaving_children, 0) << "communicate() returned before the loop reaped its child";
  EXPECT_TRUE(no_child_left());
  EXPECT_EQ(open_descriptors(), before);
}

}  // namespace
}  // namespace loopspec::testing
