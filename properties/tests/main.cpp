// The property test binary's main: gtest, plus `--impl=<name>` choosing the
// implementation the Conformance tests run on (default: reference).
#include <gtest/gtest.h>

#include <cstring>
#include <string>

#include "test_support.hpp"

namespace loopspec::properties::support {
std::string& selected_impl() {
  static std::string name = "reference";
  return name;
}
}  // namespace loopspec::properties::support

int main(int argc, char** argv) {
  int kept = 1;
  for (int i = 1; i < argc; ++i) {
    if (std::strncmp(argv[i], "--impl=", 7) == 0) loopspec::properties::support::selected_impl() = argv[i] + 7;
    else argv[kept++] = argv[i];
  }
  argc = kept;
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
