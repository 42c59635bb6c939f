// Issue 15's stress run (not timed): a thousand concurrent stream
// connections on loopback, each echoing 1 MiB, on the libuv loop on the real
// clock. Every byte must come back in order, and no descriptor may be left
// open afterwards.
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "loopspec/libuv_loop.hpp"
#include "loopspec/loopspec.hpp"
#include "loopspec/streams.hpp"
#include "loopspec/tasks.hpp"

namespace loopspec::testing {
namespace {

constexpr int kConnections = 1000;
constexpr std::int64_t kBytesEach = 1 << 20;
constexpr std::int64_t kChunk = 64 * 1024;

std::size_t open_descriptors() {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator("/proc/self/fd")) ++n;
  return n;
}

/// What client `id` sends: a pattern that differs between clients and
/// between chunks, so that a byte from another connection or out of order
/// shows.
std::string chunk_of(int id, std::int64_t offset) {
  std::string chunk(kChunk, '\0');
  for (std::int64_t i = 0; i < kChunk; ++i) chunk[i] = static_cast<char>((id * 131 + (offset + i) * 7) % 251);
  return chunk;
}

/// The server's side of a connection: echoes until end of file, then closes.
Coro echo(StreamReaderPtr reader, StreamWriterPtr writer) {
  for (;;) {
    Value data = co_await reader->read(kChunk);
    BytesPtr bytes = data.as<Bytes>();
    if (bytes->data.empty()) break;
    writer->write(std::move(bytes));
    co_await writer->drain();
  }
  writer->close();
  co_await writer->wait_closed();
  co_return None;
}

Coro send_all(int id, StreamWriterPtr writer) {
  for (std::int64_t offset = 0; offset < kBytesEach; offset += kChunk) {
    writer->write(std::make_shared<Bytes>(chunk_of(id, offset)));
    co_await writer->drain();
  }
  writer->write_eof();
  co_return None;
}

/// One client: sends 1 MiB while reading the echo; counts the bytes that
/// came back as sent, and returns whether every one did.
Coro client(int id, std::string host, std::int64_t port, std::shared_ptr<std::int64_t> echoed) {
  Value pair = co_await open_connection(host, port, kDefaultStreamLimit);
  auto reader = sequence_items(pair)->at(0).as<StreamReader>();
  auto writer = sequence_items(pair)->at(1).as<StreamWriter>();
  TaskPtr sending = create_task(send_all(id, writer));
  std::string expected;
  std::int64_t got = 0;
  for (;;) {
    Value data = co_await reader->readexactly(kChunk);
    expected = chunk_of(id, got);
    if (data.as<Bytes>()->data != expected) co_return Value(false);
    got += kChunk;
    *echoed += kChunk;
    if (got == kBytesEach) break;
  }
  co_await sending;
  Value end = co_await reader->read(1);
  writer->close();
  co_await writer->wait_closed();
  co_return Value(end.as<Bytes>()->data.empty());
}

Coro thousand_echoes(std::shared_ptr<std::int64_t> echoed, std::shared_ptr<int> intact) {
  ClientConnected serve = [](const StreamReaderPtr& reader, const StreamWriterPtr& writer) {
    return Value(echo(reader, writer).object());
  };
  Value made = co_await start_server(serve, "127.0.0.1", 0, kDefaultStreamLimit, {.backlog = kConnections});
  auto server = made.as<Server>();
  const std::int64_t port = server->sockets().front()->getsockname().as<Tuple>()->items[1].as_int();
  std::vector<Value> clients;
  for (int id = 0; id < kConnections; ++id) clients.emplace_back(create_task(client(id, "127.0.0.1", port, echoed)));
  FuturePtr all = gather(clients);
  Value results = co_await all;
  for (const Value& ok : *sequence_items(results)) *intact += truthy(ok) ? 1 : 0;
  server->close();
  co_await server->wait_closed();
  co_return None;
}

TEST(Stress, AThousandEchoConnectionsLoseNoByteAndLeakNoDescriptor) {
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
  GTEST_SKIP() << "a gigabyte through the sanitizers takes minutes; the plain build runs it";
#endif
  {
    // The first libuv loop of the process opens libuv's own signal-lock
    // pipe, which stays for the life of the process: counted before.
    RuntimeScope scope;
    make_libuv_loop(Clock::Real)->close();
  }
  const std::size_t before = open_descriptors();
  auto echoed = std::make_shared<std::int64_t>(0);
  auto intact = std::make_shared<int>(0);
  {
    RuntimeScope scope;
    EventLoopPtr loop = make_libuv_loop(Clock::Real);
    loop->run_until_complete(Value(thousand_echoes(echoed, intact).object()));
    loop->close();
  }
  EXPECT_EQ(*intact, kConnections);
  EXPECT_EQ(*echoed, kConnections * kBytesEach);
  EXPECT_EQ(open_descriptors(), before);
}

}  // namespace
}  // namespace loopspec::testing
