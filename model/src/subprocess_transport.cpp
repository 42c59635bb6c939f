// The subprocess transport (subprocess_transport.hpp).
#include "loopspec/subprocess_transport.hpp"

#include <signal.h>

#include <utility>

#include "loopspec/event_loop.hpp"
#include "loopspec/file_io.hpp"
#include "loopspec/runtime.hpp"

namespace loopspec {

/// WriteSubprocessPipeProto and ReadSubprocessPipeProto: a pipe's protocol,
/// which hands what the pipe reports to the transport as its fd's.
class SubprocessTransport::PipeProto : public Object, public ReadPipeProtocol, public WritePipeProtocol {
 public:
  PipeProto(SubprocessTransportPtr transport, int fd) : transport_(std::move(transport)), fd_(fd) {}
  std::string type_name() const override {
    return fd_ == 0 ? "WriteSubprocessPipeProto" : "ReadSubprocessPipeProto";
  }
  Value value() const override { return Value(std::const_pointer_cast<Object>(shared_from_this())); }

  void connection_made(const ReadPipeTransportPtr& transport) override { pipe_ = transport; }
  void connection_made(const WritePipeTransportPtr& transport) override { pipe_ = transport; }
  void data_received(std::string data) override { transport_->pipe_data_received(fd_, std::move(data)); }
  bool eof_received() override { return false; }
  void connection_lost(const ExceptionPtr& exc) override {
    disconnected_ = true;
    auto transport = std::exchange(transport_, nullptr);
    transport->pipe_connection_lost(fd_, exc);
  }
  void pause_writing() override { owner().protocol_->pause_writing(); }
  void resume_writing() override { owner().protocol_->resume_writing(); }

  const std::shared_ptr<PipeTransport>& pipe() const { return pipe_; }
  bool disconnected() const { return disconnected_; }

 private:
  /// CPython's `self.proc`, None once the pipe is lost.
  SubprocessTransport& owner() const {
    if (!transport_) raise(exc::AttributeError, "'NoneType' object has no attribute '_protocol'");
    return *transport_;
  }

