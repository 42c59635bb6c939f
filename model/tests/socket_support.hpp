// What the socket tests share: loopback addresses and a directory for Unix
// socket files.
#pragma once

#include <cstdint>
#include <string>

#include "loopspec/value.hpp"

namespace loopspec::test {

/// `("127.0.0.1", port)`, as a program writes it.
Value loopback(std::int64_t port);

/// A fresh directory under the system's temporary one, removed with
/// everything in it when the TempDir goes.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::string file(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

}  // namespace loopspec::test
