#include "loopspec/detail/write_buffer.hpp"

#include <algorithm>
#include <memory>
#include <string>
#include <utility>

namespace loopspec::detail {

void WriteBuffer::append(std::span<const BytesPtr> pieces, std::size_t skip) {
  for (const BytesPtr& piece : pieces) {
    std::string_view rest = piece->data;
    const std::size_t skipped = std::min(skip, rest.size());
    rest.remove_prefix(skipped);
    skip -= skipped;
    if (rest.empty()) continue;
    size_ += rest.size();
    pieces_.push_back({piece, rest});
  }
}

void WriteBuffer::append_each(std::span<const BytesPtr> pieces) {
  for (const BytesPtr& piece : pieces) {
    size_ += piece->data.size();
    pieces_.push_back({piece, piece->data});
  }
}

std::size_t WriteBuffer::send(Socket& sock, Extent extent) {
  if (extent == Extent::Whole && pieces_.size() > kMaxPieces) join_all();
  const std::size_t count = std::min(pieces_.size(), kMaxPieces);
  views_.clear();
  for (std::size_t i = 0; i < count; ++i) views_.push_back(pieces_[i].rest);
  const std::size_t sent = sock.send(std::span<const std::string_view>(views_));
  consume(sent);
  return sent;
}

void WriteBuffer::clear() {
  pieces_.clear();
  size_ = 0;
}

void WriteBuffer::consume(std::size_t n) {
  size_ -= n;
  while (n > 0) {
    Piece& front = pieces_.front();
    if (front.rest.size() > n) {
      front.rest.remove_prefix(n);
      return;
    }
    n -= front.rest.size();
    pieces_.pop_front();
  }
}

void WriteBuffer::join_all() {
  std::string joined;
  joined.reserve(size_);
  for (const Piece& piece : pieces_) joined += piece.rest;
  clear();
  const BytesPtr one = std::make_shared<Bytes>(std::move(joined));
  append(std::span(&one, 1));
}

}  // namespace loopspec::detail
