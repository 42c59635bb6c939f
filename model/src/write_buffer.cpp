#include "loopspec/detail/write_buffer.hpp"

#include <algorithm>
#include <memory>
#include <string>
#include <utility>

namespace loopspec::detail {

void WriteBuffer::append(BytesPtr data, std::size_t offset) {
  std::string_view rest = std::string_view(data->data).substr(offset);
  if (rest.empty()) return;
  size_ += rest.size();
  pieces_.push_back({std::move(data), rest});
}

void WriteBuffer::append(WriteBuffer&& other) {
  for (Piece& piece : other.pieces_) pieces_.push_back(std::move(piece));
  size_ += other.size_;
  other.clear();
}

std::size_t WriteBuffer::send(Socket& sock, std::size_t max_pieces) {
  if (max_pieces >= pieces_.size() && pieces_.size() > kMaxPieces) join_all();
  const std::size_t count = std::min({pieces_.size(), max_pieces, kMaxPieces});
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
  append(std::make_shared<Bytes>(std::move(joined)));
}

}  // namespace loopspec::detail
