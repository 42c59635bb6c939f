// Helpers for the model's unit tests: a fresh runtime per test and a log of
// what a test program did, with the loop time of each entry.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "loopspec/loopspec.hpp"

namespace loopspec::testing {

class ModelTest : public ::testing::Test {
 public:
  RuntimeScope scope;
  std::vector<std::string> events;

  /// Records `what` with the running loop's time ("t=0.1 what").
  void note(const std::string& what) {
    EventLoop* loop = Runtime::current().running_loop();
    events.push_back((loop ? "t=" + float_repr(loop->time()) + " " : "") + what);
  }

  /// Runs a coroutine as asyncio.run would, on a reference loop.
  Value run(Coro main) { return loopspec::run(Value(main.object())); }
};

}  // namespace loopspec::testing
