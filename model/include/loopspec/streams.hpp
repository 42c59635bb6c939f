// asyncio.streams (3.11): StreamReader, a buffer a protocol feeds and
// coroutines read from; StreamReaderProtocol, the protocol that feeds it and
// holds writers back while the transport's buffer is full; StreamWriter;
// open_connection over a connected socket (docs/outside-world.md#streams-built).
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <variant>

#include "loopspec/coro.hpp"
#include "loopspec/event_loop.hpp"
#include "loopspec/exceptions.hpp"
#include "loopspec/future.hpp"
#include "loopspec/pipe_transports.hpp"
#include "loopspec/read_transport.hpp"
#include "loopspec/transports.hpp"

namespace loopspec {

class EventLoop;

/// streams._DEFAULT_LIMIT: 64 KiB.
inline constexpr std::int64_t kDefaultStreamLimit = 64 * 1024;

/// asyncio.StreamReader. Invariants:
///  - at most one coroutine waits for data (a second one is a RuntimeError);
///    feed_data, feed_eof and set_exception wake it;
///  - with a transport, reading is paused once the buffer holds more than
///    twice the limit, and resumed once a read leaves it at the limit or
///    below, or when a reader has to wait.
class StreamReader : public Object {
 public:
  /// ValueError('Limit cannot be <= 0') for a limit below 1.
  StreamReader(EventLoop& loop, std::int64_t limit);
  std::string type_name() const override { return "StreamReader"; }
  /// `<StreamReader 3 bytes eof limit=10 waiter=<Future pending> ...>`.
  std::string python_repr() const override;

  const ExceptionPtr& exception() const { return exception_; }
  /// Every read from now on raises `exc`; a waiting reader gets it at once.
  void set_exception(ExceptionPtr exc);
  /// AssertionError('Transport already set') the second time. A socket's
  /// transport or a read pipe's.
  void set_transport(ReadTransportPtr transport);
  void feed_eof();
  /// The buffer is empty and feed_eof() was called.
  bool at_eof() const { return eof_ && buffer_.empty(); }
  /// AssertionError('feed_data after feed_eof') after feed_eof().
  void feed_data(const std::string& data);

  /// Up to the first b'\n' included; what is left at end of file; ValueError
  /// (the buffer dropped up to the separator, or all of it) past the limit.
  Coro readline();
  /// Up to the first `separator` included. At end of file without it,
  /// IncompleteReadError(the whole buffer, None); when the data before it
  /// would exceed the limit, LimitOverrunError (the buffer kept).
  Coro readuntil(std::string separator);
  /// At most `n` bytes once any are there; n < 0 reads to end of file, in
  /// reads of `limit` bytes.
  Coro read(std::int64_t n);
  /// Exactly `n` bytes, or IncompleteReadError(what there was, n) at end of file.
  Coro readexactly(std::int64_t n);

 private:
  Coro wait_for_data(const char* func_name);
  void wakeup_waiter();
  void maybe_resume_transport();
  /// Takes the first `n` bytes out of the buffer.
  std::string take(std::size_t n);

  EventLoop* loop_;
  std::int64_t limit_;
  std::string buffer_;
  bool eof_ = false;
  FuturePtr waiter_;
  ExceptionPtr exception_;
  ReadTransportPtr transport_;
  bool paused_ = false;
};
using StreamReaderPtr = std::shared_ptr<StreamReader>;

class StreamWriter;
using StreamWriterPtr = std::shared_ptr<StreamWriter>;

/// start_server's client_connected_cb, called with each connection's reader
/// and writer; what it returns, if a coroutine, runs as a task.
using ClientConnected = std::function<Value(const StreamReaderPtr&, const StreamWriterPtr&)>;

/// streams.FlowControlMixin: the protocol's side of a StreamWriter's
/// flow control. Invariant: a drain() waits only while the transport has
/// paused writing and the connection is not lost; resume_writing lets every
/// waiter go, a loss while paused lets them go with its error.
class WriterFlowControl {
 public:
  explicit WriterFlowControl(EventLoop& loop) : loop_(&loop) {}
  virtual ~WriterFlowControl() = default;
  /// _drain_helper: ConnectionResetError('Connection lost') once lost;
  /// otherwise waits, while writing is paused, for resume_writing or the loss.
  Coro drain_helper();
  /// _get_close_waiter: what StreamWriter.wait_closed awaits.
  virtual FuturePtr close_waiter() const = 0;

 protected:
  /// FlowControlMixin's pause_writing, resume_writing and connection_lost.
  void writing_paused() { paused_ = true; }
  void writing_resumed();
  void connection_lost_for_writers(const ExceptionPtr& exc);

  EventLoop* loop_;

