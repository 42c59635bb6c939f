// A socket of the scenario (socket.hpp).
#include "loopspec/socket.hpp"

#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>
#include <vector>

#include "loopspec/detail/socket_address.hpp"
#include "loopspec/exceptions.hpp"
#include "loopspec/reprs.hpp"
#include "loopspec/runtime.hpp"

namespace loopspec {
namespace {

/// Where a read lands before it becomes a string of the size received: a
/// transport asks for 256 KiB a read and mostly gets a few bytes, which a
/// string of the size asked would zero-fill and keep. Nothing a read does
/// can call back into a read on the same thread.
char* read_scratch(std::size_t n) {
  thread_local std::vector<char> buffer;
  if (buffer.size() < n) buffer.resize(n);
  return buffer.data();
}

}  // namespace

const ExceptionType& os_error_type(int err) {
  switch (err) {
    case EAGAIN:
    case EINPROGRESS: return exc::BlockingIOError;
    case EPIPE: return exc::BrokenPipeError;
    case ECONNRESET: return exc::ConnectionResetError;
    case ECONNREFUSED: return exc::ConnectionRefusedError;
    case ECONNABORTED: return exc::ConnectionAbortedError;
    case ENOENT: return exc::FileNotFoundError;
    default: return exc::OSError;
  }
}

void raise_os_error(int err) {
  throw PyError(
      new_exception(os_error_type(err), {Value(static_cast<std::int64_t>(err)), Value(std::string(std::strerror(err)))}));
}

bool would_block(const PyError& e) { return e.exception()->is_instance_of(exc::BlockingIOError); }

// Every socket is the runtime's too, which closes it when the run ends.
SocketPtr Socket::made(int fd, int family, int type, int proto) {
  SocketPtr s(new Socket(fd, family, type, proto));
  Runtime::current().adopt_socket(s);
  return s;
}

std::pair<SocketPtr, SocketPtr> Socket::pair() {
  int fds[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) raise_os_error(errno);
  return {made(fds[0], AF_UNIX, SOCK_STREAM, 0), made(fds[1], AF_UNIX, SOCK_STREAM, 0)};
}

// Every descriptor is non-blocking underneath (see send); blocking_ is what
// the program asked for.
SocketPtr Socket::open(int family, int type, int proto) {
  int fd = ::socket(family, type | SOCK_CLOEXEC | SOCK_NONBLOCK, proto);
  if (fd < 0) raise_os_error(errno);
  return made(fd, family, type, proto);
}

Socket::~Socket() { close(); }

std::string Socket::python_repr() const {
  if (const ReprHooks* hooks = Runtime::current().repr_hooks) {
    hooks->unpinnable("a socket (`<socket.socket fd=...>`, a descriptor number)");
  }
  return "<socket.socket>";
}

void Socket::check_open() const {
  if (fd_ < 0) raise_os_error(EBADF);
}

void Socket::set_blocking(bool flag) {
  check_open();
  blocking_ = flag;
}

// The descriptor itself stays non-blocking: a blocking socket's call that
// would wait is reported instead of hanging the run.
std::size_t Socket::send(std::string_view data) { return send(std::span(&data, 1)); }

std::size_t Socket::send(std::span<const std::string_view> pieces) {
  check_open();
  thread_local std::vector<iovec> iov;  // kept for its capacity: a send allocates nothing
  iov.clear();
  for (std::string_view piece : pieces) iov.push_back({const_cast<char*>(piece.data()), piece.size()});
  msghdr msg{};
  msg.msg_iov = iov.data();
  msg.msg_iovlen = iov.size();
  ssize_t n = ::sendmsg(fd_, &msg, MSG_NOSIGNAL | MSG_DONTWAIT);
  if (n < 0) {
    if (errno == EAGAIN && blocking_) throw WouldWait{};
    raise_os_error(errno);
  }
  return static_cast<std::size_t>(n);
}

std::string Socket::recv(std::size_t n) {
  check_open();
  char* buf = read_scratch(n);
  ssize_t got = ::recv(fd_, buf, n, MSG_DONTWAIT);
  if (got < 0) {
    if (errno == EAGAIN && blocking_) throw WouldWait{};
    raise_os_error(errno);
  }
  return std::string(buf, static_cast<std::size_t>(got));
}

std::size_t Socket::sendto(const std::string& data, const Value& address) {
  check_open();
  detail::SocketAddress a = detail::to_kernel_address(family_, address, "sendto");
  ssize_t n = ::sendto(fd_, data.data(), data.size(), MSG_NOSIGNAL | MSG_DONTWAIT, a.get(), a.length);
  if (n < 0) {
    if (errno == EAGAIN && blocking_) throw WouldWait{};
    raise_os_error(errno);
  }
  return static_cast<std::size_t>(n);
}

std::pair<std::string, Value> Socket::recvfrom(std::size_t n) {
  check_open();
  char* buf = read_scratch(n);
  sockaddr_storage from{};
  socklen_t length = sizeof from;
  ssize_t got = ::recvfrom(fd_, buf, n, MSG_DONTWAIT, reinterpret_cast<sockaddr*>(&from), &length);
  if (got < 0) {
    if (errno == EAGAIN && blocking_) throw WouldWait{};
    raise_os_error(errno);
  }
  // CPython makes no address of an empty one.
  Value address = length == 0 ? Value(None) : detail::from_kernel_address(from, length);
  return {std::string(buf, static_cast<std::size_t>(got)), std::move(address)};
}

void Socket::shutdown(int how) {
  check_open();
  if (::shutdown(fd_, how) != 0) raise_os_error(errno);
}

void Socket::bind(const Value& address) {
  check_open();
  detail::SocketAddress a = detail::to_kernel_address(family_, address, "bind");
  if (::bind(fd_, a.get(), a.length) != 0) raise_os_error(errno);
}

void Socket::listen(int backlog) {
  check_open();
  if (::listen(fd_, backlog) != 0) raise_os_error(errno);
}

std::pair<SocketPtr, Value> Socket::accept() {
  check_open();
  sockaddr_storage peer{};
  socklen_t length = sizeof peer;
  int fd = ::accept4(fd_, reinterpret_cast<sockaddr*>(&peer), &length, SOCK_CLOEXEC | SOCK_NONBLOCK);
  if (fd < 0) {
    if (errno == EAGAIN && blocking_) throw WouldWait{};
    raise_os_error(errno);
  }
  // As CPython's accept, the connection reports the listener's proto.
  return {made(fd, family_, type_, proto_), detail::from_kernel_address(peer, length)};
}

// A blocking connect waits for the kernel: on loopback the handshake is the
// kernel's own work, done within moments, so this cannot hang the run.
void Socket::connect(const Value& address) {
  check_open();
  detail::SocketAddress a = detail::to_kernel_address(family_, address, "connect");
  if (::connect(fd_, a.get(), a.length) == 0) return;
  int err = errno;
  if (err == EINPROGRESS && blocking_) {
    pollfd p{fd_, POLLOUT, 0};
    if (::poll(&p, 1, 30'000) != 1) throw WouldWait{};
    err = pending_error();
    if (err == 0) return;
  } else if (err == EAGAIN && blocking_) {
    throw WouldWait{};
  }
  raise_os_error(err);
}

void Socket::set_tcp_nodelay() {
  check_open();
  const int on = 1;
  if (::setsockopt(fd_, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on) != 0) raise_os_error(errno);
}

int Socket::pending_error() const {
  check_open();
  int err = 0;
  socklen_t length = sizeof err;
  if (::getsockopt(fd_, SOL_SOCKET, SO_ERROR, &err, &length) != 0) raise_os_error(errno);
  return err;
}

Value Socket::getsockname() const {
  check_open();
  sockaddr_storage storage{};
  socklen_t length = sizeof storage;
  if (::getsockname(fd_, reinterpret_cast<sockaddr*>(&storage), &length) != 0) raise_os_error(errno);
  return detail::from_kernel_address(storage, length);
}

Value Socket::getpeername() const {
  check_open();
  sockaddr_storage storage{};
  socklen_t length = sizeof storage;
  if (::getpeername(fd_, reinterpret_cast<sockaddr*>(&storage), &length) != 0) raise_os_error(errno);
  return detail::from_kernel_address(storage, length);
}

void Socket::close() {
  if (fd_ >= 0) ::close(std::exchange(fd_, -1));
}

}  // namespace loopspec
