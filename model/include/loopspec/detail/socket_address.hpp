// Socket addresses as the program writes them (docs/outside-world.md#listening-built):
// `(host, port)` for AF_INET, a path for AF_UNIX; and back from the kernel's.
#pragma once

#include <sys/socket.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "loopspec/value.hpp"

namespace loopspec::detail {

struct SocketAddress {
  sockaddr_storage storage{};
  socklen_t length = 0;
  const sockaddr* get() const { return reinterpret_cast<const sockaddr*>(&storage); }
};

/// The kernel's form of `address` for a socket of `family`: TypeError for
/// the wrong shape (as CPython's getsockaddrarg, whose messages name the
/// socket method `caller`), OSError for a host that is not a dotted IPv4
/// address (the scenario language resolves no names).
SocketAddress to_kernel_address(int family, const Value& address, std::string_view caller);
/// The program's form: `("a.b.c.d", port)`, or the path ('' when unbound).
Value from_kernel_address(const sockaddr_storage& storage, socklen_t length);
/// A stale socket file left at `path` goes (create_unix_server, and
/// create_datagram_endpoint's Unix local_addr), so that a path can be
/// bound again.
void remove_stale_socket(const std::string& path);
/// The inode of the file at `path`; none when there is no file.
std::optional<std::uint64_t> socket_file_inode(const std::string& path);
/// Unlinks `path`; a file already gone is no error.
void remove_socket_file(const std::string& path);

}  // namespace loopspec::detail