 private:
  /// Completes each pending drain() waiter: with `exc`, or None when null.
  void wake_drain_waiters(const ExceptionPtr& exc);

  bool paused_ = false;
  bool connection_lost_ = false;
  std::deque<FuturePtr> drain_waiters_;
};
using WriterFlowControlPtr = std::shared_ptr<WriterFlowControl>;

/// asyncio.StreamReaderProtocol. Invariants: its reader hears every byte and
/// the end of the connection (end of file, or the error); its `closed`
/// future completes when the connection is lost. It serves a socket's
/// transport or a read pipe's, as CPython's does any transport.
class StreamReaderProtocol : public Object, public Protocol, public ReadPipeProtocol, public WriterFlowControl {
 public:
  /// With `client_connected` (a server's protocol), connection_made makes
  /// the connection's writer and calls it; an error of its task goes to the
  /// exception handler and closes the transport.
  StreamReaderProtocol(EventLoop& loop, StreamReaderPtr reader, ClientConnected client_connected = nullptr);
  std::string type_name() const override { return "StreamReaderProtocol"; }
  Value value() const override;

  void connection_made(const SocketTransportPtr& transport) override;
  /// A pipe's transport feeds the reader; a pipe has no writer to make.
  void connection_made(const ReadPipeTransportPtr& transport) override;
  void data_received(std::string data) override;
  /// Feeds the reader its end of file and keeps the transport open (true).
  bool eof_received() override;
  void connection_lost(const ExceptionPtr& exc) override;
  void pause_writing() override { writing_paused(); }
  void resume_writing() override { writing_resumed(); }
  /// The `closed` future, whichever writer asks.
  FuturePtr close_waiter() const override { return closed_; }

 private:
  void start_client_task(const SocketTransportPtr& transport, Value result);

  StreamReaderPtr reader_;  // CPython holds it weakly; the model keeps it (nothing is collected)
  ClientConnected client_connected_;
  FuturePtr closed_;
};
using StreamReaderProtocolPtr = std::shared_ptr<StreamReaderProtocol>;

/// What a StreamWriter writes to: a connection's socket transport, or a
/// child's stdin pipe (asyncio.subprocess).
using StreamTransport = std::variant<SocketTransportPtr, WritePipeTransportPtr>;

/// asyncio.StreamWriter: the transport's writing side, with drain().
class StreamWriter : public Object {
 public:
  /// `reader` is null for a child's stdin.
  StreamWriter(StreamTransport transport, WriterFlowControlPtr protocol, StreamReaderPtr reader);
  std::string type_name() const override { return "StreamWriter"; }
  /// Names its transport, which names a descriptor: no golden can pin it.
  std::string python_repr() const override;

  const StreamTransport& transport() const { return transport_; }
  /// The transport as the program sees it (`writer.transport`).
  Value transport_value() const;
  /// A socket's transport keeps `data` itself.
  void write(BytesPtr data);
  void write_eof();
  bool is_closing() const;
  void close();
  /// The reader's exception if it has one; after a close, one iteration
  /// (so that connection_lost can come); then the protocol's drain_helper.
  Coro drain();
  /// Until the protocol's close waiter is done: its error, if any, is raised.
  Coro wait_closed();

 private:
  StreamTransport transport_;
  WriterFlowControlPtr protocol_;
  StreamReaderPtr reader_;
};

/// asyncio.open_connection(sock=sock, limit=limit): a StreamReader with
/// `limit`, its protocol over `sock` (loop.create_connection), and the
/// writer; returns `(reader, writer)`.
Coro open_connection(SocketPtr sock, std::int64_t limit);
/// asyncio.open_connection(host, port) and open_unix_connection(path): the
/// same over loop.create_connection (create_unix_connection).
Coro open_connection(std::string host, std::int64_t port, std::int64_t limit);
Coro open_unix_connection(std::string path, std::int64_t limit);
/// asyncio.start_server(client_connected_cb, host, port) and
/// start_unix_server(client_connected_cb, path): a server whose every
/// connection gets a StreamReader with `limit` and a StreamReaderProtocol
/// calling `client_connected`.
Coro start_server(ClientConnected client_connected, std::string host, std::int64_t port, std::int64_t limit,
                  EventLoop::ServerOptions options);
Coro start_unix_server(ClientConnected client_connected, std::string path, std::int64_t limit,
                       EventLoop::ServerOptions options);

/// asyncio.IncompleteReadError(partial, expected) with its message
/// "<n> bytes read on a total of <expected|undefined> expected bytes".
ExceptionPtr incomplete_read_error(const std::string& partial, std::optional<std::int64_t> expected);
/// asyncio.LimitOverrunError(message, consumed).
ExceptionPtr limit_overrun_error(const std::string& message, std::int64_t consumed);

}  // namespace loopspec
