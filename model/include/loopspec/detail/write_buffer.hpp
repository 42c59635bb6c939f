// The bytes a stream transport holds until the kernel takes them
// (docs/outside-world.md#transports-built).
#pragma once

#include <cstddef>
#include <deque>
#include <span>
#include <string_view>
#include <vector>

#include "loopspec/socket.hpp"
#include "loopspec/value.hpp"

namespace loopspec::detail {

/// The written bytes objects themselves, each with the part the kernel has
/// not taken, as 3.12's deque of memoryviews; 3.11's bytearray holds copies,
/// which no trace can tell apart. Bytes are immutable, so holding them is
/// safe, and a big write costs no copy: copying 1 MiB into fresh pages was
/// most of a real-clock scenario's time on our machines.
/// Invariant: size() is the sum of the pieces, and a piece is empty only
/// when 3.12's writelines put it there as given (append_each).
class WriteBuffer {
 public:
  /// Linux's IOV_MAX, which 3.12's transport reads as SC_IOV_MAX: the most
  /// pieces one sendmsg(2) takes.
  static constexpr std::size_t kMaxPieces = 1024;
  /// What one send offers the kernel: the whole buffer (3.11's bytearray),
  /// or at most kMaxPieces pieces (3.12's sendmsg).
  enum class Extent { Whole, AtMostMaxPieces };

  /// Appends the pieces, less their first `skip` bytes in all (what a
  /// send of them took); empty ones are left out.
  void append(std::span<const BytesPtr> pieces, std::size_t skip = 0);
  /// 3.12's writelines: every piece as given, empty ones too. An empty piece
  /// keeps the buffer non-empty, as it keeps 3.12's deque truthy, until a
  /// send takes more bytes than the pieces before it hold; a send of it alone
  /// takes nothing (docs/versions.md#socket-transport-writelines).
  void append_each(std::span<const BytesPtr> pieces);
  /// One send of `extent` (a whole buffer of more than kMaxPieces pieces is
  /// first joined into one), dropping what the kernel took: the count sent.
  /// Raises what the send raises, with nothing dropped.
  std::size_t send(Socket& sock, Extent extent);
  std::size_t size() const { return size_; }
  /// No pieces (3.12's `not self._buffer`), not merely no bytes.
  bool empty() const { return pieces_.empty(); }
  void clear();

 private:
  struct Piece {
    BytesPtr owner;
    std::string_view rest;  // the part of owner->data not yet sent
  };
  void consume(std::size_t n);
  void join_all();

  std::deque<Piece> pieces_;
  std::size_t size_ = 0;
  std::vector<std::string_view> views_;  // send()'s scratch, kept for its capacity
};

}  // namespace loopspec::detail
