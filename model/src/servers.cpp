// asyncio.Server (servers.hpp).
#include "loopspec/servers.hpp"

#include <utility>

#include "loopspec/event_loop.hpp"
#include "loopspec/exceptions.hpp"
#include "loopspec/reprs.hpp"
#include "loopspec/runtime.hpp"
#include "loopspec/tasks.hpp"

namespace loopspec {

Server::Server(EventLoop& loop, std::vector<SocketPtr> sockets, ProtocolFactory protocol_factory, int backlog)
    : loop_(&loop), sockets_(std::move(sockets)), protocol_factory_(std::move(protocol_factory)), backlog_(backlog) {}

std::string Server::python_repr() const {
  if (const ReprHooks* hooks = Runtime::current().repr_hooks) {
    hooks->unpinnable("a server (`<Server sockets=(<asyncio.TransportSocket fd=...>,)>`, descriptor numbers)");
  }
  return "<Server>";
}

void Server::start_serving_now() {
  if (serving_) return;
  serving_ = true;
  auto self = std::static_pointer_cast<Server>(shared_from_this());
  for (const SocketPtr& sock : *sockets_) {
    sock->listen(backlog_);
    loop_->start_serving(protocol_factory_, sock, self, backlog_);
  }
}

void Server::close() {
  if (!sockets_) return;
  std::vector<SocketPtr> sockets = *std::exchange(sockets_, std::nullopt);
  for (const SocketPtr& sock : sockets) loop_->stop_serving(sock);
  serving_ = false;
  if (serving_forever_ && !serving_forever_->done()) {
    serving_forever_->cancel();
    serving_forever_ = nullptr;
  }
  if (active_count_ == 0) wakeup();
}

Coro Server::start_serving() {
  start_serving_now();
  // One iteration, so that the loop's watches of the sockets are in place.
  co_await sleep(0);
  co_return None;
}

Coro Server::serve_forever() {
  if (serving_forever_) {
    throw PyError(new_exception_with_text(exc::RuntimeError, [self = shared_from_this()] {
      return "server " + self->python_repr() + " is already being awaited on serve_forever()";
    }));
  }
  if (!sockets_) {
    throw PyError(new_exception_with_text(exc::RuntimeError, [self = shared_from_this()] {
      return "server " + self->python_repr() + " is closed";
    }));
  }
  start_serving_now();
  serving_forever_ = loop_->create_future();
  FuturePtr forever = serving_forever_;
  ExceptionPtr ended;
  try {
    co_await forever;
  } catch (const PyError& e) {
    ended = e.exception();
  }
  if (!ended || !ended->is_instance_of(exc::CancelledError)) {
    serving_forever_ = nullptr;
    if (ended) throw PyError(ended);
    co_return None;
  }
  // Cancelled, by its task or by close(): it closes, and waits as
  // wait_closed does before the cancellation goes on (an error of that wait
  // goes on instead).
  close();
  try {
    co_await wait_closed();
  } catch (...) {
    serving_forever_ = nullptr;
    throw;
  }
  serving_forever_ = nullptr;
  throw PyError(ended);
}

Coro Server::wait_closed() {
  // 3.11 returns at once once closed, even with connections still open.
  const bool after_close_returns = !Runtime::current().follows(VersionRule::ServerWaitClosedWaitsForClients);
  if (!waiters_ || (after_close_returns && !sockets_)) co_return None;
  FuturePtr waiter = loop_->create_future();
  waiters_->push_back(waiter);
  co_await waiter;
  co_return None;
}

Coro Server::aenter() { co_return Value(shared_from_this()); }

Coro Server::aexit(ExceptionPtr) {
  close();
  co_await wait_closed();
  co_return None;
}

void Server::attach() { ++active_count_; }

void Server::detach() {
  --active_count_;
  if (active_count_ == 0 && !sockets_) wakeup();
}

void Server::wakeup() {
  if (!waiters_) return;
  std::vector<FuturePtr> waiters = *std::exchange(waiters_, std::nullopt);
  for (const FuturePtr& w : waiters) {
    if (!w->done()) w->set_result(None);
  }
}

}  // namespace loopspec
