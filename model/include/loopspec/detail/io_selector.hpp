// The loop's registrations of descriptors: CPython's selector, with the
// (reader, writer) pair each key carries, and the poll of select's step 2
// (docs/outside-world.md#select).
#pragma once

#include <chrono>
#include <cstdint>
#include <poll.h>

#include <map>
#include <vector>

#include "loopspec/handle.hpp"

namespace loopspec::detail {

class IoSelector {
 public:
  /// What a poll found on one descriptor: its reader when readable, its
  /// writer when writable (null otherwise).
  struct Event {
    int fd;
    HandlePtr reader, writer;
  };

  /// Sets the reader (writer) of `fd`, registering it if it was not;
  /// returns the one it replaces.
  HandlePtr set_reader(int fd, HandlePtr h) { return set(fd, std::move(h), &Key::reader); }
  HandlePtr set_writer(int fd, HandlePtr h) { return set(fd, std::move(h), &Key::writer); }
  /// Removes the reader (writer) of a registered `fd`, unregistering it when
  /// it has neither left; returns it (null when there was none). `known`
  /// tells whether `fd` was registered at all.
  HandlePtr take_reader(int fd, bool* known = nullptr) { return take(fd, &Key::reader, known); }
  HandlePtr take_writer(int fd, bool* known = nullptr) { return take(fd, &Key::writer, known); }
  bool empty() const { return keys_.empty(); }
  /// One registration as a wait watches it: `order` is new for each
  /// registration, so a descriptor number reused by a new socket is a new watch.
  struct Watch {
    int fd;
    std::uint64_t order;
    bool readable, writable;
  };
  std::vector<Watch> watches() const;
  void clear() { keys_.clear(); }

  /// Polls every registered descriptor without waiting (poll(2), its
  /// answers read as CPython's SelectSelector reads select(2)'s, with no
  /// bound on descriptor numbers): the events in the canonical order, by when
  /// each descriptor was registered (a descriptor unregistered and
  /// registered again is new, since closed numbers are reused).
  std::vector<Event> poll() const;
  /// Step 3's real-time wait (docs/outside-world.md#loopback-in-flight):
  /// while the kernel may still have loopback work in flight for a
  /// registered TCP socket (a handshake under way, or bytes sent but not yet
  /// acknowledged), waits for a descriptor to become ready. Whether one did;
  /// std::runtime_error after 30 s of waiting.
  bool wait_while_in_flight() const;
  /// Waits up to `timeout` for a registered descriptor to become ready;
  /// whether one did.
  bool wait_for_any(std::chrono::milliseconds timeout) const;

 private:
  struct Key {
    std::uint64_t order;
    HandlePtr reader, writer;
  };
  HandlePtr set(int fd, HandlePtr h, HandlePtr Key::*slot);
  HandlePtr take(int fd, HandlePtr Key::*slot, bool* known);
  /// One pollfd per registration, for a wait (not a poll: no POLLPRI).
  std::vector<pollfd> wait_set() const;

  std::map<int, Key> keys_;
  std::uint64_t registrations_ = 0;
};

}  // namespace loopspec::detail
