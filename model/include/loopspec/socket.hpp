// A socket of the scenario (docs/outside-world.md#sockets): a real,
// connected descriptor. The model does real I/O on it, so the kernel is the
// kernel: what a send leaves unsent and what a recv returns are the
// kernel's answers, as on CPython.
#pragma once

#include <cstddef>
#include <memory>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include "loopspec/exceptions.hpp"
#include "loopspec/value.hpp"

namespace loopspec {

class Socket;
using SocketPtr = std::shared_ptr<Socket>;

/// socket.socket, for the calls asyncio and the scenario language make:
/// stream sockets (SOCK_STREAM) and datagram sockets (SOCK_DGRAM).
/// A closed socket's calls raise OSError(EBADF, 'Bad file descriptor'), as
/// CPython's do; errors from the kernel are the OSError subclass CPython
/// maps their errno to (BlockingIOError, BrokenPipeError, ...).
class Socket : public Object {
 public:
  /// socket.socketpair(): two connected AF_UNIX stream sockets, blocking.
  static std::pair<SocketPtr, SocketPtr> pair();
  /// socket.socket(family, type, proto): a new blocking socket, bound to
  /// nothing. asyncio's own sockets get `proto` from getaddrinfo
  /// (IPPROTO_TCP for TCP); a scenario's socket.socket() leaves it 0.
  static SocketPtr open(int family, int type, int proto = 0);
  ~Socket() override;
  std::string type_name() const override { return "socket"; }
  /// `<socket.socket fd=N, ...>`: a descriptor number, which no golden can pin.
  std::string python_repr() const override;

  /// The descriptor, or -1 once closed.
  int fileno() const { return fd_; }
  int family() const { return family_; }
  int type() const { return type_; }
  /// sock.proto: the number the socket was made with, not the kernel's
  /// (socket.socket(AF_INET, SOCK_STREAM) reports 0 for a TCP socket).
  int proto() const { return proto_; }
  /// The calling thread would wait in recv/send when the kernel cannot
  /// answer at once (gettimeout() is None rather than 0).
  bool blocking() const { return blocking_; }
  void set_blocking(bool flag);
  /// send(2), without SIGPIPE (CPython ignores it): the count sent.
  std::size_t send(std::string_view data);
  /// sendmsg(2) of the pieces in order, as one send of them joined: the
  /// count sent. At most IOV_MAX pieces.
  std::size_t send(std::span<const std::string_view> pieces);
  /// recv(2) of at most `n` bytes (b"" at end of file).
  std::string recv(std::size_t n);
  /// sendto(2) of one datagram to `address` (written as for bind): the
  /// count sent.
  std::size_t sendto(const std::string& data, const Value& address);
  /// recvfrom(2) of one datagram, cut to `n` bytes, and the sender's
  /// address: None when the kernel names none (an unbound Unix sender).
  std::pair<std::string, Value> recvfrom(std::size_t n);
  void shutdown(int how);
  /// bind(2) to an address: `("127.0.0.1", port)` for AF_INET, a path for
  /// AF_UNIX (socket_address.hpp says how addresses are written).
  void bind(const Value& address);
  void listen(int backlog);
  /// accept(2): the new connection (blocking, as CPython's socket.accept
  /// makes it) and the peer's address.
  std::pair<SocketPtr, Value> accept();
  /// connect(2). A non-blocking socket whose connection is under way raises
  /// BlockingIOError (EINPROGRESS); a blocking one waits for the kernel.
  void connect(const Value& address);
  /// setsockopt(IPPROTO_TCP, TCP_NODELAY, 1): small writes leave at once
  /// instead of waiting for the peer's ACK (Nagle's algorithm off).
  void set_tcp_nodelay();
  /// getsockopt(SO_ERROR): the pending error of a connect, 0 for none.
  int pending_error() const;
  Value getsockname() const;
  Value getpeername() const;
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
  Socket(int fd, int family, int type, int proto) : fd_(fd), family_(family), type_(type), proto_(proto) {}
  static SocketPtr made(int fd, int family, int type, int proto);
  void check_open() const;
  int fd_;
  int family_;
  int type_;
  int proto_;
  bool blocking_ = true;
};

/// The subclass of OSError that CPython's OSError(err, text) makes for `err`
/// (ConnectionRefusedError for ECONNREFUSED, ...).
const ExceptionType& os_error_type(int err);
/// OSError(err, strerror) of that type, as CPython raises for a failed
/// system call.
[[noreturn]] void raise_os_error(int err);
/// A socket call's BlockingIOError, which means "not now": the caller tries
/// again when the descriptor is ready.
bool would_block(const PyError& e);

}  // namespace loopspec
