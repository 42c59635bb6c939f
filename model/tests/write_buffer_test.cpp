// The stream transport's write buffer (detail/write_buffer.hpp): what one
// send hands the kernel, and what stays (docs/outside-world.md#transports-built).
#include "loopspec/detail/write_buffer.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <memory>
#include <string>

#include "loopspec/runtime.hpp"
#include "loopspec/socket.hpp"

namespace loopspec::detail {
namespace {

BytesPtr bytes(std::string data) { return std::make_shared<Bytes>(std::move(data)); }

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

TEST(WriteBuffer, SendsThePiecesInOrderFromWhereEachWasCut) {
  RuntimeScope scope;
  Pair pair;
  WriteBuffer buffer;
  buffer.append(bytes("abcdef"), 2);
  buffer.append(bytes(""));
  buffer.append(bytes("ghi"));
  EXPECT_EQ(buffer.size(), 7u);
  EXPECT_EQ(buffer.send(*pair.ends.first, WriteBuffer::kMaxPieces), 7u);
  EXPECT_TRUE(buffer.empty());
  EXPECT_EQ(pair.read_all(), "cdefghi");
}

TEST(WriteBuffer, KeepsWhatTheKernelDidNotTakeAndSendsItNext) {
  RuntimeScope scope;
  Pair pair;
  WriteBuffer buffer;
  const std::string big(4 << 20, 'x');  // more than a socketpair buffers
  buffer.append(bytes(big));
  buffer.append(bytes("tail"));
  const std::size_t first = buffer.send(*pair.ends.first, WriteBuffer::kMaxPieces);
  ASSERT_LT(first, big.size());
  EXPECT_EQ(buffer.size(), big.size() + 4 - first);
  std::string got = pair.read_all();
  while (!buffer.empty()) {
    buffer.send(*pair.ends.first, WriteBuffer::kMaxPieces);
    got += pair.read_all();
  }
  EXPECT_EQ(got, big + "tail");
}

// 3.12 sends at most IOV_MAX pieces at once; 3.11 its whole buffer.
TEST(WriteBuffer, SendsAtMostMaxPiecesUnlessAskedForAll) {
  RuntimeScope scope;
  Pair pair;
  WriteBuffer buffer;
  for (int i = 0; i < 1500; ++i) buffer.append(bytes("y"));
  EXPECT_EQ(buffer.send(*pair.ends.first, WriteBuffer::kMaxPieces), WriteBuffer::kMaxPieces);
  EXPECT_EQ(buffer.size(), 1500u - WriteBuffer::kMaxPieces);
  for (int i = 0; i < 1500; ++i) buffer.append(bytes("z"));
  EXPECT_EQ(buffer.send(*pair.ends.first, SIZE_MAX), 1500u - WriteBuffer::kMaxPieces + 1500u);
  EXPECT_TRUE(buffer.empty());
  EXPECT_EQ(pair.read_all(), std::string(1500, 'y') + std::string(1500, 'z'));
}

TEST(WriteBuffer, AFailedSendDropsNothing) {
  RuntimeScope scope;
  Pair pair;
  WriteBuffer buffer;
  buffer.append(bytes("kept"));
  pair.ends.first->close();
  EXPECT_THROW(buffer.send(*pair.ends.first, WriteBuffer::kMaxPieces), PyError);
  EXPECT_EQ(buffer.size(), 4u);
}

}  // namespace
}  // namespace loopspec::detail
