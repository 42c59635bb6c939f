// The stream transport's write buffer (detail/write_buffer.hpp): what one
// send hands the kernel, and what stays (docs/outside-world.md#transports-built).
#include "loopspec/detail/write_buffer.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "loopspec/runtime.hpp"
#include "loopspec/socket.hpp"

namespace loopspec::detail {
namespace {

BytesPtr bytes(std::string data) { return std::make_shared<Bytes>(std::move(data)); }

void append(WriteBuffer& buffer, std::string data) {
  const BytesPtr piece = bytes(std::move(data));
  buffer.append(std::span(&piece, 1));
}

/// A connected pair, the reading end non-blocking.
struct Pair {
  Pair() : ends(Socket::pair()) { ends.second->set_blocking(false); }
  std::string read_all() {
    std::string got;
    try {
      for (;;) {
        std::string chunk = ends.second->recv(65536);
        if (chunk.empty()) break;
        got += chunk;
      }
    } catch (const PyError&) {  // BlockingIOError: nothing more waits
    }
    return got;
  }
  std::pair<SocketPtr, SocketPtr> ends;
};

TEST(WriteBuffer, AppendsThePiecesLessWhatASendTook) {
  RuntimeScope scope;
  Pair pair;
  WriteBuffer buffer;
  const std::vector<BytesPtr> pieces{bytes("ab"), bytes(""), bytes("cdef"), bytes("g")};
  buffer.append(pieces, 3);
  EXPECT_EQ(buffer.size(), 4u);
  EXPECT_EQ(buffer.send(*pair.ends.first, WriteBuffer::Extent::AtMostMaxPieces), 4u);
  EXPECT_EQ(pair.read_all(), "defg");
}

TEST(WriteBuffer, SendsThePiecesInOrderAndSkipsEmptyOnes) {
  RuntimeScope scope;
  Pair pair;
  WriteBuffer buffer;
  append(buffer, "abcdef");
  append(buffer, "");
  append(buffer, "ghi");
  EXPECT_EQ(buffer.size(), 9u);
  EXPECT_EQ(buffer.send(*pair.ends.first, WriteBuffer::Extent::AtMostMaxPieces), 9u);
  EXPECT_TRUE(buffer.empty());
  EXPECT_EQ(pair.read_all(), "abcdefghi");
}

TEST(WriteBuffer, KeepsWhatTheKernelDidNotTakeAndSendsItNext) {
  RuntimeScope scope;
  Pair pair;
  WriteBuffer buffer;
  const std::string big(4 << 20, 'x');  // more than a socketpair buffers
  append(buffer, big);
  append(buffer, "tail");
  const std::size_t first = buffer.send(*pair.ends.first, WriteBuffer::Extent::AtMostMaxPieces);
  ASSERT_LT(first, big.size());
  EXPECT_EQ(buffer.size(), big.size() + 4 - first);
  std::string got = pair.read_all();
  while (!buffer.empty()) {
    buffer.send(*pair.ends.first, WriteBuffer::Extent::AtMostMaxPieces);
    got += pair.read_all();
  }
  EXPECT_EQ(got, big + "tail");
}

// 3.12 sends at most IOV_MAX pieces at once; 3.11 its whole buffer.
TEST(WriteBuffer, SendsAtMostMaxPiecesUnlessAskedForAll) {
  RuntimeScope scope;
  Pair pair;
  WriteBuffer buffer;
  for (int i = 0; i < 1500; ++i) append(buffer, "y");
  EXPECT_EQ(buffer.send(*pair.ends.first, WriteBuffer::Extent::AtMostMaxPieces), WriteBuffer::kMaxPieces);
  EXPECT_EQ(buffer.size(), 1500u - WriteBuffer::kMaxPieces);
  for (int i = 0; i < 1500; ++i) append(buffer, "z");
  EXPECT_EQ(buffer.send(*pair.ends.first, WriteBuffer::Extent::Whole), 1500u - WriteBuffer::kMaxPieces + 1500u);
  EXPECT_TRUE(buffer.empty());
  EXPECT_EQ(pair.read_all(), std::string(1500, 'y') + std::string(1500, 'z'));
}

// 3.12's writelines keeps empty pieces: the buffer holds no bytes and is not
// empty; a send pops an empty piece only when it takes bytes past it.
TEST(WriteBuffer, AppendEachKeepsEmptyPiecesUntilASendPassesThem) {
  RuntimeScope scope;
  Pair pair;
  WriteBuffer buffer;
  const std::vector<BytesPtr> empty{bytes("")};
  buffer.append_each(empty);
  EXPECT_EQ(buffer.size(), 0u);
  EXPECT_FALSE(buffer.empty());
  EXPECT_EQ(buffer.send(*pair.ends.first, WriteBuffer::Extent::AtMostMaxPieces), 0u);
  EXPECT_FALSE(buffer.empty());
  const std::vector<BytesPtr> pieces{bytes("ab"), bytes("")};
  buffer.append_each(pieces);
  EXPECT_EQ(buffer.size(), 2u);
  EXPECT_EQ(buffer.send(*pair.ends.first, WriteBuffer::Extent::AtMostMaxPieces), 2u);
  EXPECT_EQ(pair.read_all(), "ab");
  EXPECT_FALSE(buffer.empty()) << "the trailing empty piece stays";
  append(buffer, "c");
  EXPECT_EQ(buffer.send(*pair.ends.first, WriteBuffer::Extent::AtMostMaxPieces), 1u);
  EXPECT_TRUE(buffer.empty());
  EXPECT_EQ(pair.read_all(), "c");
}

TEST(WriteBuffer, AFailedSendDropsNothing) {
  RuntimeScope scope;
  Pair pair;
  WriteBuffer buffer;
  append(buffer, "kept");
  pair.ends.first->close();
  EXPECT_THROW(buffer.send(*pair.ends.first, WriteBuffer::Extent::AtMostMaxPieces), PyError);
  EXPECT_EQ(buffer.size(), 4u);
}

}  // namespace
}  // namespace loopspec::detail