  SubprocessTransportPtr transport_;  // CPython's `proc`, let go once lost
  int fd_;
  std::shared_ptr<PipeTransport> pipe_;
  bool disconnected_ = false;
};

SubprocessTransport::SubprocessTransport(EventLoop& loop, SubprocessProtocolPtr protocol, const ChildSpec& spec)
    : loop_(&loop), protocol_(std::move(protocol)) {
  if (spec.in == ChildStream::Pipe) pipes_[0] = nullptr;
  if (spec.out == ChildStream::Pipe) pipes_[1] = nullptr;
  if (spec.err == ChildStream::Pipe) pipes_[2] = nullptr;
  Runtime& rt = Runtime::current();
  detail::SpawnedChild child = rt.children().spawn(spec);
  pid_ = child.pid;
  ends_[0] = child.stdin_fd;
  ends_[1] = child.stdout_fd;
  ends_[2] = child.stderr_fd;
  for (int end : ends_) {
    if (end >= 0) rt.descriptors().adopt(end);
  }
}

SubprocessTransportPtr SubprocessTransport::launch(SubprocessTransportPtr transport, const FuturePtr& waiter) {
  EventLoop& loop = *transport->loop_;
  loop.track_transport(transport);
  loop.create_task(connect_pipes(transport, waiter));
  return transport;
}

std::string SubprocessTransport::python_repr() const {
  std::string info = "_UnixSubprocessTransport";
  if (closed_) info += " closed";
  info += " pid=" + std::to_string(pid_);
  info += returncode_ ? " returncode=" + std::to_string(*returncode_) : std::string(" running");
  return "<" + info + ">";
}

Coro SubprocessTransport::connect_pipes(SubprocessTransportPtr self, FuturePtr waiter) {
  EventLoop& loop = *self->loop_;
  try {
    // In fd order (stdin, stdout, stderr), as CPython connects them.
    for (int fd = 0; fd < 3; ++fd) {
      if (self->ends_[fd] >= 0) co_await self->connect_pipe(fd);
    }
  } catch (const PyError& e) {
    if (waiter && !waiter->cancelled()) waiter->set_exception(e.exception());
    co_return None;
  }
  loop.call_soon([self] { self->protocol_->connection_made(self); });
  // A named local: a range-for over `*std::exchange(...)` would walk a
  // temporary that is already destroyed (C++20's range-for lifetime rule).
  std::deque<std::function<void()>> pending = std::move(*self->pending_calls_);
  self->pending_calls_.reset();
  for (auto& cb : pending) loop.call_soon(std::move(cb));
  if (waiter && !waiter->cancelled()) waiter->set_result(None);
  co_return None;
}

Coro SubprocessTransport::connect_pipe(int fd) {
  auto proto = std::make_shared<PipeProto>(self(), fd);
  FileIOPtr file = std::make_shared<FileIO>(std::exchange(ends_[fd], -1));
  // The factories are named before the co_await: g++ 12 destroys such a
  // lambda twice otherwise (docs/model.md, Compiler notes, 3).
  if (fd == 0) {
    WritePipeProtocolFactory factory = [proto] { return proto; };
    co_await loop_->connect_write_pipe(std::move(factory), std::move(file));
  } else {
    ReadPipeProtocolFactory factory = [proto] { return proto; };
    co_await loop_->connect_read_pipe(std::move(factory), std::move(file));
  }
  pipes_[fd] = std::move(proto);
  co_return None;
}

std::shared_ptr<PipeTransport> SubprocessTransport::get_pipe_transport(int fd) const {
  auto it = pipes_.find(fd);
  if (it == pipes_.end()) return nullptr;
  if (!it->second) raise(exc::AttributeError, "'NoneType' object has no attribute 'pipe'");
  return it->second->pipe();
}

void SubprocessTransport::close() {
  if (closed_) return;
  closed_ = true;
  for (auto& [fd, proto] : pipes_) {
    if (proto) proto->pipe()->close();
  }
  Runtime& rt = Runtime::current();
  if (running_ && !returncode_ && !rt.children().returncode(pid_)) ::kill(pid_, SIGKILL);
}

void SubprocessTransport::send_signal(int sig) {
  if (!running_) raise(exc::ProcessLookupError);
  if (!Runtime::current().children().returncode(pid_)) ::kill(pid_, sig);
}

bool SubprocessTransport::reading_output() const {
  for (int fd : {1, 2}) {
    auto it = pipes_.find(fd);
    if (it == pipes_.end() || !it->second) continue;
    auto pipe = std::static_pointer_cast<ReadPipeTransport>(it->second->pipe());
    if (pipe && pipe->is_reading()) return true;
  }
  return false;
}

void SubprocessTransport::abandon() {
  protocol_ = nullptr;
  pipes_.clear();
  if (pending_calls_) pending_calls_->clear();
  exit_waiters_.clear();
}

void SubprocessTransport::call(std::function<void()> cb) {
  if (pending_calls_) pending_calls_->push_back(std::move(cb));
  else loop_->call_soon(std::move(cb));
}

void SubprocessTransport::pipe_data_received(int fd, std::string data) {
  call([protocol = protocol_for("pipe_data_received"), fd, data = std::move(data)]() mutable {
    protocol->pipe_data_received(fd, std::move(data));
  });
}

void SubprocessTransport::pipe_connection_lost(int fd, const ExceptionPtr& exc) {
  call([protocol = protocol_for("pipe_connection_lost"), fd, exc] { protocol->pipe_connection_lost(fd, exc); });
  try_finish();
}

void SubprocessTransport::process_exited(int returncode) {
  returncode_ = returncode;
  call([protocol = protocol_for("process_exited")] { protocol->process_exited(); });
  try_finish();
}

const SubprocessProtocolPtr& SubprocessTransport::protocol_for(const char* method) const {
  if (!protocol_) raise(exc::AttributeError, std::string("'NoneType' object has no attribute '") + method + "'");
  return protocol_;
}

void SubprocessTransport::try_finish() {
  if (!returncode_) return;
  for (const auto& [fd, proto] : pipes_) {
    if (!proto || !proto->disconnected()) return;
  }
  call([self = self()] { self->call_connection_lost(); });
}

void SubprocessTransport::call_connection_lost() {
  struct LetGo {
    SubprocessTransport* t;
    ~LetGo() {
      for (const FuturePtr& w : t->exit_waiters_) {
        if (!w->cancelled()) w->set_result(static_cast<std::int64_t>(*t->returncode_));
      }
      t->exit_waiters_.clear();
      t->running_ = false;
      t->protocol_ = nullptr;
    }
  } let_go{this};
  protocol_->connection_lost(nullptr);
}

Coro SubprocessTransport::wait() {
  if (returncode_) co_return static_cast<std::int64_t>(*returncode_);
  FuturePtr waiter = loop_->create_future();
  exit_waiters_.push_back(waiter);
  co_return co_await waiter;
}

}  // namespace loopspec
