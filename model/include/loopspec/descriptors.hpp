// The descriptors a program opens itself: os.pipe(), and os.read, os.write
// and os.close on them (docs/outside-world.md#pipes-built).
#pragma once

#include <cstddef>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace loopspec {

/// A run's table of the program's own descriptors, which it closes at the
/// end of the run (a process runs thousands of programs). Only descriptors
/// in the table can be read, written or closed: the others belong to
/// sockets and loops. A FileIO over one closes it here.
class Descriptors {
 public:
  Descriptors() = default;
  Descriptors(const Descriptors&) = delete;
  Descriptors& operator=(const Descriptors&) = delete;
  ~Descriptors() { close_all(); }

  /// os.pipe(): (read end, write end), blocking and close-on-exec.
  std::pair<int, int> pipe();
  /// Takes over a descriptor opened elsewhere (a child's pipe).
  void adopt(int fd) { open_.insert(fd); }
  /// os.read: at most `n` bytes; b"" at end of file. BlockingIOError on a
  /// non-blocking end with nothing to read.
  std::string read(int fd, std::size_t n);
  /// os.write: the count written. BlockingIOError on a full non-blocking
  /// end; BrokenPipeError once every read end is closed.
  std::size_t write(int fd, std::string_view data);
  /// os.set_blocking.
  void set_blocking(int fd, bool blocking);
  /// os.close. OSError(EBADF) when `fd` is not open.
  void close(int fd);
  bool is_open(int fd) const { return open_.contains(fd); }
  void close_all();

  /// Thrown when a call on a blocking end would wait: nothing else runs
  /// while the scenario's thread waits, so it would wait for ever. Not a
  /// Python exception: the run stops.
  class WouldWait : public std::runtime_error {
   public:
    WouldWait() : std::runtime_error("a call on a blocking pipe would wait for ever: nothing else runs meanwhile") {}
  };

 private:
  void check_open(int fd) const;
  std::set<int> open_;
};

}  // namespace loopspec
