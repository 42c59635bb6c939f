// The property test binary's main: gtest, plus `--impl=<name>` choosing the
// implementation the Conformance tests run on (default: reference) and
// `--python-loop=<name>` the Python loop the PythonLoop tests run on, and
// `--python=X.Y` the CPython version the CPython tests compare with.
#include <CLI/CLI.hpp>
#include <gtest/gtest.h>

#include <string>

#include "test_support.hpp"

namespace loopspec::properties::support {
std::string& selected_impl() {
  static std::string name = "reference";
  return name;
}
std::string& selected_python_loop() {
  static std::string name;
  return name;
}
std::string& selected_python() {
  static std::string version;
  return version;
}
}  // namespace loopspec::properties::support

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  CLI::App app("loopspec property tests (and any gtest flag)");
  app.add_option("--impl", loopspec::properties::support::selected_impl(), "the implementation the Conformance tests run on")
      ->capture_default_str();
  app.add_option("--python-loop", loopspec::properties::support::selected_python_loop(),
                 "the Python loop the PythonLoop tests run on (asyncio-pure, nest_asyncio, uvloop, gbulb, MODULE:FACTORY)");
  app.add_option("--python", loopspec::properties::support::selected_python(),
                 "the CPython version the CPython tests compare with, under its rules (3.11, 3.12, 3.13)")
      ->check(CLI::IsMember({"3.11", "3.12", "3.13"}));
  CLI11_PARSE(app, argc, argv);
  return RUN_ALL_TESTS();
}
