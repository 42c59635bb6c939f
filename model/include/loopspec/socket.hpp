// A socket of the scenario (docs/outside-world.md#sockets): a real,
// connected descriptor. The model does real I/O on it, so the kernel is the
// kernel: what a send leaves unsent and what a recv returns are the
// kernel's answers, as on CPython.
#pragma once

#include <cstddef>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>

#include "loopspec/exceptions.hpp"
#include "loopspec/value.hpp"

namespace loopspec {

class Socket;
using SocketPtr = std::shared_ptr<Socket>;

/// socket.socket, for the calls asyncio and the scenario language make.
/// A closed socket's calls raise OSError(EBADF, 'Bad file descriptor'), as
/// CPython's do; errors from the kernel are the OSError subclass CPython
/// maps their errno to (BlockingIOError, BrokenPipeError, ...).
class Socket : public Object {
 public:
  /// socket.socketpair(): two connected AF_UNIX stream sockets, blocking.
  static std::pair<SocketPtr, SocketPtr> pair();
  ~Socket() override;
  std::string type_name() const override { return "socket"; }
  /// `<socket.socket fd=N, ...>`: a descriptor number, which no golden can pin.
  std::string python_repr() const override;

  /// The descriptor, or -1 once closed.
  int fileno() const { return fd_; }
  /// The calling thread would wait in recv/send when the kernel cannot
  /// answer at once (gettimeout() is None rather than 0).
  bool blocking() const { return blocking_; }
  void set_blocking(bool flag);
  /// send(2), without SIGPIPE (CPython ignores it): the count sent.
  std::size_t send(const std::string& data);
  /// recv(2) of at most `n` bytes (b"" at end of file).
  std::string recv(std::size_t n);
  void shutdown(int how);
  /// Closes the descriptor; twice is a no-op.
  void close();

  /// Thrown when a blocking socket's call would wait: the scenario's
  /// thread would block for ever in the virtual world (nothing else runs
  /// while it waits). Not a Python exception: the run stops.
  class WouldWait : public std::runtime_error {
   public:
    WouldWait() : std::runtime_error("a call on a blocking socket would wait for ever: nothing else runs meanwhile") {}
  };

 private:
  explicit Socket(int fd) : fd_(fd) {}
  int fd_;
  bool blocking_ = true;
};

/// OSError (or the subclass for `err`) with (errno, strerror), as CPython
/// raises for a failed system call.
[[noreturn]] void raise_os_error(int err);
/// A socket call's BlockingIOError, which means "not now": the caller tries
/// again when the descriptor is ready.
bool would_block(const PyError& e);

}  // namespace loopspec
