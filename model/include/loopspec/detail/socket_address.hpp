// Socket addresses as the program writes them (docs/outside-world.md#listening-built):
// `(host, port)` for AF_INET, a path for AF_UNIX; and back from the kernel's.
#pragma once

#include <sys/socket.h>

#include "loopspec/value.hpp"

namespace loopspec::detail {

struct SocketAddress {
  sockaddr_storage storage{};
  socklen_t length = 0;
  const sockaddr* get() const { return reinterpret_cast<const sockaddr*>(&storage); }
};

/// The kernel's form of `address` for a socket of `family`: TypeError for
/// the wrong shape (as CPython's getsockaddrarg), OSError for a host that
/// is not a dotted IPv4 address (the scenario language resolves no names).
SocketAddress to_kernel_address(int family, const Value& address);
/// The program's form: `("a.b.c.d", port)`, or the path ('' when unbound).
Value from_kernel_address(const sockaddr_storage& storage, socklen_t length);

}  // namespace loopspec::detail
