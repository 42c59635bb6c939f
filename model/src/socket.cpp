// A socket of the scenario (socket.hpp).
#include "loopspec/socket.hpp"

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

#include "loopspec/exceptions.hpp"
#include "loopspec/reprs.hpp"
#include "loopspec/runtime.hpp"

namespace loopspec {

void raise_os_error(int err) {
  const ExceptionType* type = &exc::OSError;
  switch (err) {
    case EAGAIN: type = &exc::BlockingIOError; break;
    case EPIPE: type = &exc::BrokenPipeError; break;
    case ECONNRESET: type = &exc::ConnectionResetError; break;
    default: break;
  }
  throw PyError(new_exception(*type, {Value(static_cast<std::int64_t>(err)), Value(std::string(std::strerror(err)))}));
}

bool would_block(const PyError& e) { return e.exception()->is_instance_of(exc::BlockingIOError); }

std::pair<SocketPtr, SocketPtr> Socket::pair() {
  int fds[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) raise_os_error(errno);
  return {SocketPtr(new Socket(fds[0])), SocketPtr(new Socket(fds[1]))};
}

Socket::~Socket() { close(); }

std::string Socket::python_repr() const {
  if (const ReprHooks* hooks = Runtime::current().repr_hooks) {
    hooks->unpinnable("a socket (`<socket.socket fd=...>`, a descriptor number)");
  }
  return "<socket.socket>";
}

void Socket::set_blocking(bool flag) {
  if (fd_ < 0) raise_os_error(EBADF);
  blocking_ = flag;
}

// The descriptor itself stays non-blocking: a blocking socket's call that
// would wait is reported instead of hanging the run.
std::size_t Socket::send(const std::string& data) {
  if (fd_ < 0) raise_os_error(EBADF);
  ssize_t n = ::send(fd_, data.data(), data.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
  if (n < 0) {
    if (errno == EAGAIN && blocking_) throw WouldWait{};
    raise_os_error(errno);
  }
  return static_cast<std::size_t>(n);
}

std::string Socket::recv(std::size_t n) {
  if (fd_ < 0) raise_os_error(EBADF);
  std::string buf(n, '\0');
  ssize_t got = ::recv(fd_, buf.data(), n, MSG_DONTWAIT);
  if (got < 0) {
    if (errno == EAGAIN && blocking_) throw WouldWait{};
    raise_os_error(errno);
  }
  buf.resize(static_cast<std::size_t>(got));
  return buf;
}

void Socket::shutdown(int how) {
  if (fd_ < 0) raise_os_error(EBADF);
  if (::shutdown(fd_, how) != 0) raise_os_error(errno);
}

void Socket::close() {
  if (fd_ >= 0) ::close(std::exchange(fd_, -1));
}

}  // namespace loopspec
