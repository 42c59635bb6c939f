// io.FileIO over one of the program's own descriptors, the `pipe` object of
// connect_read_pipe and connect_write_pipe (docs/outside-world.md#pipes-built).
#pragma once

#include <memory>
#include <string>

#include "loopspec/value.hpp"

namespace loopspec {

class FileIO;
using FileIOPtr = std::shared_ptr<FileIO>;

/// What open(fd, 'rb', buffering=0) or open(fd, 'wb', buffering=0) returns:
/// it takes the descriptor over (closefd=True) and closes it on close().
class FileIO : public Object {
 public:
  /// `fd` must be one of the run's Descriptors.
  explicit FileIO(int fd) : fd_(fd) {}
  std::string type_name() const override { return "FileIO"; }
  /// `<_io.FileIO name=N mode='rb' closefd=True>`: a descriptor number,
  /// which no golden can pin.
  std::string python_repr() const override;

  /// ValueError('I/O operation on closed file') once closed.
  int fileno() const;
  bool closed() const { return fd_ < 0; }
  /// Closes the descriptor; twice is a no-op.
  void close();

 private:
  int fd_;
};

}  // namespace loopspec
