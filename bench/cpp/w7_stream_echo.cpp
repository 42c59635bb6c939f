// W7: a stream echo over one socketpair connection (AF_UNIX), opened on each
// end with open_connection(sock=...) as bench/python/w7_stream_echo.py does.
// The client writes a message, drains, and reads the echo with readexactly;
// the server reads it with readexactly, writes it back and drains. Two
// message sizes; items are messages echoed. No floor: the floor loop has no
// I/O (bench/README.md).
#include "loops.hpp"
#include "loopspec/socket.hpp"
#include "loopspec/streams.hpp"
#include "workloads.hpp"

namespace loopspec::bench {
namespace {

constexpr std::int64_t kSmall = 64;
constexpr std::int64_t kSmallMessages = 5'000;
constexpr std::int64_t kLarge = 64 * 1024;
constexpr std::int64_t kLargeMessages = 500;

/// One end of the connection: what open_connection returned.
struct End {
  StreamReaderPtr reader;
  StreamWriterPtr writer;
};

End end_of(const Value& pair) {
  const std::vector<Value>& items = *sequence_items(pair);
  return {items[0].as<StreamReader>(), items[1].as<StreamWriter>()};
}

Coro echo_server(End end, std::int64_t size, std::int64_t n) {
  for (std::int64_t i = 0; i < n; ++i) {
    Value data = co_await end.reader->readexactly(size);
    end.writer->write(data.as<Bytes>());
    co_await end.writer->drain();
  }
  co_return None;
}

Coro echo_client(End end, BytesPtr message, std::int64_t n) {
  const auto size = static_cast<std::int64_t>(message->data.size());
  for (std::int64_t i = 0; i < n; ++i) {
    end.writer->write(message);
    co_await end.writer->drain();
    co_await end.reader->readexactly(size);
  }
  co_return None;
}

Coro close_end(End end) {
  end.writer->close();
  co_await end.writer->wait_closed();
  co_return None;
}

Coro echo_main(EventLoop* loop, std::int64_t size, std::int64_t n) {
  std::pair<SocketPtr, SocketPtr> socks = Socket::pair();
  Value client_pair = co_await open_connection(socks.first, kDefaultStreamLimit);
  Value server_pair = co_await open_connection(socks.second, kDefaultStreamLimit);
  End client = end_of(client_pair);
  End server = end_of(server_pair);
  TaskPtr serving = loop->create_task(echo_server(server, size, n));
  co_await echo_client(client, std::make_shared<Bytes>(std::string(static_cast<std::size_t>(size), 'x')), n);
  co_await serving;
  co_await close_end(client);
  co_await close_end(server);
  co_return None;
}

template <std::int64_t Size, std::int64_t Messages>
std::int64_t stream_echo(EventLoop& loop) {
  loop.run_until_complete(Value(echo_main(&loop, Size, Messages).object()));
  return Messages;
}

}  // namespace

void register_stream_echo() {
  register_workload("W7_stream_echo_64B", stream_echo<kSmall, kSmallMessages>);
  register_workload("W7_stream_echo_64KiB", stream_echo<kLarge, kLargeMessages>);
}

}  // namespace loopspec::bench
