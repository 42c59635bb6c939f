// Socket addresses (detail/socket_address.hpp).
#include "loopspec/detail/socket_address.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "loopspec/exceptions.hpp"
#include "loopspec/socket.hpp"

namespace loopspec::detail {
namespace {

SocketAddress inet_address(const Value& address, std::string_view caller) {
  auto pair = address.as<Tuple>();
  if (!pair) raise(exc::TypeError, std::string(caller) + "(): AF_INET address must be tuple, not " + type_name(address));
  if (pair->items.size() != 2) raise(exc::TypeError, "AF_INET address must be a pair (host, port)");
  if (!pair->items[0].is_str() || !pair->items[1].is_int()) {
    raise(exc::TypeError, std::string(caller) + "(): AF_INET address must be tuple, not " + type_name(address));
  }
  std::int64_t port = pair->items[1].as_int();
  if (port < 0 || port > 65535) raise(exc::OverflowError, "getsockaddrarg: port must be 0-65535.");
  SocketAddress out;
  auto* in = reinterpret_cast<sockaddr_in*>(&out.storage);
  in->sin_family = AF_INET;
  in->sin_port = htons(static_cast<std::uint16_t>(port));
  // CPython would resolve a name here; the language has only numeric hosts.
  if (::inet_pton(AF_INET, pair->items[0].as_str().c_str(), &in->sin_addr) != 1) raise_os_error(EINVAL);
  out.length = sizeof(sockaddr_in);
  return out;
}

SocketAddress unix_address(const Value& address) {
  if (!address.is_str()) raise(exc::TypeError, "a bytes-like object is required, not '" + type_name(address) + "'");
  const std::string& path = address.as_str();
  SocketAddress out;
  auto* un = reinterpret_cast<sockaddr_un*>(&out.storage);
  if (path.size() >= sizeof(un->sun_path)) raise(exc::OSError, "AF_UNIX path too long");
  un->sun_family = AF_UNIX;
  std::memcpy(un->sun_path, path.data(), path.size());
  out.length = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + path.size() + 1);
  return out;
}

}  // namespace

SocketAddress to_kernel_address(int family, const Value& address, std::string_view caller) {
  return family == AF_INET ? inet_address(address, caller) : unix_address(address);
}

Value from_kernel_address(const sockaddr_storage& storage, socklen_t length) {
  if (storage.ss_family == AF_INET) {
    const auto* in = reinterpret_cast<const sockaddr_in*>(&storage);
    char host[INET_ADDRSTRLEN] = {};
    ::inet_ntop(AF_INET, &in->sin_addr, host, sizeof host);
    return Value(std::make_shared<Tuple>(
        std::vector<Value>{Value(std::string(host)), Value(static_cast<std::int64_t>(ntohs(in->sin_port)))}));
  }
  const auto* un = reinterpret_cast<const sockaddr_un*>(&storage);
  std::size_t n = length > offsetof(sockaddr_un, sun_path) ? length - offsetof(sockaddr_un, sun_path) : 0;
  return Value(std::string(un->sun_path, ::strnlen(un->sun_path, n)));
}

void remove_stale_socket(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0 && S_ISSOCK(st.st_mode)) ::unlink(path.c_str());
}

std::optional<std::uint64_t> socket_file_inode(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return std::nullopt;
  return static_cast<std::uint64_t>(st.st_ino);
}

void remove_socket_file(const std::string& path) { ::unlink(path.c_str()); }

}  // namespace loopspec::detail
