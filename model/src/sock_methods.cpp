// The loop's sock_* methods (selector_events, 3.11): each tries the socket
// at once and otherwise waits for the descriptor through add_reader or
// add_writer, whose handle the future's done callback removes
// (docs/outside-world.md#sockets-built, #listening-built).
#include <cstring>
#include <memory>
#include <string>
#include <utility>

#include "loopspec/event_loop.hpp"
#include "loopspec/reprs.hpp"
#include "loopspec/runtime.hpp"

namespace loopspec {

namespace {

void check_non_blocking(const EventLoop& loop, const Socket& sock) {
  if (loop.get_debug() && sock.blocking()) raise(exc::ValueError, "the socket must be non-blocking");
}

/// The error of a socket call goes to the future; KeyboardInterrupt and
/// SystemExit leave the loop.
void fail(Future& fut, const PyError& e) {
  const ExceptionPtr& exc = e.exception();
  if (escapes_loop(exc)) throw;
  fut.set_exception(exc);
}


enum class Direction { Read, Write };

/// The wait of a sock_* method: `on_ready` runs each time `sock` is ready
/// for `direction` (add_reader or add_writer, after _ensure_fd_no_transport),
/// and the future's done callback stops the watch unless its handle was
/// cancelled meanwhile (_sock_read_done, _sock_write_done).
void watch_until_done(EventLoop& loop, const FuturePtr& fut, const Socket& sock, Direction direction,
                      Callback on_ready) {
  const int fd = sock.fileno();
  loop.ensure_fd_no_transport(fd, Value(static_cast<std::int64_t>(fd)));
  const bool reading = direction == Direction::Read;
  HandlePtr handle = reading ? loop.add_reader(fd, std::move(on_ready)) : loop.add_writer(fd, std::move(on_ready));
  fut->add_done_callback([&loop, fd, handle, reading](const FuturePtr&) {
    if (handle->cancelled()) return;
    if (reading) {
      loop.remove_reader(fd);
    } else {
      loop.remove_writer(fd);
    }
  });
}

}  // namespace

Coro EventLoop::sock_recv(SocketPtr sock, std::size_t n) {
  check_non_blocking(*this, *sock);
  try {
    co_return Value(std::make_shared<Bytes>(sock->recv(n)));
  } catch (const PyError& e) {
    if (!would_block(e)) throw;
  }
  FuturePtr fut = create_future();
  watch_until_done(*this, fut, *sock, Direction::Read, [fut, sock, n] {
    if (fut->done()) return;
    std::string data;
    try {
      data = sock->recv(n);
    } catch (const PyError& e) {
      if (!would_block(e)) fail(*fut, e);
      return;
    }
    fut->set_result(Value(std::make_shared<Bytes>(std::move(data))));
  });
  Value data = co_await fut;
  co_return data;
}

Coro EventLoop::sock_sendall(SocketPtr sock, std::string data) {
  check_non_blocking(*this, *sock);
  std::size_t sent = 0;
  try {
    sent = sock->send(data);
  } catch (const PyError& e) {
    if (!would_block(e)) throw;
  }
  if (sent == data.size()) co_return None;
  FuturePtr fut = create_future();
  auto rest = std::make_shared<std::string>(data.substr(sent));
  watch_until_done(*this, fut, *sock, Direction::Write, [fut, sock, rest] {
    if (fut->done()) return;
    std::size_t n = 0;
    try {
      n = sock->send(*rest);
    } catch (const PyError& e) {
      if (!would_block(e)) fail(*fut, e);
      return;
    }
    rest->erase(0, n);
    if (rest->empty()) fut->set_result(None);
  });
  co_await fut;
  co_return None;
}

namespace {

/// _sock_connect_cb: the socket is writable, so the connect is over; its
/// error, if any, is the future's.
void connect_finished(Future& fut, const Socket& sock, const Value& address) {
  if (fut.done()) return;
  int err = 0;
  try {
    err = sock.pending_error();
  } catch (const PyError& e) {
    return fail(fut, e);
  }
  if (err == 0) return fut.set_result(None);
  // The message names the address, whose port no golden can pin.
  fut.set_exception(new_exception_with_text(os_error_type(err), [err, address] {
    if (const ReprHooks* hooks = Runtime::current().repr_hooks) {
      hooks->unpinnable("the message of a failed connect (`Connect call failed (host, port)`, a port number)");
    }
    return "[Errno " + std::to_string(err) + "] Connect call failed " + repr(address);
  }));
}

}  // namespace

Coro EventLoop::sock_connect(SocketPtr sock, Value address) {
  check_non_blocking(*this, *sock);
  FuturePtr fut = create_future();
  try {
    sock->connect(address);
    fut->set_result(None);
  } catch (const PyError& e) {
    if (!would_block(e)) {
      fail(*fut, e);
    } else {
      watch_until_done(*this, fut, *sock, Direction::Write,
                       [fut, sock, address] { connect_finished(*fut, *sock, address); });
    }
  }
  co_await fut;
  co_return None;
}

namespace {

/// _sock_accept's one try: the future's result is `(conn, address)`, conn
/// made non-blocking; false when no connection is queued.
bool try_accept(Future& fut, Socket& sock) {
  try {
    auto [conn, address] = sock.accept();
    conn->set_blocking(false);
    fut.set_result(Value(std::make_shared<Tuple>(std::vector<Value>{Value(conn), address})));
  } catch (const PyError& e) {
    if (would_block(e)) return false;
    fail(fut, e);
  }
  return true;
}

}  // namespace

Coro EventLoop::sock_accept(SocketPtr sock) {
  check_non_blocking(*this, *sock);
  FuturePtr fut = create_future();
  if (!try_accept(*fut, *sock)) {
    // Unlike the other sock_* readers, this one does not check whether its
    // future is done: CPython's _sock_accept is its own reader.
    watch_until_done(*this, fut, *sock, Direction::Read, [fut, sock] { try_accept(*fut, *sock); });
  }
  Value accepted = co_await fut;
  co_return accepted;
}

namespace {

Value received_datagram(std::pair<std::string, Value> got) {
  return Value(std::make_shared<Tuple>(
      std::vector<Value>{Value(std::make_shared<Bytes>(std::move(got.first))), std::move(got.second)}));
}

}  // namespace

Coro EventLoop::sock_recvfrom(SocketPtr sock, std::size_t n) {
  check_non_blocking(*this, *sock);
  try {
    co_return received_datagram(sock->recvfrom(n));
  } catch (const PyError& e) {
    if (!would_block(e)) throw;
  }
  FuturePtr fut = create_future();
  int fd = sock->fileno();
  ensure_fd_no_transport(fd, Value(static_cast<std::int64_t>(fd)));
  HandlePtr handle = add_reader(fd, [fut, sock, n] {
    if (fut->done()) return;
    try {
      fut->set_result(received_datagram(sock->recvfrom(n)));
    } catch (const PyError& e) {
      if (!would_block(e)) fail(*fut, e);
    }
  });
  fut->add_done_callback([this, fd, handle](const FuturePtr&) {
    if (!handle->cancelled()) remove_reader(fd);
  });
  Value got = co_await fut;
  co_return got;
}

Coro EventLoop::sock_sendto(SocketPtr sock, std::string data, Value address) {
  check_non_blocking(*this, *sock);
  try {
    co_return Value(static_cast<std::int64_t>(sock->sendto(data, address)));
  } catch (const PyError& e) {
    if (!would_block(e)) throw;
  }
  FuturePtr fut = create_future();
  int fd = sock->fileno();
  ensure_fd_no_transport(fd, Value(static_cast<std::int64_t>(fd)));
  HandlePtr handle = add_writer(fd, [fut, sock, data, address] {
    if (fut->done()) return;
    try {
      fut->set_result(Value(static_cast<std::int64_t>(sock->sendto(data, address))));
    } catch (const PyError& e) {
      if (!would_block(e)) fail(*fut, e);
    }
  });
  fut->add_done_callback([this, fd, handle](const FuturePtr&) {
    if (!handle->cancelled()) remove_writer(fd);
  });
  Value sent = co_await fut;
  co_return sent;
}

}  // namespace loopspec
