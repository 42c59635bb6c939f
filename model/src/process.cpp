// asyncio.subprocess (process.hpp), the same in 3.11 to 3.13 but for
// communicate's stdin (docs/versions.md#communicate-closes-stdin).
#include "loopspec/process.hpp"

#include <algorithm>
#include <utility>

#include "loopspec/runtime.hpp"
#include "loopspec/tasks.hpp"

namespace loopspec {

SubprocessStreamProtocol::SubprocessStreamProtocol(EventLoop& loop, std::int64_t limit)
    : WriterFlowControl(loop), limit_(limit), stdin_closed_(loop.create_future()) {}

Value SubprocessStreamProtocol::value() const { return Value(std::const_pointer_cast<Object>(shared_from_this())); }

std::string SubprocessStreamProtocol::python_repr() const {
  std::string info = "SubprocessStreamProtocol";
  if (stdin_) info += " stdin=" + stdin_->python_repr();
  if (stdout_) info += " stdout=" + stdout_->python_repr();
  if (stderr_) info += " stderr=" + stderr_->python_repr();
  return "<" + info + ">";
}

void SubprocessStreamProtocol::connection_made(const SubprocessTransportPtr& transport) {
  transport_ = transport;
  auto reader_over = [&](int fd) -> StreamReaderPtr {
    auto pipe = std::static_pointer_cast<ReadPipeTransport>(transport->get_pipe_transport(fd));
    if (!pipe) return nullptr;
    auto reader = std::make_shared<StreamReader>(*loop_, limit_);
    reader->set_transport(pipe);
    pipe_fds_.push_back(fd);
    return reader;
  };
  stdout_ = reader_over(1);
  stderr_ = reader_over(2);
  if (auto pipe = std::static_pointer_cast<WritePipeTransport>(transport->get_pipe_transport(0))) {
    auto self = std::static_pointer_cast<SubprocessStreamProtocol>(shared_from_this());
    stdin_ = std::make_shared<StreamWriter>(std::move(pipe), std::move(self), nullptr);
  }
}

StreamReaderPtr SubprocessStreamProtocol::reader_of(int fd) const {
  if (fd == 1) return stdout_;
  if (fd == 2) return stderr_;
  return nullptr;
}

void SubprocessStreamProtocol::pipe_data_received(int fd, std::string data) {
  if (StreamReaderPtr reader = reader_of(fd)) reader->feed_data(data);
}

void SubprocessStreamProtocol::pipe_connection_lost(int fd, const ExceptionPtr& exc) {
  if (fd == 0) {
    if (stdin_) stdin_->close();
    // FlowControlMixin's connection_lost, which CPython calls here; the
    // stdin writer stays until the transport's own connection_lost.
    connection_lost_for_writers(exc);
    if (exc) {
      stdin_closed_->set_exception(exc);
    } else {
      stdin_closed_->set_result(None);
    }
    return;
  }
  if (StreamReaderPtr reader = reader_of(fd)) {
    if (exc) {
      reader->set_exception(exc);
    } else {
      reader->feed_eof();
    }
  }
  if (auto it = std::find(pipe_fds_.begin(), pipe_fds_.end(), fd); it != pipe_fds_.end()) pipe_fds_.erase(it);
  maybe_close_transport();
}

void SubprocessStreamProtocol::connection_lost(const ExceptionPtr& exc) {
  connection_lost_for_writers(exc);
  stdin_ = nullptr;
}

void SubprocessStreamProtocol::process_exited() {
  process_exited_ = true;
  maybe_close_transport();
}

void SubprocessStreamProtocol::maybe_close_transport() {
  if (!pipe_fds_.empty() || !process_exited_) return;
  std::exchange(transport_, nullptr)->close();
}

Process::Process(SubprocessTransportPtr transport, const SubprocessStreamProtocol& protocol)
    : transport_(std::move(transport)),
      stdin_(protocol.stdin_writer()),
      stdout_(protocol.stdout_reader()),
      stderr_(protocol.stderr_reader()),
      pid_(transport_->get_pid()) {}

std::string Process::python_repr() const { return "<Process " + std::to_string(pid_) + ">"; }

Coro Process::wait() { return transport_->wait(); }

Coro Process::feed_stdin(ProcessPtr self, std::optional<std::string> input) {
  const StreamWriterPtr& stdin = self->stdin_writer();
  // Only 3.11 feeds a stdin that is no pipe, which fails on None.
  if (!stdin) raise(exc::AttributeError, "'NoneType' object has no attribute 'write'");
  try {
    if (input) stdin->write(std::make_shared<Bytes>(std::move(*input)));
    co_await stdin->drain();
  } catch (const PyError& e) {
    // A child that stopped reading: communicate() carries on.
    if (!e.exception()->is_instance_of(exc::BrokenPipeError) &&
        !e.exception()->is_instance_of(exc::ConnectionResetError)) {
      throw;
    }
  }
  stdin->close();
  co_return None;
}

Coro Process::read_stream(ProcessPtr self, int fd) {
  std::shared_ptr<PipeTransport> pipe = self->transport_->get_pipe_transport(fd);
  StreamReaderPtr stream = fd == 2 ? self->stderr_reader() : self->stdout_reader();
  Value output = co_await stream->read(-1);
  pipe->close();
  co_return output;
}

namespace {

/// Process._noop: a stream that is no pipe still takes a task of the gather.
Coro noop() { co_return None; }

}  // namespace

Coro Process::communicate(ProcessPtr self, std::optional<std::string> input) {
  const bool feeds = Runtime::current().follows(VersionRule::CommunicateClosesStdin) ? self->stdin_writer() != nullptr
                                                                                     : input.has_value();
  Coro in = feeds ? feed_stdin(self, std::move(input)) : noop();
  Coro out = self->stdout_reader() ? read_stream(self, 1) : noop();
  Coro err = self->stderr_reader() ? read_stream(self, 2) : noop();
  FuturePtr all = gather({Value(in.object()), Value(out.object()), Value(err.object())});
  Value results = co_await all;
  co_await self->wait();
  const std::vector<Value>& items = *sequence_items(results);
  co_return Value(std::make_shared<Tuple>(std::vector<Value>{items[1], items[2]}));
}

namespace {

/// create_subprocess_*'s last step: the Process over what the loop's method
/// returned.
Value process_of(const Value& made) {
  const std::vector<Value>& pair = *sequence_items(made);
  return Value(std::make_shared<Process>(pair[0].as<SubprocessTransport>(), *pair[1].as<SubprocessStreamProtocol>()));
}

SubprocessProtocolFactory stream_protocols(EventLoop& loop, std::int64_t limit) {
  return [&loop, limit]() -> SubprocessProtocolPtr { return std::make_shared<SubprocessStreamProtocol>(loop, limit); };
}

}  // namespace

Coro create_subprocess_exec(ChildSpec spec, EventLoop::SubprocessOptions options, std::int64_t limit) {
  EventLoop& loop = get_running_loop();
  // Named before the co_await (docs/model.md, Compiler notes, 3).
  SubprocessProtocolFactory factory = stream_protocols(loop, limit);
  Value made = co_await loop.subprocess_exec(std::move(factory), std::move(spec), options);
  co_return process_of(made);
}

Coro create_subprocess_shell(std::optional<std::string> cmd, ChildSpec spec, EventLoop::SubprocessOptions options,
                             std::int64_t limit) {
  EventLoop& loop = get_running_loop();
  SubprocessProtocolFactory factory = stream_protocols(loop, limit);
  Value made = co_await loop.subprocess_shell(std::move(factory), std::move(cmd), std::move(spec), options);
  co_return process_of(made);
}

}  // namespace loopspec
