// asyncio.streams.StreamReader (streams.hpp).
#include "loopspec/streams.hpp"

#include <algorithm>
#include <utility>
#include <variant>

#include "loopspec/event_loop.hpp"
#include "loopspec/reprs.hpp"
#include "loopspec/runtime.hpp"

namespace loopspec {
namespace {

Value bytes_value(std::string data) { return Value(std::make_shared<Bytes>(std::move(data))); }

}  // namespace

ExceptionPtr incomplete_read_error(const std::string& partial, std::optional<std::int64_t> expected) {
  std::string total = expected ? std::to_string(*expected) : "undefined";
  ExceptionPtr e = new_exception(exc::IncompleteReadError, {Value(std::to_string(partial.size()) + " bytes read on a total of " +
                                                                  total + " expected bytes")});
  e->attributes = {{"partial", bytes_value(partial)}, {"expected", expected ? Value(*expected) : Value(None)}};
  return e;
}

ExceptionPtr limit_overrun_error(const std::string& message, std::int64_t consumed) {
  ExceptionPtr e = new_exception(exc::LimitOverrunError, {Value(message)});
  e->attributes = {{"consumed", Value(consumed)}};
  return e;
}

StreamReader::StreamReader(EventLoop& loop, std::int64_t limit) : loop_(&loop), limit_(limit) {
  if (limit <= 0) raise(exc::ValueError, "Limit cannot be <= 0");
}

std::string StreamReader::python_repr() const {
  std::string info = "StreamReader";
  if (!buffer_.empty()) info += " " + std::to_string(buffer_.size()) + " bytes";
  if (eof_) info += " eof";
  if (limit_ != kDefaultStreamLimit) info += " limit=" + std::to_string(limit_);
  if (waiter_) info += " waiter=" + waiter_->python_repr();
  if (exception_) info += " exception=" + repr(Value(exception_));
  // Every ReadTransport is an Object (read_transport.hpp).
  if (transport_) info += " transport=" + dynamic_cast<const Object&>(*transport_).python_repr();
  if (paused_) info += " paused";
  return "<" + info + ">";
}

void StreamReader::set_exception(ExceptionPtr exc) {
  exception_ = exc;
  if (FuturePtr waiter = std::exchange(waiter_, nullptr); waiter && !waiter->cancelled()) waiter->set_exception(exc);
}

void StreamReader::wakeup_waiter() {
  if (FuturePtr waiter = std::exchange(waiter_, nullptr); waiter && !waiter->cancelled()) waiter->set_result(None);
}

void StreamReader::set_transport(ReadTransportPtr transport) {
  if (transport_) raise(exc::AssertionError, "Transport already set");
  transport_ = std::move(transport);
}

void StreamReader::maybe_resume_transport() {
  if (paused_ && static_cast<std::int64_t>(buffer_.size()) <= limit_) {
    paused_ = false;
    transport_->resume_reading();
  }
}

void StreamReader::feed_eof() {
  eof_ = true;
  wakeup_waiter();
}

void StreamReader::feed_data(const std::string& data) {
  if (eof_) raise(exc::AssertionError, "feed_data after feed_eof");
  if (data.empty()) return;
  buffer_ += data;
  wakeup_waiter();
  // The limit is also half the buffer's: past twice it the peer is held back.
  if (transport_ && !paused_ && static_cast<std::int64_t>(buffer_.size()) > 2 * limit_) {
    transport_->pause_reading();
    paused_ = true;
  }
}

Coro StreamReader::wait_for_data(const char* func_name) {
  if (waiter_) {
    raise(exc::RuntimeError,
          std::string(func_name) + "() called while another coroutine is already waiting for incoming data");
  }
  if (eof_) raise(exc::AssertionError, "_wait_for_data after EOF");
  // A reader that has to wait lets the paused peer go on.
  if (paused_) {
    paused_ = false;
    transport_->resume_reading();
  }
  waiter_ = loop_->create_future();
  FuturePtr waiter = waiter_;
  try {
    co_await waiter;
  } catch (...) {
    waiter_ = nullptr;
    throw;
  }
  waiter_ = nullptr;
  co_return None;
}

std::string StreamReader::take(std::size_t n) {
  std::string chunk = buffer_.substr(0, n);
  buffer_.erase(0, n);
  return chunk;
}

Coro StreamReader::readline() {
  ExceptionPtr failure;
  try {
    co_return co_await readuntil("\n");
  } catch (const PyError& e) {
    failure = e.exception();
  }
  if (failure->is_instance_of(exc::IncompleteReadError)) co_return *failure->attribute("partial");
  if (!failure->is_instance_of(exc::LimitOverrunError)) throw PyError(failure);
  // Past the limit the line is dropped: up to its separator when that is in
  // the buffer, else all of it.
  const auto consumed = static_cast<std::size_t>(failure->attribute("consumed")->as_int());
  if (consumed < buffer_.size() && buffer_[consumed] == '\n') {
    buffer_.erase(0, consumed + 1);
  } else {
    buffer_.clear();
  }
  maybe_resume_transport();
  raise(exc::ValueError, failure->args().front().as_str());
}

Coro StreamReader::readuntil(std::string separator) {
  const std::size_t seplen = separator.size();
  if (seplen == 0) raise(exc::ValueError, "Separator should be at least one-byte string");
  if (exception_) throw PyError(exception_);
  // Where the next search starts: bytes before it cannot begin the separator.
  std::size_t offset = 0;
  std::size_t isep = std::string::npos;
  while (true) {
    const std::size_t buflen = buffer_.size();
    if (buflen - offset >= seplen) {
      isep = buffer_.find(separator, offset);
      if (isep != std::string::npos) break;
      offset = buflen + 1 - seplen;
      if (static_cast<std::int64_t>(offset) > limit_) {
        throw PyError(limit_overrun_error("Separator is not found, and chunk exceed the limit",
                                          static_cast<std::int64_t>(offset)));
      }
    }
    if (eof_) throw PyError(incomplete_read_error(take(buffer_.size()), std::nullopt));
    co_await wait_for_data("readuntil");
  }
  if (static_cast<std::int64_t>(isep) > limit_) {
    throw PyError(limit_overrun_error("Separator is found, but chunk is longer than limit",
                                      static_cast<std::int64_t>(isep)));
  }
  std::string chunk = take(isep + seplen);
  maybe_resume_transport();
  co_return bytes_value(std::move(chunk));
}

Coro StreamReader::read(std::int64_t n) {
  if (exception_) throw PyError(exception_);
  if (n == 0) co_return bytes_value("");
  if (n < 0) {
    std::string all;
    while (true) {
      Value block = co_await read(limit_);
      const std::string& data = block.as<Bytes>()->data;
      if (data.empty()) break;
      all += data;
    }
    co_return bytes_value(std::move(all));
  }
  if (buffer_.empty() && !eof_) co_await wait_for_data("read");
  std::string data = take(static_cast<std::size_t>(n));
  maybe_resume_transport();
  co_return bytes_value(std::move(data));
}

Coro StreamReader::readexactly(std::int64_t n) {
  if (n < 0) raise(exc::ValueError, "readexactly size can not be less than zero");
  if (exception_) throw PyError(exception_);
  if (n == 0) co_return bytes_value("");
  while (static_cast<std::int64_t>(buffer_.size()) < n) {
    if (eof_) throw PyError(incomplete_read_error(take(buffer_.size()), n));
    co_await wait_for_data("readexactly");
  }
  std::string data = take(static_cast<std::size_t>(n));
  maybe_resume_transport();
  co_return bytes_value(std::move(data));
}

StreamReaderProtocol::StreamReaderProtocol(EventLoop& loop, StreamReaderPtr reader, ClientConnected client_connected)
    : WriterFlowControl(loop), reader_(std::move(reader)), client_connected_(std::move(client_connected)),
      closed_(loop.create_future()) {}

Value StreamReaderProtocol::value() const {
  return Value(std::const_pointer_cast<Object>(shared_from_this()));
}

void StreamReaderProtocol::connection_made(const SocketTransportPtr& transport) {
  if (reader_) reader_->set_transport(transport);
  if (!client_connected_) return;
  auto self = std::static_pointer_cast<StreamReaderProtocol>(shared_from_this());
  auto writer = std::make_shared<StreamWriter>(transport, self, reader_);
  start_client_task(transport, client_connected_(reader_, writer));
}

void StreamReaderProtocol::connection_made(const ReadPipeTransportPtr& transport) {
  if (reader_) reader_->set_transport(transport);
}

void StreamReaderProtocol::start_client_task(const SocketTransportPtr& transport, Value result) {
  auto coro = result.as<CoroutineObject>();
  if (!coro) return;
  TaskPtr task = loop_->create_task(Coro(coro));
  task->add_done_callback([loop = loop_, transport](const FuturePtr& done) {
    if (done->cancelled()) {
      // Up to 3.12 the callback asks the cancelled task for its exception,
      // which raises CancelledError into the exception handler.
      if (!Runtime::current().follows(VersionRule::ClientTaskCancelClosesTransport)) done->exception();
      return transport->close();
    }
    ExceptionPtr exc = done->exception();
    if (!exc) return;
    auto context = std::make_shared<Dict>();
    context->set("message", std::string("Unhandled exception in client_connected_cb"));
    context->set("exception", exc);
    context->set("transport", Value(transport));
    loop->call_exception_handler(context);
    transport->close();
  });
}

void StreamReaderProtocol::data_received(std::string data) {
  if (reader_) reader_->feed_data(data);
}

bool StreamReaderProtocol::eof_received() {
  if (reader_) reader_->feed_eof();
  return true;
}

void StreamReaderProtocol::connection_lost(const ExceptionPtr& exc) {
  if (reader_) {
    if (exc) {
      reader_->set_exception(exc);
    } else {
      reader_->feed_eof();
    }
  }
  if (!closed_->done()) {
    if (exc) {
      closed_->set_exception(exc);
    } else {
      closed_->set_result(None);
    }
  }
  connection_lost_for_writers(exc);
  reader_ = nullptr;
}

void WriterFlowControl::writing_resumed() {
  paused_ = false;
  wake_drain_waiters(nullptr);
}

void WriterFlowControl::connection_lost_for_writers(const ExceptionPtr& exc) {
  connection_lost_ = true;
  if (paused_) wake_drain_waiters(exc);
}

void WriterFlowControl::wake_drain_waiters(const ExceptionPtr& exc) {
  for (const FuturePtr& waiter : drain_waiters_) {
    if (waiter->done()) continue;
    if (exc) {
      waiter->set_exception(exc);
    } else {
      waiter->set_result(None);
    }
  }
}

Coro WriterFlowControl::drain_helper() {
  if (connection_lost_) raise(exc::ConnectionResetError, "Connection lost");
  if (!paused_) co_return None;
  FuturePtr waiter = loop_->create_future();
  drain_waiters_.push_back(waiter);
  auto forget = [this, waiter] { drain_waiters_.erase(std::find(drain_waiters_.begin(), drain_waiters_.end(), waiter)); };
  try {
    co_await waiter;
  } catch (...) {
    forget();
    throw;
  }
  forget();
  co_return None;
}

StreamWriter::StreamWriter(StreamTransport transport, WriterFlowControlPtr protocol, StreamReaderPtr reader)
    : transport_(std::move(transport)), protocol_(std::move(protocol)), reader_(std::move(reader)) {}

Value StreamWriter::transport_value() const {
  return std::visit([](const auto& t) { return Value(t); }, transport_);
}

std::string StreamWriter::python_repr() const {
  std::string info = "StreamWriter transport=" + std::visit([](const auto& t) { return t->python_repr(); }, transport_);
  if (reader_) info += " reader=" + reader_->python_repr();
  return "<" + info + ">";
}

void StreamWriter::write(BytesPtr data) {
  if (const auto* socket = std::get_if<SocketTransportPtr>(&transport_)) return (*socket)->write(std::move(data));
  std::get<WritePipeTransportPtr>(transport_)->write(data->data);
}

void StreamWriter::write_eof() {
  std::visit([](const auto& t) { t->write_eof(); }, transport_);
}

bool StreamWriter::is_closing() const {
  return std::visit([](const auto& t) { return t->is_closing(); }, transport_);
}

void StreamWriter::close() {
  std::visit([](const auto& t) { t->close(); }, transport_);
}

Coro StreamWriter::drain() {
  if (reader_) {
    if (ExceptionPtr e = reader_->exception()) throw PyError(e);
  }
  // A closing transport gets one iteration for connection_lost to come, so
  // that a write-drain loop sees the connection's error.
  if (is_closing()) co_await yield_now();
  co_await protocol_->drain_helper();
  co_return None;
}

Coro StreamWriter::wait_closed() {
  // A local, not the accessor's reference: g++ 12 miscompiles `co_await`
  // of an lvalue that comes from a call (docs/model.md, "Compiler notes").
  FuturePtr closed = protocol_->close_waiter();
  co_await closed;
  co_return None;
}

namespace {

/// A reader with `limit` and its protocol (open_connection's first lines).
std::pair<StreamReaderPtr, StreamReaderProtocolPtr> reader_and_protocol(EventLoop& loop, std::int64_t limit) {
  auto reader = std::make_shared<StreamReader>(loop, limit);
  return {reader, std::make_shared<StreamReaderProtocol>(loop, reader)};
}

/// open_connection's last lines: `(reader, writer)` over what
/// create_connection returned.
Value reader_and_writer(const Value& made, StreamReaderPtr reader, StreamReaderProtocolPtr protocol) {
  auto transport = sequence_items(made)->front().as<SocketTransport>();
  auto writer = std::make_shared<StreamWriter>(std::move(transport), std::move(protocol), reader);
  return Value(std::make_shared<Tuple>(std::vector<Value>{Value(reader), Value(writer)}));
}

}  // namespace

Coro open_connection(std::string host, std::int64_t port, std::int64_t limit) {
  EventLoop& loop = get_running_loop();
  auto [reader, protocol] = reader_and_protocol(loop, limit);
  ProtocolFactory factory = [protocol = protocol]() -> ProtocolPtr { return protocol; };
  Value made = co_await loop.create_connection(std::move(factory), std::move(host), port);
  co_return reader_and_writer(made, reader, protocol);
}

Coro open_unix_connection(std::string path, std::int64_t limit) {
  EventLoop& loop = get_running_loop();
  auto [reader, protocol] = reader_and_protocol(loop, limit);
  ProtocolFactory factory = [protocol = protocol]() -> ProtocolPtr { return protocol; };
  Value made = co_await loop.create_unix_connection(std::move(factory), std::move(path));
  co_return reader_and_writer(made, reader, protocol);
}

namespace {

/// start_server's factory: each connection's reader and protocol.
ProtocolFactory client_protocols(EventLoop& loop, ClientConnected client_connected, std::int64_t limit) {
  return [&loop, client_connected = std::move(client_connected), limit]() -> ProtocolPtr {
    return std::make_shared<StreamReaderProtocol>(loop, std::make_shared<StreamReader>(loop, limit), client_connected);
  };
}

}  // namespace

Coro start_server(ClientConnected client_connected, std::string host, std::int64_t port, std::int64_t limit,
                  EventLoop::ServerOptions options) {
  EventLoop& loop = get_running_loop();
  ProtocolFactory factory = client_protocols(loop, std::move(client_connected), limit);
  Value server = co_await loop.create_server(std::move(factory), std::move(host), port, options);
  co_return server;
}

Coro start_unix_server(ClientConnected client_connected, std::string path, std::int64_t limit,
                       EventLoop::ServerOptions options) {
  EventLoop& loop = get_running_loop();
  ProtocolFactory factory = client_protocols(loop, std::move(client_connected), limit);
  Value server = co_await loop.create_unix_server(std::move(factory), std::move(path), options);
  co_return server;
}

Coro open_connection(SocketPtr sock, std::int64_t limit) {
  EventLoop& loop = get_running_loop();
  auto [reader, protocol] = reader_and_protocol(loop, limit);
  // Named before the co_await: g++ 12 destroys such a lambda twice inside
  // one (docs/model.md, "Compiler notes").
  ProtocolFactory factory = [protocol = protocol]() -> ProtocolPtr { return protocol; };
  Value made = co_await loop.create_connection(std::move(factory), std::move(sock));
  co_return reader_and_writer(made, reader, protocol);
}

}  // namespace loopspec
