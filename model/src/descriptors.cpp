// os.pipe, os.read, os.write and os.close on the program's own descriptors
// (descriptors.hpp).
#include "loopspec/descriptors.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <ctime>

#include "loopspec/socket.hpp"

namespace loopspec {
namespace {

constexpr std::size_t kLargestPipe = 1024 * 1024;

bool is_blocking(int fd) { return (::fcntl(fd, F_GETFL) & O_NONBLOCK) == 0; }

bool readable_now(int fd) {
  pollfd p{fd, POLLIN, 0};
  return ::poll(&p, 1, 0) > 0;
}

/// Whether a blocking write of `n` bytes would wait: the pipe has room for
/// fewer (a pipe's write is all or wait) and a reader is still there.
bool write_would_wait(int fd, std::size_t n) {
  pollfd p{fd, POLLOUT, 0};
  if (::poll(&p, 1, 0) > 0 && (p.revents & POLLERR)) return false;  // no reader: EPIPE at once
  int queued = 0;
  const int capacity = ::fcntl(fd, F_GETPIPE_SZ);
  if (capacity < 0 || ::ioctl(fd, FIONREAD, &queued) != 0) return false;  // not a pipe
  return n > static_cast<std::size_t>(capacity - queued);
}

/// write(2) without the SIGPIPE a closed pipe sends (CPython ignores the
/// signal; the model must not set a process-wide disposition for it): the
/// signal is blocked in this thread and a pending one taken back.
ssize_t write_without_sigpipe(int fd, std::string_view data) {
  sigset_t pipe_only, previous;
  sigemptyset(&pipe_only);
  sigaddset(&pipe_only, SIGPIPE);
  ::pthread_sigmask(SIG_BLOCK, &pipe_only, &previous);
  const ssize_t n = ::write(fd, data.data(), data.size());
  const int err = errno;
  if (n < 0 && err == EPIPE) {
    const timespec now{0, 0};
    ::sigtimedwait(&pipe_only, nullptr, &now);
  }
  ::pthread_sigmask(SIG_SETMASK, &previous, nullptr);
  errno = err;
  return n;
}

}  // namespace

std::pair<int, int> Descriptors::pipe() {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) raise_os_error(errno);
  open_.insert(fds[0]);
  open_.insert(fds[1]);
  return {fds[0], fds[1]};
}

void Descriptors::check_open(int fd) const {
  if (!is_open(fd)) raise_os_error(EBADF);
}

std::string Descriptors::read(int fd, std::size_t n) {
  check_open(fd);
  if (is_blocking(fd) && !readable_now(fd)) throw WouldWait{};
  // One read of a pipe returns at most what the pipe holds, never more
  // than Linux's largest pipe (pipe-max-size, 1 MiB by default): a larger
  // `n` changes nothing but the buffer it would allocate.
  n = std::min(n, kLargestPipe);
  std::string data(n, '\0');
  const ssize_t got = ::read(fd, data.data(), n);
  if (got < 0) raise_os_error(errno);
  data.resize(static_cast<std::size_t>(got));
  return data;
}

std::size_t Descriptors::write(int fd, std::string_view data) {
  check_open(fd);
  if (is_blocking(fd) && write_would_wait(fd, data.size())) throw WouldWait{};
  const ssize_t n = write_without_sigpipe(fd, data);
  if (n < 0) raise_os_error(errno);
  return static_cast<std::size_t>(n);
}

void Descriptors::set_blocking(int fd, bool blocking) {
  check_open(fd);
  const int flags = ::fcntl(fd, F_GETFL);
  if (flags < 0 || ::fcntl(fd, F_SETFL, blocking ? flags & ~O_NONBLOCK : flags | O_NONBLOCK) != 0) {
    raise_os_error(errno);
  }
}

void Descriptors::close(int fd) {
  check_open(fd);
  open_.erase(fd);
  ::close(fd);
}

void Descriptors::close_all() {
  for (int fd : open_) ::close(fd);
  open_.clear();
}

}  // namespace loopspec
