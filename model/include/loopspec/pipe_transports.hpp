// The transports of connect_read_pipe and connect_write_pipe
// (unix_events._UnixReadPipeTransport and _UnixWritePipeTransport, the same
// in 3.11, 3.12 and 3.13; docs/outside-world.md#pipes-built).
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "loopspec/abandonable.hpp"
#include "loopspec/base_protocol.hpp"
#include "loopspec/exceptions.hpp"
#include "loopspec/file_io.hpp"
#include "loopspec/flow_control.hpp"
#include "loopspec/future.hpp"
#include "loopspec/read_transport.hpp"
#include "loopspec/value.hpp"

namespace loopspec {

class EventLoop;
class ReadPipeTransport;
class WritePipeTransport;
using ReadPipeTransportPtr = std::shared_ptr<ReadPipeTransport>;
using WritePipeTransportPtr = std::shared_ptr<WritePipeTransport>;

/// asyncio.Protocol as a read pipe's transport calls it.
class ReadPipeProtocol : public BaseProtocol {
 public:
  virtual void connection_made(const ReadPipeTransportPtr& transport) = 0;
  virtual void data_received(std::string data) = 0;
  /// Its answer is ignored: a pipe at end of file is lost either way (it
  /// is asked for so that a socket's protocol can serve a pipe too).
  virtual bool eof_received() = 0;
};
using ReadPipeProtocolPtr = std::shared_ptr<ReadPipeProtocol>;
using ReadPipeProtocolFactory = std::function<ReadPipeProtocolPtr()>;

/// asyncio.BaseProtocol as a write pipe's transport calls it.
class WritePipeProtocol : public BaseProtocol {
 public:
  virtual void connection_made(const WritePipeTransportPtr& transport) = 0;
};
using WritePipeProtocolPtr = std::shared_ptr<WritePipeProtocol>;
using WritePipeProtocolFactory = std::function<WritePipeProtocolPtr()>;

/// What the two pipe transports share (CPython writes it in each). Invariants:
///  - the protocol hears connection_made first and connection_lost once,
///    last; then the pipe is closed and the transport holds neither it nor
///    the protocol (released());
///  - once closing, it stays closing.
/// Abandoned, it lets go of its protocol; its pipe closes when it is freed.
class PipeTransport : public Object, public Abandonable {
 public:
  void abandon() override { drop_protocol(); }
  bool is_closing() const { return closing_; }
  /// Once closing, does nothing.
  virtual void close() = 0;
  /// CPython's names the descriptor, which no golden can pin.
  std::string python_repr() const override;
  /// Null once the connection is lost.
  virtual BaseProtocol* protocol() const = 0;

 protected:
  /// ValueError (`refusal`) unless `pipe` is a pipe, a socket or a
  /// character device; the descriptor is made non-blocking.
  PipeTransport(EventLoop& loop, FileIOPtr pipe, const char* refusal);
  /// The protocol's connection_lost, after which the pipe is closed and the
  /// protocol let go, even when connection_lost raises. A second call (two
  /// closes queued before the first ran) raises AttributeError, as
  /// CPython's finds its protocol and pipe gone (None).
  void call_connection_lost(const ExceptionPtr& exc);
  virtual void drop_protocol() = 0;
  /// connection_lost has run: CPython's transport has let go of its loop,
  /// pipe and protocol.
  bool released() const { return released_; }

  EventLoop* loop_;
  FileIOPtr pipe_;
  int fd_;
  bool closing_ = false;

 private:
  bool released_ = false;
};

/// _UnixReadPipeTransport. Beyond the base's invariants:
///  - the descriptor is watched for reading while the transport reads
///    (neither closing nor paused);
///  - end of file closes the transport: eof_received, then connection_lost,
///    each in a callback of its own.
class ReadPipeTransport : public PipeTransport, public ReadTransport {
 public:
  /// Start it with launch(); the base's refusal.
  ReadPipeTransport(EventLoop& loop, FileIOPtr pipe, ReadPipeProtocolPtr protocol);
  /// The constructor's call_soons: connection_made, the first watch for
  /// reading, the waiter's result (unless it was cancelled meanwhile).
  static ReadPipeTransportPtr launch(ReadPipeTransportPtr transport, const FuturePtr& waiter);
  std::string type_name() const override { return "_UnixReadPipeTransport"; }

  bool is_reading() const override { return !paused_ && !closing_; }
  void pause_reading() override;
  void resume_reading() override;
  /// Stops reading; connection_lost(None) comes in a callback.
  void close() override;
  ReadPipeProtocol* protocol() const override { return protocol_.get(); }
  void set_protocol(ReadPipeProtocolPtr protocol) { protocol_ = std::move(protocol); }

 private:
  ReadPipeTransportPtr self() { return std::static_pointer_cast<ReadPipeTransport>(shared_from_this()); }
  void drop_protocol() override { protocol_ = nullptr; }
  void watch_reading();
  void read_ready();
  void fatal_error(const PyError& e, const char* message);
  void close_with(const ExceptionPtr& exc);

  ReadPipeProtocolPtr protocol_;
  bool paused_ = false;
};

/// _UnixWritePipeTransport. Beyond the base's invariants:
///  - the descriptor is watched for writing exactly while the buffer holds
///    data; for reading (a pipe's readiness to read means its reader has
///    gone) from connection_made until the transport closes;
///  - FlowControl's, over the buffered size.
class WritePipeTransport : public PipeTransport, public FlowControl {
 public:
  /// Start it with launch(); the base's refusal.
  WritePipeTransport(EventLoop& loop, FileIOPtr pipe, WritePipeProtocolPtr protocol);
  /// The constructor's call_soons: connection_made, the watch for the
  /// reader's end, the waiter's result (unless it was cancelled meanwhile).
  static WritePipeTransportPtr launch(WritePipeTransportPtr transport, const FuturePtr& waiter);
  std::string type_name() const override { return "_UnixWritePipeTransport"; }

  /// Writes at once what the pipe takes when nothing is buffered; the rest
  /// is buffered and written as the pipe becomes writable. Once closing or
  /// lost, writes are counted, not made (no error).
  void write(const std::string& data);
  /// connection_lost(None) comes once the buffer is written.
  void write_eof();
  /// write_eof(): closing is all a write pipe needs (a lost transport is
  /// closing already, so nothing happens then).
  void close() override { write_eof(); }
  /// Drops the buffer; connection_lost(None) comes in a callback.
  /// AttributeError once the connection is lost (CPython's transport has
  /// let go of its loop).
  void abort();
  std::int64_t get_write_buffer_size() const override { return static_cast<std::int64_t>(buffer_.size()); }
  WritePipeProtocol* protocol() const override { return protocol_.get(); }
  void set_protocol(WritePipeProtocolPtr protocol) { protocol_ = std::move(protocol); }

 protected:
  void report(const PyError& e, const char* message) override;

 private:
  WritePipeTransportPtr self() { return std::static_pointer_cast<WritePipeTransport>(shared_from_this()); }
  void drop_protocol() override { protocol_ = nullptr; }
  void reader_gone();
  void write_ready();
  void fatal_error(const PyError& e, const char* message);
  void close_with(const ExceptionPtr& exc);

  WritePipeProtocolPtr protocol_;
  std::string buffer_;
  int conn_lost_ = 0;
};

}  // namespace loopspec
