// The loop's registrations of descriptors (detail/io_selector.hpp).
#include "loopspec/detail/io_selector.hpp"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <stdexcept>
#include <system_error>
#include <utility>

namespace loopspec::detail {

HandlePtr IoSelector::set(int fd, HandlePtr h, HandlePtr Key::*slot) {
  auto [it, added] = keys_.try_emplace(fd, Key{registrations_, nullptr, nullptr});
  if (added) ++registrations_;
  return std::exchange(it->second.*slot, std::move(h));
}

std::vector<IoSelector::Watch> IoSelector::watches() const {
  std::vector<Watch> out;
  out.reserve(keys_.size());
  for (const auto& [fd, key] : keys_) out.push_back(Watch{fd, key.order, key.reader != nullptr, key.writer != nullptr});
  return out;
}

HandlePtr IoSelector::take(int fd, HandlePtr Key::*slot, bool* known) {
  auto it = keys_.find(fd);
  if (known) *known = it != keys_.end();
  if (it == keys_.end()) return nullptr;
  HandlePtr h = std::exchange(it->second.*slot, nullptr);
  if (!it->second.reader && !it->second.writer) keys_.erase(it);
  return h;
}

// poll(2), reading its answers as select(2) would: a descriptor is readable
// on data, end of file or an error, writable when it can take data or has an
// error, and the write set doubling as SelectSelector's exception set adds
// urgent data (POLLPRI). Unlike select(2) it has no FD_SETSIZE bound.
std::vector<IoSelector::Event> IoSelector::poll() const {
  std::vector<pollfd> fds;
  fds.reserve(keys_.size());
  for (const auto& [fd, key] : keys_) {
    short events = static_cast<short>((key.reader ? POLLIN : 0) | (key.writer ? POLLOUT | POLLPRI : 0));
    fds.push_back(pollfd{fd, events, 0});
  }
  if (::poll(fds.data(), fds.size(), 0) < 0) throw std::system_error(errno, std::generic_category(), "poll");
  std::vector<std::pair<std::uint64_t, Event>> found;
  auto fd_it = fds.begin();
  for (const auto& [fd, key] : keys_) {
    const short got = (fd_it++)->revents;
    // SelectSelector fails on a closed descriptor (EBADF).
    if (got & POLLNVAL) throw std::system_error(EBADF, std::generic_category(), "select");
    bool r = key.reader && (got & (POLLIN | POLLHUP | POLLERR));
    bool w = key.writer && (got & (POLLOUT | POLLERR | POLLPRI));
    if (r || w) found.push_back({key.order, Event{fd, r ? key.reader : nullptr, w ? key.writer : nullptr}});
  }
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<Event> events;
  events.reserve(found.size());
  for (auto& [order, e] : found) events.push_back(std::move(e));
  return events;
}

namespace {

/// Whether the kernel may still be working for `fd` on loopback: a TCP
/// socket whose handshake is under way, or which has sent bytes its peer
/// has not yet acknowledged (a peer whose buffer is full acknowledges
/// nothing more, so a blocked writer is not in flight).
bool in_flight(int fd) {
  int protocol = 0;
  socklen_t length = sizeof protocol;
  if (::getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, &protocol, &length) != 0 || protocol != IPPROTO_TCP) return false;
  tcp_info info{};
  length = sizeof info;
  if (::getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &length) != 0) return false;
  if (info.tcpi_state == TCP_SYN_SENT || info.tcpi_state == TCP_SYN_RECV) return true;
  return info.tcpi_state != TCP_LISTEN && info.tcpi_unacked > 0;
}

}  // namespace

std::vector<pollfd> IoSelector::wait_set() const {
  std::vector<pollfd> fds;
  for (const auto& [fd, key] : keys_) {
    short events = static_cast<short>((key.reader ? POLLIN : 0) | (key.writer ? POLLOUT : 0));
    fds.push_back(pollfd{fd, events, 0});
  }
  return fds;
}

bool IoSelector::wait_for_any(std::chrono::milliseconds timeout) const {
  std::vector<pollfd> fds = wait_set();
  return ::poll(fds.data(), fds.size(), static_cast<int>(timeout.count())) > 0;
}

bool IoSelector::wait_while_in_flight() const {
  using Clock = std::chrono::steady_clock;
  const auto give_up = Clock::now() + std::chrono::seconds(30);
  std::vector<pollfd> fds = wait_set();
  for (;;) {
    if (std::none_of(fds.begin(), fds.end(), [](const pollfd& p) { return in_flight(p.fd); })) return false;
    if (::poll(fds.data(), fds.size(), /*milliseconds=*/1) > 0) return true;
    if (Clock::now() > give_up) throw std::runtime_error("loopback work still in flight after 30 s of waiting");
  }
}

}  // namespace loopspec::detail
