// Shared fixture of the model's unit tests: a fresh runtime and reference
// loop per test, a log of what the test's coroutines saw (with the loop time),
// and a way to run a main coroutine as CPython's asyncio.run does.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "loopspec/loopspec.hpp"

namespace loopspec::test {

class ModelTest : public ::testing::Test {
 public:
  ModelTest();

  /// Runs `main` as a task on the loop until it is done; returns its result
  /// (a Python exception escapes as PyError).
  Value run(Coro main);
  /// Appends "<loop time> <text>", e.g. "0.1 got 3".
  void note(const std::string& text);
  /// The log joined with " | ".
  std::string joined() const;

  RuntimeScope scope_;
  EventLoopPtr loop_;
  std::vector<std::string> log_;
};

/// The Python text of a value for logs: repr(), with exceptions as
/// `Type(args)`.
std::string show(const Value& v);
/// `Type: message` of a caught exception.
std::string show(const PyError& e);

/// A coroutine that logs `name` after `delay` seconds and returns `result`.
Coro job(ModelTest& t, std::string name, double delay, Value result);

}  // namespace loopspec::test

namespace loopspec::test {

/// A call_soon chain that logs "tick 1" .. "tick n", one per loop iteration:
/// the log then shows how many iterations lie between two events.
void ticks(ModelTest& t, int n);

/// `await asyncio.gather(*tasks, return_exceptions=...)`.
Coro gather_all(std::vector<TaskPtr> tasks, bool return_exceptions = false);

/// `Type: message`, or just `Type` when the message is empty.
std::string show_exc(const ExceptionPtr& e);

/// The type name of the Python exception `f` raises, or "" when it raises
/// nothing.
template <class F>
std::string raised(F f) {
  try {
    f();
  } catch (const PyError& e) {
    return std::string(e.exception()->type->name());
  }
  return "";
}

}  // namespace loopspec::test
