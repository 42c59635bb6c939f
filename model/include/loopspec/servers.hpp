// asyncio.Server (base_events.Server, 3.11): listening sockets, the
// connections they accepted, and the waiters of wait_closed
// (docs/outside-world.md#listening-built).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "loopspec/async_context.hpp"
#include "loopspec/coro.hpp"
#include "loopspec/future.hpp"
#include "loopspec/socket.hpp"
#include "loopspec/transports.hpp"

namespace loopspec {

class EventLoop;

/// asyncio.Server. Invariants:
///  - it serves (its sockets listen, the loop accepts on them) from the
///    first start_serving until close(); close() lets the sockets go;
///  - every transport made for an accepted connection is attached from its
///    making until its connection_lost;
///  - wait_closed's waiters complete together, once it is closed and, since
///    3.12, every attached transport is gone (3.11 lets a waiter that comes
///    after close() return at once).
class Server : public AsyncContextManager {
 public:
  Server(EventLoop& loop, std::vector<SocketPtr> sockets, ProtocolFactory protocol_factory, int backlog);
  std::string type_name() const override { return "Server"; }
  /// Names its sockets, which name descriptors: no golden can pin it.
  std::string python_repr() const override;

  EventLoop& get_loop() const { return *loop_; }
  bool is_serving() const { return serving_; }
  /// The listening sockets; none once closed.
  std::vector<SocketPtr> sockets() const { return sockets_.value_or(std::vector<SocketPtr>{}); }
  /// _start_serving: each socket listens and the loop accepts on it.
  void start_serving_now();
  /// Stops accepting and closes the sockets; a serve_forever() is cancelled.
  void close();
  /// Starts serving and gives the loop one iteration to watch the sockets.
  Coro start_serving();
  /// Serves until cancelled, then closes and waits as wait_closed() does.
  /// RuntimeError when closed or already being awaited on.
  Coro serve_forever();
  Coro wait_closed();
  /// `async with server`: the server itself; on leaving, close() and
  /// wait_closed().
  Coro aenter() override;
  Coro aexit(ExceptionPtr exc) override;

  /// A transport of an accepted connection comes (_attach) and goes (_detach).
  void attach();
  void detach();

 private:
  void wakeup();

  EventLoop* loop_;
  std::optional<std::vector<SocketPtr>> sockets_;  // nullopt once closed
  ProtocolFactory protocol_factory_;
  int backlog_;
  int active_count_ = 0;
  std::optional<std::vector<FuturePtr>> waiters_{std::vector<FuturePtr>{}};  // nullopt once woken
  bool serving_ = false;
  FuturePtr serving_forever_;
};
using ServerPtr = std::shared_ptr<Server>;

}  // namespace loopspec
