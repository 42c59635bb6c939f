// The property test binary's main: gtest, plus `--impl=<name>` choosing the
// implementation the Conformance tests run on (default: reference).
#include <CLI/CLI.hpp>
#include <gtest/gtest.h>

#include <string>

#include "test_support.hpp"

namespace loopspec::properties::support {
std::string& selected_impl() {
  static std::string name = "reference";
  return name;
}
}  // namespace loopspec::properties::support

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  CLI::App app("loopspec property tests (and any gtest flag)");
  app.add_option("--impl", loopspec::properties::support::selected_impl(), "the implementation the Conformance tests run on")
      ->capture_default_str();
  CLI11_PARSE(app, argc, argv);
  return RUN_ALL_TESTS();
}
