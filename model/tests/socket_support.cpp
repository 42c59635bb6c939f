#include "socket_support.hpp"

#include <stdlib.h>

#include <filesystem>
#include <memory>
#include <vector>

namespace loopspec::test {

Value loopback(std::int64_t port) {
  return Value(std::make_shared<Tuple>(std::vector<Value>{Value(std::string("127.0.0.1")), Value(port)}));
}

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "loopspec-test-XXXXXX").string();
  path_ = ::mkdtemp(pattern.data());
}

TempDir::~TempDir() { std::filesystem::remove_all(path_); }

}  // namespace loopspec::test
