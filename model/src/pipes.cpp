// The loop's pipe connections: connect_read_pipe and connect_write_pipe
// (base_events and unix_events; docs/outside-world.md#pipes-built).
#include <memory>
#include <utility>
#include <vector>

#include "loopspec/event_loop.hpp"

namespace loopspec {
namespace {

/// What both connect_*_pipe coroutines do once the transport exists: wait
/// for connection_made, closing the transport if the wait is cancelled.
template <class TransportPtr>
Coro connected_pipe(FuturePtr waiter, TransportPtr transport, Value protocol) {
  try {
    co_await waiter;
  } catch (...) {
    transport->close();
    throw;
  }
  co_return Value(std::make_shared<Tuple>(std::vector<Value>{Value(transport), std::move(protocol)}));
}

}  // namespace

Coro EventLoop::connect_read_pipe(ReadPipeProtocolFactory protocol_factory, FileIOPtr pipe) {
  ReadPipeProtocolPtr protocol = protocol_factory();
  FuturePtr waiter = create_future();
  auto transport = ReadPipeTransport::launch(std::make_shared<ReadPipeTransport>(*this, std::move(pipe), protocol), waiter);
  Value made = co_await connected_pipe(std::move(waiter), std::move(transport), protocol->value());
  co_return made;
}

Coro EventLoop::connect_write_pipe(WritePipeProtocolFactory protocol_factory, FileIOPtr pipe) {
  WritePipeProtocolPtr protocol = protocol_factory();
  FuturePtr waiter = create_future();
  auto transport =
      WritePipeTransport::launch(std::make_shared<WritePipeTransport>(*this, std::move(pipe), protocol), waiter);
  Value made = co_await connected_pipe(std::move(waiter), std::move(transport), protocol->value());
  co_return made;
}

}  // namespace loopspec
