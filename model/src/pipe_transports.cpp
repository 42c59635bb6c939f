// _UnixReadPipeTransport and _UnixWritePipeTransport (pipe_transports.hpp).
#include "loopspec/pipe_transports.hpp"

#include <sys/stat.h>

#include <cerrno>
#include <utility>

#include "loopspec/detail/transport_errors.hpp"
#include "loopspec/event_loop.hpp"
#include "loopspec/reprs.hpp"
#include "loopspec/runtime.hpp"
#include "loopspec/socket.hpp"

namespace loopspec {
namespace {

/// _UnixReadPipeTransport.max_size: what one read asks for.
constexpr std::size_t kPipeMaxRead = 256 * 1024;

/// The descriptor of `pipe` when it is a pipe, a socket or a character
/// device (what both transports accept), made non-blocking; else ValueError.
int pipe_descriptor(const FileIO& pipe, const char* refusal) {
  const int fd = pipe.fileno();
  struct stat st {};
  if (::fstat(fd, &st) != 0) raise_os_error(errno);
  if (!S_ISFIFO(st.st_mode) && !S_ISSOCK(st.st_mode) && !S_ISCHR(st.st_mode)) raise(exc::ValueError, refusal);
  Runtime::current().descriptors().set_blocking(fd, false);
  return fd;
}

}  // namespace

// --- what both share ---------------------------------------------------------

PipeTransport::PipeTransport(EventLoop& loop, FileIOPtr pipe, const char* refusal)
    : loop_(&loop), pipe_(std::move(pipe)), fd_(pipe_descriptor(*pipe_, refusal)) {}

std::string PipeTransport::python_repr() const {
  if (const ReprHooks* hooks = Runtime::current().repr_hooks) {
    hooks->unpinnable("a pipe transport (`<" + type_name() + " fd=...>`, a descriptor number)");
  }
  return "<" + type_name() + ">";
}

void PipeTransport::call_connection_lost(const ExceptionPtr& exc) {
  if (released_) raise(exc::AttributeError, "'NoneType' object has no attribute 'close'");
  auto release = [this] {
    released_ = true;
    pipe_->close();
    drop_protocol();
  };
  try {
    protocol()->connection_lost(exc);
  } catch (...) {
    release();
    throw;
  }
  release();
}

// --- _UnixReadPipeTransport --------------------------------------------------

ReadPipeTransport::ReadPipeTransport(EventLoop& loop, FileIOPtr pipe, ReadPipeProtocolPtr protocol)
    : PipeTransport(loop, std::move(pipe), "Pipe transport is for pipes/sockets only."),
      protocol_(std::move(protocol)) {}

ReadPipeTransportPtr ReadPipeTransport::launch(ReadPipeTransportPtr transport, const FuturePtr& waiter) {
  EventLoop& loop = *transport->loop_;
  loop.track_transport(transport);
  // Reading starts only after connection_made, and the waiter wakes last.
  loop.call_soon([t = transport, protocol = transport->protocol_] { protocol->connection_made(t); });
  loop.call_soon([t = transport] { t->watch_reading(); });
  if (waiter) loop.call_soon([waiter] { set_result_unless_cancelled(waiter, None); });
  return transport;
}

void ReadPipeTransport::watch_reading() {
  if (!is_reading()) return;
  loop_->add_reader(fd_, [t = self()] { t->read_ready(); });
}

void ReadPipeTransport::read_ready() {
  std::string data;
  try {
    data = Runtime::current().descriptors().read(fd_, kPipeMaxRead);
  } catch (const PyError& e) {
    if (!would_block(e)) fatal_error(e, "Fatal read error on pipe transport");
    return;
  }
  if (!data.empty()) {
    protocol_->data_received(std::move(data));
    return;
  }
  closing_ = true;
  loop_->remove_reader(fd_);
  loop_->call_soon([protocol = protocol_] { protocol->eof_received(); });
  loop_->call_soon([t = self()] { t->call_connection_lost(nullptr); });
}

void ReadPipeTransport::pause_reading() {
  if (!is_reading()) return;
  paused_ = true;
  loop_->remove_reader(fd_);
}

void ReadPipeTransport::resume_reading() {
  if (closing_ || !paused_) return;
  paused_ = false;
  watch_reading();
}

void ReadPipeTransport::close() {
  if (!closing_) close_with(nullptr);
}

void ReadPipeTransport::fatal_error(const PyError& e, const char* message) {
  const ExceptionPtr& exc = e.exception();
  if (escapes_loop(exc)) throw;
  // EIO is how a pseudo-terminal says its other side closed: only logged
  // in debug mode. Every other error goes to the handler.
  const bool eio = exc->is_instance_of(exc::OSError) && exc->args().front().as_int() == EIO;
  if (!eio) detail::report_transport_error(*loop_, Value(shared_from_this()), protocol_.get(), e, message);
  close_with(exc);
}

void ReadPipeTransport::close_with(const ExceptionPtr& exc) {
  closing_ = true;
  loop_->remove_reader(fd_);
  loop_->call_soon([t = self(), exc] { t->call_connection_lost(exc); });
}

// --- _UnixWritePipeTransport -------------------------------------------------

WritePipeTransport::WritePipeTransport(EventLoop& loop, FileIOPtr pipe, WritePipeProtocolPtr protocol)
    : PipeTransport(loop, std::move(pipe), "Pipe transport is only for pipes, sockets and character devices"),
      protocol_(std::move(protocol)) {}

WritePipeTransportPtr WritePipeTransport::launch(WritePipeTransportPtr transport, const FuturePtr& waiter) {
  EventLoop& loop = *transport->loop_;
  loop.track_transport(transport);
  loop.call_soon([t = transport, protocol = transport->protocol_] { protocol->connection_made(t); });
  // Linux reports a pipe whose every reader has gone as readable (for
  // character devices the model watches nothing, as CPython).
  loop.call_soon([t = transport] { t->loop_->add_reader(t->fd_, [t] { t->reader_gone(); }); });
  if (waiter) loop.call_soon([waiter] { set_result_unless_cancelled(waiter, None); });
  return transport;
}

void WritePipeTransport::report(const PyError& e, const char* message) {
  detail::report_transport_error(*loop_, Value(shared_from_this()), protocol_.get(), e, message);
}

void WritePipeTransport::reader_gone() {
  close_with(buffer_.empty() ? nullptr : new_exception(exc::BrokenPipeError, {}));
}

void WritePipeTransport::write(const std::string& data) {
  if (data.empty()) return;
  if (conn_lost_ || closing_) {
    ++conn_lost_;
    return;
  }
  std::size_t sent = 0;
  if (buffer_.empty()) {
    try {
      sent = Runtime::current().descriptors().write(fd_, data);
    } catch (const PyError& e) {
      if (!would_block(e)) {
        ++conn_lost_;
        fatal_error(e, "Fatal write error on pipe transport");
        return;
      }
    }
    if (sent == data.size()) return;
    loop_->add_writer(fd_, [t = self()] { t->write_ready(); });
  }
  buffer_.append(data, sent);
  maybe_pause_protocol();
}

void WritePipeTransport::write_ready() {
  std::size_t sent = 0;
  try {
    sent = Runtime::current().descriptors().write(fd_, buffer_);
  } catch (const PyError& e) {
    if (would_block(e)) return;
    buffer_.clear();
    ++conn_lost_;
    loop_->remove_writer(fd_);
    fatal_error(e, "Fatal write error on pipe transport");
    return;
  }
  if (sent < buffer_.size()) {
    buffer_.erase(0, sent);
    return;
  }
  buffer_.clear();
  loop_->remove_writer(fd_);
  maybe_resume_protocol();  // may write again
  if (closing_) {
    loop_->remove_reader(fd_);
    call_connection_lost(nullptr);
  }
}

void WritePipeTransport::write_eof() {
  if (closing_) return;
  closing_ = true;
  if (!buffer_.empty()) return;
  loop_->remove_reader(fd_);
  loop_->call_soon([t = self()] { t->call_connection_lost(nullptr); });
}

void WritePipeTransport::abort() { close_with(nullptr); }

void WritePipeTransport::fatal_error(const PyError& e, const char* message) {
  const ExceptionPtr& exc = e.exception();
  if (escapes_loop(exc)) throw;
  // The pipe's own errors (OSError) are only logged in debug mode.
  if (!exc->is_instance_of(exc::OSError)) report(e, message);
  close_with(exc);
}

void WritePipeTransport::close_with(const ExceptionPtr& exc) {
  closing_ = true;
  if (!buffer_.empty()) loop_->remove_writer(fd_);
  buffer_.clear();
  if (released()) raise(exc::AttributeError, "'NoneType' object has no attribute '_remove_reader'");
  loop_->remove_reader(fd_);
  loop_->call_soon([t = self(), exc] { t->call_connection_lost(exc); });
}

}  // namespace loopspec
